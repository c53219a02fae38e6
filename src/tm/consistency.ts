// What the two consistency checks share: grouping texts by their normalised form (case, spacing,
// no-break spaces and punctuation aside, numbers masked so that `Room 201` and `Room 202` are one
// pattern), and carrying one text's numbers into another's wording for a suggestion.

import type { Pair } from '../core/types.js';
import { analyse, groupKey } from './normalise.js';

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

/**
 * `wording` with its numbers replaced, in order, by those of `numbersFrom` (the text of the pair
 * being fixed), when both have the same count; `wording` itself when it has the same numbers
 * already; otherwise null (no safe suggestion).
 */
export function withNumbersOf(wording: string, numbersFrom: string): string | null {
  const w = analyse(wording);
  const nums = analyse(numbersFrom).tokens.filter((t) => t.kind === 'number');
  const slots = w.tokens.filter((t) => t.kind === 'number');
  if (slots.length !== nums.length) return null;
  if (slots.every((s, i) => s.raw === nums[i].raw)) return wording.normalize('NFC');
  let out = '';
  let at = 0;
  const text = wording.normalize('NFC');
  slots.forEach((s, i) => {
    out += text.slice(at, s.start) + nums[i].raw;
    at = s.end;
  });
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
