// Contract 2 (ARCHITECTURE.md): the JSON report. `align` prints it without `findings`.

import type { Finding, FindingSide, Pair, RunResult, Segment } from '../core/types.js';
import { asciiBytes, utf8String, type Utf8Out, type Utf8Text } from '../core/utf8-out.js';

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
 * The JSON report, written as UTF-8 to `out` as it is made, so that a run of 100,000 pairs never
 * stands in memory as one string (nor as one object tree): reportObject(r) laid out as Contract 2
 * shows it, the top level indented by two spaces, each pair and each finding on a line of its own
 * (as JSON.stringify writes it without spaces). A line per item keeps a large report readable
 * with `grep` and a diff, at half the size of an indented one. Pairs are most of a large report:
 * they are encoded straight into the output buffer (no object and no string per pair).
 */
function encodeReport(r: RunResult, out: Utf8Out): void {
  const head = { version: 1, files: r.files };
  out.text(JSON.stringify(head, null, 2).slice(0, -2) + ',\n');
  const known: KnownBytes = { files: new Map(), methods: new Map(), names: new Map() };
  encodeArray('pairs', r.pairs, (p) => encodePair(p, known, out), out);
  let summary: Record<string, number>;
  if (r.findings) {
    encodeArray('findings', r.findings, (f) => out.text('    ' + JSON.stringify(findingJson(f))), out);
    const count = (s: string): number => r.findings!.reduce((n, f) => n + (f.severity === s ? 1 : 0), 0);
    summary = { files: r.files.length, pairs: r.pairs.length, errors: count('error'), warnings: count('warning'), infos: count('info') };
  } else {
    summary = { files: r.files.length, pairs: r.pairs.length };
  }
  out.text('  "summary": ' + JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ') + '\n}\n');
}

/** The JSON report as text that writes itself, for a file or stdout (see writeUtf8). */
export function jsonReport(r: RunResult): Utf8Text {
  return (out) => encodeReport(r, out);
}

// Single ASCII characters of the layout, by their codes (Utf8Out.byte).
const NEWLINE = 10;
const QUOTE = 34;
const COMMA = 44;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;

/** A top-level array, an item per line (written by `item`). */
function encodeArray<T>(name: string, list: readonly T[], item: (x: T) => void, out: Utf8Out): void {
  if (list.length === 0) {
    out.text(`  ${JSON.stringify(name)}: [],\n`);
    return;
  }
  out.text(`  ${JSON.stringify(name)}: [\n`);
  for (let i = 0; i < list.length; i++) {
    item(list[i]);
    if (i + 1 < list.length) out.byte(COMMA);
    out.byte(NEWLINE);
  }
  out.text('  ],\n');
}

/** Characters JSON.stringify writes otherwise than as themselves (and lone surrogates). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON.stringify writes it, quotes included (no escaped copy when nothing needs one). */
function encodeString(s: string, out: Utf8Out): void {
  if (NEEDS_ESCAPE.test(s)) out.text(JSON.stringify(s));
  else {
    out.byte(QUOTE);
    out.text(s);
    out.byte(QUOTE);
  }
}

/** A number as JSON.stringify writes it (anything else as JSON.stringify does too). */
function encodeNumber(n: unknown, out: Utf8Out): void {
  if (typeof n === 'number' && Number.isFinite(n)) out.number(n);
  else out.text(typeof n === 'number' ? 'null' : String(JSON.stringify(n)));
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

/**
 * The UTF-8 bytes of what every pair repeats, made once per distinct value: each file name's JSON
 * form after the key before it (`,"file":"a.po"`), each method's JSON string. Copied byte by byte,
 * they cost less than the encoder's call for every side of every pair.
 */
interface KnownBytes {
  files: Map<string, Uint8Array>;
  methods: Map<string, Uint8Array>;
  /** Each property name of the pairs' meta (and of objects in it), with its colon (`"state":`). */
  names: Map<string, Uint8Array>;
}

function utf8Bytes(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'utf8'));
}

/**
 * A pair as JSON.stringify(pairJson(p)) writes it, indented as an item of the report, without
 * building the object.
 */
function encodePair(p: Pair, known: KnownBytes, out: Utf8Out): void {
  out.ascii(PAIR_ID);
  encodeString(p.id, out);
  out.ascii(PAIR_METHOD);
  let method = known.methods.get(p.method);
  if (method === undefined) known.methods.set(p.method, (method = utf8Bytes(JSON.stringify(p.method))));
  out.ascii(method);
  out.ascii(PAIR_SCORE);
  encodeNumber(p.score, out);
  out.ascii(PAIR_EN);
  encodeSide(p.en, known.files, out);
  out.ascii(PAIR_FR);
  encodeSide(p.fr, known.files, out);
  if (p.meta && Object.keys(p.meta).length) {
    out.ascii(PAIR_META);
    encodeValue(p.meta, known.names, out);
  }
  out.byte(CLOSE_OBJECT);
}

function encodeSide(s: Segment | null, files: Map<string, Uint8Array>, out: Utf8Out): void {
  if (!s) {
    out.ascii(NULL);
    return;
  }
  const pl = s.place;
  let file = files.get(pl.file);
  if (file === undefined) files.set(pl.file, (file = utf8Bytes(',"file":' + JSON.stringify(pl.file))));
  out.ascii(SIDE_TEXT);
  encodeString(s.text, out);
  out.ascii(file);
  out.ascii(SIDE_LINE);
  encodeNumber(pl.line, out);
  out.ascii(SIDE_COLUMN);
  encodeNumber(pl.column, out);
  out.ascii(SIDE_END_LINE);
  encodeNumber(pl.endLine, out);
  out.ascii(SIDE_END_COLUMN);
  encodeNumber(pl.endColumn, out);
  out.byte(CLOSE_OBJECT);
}

const TRUE = asciiBytes('true');
const FALSE = asciiBytes('false');

/**
 * JSON.stringify(v)'s bytes for a value JSON can hold (a pair's meta): strings, booleans, arrays
 * of strings and plain objects of these are written here, anything else by JSON.stringify.
 */
function encodeValue(v: unknown, names: Map<string, Uint8Array>, out: Utf8Out): void {
  if (typeof v === 'string') encodeString(v, out);
  else if (typeof v === 'boolean') out.ascii(v ? TRUE : FALSE);
  else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
    out.byte(OPEN_ARRAY);
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out.byte(COMMA);
      encodeString(v[i] as string, out);
    }
    out.byte(CLOSE_ARRAY);
  } else if (isPlainObject(v)) {
    out.byte(OPEN_OBJECT);
    let first = true;
    for (const key of Object.keys(v)) {
      const x = v[key];
      // What JSON leaves out of an object.
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
      if (!first) out.byte(COMMA);
      first = false;
      let name = names.get(key);
      if (name === undefined) names.set(key, (name = utf8Bytes(JSON.stringify(key) + ':')));
      out.ascii(name);
      encodeValue(x, names, out);
    }
    out.byte(CLOSE_OBJECT);
  } else out.text(String(JSON.stringify(v)));
}

/** An object JSON.stringify writes key by key (no toJSON, not a class's instance). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || 'toJSON' in v) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

export function formatJson(r: RunResult): string {
  return utf8String(jsonReport(r));
}

/** One pair per line, for streaming tools (jq, Python). */
export function formatJsonl(r: RunResult): string {
  return r.pairs.map((p) => JSON.stringify(pairJson(p))).join('\n') + (r.pairs.length ? '\n' : '');
}
