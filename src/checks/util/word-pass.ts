// One pass over the words of a segment (as util/words.ts has them) for what several checks ask
// about both sides of every pair: its function words, for the cheap language tests of
// util/segment-lang.ts (untranslated, fr-typography), whether it is written in title case
// (untranslated), and whether a word is written twice in a row (repeated-word). Going over the
// words is the costliest step of those checks on large runs, so they share one pass. The answers
// for the last few segments are kept: the checks ask about the sides of the pair at hand; nothing
// is kept per segment of the run.

import type { Segment } from '../../core/types.js';
import { FRENCH_ACCENT, JOINER, LETTER, LOWER, SPACE, charKinds, kindOf, learnKind } from './words.js';
import { RecentSegments } from './recent-segments.js';

/** Two French function words or elisions, or three accented letters. */
export const LOOKS_FRENCH = 1;
/** Two English function words, and not two French ones. */
export const LOOKS_ENGLISH = 2;
/** Two words in a row that are the same (case aside), with only spaces between them. */
export const REPEATS_A_WORD = 4;
/** Every word of four letters or more capitalised, and at least one such word: a name, a title. */
export const TITLE_CASE = 8;

// Cheap tests that settle most segments before any scoring: two French function words (or three
// accented letters) and a text is not English beyond doubt; two English ones (and not two French
// ones) and it is not French.
const FR_WORDS = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'un', 'une', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'avec', 'au', 'aux', 'vous', 'nous', 'ce', 'cette', 'sont', 'par', 'ou', 'à']);
const EN_WORDS = new Set(['the', 'and', 'of', 'to', 'is', 'for', 'with', 'that', 'this', 'are', 'be', 'you', 'we', 'it', 'was', 'by', 'from', 'have', 'has', 'not', 'or']);
const ELIDED = new Set(['l', 'd', 'j', 'n', 's', 'c', 'm', 't', 'qu']);

// The words of both lists are tested without making strings: a word of one to five ASCII letters
// is a number (five bits a letter, case aside), worked out as the scan goes by its letters, and
// looked up in a small table (it stays in the processor's cache). Only words of other letters
// (`à`) are lower-cased to be looked up, and only when a listed word has their length.
const FR_BIT = 1;
const EN_BIT = 2;
const TABLE_BITS = 8;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** Open addressing: the numbers of the listed words (0 for none), and their FR_BIT and EN_BIT. */
const LISTED_CODES = new Int32Array(1 << TABLE_BITS);
const LISTED_BITS = new Uint8Array(1 << TABLE_BITS);
const OTHER_FR = new Set<string>();
const OTHER_LENGTHS = new Set<number>();
for (const w of FR_WORDS) {
  if (isAsciiWord(w)) addListed(asciiCode(w), FR_BIT);
  else {
    OTHER_FR.add(w);
    OTHER_LENGTHS.add(w.length);
  }
}
for (const w of EN_WORDS) addListed(asciiCode(w), EN_BIT);
/** The elisions (ASCII letters of one or two), as numbers like the words'. */
const ELIDED_CODES = new Uint8Array(1 << 10);
for (const w of ELIDED) ELIDED_CODES[asciiCode(w)] = 1;

function isAsciiWord(w: string): boolean {
  return /^[a-z]+$/.test(w);
}

/** A word of lower-case ASCII letters as a number, as scan works it out. */
function asciiCode(w: string): number {
  let k = 0;
  for (let i = 0; i < w.length; i++) k = (k << 5) + w.charCodeAt(i) - 96;
  return k;
}

