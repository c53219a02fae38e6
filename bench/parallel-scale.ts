// `npm run bench:parallel`: time and peak memory of the parallel aligner at 1k, 10k, 20k and
// 100k sentences, and how well it aligns at that size.
//
//   npx tsx bench/parallel-scale.ts [--sizes 1000,10000,20000,100000] [--hunalign]
//
// Input: the EN–FR sentence pairs of ../shared/eval/corpora/opus-mt-testsets-enfr (WMT news and
// Tatoeba, 33,757 pairs), read in file order and repeated when more are needed. To make it a
// real alignment problem, a seeded random 1 % of French sentences and 1 % of English ones are
// dropped (orphans) and 3 % of French sentences are joined to the next one (2-1 beads); the
// truth is known, so strict F1 is printed too. Each size runs in its own process, so that its
// peak memory (getrusage maxRSS) is its own; the baseline RSS before aligning is printed beside.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { alignSentences } from '../src/align/parallel.js';
import { countHits, figures } from './align-score.js';
import { buildScaleInput } from './parallel-input.js';
import { hunalign } from './hunalign.js';

interface ChildResult {
  n: number;
  m: number;
  wallMs: number;
  cpuMs: number;
  baseRssMb: number;
  peakRssMb: number;
  f1: number;
  system: string;
}

async function child(n: number, system: string): Promise<void> {
  const { src, tgt, gold } = buildScaleInput(n);
  const base = process.memoryUsage().rss;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const beads = system === 'hunalign' ? await hunalign(src, tgt) : alignSentences(src, tgt, { srcLang: 'en', tgtLang: 'fr' });
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const res: ChildResult = {
    n: src.length,
    m: tgt.length,
    wallMs,
    cpuMs: (c.user + c.system) / 1000,
    baseRssMb: base / 1048576,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    f1: figures(countHits(gold, beads)).strict.f1,
    system,
  };
  process.stdout.write(JSON.stringify(res) + '\n');
}

function main(): void {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    void child(Number(argv[1]), argv[2]);
    return;
  }
  let sizes = [1000, 10000, 20000, 100000];
  let withHunalign = false;
  for (let k = 0; k < argv.length; k++) {
    if (argv[k] === '--sizes') sizes = argv[++k].split(',').map(Number);
    else if (argv[k] === '--hunalign') withHunalign = true;
    else throw new Error(`unknown argument ${argv[k]}`);
  }
  const self = fileURLToPath(import.meta.url);
  const rows: ChildResult[] = [];
  for (const n of sizes) {
    const systems = ['bitext', ...(withHunalign && n <= 20000 ? ['hunalign'] : [])];
    for (const system of systems) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', String(n), system], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const r = JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
      rows.push(r);
      console.error(`${system} ${n}: ${(r.wallMs / 1000).toFixed(1)} s`);
    }
  }
  console.log('');
  console.log('| system | EN × FR sentences | wall time | CPU time | peak RSS | RSS before aligning | strict F1 |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.system} | ${r.n.toLocaleString('en-US')} × ${r.m.toLocaleString('en-US')} | ${(r.wallMs / 1000).toFixed(2)} s | ${(r.cpuMs / 1000).toFixed(2)} s | ${r.peakRssMb.toFixed(0)} MB | ${r.baseRssMb.toFixed(0)} MB | ${r.f1.toFixed(3)} |`,
    );
  }
}

main();
