// Builds rules/dict/en.txt.gz and rules/dict/fr.txt.gz, the word lists behind the glued-words
// check (src/lang/dictionary.ts reads them). Each line is a folded word (lower case, no accents,
// see fold()) and, for words seen in running text, a tab and its cost: −log10 of its probability,
// times the `# scale` of the header. Words without a cost are known but rare (`# rare`). A `~`
// after the tab marks a word only ever written with accents (`nes` stands for `nés` alone).
//
// Sources (rules/dict/README.md has their licences):
//  - the Hunspell dictionaries of the npm packages dictionary-en-ca (SCOWL, MIT-like) and
//    dictionary-fr (Grammalecte, MPL-2.0), every form expanded with nspell;
//  - the SCOWL word lists of Debian's wcanadian-small, wcanadian, wcanadian-huge,
//    wamerican-huge and wbritish-huge (compounds such as `roundtable` and US/UK spellings that
//    dictionary-en-ca leaves out; the small and medium lists also rank English words by how common
//    they are);
//  - word counts of EN/FR translations under ../shared/corpus with licences that allow derived
//    data: TICO-19 (CC0), the COVID Alert portal and Tracker PO catalogues, the GC Notify CSV, the
//    Open Canada CKAN schemas (MIT). Words seen there three times or more count as known (`email`,
//    `cybersecurity`). The Markdown material (CDS website, READMEs, MSC open data) and the JSON
//    catalogues are left out on purpose: they are what the check is measured on;
//  - rules/dict/extra-en.txt and extra-fr.txt: words of current usage the others lack.
//
// Run: apt-get install wcanadian-small wcanadian wcanadian-huge wamerican-huge wbritish-huge
//      npx tsx scripts/build-dictionary.ts [path/to/shared]
// It takes about a minute and 2 GB (nspell expands the French dictionary to three million forms).

import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { po } from 'gettext-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import nspell from 'nspell';
import dictFr from 'dictionary-fr';
import dictEn from 'dictionary-en-ca';
import { fold } from '../src/lang/dictionary.js';

type L = 'en' | 'fr';
const shared = resolve(process.argv[2] ?? '../shared');
const out = resolve('rules/dict');
const SCALE = 4;

// ---------------------------------------------------------------- running-text counts
const counts: Record<L, Map<string, number>> = { en: new Map(), fr: new Map() };
/** Folded words that some source writes without accents or ligatures. */
const plain: Record<L, Set<string>> = { en: new Set(), fr: new Set() };
function addForm(lang: L, set: Set<string>, written: string): void {
  const f = fold(written);
  set.add(f);
  if (written.toLowerCase().replace(/’/g, "'") === f) plain[lang].add(f);
}
const totals: Record<L, number> = { en: 0, fr: 0 };
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'/;

function clean(text: string): string {
  return text
    .replace(/https?:\/\/\S+|www\.\S+|\S+@\S+/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}|%\([^)]*\)[sd]|%[sd]|\$\{[^}]*\}/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

