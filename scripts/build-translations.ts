// Builds rules/translations/en-fr.tsv: English/French word translations that the sentence aligner
// (src/align/base-lexicon.ts) uses beside the lexicon it learns from each document. A short page
// has too few sentences to learn `reading` ~ `lecture` from; a pair of general words known in
// advance lets the aligner pair a French sentence with the English one it translates even when no
// name, number or cognate is shared.
//
// Learned with IBM Model 1 (Brown et al. 1993) in both directions, from translations whose
// licences allow redistributing derived data: Tatoeba (CC BY 2.0 FR), TICO-19 (CC0), and the
// COVID Alert portal, Tracker and Open Canada CKAN PO catalogues and the GC Notify CSV (MIT).
// Left out on purpose: the Canadian Digital Service pages, the bilingual READMEs and the other
// mixed and Markdown documents, on which the aligner and the checks are measured, and the COVID
// Alert app and VAC JSON files (held out for language identification, scripts/build-lexicon.ts).
//
// A pair is kept when each word is among the likeliest translations of the other (both
// directions of the model), the two were seen together often enough, and neither is the same
// word or a cognate (the aligner matches those already).
//
// Run: npx tsx scripts/build-translations.ts [path/to/shared]   (about 40 s)

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readInputs } from '../src/formats/index.js';
import { readParallelInputs } from '../src/align/parallel-inputs.js';
import { fold } from '../src/align/parallel-features.js';

const shared = resolve(process.argv[2] ?? '../shared');
const corpus = join(shared, 'corpus');

const sentences: Array<[string, string]> = [];

// Tatoeba: line k of the English file translates line k of the French one.
{
  const dir = join(shared, 'eval/corpora/opus-mt-testsets-enfr');
  const en = readFileSync(join(dir, 'tatoeba-test-v2021-08-07.eng'), 'utf8').split('\n');
  const fr = readFileSync(join(dir, 'tatoeba-test-v2021-08-07.fra'), 'utf8').split('\n');
  for (let k = 0; k < Math.min(en.length, fr.length); k++) if (en[k].trim() && fr[k].trim()) sentences.push([en[k], fr[k]]);
}

// Files whose units are paired already, read as bitext reads them.
const single = ['tico19-tmx-en-fr/all.en-fr.tmx', 'covid-alert-portal-django-po/django-fr.po', 'gc-notify-admin-csv/fr.csv', 'open-canada-ckan-yaml/ckanext-canada.fr.po'];
for (const f of single) {
  for (const input of await readInputs([join(corpus, f)])) for (const p of input.pairs) if (p.en && p.fr) sentences.push([p.en.text, p.fr.text]);
}
for (const [a, b] of [['tracker-lingui-po/frontend-en.po', 'tracker-lingui-po/frontend-fr.po'], ['tracker-lingui-po/api-en.po', 'tracker-lingui-po/api-fr.po']]) {
  for (const input of await readParallelInputs([join(corpus, a), join(corpus, b)])) for (const p of input.pairs) if (p.en && p.fr) sentences.push([p.en.text, p.fr.text]);
}

// Words as the aligner's tokens are (parallel-features.ts): letters, lower-cased; no digits.
const WORD = /[\p{L}\p{M}]+/gu;
const vocab = { en: new Map<string, number>(), fr: new Map<string, number>() };
const words = { en: [] as string[], fr: [] as string[] };
function idOf(lang: 'en' | 'fr', w: string): number {
  let id = vocab[lang].get(w);
  if (id === undefined) {
    id = words[lang].length;
    vocab[lang].set(w, id);
    words[lang].push(w);
  }
  return id;
}
const tokens = (lang: 'en' | 'fr', text: string): number[] => (text.toLowerCase().match(WORD) ?? []).map((w) => idOf(lang, w));
const corpusPairs = sentences.map(([e, f]) => [tokens('en', e), tokens('fr', f)] as const).filter(([e, f]) => e.length && f.length && e.length <= 80 && f.length <= 80);
console.error(`${corpusPairs.length} sentence pairs, ${words.en.length} English and ${words.fr.length} French words`);

