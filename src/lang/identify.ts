// Language identification for short and long segments, English vs French vs neutral.
//
// franc is right on long text but wrong on short agenda strings (`Téléconférence`, `Agenda`,
// `Conference code`). Short strings need word knowledge, so the score of a segment is a sum of
// per-word log-odds P(word|fr)/P(word|en):
//  - words seen in real EN/FR translations (rules/lang/lexicon.tsv, built by
//    scripts/build-lexicon.ts) use their corpus log-odds;
//  - unseen words use character n-gram log-odds learned from the Hunspell dictionaries,
//    damped for capitalised words in mixed-case text (personal and place names);
//  - elisions (l', d', qu') and English clitics ('s) are strong signs;
//  - acronyms, digits and codes carry no evidence.
// A segment with too little evidence either way is 'und'; callers that hold two candidate
// sides of a pair compare their scores instead of trusting each verdict alone (decidePair).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAllCaps, wordTokens, type WordToken } from './tokens.js';
import type { Lang } from '../core/types.js';
import { resourcePath } from '../core/resources.js';
import { FRENCH_ENCLOSURE } from './letter-forms.js';
import { isKnownPlace, multiWordPlaceFirsts } from './places.js';

interface Abbreviations {
  en: string[];
  fr: string[];
  both: string[];
}

let wordScores: Map<string, number> | undefined;
/**
 * The scores of the three- and four-character n-grams (the only sizes unseenWordScore reads), by
 * a number made of their characters' places in GRAM_ALPHABET: no string is made per n-gram.
 */
let gramScores: Map<number, number> | undefined;
/** Per UTF-16 unit, its place (from 1) among the characters of the n-grams; 0 for the others. */
const GRAM_ALPHABET = new Uint8Array(65536);
let gramLetters = 0;
/** Lower-cased abbreviations that belong to one language only: approx. (en), env. (fr). */
let abbrevScores: Map<string, number> | undefined;

function load(): void {
  readLexicon(readFileSync(resourcePath('rules/lang/lexicon.tsv'), 'utf8'));
  const abbr = JSON.parse(readFileSync(resourcePath('rules/lang/abbreviations.json'), 'utf8')) as Abbreviations;
  const both = new Set(abbr.both.map((a) => a.toLowerCase()));
  abbrevScores = new Map();
  for (const a of abbr.en) if (!both.has(a.toLowerCase()) && !a.includes(' ')) abbrevScores.set(a.toLowerCase(), -ABBREV_WEIGHT);
  for (const a of abbr.fr) {
    const k = a.toLowerCase();
    if (both.has(k) || a.includes(' ')) continue;
    // A form listed for both languages separately (sept, mar) is no evidence.
    abbrevScores.set(k, abbrevScores.has(k) ? 0 : ABBREV_WEIGHT);
  }
}

/**
 * Reads rules/lang/lexicon.tsv (scripts/build-lexicon.ts): `w` word and `g` n-gram lines, each with
 * its score, into wordScores and gramScores. Read line by line into the maps: as a JSON object of
 * 40,000 keys it took three times as long.
 */
function readLexicon(text: string): void {
  const words = new Map<string, number>();
  const grams = new Map<number, number>();
  const n = text.length;
  for (let pos = 0; pos < n; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    const kind = text.charCodeAt(pos);
    if (kind !== 35 /* # */ && end > pos) {
      const tab = text.indexOf('\t', pos + 2);
      if (text.charCodeAt(pos + 1) !== 9 || tab < 0 || tab > end) throw new Error(`lexicon.tsv: bad line at offset ${pos}`);
      const score = Number(text.slice(tab + 1, end));
      if (kind === 119 /* w */) words.set(text.slice(pos + 2, tab), score);
      else if (kind === 103 /* g */) addGram(grams, text.slice(pos + 2, tab), score);
    }
    pos = end + 1;
  }
  if (gramLetters >= GRAM_BASE) throw new Error('lexicon.tsv: too many n-gram characters');
  wordScores = words;
  gramScores = grams;
}

