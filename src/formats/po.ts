// Gettext PO catalogs: one keyed pair per entry (msgid ↔ msgstr; plural forms msgid_plural ↔
// msgstr[n]), with the fuzzy flag, comments as notes and places on the quoted strings.
//
// gettext-parser reads the catalog (syntax, headers, comments, flags); a light line index finds
// where each entry's strings are in the file, since the parser keeps no positions.
// Languages: msgid is the source (English unless `X-Source-Language` says otherwise or the
// msgids read as French); the target is the `Language:` header, else the file name
// (django-fr.po, locale/fr/LC_MESSAGES/…), else what the msgstrs read as. A catalog whose
// msgstrs are English (Lingui's en.po) is read with its French sibling (fr.po), by msgid.

import { po as poParser, type GetTextTranslations } from 'gettext-parser';
import { readDocument, type SourceDocument } from '../core/document.js';
import { MappedTextBuilder, type MappedText } from '../core/mapped-text.js';
import { UserError } from '../core/errors.js';
import type { Pair, PairMeta, Segment } from '../core/types.js';
import { scoreText } from '../lang/identify.js';
import { claimGroup, partnerOf, nameLanguage } from './siblings.js';
import { langFamily } from './tmx.js';
import type { InputFile, ReadOptions } from './index.js';

interface PoString {
  text: string;
  mt: MappedText | null;
  start: number;
  end: number;
}

interface PoEntry {
  ctx?: string;
  msgid: PoString;
  plural?: PoString;
  msgstr: PoString[];
  fuzzy: boolean;
  notes: string[];
  props: Record<string, string>;
}

interface PoCatalog {
  doc: SourceDocument;
  entries: PoEntry[];
  source: 'en' | 'fr';
  target: 'en' | 'fr';
}

export async function readPo(file: string, opts: ReadOptions): Promise<Omit<InputFile, 'file'>> {
  const cat = loadPo(file, opts.cwd);
  const mono = cat.source === cat.target;
  const partner = partnerOf(file, opts.cwd);
  if (partner) {
    const other = loadPo(partner.partner, opts.cwd);
    // Two catalogs of one project, one per language: pair them by msgid when one of them is monolingual.
    if ((mono || other.source === other.target) && cat.target !== other.target) {
      if (!claimGroup(opts, [file, partner.partner])) return { format: 'po', pairs: [] };
      const en = cat.target === 'en' ? cat : other;
      const fr = cat.target === 'en' ? other : cat;
      return { format: 'po', document: cat.doc, pairs: pairCatalogs(en, fr) };
    }
  }
  if (mono) {
    throw new UserError(
      `is a catalog whose msgid and msgstr are both ${cat.target === 'en' ? 'English' : 'French'}, and no ${cat.target === 'en' ? 'French' : 'English'} catalog was found beside it${nameLanguage(file) ? ` (looked for ${nameLanguage(file)!.partners.join(', ')})` : ''}`,
      { file },
    );
  }
  return { format: 'po', document: cat.doc, pairs: pairEntries(cat) };
}

/** Reads a catalog: entries with places, and its languages. */
export function loadPo(file: string, cwd?: string): PoCatalog {
  const doc = readDocument(file, cwd);
  let po: GetTextTranslations;
  try {
    po = poParser.parse(doc.text);
  } catch (e) {
    const line = (e as { lineNumber?: number }).lineNumber;
    const msg = (e as Error).message.replace(/^Error parsing PO data: /, '').replace(/ at line \d+\.?/, '');
    throw new UserError(`malformed PO: ${msg}`, { file, line, column: line ? 1 : undefined });
  }
  const index = indexStrings(doc);
  const entries: PoEntry[] = [];
  for (const [ctx, msgs] of Object.entries(po.translations)) {
    for (const [msgid, t] of Object.entries(msgs)) {
      if (msgid === '') continue;
      const key = `${ctx}\u0004${msgid}`;
      const at = index.get(key);
      const str = (text: string, loc: PoString | undefined): PoString =>
        loc && loc.text === text ? loc : { text, mt: null, start: loc?.start ?? 0, end: loc?.end ?? 0 };
      const flags = (t.comments?.flag ?? '').split(/[,\n]/).map((f) => f.trim()).filter(Boolean);
      const notes: string[] = [];
      if (t.comments?.translator) notes.push(t.comments.translator);
      if (t.comments?.extracted) notes.push(t.comments.extracted);
      const props: Record<string, string> = {};
      if (ctx) props.msgctxt = ctx;
      if (t.comments?.reference) props.reference = t.comments.reference;
      if (flags.length) props.flags = flags.join(', ');
      if (t.comments?.previous) props.previous = t.comments.previous;
      entries.push({
        ctx: ctx || undefined,
        msgid: str(msgid, at?.msgid),
        plural: t.msgid_plural !== undefined ? str(t.msgid_plural, at?.plural) : undefined,
        msgstr: t.msgstr.map((s, i) => str(s, at?.msgstr[i])),
        fuzzy: flags.includes('fuzzy'),
        notes,
        props,
      });
    }
  }
  entries.sort((a, b) => a.msgid.start - b.msgid.start);
  const headers = po.headers ?? {};
  const target =
    langFamily(headers.Language) ??
    langFamily(/^(\w+)/.exec(headers['Language-Team'] ?? '')?.[1]) ??
    nameLanguage(file)?.lang ??
    guessLang(entries.flatMap((e) => e.msgstr.map((s) => s.text)), file, 'msgstr');
  const source = langFamily(headers['X-Source-Language']) ?? guessLang(entries.map((e) => e.msgid.text), file, 'msgid', 'en');
  return { doc, entries, source, target };
}

