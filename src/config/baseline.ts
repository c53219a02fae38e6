// Baselines for CI gates: `bitext check --write-baseline FILE` records the findings of a run as
// accepted; `--baseline FILE` drops findings that match a recorded one. A finding is keyed by its
// file and a fingerprint of its rule and both texts (the pair's EN and FR text and the spans the
// finding points at: reporters/fingerprint.ts), never by line numbers: moving text around keeps
// the finding accepted, changing either text makes it come back. Each key carries a count, so
// that a second identical problem added later is still reported.

import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding, Pair } from '../core/types.js';
import { UserError } from '../core/errors.js';
import { writeFileAtomic } from '../core/atomic-write.js';
import { findingFingerprint } from '../reporters/fingerprint.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Path relative to the baseline file's folder, with forward slashes. */
  file: string;
  rule: string;
  fingerprint: string;
  count: number;
  /** For people reading the file; not used for matching. */
  message: string;
}

export interface Baseline {
  version: number;
  entries: BaselineEntry[];
}

/** The key of a finding in a baseline stored at `baselinePath`. */
function keyOf(f: Finding, pairs: Map<string, Pair>, baselinePath: string, cwd: string): { file: string; fingerprint: string } {
  const pair = f.pair ? pairs.get(f.pair) : undefined;
  // A finding outside any pair (a directive report) is told apart by its message.
  const fp = pair ? findingFingerprint(f, pair) : findingFingerprint({ ...f, en: { line: 0, column: 0, text: f.message } });
  return { file: portable(f.file, baselinePath, cwd), fingerprint: fp };
}

function portable(file: string, baselinePath: string, cwd: string): string {
  const abs = isAbsolute(file) ? file : resolve(cwd, file);
  return relative(dirname(resolve(cwd, baselinePath)), abs).split(sep).join('/');
}

export function buildBaseline(findings: Finding[], pairs: Pair[], baselinePath: string, cwd: string): Baseline {
  const byId = new Map(pairs.map((p) => [p.id, p]));
  const map = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const k = keyOf(f, byId, baselinePath, cwd);
    const id = `${k.file}\0${k.fingerprint}`;
    const e = map.get(id);
    if (e) e.count++;
    else map.set(id, { file: k.file, rule: f.rule, fingerprint: k.fingerprint, count: 1, message: f.message });
  }
  const entries = [...map.values()].sort((a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint));
  return { version: BASELINE_VERSION, entries };
}

export function writeBaseline(path: string, baseline: Baseline, cwd: string): void {
  const text = JSON.stringify({ version: baseline.version, tool: 'bitext', findings: baseline.entries }, null, 2) + '\n';
  try {
    writeFileAtomic(resolve(cwd, path), text);
  } catch (e) {
    throw new UserError(`cannot write the baseline: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: path });
  }
}

export function readBaseline(path: string, cwd: string): Baseline {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? 'no such baseline file (write one with --write-baseline)' : `cannot read the baseline: ${code}`, { file: path });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const at = m ? lineCol(text, Number(m[1])) : { line: 1, column: 1 };
    throw new UserError(`the baseline is not valid JSON: ${(e as Error).message.replace(/ in JSON at position \d+.*$/, '')}`, { file: path, ...at });
  }
  const obj = data as { version?: unknown; findings?: unknown };
  if (!obj || typeof obj !== 'object' || !Array.isArray(obj.findings)) throw new UserError('not a bitext baseline: it has no "findings" list', { file: path, line: 1, column: 1 });
  if (obj.version !== BASELINE_VERSION) throw new UserError(`baseline version ${String(obj.version)} is not supported (expected ${BASELINE_VERSION}); write it again with --write-baseline`, { file: path, line: 1, column: 1 });
  const entries: BaselineEntry[] = [];
  obj.findings.forEach((raw, i) => {
    const e = raw as Partial<BaselineEntry>;
    if (!e || typeof e.file !== 'string' || typeof e.fingerprint !== 'string' || typeof e.rule !== 'string') {
      throw new UserError(`findings[${i}] needs file, rule and fingerprint strings`, { file: path });
    }
    entries.push({ file: e.file, rule: e.rule, fingerprint: e.fingerprint, count: typeof e.count === 'number' && e.count > 0 ? Math.floor(e.count) : 1, message: String(e.message ?? '') });
  });
  return { version: BASELINE_VERSION, entries };
}

/** The findings a baseline does not account for, and how many it matched. */
export function applyBaseline(findings: Finding[], pairs: Pair[], baseline: Baseline, baselinePath: string, cwd: string): { kept: Finding[]; matched: number } {
  const byId = new Map(pairs.map((p) => [p.id, p]));
  const left = new Map<string, number>();
  for (const e of baseline.entries) {
    const id = `${e.file}\0${e.fingerprint}`;
    left.set(id, (left.get(id) ?? 0) + e.count);
  }
  const kept: Finding[] = [];
  let matched = 0;
  for (const f of findings) {
    const k = keyOf(f, byId, baselinePath, cwd);
    let id = `${k.file}\0${k.fingerprint}`;
    // A finding on both sides of two files is placed in the French file; a baseline written when
    // it was placed in the English one still holds it there.
    if (!left.get(id) && f.en?.file && f.en.file !== f.file) id = `${portable(f.en.file, baselinePath, cwd)}\0${k.fingerprint}`;
    const n = left.get(id) ?? 0;
    if (n > 0) {
      left.set(id, n - 1);
      matched++;
    } else kept.push(f);
  }
  return { kept, matched };
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
