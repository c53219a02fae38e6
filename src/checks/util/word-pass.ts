// One pass over the words of a segment (as util/words.ts has them) for what several checks ask
// about both sides of every pair: its function words, for the cheap language tests of
// util/segment-lang.ts (untranslated, fr-typography), whether it is written in title case
// (untranslated), and whether a word is written twice in a row (repeated-word). Going over the words is the costliest step of those checks on large runs,
// so they share one pass. The answers for the last few segments are kept: the checks ask about
// the sides of the pair at hand; nothing is kept per segment of the run.

import type { Segment } from '../../core/types.js';
import { isLetterCode, wordEnd } from './words.js';
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
const ACCENTED = new Set('àâçéèêëîïôûùüÿœÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ');
const ELIDED = new Set(['l', 'd', 'j', 'n', 's', 'c', 'm', 't', 'qu']);

// The words of both lists are tested without making strings: a word of one to four ASCII letters
// is a number (five bits a letter, case aside) that indexes a table of bits, and longer ASCII
// words (`cette`) are such numbers in a set. Only words of other letters (`à`) are lower-cased to
// be looked up, and only when a listed word has their length.
const FR_BIT = 1;
const EN_BIT = 2;
const SHORT_WORDS = new Uint8Array(1 << 20);
const LONGER_FR = new Set<number>();
const OTHER_FR = new Set<string>();
const OTHER_LENGTHS = new Set<number>();
for (const w of FR_WORDS) {
  if (!isAsciiWord(w)) {
    OTHER_FR.add(w);
    OTHER_LENGTHS.add(w.length);
  } else if (w.length <= 4) SHORT_WORDS[asciiCode(w, 0, w.length)] |= FR_BIT;
  else LONGER_FR.add(asciiCode(w, 0, w.length));
}
for (const w of EN_WORDS) SHORT_WORDS[asciiCode(w, 0, w.length)] |= EN_BIT; // all of four letters or fewer
/** The elisions (ASCII letters of one or two), as numbers like the words'. */
const ELIDED_CODES = new Uint8Array(1 << 10);
for (const w of ELIDED) ELIDED_CODES[asciiCode(w, 0, w.length)] = 1;
const ACCENTED_CODES = new Uint8Array(0x200);
for (const ch of ACCENTED) ACCENTED_CODES[ch.charCodeAt(0)] = 1;

function isAsciiWord(w: string): boolean {
  return /^[a-z]+$/.test(w);
}

/** text[from, to) as a number when it is ASCII letters only (lower-cased), else −1. */
function asciiCode(text: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return -1;
    k = k * 32 + (c - 96);
  }
  return k;
}

/** FR_BIT and EN_BIT for the word text[start, end) of at most five letters. */
function listedBits(text: string, start: number, end: number): number {
  const len = end - start;
  const k = asciiCode(text, start, end);
  if (k >= 0) return len <= 4 ? SHORT_WORDS[k] : LONGER_FR.has(k) ? FR_BIT : 0;
  return OTHER_LENGTHS.has(len) && OTHER_FR.has(text.slice(start, end).toLowerCase()) ? FR_BIT : 0;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** `l'école`, `qu’il`: an elided French article, pronoun or conjunction. */
function elided(text: string, start: number, end: number): boolean {
  let at = start + 1;
  if (!(at < end - 1 && isApostrophe(text.charCodeAt(at)))) {
    at = start + 2;
    if (!(at < end - 1 && isApostrophe(text.charCodeAt(at)))) return false;
  }
  const k = asciiCode(text, start, at);
  return k >= 0 && ELIDED_CODES[k] === 1;
}

function accents(text: string, atLeast: number): boolean {
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xc0 && c < 0x200 && ACCENTED_CODES[c] === 1 && ++k >= atLeast) return true;
  }
  return false;
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
    if (text.charCodeAt(a + i) !== text.charCodeAt(b + i) && text[a + i].toLowerCase() !== text[b + i].toLowerCase()) return false;
  }
  return true;
}

const recent = new RecentSegments(scan, 0);

/** LOOKS_FRENCH, LOOKS_ENGLISH and REPEATS_A_WORD for a segment, as bits. */
export function wordPass(seg: Segment): number {
  return recent.get(seg);
}

function scan(text: string): number {
  const n = text.length;
  let fr = 0;
  let en = 0;
  let repeats = false;
  let long = 0;
  let lowerLong = false;
  // The previous word, text[ps, pe).
  let ps = -1;
  let pe = -1;
  for (let i = 0; i < n; ) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const end = wordEnd(text, start);
    const len = end - start;
    // Function words are counted until two French ones are found (English counts only before).
    // Function words have five letters at most; longer words may still start with an elision.
    if (fr < 2) {
      const bits = len <= 5 ? listedBits(text, start, end) : 0;
      if ((bits & FR_BIT) !== 0 || (len >= 3 && elided(text, start, end))) fr++;
      if (en < 2 && (bits & EN_BIT) !== 0) en++;
    } else if (repeats && lowerLong) break;
    if (!repeats && len === pe - ps && onlySpaces(text, pe, start) && sameWord(text, ps, start, len)) repeats = true;
    if (len >= 4 && !lowerLong) {
      long++;
      const c = text.charCodeAt(start);
      lowerLong = c < 128 ? c >= 97 && c <= 122 : text[start] === text[start].toLowerCase();
    }
    ps = start;
    pe = end;
    i = end;
  }
  const marks = (fr >= 2 || accents(text, 3) ? LOOKS_FRENCH : 0) | (fr < 2 && en >= 2 ? LOOKS_ENGLISH : 0);
  return marks | (repeats ? REPEATS_A_WORD : 0) | (long > 0 && !lowerLong ? TITLE_CASE : 0);
}
