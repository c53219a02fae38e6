// What several reporters need: paths relative to the working directory, counts for the summary,
// and for each finding the EN and FR segments of its pair with the span of the finding in each.

import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding, FindingSide, Pair, RunResult, Segment, Severity } from '../core/types.js';

/** A path as the report shows it: relative to `cwd` when the file is inside it, with `/` separators. */
export function displayPath(file: string, cwd: string): string {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  const shown = rel === '' ? file : isAbsolute(rel) ? abs : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  total: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, total: findings.length };
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `3 errors, 8 warnings, 1 info` */
export function countsText(c: Counts): string {
  return `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')}`;
}

export function findingsOf(result: RunResult): Finding[] {
  return result.findings ?? [];
}

/** Files of the run in the order given, then any file that only findings mention (sorted). */
export function reportFiles(result: RunResult): string[] {
  const seen = new Set(result.files);
  const extra = new Set<string>();
  for (const f of findingsOf(result)) if (!seen.has(f.file)) extra.add(f.file);
  return [...result.files, ...[...extra].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))];
}

/** Findings grouped by file, files in first-seen order (findings are already sorted by file). */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const g = groups.get(f.file);
    if (g) g.push(f);
    else groups.set(f.file, [f]);
  }
  return groups;
}

export function pairIndex(result: RunResult): Map<string, Pair> {
  return new Map(result.pairs.map((p) => [p.id, p]));
}

/** Number of pairs with a side in each file. */
export function pairsPerFile(result: RunResult): Map<string, number> {
  const n = new Map<string, number>();
  for (const p of result.pairs) {
    const files = new Set([p.en?.place.file, p.fr?.place.file].filter((f): f is string => f !== undefined));
    for (const f of files) n.set(f, (n.get(f) ?? 0) + 1);
  }
  return n;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One side (EN or FR) of a finding, as a reporter shows it. */
export interface SideView {
  lang: 'en' | 'fr';
  /** The pair has no segment in this language (an orphan): the report says so. */
  missing: boolean;
  /** Missing, but written as an empty entry (file and line say where). */
  empty?: boolean;
  /** The whole segment when the pair is known, else the text the finding quotes. */
  text: string;
  file: string;
  line: number;
  endLine: number;
  /** Where the finding points inside `text`, as UTF-16 offsets [from, to); to may equal from (an insertion point). */
  span?: { from: number; to: number };
}

/** What a report shows for a side with no text. */
export function missingText(v: SideView): string {
  return v.empty ? '— (empty)' : '— (no translation)';
}

/**
 * The EN and FR sides of a finding, each null when there is nothing to show. A side the
 * finding points at gets a span; the other side of the pair is shown as context.
 */
export function findingSides(f: Finding, pairs: Map<string, Pair>): { en: SideView | null; fr: SideView | null } {
  const pair = f.pair !== undefined ? pairs.get(f.pair) : undefined;
  return { en: sideView('en', f, pair), fr: sideView('fr', f, pair) };
}

function sideView(lang: 'en' | 'fr', f: Finding, pair: Pair | undefined): SideView | null {
  const seg = pair?.[lang] ?? null;
  const fs = f[lang];
  if (seg) {
    const p = seg.place;
    const view: SideView = { lang, missing: false, text: seg.text, file: p.file, line: p.line, endLine: p.endLine };
    if (fs) view.span = locateSpan(seg, fs);
    return view;
  }
  if (fs) {
    // An empty entry where the translation goes (a key with "" in the French file).
    if (fs.text === '') return { lang, missing: true, empty: true, text: '', file: fs.file ?? f.file, line: fs.line, endLine: fs.endLine ?? fs.line };
    return { lang, missing: false, text: fs.text, file: fs.file ?? f.file, line: fs.line, endLine: fs.endLine ?? fs.line, span: { from: 0, to: fs.text.length } };
  }
  // An orphan: the pair exists and has no segment in this language.
  if (pair) {
    const other = pair.en ?? pair.fr;
    return { lang, missing: true, text: '', file: other?.place.file ?? f.file, line: 0, endLine: 0 };
  }
  return null;
}

/**
 * Finds the range of the segment's text that a finding's side points at. The side gives the text
 * and its file position; the segment text may differ from the file (bold markers removed, wrapped
 * lines joined), so positions are matched through the segment's own map when it has one.
 */
export function locateSpan(seg: Segment, fs: FindingSide): { from: number; to: number } | undefined {
  const text = seg.text;
  if (fs.text === text) return { from: 0, to: text.length };
  const hits: number[] = [];
  if (fs.text !== '') {
    for (let i = text.indexOf(fs.text); i >= 0 && hits.length < 64; i = text.indexOf(fs.text, i + 1)) hits.push(i);
  }
  if (seg.locate) {
    const at = (i: number) => {
      const p = seg.locate!(i, i + Math.max(fs.text.length, 1));
      return p.line === fs.line && p.column === fs.column && (fs.file === undefined || p.file === fs.file);
    };
    const hit = hits.find(at);
    if (hit !== undefined) return { from: hit, to: hit + fs.text.length };
    // Text not found as quoted (an insertion point, or text rewritten by the check): match the position.
    for (let i = 0; i <= text.length; i++) {
      const p = seg.locate(i, Math.min(i + 1, Math.max(text.length, 1)));
      if (p.line === fs.line && p.column === fs.column) return { from: i, to: Math.min(text.length, i + fs.text.length) };
      if (p.line > fs.line) break;
    }
  } else if (seg.place.line === fs.line && seg.place.endLine === seg.place.line) {
    // A one-line segment without a map: columns count from the segment's start.
    const i = fs.column - seg.place.column;
    if (i >= 0 && i <= text.length && text.startsWith(fs.text, i)) return { from: i, to: i + fs.text.length };
  }
  return hits.length ? { from: hits[0], to: hits[0] + fs.text.length } : undefined;
}