/** The language most of the strings are in (English when they do not say). */
function guessLang(texts: string[], file: string, what: string, fallback?: 'en' | 'fr'): 'en' | 'fr' {
  const sample = texts.filter((t) => t.trim()).slice(0, 200).join('\n');
  if (!sample) {
    if (fallback) return fallback;
    throw new UserError(`cannot tell the language of its ${what}s: add a "Language:" header`, { file });
  }
  const s = scoreText(sample);
  if (fallback === 'en') return s.score > 3 ? 'fr' : 'en';
  return s.score > 0 ? 'fr' : 'en';
}

function segmentOf(doc: SourceDocument, s: PoString, lang: 'en' | 'fr'): Segment | null {
  if (s.text.length === 0) return null;
  const place = doc.place(s.start, s.end);
  const seg: Segment = { text: s.text, lang, place };
  const mt = s.mt;
  if (mt) seg.locate = (from, to) => mt.place(doc, from, to);
  return seg;
}

function metaOf(e: PoEntry, form: number): PairMeta {
  const meta: PairMeta = { key: (e.ctx ? `${e.ctx}|` : '') + e.msgid.text + (form > 0 ? `[${form}]` : '') };
  if (e.notes.length) meta.notes = [...e.notes];
  meta.state = e.fuzzy ? 'fuzzy' : e.msgstr.every((s) => s.text === '') ? 'untranslated' : 'translated';
  if (e.fuzzy) meta.fuzzy = true;
  if (Object.keys(e.props).length) meta.props = { ...e.props };
  return meta;
}

/** msgid ↔ msgstr[0]; msgid_plural ↔ each further form. */
function pairEntries(cat: PoCatalog): Pair[] {
  const pairs: Pair[] = [];
  for (const e of cat.entries) {
    const forms = Math.max(1, e.msgstr.length);
    for (let i = 0; i < forms; i++) {
      const src = i === 0 || !e.plural ? e.msgid : e.plural;
      const trg = e.msgstr[i] ?? { text: '', mt: null, start: 0, end: 0 };
      const s = segmentOf(cat.doc, src, cat.source);
      const t = segmentOf(cat.doc, trg, cat.target);
      if (!s && !t) continue;
      pairs.push({ id: '', en: cat.source === 'en' ? s : t, fr: cat.source === 'en' ? t : s, method: 'keyed', score: 1, meta: metaOf(e, i) });
    }
  }
  return pairs;
}

