// XLIFF 1.2 and 2.0 writer for `bitext export`: one unit per pair, the target state from the
// checks, findings as notes, translation-memory matches as 1.2 <alt-trans> / 2.0 <mtc:matches>.
//
// Written by hand with a small escaping writer: the `xliff` package cannot write `state`,
// `alt-trans`, header or note attributes (STACK.md). Units read from XLIFF are written back
// with their inline codes as recorded (xliff-model.ts), whitespace as read, notes and ids kept.
// The output validates against the XLIFF 1.2 strict schema and the XLIFF 2.0 core + modules;
// our own data goes into `from="bitext"` notes (1.2) and `category="bitext"` notes (2.0).

import type { Finding, Pair, RunResult, Segment, Severity } from '../core/types.js';
import { VERSION } from '../core/version.js';
import { escapeXml } from './xml-safe.js';
import {
  contentXml,
  convertContentXml,
  recordedContent,
  xliffOrigin,
  type Content,
  type XliffSegmentOrigin,
  type XliffUnitOrigin,
  type XliffVersion,
} from './xliff-model.js';

/** A translation-memory match offered for a unit (score in [0, 1], or a percentage). */
export interface ExportMatch {
  en: string;
  fr: string;
  score: number;
  origin: string;
}

export interface ExportUnit {
  pair: Pair;
  findings: Finding[];
  matches?: ExportMatch[];
}

export interface XliffWriteOptions {
  version: XliffVersion;
  /** Source language of units that do not come from an XLIFF file (default EN). */
  srcLang?: 'en' | 'fr';
  /** Language tags for those units (default `en` and `fr`). */
  enLang?: string;
  frLang?: string;
}

const NS12 = 'urn:oasis:names:tc:xliff:document:1.2';
const NS20 = 'urn:oasis:names:tc:xliff:document:2.0';
const NS_MTC = 'urn:oasis:names:tc:xliff:matches:2.0';

/** 1.2 <target> attributes written back (phase-name is left out: it needs a phase in the header). */
const KEEP_TARGET_ATTRS = ['xml:lang', 'state-qualifier', 'resname', 'coord', 'font', 'css-style', 'style', 'exstyle', 'equiv-trans'];

interface FileGroup {
  key: string;
  original: string;
  srcLang: string;
  trgLang: string;
  sourceSide: 'en' | 'fr';
  datatype: string;
  id?: string;
  units: UnitGroup[];
}

interface UnitGroup {
  origin?: XliffUnitOrigin;
  members: Array<{ u: ExportUnit; seg?: XliffSegmentOrigin }>;
}

const SEVERITY_PRIORITY: Record<Severity, number> = { error: 1, warning: 2, info: 3 };

export function xliffString(units: ExportUnit[], opts: XliffWriteOptions): string {
  const files = groupUnits(units, opts);
  return opts.version === '1.2' ? write12(files) : write20(files);
}

function groupUnits(units: ExportUnit[], opts: XliffWriteOptions): FileGroup[] {
  const files = new Map<string, FileGroup>();
  const unitGroups = new Map<XliffUnitOrigin, UnitGroup>();
  const side = opts.srcLang ?? 'en';
  for (const u of units) {
    const o = xliffOrigin(u.pair);
    let f: FileGroup | undefined;
    if (o) {
      const of = o.unit.file;
      f = files.get(of.key);
      if (!f) {
        f = { key: of.key, original: of.original, srcLang: of.srcLang, trgLang: of.trgLang, sourceSide: of.sourceSide, datatype: of.datatype ?? 'plaintext', id: of.id, units: [] };
        files.set(of.key, f);
      }
      let g = unitGroups.get(o.unit);
      if (!g) {
        g = { origin: o.unit, members: [] };
        unitGroups.set(o.unit, g);
        f.units.push(g);
      }
      g.members.push({ u, seg: o });
    } else {
      const path = (u.pair.en ?? u.pair.fr)!.place.file;
      const key = `in:${path}`;
      f = files.get(key);
      if (!f) {
        const en = opts.enLang ?? 'en';
        const fr = opts.frLang ?? 'fr';
        f = { key, original: path, srcLang: side === 'en' ? en : fr, trgLang: side === 'en' ? fr : en, sourceSide: side, datatype: 'plaintext', units: [] };
        files.set(key, f);
      }
      f.units.push({ members: [{ u }] });
    }
  }
  return [...files.values()];
}

