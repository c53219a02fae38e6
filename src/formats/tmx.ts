// TMX 1.4b: a streaming reader (saxes over a read stream, so a large memory stays in bounded
// memory), the `tmx` input format for check/align, and a writer valid against the TMX 1.4b DTD.
//
// Inline codes in <seg> become visible tokens in the text (docs/formats.md):
//   <bpt i="1">…</bpt> → {1}   <ept i="1">…</ept> → {/1}   <ph x="2">…</ph> → {2/}
//   <it pos="begin" x="3"> → {3}   <it pos="end" x="3"> → {/3}   <ut>…</ut> → {n/}
// where a code without a number gets its rank in the segment. <hi> is transparent (its text is kept).
// The writer writes these tokens back as text: TMX native codes are not carried through the TM.

import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Pair, Place, Segment, RunResult } from '../core/types.js';
import { UserError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { parseXmlFile, escapeXml, attr, XML_NS, type XmlPos, type XmlTag } from './xml-safe.js';
import type { InputFile, ReadOptions } from './index.js';

export interface TmxUnit {
  tuid?: string;
  en: string;
  fr: string;
  props: Array<{ type: string; value: string }>;
  notes: string[];
  creationdate?: string;
  changedate?: string;
  creationid?: string;
  changeid?: string;
  usagecount?: number;
  /** Line of <tu> in the file (0 for units that did not come from a file). */
  line: number;
}

/** One <tuv> as read, with where its <seg> content lies in the file. */
export interface TmxVariant {
  lang: string;
  text: string;
  start: XmlPos;
  end: XmlPos;
  /** True when the text is the file's characters one for one (no entity, code or CR), so columns can be computed. */
  exact: boolean;
  notes: string[];
  props: Array<{ type: string; value: string }>;
}

/** One <tu> as read, every language kept. */
export interface TmxRawUnit {
  attrs: Record<string, string>;
  props: Array<{ type: string; value: string }>;
  notes: string[];
  line: number;
  variants: TmxVariant[];
}

export interface TmxHeader {
  srclang?: string;
  attrs: Record<string, string>;
}

/** `en`, `en-CA`, `EN_us`… → 'en'; `fr-CA` → 'fr'; anything else → null. */
export function langFamily(tag: string | undefined): 'en' | 'fr' | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'eng' ? 'en' : primary === 'fr' || primary === 'fra' || primary === 'fre' ? 'fr' : null;
}

/**
 * Reads every <tu> of a TMX file in document order, in bounded memory: units are handed over
 * after each chunk of the file, and the stream waits while `onUnit` works.
 */