/** An n-gram of three or four characters by its number (digits in base GRAM_BASE). */
function addGram(m: Map<number, number>, k: string, score: number): void {
  if (k.length !== 3 && k.length !== 4) return;
  let code = 0;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (GRAM_ALPHABET[c] === 0) GRAM_ALPHABET[c] = ++gramLetters;
    code = code * GRAM_BASE + GRAM_ALPHABET[c];
  }
  m.set(k.length === 4 ? code + FOUR : code, score);
}

/**
 * Each character of an n-gram is a digit in base GRAM_BASE (0 for a character no n-gram has, so
 * that such n-grams are found in none); four-character n-grams are set apart by FOUR.
 */
const GRAM_BASE = 128;
const FOUR = GRAM_BASE ** 4;

const WORD_CLIP = 4;
const UNSEEN_CLIP = 2;
const NAME_DAMPING = 0.25;
const FIRST_WORD_DAMPING = 0.7;
const ABBREV_WEIGHT = 2;
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'messrs', 'dr', 'm', 'mme', 'mmes', 'mlle', 'me', 'hon', 'prof', 'sir', 'dame']);
/** The weight of `site Web`, French word order (a curated word's). */
const SITE_WEB = 3;

/** The end of an amount, just before a word (`110 `, `$110 `, `5 % `). */
const AMOUNT_BEFORE = /[\d$%]\s?$/;

/** Titles only one language writes (`Mr.` / `M.`), with the weight of a word of that language. */
const SALUTATION_TITLES = new Map([
  ['mr', -3],
  ['mrs', -3],
  ['ms', -3],
  ['messrs', -3],
  ['mme', 3],
  ['mmes', 3],
  ['mlle', 3],
]);

/**
 * A salutation of a title and a name alone: a title, then one to three capitalised words, then a
 * comma or a colon ending the text (`Mr. Lapointe,`, `Ms. Anne Simard:`, `Mme Simard,`).
 */
function salutationOfName(text: string, tokens: WordToken[]): boolean {
  if (tokens.length < 2 || tokens.length > 4 || !/[,:]\s*$/.test(text)) return false;
  const last = tokens[tokens.length - 1];
  if (!/^\s*[,:]\s*$/.test(text.slice(last.end))) return false;
  for (let k = 1; k < tokens.length; k++) {
    const c = text[tokens[k].start];
    if (c === c.toLowerCase()) return false;
  }
  return true;
}

/** Scores at or beyond this are a language; between ± it, the segment is neutral. */
export const DECISION_THRESHOLD = 1.2;

const unseenCache = new Map<string, number>();

function unseenWordScore(word: string): number {
  const cached = unseenCache.get(word);
  if (cached !== undefined) return cached;
  const grams = gramScores!;
  // The n-grams of `^word$`, three characters then four, read as numbers (see addGram).
  const len = word.length + 2;
  const at = (i: number): number => GRAM_ALPHABET[i === 0 ? 94 : i === len - 1 ? 36 : word.charCodeAt(i - 1)]; // ^ $
  let sum = 0;
  let n = 0;
  for (let size = 3; size <= 4; size++) {
    for (let i = 0; i + size <= len; i++) {
      let code = 0;
      for (let j = i; j < i + size; j++) code = code * GRAM_BASE + at(j);
      const s = grams.get(size === 4 ? code + FOUR : code);
      if (s !== undefined) sum += s;
      n++;
    }
  }
  let score = n ? (2 * sum) / n : 0;
  score = Math.max(-UNSEEN_CLIP, Math.min(UNSEEN_CLIP, score));
  if (unseenCache.size > 200_000) unseenCache.clear();
  unseenCache.set(word, score);
  return score;
}

export interface LangScore {
  /** Sum of word log-odds, positive = French. */
  score: number;
  /** Number of words that carried evidence. */
  words: number;
  /** The strongest single-word evidence for French (≥ 0) and for English (≤ 0). */
  maxFr: number;
  maxEn: number;
  /** Words found in the lexicon (not guessed from their letters). */
  known: number;
  /** Capitalised words guessed from their letters: names, mostly. */
  unseenCapitalised: number;
}

