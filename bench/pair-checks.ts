// Throughput of the pair checks missing-translation, untranslated, fr-typography,
// punctuation-mismatch, whitespace, repeated-word and length-ratio on real EN/FR pairs: the OPUS
// MT test sets (33,757 line-aligned news and Tatoeba pairs) repeated to 100,000 pairs, one pair in
// fifty left without its French so that missing-translation has runs to group.
// The runner alone, each rule alone, then the seven together (best of three); pairs per second by
// wall clock and by CPU time, and the memory the run adds at its peak (RSS above the loaded pairs).
// Rules that share per-segment work (words, language evidence) cost less together than the sum.
// Run: node --expose-gc --import tsx bench/pair-checks.ts

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Pair, Segment } from '../src/core/types.js';
import type { InputFile } from '../src/formats/index.js';
import { runChecks } from '../src/checks/run.js';
import { builtinChecks } from '../src/checks/index.js';

const SHARED = process.env.BITEXT_SHARED ?? join(import.meta.dirname, '../../shared');
const DIR = join(SHARED, 'eval/corpora/opus-mt-testsets-enfr');
const TARGET = 100_000;
const RULES = ['missing-translation', 'untranslated', 'fr-typography', 'punctuation-mismatch', 'whitespace', 'repeated-word', 'length-ratio'];

function loadLines(): Array<[string, string]> {
  if (!existsSync(DIR)) throw new Error(`${DIR} is missing (set BITEXT_SHARED)`);
  const out: Array<[string, string]> = [];
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.eng')).sort()) {
    const en = readFileSync(join(DIR, f), 'utf8').split('\n');
    const fr = readFileSync(join(DIR, f.replace(/\.eng$/, '.fra')), 'utf8').split('\n');
    for (let i = 0; i < Math.min(en.length, fr.length); i++) if (en[i].trim() && fr[i].trim()) out.push([en[i], fr[i]]);
  }
  return out;
}

function segment(text: string, lang: 'en' | 'fr', line: number): Segment {
  return { text, lang, place: { file: 'news.txt', line, column: 1, endLine: line, endColumn: text.length + 1 } };
}

function toInput(lines: Array<[string, string]>): InputFile {
  const pairs: Pair[] = [];
  for (let k = 0; pairs.length < TARGET; k++) {
    const [en, fr] = lines[k % lines.length];
    const orphan = k % 50 === 49;
    pairs.push({ id: `p${k + 1}`, en: segment(en, 'en', k + 1), fr: orphan ? null : segment(fr, 'fr', k + 1), method: orphan ? 'orphan' : 'parallel', score: 1 });
  }
  return { file: 'news.txt', format: 'bench', pairs };
}

function only(ids: string[]) {
  return { rules: Object.fromEntries(builtinChecks.filter((c) => !ids.includes(c.id)).map((c) => [c.id, { severity: 'off' as const }])) };
}

async function measure(lines: Array<[string, string]>, ids: string[], rounds: number): Promise<{ wall: number; cpu: number; findings: number; peakMiB: number }> {
  let best = { wall: Infinity, cpu: Infinity, findings: 0, peakMiB: 0 };
  for (let round = 0; round < rounds; round++) {
    // Fresh segments each round: the checks keep per-segment work (words, language evidence).
    const input = toInput(lines);
    globalThis.gc?.();
    const base = process.memoryUsage().rss;
    let peak = base;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const fs = await runChecks([input], only(ids));
    const wall = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    const cpu = (c.user + c.system) / 1e6;
    if (cpu < best.cpu) best = { wall, cpu, findings: fs.length, peakMiB: (peak - base) / 2 ** 20 };
  }
  return best;
}

const lines = loadLines();
const n = toInput(lines).pairs.length;
console.log(`pair checks on ${n.toLocaleString('en')} OPUS-MT pairs (news + Tatoeba, repeated; 1 in 50 without French)`);
console.log(`${'rule'.padEnd(22)} ${'pairs/s wall'.padStart(13)} ${'pairs/s CPU'.padStart(12)} ${'peak MiB'.padStart(9)} ${'findings'.padStart(9)}`);
// A warm-up run compiles the regular expressions and loads the lexicon.
await runChecks([toInput(lines.slice(0, 2000))], only(RULES));
// The runner alone (every check off), each rule alone (one round), the seven together (best of three).
for (const ids of [[], ...RULES.map((r) => [r]), RULES]) {
  const m = await measure(lines, ids, ids.length > 1 ? 3 : 1);
  const name = ids.length > 1 ? 'all seven' : ids.length === 1 ? ids[0] : 'runner only';
  console.log(`${name.padEnd(22)} ${Math.round(n / m.wall).toLocaleString('en').padStart(13)} ${Math.round(n / m.cpu).toLocaleString('en').padStart(12)} ${m.peakMiB.toFixed(0).padStart(9)} ${String(m.findings).padStart(9)}`);
}
console.log('pofilter (translate-toolkit) does about 2,100 units per CPU-second on 100k XLIFF units (STACK.md).');