export async function scanTmx(file: string, onUnit: (u: TmxRawUnit) => void | Promise<void>, onHeader?: (h: TmxHeader) => void, cwd?: string): Promise<void> {
  const queue: TmxRawUnit[] = [];
  const stack: string[] = [];
  let rootChecked = false;
  let tu: TmxRawUnit | null = null;
  let tuv: { lang: string; notes: string[]; props: Array<{ type: string; value: string }> } | null = null;
  let seg: { parts: string[]; start: XmlPos; end: XmlPos; exact: boolean; codes: number } | null = null;
  let field: { kind: 'prop' | 'note'; type: string; text: string } | null = null;
  let codeDepth = 0;

  const attrsOf = (tag: XmlTag): Record<string, string> => {
    const o: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) o[a.prefix ? `${a.prefix}:${a.local}` : a.local] = a.value;
    return o;
  };

  await parseXmlFile(
    file,
    {
      open(tag, start, end) {
        const name = tag.local;
        if (!rootChecked) {
          rootChecked = true;
          if (name !== 'tmx') throw new UserError(`is not a TMX file: its root element is <${tag.name}>, not <tmx>`, { file, line: start.line, column: start.column });
        }
        stack.push(name);
        if (seg) {
          // Inline markup inside <seg>.
          seg.exact = false;
          if (codeDepth > 0) {
            codeDepth++;
            return;
          }
          if (name === 'hi') return;
          seg.codes++;
          const num = attr(tag, 'i') ?? attr(tag, 'x') ?? String(seg.codes);
          let token: string;
          if (name === 'bpt') token = `{${num}}`;
          else if (name === 'ept') token = `{/${num}}`;
          else if (name === 'it') token = attr(tag, 'pos') === 'end' ? `{/${num}}` : `{${num}}`;
          else token = `{${num}/}`;
          seg.parts.push(token);
          codeDepth = 1;
          return;
        }
        if (name === 'header' && stack.length === 2) {
          const attrs = attrsOf(tag);
          onHeader?.({ srclang: attrs.srclang, attrs });
        } else if (name === 'tu') {
          tu = { attrs: attrsOf(tag), props: [], notes: [], line: start.line, variants: [] };
        } else if (name === 'tuv' && tu) {
          tuv = { lang: attr(tag, 'lang', XML_NS) ?? attr(tag, 'lang') ?? '', notes: [], props: [] };
        } else if (name === 'seg' && tuv) {
          seg = { parts: [], start: end, end, exact: true, codes: 0 };
        } else if ((name === 'prop' || name === 'note') && tu) {
          field = { kind: name, type: attr(tag, 'type') ?? '', text: '' };
        }
      },
      close(tag, start) {
        const name = tag.local;
        stack.pop();
        if (seg) {
          if (codeDepth > 0) {
            codeDepth--;
            return;
          }
          if (name === 'seg') {
            seg.end = start;
            if (tuv && tu) tu.variants.push({ lang: tuv.lang, text: seg.parts.join(''), start: seg.start, end: seg.end, exact: seg.exact, notes: tuv.notes, props: tuv.props });
            seg = null;
          }
          return;
        }
        if (field && (name === 'prop' || name === 'note')) {
          const target = tuv ?? tu;
          if (target) {
            if (field.kind === 'prop') target.props.push({ type: field.type, value: field.text });
            else target.notes.push(field.text);
          }
          field = null;
        } else if (name === 'tuv') {
          tuv = null;
        } else if (name === 'tu' && tu) {
          queue.push(tu);
          tu = null;
        }
      },
      text(text, start, end) {
        if (seg) {
          if (codeDepth > 0) return;
          // Entities and CRLF make the file longer than the text: columns can no longer be counted.
          if (end.offset - start.offset !== text.length) seg.exact = false;
          seg.parts.push(text);
        } else if (field) field.text += text;
      },
      cdata(text) {
        if (seg) {
          if (codeDepth > 0) return;
          seg.exact = false;
          seg.parts.push(text);
        } else if (field) field.text += text;
      },
    },
    async () => {
      while (queue.length) await onUnit(queue.shift()!);
    },
    cwd,
  );
}

/** Streams the units of a TMX file in bounded memory (saxes over a read stream). EN/FR chosen from xml:lang (en, en-CA, en-US…, fr, fr-CA…); units lacking either language are skipped and counted. Refuses DOCTYPE/entities; malformed XML → UserError with line and column. */
export async function streamTmx(file: string, onUnit: (u: TmxUnit) => void | Promise<void>, opts: { cwd?: string } = {}): Promise<{ units: number; skipped: number }> {
  let units = 0;
  let skipped = 0;
  await scanTmx(file, async (raw) => {
    const en = raw.variants.find((v) => langFamily(v.lang) === 'en');
    const fr = raw.variants.find((v) => langFamily(v.lang) === 'fr');
    if (!en || !fr) {
      skipped++;
      return;
    }
    units++;
    await onUnit(toTmxUnit(raw, en, fr));
  }, undefined, opts.cwd);
  return { units, skipped };
}

function toTmxUnit(raw: TmxRawUnit, en: TmxVariant, fr: TmxVariant): TmxUnit {
  const a = raw.attrs;
  // Notes and props of the variants join the unit's: a TmxUnit has one list of each.
  const u: TmxUnit = { en: en.text, fr: fr.text, props: [...raw.props, ...en.props, ...fr.props], notes: [...raw.notes, ...en.notes, ...fr.notes], line: raw.line };
  if (a.tuid !== undefined) u.tuid = a.tuid;
  if (a.creationdate) u.creationdate = a.creationdate;
  if (a.changedate) u.changedate = a.changedate;
  if (a.creationid) u.creationid = a.creationid;
  if (a.changeid) u.changeid = a.changeid;
  if (a.usagecount && /^\d+$/.test(a.usagecount)) u.usagecount = Number(a.usagecount);
  return u;
}

