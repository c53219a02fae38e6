// Throughput of the value checks (time-mismatch, date-mismatch, weekday-mismatch,
// number-mismatch, timezone) on 100,000 real EN/FR pairs: the OPUS MT test sets (WMT news and
// Tatoeba, line-aligned), TICO-19 and the ECCC city-page weather pairs, repeated to 100k.
// Two figures: the checks alone, on values extracted beforehand (what they add to a run, where
// the runner extracts the values of a pair once for every check), and the checks through the
// runner including that extraction. Peak memory is the process's maximum resident set.
// Run: npx tsx bench/value-checks.ts [pairs]

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Pair, Segment } from '../src/core/types.js';
import { extractValues, type Value } from '../src/lang/values.js';
import { runChecks } from '../src/checks/run.js';
import { builtinChecks } from '../src/checks/index.js';
import { loadProfile } from '../src/config/profile.js';
import type { Check } from '../src/checks/types.js';

const SHARED = process.env.BITEXT_SHARED ?? '/work/shared';
const TARGET = Number(process.argv[2] ?? 100_000);
const IDS = ['time-mismatch', 'date-mismatch', 'weekday-mismatch', 'number-mismatch', 'timezone'];

function seg(text: string, lang: 'en' | 'fr', file: string, line: number): Segment {
  return { text, lang, place: { file, line, column: 1, endLine: line, endColumn: text.length + 1 } };
}

function load(): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  const opus = join(SHARED, 'eval/corpora/opus-mt-testsets-enfr');
  if (existsSync(opus)) {
    for (const f of readdirSync(opus).sort()) {
      if (!f.endsWith('.eng')) continue;
      const en = readFileSync(join(opus, f), 'utf8').split('\n');
      const fr = readFileSync(join(opus, f.replace(/\.eng$/, '.fra')), 'utf8').split('\n');
      for (let i = 0; i < Math.min(en.length, fr.length); i++) if (en[i] && fr[i]) rows.push([en[i], fr[i]]);
    }
  }
  const tico = join(SHARED, 'corpus/tico19-tmx-en-fr/all.en-fr.tmx');
  if (existsSync(tico)) {
    const xml = readFileSync(tico, 'utf8');
    for (const m of xml.matchAll(/<tuv xml:lang="en">\s*<seg>([\s\S]*?)<\/seg>[\s\S]*?<tuv xml:lang="fr"><seg>([\s\S]*?)<\/seg>/g)) rows.push([m[1], m[2]]);
  }
  const eccc = join(SHARED, 'corpus/eccc-citypage-weather-xml/xml');
  if (existsSync(eccc)) {
    for (const f of readdirSync(eccc).filter((n) => n.endsWith('_e.xml'))) {
      const leaves = (file: string) => [...readFileSync(join(eccc, file), 'latin1').matchAll(/>([^<>]*[A-Za-z][^<>]*)</g)].map((m) => m[1].trim());
      const en = leaves(f);
      const fr = leaves(f.replace('_e.xml', '_f.xml'));
      for (let i = 0; i < Math.min(en.length, fr.length); i++) rows.push([en[i], fr[i]]);
    }
  }
  if (rows.length === 0) rows.push(['September 12, 2011 – 2:00 pm-4:00pm EST', 'Le 12 septembre 2011 – 14h00-16h00 HSE']);
  return rows;
}

const rows = load();
const pairs: Pair[] = [];
for (let k = 0; pairs.length < TARGET; k++) {
  const [en, fr] = rows[k % rows.length];
  const line = pairs.length + 1;
  pairs.push({ id: `p${line}`, en: seg(en, 'en', 'bench.txt', line), fr: seg(fr, 'fr', 'bench.txt', line), method: 'keyed', score: 1 });
}
const checks = builtinChecks.filter((c) => IDS.includes(c.id));
const profile = loadProfile('fr-CA');

/** The per-pair checks alone, on values extracted beforehand. */
function checksOnly(values: Array<{ en: Value[]; fr: Value[] }>): number {
  let n = 0;
  for (let i = 0; i < pairs.length; i++) {
    for (const c of checks as Check[]) {
      c.check?.({ pair: pairs[i], values: values[i], options: c.options ?? {}, profile, report: () => n++ });
    }
  }
  return n;
}

function best(times: number[]): number {
  return Math.min(...times);
}

// Through the runner first, so that the peak memory measured after it is that of a run.
const rules = Object.fromEntries(builtinChecks.filter((c) => !IDS.includes(c.id)).map((c) => [c.id, { severity: 'off' as const }]));
const input = [{ file: 'bench.txt', format: 'text', pairs }];
const runner: number[] = [];
let findings = 0;
for (let r = 0; r < 3; r++) {
  const c0 = process.cpuUsage();
  findings = (await runChecks(input, { rules, directives: false })).length;
  const c = process.cpuUsage(c0);
  runner.push((c.user + c.system) / 1e6);
}
const runPeak = process.resourceUsage().maxRSS / 1024;

const values = pairs.map((p) => ({ en: extractValues(p.en!.text, 'en'), fr: extractValues(p.fr!.text, 'fr') }));
checksOnly(values); // warm up
const alone: number[] = [];
let reported = 0;
for (let r = 0; r < 5; r++) {
  const c0 = process.cpuUsage();
  reported = checksOnly(values);
  const c = process.cpuUsage(c0);
  alone.push((c.user + c.system) / 1e6);
}
const rate = (s: number) => Math.round(pairs.length / s).toLocaleString('en-CA');
console.log(`value checks on ${pairs.length.toLocaleString('en-CA')} pairs (${rows.length.toLocaleString('en-CA')} distinct: OPUS MT test sets, TICO-19, ECCC weather)`);
console.log(`  through the runner, values extracted: ${rate(best(runner))} pairs per CPU-second, ${findings} findings, peak memory ${runPeak.toFixed(0)} MiB`);
console.log(`  the checks alone, on values given:   ${rate(best(alone))} pairs per CPU-second, ${reported} reports`);
