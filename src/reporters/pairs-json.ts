// Contract 2 (ARCHITECTURE.md): the JSON report. `align` prints it without `findings`.

import type { Finding, FindingSide, Pair, RunResult, Segment } from '../core/types.js';

export interface JsonSide {
  text: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function sideJson(s: Segment | null): JsonSide | null {
  if (!s) return null;
  const p = s.place;
  return { text: s.text, file: p.file, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn };
}

export function pairJson(p: Pair): Record<string, unknown> {
  const o: Record<string, unknown> = { id: p.id, method: p.method, score: p.score, en: sideJson(p.en), fr: sideJson(p.fr) };
  if (p.meta && Object.keys(p.meta).length) o.meta = p.meta;
  return o;
}

function findingSide(s: FindingSide | undefined): FindingSide | undefined {
  if (!s) return undefined;
  const o: FindingSide = { line: s.line, column: s.column, text: s.text };
  if (s.file !== undefined) o.file = s.file;
  if (s.endLine !== undefined) o.endLine = s.endLine;
  if (s.endColumn !== undefined) o.endColumn = s.endColumn;
  return o;
}

export function findingJson(f: Finding): Record<string, unknown> {
  const o: Record<string, unknown> = {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    pair: f.pair,
    side: f.side,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
  };
  if (f.en) o.en = findingSide(f.en);
  if (f.fr) o.fr = findingSide(f.fr);
  if (f.suggestion !== undefined) o.suggestion = f.suggestion;
  return o;
}

export function reportObject(r: RunResult): Record<string, unknown> {
  const o: Record<string, unknown> = { version: 1, files: r.files, pairs: r.pairs.map(pairJson) };
  if (r.findings) {
    o.findings = r.findings.map(findingJson);
    o.summary = {
      files: r.files.length,
      pairs: r.pairs.length,
      errors: r.findings.filter((f) => f.severity === 'error').length,
      warnings: r.findings.filter((f) => f.severity === 'warning').length,
      infos: r.findings.filter((f) => f.severity === 'info').length,
    };
  } else {
    o.summary = { files: r.files.length, pairs: r.pairs.length };
  }
  return o;
}

/**
 * The JSON report in pieces, a piece per pair or finding, so that a run of 100,000 pairs never
 * stands in memory as one string (nor as one object tree): reportObject(r) laid out as Contract 2
 * shows it, the top level indented by two spaces, each pair and each finding on a line of its own
 * (as JSON.stringify writes it without spaces). A line per item keeps a large report readable
 * with `grep` and a diff, at half the size of an indented one. Pairs are written straight to text
 * (no object per pair).
 */
export function* jsonChunks(r: RunResult): Generator<string> {
  const head = { version: 1, files: r.files };
  yield JSON.stringify(head, null, 2).slice(0, -2) + ',\n';
  const files = new Map<string, string>();
  yield* array('pairs', r.pairs, (p) => pairText(p, files));
  let summary: Record<string, number>;
  if (r.findings) {
    yield* array('findings', r.findings, (f) => '    ' + JSON.stringify(findingJson(f)));
    const count = (s: string): number => r.findings!.reduce((n, f) => n + (f.severity === s ? 1 : 0), 0);
    summary = { files: r.files.length, pairs: r.pairs.length, errors: count('error'), warnings: count('warning'), infos: count('info') };
  } else {
    summary = { files: r.files.length, pairs: r.pairs.length };
  }
  yield '  "summary": ' + JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ') + '\n}\n';
}

/** Characters JSON.stringify writes otherwise than as themselves (and lone surrogates). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON.stringify writes it (without a new escaped copy when nothing needs escaping). */
function stringText(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : '"' + s + '"';
}

/** A number as JSON.stringify writes it (anything else as JSON.stringify does too). */
function numberText(n: unknown): string {
  if (typeof n === 'number') return Number.isFinite(n) ? String(n) : 'null';
  return String(JSON.stringify(n));
}

/**
 * A pair as JSON.stringify(pairJson(p)) writes it, without building the object: pairs are most
 * of a report. `files` keeps each file name's JSON form.
 */
function pairText(p: Pair, files: Map<string, string>): string {
  const meta = p.meta && Object.keys(p.meta).length ? p.meta : undefined;
  const side = (s: Segment | null): string => {
    if (!s) return 'null';
    const pl = s.place;
    let file = files.get(pl.file);
    if (file === undefined) files.set(pl.file, (file = JSON.stringify(pl.file)));
    return (
      '{"text":' + stringText(s.text) + ',"file":' + file + ',"line":' + numberText(pl.line) + ',"column":' + numberText(pl.column) +
      ',"endLine":' + numberText(pl.endLine) + ',"endColumn":' + numberText(pl.endColumn) + '}'
    );
  };
  let out = '    {"id":' + stringText(p.id) + ',"method":' + stringText(p.method) + ',"score":' + numberText(p.score);
  out += ',"en":' + side(p.en) + ',"fr":' + side(p.fr);
  if (meta) out += ',"meta":' + JSON.stringify(meta);
  return out + '}';
}

/** A top-level array, a piece per item (its text from `item`). */
function* array<T>(name: string, list: readonly T[], item: (x: T) => string): Generator<string> {
  if (list.length === 0) {
    yield `  ${JSON.stringify(name)}: [],\n`;
    return;
  }
  yield `  ${JSON.stringify(name)}: [\n`;
  for (let i = 0; i < list.length; i++) yield item(list[i]) + (i + 1 < list.length ? ',\n' : '\n');
  yield '  ],\n';
}

export function formatJson(r: RunResult): string {
  return [...jsonChunks(r)].join('');
}

/** One pair per line, for streaming tools (jq, Python). */
export function formatJsonl(r: RunResult): string {
  return r.pairs.map((p) => JSON.stringify(pairJson(p))).join('\n') + (r.pairs.length ? '\n' : '');
}
