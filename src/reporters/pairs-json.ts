// Contract 2 (ARCHITECTURE.md): the JSON report. `align` prints it without `findings`.

import type { Finding, FindingSide, Pair, RunResult, Segment } from '../core/types.js';
import { asciiBytes, type SelfEncoding, type Utf8Out } from '../core/atomic-write.js';

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
  yield headText(r);
  const files = new Map<string, string>();
  yield* array('pairs', r.pairs, (p) => pairText(p, files));
  yield* tailPieces(r);
}

/**
 * The JSON report as jsonChunks has it, for writing: a file gets the UTF-8 bytes of the same text
 * with the pairs encoded straight into the output buffer (no string per pair; they are most of a
 * large report).
 */
export function jsonReport(r: RunResult): SelfEncoding {
  return { [Symbol.iterator]: () => jsonChunks(r), encodeUtf8: (out) => encodeReport(r, out) };
}

function encodeReport(r: RunResult, out: Utf8Out): void {
  out.text(headText(r));
  const files = new Map<string, string>();
  const n = r.pairs.length;
  if (n === 0) out.text(`  "pairs": [],\n`);
  else {
    out.text(`  "pairs": [\n`);
    for (let i = 0; i < n; i++) encodePair(r.pairs[i], i + 1 === n, files, out);
    out.text('  ],\n');
  }
  for (const piece of tailPieces(r)) out.text(piece);
}

function headText(r: RunResult): string {
  const head = { version: 1, files: r.files };
  return JSON.stringify(head, null, 2).slice(0, -2) + ',\n';
}

/** The findings and the summary. */
function* tailPieces(r: RunResult): Generator<string> {
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

// The fixed parts of a pair, encoded once.
const PAIR_ID = asciiBytes('    {"id":');
const PAIR_METHOD = asciiBytes(',"method":');
const PAIR_SCORE = asciiBytes(',"score":');
const PAIR_EN = asciiBytes(',"en":');
const PAIR_FR = asciiBytes(',"fr":');
const PAIR_META = asciiBytes(',"meta":');
const SIDE_TEXT = asciiBytes('{"text":');
const SIDE_LINE = asciiBytes(',"line":');
const SIDE_COLUMN = asciiBytes(',"column":');
const SIDE_END_LINE = asciiBytes(',"endLine":');
const SIDE_END_COLUMN = asciiBytes(',"endColumn":');
const NULL = asciiBytes('null');
const CLOSE = asciiBytes('}');
const NEXT_ITEM = asciiBytes('},\n');
const LAST_ITEM = asciiBytes('}\n');

/**
 * pairText's bytes and the line's end, written to `out`. `files` keeps each file name's JSON
 * form, after the key before it (`,"file":"a.po"`).
 */
function encodePair(p: Pair, last: boolean, files: Map<string, string>, out: Utf8Out): void {
  out.ascii(PAIR_ID);
  out.jsonString(p.id);
  out.ascii(PAIR_METHOD);
  out.jsonString(p.method);
  out.ascii(PAIR_SCORE);
  encodeNumber(p.score, out);
  out.ascii(PAIR_EN);
  encodeSide(p.en, files, out);
  out.ascii(PAIR_FR);
  encodeSide(p.fr, files, out);
  if (p.meta && Object.keys(p.meta).length) {
    out.ascii(PAIR_META);
    encodeValue(p.meta, out);
  }
  out.ascii(last ? LAST_ITEM : NEXT_ITEM);
}

function encodeSide(s: Segment | null, files: Map<string, string>, out: Utf8Out): void {
  if (!s) {
    out.ascii(NULL);
    return;
  }
  const pl = s.place;
  let file = files.get(pl.file);
  if (file === undefined) files.set(pl.file, (file = ',"file":' + JSON.stringify(pl.file)));
  out.ascii(SIDE_TEXT);
  out.jsonString(s.text);
  out.text(file);
  out.ascii(SIDE_LINE);
  encodeNumber(pl.line, out);
  out.ascii(SIDE_COLUMN);
  encodeNumber(pl.column, out);
  out.ascii(SIDE_END_LINE);
  encodeNumber(pl.endLine, out);
  out.ascii(SIDE_END_COLUMN);
  encodeNumber(pl.endColumn, out);
  out.ascii(CLOSE);
}

const TRUE = asciiBytes('true');
const FALSE = asciiBytes('false');
const OPEN_OBJECT = asciiBytes('{');
const OPEN_ARRAY = asciiBytes('[');
const CLOSE_ARRAY = asciiBytes(']');
const COMMA = asciiBytes(',');
const COLON = asciiBytes(':');

/**
 * JSON.stringify(v)'s bytes for a value JSON can hold (a pair's meta): strings, booleans, arrays
 * of strings and plain objects of these are written here, anything else by JSON.stringify.
 */
function encodeValue(v: unknown, out: Utf8Out): void {
  if (typeof v === 'string') out.jsonString(v);
  else if (typeof v === 'boolean') out.ascii(v ? TRUE : FALSE);
  else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
    out.ascii(OPEN_ARRAY);
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out.ascii(COMMA);
      out.jsonString(v[i] as string);
    }
    out.ascii(CLOSE_ARRAY);
  } else if (isPlainObject(v)) {
    out.ascii(OPEN_OBJECT);
    let first = true;
    for (const key of Object.keys(v)) {
      const x = v[key];
      // What JSON leaves out of an object.
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
      if (!first) out.ascii(COMMA);
      first = false;
      out.jsonString(key);
      out.ascii(COLON);
      encodeValue(x, out);
    }
    out.ascii(CLOSE);
  } else out.text(String(JSON.stringify(v)));
}

/** An object JSON.stringify writes key by key (no toJSON, not a class's instance). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || 'toJSON' in v) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** numberText's bytes. */
function encodeNumber(n: unknown, out: Utf8Out): void {
  if (typeof n === 'number' && Number.isFinite(n)) out.number(n);
  else out.text(numberText(n));
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