/** An English catalog and a French one of the same messages, paired by msgctxt + msgid. */
function pairCatalogs(en: PoCatalog, fr: PoCatalog): Pair[] {
  const key = (e: PoEntry): string => `${e.ctx ?? ''}\u0004${e.msgid.text}`;
  const frBy = new Map(fr.entries.map((e) => [key(e), e]));
  const seen = new Set<string>();
  const pairs: Pair[] = [];
  // The English text is the English catalog's msgstr, or its msgid where the msgstr is empty.
  const enText = (e: PoEntry, i: number): PoString => {
    const s = e.msgstr[Math.min(i, e.msgstr.length - 1)];
    return s && s.text ? s : i > 0 && e.plural ? e.plural : e.msgid;
  };
  for (const e of en.entries) {
    const k = key(e);
    seen.add(k);
    const f = frBy.get(k);
    const forms = Math.max(1, e.msgstr.length, f?.msgstr.length ?? 0);
    for (let i = 0; i < forms; i++) {
      const enSeg = segmentOf(en.doc, enText(e, i), 'en');
      const frStr = f?.msgstr[i];
      const frSeg = frStr ? segmentOf(fr.doc, frStr, 'fr') : null;
      if (!enSeg && !frSeg) continue;
      const meta = metaOf(f ?? e, i);
      if (f?.fuzzy || e.fuzzy) meta.fuzzy = true;
      pairs.push({ id: '', en: enSeg, fr: frSeg, method: 'keyed', score: 1, meta });
    }
  }
  for (const f of fr.entries) {
    if (seen.has(key(f))) continue;
    // A message only the French catalog has: its msgid stands for the English.
    pairs.push(...pairEntries({ ...fr, entries: [f], source: 'en', target: 'fr' }));
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------
// Where the strings are: for each entry (by msgctxt + msgid), the decoded text of msgid,
// msgid_plural and each msgstr, mapped character by character to the file.

interface Located {
  msgid?: PoString;
  plural?: PoString;
  msgstr: PoString[];
}

function indexStrings(doc: SourceDocument): Map<string, Located> {
  const out = new Map<string, Located>();
  let cur: { ctx?: PoString; loc: Located; kw: string | null; builder: MappedTextBuilder | null; start: number; end: number; which: string } | null = null;
  let sawStr = false;
  const finishString = (): void => {
    if (!cur || !cur.builder) return;
    const mt = cur.builder.build();
    const s: PoString = { text: mt.text, mt, start: cur.start, end: cur.end };
    const w = cur.which;
    if (w === 'msgctxt') cur.ctx = s;
    else if (w === 'msgid') cur.loc.msgid = s;
    else if (w === 'msgid_plural') cur.loc.plural = s;
    else {
      const n = /\[(\d+)\]/.exec(w);
      cur.loc.msgstr[n ? Number(n[1]) : 0] = s;
    }
    cur.builder = null;
  };
  const finishEntry = (): void => {
    finishString();
    if (cur?.loc.msgid) out.set(`${cur.ctx?.text ?? ''}\u0004${cur.loc.msgid.text}`, cur.loc);
    cur = null;
    sawStr = false;
  };
  for (let n = 1; n <= doc.lineCount; n++) {
    const lineStart = doc.lineStarts[n - 1];
    const line = doc.line(n);
    const m = /^\s*(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s*(?=")/.exec(line);
    let q: number;
    if (m) {
      const kw = m[1];
      if ((kw === 'msgctxt' || kw === 'msgid') && (sawStr || (kw === 'msgctxt' && cur?.loc.msgid))) finishEntry();
      if (kw === 'msgid' && cur?.loc.msgid) finishEntry();
      if (!cur) cur = { loc: { msgstr: [] }, kw: null, builder: null, start: 0, end: 0, which: '' };
      finishString();
      if (kw.startsWith('msgstr')) sawStr = true;
      cur.which = kw;
      cur.builder = new MappedTextBuilder();
      q = m[0].length;
      cur.start = lineStart + q + 1;
    } else if (/^\s*"/.test(line) && cur?.builder) {
      q = line.indexOf('"');
    } else {
      if (/^\s*$/.test(line) && sawStr) finishEntry();
      continue;
    }
    // Decode one quoted string, mapping each character back to the file.
    const b = cur!.builder!;
    let i = q + 1;
    while (i < line.length && line[i] !== '"') {
      const at = lineStart + i;
      if (line[i] === '\\' && i + 1 < line.length) {
        const c = line[i + 1];
        let len = 2;
        let ch: string;
        if (c === 'x') {
          const hex = /^[0-9a-fA-F]{1,2}/.exec(line.slice(i + 2))?.[0] ?? '';
          ch = String.fromCharCode(Number.parseInt(hex || '0', 16));
          len += hex.length;
        } else if (c >= '0' && c <= '7') {
          const oct = /^[0-7]{1,3}/.exec(line.slice(i + 1))![0];
          ch = String.fromCharCode(Number.parseInt(oct, 8));
          len = 1 + oct.length;
        } else ch = ({ n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v' } as Record<string, string>)[c] ?? c;
        b.appendReplacement(ch, at, at + len);
        i += len;
      } else {
        b.appendRange(doc, at, at + 1);
        i++;
      }
    }
    cur!.end = lineStart + i;
  }
  finishEntry();
  return out;
}