function count(lang: L, text: string): void {
  const t = clean(text);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(t)) !== null) {
    const before = t[m.index - 1] ?? ' ';
    const after = t[m.index + m[0].length] ?? ' ';
    if (/[\d_@#$%]/.test(before) || /[\d_]/.test(after)) continue;
    let written = m[0].replace(/’/g, "'");
    if (lang === 'fr') written = written.replace(new RegExp(ELISION.source, 'i'), '');
    else written = written.replace(/'s$/i, '');
    const w = fold(written);
    if (!w || (w.includes("'") && lang === 'en')) continue;
    if (written.toLowerCase() === w) plain[lang].add(w);
    counts[lang].set(w, (counts[lang].get(w) ?? 0) + 1);
    totals[lang]++;
  }
}

function countTmx(file: string): void {
  const p = new SaxesParser();
  let lang: L | null = null;
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
  p.write(readFileSync(file, 'utf8')).close();
}

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

const corpus = join(shared, 'corpus');
countTmx(join(corpus, 'tico19-tmx-en-fr/all.en-fr.tmx'));
countPo(join(corpus, 'covid-alert-portal-django-po/django-fr.po'));
countPo(join(corpus, 'tracker-lingui-po/frontend-fr.po'));
countPo(join(corpus, 'tracker-lingui-po/api-fr.po'));
countPo(join(corpus, 'open-canada-ckan-yaml/ckanext-canada.fr.po'));
{
  const rows = parseCsv(readFileSync(join(corpus, 'gc-notify-admin-csv/fr.csv')), { relax_column_count: true }) as string[][];
  for (const r of rows.slice(1)) {
    if (r[0] && r[1]) {
      count('en', r[0]);
      count('fr', r[1]);
    }
  }
}
for (const f of readdirSync(join(corpus, 'open-canada-ckan-yaml'))) {
  if (f.endsWith('.yaml')) walkYaml(parseYaml(readFileSync(join(corpus, 'open-canada-ckan-yaml', f), 'utf8'), { uniqueKeys: false }));
}
console.log(`running text: ${totals.en} EN and ${totals.fr} FR words`);

// ---------------------------------------------------------------- dictionary forms
type Speller = { data: Record<string, unknown>; correct(w: string): boolean };

/** Every form the Hunspell dictionary accepts, folded; elided forms (l'école) are left to the tokeniser. */
function hunspellForms(dict: unknown, lang: L): Set<string> {
  const s = nspell(dict as never) as unknown as Speller;
  const forms = new Set<string>();
  for (const k of Object.keys(s.data)) {
    if (/[\d.]/.test(k) || k === '-') continue;
    if (lang === 'fr' && ELISION.test(k.toLowerCase().replace(/’/g, "'"))) continue;
    if (lang === 'en' && /'/.test(k)) continue;
    // Stems that only exist with an affix (NEEDAFFIX) or inside compounds are not words.
    if (!s.correct(k)) continue;
    addForm(lang, forms, k);
  }
  return forms;
}

/** Hand-kept words of current usage the dictionaries lack (rules/dict/extra-<lang>.txt). */
function extra(lang: L): Set<string> {
  const set = new Set<string>();
  for (const line of readFileSync(join(out, `extra-${lang}.txt`), 'utf8').split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#')) addForm(lang, set, w);
  }
  return set;
}

function scowl(name: string): Set<string> {
  const file = `/usr/share/dict/${name}`;
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: apt-get install wcanadian-small wcanadian wcanadian-huge wamerican-huge wbritish-huge`);
  }
  const set = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line && !line.includes("'")) addForm('en', set, line);
  }
  return set;
}

// ---------------------------------------------------------------- costs
/**
 * Cost of a word: −log10 of its probability in running text. Counted words use their count; the
 * SCOWL size of an English word (small ≈ the 20k commonest, medium) gives a floor, since
 * a few hundred thousand words of running text cannot rank the less common ones.
 */
function build(lang: L, forms: Set<string>, tiers: Array<[Set<string>, number]>, rare: number): string {
  const c = counts[lang];
  const total = totals[lang];
  const words = new Set(forms);
  for (const [w, n] of c) if (n >= 3 && w.length > 1 && !w.includes("'")) words.add(w);
  const lines: string[] = [];
  // The reader searches the list as sorted bytes: keep plain folded words only (a few names in
  // other alphabets and chemical formulas drop out, and the tokeniser never asks for them).
  for (const w of [...words].filter((x) => /^[a-z][a-z'-]*$/.test(x)).sort()) {
    const n = c.get(w) ?? 0;
    let p = n > 0 ? n / total : 0;
    for (const [set, tierP] of tiers) if (set.has(w)) p = Math.max(p, tierP);
    const cost = p === 0 ? rare : Math.min(rare, -Math.log10(p));
    const costText = cost >= rare ? '' : String(Math.round(cost * SCALE));
    const mark = plain[lang].has(w) ? '' : '~';
    lines.push(costText || mark ? `${w}\t${costText}${mark}` : w);
  }
  const header = [
    `# bitext word list (${lang}), built by scripts/build-dictionary.ts; licences in rules/dict/README.md`,
    `# scale ${SCALE}`,
    `# rare ${rare}`,
  ];
  return header.join('\n') + '\n' + lines.join('\n') + '\n';
}

mkdirSync(out, { recursive: true });
{
  const forms = hunspellForms(dictEn, 'en');
  const small = scowl('canadian-english-small');
  const medium = scowl('canadian-english');
  for (const f of ['canadian-english-huge', 'american-english-huge', 'british-english-huge']) for (const w of scowl(f)) forms.add(w);
  for (const w of small) forms.add(w);
  for (const w of medium) forms.add(w);
  const added = extra('en');
  for (const w of added) forms.add(w);
  const text = build('en', forms, [[small, 2e-5], [medium, 3e-6], [added, 3e-6]], 6.5);
  writeFileSync(join(out, 'en.txt.gz'), gzipSync(text, { level: 9 }));
  console.log(`en: ${text.split('\n').length - 4} words`);
}
{
  const forms = hunspellForms(dictFr, 'fr');
  const added = extra('fr');
  for (const w of added) forms.add(w);
  const text = build('fr', forms, [[added, 3e-6]], 6.5);
  writeFileSync(join(out, 'fr.txt.gz'), gzipSync(text, { level: 9 }));
  console.log(`fr: ${text.split('\n').length - 4} words`);
}