function slotOf(code: number): number {
  return Math.imul(code, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

function addListed(code: number, bit: number): void {
  let h = slotOf(code);
  while (LISTED_CODES[h] !== 0 && LISTED_CODES[h] !== code) h = (h + 1) & TABLE_MASK;
  LISTED_CODES[h] = code;
  LISTED_BITS[h] |= bit;
}

/** FR_BIT and EN_BIT of the word of ASCII letters whose number is `code`. */
function listedBits(code: number): number {
  for (let h = slotOf(code); ; h = (h + 1) & TABLE_MASK) {
    const listed = LISTED_CODES[h];
    if (listed === code) return LISTED_BITS[h];
    if (listed === 0) return 0;
  }
}

/** FR_BIT for a word text[start, end) of other letters than ASCII ones (`à`). */
function otherListedBits(text: string, start: number, end: number): number {
  return OTHER_LENGTHS.has(end - start) && OTHER_FR.has(text.slice(start, end).toLowerCase()) ? FR_BIT : 0;
}

/** Only spaces (ordinary or no-break) between two offsets, and at least one. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 0x202f) return false;
  }
  return true;
}

/** Whether text[a, a + len) and text[b, b + len) are the same, case aside. */
export function sameWord(text: string, a: number, b: number, len: number): boolean {
  for (let i = 0; i < len; i++) {
    const x = text.charCodeAt(a + i);
    const y = text.charCodeAt(b + i);
    if (x === y) continue;
    // ASCII: the same letter in the other case, or different.
    if ((x | y) < 128) {
      const lx = x | 32;
      if (lx !== (y | 32) || lx < 97 || lx > 122) return false;
    } else if (text[a + i].toLowerCase() !== text[b + i].toLowerCase()) return false;
  }
  return true;
}

const recent = new RecentSegments(scan, 0);

/** LOOKS_FRENCH, LOOKS_ENGLISH and REPEATS_A_WORD for a segment, as bits. */
export function wordPass(seg: Segment): number {
  return recent.get(seg);
}

/** Between two words: bit 1 a space seen, bit 2 anything else; only spaces when it is 1. */
const GAP_SPACE = 1;
const GAP_OTHER = 2;
/** Set in `wide` once a word holds an apostrophe or hyphen: no longer a listed word. */
const JOINED = 0x10000;

/**
 * The word-pass bits of a text, in one loop over its characters with a table load each (the words
 * of util/words.ts, found as the loop goes): a word's number (for the function words) is worked
 * out from its letters on the way, and only a word the same length as the one before it, with
 * only spaces between, is read again (for a repetition).
 */
function scan(text: string): number {
  const n = text.length;
  let fr = 0;
  let en = 0;
  let accents = 0;
  let repeats = false;
  let anyLong = false;
  let lowerLong = false;
  // The word in progress: where it starts (−1 for none), the kind of its first letter, its
  // number, its code units or'ed together (ASCII while below 128) and whether it is elided.
  let start = -1;
  let first = 0;
  let code = 0;
  let wide = 0;
  let elision = false;
  // The previous word, text[ps, ps + plen), and what lies between it and the next.
  let ps = -1;
  let plen = -1;
  let gap = GAP_OTHER;
  // One step past the end, as a space: it ends the last word.
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    let k = charKinds[c];
    if (k === 0) k = learnKind(c);
    if ((k & LETTER) !== 0) {
      accents += k & FRENCH_ACCENT;
      if (start < 0) {
        start = i;
        first = k;
        code = 0;
        wide = 0;
        elision = false;
      }
      code = (code << 5) | ((c - 96) & 31);
      wide |= c;
      continue;
    }
    if (start >= 0) {
      // An apostrophe or hyphen between two letters joins them (`l'école`, `sous-ministre`).
      if ((k & JOINER) !== 0 && i + 1 < n && (kindOf(text.charCodeAt(i + 1)) & LETTER) !== 0) {
        // `l'`, `qu’`: an elided French article, pronoun or conjunction.
        if (i - start <= 2 && c !== 45 && wide < 128 && ELIDED_CODES[code] === 1) elision = true;
        wide |= JOINED;
        continue;
      }
      const len = i - start;
      // Function words are counted until two French ones are found (English counts only before).
      if (fr < 2) {
        const bits = len > 5 ? 0 : wide < 128 ? listedBits(code) : wide < JOINED ? otherListedBits(text, start, i) : 0;
        if ((bits & FR_BIT) !== 0 || elision) fr++;
        if (en < 2 && (bits & EN_BIT) !== 0) en++;
      }
      if (!repeats && gap === GAP_SPACE && len === plen && sameWord(text, ps, start, len)) repeats = true;
      if (len >= 4) {
        anyLong = true;
        if ((first & LOWER) !== 0) lowerLong = true;
      }
      // Nothing further can change the answer.
      if (fr >= 2 && repeats && lowerLong) break;
      ps = start;
      plen = len;
      start = -1;
      gap = 0;
    }
    gap |= (k & SPACE) !== 0 ? GAP_SPACE : GAP_OTHER;
  }
  const marks = (fr >= 2 || accents >= 3 * FRENCH_ACCENT ? LOOKS_FRENCH : 0) | (fr < 2 && en >= 2 ? LOOKS_ENGLISH : 0);
  return marks | (repeats ? REPEATS_A_WORD : 0) | (anyLong && !lowerLong ? TITLE_CASE : 0);
}
