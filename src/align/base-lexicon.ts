// English/French word translations known before any document is read (rules/translations/en-fr.tsv,
// built by scripts/build-translations.ts from translations outside the material bitext is
// measured on). The aligner also learns a lexicon from each document (parallel-lexicon.ts), but a
// page of forty sentences teaches it little: with `keep reading` ~ `poursuivez votre lecture`
// known beforehand, a sentence with no shared name, number or cognate still finds its partner.

import { readFileSync } from 'node:fs';
import { resourcePath } from '../core/resources.js';
import type { ValueLang } from '../lang/values.js';

let enFr: Array<readonly [string, string]> | undefined;

/**
 * The shipped English → French word pairs, read once: those learned from translations
 * (en-fr.tsv), and the everyday words of notices and forms that those translations are too few to
 * teach (en-fr-gc.tsv: `email` / `courriel`, `maintain` / `entretenir`).
 */
function englishFrench(): Array<readonly [string, string]> {
  if (enFr) return enFr;
  const out: Array<readonly [string, string]> = [];
  const seen = new Set<string>();
  for (const file of ['rules/translations/en-fr.tsv', 'rules/translations/en-fr-gc.tsv']) {
    for (const line of readFileSync(resourcePath(file), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [en, fr] = line.split('\t');
      if (!en || !fr || seen.has(`${en}\t${fr}`)) continue;
      seen.add(`${en}\t${fr}`);
      out.push([en, fr]);
    }
  }
  return (enFr = out);
}

/** Word pairs (source word, target word) for aligning `src` with `tgt`: none for other languages. */
export function baseLexicon(src: ValueLang, tgt: ValueLang): Array<readonly [string, string]> {
  if (src === 'en' && tgt === 'fr') return englishFrench();
  if (src === 'fr' && tgt === 'en') return englishFrench().map(([e, f]) => [f, e] as const);
  return [];
}

/** Search options with the base lexicon of the two languages before any given pairs. */
export function withBaseLexicon<T extends { lexicon?: Iterable<readonly [string, string]> }>(opts: T, src: ValueLang, tgt: ValueLang): T {
  const base = baseLexicon(src, tgt);
  if (!base.length) return opts;
  return { ...opts, lexicon: [...base, ...(opts.lexicon ?? [])] };
}

/** The shipped pairs' keys by word of each language, words taken as `form` gives them. */
type KeyIndex = Record<'en' | 'fr', Map<string, string[]>>;

function indexKeys(form: (word: string, lang: 'en' | 'fr') => string): KeyIndex {
  const index: KeyIndex = { en: new Map(), fr: new Map() };
  for (const [en, fr] of englishFrench()) {
    const e = form(en, 'en');
    const f = form(fr, 'fr');
    const key = `${e}\t${f}`;
    for (const [side, w] of [['en', e], ['fr', f]] as const) {
      const list = index[side].get(w);
      if (!list) index[side].set(w, [key]);
      else if (!list.includes(key)) list.push(key);
    }
  }
  return index;
}

const WORD = /[\p{L}\p{M}]+/gu;

/** The keys of every word of a text, by `keysOf`, added to `into`. */
function textKeys(text: string, keysOf: (word: string) => readonly string[], into: Set<string>): Set<string> {
  for (const w of text.toLowerCase().match(WORD) ?? []) for (const key of keysOf(w)) into.add(key);
  return into;
}

let byWord: KeyIndex | undefined;
let byStem: KeyIndex | undefined;

/**
 * The known translations a text's words take part in, as language-neutral keys (`reading\tlecture`
 * for `reading` in English and for `lecture` in French): two texts that share a key hold a word
 * and its translation.
 */
export function translationKeys(text: string, lang: 'en' | 'fr', into = new Set<string>()): Set<string> {
  return textKeys(text, (w) => keysOfWord(w, lang), into);
}

/** The translation keys of one lower-case word (none for a word the list does not have). */
export function keysOfWord(word: string, lang: 'en' | 'fr'): readonly string[] {
  return (byWord ??= indexKeys((w) => w))[lang].get(word) ?? [];
}

// Light stemmers for the lexicon's keys (not for language study): the list holds the forms its
// sources used (`asked` / `demandé`), and a text uses others (`asked` / `demandent`). Keyed by
// stems, a pair of the list also stands for the inflections of its two words. Only the common
// inflectional endings are taken off, and a stem keeps at least four letters (three in English),
// so that short words do not meet by chance. The French endings are those of verbs in -er (the
// regular ones), of plurals and of feminines; not those that make one word of another
// (`généralement` is no `général`, `courant` no `courir`). A noun in -ment loses its -ent as a verb
// does, in both numbers (`gouvernement` and `gouvernements` → `gouvernem`).
const FR_ENDINGS = ['erions', 'eraient', 'erait', 'aient', 'ées', 'és', 'ée', 'ents', 'ent', 'ons', 'ez', 'er', 'ait', 'é', 'es', 'e', 's', 'x'];
const EN_ENDINGS = ['ing', 'ied', 'ies', 'ed', 'es', 's', 'e', 'y'];

/** A lower-case word without its inflectional ending, as the stem keys take it. */
function lexiconStem(word: string, lang: 'en' | 'fr'): string {
  const min = lang === 'fr' ? 4 : 3;
  for (const end of lang === 'fr' ? FR_ENDINGS : EN_ENDINGS) {
    if (word.length - end.length >= min && word.endsWith(end)) return word.slice(0, word.length - end.length);
  }
  return word;
}

/**
 * The known translations a text's words take part in, as translationKeys has them but by stems
 * (`ask\tdemand` for `asked` in English and for `demandent` in French).
 */
export function stemTranslationKeys(text: string, lang: 'en' | 'fr', into = new Set<string>()): Set<string> {
  return textKeys(text, (w) => stemKeysOfWord(w, lang), into);
}

/** The stem keys of one lower-case word (none for a word whose stem the list does not have). */
export function stemKeysOfWord(word: string, lang: 'en' | 'fr'): readonly string[] {
  return (byStem ??= indexKeys(lexiconStem))[lang].get(lexiconStem(word, lang)) ?? [];
}
