// Language evidence of a segment, computed once per segment and shared by the checks that need it
// (untranslated, fr-typography, length-ratio): scoring is the costliest step of those checks.

import { scoreText, type LangScore } from '../../lang/identify.js';
import type { Segment } from '../../core/types.js';
import { words, type Words } from './words.js';

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

/** `l'école`, `qu’il`: an elided French article, pronoun or conjunction. */
function elided(text: string, start: number, end: number): boolean {
  for (const at of [start + 1, start + 2]) {
    const c = text.charCodeAt(at);
    if (at < end - 1 && (c === 39 || c === 0x2019)) return ELIDED.has(text.slice(start, at).toLowerCase());
  }
  return false;
}

/** French function words and elisions in a segment, counted up to `enough`. */
function frenchWords(text: string, w: Words, enough: number): number {
  let k = 0;
  for (let i = 0; i < w.count && k < enough; i++) {
    const start = w.spans[2 * i];
    const len = w.spans[2 * i + 1] - start;
    // Function words have five letters at most; longer words may still start with an elision.
    if ((len <= 5 && FR_WORDS.has(w.lower(i))) || (len >= 3 && elided(text, start, start + len))) k++;
  }
  return k;
}

function englishWords(w: Words, enough: number): number {
  let k = 0;
  for (let i = 0; i < w.count && k < enough; i++) if (w.spans[2 * i + 1] - w.spans[2 * i] <= 4 && EN_WORDS.has(w.lower(i))) k++;
  return k;
}

function accents(text: string, atLeast: number): boolean {
  let k = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0xc0 && ACCENTED.has(text[i]) && ++k >= atLeast) return true;
  return false;
}

const LOOKS_FRENCH = 1;
const LOOKS_ENGLISH = 2;
/** Both answers per segment, as bits: the words themselves are not kept (memory). */
const marks = new WeakMap<Segment, number>();

function marksOf(seg: Segment): number {
  let m = marks.get(seg);
  if (m === undefined) {
    const w = words(seg.text);
    const fr = frenchWords(seg.text, w, 2);
    m = (fr >= 2 || accents(seg.text, 3) ? LOOKS_FRENCH : 0) | (fr < 2 && englishWords(w, 2) >= 2 ? LOOKS_ENGLISH : 0);
    marks.set(seg, m);
  }
  return m;
}

/** Plainly French: two French function words or elisions, or three accented letters. */
export function looksFrench(seg: Segment): boolean {
  return (marksOf(seg) & LOOKS_FRENCH) !== 0;
}

/** Plainly English: two English function words, and not two French ones. */
export function looksEnglish(seg: Segment): boolean {
  return (marksOf(seg) & LOOKS_ENGLISH) !== 0;
}
