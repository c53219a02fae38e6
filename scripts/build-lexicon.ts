// Builds rules/lang/lexicon.tsv, the statistics behind language identification:
//  - word log-odds P(w|fr)/P(w|en) from real EN/FR translations whose licences allow
//    redistribution of derived data, all under ../shared/corpus: TICO-19 (CC0), the Canadian
//    Digital Service website pages, the COVID Alert portal and Tracker PO catalogues, the GC Notify
//    CSV and the Open Canada CKAN schemas (MIT). The COVID Alert app and VAC benefits JSON files
//    are left out on purpose: they are the held-out set for measuring accuracy;
//  - a curated list of one-language words of government documents (rules/lang/curated-words.json);
//  - character n-gram log-odds from the expanded Hunspell dictionaries (dictionary-fr,
//    dictionary-en-ca), which give a score to words no corpus has seen.
// Run: npx tsx scripts/build-lexicon.ts [path/to/shared]   (takes ~20 s and ~1 GB: nspell expands
// the French dictionary to three million forms).

import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SaxesParser } from 'saxes';
import { po } from 'gettext-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import nspell from 'nspell';
import dictFr from 'dictionary-fr';
import dictEn from 'dictionary-en-ca';
import { wordTokens } from '../src/lang/tokens.js';

const shared = resolve(process.argv[2] ?? '../shared');
const counts = { en: new Map<string, number>(), fr: new Map<string, number>() };
const totals = { en: 0, fr: 0 };

function count(lang: 'en' | 'fr', text: string): void {
  for (const t of wordTokens(text)) {
    if (/\d/.test(t.norm)) continue;
    counts[lang].set(t.norm, (counts[lang].get(t.norm) ?? 0) + 1);
    totals[lang]++;
  }
}

// TICO-19 TMX: <tuv xml:lang="en|fr"><seg>…</seg></tuv>
{
  const xml = readFileSync(join(shared, 'corpus/tico19-tmx-en-fr/all.en-fr.tmx'), 'utf8');
  const p = new SaxesParser();
  let lang: 'en' | 'fr' | null = null;
  let inSeg = false;
  let buf = '';
  p.on('opentag', (t) => {
    if (t.name === 'tuv') {
      const l = String(t.attributes['xml:lang'] ?? '').slice(0, 2).toLowerCase();
      lang = l === 'en' || l === 'fr' ? l : null;
    } else if (t.name === 'seg') {
      inSeg = true;
      buf = '';
    }
  });
  p.on('text', (s) => {
    if (inSeg) buf += s;
  });
  p.on('closetag', (t) => {
    if (t.name === 'seg') {
      inSeg = false;
      if (lang) count(lang, buf);
    }
  });
  p.write(xml).close();
}

// CDS website pages: pairs/<key>.en.md / <key>.fr.md, without front matter, links and code.
{
  const dir = join(shared, 'corpus/cds-website-md-pairs/pairs');
  for (const f of readdirSync(dir)) {
    const m = /\.(en|fr)\.(md|html)$/.exec(f);
    if (!m) continue;
    let text = readFileSync(join(dir, f), 'utf8');
    text = text.replace(/^---[\s\S]*?\n---\n/, '');
    text = text.replace(/```[\s\S]*?```/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, ' ');
    count(m[1] as 'en' | 'fr', text);
  }
}

// PO catalogues: msgid is English, msgstr French.
function countPo(file: string): void {
  const cat = po.parse(readFileSync(file));
  for (const ctx of Object.values(cat.translations)) {
    for (const [id, entry] of Object.entries(ctx)) {
      if (!id || !entry.msgstr?.[0]) continue;
      count('en', id);
      count('fr', entry.msgstr.join(' '));
    }
  }
}
countPo(join(shared, 'corpus/covid-alert-portal-django-po/django-fr.po'));
countPo(join(shared, 'corpus/tracker-lingui-po/frontend-fr.po'));
countPo(join(shared, 'corpus/tracker-lingui-po/api-fr.po'));
countPo(join(shared, 'corpus/open-canada-ckan-yaml/ckanext-canada.fr.po'));

// GC Notify: "source","target" rows.
{
  const rows = parseCsv(readFileSync(join(shared, 'corpus/gc-notify-admin-csv/fr.csv')), { relax_column_count: true }) as string[][];
  for (const r of rows.slice(1)) {
    if (r[0] && r[1]) {
      count('en', r[0]);
      count('fr', r[1]);
    }
  }
}

