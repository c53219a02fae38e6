// Reporter speed: each format over a synthetic run of many pairs and findings (one finding in
// five pairs, on one side or both, some long segments).
// Run: node --expose-gc --import tsx bench/reporters.ts [pairs]

import { performance } from 'node:perf_hooks';
import type { Finding, Pair, Place, RunResult, Segment } from '../src/core/types.js';
import { reporters } from '../src/reporters/index.js';

function segment(file: string, lang: 'en' | 'fr', line: number, text: string): Segment {
  const locate = (from: number, to: number): Place => ({ file, line, column: from + 1, endLine: line, endColumn: Math.max(to, from + 1) + 1 });
  return { text, lang, place: locate(0, text.length), locate };
}

export function syntheticRun(n: number): RunResult {
  const pairs: Pair[] = [];
  const findings: Finding[] = [];
  const files = Array.from({ length: Math.max(1, Math.round(n / 500)) }, (_, k) => `docs/part-${k + 1}.txt`);
  for (let i = 0; i < n; i++) {
    const file = files[i % files.length];
    const line = 2 * Math.floor(i / files.length) + 1;
    const pad = i % 50 === 0 ? ' and a long aside that makes the segment wider than a terminal line, '.repeat(3) : ' ';
    const en = segment(file, 'en', line, `Meeting ${i} at 2:00 pm${pad}in room ${i % 900}`);
    const fr = segment(file, 'fr', line + 1, `Réunion ${i} à 15 h 00${pad}dans la salle ${i % 900}`);
    const p: Pair = { id: `p${i + 1}`, en, fr, method: 'stacked', score: 0.9 };
    pairs.push(p);
    if (i % 5 !== 0) continue;
    const a = en.text.indexOf('2:00 pm');
    const b = fr.text.indexOf('15 h 00');
    const enSide = { ...en.locate!(a, a + 7), text: '2:00 pm' };
    const frSide = { ...fr.locate!(b, b + 7), text: '15 h 00' };
    findings.push({
      rule: 'time-mismatch',
      severity: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'info',
      message: 'EN 2:00 pm is 14:00, FR 15 h 00 is 15:00',
      pair: p.id,
      side: i % 2 ? 'both' : 'fr',
      file,
      line: i % 2 ? line : line + 1,
      column: i % 2 ? enSide.column : frSide.column,
      endLine: line + 1,
      endColumn: frSide.endColumn,
      ...(i % 2 ? { en: enSide } : {}),
      fr: frSide,
      suggestion: '14 h 00',
    });
  }
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  findings.sort((x, y) => cmp(x.file, y.file) || x.line - y.line || x.column - y.column);
  return { files, pairs, findings, rules: [{ id: 'time-mismatch', description: 'Times agree once normalised', severity: 'error' }] };
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bench/reporters.ts');
if (isMain) {
  const n = Number(process.argv[2] ?? 100_000);
  const run = syntheticRun(n);
  console.log(`${n} pairs, ${run.findings!.length} findings, ${run.files.length} files`);
  const gc = (globalThis as { gc?: () => void }).gc;
  for (const [name, format] of Object.entries(reporters)) {
    for (const color of name === 'stylish' ? [false, true] : [false]) {
      // Best of three, each after a collection, so that one format's garbage is not billed to the next.
      let best = Infinity;
      let size = 0;
      for (let k = 0; k < 3; k++) {
        gc?.();
        const t0 = performance.now();
        size = format(run, { color, cwd: process.cwd() }).length;
        best = Math.min(best, performance.now() - t0);
      }
      const label = name + (color ? ' (colour)' : '');
      console.log(`${label.padEnd(18)} ${best.toFixed(0).padStart(6)} ms  ${Math.round(run.findings!.length / (best / 1000)).toLocaleString('en-US').padStart(9)} findings/s  ${(size / 1e6).toFixed(1)} MB`);
    }
  }
}
