// Language evidence of a segment, computed once per segment and shared by the checks that need it
// (untranslated, fr-typography, length-ratio): scoring is the costliest step of those checks.

import { scoreText, type LangScore } from '../../lang/identify.js';
import type { Segment } from '../../core/types.js';
import { nextWordStart, wordEnd } from './words.js';

const cache = new WeakMap<Segment, LangScore>();

export function segmentScore(seg: Segment): LangScore {
  let s = cache.get(seg);
  if (!s) {
    s = scoreText(seg.text);
    cache.set(seg, s);
  }
  return s;
}

/**
 * Whether a text reads as English beyond doubt: enough English evidence, several words that say so,
 * and no French word of weight (a French sentence quoting one English term is still French).
 */
export function clearlyEnglish(s: LangScore, minScore = 3): boolean {
  return s.score <= -minScore && s.known >= 2 && s.maxFr < 1.5;
}

/** Whether a text reads as French beyond doubt (the mirror of clearlyEnglish). */
export function clearlyFrench(s: LangScore, minScore = 3): boolean {
  return s.score >= minScore && s.known >= 2 && s.maxEn > -1.5;
}

// Cheap tests that settle most segments before any scoring: two French function words (or three
// accented letters) and a text is not English beyond doubt; two English ones (and not two French
// ones) and it is not French.
const FR_WORDS = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'un', 'une', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'avec', 'au', 'aux', 'vous', 'nous', 'ce', 'cette', 'sont', 'par', 'ou', 'à']);
const EN_WORDS = new Set(['the', 'and', 'of', 'to', 'is', 'for', 'with', 'that', 'this', 'are', 'be', 'you', 'we', 'it', 'was', 'by', 'from', 'have', 'has', 'not', 'or']);
const ACCENTED = new Set('àâçéèêëîïôûùüÿœÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ');
const ELIDED = new Set(['l', 'd', 'j', 'n', 's', 'c', 'm', 't', 'qu']);

// The words of both lists are tested without making strings: a word of ASCII letters is a number
// (five bits a letter), and only other words are lower-cased to be looked up.
const FR_CODES = new Set([...FR_WORDS].filter(isAsciiWord).map((w) => asciiCode(w, 0, w.length)));
const EN_CODES = new Set([...EN_WORDS].filter(isAsciiWord).map((w) => asciiCode(w, 0, w.length)));
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

/** Whether the word text[start, end) (at most five letters) is in `words` (ASCII ones given as `codes`). */
function listed(text: string, start: number, end: number, codes: Set<number>, words: Set<string>): boolean {
  const k = asciiCode(text, start, end);
  return k >= 0 ? codes.has(k) : words.has(text.slice(start, end).toLowerCase());
}

/** `l'école`, `qu’il`: an elided French article, pronoun or conjunction. */
function elided(text: string, start: number, end: number): boolean {
  for (const at of [start + 1, start + 2]) {
    const c = text.charCodeAt(at);
    if (at < end - 1 && (c === 39 || c === 0x2019)) return ELIDED.has(text.slice(start, at).toLowerCase());
  }
  return false;
}

function accents(text: string, atLeast: number): boolean {
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xc0 && c < 0x200 && ACCENTED_CODES[c] === 1 && ++k >= atLeast) return true;
  }
  return false;
}

const LOOKS_FRENCH = 1;
const LOOKS_ENGLISH = 2;

// The answers for the last few segments: the checks that ask (untranslated, fr-typography) ask
// about both sides of the pair at hand, several times; nothing is kept per segment of the run.
const RECENT = 4;
const recentSegs: Array<Segment | undefined> = new Array<Segment | undefined>(RECENT);
const recentMarks = new Uint8Array(RECENT);
let next = 0;

/**
 * Both answers for a text, as bits, from one pass over its words: French function words and
 * elisions, and English function words (English counts only when French has fewer than two).
 */
function marksOf(seg: Segment): number {
  for (let i = 0; i < RECENT; i++) if (recentSegs[i] === seg) return recentMarks[i];
  const marks = computeMarks(seg.text);
  recentSegs[next] = seg;
  recentMarks[next] = marks;
  next = (next + 1) % RECENT;
  return marks;
}

function computeMarks(text: string): number {
  let fr = 0;
  let en = 0;
  for (let start = nextWordStart(text, 0); start >= 0 && fr < 2; ) {
    const end = wordEnd(text, start);
    const len = end - start;
    // Function words have five letters at most; longer words may still start with an elision.
    if ((len <= 5 && listed(text, start, end, FR_CODES, FR_WORDS)) || (len >= 3 && elided(text, start, end))) fr++;
    if (en < 2 && len <= 4 && listed(text, start, end, EN_CODES, EN_WORDS)) en++;
    start = nextWordStart(text, end);
  }
  return (fr >= 2 || accents(text, 3) ? LOOKS_FRENCH : 0) | (fr < 2 && en >= 2 ? LOOKS_ENGLISH : 0);
}

/** Plainly French: two French function words or elisions, or three accented letters. */
export function looksFrench(seg: Segment): boolean {
  return (marksOf(seg) & LOOKS_FRENCH) !== 0;
}

/** Plainly English: two English function words, and not two French ones. */
export function looksEnglish(seg: Segment): boolean {
  return (marksOf(seg) & LOOKS_ENGLISH) !== 0;
}
