// Fixture lists for the checks (STYLE.md): a YAML list of cases, each with its expected findings
// written beside it; `expect: []` means the case must stay clean.
//
//   - name: colon without a no-break space            # optional
//     en: 'Dial-in number'
//     fr: 'Numéro à composer:'
//     method: inline                                  # inline (default) | stacked | keyed | parallel
//     frFirst: true                                   # optional: French first on the line (or above)
//     profile: fr-FR                                  # optional locale profile
//     options: { plainSpace: warning }                # optional options of the check under test
//     expect:
//       - fr: ':'                                     # the side and the text the finding points at
//         suggestion: 'composer{nbsp}:'               # optional: suggestion, severity, rule, message (substring), line, endLine
//     fixed: { fr: 'Numéro à composer{nbsp}:' }        # optional: the text once every fix is applied
//
// A case may give several pairs instead (`pairs: [{ en, fr, method, blankBefore }]`, an orphan has
// one side, `shared: text` is neutral material, `paragraph: n` numbers the paragraph of parallel
// text both sides start in, `frParagraph` the French side's when it differs), or a whole document (`doc: |`, aligned by the
// mixed-document aligner). Invisible characters are written visibly: {nbsp} U+00A0, {nnbsp} U+202F,
// {thinsp} U+2009, {zwsp} U+200B, {tab}, {sp} (a space where YAML would drop it).
//
// Cases run through the real runner (`runChecks`) with every other check turned off, so places,
// severities and fixes are what users get. Fixes are applied and the case checked again: nothing
// fixable may remain (the fix invariant).

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, it, expect } from 'vitest';
import { SourceDocument } from '../../src/core/document.js';
import { MappedText } from '../../src/core/mapped-text.js';
import { alignMixed } from '../../src/align/mixed.js';
import { runChecks } from '../../src/checks/run.js';
import { builtinChecks } from '../../src/checks/index.js';
import type { Finding, Lang, Method, Pair, Segment, Severity } from '../../src/core/types.js';
import type { InputFile } from '../../src/formats/index.js';

export interface ExpectedFinding {
  /** The rule; the check under test when left out. */
  rule?: string;
  side?: 'en' | 'fr' | 'both';
  /** The text the finding points at on its side (`en`/`fr` say which side). */
  en?: string;
  fr?: string;
  /** The text pointed at, on the side given by `side`. */
  text?: string;
  suggestion?: string;
  severity?: Severity;
  /** A part of the message. */
  message?: string;
  line?: number;
  endLine?: number;
}

export interface CasePair {
  en?: string | null;
  fr?: string | null;
  method?: Method;
  /** Neutral text, the same on both sides (a `shared` pair). */
  shared?: string;
  /** Blank lines before this pair's lines. */
  blankBefore?: number;
  /** French first: on the line of an inline pair, or the line above for other methods. */
  frFirst?: boolean;
  /** The paragraph both sides start in, as the parallel aligner numbers them (`Segment.paragraph`). */
  paragraph?: number;
  /** The French side's paragraph, when it is not the English side's. */
  frParagraph?: number;
  /** The aligner's confidence in the pair (1 when left out). */
  score?: number;
}

export interface CheckCase {
  name?: string;
  en?: string | null;
  fr?: string | null;
  method?: Method;
  frFirst?: boolean;
  pairs?: CasePair[];
  doc?: string;
  markdown?: boolean;
  profile?: string;
  options?: Record<string, unknown>;
  expect: ExpectedFinding[];
  fixed?: { en?: string; fr?: string };
}

const VISIBLE: Record<string, string> = { nbsp: '\u00a0', nnbsp: '\u202f', thinsp: '\u2009', zwsp: '\u200b', tab: '\t', sp: ' ', nl: '\n' };

/** `{nbsp}` → U+00A0 and so on. */
export function decode(s: string): string;
export function decode(s: string | null | undefined): string | null | undefined;
export function decode(s: string | null | undefined): string | null | undefined {
  if (typeof s !== 'string') return s;
  return s.replace(/\{(nbsp|nnbsp|thinsp|zwsp|tab|sp|nl)\}/g, (_, k: string) => VISIBLE[k]);
}

/** The reverse, for readable failure messages. */
export function encode(s: string | undefined): string | undefined {
  return s?.replace(/\u00a0/g, '{nbsp}').replace(/\u202f/g, '{nnbsp}').replace(/\u2009/g, '{thinsp}').replace(/\u200b/g, '{zwsp}').replace(/\t/g, '{tab}');
}

export function loadCases(path: string): CheckCase[] {
  const data = parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(data)) throw new Error(`${path}: expected a YAML list of cases`);
  return data.map((c, k) => {
    const cc = c as CheckCase;
    if (!Array.isArray(cc.expect)) throw new Error(`${path}: case ${k + 1} (${cc.name ?? cc.en ?? cc.fr}) has no expect list`);
    return cc;
  });
}

/** The pairs of a case, as if read from a text file laid out line by line. */
function casePairs(c: CheckCase): CasePair[] {
  if (c.pairs) return c.pairs;
  return [{ en: c.en, fr: c.fr, method: c.method, frFirst: c.frFirst }];
}

