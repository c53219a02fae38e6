// Throughput of the value extractor on real lines: the seed agenda and the OPUS MT test sets
// (English and French news and Tatoeba sentences), 100,000 lines in all.
// Run: npx tsx bench/values.ts

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractValues, type ValueLang } from '../src/lang/values.js';

const SHARED = process.env.BITEXT_SHARED ?? '/work/shared';
const TARGET = 100_000;

function load(): [string, ValueLang][] {
  const lines: [string, ValueLang][] = [];
  const seed = join(SHARED, 'seeds/000_e93702a3d9ac62fd.txt');
  if (existsSync(seed)) for (const l of readFileSync(seed, 'utf8').split('\n')) lines.push([l, 'und']);
  const dir = join(SHARED, 'eval/corpora/opus-mt-testsets-enfr');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).sort()) {
      const lang: ValueLang | null = f.endsWith('.eng') ? 'en' : f.endsWith('.fra') ? 'fr' : null;
      if (!lang) continue;
      for (const l of readFileSync(join(dir, f), 'utf8').split('\n')) if (l) lines.push([l, lang]);
    }
  }
  if (lines.length === 0) lines.push(['September 12, 2011 – 2:00 pm-4:00pm EST', 'en'], ['Le 12 septembre 2011 – 14h00-16h00 HSE', 'fr']);
  // Interleave so that the seed's short agenda lines are spread through the sample.
  const out: [string, ValueLang][] = [];
  const step = Math.max(1, Math.floor(lines.length / TARGET));
  for (let i = 0; out.length < TARGET; i = (i + step) % lines.length) out.push(lines[i]);
  return out;
}

const sample = load();
let chars = 0;
for (const [l] of sample) chars += l.length;
// warm up the regular expressions
for (let i = 0; i < 20_000; i++) extractValues(sample[i][0], sample[i][1]);
// CPU time as well as wall time: on a shared machine the wall clock measures the neighbours.
const wall: number[] = [];
const cpu: number[] = [];
let found = 0;
for (let r = 0; r < 5; r++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  found = 0;
  for (const [l, lang] of sample) found += extractValues(l, lang).length;
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1e6);
  wall.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
wall.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const rate = (s: number) => (sample.length / s).toFixed(0);
console.log(`lines: ${sample.length}, avg ${(chars / sample.length).toFixed(0)} chars, values found: ${found}`);
console.log(`wall: best ${rate(wall[0])} lines/s, median ${rate(wall[2])} lines/s`);
console.log(`cpu:  best ${rate(cpu[0])} lines/s, median ${rate(cpu[2])} lines/s`);
