// A text copied from the other language with only its values put the other way (`11:30 a.m. –
// Update on the Flood Mapping Program` over `11 h 30 – Update on the Flood Mapping Program`): a
// translation left undone. The aligner pairs such a copy with its source; untranslated reports it.

import { isWhiteSpaceCode } from './tokens.js';

/** Words (of three letters or more) a text must have for its copy to be taken for one. */
export const COPY_MIN_WORDS = 4;
/**
 * Fewer do when the copy's values alone were written the other language's way (`15 h – Roundtable:
 * member updates` beside `3:00 p.m. – Roundtable: member updates`): that is a telling sign itself.
 */
const RESTYLED_COPY_MIN_WORDS = 2;
/** Values written the French way: `14 h 50`, `15 h`, `20 000 $`. */
const FRENCH_VALUE = /(?<![\p{L}\p{N}:.,])\d{1,2} ?h(?: ?\d{2})?(?![\p{L}\p{N}])|\d[ \u00a0\u202f]\$/u;

/**
 * Whether `fr` is a copy of `en` whose values alone were written the French way (`15 h –
 * Roundtable: member updates` for `3:00 p.m. – Roundtable: member updates`).
 */
export function restyledCopy(en: string, fr: string): boolean {
  return FRENCH_VALUE.test(fr) && !FRENCH_VALUE.test(en) && sameWordsApartFromValues(en, fr, RESTYLED_COPY_MIN_WORDS);
}

const LETTER = /\p{L}/u;

function isLetter(c: number, text: string, i: number): boolean {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER.test(text[i]);
}

/** The end of the run of letters at `i`. */
function letterRunEnd(text: string, i: number): number {
  while (i < text.length && isLetter(text.charCodeAt(i), text, i)) i++;
  return i;
}

/**
 * Whether the letters at `i` belong to an e-mail address or a web address (`datalit@statcan.gc.ca`,
 * `https://…`): the same in both languages, no words of a text left untranslated.
 */
function inAddress(text: string, i: number): boolean {
  // The token around `i` (up to white space) is read in place: this runs for every word that
  // two texts compared for a copy share, and a slice per word was most of the comparison's cost.
  let a = i;
  while (a > 0 && !isWhiteSpaceCode(text.charCodeAt(a - 1))) a--;
  let b = i;
  while (b < text.length && !isWhiteSpaceCode(text.charCodeAt(b))) b++;
  // An `@` or a `://` inside the token (looked for in it alone: indexOf would read on to the end).
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 64 || (c === 58 && k + 2 < b && text.charCodeAt(k + 1) === 47 && text.charCodeAt(k + 2) === 47)) return true;
  }
  if (text.charCodeAt(a) === 40) a++; // (www.…
  return b - a >= 4 && (text.charCodeAt(a) | 32) === 119 && (text.charCodeAt(a + 1) | 32) === 119 && (text.charCodeAt(a + 2) | 32) === 119 && text.charCodeAt(a + 3) === 46;
}

/** The start of the next word of three letters or more at or after `i` (values and their units are shorter or not letters), or −1. */
function nextWord(text: string, i: number): number {
  while (i < text.length) {
    if (!isLetter(text.charCodeAt(i), text, i)) {
      i++;
      continue;
    }
    const end = letterRunEnd(text, i);
    if (end - i >= 3 && !inAddress(text, i)) return i;
    i = end;
  }
  return -1;
}

/**
 * Words of three letters or more in small letters, outside e-mail and web addresses: the words of
 * a text that would be translated (`Kevin Tremblay, 416-555-0198, on-sec-comite@…` has none).
 */
export function lowerCaseWords(text: string): number {
  let n = 0;
  for (let i = nextWord(text, 0); i >= 0; i = nextWord(text, letterRunEnd(text, i))) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c >= 97 && c <= 122 : text[i] !== text[i].toUpperCase()) n++;
  }
  return n;
}

/**
 * Whether two texts have the same words (of three letters or more, case aside), at least
 * `minWords` of them, once their values are left out. Words are compared as they come: most
 * texts differ at their first word, which settles them without making a string of either.
 */
export function sameWordsApartFromValues(a: string, b: string, minWords = COPY_MIN_WORDS): boolean {
  let i = nextWord(a, 0);
  let j = nextWord(b, 0);
  let words = 0;
  while (i >= 0 && j >= 0) {
    const ie = letterRunEnd(a, i);
    const je = letterRunEnd(b, j);
    if (ie - i !== je - j) return false;
    for (let k = 0; k < ie - i; k++) {
      const x = a.charCodeAt(i + k);
      const y = b.charCodeAt(j + k);
      if (x !== y && a[i + k].toLowerCase() !== b[j + k].toLowerCase()) return false;
    }
    words++;
    i = nextWord(a, ie);
    j = nextWord(b, je);
  }
  return i < 0 && j < 0 && words >= minWords;
}