/** Builds the input file of a case: a document and pairs with places and `locate` maps into it. */
export function buildInput(c: CheckCase, file = 'case.txt'): InputFile {
  if (c.doc !== undefined) {
    const doc = new SourceDocument(file, decode(c.doc));
    return { file, format: c.markdown ? 'markdown' : 'text', document: doc, pairs: numbered(alignMixed(doc, { markdown: c.markdown })) };
  }
  // Lay out the lines first, then cut the segments out of the document.
  const lines: string[] = [];
  type Slot = { line: number; col: number; text: string; lang: Lang };
  const layout: Array<{ method: Method; en: Slot | null; fr: Slot | null; paragraph?: number; frParagraph?: number; score?: number }> = [];
  for (const p of casePairs(c)) {
    for (let b = 0; b < (p.blankBefore ?? 0); b++) lines.push('');
    const en = p.en == null ? null : decode(p.en);
    const fr = p.fr == null ? null : decode(p.fr);
    if (p.shared !== undefined) {
      const t = decode(p.shared);
      lines.push(t);
      const slot = { line: lines.length, col: 0, text: t, lang: 'und' as Lang };
      layout.push({ method: 'shared', en: slot, fr: slot });
      continue;
    }
    const method: Method = p.method ?? (en !== null && fr !== null ? 'inline' : 'orphan');
    if (en !== null && fr !== null && method === 'inline') {
      const [a, b] = p.frFirst ? [fr, en] : [en, fr];
      lines.push(`${a} / ${b}`);
      const first = { line: lines.length, col: 0, text: a };
      const second = { line: lines.length, col: a.length + 3, text: b };
      layout.push(p.frFirst ? { method, fr: { ...first, lang: 'fr' }, en: { ...second, lang: 'en' } } : { method, en: { ...first, lang: 'en' }, fr: { ...second, lang: 'fr' } });
      continue;
    }
    const slots: { en: Slot | null; fr: Slot | null } = { en: null, fr: null };
    for (const [lang, text] of p.frFirst ? ([['fr', fr], ['en', en]] as const) : ([['en', en], ['fr', fr]] as const)) {
      if (text === null) continue;
      lines.push(text);
      slots[lang] = { line: lines.length, col: 0, text, lang };
    }
    layout.push({ method, ...slots, paragraph: p.paragraph, frParagraph: p.frParagraph ?? p.paragraph, score: p.score });
  }
  const doc = new SourceDocument(file, lines.join('\n') + '\n');
  const seg = (s: Slot | null, paragraph: number | undefined): Segment | null => {
    if (!s) return null;
    const start = doc.lineStarts[s.line - 1] + s.col;
    const mt = MappedText.of(doc, start, start + s.text.length);
    const out: Segment = { text: s.text, lang: s.lang, place: mt.place(doc), locate: (from, to) => mt.place(doc, from, to) };
    if (paragraph !== undefined) out.paragraph = paragraph;
    return out;
  };
  const pairs: Pair[] = layout.map((l) => {
    const en = seg(l.en, l.paragraph);
    const fr = l.method === 'shared' ? en : seg(l.fr, l.frParagraph);
    return { id: '', en, fr, method: l.method, score: l.score ?? 1 };
  });
  return { file, format: 'text', document: doc, pairs: numbered(pairs) };
}

function numbered(pairs: Pair[]): Pair[] {
  pairs.forEach((p, k) => (p.id = `p${k + 1}`));
  return pairs;
}

/** Runs one check (by id, from the registry) on a case, the others turned off. */
export async function runCase(checkId: string, c: CheckCase, input = buildInput(c)): Promise<Finding[]> {
  if (!builtinChecks.some((k) => k.id === checkId)) throw new Error(`no built-in check '${checkId}'`);
  const rules: Record<string, { severity?: 'off'; options?: Record<string, unknown> }> = {};
  for (const k of builtinChecks) if (k.id !== checkId) rules[k.id] = { severity: 'off' };
  rules[checkId] = { options: c.options ?? {} };
  return runChecks([input], { rules, profile: c.profile });
}

function sideText(f: Finding, side: 'en' | 'fr'): string | undefined {
  return f[side]?.text;
}

function matches(checkId: string, e: ExpectedFinding, f: Finding): boolean {
  if ((e.rule ?? checkId) !== f.rule) return false;
  const side = e.side ?? (e.en !== undefined && e.fr !== undefined ? 'both' : e.fr !== undefined ? 'fr' : e.en !== undefined ? 'en' : undefined);
  if (side && side !== f.side) return false;
  if (e.en !== undefined && sideText(f, 'en') !== decode(e.en)) return false;
  if (e.fr !== undefined && sideText(f, 'fr') !== decode(e.fr)) return false;
  if (e.text !== undefined) {
    const s = side === 'en' || side === 'fr' ? side : f.side === 'both' ? 'fr' : f.side;
    if (sideText(f, s) !== decode(e.text)) return false;
  }
  if (e.suggestion !== undefined && f.suggestion !== decode(e.suggestion)) return false;
  if (e.severity !== undefined && f.severity !== e.severity) return false;
  if (e.message !== undefined && !f.message.includes(decode(e.message))) return false;
  if (e.line !== undefined && f.line !== e.line) return false;
  if (e.endLine !== undefined && f.endLine !== e.endLine) return false;
  return true;
}