// CKAN schemas: objects with `en` and `fr` string fields anywhere in the tree.
function walkYaml(node: unknown): void {
  if (Array.isArray(node)) node.forEach(walkYaml);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.en === 'string' && typeof o.fr === 'string') {
      count('en', o.en);
      count('fr', o.fr);
    }
    Object.values(o).forEach(walkYaml);
  }
}
for (const f of readdirSync(join(shared, 'corpus/open-canada-ckan-yaml'))) {
  if (f.endsWith('.yaml')) walkYaml(parseYaml(readFileSync(join(shared, 'corpus/open-canada-ckan-yaml', f), 'utf8'), { uniqueKeys: false }));
}

// Word scores: smoothed log-odds, kept for words seen at least 3 times in all.
const ALPHA = 0.5;
const vocab = new Set([...counts.en.keys(), ...counts.fr.keys()]);
const V = vocab.size;
const words: Record<string, number> = {};
for (const w of [...vocab].sort()) {
  const ce = counts.en.get(w) ?? 0;
  const cf = counts.fr.get(w) ?? 0;
  if (ce + cf < 3) continue;
  const lo = Math.log((cf + ALPHA) / (totals.fr + ALPHA * V)) - Math.log((ce + ALPHA) / (totals.en + ALPHA * V));
  words[w] = Math.round(lo * 100) / 100;
}

// Character n-grams (1–4, with ^ and $ word boundaries) over dictionary forms, each form once.
function dictionaryForms(dict: { aff: Uint8Array | string; dic: Uint8Array | string }): string[] {
  const s = nspell(dict as never) as unknown as { data: Record<string, unknown> };
  const out = new Set<string>();
  for (const k of Object.keys(s.data)) {
    if (!/^\p{Ll}+$/u.test(k)) continue; // skip names, elided forms, digits
    out.add(k);
  }
  return [...out];
}
const grams = { en: new Map<string, number>(), fr: new Map<string, number>() };
const gramTotals = { en: 0, fr: 0 };
for (const [lang, dict] of [['fr', dictFr], ['en', dictEn]] as const) {
  const forms = dictionaryForms(dict);
  // French expands to far more forms (verb conjugations); weigh each language's forms so both
  // languages contribute the same mass and the model is not biased towards French.
  for (const form of forms) {
    const w = `^${form}$`;
    for (let n = 1; n <= 4; n++) {
      for (let i = 0; i + n <= w.length; i++) {
        const g = w.slice(i, i + n);
        grams[lang].set(g, (grams[lang].get(g) ?? 0) + 1);
        gramTotals[lang]++;
      }
    }
  }
  console.log(lang, forms.length, 'dictionary forms');
}
const gramVocab = new Set([...grams.en.keys(), ...grams.fr.keys()]);
const ngrams: Record<string, number> = {};
for (const g of [...gramVocab].sort()) {
  const ce = grams.en.get(g) ?? 0;
  const cf = grams.fr.get(g) ?? 0;
  if (ce + cf < 20) continue;
  const lo = Math.log((cf + 1) / (gramTotals.fr + gramVocab.size)) - Math.log((ce + 1) / (gramTotals.en + gramVocab.size));
  if (Math.abs(lo) < 0.05) continue;
  ngrams[g] = Math.round(lo * 100) / 100;
}

// Curated one-language words get a firm score (they are rare in the samples above).
const CURATED_SCORE = 3;
const curated = JSON.parse(readFileSync('rules/lang/curated-words.json', 'utf8')) as { en: string[]; fr: string[]; both?: string[] };
for (const w of curated.en) words[w] = Math.min(words[w] ?? 0, -CURATED_SCORE);
for (const w of curated.fr) words[w] = Math.max(words[w] ?? 0, CURATED_SCORE);
// Words both languages write alike in these documents, which the samples happen to see in one.
for (const w of curated.both ?? []) words[w] = 0;

mkdirSync('rules/lang', { recursive: true });
// One line per entry (`w` word or `g` n-gram, the entry, its score), read without a JSON object of
// 40,000 keys: building that object was most of the cost of loading the lexicon.
const ABOUT =
  'Generated by scripts/build-lexicon.ts from TICO-19 (CC0); the CDS website, COVID Alert portal, Tracker, GC Notify and Open Canada CKAN translations (MIT); rules/lang/curated-words.json; and character statistics of the dictionary-fr / dictionary-en-ca Hunspell dictionaries. Scores are natural-log odds of French over English.';
const lines = [`# bitext language lexicon. ${ABOUT}`, '# w<TAB>word<TAB>score, g<TAB>n-gram<TAB>score'];
for (const k in words) lines.push(`w\t${k}\t${words[k]}`);
for (const k in ngrams) lines.push(`g\t${k}\t${ngrams[k]}`);
writeFileSync('rules/lang/lexicon.tsv', lines.join('\n') + '\n');
console.log(`words ${Object.keys(words).length}, ngrams ${Object.keys(ngrams).length}, tokens en ${totals.en} fr ${totals.fr}`);
