// Language identification accuracy on short strings, side by side with franc alone.
// Held-out data (not used to build rules/lang/lexicon.tsv): the COVID Alert app's en.json /
// fr.json values and the VAC benefits directory's EN/FR fields (../shared/corpus), and the
// segments of the seed agendas (their languages are fixed by test/align/seed.test.ts).
// Run: npx tsx bench/lang-accuracy.ts [path/to/shared]

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { franc } from 'franc';
import { identify, scoreText, decidePair } from '../src/lang/identify.js';
import { readDocument } from '../src/core/document.js';
import { alignMixed } from '../src/align/mixed.js';

const shared = resolve(process.argv[2] ?? '../shared');

/** Strings worth classifying: letters, no URLs or placeholders only. */
function usable(s: string): boolean {
  const t = s.replace(/\{[^}]*\}|https?:\/\/\S+|\*\*/g, ' ').trim();
  return /\p{L}{2,}/u.test(t) && t.length >= 2;
}

type Sample = { text: string; lang: 'en' | 'fr'; partner?: string };
const samples: Sample[] = [];

// COVID Alert app: same keys in both files.
{
  const en = JSON.parse(readFileSync(join(shared, 'corpus/covid-alert-app-json/en.json'), 'utf8'));
  const fr = JSON.parse(readFileSync(join(shared, 'corpus/covid-alert-app-json/fr.json'), 'utf8'));
  const flat = (o: Record<string, unknown>, p = '', m = new Map<string, string>()): Map<string, string> => {
    for (const [k, v] of Object.entries(o)) {
      if (v && typeof v === 'object') flat(v as Record<string, unknown>, `${p}${k}.`, m);
      else if (typeof v === 'string') m.set(p + k, v);
    }
    return m;
  };
  const E = flat(en);
  const F = flat(fr);
  for (const [k, e] of E) {
    const f = F.get(k);
    if (!f || e === f || !usable(e) || !usable(f)) continue;
    samples.push({ text: e, lang: 'en', partner: f }, { text: f, lang: 'fr', partner: e });
  }
}
// VAC benefits directory: field pairs xxxEn/xxxFr, English/French, *_english/*_french.
{
  const data = JSON.parse(readFileSync(join(shared, 'corpus/vac-benefits-directory-json/data.json'), 'utf8'));
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      for (const [k, v] of Object.entries(o)) {
        const m = /^(.*?)(En|English|_english|english)$/.exec(k);
        if (!m || typeof v !== 'string') continue;
        for (const fk of [`${m[1]}Fr`, `${m[1]}French`, `${m[1]}_french`, `${m[1]}french`]) {
          const f = o[fk];
          if (typeof f === 'string' && f !== v && usable(v) && usable(f) && !/^https?:/.test(v)) samples.push({ text: v, lang: 'en', partner: f }, { text: f, lang: 'fr', partner: v });
        }
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(data);
}

function report(name: string, set: Sample[]): void {
  const franc1 = (s: string): string => {
    const f = franc(s, { only: ['eng', 'fra'], minLength: 1 });
    return f === 'eng' ? 'en' : f === 'fra' ? 'fr' : 'und';
  };
  let ours = 0;
  let oursUnd = 0;
  let fr = 0;
  let paired = 0;
  let pairable = 0;
  for (const s of set) {
    const l = identify(s.text);
    if (l === s.lang) ours++;
    if (l === 'und') oursUnd++;
    if (franc1(s.text) === s.lang) fr++;
    if (s.partner !== undefined) {
      pairable++;
      const d = decidePair(scoreText(s.text), scoreText(s.partner));
      // Decided within the pair; when the pair does not read as two languages, fall back to the segment alone.
      const lang = d ? d.a : l;
      if (lang === s.lang) paired++;
    }
  }
  const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');
  console.log(`| ${name} | ${set.length} | ${pct(fr, set.length)} | ${pct(ours, set.length)} (${pct(oursUnd, set.length)} und) | ${pct(paired, pairable)} |`);
}

console.log('## Language identification: short strings (held out from the lexicon)\n');
console.log('| set | strings | franc (eng/fra only) | bitext identify() alone | bitext, decided within the EN/FR pair |');
console.log('|---|---:|---:|---:|---:|');
const short = samples.filter((s) => s.text.length < 50);
report('corpus strings < 50 chars', short);
report('corpus strings < 20 chars', samples.filter((s) => s.text.length < 20));
report('corpus strings ≥ 50 chars', samples.filter((s) => s.text.length >= 50));

// The seed's aligned segments (languages checked by the alignment tests).
const seed = alignMixed(readDocument('test/fixtures/align/seed-agendas.txt'));
const seedSamples: Sample[] = [];
for (const p of seed) {
  if (p.method === 'shared') continue;
  if (p.en) seedSamples.push({ text: p.en.text, lang: 'en', partner: p.fr?.text });
  if (p.fr) seedSamples.push({ text: p.fr.text, lang: 'fr', partner: p.en?.text });
}
report('seed segments (all)', seedSamples);
report('seed segments < 50 chars', seedSamples.filter((s) => s.text.length < 50));
console.log('\n"und" answers count as wrong. Within a pair, the side with more French evidence is French when the two sides differ enough (decidePair).');