function show(f: Finding): string {
  const parts = [`${f.rule} ${f.severity} ${f.side} line ${f.line}${f.endLine !== f.line ? `–${f.endLine}` : ''}`];
  if (f.en) parts.push(`en "${encode(f.en.text)}"`);
  if (f.fr) parts.push(`fr "${encode(f.fr.text)}"`);
  if (f.suggestion !== undefined) parts.push(`→ "${encode(f.suggestion)}"`);
  parts.push(`(${encode(f.message)})`);
  return parts.join(' ');
}

/** What differs between the expected and the actual findings; empty when they agree. */
export function compareFindings(checkId: string, expected: ExpectedFinding[], found: Finding[]): string[] {
  const left = [...found];
  const problems: string[] = [];
  for (const e of expected) {
    const k = left.findIndex((f) => matches(checkId, e, f));
    if (k < 0) problems.push(`missing: ${JSON.stringify(e)}`);
    else left.splice(k, 1);
  }
  for (const f of left) problems.push(`unexpected: ${show(f)}`);
  if (problems.length) problems.push(...found.map((f) => `  found: ${show(f)}`));
  return problems;
}

/** The input once every fix is applied (overlapping fixes: the later one in the text wins). */
export function applyFixes(input: InputFile, findings: Finding[], realign = false): InputFile | null {
  const fixes = findings.filter((f) => f.fix).map((f) => f.fix!);
  if (fixes.length === 0 || !input.document) return null;
  const doc = input.document;
  // Apply in the document, from the end, skipping overlaps.
  const edits = fixes
    .map((x) => ({ from: doc.offset(x.place.line, x.place.column), to: doc.offset(x.place.endLine, x.place.endColumn), text: x.text }))
    .sort((a, b) => b.from - a.from || b.to - a.to);
  let text = doc.text;
  let limit = Infinity;
  const shifts: Array<{ at: number; delta: number }> = [];
  for (const e of edits) {
    if (e.to > limit) continue;
    text = text.slice(0, e.from) + e.text + text.slice(e.to);
    shifts.push({ at: e.from, delta: e.text.length - (e.to - e.from) });
    limit = e.from;
  }
  const fixedDoc = new SourceDocument(doc.file, text);
  // A whole document is aligned again; the segments of a laid-out case are cut out again.
  if (realign) return { ...input, document: fixedDoc, pairs: numbered(alignMixed(fixedDoc, { markdown: input.format === 'markdown' })) };
  // Segments keep their start; their end moves by the edits inside them.
  const remap = (s: Segment | null): Segment | null => {
    if (!s) return null;
    const start = doc.offset(s.place.line, s.place.column);
    const end = start + s.text.length;
    let newStart = start;
    let newEnd = end;
    for (const sh of shifts) {
      if (sh.at < start) newStart += sh.delta;
      if (sh.at <= end) newEnd += sh.delta;
    }
    const mt = MappedText.of(fixedDoc, newStart, newEnd);
    return { text: mt.text, lang: s.lang, place: mt.place(fixedDoc), locate: (from, to) => mt.place(fixedDoc, from, to) };
  };
  const pairs = input.pairs.map((p) => {
    const en = remap(p.en);
    return { ...p, en, fr: p.method === 'shared' ? en : remap(p.fr) };
  });
  return { ...input, document: fixedDoc, pairs };
}

/** Registers one vitest test per case of a fixture list. */
export function describeFixtures(checkId: string, yamlPath: string): void {
  const cases = loadCases(yamlPath);
  describe(`${checkId}: ${yamlPath.split('/').pop()}`, () => {
    cases.forEach((c, k) => {
      const title = `${k + 1}. ${c.name ?? encode(decode(c.en ?? c.fr ?? c.doc?.split('\n')[0] ?? '')) ?? ''}${c.expect.length === 0 ? ' (clean)' : ''}`;
      it(title, async () => {
        const input = buildInput(c);
        const found = await runCase(checkId, c, input);
        expect(compareFindings(checkId, c.expect, found)).toEqual([]);
        const fixed = applyFixes(input, found, c.doc !== undefined);
        if (c.fixed) {
          expect(fixed, 'the case expects fixes').not.toBeNull();
          const first = fixed!.pairs.find((p) => p.method !== 'shared')!;
          if (c.fixed.en !== undefined) expect(encode(first.en?.text)).toBe(encode(decode(c.fixed.en)));
          if (c.fixed.fr !== undefined) expect(encode(first.fr?.text)).toBe(encode(decode(c.fixed.fr)));
        }
        if (fixed) {
          // The fix invariant: once fixed, nothing fixable remains.
          const again = await runCase(checkId, c, fixed);
          expect(again.filter((f) => f.fix).map(show)).toEqual([]);
        }
      });
    });
  });
}
