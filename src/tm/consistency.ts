// What the two consistency checks share: grouping texts by their normalised form (case, spacing,
// no-break spaces and punctuation aside, numbers masked so that `Room 201` and `Room 202` are one
// pattern), and carrying one text's numbers into another's wording for a suggestion.

import type { Pair } from '../core/types.js';
import { groupKey, numberSpans } from './normalise.js';

export interface Member {
  pair: Pair;
  /** Normalised form of the side the group is about, and of the other side. */
  key: string;
  otherKey: string;
}

/** True when a grouping key has at least one word (texts of numbers or codes only are not grouped). */
export function hasWords(key: string): boolean {
  return key.split(' ').some((t) => t !== '#' && t !== '{}' && t !== '<>' && !t.startsWith('\u0000'));
}

/** Pairs with both sides grouped by the normalised form of one side, in the order they come. */
export function groupPairs(pairs: Pair[], by: 'en' | 'fr'): Map<string, Member[]> {
  const groups = new Map<string, Member[]>();
  for (const pair of pairs) {
    if (pair.method === 'shared' || !pair.en || !pair.fr) continue;
    const key = groupKey(by === 'en' ? pair.en.text : pair.fr.text);
    const otherKey = groupKey(by === 'en' ? pair.fr.text : pair.en.text);
    // A copy of the source is the `untranslated` check's business.
    if (!hasWords(key) || key === otherKey) continue;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push({ pair, key, otherKey });
  }
  return groups;
}

/** A text as withNumbersOf reads it: in NFC, with the [start, end) of each of its numbers. */
export interface Numbered {
  text: string;
  spans: number[];
}

export function numbered(text: string): Numbered {
  const nfc = text.normalize('NFC');
  return { text: nfc, spans: numberSpans(nfc) };
}

/**
 * `wording` with its numbers replaced, in order, by those of `numbersFrom` (the text of the pair
 * being fixed), when both have the same count; `wording` itself when it has the same numbers
 * already; otherwise null (no safe suggestion). Both texts are read in NFC.
 */
export function withNumbersOf(wording: string, numbersFrom: string): string | null {
  return withNumbersOfNumbered(numbered(wording), numbered(numbersFrom));
}

/** withNumbersOf of texts read already (a wording suggested to many pairs is read once). */
export function withNumbersOfNumbered(wording: Numbered, numbersFrom: Numbered): string | null {
  const slots = wording.spans;
  const nums = numbersFrom.spans;
  if (slots.length !== nums.length) return null;
  const text = wording.text;
  const from = numbersFrom.text;
  let same = true;
  for (let k = 0; k < slots.length && same; k += 2) same = text.slice(slots[k], slots[k + 1]) === from.slice(nums[k], nums[k + 1]);
  if (same) return text;
  let out = '';
  let at = 0;
  for (let k = 0; k < slots.length; k += 2) {
    out += text.slice(at, slots[k]) + from.slice(nums[k], nums[k + 1]);
    at = slots[k + 1];
  }
  return out + text.slice(at);
}

/** `file:line` of a pair's side, for messages. */
export function where(pair: Pair, side: 'en' | 'fr'): string {
  const seg = side === 'en' ? pair.en! : pair.fr!;
  const file = seg.place.file.split(/[\\/]/).pop();
  return `${file}:${seg.place.line}`;
}

/** `"x"` with the text shortened to `max` characters. */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

/**
 * Two texts quoted side by side, each shortened to `max` characters around where they first
 * differ: two long texts that differ past their first 60 characters (`…from National Resources
 * Canada…` / `…from Natural Resources Canada…`) would otherwise read the same.
 */
export function quoteDifference(a: string, b: string, max = 60): [string, string] {
  const ta = a.replace(/\s+/gu, ' ').trim();
  const tb = b.replace(/\s+/gu, ' ').trim();
  let p = 0;
  while (p < ta.length && p < tb.length && ta[p] === tb[p]) p++;
  // The difference shows in a plain shortening.
  if (p < max - 20 || (ta.length <= max && tb.length <= max)) return [quote(a, max), quote(b, max)];
  // From the start of a word some 20 characters before the difference.
  let start = p - 20;
  while (start > 0 && ta[start - 1] !== ' ') start--;
  const cut = (t: string) => `"…${t.length - start > max - 1 ? `${t.slice(start, start + max - 2).trimEnd()}…` : t.slice(start)}"`;
  return [cut(ta), cut(tb)];
}

/** The most frequent variant of a group (ties: the one that comes first). */
export function dominant<T>(variants: Map<string, T[]>): string {
  let best = '';
  let n = -1;
  for (const [k, list] of variants) {
    if (list.length > n) {
      best = k;
      n = list.length;
    }
  }
  return best;
}
