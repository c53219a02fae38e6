// Measures how often the pair checks fire on real, professionally translated EN/FR pairs, where
// nearly every finding of untranslated, length-ratio, punctuation-mismatch and repeated-word is a
// false positive: TICO-19 (../shared/corpus/tico19-tmx-en-fr, CC0) and the OPUS-MT test sets
// (../shared/eval/corpora/opus-mt-testsets-enfr: WMT news 2008–2015 and Tatoeba).
//
// Run: npx tsx scripts/measure-checks.ts [path/to/shared] [--rules id,id] [--show N] [--lengths out.tsv]
// Prints, per corpus and rule, the findings per 1,000 pairs by severity and N examples of each.

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Pair, Segment } from '../src/core/types.js';
import { runChecks } from '../src/checks/run.js';
import { builtinChecks } from '../src/checks/index.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const shared = resolve(args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? '../shared');
const only = opt('--rules')?.split(',');
const show = Number(opt('--show') ?? 3);
const lengthsOut = opt('--lengths');

function seg(text: string, lang: 'en' | 'fr', file: string, line: number): Segment {
  return { text, lang, place: { file, line, column: 1, endLine: line, endColumn: text.length + 1 } };
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');
}

function tmxPairs(file: string): Pair[] {
  const xml = readFileSync(file, 'utf8');
  const out: Pair[] = [];
  const tu = /<tu[\s>][\s\S]*?<\/tu>/g;
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = tu.exec(xml)) !== null) {
    const en = /xml:lang="en[^"]*">\s*<seg>([\s\S]*?)<\/seg>/.exec(m[0])?.[1];
    const fr = /xml:lang="fr[^"]*">\s*<seg>([\s\S]*?)<\/seg>/.exec(m[0])?.[1];
    k++;
    if (en === undefined || fr === undefined) continue;
    out.push({ id: `t${k}`, en: seg(unescapeXml(en), 'en', file, k), fr: seg(unescapeXml(fr), 'fr', file, k), method: 'keyed', score: 1 });
  }
  return out;
}

function lineFilePairs(dir: string, stem: string): Pair[] {
  const en = readFileSync(join(dir, `${stem}.eng`), 'utf8').split('\n');
  const fr = readFileSync(join(dir, `${stem}.fra`), 'utf8').split('\n');
  const out: Pair[] = [];
  for (let i = 0; i < Math.min(en.length, fr.length); i++) {
    if (!en[i].trim() || !fr[i].trim()) continue;
    out.push({ id: `${stem}:${i + 1}`, en: seg(en[i], 'en', `${stem}.eng`, i + 1), fr: seg(fr[i], 'fr', `${stem}.fra`, i + 1), method: 'parallel', score: 1 });
  }
  return out;
}

const corpora: Array<{ name: string; pairs: Pair[] }> = [];
const tico = join(shared, 'corpus/tico19-tmx-en-fr/all.en-fr.tmx');
if (existsSync(tico)) corpora.push({ name: 'tico19', pairs: tmxPairs(tico) });
const opus = join(shared, 'eval/corpora/opus-mt-testsets-enfr');
if (existsSync(opus)) {
  const stems = readdirSync(opus).filter((f) => f.endsWith('.eng')).map((f) => f.slice(0, -4));
  corpora.push({ name: 'opus-news', pairs: stems.filter((s) => !s.startsWith('tatoeba')).flatMap((s) => lineFilePairs(opus, s)) });
  corpora.push({ name: 'opus-tatoeba', pairs: stems.filter((s) => s.startsWith('tatoeba')).flatMap((s) => lineFilePairs(opus, s)) });
}
if (corpora.length === 0) {
  console.error(`no corpora under ${shared}`);
  process.exit(2);
}

if (lengthsOut) {
  const rows = ['corpus\ten\tfr'];
  for (const c of corpora) for (const p of c.pairs) rows.push(`${c.name}\t${p.en!.text.length}\t${p.fr!.text.length}`);
  writeFileSync(lengthsOut, rows.join('\n') + '\n');
}

const ids = (only ?? builtinChecks.map((c) => c.id)).filter((id) => builtinChecks.some((c) => c.id === id));
const rules = Object.fromEntries(builtinChecks.filter((c) => !ids.includes(c.id)).map((c) => [c.id, { severity: 'off' as const }]));
for (const c of corpora) {
  const findings = await runChecks([{ file: c.name, format: 'tmx', pairs: c.pairs }], { rules });
  const byPair = new Map(c.pairs.map((p) => [p.id, p]));
  console.log(`\n${c.name}: ${c.pairs.length} pairs`);
  for (const id of ids) {
    const fs = findings.filter((f) => f.rule === id);
    const n = (s: string) => fs.filter((f) => f.severity === s).length;
    const per = (k: number) => ((1000 * k) / c.pairs.length).toFixed(1);
    console.log(`  ${id.padEnd(22)} errors ${per(n('error')).padStart(6)}‰  warnings ${per(n('warning')).padStart(6)}‰  infos ${per(n('info')).padStart(6)}‰  (${fs.length})`);
    for (const f of fs.filter((x) => x.severity !== 'info').slice(0, show)) {
      const p = byPair.get(f.pair!)!;
      console.log(`      ${f.severity}: ${f.message}\n        EN ${p.en!.text.slice(0, 150)}\n        FR ${p.fr!.text.slice(0, 150)}`);
    }
  }
}
