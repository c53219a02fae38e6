// The glued-words check on real EN/FR sentence pairs: the OPUS MT news test sets (33,757
// line-aligned pairs of news text, full of names, figures and compounds).
//  1. Accuracy: one pair in a hundred gets a planted glued word (the space between a function
//     word and its neighbour removed, on one side); the rest is as published. Prints how many
//     planted words are found with the right split, and the findings elsewhere per 1,000 pairs
//     (the text is edited news: nearly all of those are false alarms).
//  2. Speed: the pairs repeated to at least 100,000, checked five times; pairs per second by
//     wall clock and by CPU time, and the memory the check adds at its peak (max RSS). The same
//     on 100,000 pairs of generated agendas (bench/agenda-generator.ts, aligned first), whose
//     short items are what the tool mostly checks.
// Run: node --expose-gc --import tsx bench/glued-words.ts   (SHOW=1 lists the findings)

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Finding, Pair, Segment } from '../src/core/types.js';
import type { InputFile } from '../src/formats/index.js';
import { runChecks } from '../src/checks/run.js';
import { builtinChecks } from '../src/checks/index.js';
import { dictionary } from '../src/lang/dictionary.js';
import { FUNCTION_WORDS } from '../src/lang/splitter.js';
import { SourceDocument } from '../src/core/document.js';
import { alignMixed } from '../src/align/mixed.js';
import { agendaDocument } from './agenda-generator.js';

const SHARED = process.env.BITEXT_SHARED ?? join(import.meta.dirname, '../../shared');
const DIR = join(SHARED, 'eval/corpora/opus-mt-testsets-enfr');
const TARGET = 100_000;

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

function segment(text: string, lang: 'en' | 'fr', file: string, line: number): Segment {
  return { text, lang, place: { file, line, column: 1, endLine: line, endColumn: text.length + 1 } };
}

function toInput(lines: Array<[string, string]>): InputFile {
  const pairs: Pair[] = lines.map(([en, fr], k) => ({
    id: `p${k + 1}`,
    en: segment(en, 'en', 'news.en', k + 1),
    fr: segment(fr, 'fr', 'news.fr', k + 1),
    method: 'keyed',
    score: 1,
  }));
  return { file: 'news', format: 'bench', pairs };
}

/** A small deterministic generator, so that every run plants the same words. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Removes one space between a function word and a neighbour of at least four letters. */
function plant(text: string, lang: 'en' | 'fr', r: () => number): { text: string; glued: string } | null {
  const fw = FUNCTION_WORDS[lang];
  const spots: Array<{ at: number; glued: string }> = [];
  const re = /(?<=^|\s)(\p{L}+) (\p{L}+)(?=[\s,.;:]|$)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const [, a, b] = m;
    if ((fw.has(a.toLowerCase()) && b.length >= 4 && b === b.toLowerCase()) || (fw.has(b.toLowerCase()) && a.length >= 4 && a === a.toLowerCase())) {
      spots.push({ at: m.index + a.length, glued: a + b });
    }
    re.lastIndex = m.index + a.length + 1;
  }
  if (spots.length === 0) return null;
  const s = spots[Math.floor(r() * spots.length)];
  return { text: text.slice(0, s.at) + text.slice(s.at + 1), glued: s.glued };
}

function gluedOnly() {
  const rules: Record<string, { severity: 'off' }> = {};
  for (const c of builtinChecks) if (c.id !== 'glued-words') rules[c.id] = { severity: 'off' };
  return { rules };
}

const lines = loadLines();
const settings = gluedOnly();
const mode = process.argv[2];

function agendaInput(): InputFile {
  const doc = new SourceDocument('agendas.txt', agendaDocument(200_000));
  return { file: 'agendas.txt', format: 'text', document: doc, pairs: alignMixed(doc) };
}

function newsInput(): InputFile {
  const many: Array<[string, string]> = [];
  while (many.length < TARGET) many.push(...lines);
  return toInput(many);
}