/** Source and target of a member in the file's direction: segment, recorded content, and whether it was read from that version. */
function sides(m: { u: ExportUnit; seg?: XliffSegmentOrigin }, f: FileGroup): { src: SideOut; trg: SideOut } {
  const pair = m.u.pair;
  const srcSeg = f.sourceSide === 'en' ? pair.en : pair.fr;
  const trgSeg = f.sourceSide === 'en' ? pair.fr : pair.en;
  const o = m.seg;
  const sameDir = o ? o.unit.file.sourceSide === f.sourceSide : true;
  const srcContent = o ? (sameDir ? o.source : o.target) : null;
  const trgContent = o ? (sameDir ? o.target : o.source) : null;
  return {
    src: { seg: srcSeg, content: recordedContent(srcSeg, srcContent), version: o?.unit.file.version },
    trg: { seg: trgSeg, content: recordedContent(trgSeg, trgContent), version: o?.unit.file.version },
  };
}

interface SideOut {
  seg: Segment | null;
  content: Content | null;
  version?: XliffVersion;
}

function inner(s: SideOut, to: XliffVersion): string {
  if (s.content) return s.version === to ? contentXml(s.content) : convertContentXml(s.content, to);
  return s.seg ? escapeXml(s.seg.text) : '';
}

function attrs(o: Record<string, string>): string {
  let s = '';
  for (const [k, v] of Object.entries(o)) s += ` ${k}="${escapeXml(v, true)}"`;
  return s;
}

/** The note text of a finding: severity, rule, message, suggestion and where it was found. */
export function findingNote(f: Finding): string {
  let s = `${f.severity} [${f.rule}] ${f.message}`;
  if (f.suggestion !== undefined) s += ` (suggestion: ${f.suggestion})`;
  return s + ` at ${f.file}:${f.line}:${f.column}`;
}

function annotates(f: Finding, sourceSide: 'en' | 'fr'): 'source' | 'target' | 'general' {
  if (f.side === 'both') return 'general';
  return f.side === sourceSide ? 'source' : 'target';
}

function percent(score: number): string {
  const p = score <= 1 ? score * 100 : score;
  return String(Math.round(Math.max(0, Math.min(100, p)) * 100) / 100);
}

/** Ids unique within a scope: the preferred one when free and well-formed, else a fallback. */
class IdScope {
  private used = new Set<string>();
  take(preferred: string | undefined, fallback: string, valid: (s: string) => boolean = () => true): string {
    let id = preferred !== undefined && preferred !== '' && valid(preferred) && !this.used.has(preferred) ? preferred : fallback;
    for (let n = 2; this.used.has(id); n++) id = `${fallback}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** Unit attributes with a counterpart in the other version: 1.2 resname ⇄ 2.0 name, translate. */
function mapUnitAttrs(a: Record<string, string>, to: XliffVersion): Record<string, string> {
  const o: Record<string, string> = {};
  if (a.translate === 'yes' || a.translate === 'no') o.translate = a.translate;
  const name = to === '1.2' ? a.name : a.resname;
  if (name !== undefined) o[to === '1.2' ? 'resname' : 'name'] = name;
  return o;
}

const NMTOKEN = /^[\p{L}\p{M}\p{N}._:\u00b7-]+$/u;

// ---------------------------------------------------------------------------------------------
// XLIFF 1.2

function write12(files: FileGroup[]): string {
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="${NS12}" version="1.2">\n`];
  // A document with nothing to translate still needs one <file>.
  if (files.length === 0) files = [{ key: 'empty', original: 'bitext', srcLang: 'en', trgLang: 'fr', sourceSide: 'en', datatype: 'plaintext', units: [] }];
  for (const f of files) {
    out.push(`  <file original="${escapeXml(f.original, true)}" source-language="${escapeXml(f.srcLang, true)}" target-language="${escapeXml(f.trgLang, true)}" datatype="${escapeXml(f.datatype, true)}">\n`);
    out.push(`    <header>\n      <tool tool-id="bitext" tool-name="bitext" tool-version="${escapeXml(VERSION, true)}"/>\n    </header>\n    <body>\n`);
    const ids = new IdScope();
    for (const g of f.units) for (const m of g.members) out.push(unit12(m, g, f, ids));
    out.push('    </body>\n  </file>\n');
  }
  out.push('</xliff>\n');
  return out.join('');
}