/** The evidence for French (positive) or English (negative) in a text. */
// Agendas and reports repeat their short strings (`Agenda`, `Ordre du jour`, titles): scores are
// memoised by text. Results are frozen so a caller cannot corrupt the cache.
const scoreCache = new Map<string, LangScore>();
const SCORE_CACHE_MAX = 100_000;

export function scoreText(text: string, tokens?: WordToken[]): LangScore {
  const hit = scoreCache.get(text);
  if (hit) return hit;
  const s = Object.freeze(computeScore(text, tokens ?? wordTokens(withoutAddresses(text))));
  if (scoreCache.size >= SCORE_CACHE_MAX) scoreCache.clear();
  scoreCache.set(text, s);
  return s;
}

/** An e-mail address or a web address (`media@hrsdc-rhdcc.gc.ca`, `https://canada.ca/en`, `www.canada.ca`). */
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)[^\s<>"')\]]+/g;

/**
 * The text with its e-mail and web addresses blanked out (the same length, so that tokens keep
 * their places): `media@…` or `/en/` in an address says nothing of the language of the line.
 */
function withoutAddresses(text: string): string {
  if (text.indexOf('@') < 0 && text.indexOf('://') < 0 && text.indexOf('www.') < 0) return text;
  return text.replace(ADDRESS, (m) => ' '.repeat(m.length));
}

/**
 * The score of a text. Places of several words of the list are read as names (`places`), unless
 * nothing else of the text says a language: a text that is the place alone, or the place and
 * names, keeps the reading its words give (`Greater Sudbury / Grand Sudbury`, `Happy
 * Valley-Goose Bay (Terre-Neuve-et-Labrador)`).
 */
function computeScore(text: string, tokens: WordToken[], places = true): LangScore {
  let placeSkipped = false;
  if (!wordScores) load();
  const caps = isAllCaps(text) || mostlyCaps(text, tokens);
  let score = 0;
  let words = 0;
  let maxFr = 0;
  let maxEn = 0;
  let known = 0;
  let unseenCapitalised = 0;
  const add = (s: number): void => {
    score += s;
    if (s > maxFr) maxFr = s;
    if (s < maxEn) maxEn = s;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = t.norm;
    // A place named in hyphenated parts (`Saint-Mathieu-du-Parc`, `Notre-Dame-de-Grâce`) is a
    // name, written so in both languages: its `du` and `de` say nothing of the text around it.
    if (!caps) {
      const end = hyphenatedNameEnd(text, tokens, i);
      if (end > i) {
        i = end;
        continue;
      }
    }
    // So is a Canadian place of several words (`North Sydney`, `Thunder Bay`, in capitals too):
    // `Gare maritime de North Sydney` is French.
    const place = places ? knownPlaceEnd(text, tokens, i) : -1;
    if (place > i) {
      i = place;
      placeSkipped = true;
      continue;
    }
    if (w.endsWith("'")) {
      // An elided article or conjunction (l', d', qu'…).
      add(3);
      words++;
      known++;
      continue;
    }
    if (w.startsWith("'")) {
      add(w === "'s" ? -2 : -3);
      words++;
      known++;
      continue;
    }
    if (hasDigit(w)) continue;
    // Words joined by underscores are identifiers (LA_GRANDE_RIVIERE, max_retries, file names):
    // code, not text in either language.
    if ((t.start > 0 && text.charCodeAt(t.start - 1) === 95) || (t.end < text.length && text.charCodeAt(t.end) === 95)) continue;
    // Single letters are initials and enumerators (V., b), except the preposition à and the
    // French letter's `p. j.` (pièces jointes, where English writes `Encl.`).
    if (w.length === 1) {
      if (w === 'à') {
        add(2);
        words++;
        known++;
      } else if (w === 'p' && FRENCH_ENCLOSURE.test(text.slice(t.start, t.start + 6))) {
        // (its `j` is the next token)
        add(3);
        words++;
        known++;
        i++;
      }
      continue;
    }
    // An acronym (EST, PSDI, ON); a word written as its lower-cased form has no capital.
    const written = t.end - t.start;
    if (!caps && written >= 2 && !(written === w.length && writtenAs(text, t.start, w)) && isAllCaps(text.slice(t.start, t.end))) continue;
    // Titles before a name (Mr., Mme, Dr) say nothing about the language of the text around it.
    if (HONORIFICS.has(w) && i + 1 < tokens.length) {
      // Unless it opens a salutation of a title and a name alone (`Mr. Lapointe,` / `Monsieur
      // Lapointe,`, `Mme Simard :`): each language writes its own titles there.
      const own = i === 0 ? SALUTATION_TITLES.get(w) : undefined;
      if (own !== undefined && salutationOfName(text, tokens)) {
        add(own);
        words++;
        known++;
      }
      continue;
    }
    // `no` before its number without a period is the number sign both languages write (`AVIS no
    // 3`, `Room no 4`), not the English word.
    if (w === 'no' && NUMBER_AFTER.test(text.slice(t.end, t.end + 2))) continue;
    // An abbreviation counts when it is written as one: with its period (approx.), or before a
    // number (Rm 5362). Otherwise `est` and `mon` are French words, not English abbreviations;
    // and a word the lexicon knows, ending a sentence, is that word.
    const abbr = abbrevScores!.get(w);
    if (abbr !== undefined && abbreviationHere(text, t.end, i === tokens.length - 1, w, i === 0)) {
      add(abbr);
      if (abbr !== 0) words++;
      known++;
      continue;
    }
    // A compound the lexicon knows as one word (procès-verbal, dial-in, sous-ministre).
    const next = tokens[i + 1];
    if (next && next.start === t.end + 1 && text.charCodeAt(t.end) === 45) {
      const compound = wordScores!.get(`${w}-${next.norm}`);
      if (compound !== undefined) {
        add(Math.max(-WORD_CLIP, Math.min(WORD_CLIP, compound)));
        words++;
        known++;
        i++;
        continue;
      }
    }
    // `site` is a word of both languages, but `site Web` is French (English writes `Web site`).
    if (w === 'site' && i + 1 < tokens.length && tokens[i + 1].norm === 'web') {
      add(SITE_WEB);
      words++;
      known++;
      i++;
      continue;
    }
    // `plus` after an amount is the arithmetic both languages write (`$110 plus the passport fee`),
    // not the French adverb (`plus tôt`, `en plus`).
    if (w === 'plus' && t.start > 0 && AMOUNT_BEFORE.test(text.slice(Math.max(0, t.start - 3), t.start))) continue;
    let lexScore = wordScores!.get(w);
    // A word joined to a French elision (`l'audience`, `d'impact`) is used as French, whatever
    // its weight in English: it says nothing for English.
    if (lexScore !== undefined && lexScore < 0 && i > 0 && tokens[i - 1].end === t.start && tokens[i - 1].norm.endsWith("'")) lexScore = 0;
    if (lexScore !== undefined) {
      add(Math.max(-WORD_CLIP, Math.min(WORD_CLIP, lexScore)));
      words++;
      known++;
      continue;
    }
    if (w.length < 3) continue;
    let s = unseenWordScore(w);
    // Capitalised unseen words in mixed-case text are mostly names (Scrivens, Maillé); the
    // first word of a segment is capitalised anyway, so it is damped less.
    const first = text[t.start];
    const capitalised = !caps && first !== first.toLowerCase();
    if (capitalised) {
      s *= i === 0 ? FIRST_WORD_DAMPING : NAME_DAMPING;
      unseenCapitalised++;
    }
    add(s);
    if (Math.abs(s) > 0.3) words++;
  }
  if (placeSkipped && words === 0) return computeScore(text, tokens, false);
  return { score, words, maxFr, maxEn, known, unseenCapitalised };
}

/** A number right after a word, a space between at most. */
const NUMBER_AFTER = /^\s?\d/;

/** `no`, `No.`, `nos` before a number: a number sign, in a heading in capitals or not. */
const NUMBER_SIGN = /^[Nn]os?\.?\s?\d/;

/** Words in capitals a heading opens with to be read as one in capitals (mostlyCaps). */
const CAPS_WORDS = 3;

/**
 * A heading in capitals with a word of small letters after it (`AVIS AUX MEMBRES No 2026-07`): its
 * words in capitals are words, not acronyms. It opens with three words in capitals or more, and
 * has one word of small letters at most (not `Chimie: GEM-MACH 3.0.0.2 => GEM-MACH 3.1.0.0`); a
 * number sign before its number is no word (`AVIS no 3 – INTERRUPTION DU SERVICE`).
 */
function mostlyCaps(text: string, tokens: WordToken[]): boolean {
  let upper = 0;
  let other = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.end - t.start < 2) continue;
    // (Asked of every text scored: the first word in small letters settles most, and no string is made.)
    const kind = letterCase(text, t.start, t.end);
    // (`no` before its number is the heading's number sign: `AVIS no 3 – INTERRUPTION DU SERVICE`.)
    if (kind === SMALL && NUMBER_SIGN.test(text.slice(t.start, t.end + 3))) continue;
    if (kind === SMALL) {
      if (++other > 1 || upper < CAPS_WORDS) return false;
    } else if (kind === CAPITALS && other === 0) upper++;
  }
  return upper >= CAPS_WORDS;
}