if (mode === 'memory') {
  // Run in a fresh process by the speed section: the high-water mark before and after one check.
  const input = process.argv[3] === 'news' ? newsInput() : agendaInput();
  dictionary('en');
  dictionary('fr');
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.resourceUsage().maxRSS / 1024;
  await runChecks([input], settings);
  const after = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ before, after }));
  process.exit(0);
}
{
  const t0 = performance.now();
  dictionary('en');
  dictionary('fr');
  console.log(`word lists loaded in ${(performance.now() - t0).toFixed(0)} ms (once per process, when the rule runs)`);
}

// 1. Accuracy on the unique pairs with planted words.
{
  const r = rng(42);
  const planted = new Map<string, { side: 'en' | 'fr'; glued: string }>();
  const edited = lines.map(([en, fr], k): [string, string] => {
    if (r() >= 0.01) return [en, fr];
    const side = r() < 0.5 ? 'en' : 'fr';
    const p = plant(side === 'en' ? en : fr, side, r);
    if (!p) return [en, fr];
    planted.set(`p${k + 1}`, { side, glued: p.glued });
    return side === 'en' ? [p.text, fr] : [en, p.text];
  });
  const found: Finding[] = await runChecks([toInput(edited)], settings);
  let hits = 0;
  const others: Finding[] = [];
  for (const f of found) {
    const p = planted.get(f.pair!);
    if (p && f[p.side]?.text === p.glued) hits++;
    else others.push(f);
  }
  const glued = others.filter((f) => f.severity === 'error');
  if (process.env.SHOW) {
    const hit = new Set(found.map((f) => `${f.pair}:${f.en?.text ?? f.fr?.text}`));
    for (const [id, p] of planted) if (!hit.has(`${id}:${p.glued}`)) console.log(`    missed ${p.side} ${p.glued}`);
  }
  console.log(`accuracy: ${lines.length} news pairs (OPUS MT test sets), ${planted.size} planted glued words`);
  console.log(`  planted words found: ${hits} of ${planted.size} (${((100 * hits) / planted.size).toFixed(1)} %)`);
  console.log(`  other findings: ${others.length} (${((1000 * others.length) / lines.length).toFixed(2)} per 1,000 pairs), of which glued-word errors ${glued.length}, variant warnings ${others.length - glued.length}`);
  if (process.env.SHOW) for (const f of others) console.log(`    ${f.severity} ${f.en?.text ?? ''}${f.fr?.text ?? ''} → ${f.suggestion} (${f.message})`);
}

// 2. Speed on at least 100,000 pairs.
async function speed(name: string, which: string, input: InputFile): Promise<void> {
  const n = input.pairs.length;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 5; k++) {
    const w0 = performance.now();
    const c0 = process.cpuUsage();
    await runChecks([input], settings);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
    wall.push((performance.now() - w0) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  let words = 0;
  for (const p of input.pairs) words += (p.en?.text.split(/\s+/).length ?? 0) + (p.fr?.text.split(/\s+/).length ?? 0);
  const rate = (s: number) => Math.round(n / s).toLocaleString('en-US');
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'memory', which], { encoding: 'utf8' });
  const mem = JSON.parse(out.trim().split('\n').pop()!) as { before: number; after: number };
  console.log(`speed, ${name}: ${n.toLocaleString('en-US')} pairs, ${(words / n).toFixed(1)} words a pair`);
  console.log(`  cpu:  best ${rate(cpu[0])} pairs/s, median ${rate(cpu[2])} pairs/s (of five runs)`);
  console.log(`  wall: best ${rate(wall[0])} pairs/s, median ${rate(wall[2])} pairs/s`);
  console.log(`  memory (fresh process): max RSS ${mem.before.toFixed(0)} MiB with the pairs and word lists loaded, ${mem.after.toFixed(0)} MiB after one check (+${(mem.after - mem.before).toFixed(0)} MiB)`);
}

await speed('generated agendas', 'agendas', agendaInput());
await speed('news sentences', 'news', newsInput());
