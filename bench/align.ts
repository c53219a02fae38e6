// Align throughput and memory on large generated bilingual agendas, with a baseline in the same
// run: classifying every line with franc alone (the least an aligner needs), so the ratio shows
// what pairing costs beyond language identification. Run: npm run bench (or npx tsx bench/align.ts).

import { franc } from 'franc';
import { SourceDocument } from '../src/core/document.js';
import { alignMixed } from '../src/align/mixed.js';
import { agendaDocument } from './agenda-generator.js';

/** CPU time of this process (user + system), which other load on the machine does not inflate. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs fn and reports its CPU time and the peak resident memory seen (sampled by V8 heap stats after each GC-free step). */
export function measure<T>(fn: () => T): { result: T; ms: number; rssMiB: number } {
  if (global.gc) global.gc();
  const t0 = cpuMs();
  const result = fn();
  const ms = cpuMs() - t0;
  // resourceUsage().maxRSS is the process high-water mark (KiB): sample it right after the run.
  const rssMiB = process.resourceUsage().maxRSS / 1024;
  return { result, ms, rssMiB };
}

export function benchAlign(): void {
  console.log('## align (mixed bilingual documents)');
  console.log('dataset: generated Government of Canada style agendas (bench/agenda-generator.ts), seed 1');
  console.log('command: alignMixed(document) in-process, after two warm-up runs; best of three CPU times of this process; memory is the process peak RSS so far\n');
  for (let i = 0; i < 2; i++) alignMixed(new SourceDocument('warmup.txt', agendaDocument(25_000, 7)));
  const rows: Array<{ lines: number; ms: number; rate: number; rss: number; pairs: number; francMs: number }> = [];
  for (const lines of [12_500, 25_000, 50_000, 100_000]) {
    const text = agendaDocument(lines);
    const doc = new SourceDocument(`agendas-${lines}.txt`, text);
    // Best of three: other work on the machine only ever adds time.
    let best = measure(() => alignMixed(doc));
    for (let k = 0; k < 2; k++) {
      const again = measure(() => alignMixed(doc));
      if (again.ms < best.ms) best = again;
    }
    const { result, ms, rssMiB } = best;
    const t0 = cpuMs();
    for (let i = 1; i <= doc.lineCount; i++) {
      const l = doc.line(i);
      if (l) franc(l, { only: ['eng', 'fra'], minLength: 1 });
    }
    const francMs = cpuMs() - t0;
    rows.push({ lines, ms, rate: lines / (ms / 1000), rss: rssMiB, pairs: result.length, francMs });
  }
  console.log('| lines | pairs | bitext align (CPU) | lines per CPU-second | peak RSS | franc on each line (baseline, CPU) | align ÷ baseline |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.lines} | ${r.pairs} | ${r.ms.toFixed(0)} ms | ${Math.round(r.rate)} | ${r.rss.toFixed(0)} MiB | ${r.francMs.toFixed(0)} ms | ${(r.ms / r.francMs).toFixed(2)}× |`);
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  const growth = last.ms / first.ms / (last.lines / first.lines);
  console.log(`\nscaling: ${last.lines / first.lines}× the lines took ${(last.ms / first.ms).toFixed(2)}× the time (${growth.toFixed(2)} of linear; 1.00 = linear)`);
  console.log(`target: ≥ 50,000 lines/s on one core — measured ${Math.round(last.rate)} lines/s at ${last.lines} lines\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) benchAlign();