function unit12(m: { u: ExportUnit; seg?: XliffSegmentOrigin }, g: UnitGroup, f: FileGroup, ids: IdScope): string {
  const { pair, findings, matches } = m.u;
  const origin = g.origin;
  const key = pair.meta?.key;
  const id = ids.take(origin?.id ?? key, pair.id);
  const unitAttrs: Record<string, string> = { id };
  if (origin && origin.file.version === '1.2') Object.assign(unitAttrs, origin.attrs);
  else if (origin) Object.assign(unitAttrs, mapUnitAttrs(origin.attrs, '1.2'));
  else if (key !== undefined && key !== id) unitAttrs.resname = key;
  if (findings.length) delete unitAttrs.approved;
  // Units of other formats are approved when translated, not fuzzy and clean (as po2xliff does for non-fuzzy entries).
  else if (!origin && (f.sourceSide === 'en' ? pair.fr : pair.en) && !pair.meta?.fuzzy) unitAttrs.approved = 'yes';
  unitAttrs['xml:space'] = 'preserve';
  const { src, trg } = sides(m, f);
  let s = `      <trans-unit${attrs(unitAttrs)}>\n`;
  s += `        <source>${inner(src, '1.2')}</source>\n`;
  if (origin?.segSourceRaw && src.content && src.version === '1.2') s += `        ${origin.segSourceRaw}\n`;
  const tAttrs: Record<string, string> = {};
  const recorded = m.seg?.targetAttrs ?? {};
  if (trg.seg) {
    if (findings.length) tAttrs.state = 'needs-review-translation';
    else {
      tAttrs.state = recorded.state && m.seg?.unit.file.version === '1.2' ? recorded.state : 'translated';
    }
  } else tAttrs.state = 'needs-translation';
  for (const k of KEEP_TARGET_ATTRS) {
    if (recorded[k] === undefined) continue;
    if (k === 'state-qualifier' && (findings.length || !trg.seg)) continue;
    tAttrs[k] = recorded[k];
  }
  s += trg.seg ? `        <target${attrs(tAttrs)}>${inner(trg, '1.2')}</target>\n` : `        <target${attrs(tAttrs)}/>\n`;
  if (origin && m.seg?.unit.file.version === '1.2') for (const raw of origin.trailingRaw) s += `        ${raw}\n`;
  else if (pair.meta?.notes) for (const n of pair.meta.notes) s += `        <note>${escapeXml(n)}</note>\n`;
  for (const fd of findings) {
    s += `        <note from="bitext" priority="${SEVERITY_PRIORITY[fd.severity]}" annotates="${annotates(fd, f.sourceSide)}">${escapeXml(findingNote(fd))}</note>\n`;
  }
  for (const mt of matches ?? []) {
    const ms = f.sourceSide === 'en' ? mt.en : mt.fr;
    const mtg = f.sourceSide === 'en' ? mt.fr : mt.en;
    s += `        <alt-trans match-quality="${percent(mt.score)}" origin="${escapeXml(mt.origin, true)}">\n`;
    s += `          <source>${escapeXml(ms)}</source>\n          <target>${escapeXml(mtg)}</target>\n        </alt-trans>\n`;
  }
  return s + '      </trans-unit>\n';
}

// ---------------------------------------------------------------------------------------------
// XLIFF 2.0

