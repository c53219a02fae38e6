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

export function formatJson(r: RunResult): string {
  return JSON.stringify(reportObject(r), null, 2) + '\n';
}

/** One pair per line, for streaming tools (jq, Python). */
export function formatJsonl(r: RunResult): string {
  return r.pairs.map((p) => JSON.stringify(pairJson(p))).join('\n') + (r.pairs.length ? '\n' : '');
}
