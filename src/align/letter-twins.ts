// A letter's salutation and closing, each language's own, paired with each other: `Dear Ms.
// Tremblay:` / `Madame,`, `Yours sincerely,` / `Nous vous prions d'agréer, Madame, nos salutations
// distinguées.` No word of one translates the other's, so the aligner leaves them alone or pairs one
// with a neighbour; but a letter has one of each in each language, and they are each other's.

import type { Pair, Segment } from '../core/types.js';
import { ENGLISH_CLOSING, ENGLISH_SALUTATION, FRENCH_CLOSING, FRENCH_SALUTATION } from '../lang/letter-forms.js';

/** The score of a salutation or a closing paired by form: a rule's pairing, as sure as the aligner's plain pairs. */
export const LETTER_FORM_SCORE = 0.9;
/** Lines apart, at most, for the twins to be stacked (one over the other) rather than in halves. */
const STACKED_GAP = 4;

/**
 * The pairs with the English and French salutations paired together, and the closings likewise,
 * when a message has one of each in each language and at least one of the two was left alone;
 * what either was paired with is left alone in its place. The pairs are returned in their order.
 */
export function letterTwins(pairs: Pair[]): Pair[] {
  let out = twins(pairs, ENGLISH_SALUTATION, FRENCH_SALUTATION);
  out = twins(out, ENGLISH_CLOSING, FRENCH_CLOSING);
  return out;
}

function twins(pairs: Pair[], english: RegExp, french: RegExp): Pair[] {
  const en = pairs.filter((p) => p.en && english.test(p.en.text.trim()));
  const fr = pairs.filter((p) => p.fr && french.test(p.fr.text.trim()));
  if (en.length !== 1 || fr.length !== 1) return pairs;
  const [a, b] = [en[0], fr[0]];
  if (a === b || (a.fr && b.en)) return pairs;
  const enSeg = a.en as Segment;
  const frSeg = b.fr as Segment;
  const gap = Math.abs(enSeg.place.line - frSeg.place.line);
  const twin: Pair = { id: a.id, en: enSeg, fr: frSeg, method: gap <= STACKED_GAP ? 'stacked' : 'parallel', score: LETTER_FORM_SCORE };
  const out: Pair[] = [];
  for (const p of pairs) {
    if (p === a) {
      out.push(twin);
      // What the English one was paired with, left alone.
      // (Its id for now: alignMixed numbers the pairs again.)
      if (p.fr) out.push({ ...p, id: `${p.id}-fr`, en: null, method: 'orphan' });
    } else if (p === b) {
      // What the French one was paired with, left alone.
      if (p.en) out.push({ ...p, fr: null, method: 'orphan' });
    } else out.push(p);
  }
  return out;
}