/** A short label opening a text, with its colon: `A:`, `R :`, `Answer:`, `Réponse :`. */
const LEADING_LABEL = /^[\p{L}\p{N}.]{1,12}(?: [\p{L}.]{1,12})?[ \u00a0\u202f]?:\s+/u;

/**
 * The text after its leading label, or null when it has none: a copy under a label of its own
 * (`A: Tenants can apply…` over `R : Tenants can apply…`) is a copy all the same.
 */
export function withoutLeadingLabel(text: string): string | null {
  const m = LEADING_LABEL.exec(text);
  return m ? text.slice(m[0].length) : null;
}

/**
 * Words in sentence case: a capital at the start only, the words after the first in small
 * letters (`Wheelchair accessible counter`, `Oversized vehicle surcharge`): a label or a sentence,
 * not a name (`Microsoft Teams`, `Northern Harvest`) nor an identifier (`QUERY_LAYERS`).
 */
export const SENTENCE_CASE = /^\p{Lu}?[\p{Ll}\p{M}'’-]*(?:[\s,]+\p{Ll}[\p{Ll}\p{M}'’-]*)+[.!?]?$/u;

/** Words a heading may have for its words in another order to be taken for its translation. */
const SWAPPED_MAX_WORDS = 3;

/**
 * Whether two short headings have the same words in another order, each word taken by its first
 * three letters, accents aside (`Accessible voting` / `Vote accessible`, `OFFICIAL LANGUAGES` /
 * `LANGUES OFFICIELLES`): English puts the adjective first, French after its noun, so two lines
 * so written are a heading and its translation, whatever words both languages share.
 */
export function swappedTwins(a: string, b: string): boolean {
  return reorderedWords(a, b, SWAPPED_MAX_WORDS);
}

/**
 * Whether two texts have the same words (two at least, each taken by its first three letters,
 * accents aside) in another order, each of `maxWords` words at most (the stems of short words
 * aside, one more word): `Service Canada Centre – St. Vital` / `Centre Service Canada – St. Vital`.
 */
export function reorderedWords(a: string, b: string, maxWords = Infinity): boolean {
  const stems = (t: string): string[] | null => {
    const { stems: long, words } = wordStems(t, SWAPPED_STEM);
    return long.length >= 2 && long.length <= maxWords && words <= maxWords + 1 ? long : null;
  };
  const x = stems(a);
  const y = stems(b);
  return x !== null && y !== null && x.join(' ') !== y.join(' ') && sameStems(x, y);
}

/** Letters of a word's start that stand for it in swappedTwins (`acc`: accessible; `vot`: voting, vote). */
const SWAPPED_STEM = 3;

/**
 * The stems of a text's words of `length` letters or more: their first `length` letters, accents
 * aside, in small letters (`publ`: public, publique); and how many words the text has.
 */
export function wordStems(text: string, length: number): { stems: string[]; words: number } {
  const words = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/\p{L}+/gu) ?? [];
  return { stems: words.filter((w) => w.length >= length).map((w) => w.slice(0, length)), words: words.length };
}

/** Whether two lists of stems hold the same stems, in any order. */
export function sameStems(x: string[], y: string[]): boolean {
  return x.length === y.length && [...x].sort().join(' ') === [...y].sort().join(' ');
}

/**
 * How many words two word lists share at their start (`head`) and, after that, at their end
 * (`tail`): what lies between is each list's own stretch (`Inspection of …` / `Inspection de …`).
 */
export function sharedEnds(a: readonly string[], b: readonly string[]): { head: number; tail: number } {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { head, tail };
}

/** Characters two lines of values must open with alike (digits aside) to be one line written twice. */
export const VALUE_TWIN_PREFIX = 12;

/**
 * Whether two different lines are one line of values written twice but for a digit or a word (a
 * signature's `506-555-0138 | impots@… | …/impots` and `506-555-0183 | impots@… | …/taxes`): with
 * digits set aside they open alike over most of the shorter, and are of about one length.
 */
export function valueLineTwins(a: string, b: string): boolean {
  if (a === b) return false;
  const [x, y] = [a.trim().replace(/\d/g, '0'), b.trim().replace(/\d/g, '0')];
  let k = 0;
  while (k < x.length && k < y.length && x[k] === y[k]) k++;
  return k >= Math.max(VALUE_TWIN_PREFIX, 0.6 * Math.min(x.length, y.length)) && Math.abs(x.length - y.length) <= 0.25 * Math.max(x.length, y.length);
}