const NF = words.fr.length + 1;
const key = (e: number, f: number): number => e * NF + f;

/** Sentences in which each pair of words occurs together. */
const together = new Map<number, number>();
for (const [es, fs] of corpusPairs) {
  const seen = new Set<number>();
  for (const e of es) for (const f of fs) seen.add(key(e, f));
  for (const k of seen) together.set(k, (together.get(k) ?? 0) + 1);
}

/** IBM Model 1, t(target | source), with a null source word (id −1), EM for `rounds` rounds. */
function model1(pairs: ReadonlyArray<readonly [number[], number[]]>, rounds: number): Map<number, number> {
  const t = new Map<number, number>();
  const k2 = (s: number, g: number): number => (s + 1) * NF * 4 + g;
  const uniform = 1 / 1000;
  for (let r = 0; r < rounds; r++) {
    const counts = new Map<number, number>();
    const totals = new Map<number, number>();
    for (const [src, tgt] of pairs) {
      const srcWithNull = [-1, ...src];
      for (const g of tgt) {
        let z = 0;
        for (const s of srcWithNull) z += t.get(k2(s, g)) ?? uniform;
        for (const s of srcWithNull) {
          const c = (t.get(k2(s, g)) ?? uniform) / z;
          counts.set(k2(s, g), (counts.get(k2(s, g)) ?? 0) + c);
          totals.set(s, (totals.get(s) ?? 0) + c);
        }
      }
    }
    t.clear();
    for (const [k, c] of counts) {
      const s = Math.floor(k / (NF * 4)) - 1;
      t.set(k, c / totals.get(s)!);
    }
  }
  return t;
}

const ROUNDS = 6;
const tFgivenE = model1(corpusPairs, ROUNDS);
const tEgivenF = model1(
  corpusPairs.map(([e, f]) => [f, e] as const),
  ROUNDS,
);
const k2 = (s: number, g: number): number => (s + 1) * NF * 4 + g;

/**
 * The most frequent words of each language are left out: function words (`the` ~ `le`, `of` ~
 * `de`) occur in nearly every sentence, and as keys they made the aligner's estimate of how
 * often a word finds its partner worse (TransRead F1 0.916 → 0.908 with them, 0.920 without).
 */
const FREQUENT = 200;
function frequent(lang: 0 | 1): Set<number> {
  const n = new Map<number, number>();
  for (const p of corpusPairs) for (const w of p[lang]) n.set(w, (n.get(w) ?? 0) + 1);
  return new Set([...n].sort((a, b) => b[1] - a[1]).slice(0, FREQUENT).map(([w]) => w));
}
const frequentEn = frequent(0);
const frequentFr = frequent(1);

/** Pairs seen together at least this often. */
const MIN_TOGETHER = 3;
/** Each word must give the other at least this probability. */
const MIN_T = 0.15;

const kept: Array<[string, string, number]> = [];
for (const [k, n] of together) {
  if (n < MIN_TOGETHER) continue;
  const e = Math.floor(k / NF);
  const f = k % NF;
  const pf = tFgivenE.get(k2(e, f)) ?? 0;
  const pe = tEgivenF.get(k2(f, e)) ?? 0;
  if (pf < MIN_T || pe < MIN_T) continue;
  if (frequentEn.has(e) || frequentFr.has(f)) continue;
  const we = words.en[e];
  const wf = words.fr[f];
  const fe = fold(we);
  const ff = fold(wf);
  // The same word, or the same first four letters: the aligner's own keys find those.
  if (fe === ff || (fe.length >= 5 && ff.length >= 5 && fe.slice(0, 4) === ff.slice(0, 4))) continue;
  kept.push([we, wf, Math.sqrt(pf * pe)]);
}
kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
const out = join(resolve(import.meta.dirname, '..'), 'rules/translations');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'en-fr.tsv'),
  `# English\tFrench\tstrength (geometric mean of both directions' translation probabilities): scripts/build-translations.ts\n` +
    kept.map(([e, f, s]) => `${e}\t${f}\t${s.toFixed(2)}`).join('\n') +
    '\n',
);
console.error(`${kept.length} pairs written to rules/translations/en-fr.tsv`);
