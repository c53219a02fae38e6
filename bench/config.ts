// The configurable rules, measured:
//  1. a catastrophic user pattern, `(a+)+$`, against lines of a's ending in b: on RE2 (what user
//     patterns run on) the time grows with the line; on JavaScript's backtracking RegExp it
//     doubles with each added character (shown up to 24 characters only);
//  2. loading a configuration with the presets fr-CA, gc-terms and atip (YAML, the glossary of
//     110 terms, the RE2 patterns);
//  3. the glossary and the preset rules (glossary, fr/*, atip/*) on the OPUS-MT pairs (news and
//     Tatoeba, repeated to 100,000 pairs): pairs per second, by wall clock and CPU time.
// Run: npx tsx bench/config.ts

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePattern } from '../src/config/pattern.js';
import { loadConfig } from '../src/config/load.js';
import { checkSettings } from '../src/config/settings.js';
import { runChecks } from '../src/checks/run.js';
import { builtinChecks } from '../src/checks/index.js';
import type { Pair, Segment } from '../src/core/types.js';
import type { InputFile } from '../src/formats/index.js';

const SHARED = process.env.BITEXT_SHARED ?? join(import.meta.dirname, '../../shared');
const where = { file: 'bench', line: 1, column: 1 };

function ms(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

// 1. Catastrophic pattern.
console.log("1. pattern '(a+)+$' on 'aaa…ab' (no match: the worst case for backtracking)");
const re2 = compilePattern('(a+)+$', { word: false }, where);
re2.matchAll('warm up');
console.log(`${'engine'.padEnd(22)} ${'line length'.padStart(12)} ${'time'.padStart(12)}`);
for (const n of [1_000, 10_000, 100_000, 1_000_000]) {
  const line = 'a'.repeat(n) + 'b';
  const t = Math.min(ms(() => re2.matchAll(line)), ms(() => re2.matchAll(line)));
  console.log(`${'RE2 (re2-wasm)'.padEnd(22)} ${n.toLocaleString('en').padStart(12)} ${`${t.toFixed(1)} ms`.padStart(12)}`);
}
const js = /(a+)+$/;
for (const n of [16, 18, 20, 22, 24]) {
  const line = 'a'.repeat(n) + 'b';
  const t = ms(() => js.test(line));
  console.log(`${'JavaScript RegExp'.padEnd(22)} ${n.toLocaleString('en').padStart(12)} ${`${t.toFixed(1)} ms`.padStart(12)}`);
}

// 2. Loading the configuration.
const dir = mkdtempSync(join(tmpdir(), 'bitext-bench-config-'));
writeFileSync(join(dir, 'bitext.config.yaml'), 'extends: [fr-CA, gc-terms, atip]\n');
const first = ms(() => loadConfig({ cwd: dir }));
const again: number[] = [];
for (let i = 0; i < 5; i++) again.push(ms(() => loadConfig({ cwd: dir })));
again.sort((a, b) => a - b);
console.log(`\n2. loadConfig, extends [fr-CA, gc-terms, atip]: first ${first.toFixed(0)} ms (RE2 start included), then ${again[2].toFixed(1)} ms (median of 5)`);

// 3. Throughput on pairs.
function loadLines(): Array<[string, string]> {
  const d = join(SHARED, 'eval/corpora/opus-mt-testsets-enfr');
  if (!existsSync(d)) throw new Error(`${d} is missing (set BITEXT_SHARED)`);
  const out: Array<[string, string]> = [];
  for (const f of readdirSync(d).filter((x) => x.endsWith('.eng')).sort()) {
    const en = readFileSync(join(d, f), 'utf8').split('\n');
    const fr = readFileSync(join(d, f.replace(/\.eng$/, '.fra')), 'utf8').split('\n');
    for (let i = 0; i < Math.min(en.length, fr.length); i++) if (en[i].trim() && fr[i].trim()) out.push([en[i], fr[i]]);
  }
  return out;
}
const seg = (text: string, lang: 'en' | 'fr', line: number): Segment => ({ text, lang, place: { file: 'news.txt', line, column: 1, endLine: line, endColumn: text.length + 1 } });
const lines = loadLines();
const pairs: Pair[] = [];
for (let k = 0; pairs.length < 100_000; k++) {
  const [en, fr] = lines[k % lines.length];
  pairs.push({ id: `p${k + 1}`, en: seg(en, 'en', k + 1), fr: seg(fr, 'fr', k + 1), method: 'parallel', score: 1 });
}
const input: InputFile = { file: 'news.txt', format: 'bench', pairs };
const cfg = loadConfig({ cwd: dir });
const settings = checkSettings(cfg, dir);
for (const c of builtinChecks) if (c.id !== 'glossary') settings.rules = { ...settings.rules, [c.id]: { severity: 'off' } };
await runChecks([{ ...input, pairs: pairs.slice(0, 2000) }], settings);
let best = { wall: Infinity, cpu: Infinity, findings: 0 };
for (let r = 0; r < 3; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const found = await runChecks([input], settings);
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  if (cpu < best.cpu) best = { wall, cpu, findings: found.length };
}
const rules = ['glossary', ...cfg.userRules.map((u) => u.id)];
console.log(`\n3. ${rules.join(', ')} on ${pairs.length.toLocaleString('en')} OPUS-MT pairs`);
console.log(`   ${Math.round(pairs.length / best.wall).toLocaleString('en')} pairs/s wall, ${Math.round(pairs.length / best.cpu).toLocaleString('en')} pairs/s CPU, ${best.findings} findings`);
rmSync(dir, { recursive: true, force: true });