// ---------------------------------------------------------------------------------------------
// The `tmx` input format: one keyed pair per <tu>.

export async function readTmx(file: string, opts: ReadOptions = {}): Promise<Omit<InputFile, 'file'>> {
  const pairs: Pair[] = [];
  await scanTmx(file, (raw) => {
    const en = raw.variants.find((v) => langFamily(v.lang) === 'en');
    const fr = raw.variants.find((v) => langFamily(v.lang) === 'fr');
    if (!en && !fr) return;
    const meta: Pair['meta'] = {};
    if (raw.attrs.tuid !== undefined) meta.key = raw.attrs.tuid;
    const notes = [...raw.notes, ...(en?.notes ?? []), ...(fr?.notes ?? [])];
    if (notes.length) meta.notes = notes;
    const props: Record<string, string> = {};
    for (const p of raw.props) props[p.type] = p.type in props ? `${props[p.type]}\n${p.value}` : p.value;
    for (const k of ['creationdate', 'changedate', 'creationid', 'changeid', 'usagecount']) if (raw.attrs[k] !== undefined) props[k] = raw.attrs[k];
    if (Object.keys(props).length) meta.props = props;
    // A variant whose <seg> is empty beside a full one is reported where it stands, as an empty
    // entry of a catalog is.
    const empty = en?.text.length && fr && !fr.text.length ? fr : fr?.text.length && en && !en.text.length ? en : null;
    if (empty) meta.emptyTarget = variantPlace(file, empty);
    pairs.push({
      id: '',
      en: en && en.text.length ? variantSegment(file, en, 'en') : null,
      fr: fr && fr.text.length ? variantSegment(file, fr, 'fr') : null,
      method: 'keyed',
      score: 1,
      meta,
    });
  }, undefined, opts.cwd);
  return { format: 'tmx', pairs: pairs.filter((p) => p.en || p.fr) };
}

function variantSegment(file: string, v: TmxVariant, lang: 'en' | 'fr'): Segment {
  const seg: Segment = { text: v.text, lang, place: variantPlace(file, v) };
  if (v.exact) seg.locate = (from, to) => locateExact(file, v, from, to);
  return seg;
}

/** Where a variant's <seg> content stands in the file. */
function variantPlace(file: string, v: TmxVariant): Place {
  return { file, line: v.start.line, column: v.start.column, endLine: v.end.line, endColumn: v.end.column };
}

/** Places inside a text that is the file's characters one for one, starting at `v.start`. */
function locateExact(file: string, v: TmxVariant, from: number, to: number): { file: string; line: number; column: number; endLine: number; endColumn: number } {
  const at = (i: number): { line: number; column: number } => {
    let line = v.start.line;
    let column = v.start.column;
    for (let k = 0; k < i && k < v.text.length; k++) {
      if (v.text.charCodeAt(k) === 10) {
        line++;
        column = 1;
      } else column++;
    }
    return { line, column };
  };
  const a = at(from);
  const b = to > from ? at(to - 1) : a;
  return { file, line: a.line, column: a.column, endLine: b.line, endColumn: to > from ? b.column + 1 : a.column };
}

// ---------------------------------------------------------------------------------------------
// Writer.

export interface TmxWriteOptions {
  srcLang?: 'en' | 'fr';
  creationTool?: string;
  /** Language tags written on <tuv> (default `en` and `fr`; e.g. `en-CA`, `fr-CA`). */
  enLang?: string;
  frLang?: string;
}

/** TMX wants dates as YYYYMMDDThhmmssZ; ISO dates are converted, anything else is kept as written. */
export function tmxDate(value: string | Date): string {
  if (typeof value === 'string' && /^\d{8}T\d{6}Z$/.test(value)) return value;
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function tmxHead(opts: TmxWriteOptions): string {
  const src = opts.srcLang === 'fr' ? (opts.frLang ?? 'fr') : (opts.enLang ?? 'en');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
    `  <header creationtool="${escapeXml(opts.creationTool ?? 'bitext', true)}" creationtoolversion="${escapeXml(VERSION, true)}" segtype="sentence" o-tmf="bitext" adminlang="en" srclang="${escapeXml(src, true)}" datatype="plaintext" creationdate="${tmxDate(new Date())}"/>\n` +
    '  <body>\n'
  );
}

