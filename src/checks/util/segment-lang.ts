// Language evidence of a segment, computed once per segment and shared by the checks that need it
// (untranslated, fr-typography, length-ratio): scoring is the costliest step of those checks.

import { scoreText, type LangScore } from '../../lang/identify.js';
import type { Segment } from '../../core/types.js';
import { LOOKS_ENGLISH, LOOKS_FRENCH, wordPass } from './word-pass.js';

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

/** Plainly French: two French function words or elisions, or three accented letters. */
export function looksFrench(seg: Segment): boolean {
  return (wordPass(seg) & LOOKS_FRENCH) !== 0;
}

/** Plainly English: two English function words, and not two French ones. */
export function looksEnglish(seg: Segment): boolean {
  return (wordPass(seg) & LOOKS_ENGLISH) !== 0;
}