const NO_LETTERS = 0;
const CAPITALS = 1;
const SMALL = 2;

/** Whether text[from, to) has a letter in small letters (SMALL), else one in capitals (CAPITALS), else none. */
function letterCase(text: string, from: number, to: number): number {
  let kind = NO_LETTERS;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) return SMALL;
      if (c >= 65 && c <= 90) kind = CAPITALS;
    } else {
      const ch = text[i];
      if (ch !== ch.toUpperCase()) return SMALL;
      if (ch !== ch.toLowerCase()) kind = CAPITALS;
    }
  }
  return kind;
}

/** Fewest parts of a hyphenated name, and of its parts that are capitalised. */
const NAME_PARTS = 3;
const NAME_CAPITALS = 2;

/** Tokens a place of the list has at most (`Sault Ste. Marie`). */
const PLACE_TOKENS = 4;

/** The index of the last token of a capitalised Canadian place of several words of the list starting at token i, or −1. */
function knownPlaceEnd(text: string, tokens: WordToken[], i: number): number {
  const t = tokens[i];
  if (!multiWordPlaceFirsts().has(t.norm) || !/\p{Lu}/u.test(text.charAt(t.start))) return -1;
  for (let j = Math.min(tokens.length - 1, i + PLACE_TOKENS - 1); j > i; j--) if (isKnownPlace(text.slice(t.start, tokens[j].end))) return j;
  return -1;
}