function write20(files: FileGroup[]): string {
  // 2.0 has one language pair per document: the first file's; other files are written in that direction.
  const first = files[0];
  const srcLang = first?.srcLang ?? 'en';
  const trgLang = first?.trgLang ?? 'fr';
  const direction = first?.sourceSide ?? 'en';
  const anyMatches = files.some((f) => f.units.some((g) => g.members.some((m) => m.u.matches?.length)));
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="${NS20}"${anyMatches ? ` xmlns:mtc="${NS_MTC}"` : ''} version="2.0" srcLang="${escapeXml(srcLang, true)}" trgLang="${escapeXml(trgLang, true)}">\n`,
  ];
  const fileIds = new IdScope();
  files.forEach((f, k) => {
    const fid = fileIds.take(f.id, `f${k + 1}`, (s) => NMTOKEN.test(s));
    const ff: FileGroup = { ...f, sourceSide: direction };
    out.push(`  <file id="${escapeXml(fid, true)}" original="${escapeXml(f.original, true)}">\n`);
    const ids = new IdScope();
    for (const g of f.units) out.push(unit20(g, ff, ids));
    out.push('  </file>\n');
  });
  out.push('</xliff>\n');
  return out.join('');
}

function unit20(g: UnitGroup, f: FileGroup, ids: IdScope): string {
  const origin = g.origin;
  const firstPair = g.members[0].u.pair;
  const fromV20 = origin !== undefined && origin.file.version === '2.0';
  const key = firstPair.meta?.key;
  const id = ids.take(fromV20 ? origin.id : (origin?.id ?? key), firstPair.id, (s) => NMTOKEN.test(s));
  const unitAttrs: Record<string, string> = { id };
  if (fromV20) Object.assign(unitAttrs, origin.attrs);
  else if (origin) Object.assign(unitAttrs, mapUnitAttrs(origin.attrs, '2.0'));
  if (!unitAttrs.name && key !== undefined && key !== id) unitAttrs.name = key;
  unitAttrs['xml:space'] = 'preserve';
  let s = `    <unit${attrs(unitAttrs)}>\n`;

  // Translation candidates first (extension elements precede <notes>), each pointing at a marker around its segment's source.
  const matchXml: string[] = [];
  g.members.forEach((m, k) => {
    for (const mt of m.u.matches ?? []) {
      const ms = f.sourceSide === 'en' ? mt.en : mt.fr;
      const mtg = f.sourceSide === 'en' ? mt.fr : mt.en;
      matchXml.push(
        `        <mtc:match ref="#bitext-m${k + 1}" similarity="${percent(mt.score)}" type="tm" origin="${escapeXml(mt.origin, true)}">\n` +
          `          <source>${escapeXml(ms)}</source>\n          <target>${escapeXml(mtg)}</target>\n        </mtc:match>\n`,
      );
    }
  });
  if (matchXml.length) s += `      <mtc:matches>\n${matchXml.join('')}      </mtc:matches>\n`;
  if (fromV20) for (const raw of origin.headRaw) s += `      ${raw}\n`;

  const notes: string[] = [];
  for (const m of g.members) {
    for (const fd of m.u.findings) {
      const applies = annotates(fd, f.sourceSide);
      notes.push(`        <note category="bitext" priority="${SEVERITY_PRIORITY[fd.severity]}"${applies === 'general' ? '' : ` appliesTo="${applies}"`}>${escapeXml(findingNote(fd))}</note>\n`);
    }
  }
  if (fromV20 && origin.notesRaw) {
    s += `      ${notes.length ? origin.notesRaw.replace(/(\s*)(<\/(?:[\w.-]+:)?notes>)\s*$/, (_all, _ws, end: string) => `\n${notes.join('')}      ${end}`) : origin.notesRaw}\n`;
  } else {
    const own = !fromV20 ? (firstPair.meta?.notes ?? []).map((n) => `        <note>${escapeXml(n)}</note>\n`) : [];
    if (own.length + notes.length) s += `      <notes>\n${own.join('')}${notes.join('')}      </notes>\n`;
  }
  if (fromV20 && origin.originalDataRaw) s += `      ${origin.originalDataRaw}\n`;

  // Segments, with the unit's ignorables where they were.
  const bySegIndex = new Map<number, number>();
  g.members.forEach((m, k) => bySegIndex.set(m.seg?.index ?? k, k));
  const items = fromV20 ? origin.items : g.members.map((_m, k) => ({ kind: 'segment' as const, index: k }));
  const segIds = new IdScope();
  for (const it of items) {
    if (it.kind === 'ignorable') {
      s += `      ${it.raw}\n`;
      continue;
    }
    const k = bySegIndex.get(it.index);
    if (k === undefined) continue;
    const m = g.members[k];
    const { src, trg } = sides(m, f);
    const recorded = fromV20 ? m.seg!.segmentAttrs : {};
    const segAttrs: Record<string, string> = {};
    segAttrs.id = segIds.take(recorded.id, `s${it.index + 1}`, (x) => NMTOKEN.test(x));
    if (recorded.canResegment) segAttrs.canResegment = recorded.canResegment;
    if (!trg.seg) segAttrs.state = 'initial';
    else if (m.u.findings.length) {
      // 2.0 has no "needs review" state: a translated segment with a sub-state says it.
      segAttrs.state = 'translated';
      segAttrs.subState = 'bitext:needs-review-translation';
    } else if (recorded.state && recorded.state !== 'initial') {
      segAttrs.state = recorded.state;
      if (recorded.subState) segAttrs.subState = recorded.subState;
    } else segAttrs.state = 'translated';
    let source = inner(src, '2.0');
    if (m.u.matches?.length) source = `<mrk id="bitext-m${k + 1}" type="mtc:match">${source}</mrk>`;
    s += `      <segment${attrs(segAttrs)}>\n        <source>${source}</source>\n`;
    if (trg.seg) s += `        <target>${inner(trg, '2.0')}</target>\n`;
    s += '      </segment>\n';
  }
  return s + '    </unit>\n';
}

/** `bitext align --format xliff`: the pairs as XLIFF 1.2, without checks. */
export function formatXliff(r: RunResult): string {
  const units = r.pairs.filter((p) => p.method !== 'shared' && (p.en || p.fr)).map((pair) => ({ pair, findings: [] }));
  return xliffString(units, { version: '1.2' });
}
