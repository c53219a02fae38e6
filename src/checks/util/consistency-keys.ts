// The grouping keys of the two consistency checks (inconsistent-translation groups pairs by their
// English, inconsistent-source by their French), computed once per run for both: each side's
// normalised form (src/tm/normalise.ts groupKey) becomes a small integer, so a run of 100,000
// pairs is two integer arrays instead of 400,000 key strings, and each text is normalised once
// instead of four times.

import type { Pair } from '../../core/types.js';
import { groupKey, normalForm } from '../../tm/normalise.js';
import { extractValues, type ValueLang } from '../../lang/values.js';

export interface KeyedMember {
  pair: Pair;
  /** Key ids (see ConsistencyKeys) of the side grouped by and of the other side. */
  key: number;
  otherKey: number;
}

interface ConsistencyKeys {
  /** Per pair: the key id of each side, −1 for a pair that is not grouped (shared, one-sided). */
  en: Int32Array;
  fr: Int32Array;
  /** Per key id: 1 when the key has a word (texts of numbers or codes only are not grouped). */
  words: Uint8Array;
}

const cache = new WeakMap<Pair[], ConsistencyKeys>();

/**
 * hasWords of src/tm/consistency.ts without splitting the key: whether a token of it is a word
 * (not a mask `#`, `{}`, `<>`, nor the punctuation key of a text without tokens).
 */
function hasWords(key: string): boolean {
  let start = 0;
  while (start <= key.length) {
    let end = key.indexOf(' ', start);
    if (end < 0) end = key.length;
    const len = end - start;
    const c = key.charCodeAt(start);
    const mask = (len === 1 && c === 35) || (len === 2 && ((c === 123 && key.charCodeAt(start + 1) === 125) || (c === 60 && key.charCodeAt(start + 1) === 62)));
    if (!mask && c !== 0) return true;
    start = end + 1;
  }
  return false;
}

/** Value kinds that are one token of a pattern however they are written. */
const MASKED = new Set(['time', 'time-range', 'date', 'number', 'money', 'percent']);
const DIGIT = /[0-9]/;

/**
 * The text with each time, date, amount and number replaced by `0`, which the key masks as `#`:
 * `9:00 a.m.` and `9:30 a.m.` are one pattern (`#`), and so are their translations `9 h` and
 * `9 h 30`, which masking digits alone would keep apart (`# h` / `# h #`) and report as two
 * translations. Whether the values agree is the value checks' business.
 */
function maskValues(text: string, lang: ValueLang): string {
  if (!DIGIT.test(text)) return text;
  const spans = extractValues(text, lang)
    .filter((v) => MASKED.has(v.kind))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const v of spans) {
    if (v.start < at) continue; // inside a value already masked (the times of a range)
    out += text.slice(at, v.start) + '0';
    at = v.end;
  }
  return out + text.slice(at);
}

/** groupKey(text), by the cheaper normalForm when the text has tokens (the two agree then). */
function keyOf(text: string, lang: ValueLang): string {
  const masked = maskValues(text, lang);
  return normalForm(masked) || groupKey(masked);
}

function computeKeys(pairs: Pair[]): ConsistencyKeys {
  const ids = new Map<string, number>();
  const words: number[] = [];
  const idOf = (text: string, lang: ValueLang): number => {
    const k = keyOf(text, lang);
    let id = ids.get(k);
    if (id === undefined) {
      id = words.length;
      ids.set(k, id);
      words.push(hasWords(k) ? 1 : 0);
    }
    return id;
  };
  const en = new Int32Array(pairs.length).fill(-1);
  const fr = new Int32Array(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i];
    if (p.method === 'shared' || !p.en || !p.fr) continue;
    en[i] = idOf(p.en.text, 'en');
    fr[i] = idOf(p.fr.text, 'fr');
  }
  return { en, fr, words: Uint8Array.from(words) };
}

/** The keys of a run's pairs (computed by the first check that asks, shared with the other). */
function keysFor(pairs: Pair[]): ConsistencyKeys {
  let k = cache.get(pairs);
  if (!k || k.en.length !== pairs.length) cache.set(pairs, (k = computeKeys(pairs)));
  return k;
}

/**
 * Pairs with both sides grouped by the key of one side, in the order they come (as groupPairs of
 * src/tm/consistency.ts), keeping only groups of two pairs or more: a pair alone agrees with
 * itself.
 */
export function groupByKey(pairs: Pair[], by: 'en' | 'fr'): Map<number, KeyedMember[]> {
  const k = keysFor(pairs);
  const key = by === 'en' ? k.en : k.fr;
  const other = by === 'en' ? k.fr : k.en;
  const counts = new Int32Array(k.words.length);
  for (let i = 0; i < pairs.length; i++) {
    const id = key[i];
    // A copy of the source is the `untranslated` check's business.
    if (id >= 0 && k.words[id] && id !== other[i]) counts[id]++;
  }
  const groups = new Map<number, KeyedMember[]>();
  for (let i = 0; i < pairs.length; i++) {
    const id = key[i];
    if (id < 0 || counts[id] < 2 || id === other[i]) continue;
    let list = groups.get(id);
    if (!list) groups.set(id, (list = []));
    list.push({ pair: pairs[i], key: id, otherKey: other[i] });
  }
  return groups;
}

/** The most frequent variant of a group (ties: the one that comes first). */
export function dominantKey<T>(variants: Map<number, T[]>): number {
  let best = -1;
  let n = -1;
  for (const [k, list] of variants) {
    if (list.length > n) {
      best = k;
      n = list.length;
    }
  }
  return best;
}