/**
 * Provinces whose names are hyphenated in French only (`Prince Edward Island` in English): their
 * words say which language the text around them is in.
 */
const FRENCH_PROVINCE_NAMES = new Set(['terre-neuve-et-labrador', 'ile-du-prince-edouard']);

/**
 * The index of the last token of a name in hyphenated parts starting at token i (at least
 * NAME_PARTS parts joined by single hyphens, NAME_CAPITALS of them capitalised), or −1.
 */
function hyphenatedNameEnd(text: string, tokens: WordToken[], i: number): number {
  if (i > 0 && tokens[i - 1].end + 1 === tokens[i].start && text.charCodeAt(tokens[i].start - 1) === 45) return -1;
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1].start === tokens[j].end + 1 && text.charCodeAt(tokens[j].end) === 45) j++;
  if (j - i + 1 < NAME_PARTS) return -1;
  if (FRENCH_PROVINCE_NAMES.has(text.slice(tokens[i].start, tokens[j].end).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())) return -1;
  let capitals = 0;
  for (let k = i; k <= j; k++) {
    const c = text[tokens[k].start];
    if (c !== c.toLowerCase()) capitals++;
  }
  return capitals >= NAME_CAPITALS ? j : -1;
}

/** Whether a word has an ASCII digit. */
function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether text[start, start + w.length) is w, character for character. */
function writtenAs(text: string, start: number, w: string): boolean {
  for (let i = 0; i < w.length; i++) if (text.charCodeAt(start + i) !== w.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether an abbreviation ending at `end` is written as one: with its period, or before a number,
 * or as the label opening the text, before its number or alone (`Tel: 613-555-0100`, `Tel:`); a word the lexicon
 * knows, ending the text with a period, is that word.
 */
function abbreviationHere(text: string, end: number, last: boolean, w: string, first: boolean): boolean {
  const period = text.charCodeAt(end) === 46;
  const beforeNumber = /^\.?\s?\d/.test(text.slice(end, end + 3)) || (first && /^:\s?(?:\d|$)/.test(text.slice(end, end + 3)));
  // A period before a colon or a comma (`Tel.: 416…`) closes an abbreviation, not a sentence; so
  // does one after a place and its comma, capitalised (`Saint-Hyacinthe, Que.`: a province).
  const sentenceEnd = period && last && wordScores!.has(w) && !/^\.\s?[:,]/.test(text.slice(end, end + 3)) && !afterPlaceComma(text, end - w.length) && !(first && capitalAt(text, end - w.length));
  return (period || beforeNumber) && !sentenceEnd;
}

/**
 * Whether a capitalised word at `start` follows a capitalised name and its comma (`Saint-Hyacinthe,
 * Que`); alone in its text (`Que.`, a piece of a line cut at its comma), it is the abbreviation too.
 */
function afterPlaceComma(text: string, start: number): boolean {
  return capitalAt(text, start) && /\p{Lu}[\p{L}'’-]*,\s$/u.test(text.slice(Math.max(0, start - 40), start));
}

/** Whether the character at i is a capital of A to Z (the provinces' abbreviations of the list are). */
function capitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}

export function langOfScore(score: number, threshold = DECISION_THRESHOLD): Lang {
  if (score >= threshold) return 'fr';
  if (score <= -threshold) return 'en';
  return 'und';
}

/** The language of one segment on its own. */
export function identify(text: string): Lang {
  return langOfScore(scoreText(text).score);
}

/**
 * Decides the languages of two texts that may translate each other (`Agenda` / `Ordre du jour`):
 * the side with more French evidence is French when the two sides differ enough, even if one
 * side alone is too short to call. Returns null when they do not look like two languages.
 */
export function decidePair(a: LangScore, b: LangScore, minGap = 2): { a: Lang; b: Lang } | null {
  const gap = Math.abs(a.score - b.score);
  if (gap < minGap) return null;
  const aIsFr = a.score > b.score;
  const fr = aIsFr ? a : b;
  const en = aIsFr ? b : a;
  // Each side must lean its own way, however slightly: a weakly English piece next to a strongly
  // English one is English, not French.
  if (fr.score <= 0.2 || en.score >= -0.2) return null;
  return aIsFr ? { a: 'fr', b: 'en' } : { a: 'en', b: 'fr' };
}

/**
 * franc, loaded on first use: only parallel documents need it, and loading it builds the trigram
 * tables of four hundred languages (a tenth of a second and megabytes at every start otherwise).
 * Node loads an ES module synchronously through require.
 */
let francLoaded: typeof import('franc') | undefined;
function francModule(): typeof import('franc') {
  return (francLoaded ??= createRequire(import.meta.url)('franc') as typeof import('franc'));
}

/** Language of a whole document or long passage (used to tell which of two files is French). */
export function identifyLongText(text: string): Lang {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const f = francModule().franc(sample, { only: ['eng', 'fra'], minLength: 20 });
  if (f === 'fra') return 'fr';
  if (f === 'eng') return 'en';
  return identify(sample);
}