const TMX_TAIL = '  </body>\n</tmx>\n';

function tmxUnitXml(u: TmxUnit, opts: TmxWriteOptions): string {
  const at: string[] = [];
  if (u.tuid !== undefined && u.tuid !== '') at.push(` tuid="${escapeXml(u.tuid, true)}"`);
  if (u.creationdate) at.push(` creationdate="${escapeXml(tmxDate(u.creationdate), true)}"`);
  if (u.creationid) at.push(` creationid="${escapeXml(u.creationid, true)}"`);
  if (u.changedate) at.push(` changedate="${escapeXml(tmxDate(u.changedate), true)}"`);
  if (u.changeid) at.push(` changeid="${escapeXml(u.changeid, true)}"`);
  if (u.usagecount !== undefined) at.push(` usagecount="${u.usagecount}"`);
  let s = `    <tu${at.join('')}>\n`;
  for (const n of u.notes) s += `      <note>${escapeXml(n)}</note>\n`;
  for (const p of u.props) s += `      <prop type="${escapeXml(p.type, true)}">${escapeXml(p.value)}</prop>\n`;
  const en = `      <tuv xml:lang="${escapeXml(opts.enLang ?? 'en', true)}"><seg>${escapeXml(u.en)}</seg></tuv>\n`;
  const fr = `      <tuv xml:lang="${escapeXml(opts.frLang ?? 'fr', true)}"><seg>${escapeXml(u.fr)}</seg></tuv>\n`;
  s += opts.srcLang === 'fr' ? fr + en : en + fr;
  return s + '    </tu>\n';
}

/** Writes a TMX 1.4b document atomically (temp file + rename), valid against the TMX 1.4b DTD, with header srclang, props and notes preserved. Units may be a large iterable (write incrementally). */
export async function writeTmx(path: string, units: Iterable<TmxUnit> | AsyncIterable<TmxUnit>, opts: TmxWriteOptions = {}): Promise<number> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fh;
  let count = 0;
  try {
    fh = await open(tmp, 'w');
    let buf = tmxHead(opts);
    for await (const u of units as AsyncIterable<TmxUnit>) {
      buf += tmxUnitXml(u, opts);
      count++;
      if (buf.length >= 1 << 16) {
        await fh.write(buf);
        buf = '';
      }
    }
    await fh.write(buf + TMX_TAIL);
    await fh.sync();
    await fh.close();
    fh = undefined;
    await rename(tmp, path);
    return count;
  } catch (e) {
    await fh?.close().catch(() => undefined);
    await rm(tmp, { force: true });
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code) throw new UserError(`cannot write the TMX file: ${code}`, { file: path });
    throw e;
  }
}

/** Same, as a string (for `align --format tmx`). */
export function tmxString(units: Iterable<TmxUnit>, opts: TmxWriteOptions = {}): string {
  const parts = [tmxHead(opts)];
  for (const u of units) parts.push(tmxUnitXml(u, opts));
  parts.push(TMX_TAIL);
  return parts.join('');
}

/** The TMX units of a run: every pair with both sides (orphans and shared material are left out). */
export function pairsToTmxUnits(pairs: Pair[]): TmxUnit[] {
  const out: TmxUnit[] = [];
  for (const p of pairs) {
    if (!p.en || !p.fr || p.method === 'shared') continue;
    const props: Array<{ type: string; value: string }> = [{ type: 'x-file', value: p.en.place.file }];
    if (p.fr.place.file !== p.en.place.file) props.push({ type: 'x-file-fr', value: p.fr.place.file });
    if (p.meta?.key !== undefined) props.push({ type: 'x-key', value: p.meta.key });
    props.push({ type: 'x-method', value: p.method });
    out.push({ tuid: p.id, en: p.en.text, fr: p.fr.text, props, notes: p.meta?.notes?.filter((n) => n.length > 0) ?? [], line: 0 });
  }
  return out;
}

/** `bitext align --format tmx`. */
export function formatTmx(r: RunResult): string {
  return tmxString(pairsToTmxUnits(r.pairs));
}
