// The grouping keys of the two consistency checks (inconsistent-translation groups pairs by their
// English, inconsistent-source by their French), computed once per run for both: each side's
// normalised form (src/tm/normalise.ts groupKey) becomes a small integer, so a run of 100,000
// pairs is two integer arrays instead of 400,000 key strings, and each text is normalised once
// instead of four times. In a checked run the keys are made in the per-pair pass (gatherKeys),
// from the values the value checks extracted already.

import type { Pair } from '../../core/types.js';
import { InternTable, grown } from '../../core/intern-table.js';
import type { GatherContext, RunMemo } from '../types.js';
import { eachNorm, groupKey } from '../../tm/normalise.js';
import { extractValues, type Value, type ValueLang } from '../../lang/values.js';

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

/** Value kinds that are one token of a pattern however they are written. */
const MASKED = new Set(['time', 'time-range', 'date', 'number', 'money', 'percent']);
const DIGIT = /[0-9]/;

/**
 * The text with each time, date, amount and number replaced by `0`, which the key masks as `#`:
 * `9:00 a.m.` and `9:30 a.m.` are one pattern (`#`), and so are their translations `9 h` and
 * `9 h 30`, which masking digits alone would keep apart (`# h` / `# h #`) and report as two
 * translations. Whether the values agree is the value checks' business.
 */
function maskValues(text: string, lang: ValueLang, values?: () => Value[]): string {
  if (!DIGIT.test(text)) return text;
  const spans = (values ? values() : extractValues(text, lang))
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

/**
 * The keys of a run as small integers, in a table of their own: a key (groupKey of the masked
 * text) is looked up from the norms normalForm would join, copied into a buffer, and only its
 * characters are kept. A Map of key strings made a fresh string per text, flattened and hashed,
 * and held them all where every collection of the young generation had to copy them.
 */
class KeyTable extends InternTable {
  private hasWord = new Uint8Array(1024);
  /** The key being looked up. */
  private buf = new Uint16Array(256);
  private len = 0;

  /** The id of groupKey(text) (normalForm(text) when it has tokens, as the two agree then). */
  idOfText(text: string): number {
    this.len = 0;
    eachNorm(text, this.addNorm, this.addWord);
    if (this.len === 0) return this.idOfString(groupKey(text));
    return this.find();
  }

  /** A norm of the key being looked up (one closure each for the table's life, not per text). */
  private readonly addNorm = (norm: string): void => this.addWord(norm, 0, norm.length);

  constructor() {
    super(4096, 1 << 16);
  }

  private readonly addWord = (s: string, from: number, to: number): void => {
    if (this.len + to - from + 1 > this.buf.length) this.grow(this.len + to - from + 1);
    const buf = this.buf;
    let n = this.len;
    if (n > 0) buf[n++] = 32;
    for (let k = from; k < to; k++) buf[n++] = s.charCodeAt(k);
    this.len = n;
  };

  private grow(size: number): void {
    let length = this.buf.length * 2;
    while (length < size) length *= 2;
    const grown = new Uint16Array(length);
    grown.set(this.buf.subarray(0, this.len));
    this.buf = grown;
  }

  private idOfString(key: string): number {
    this.len = 0;
    for (let k = 0; k < key.length; k++) this.put(key.charCodeAt(k));
    return this.find();
  }

  /** Whether the key has a word (see hasWords). */
  words(): Uint8Array {
    return this.hasWord.slice(0, this.size);
  }

  private put(c: number): void {
    if (this.len === this.buf.length) this.grow(this.len + 1);
    this.buf[this.len++] = c;
  }

  private find(): number {
    const buf = this.buf;
    const len = this.len;
    let h = 0x811c9dc5;
    for (let k = 0; k < len; k++) h = Math.imul(h ^ buf[k], 16777619);
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const v = table[2 * slot + 1];
      if (v === 0) return this.insert(h);
      if (table[2 * slot] !== h) continue;
      const id = v - 1;
      const at = this.starts[id];
      if (this.starts[id + 1] - at !== len) continue;
      let k = 0;
      while (k < len && this.chars[at + k] === buf[k]) k++;
      if (k === len) return id;
    }
  }

  private insert(h: number): number {
    const len = this.len;
    const buf = this.buf;
    if (this.size >= this.hasWord.length) this.hasWord = grown(this.hasWord);
    this.hasWord[this.size] = hasWordsIn(buf, len) ? 1 : 0;
    return this.addEntry(h, len, (chars, at) => chars.set(buf.subarray(0, len), at));
  }
}

/**
 * hasWords of src/tm/consistency.ts for a key held as characters: whether a token of it is a word
 * (not a mask `#`, `{}`, `<>`, nor the punctuation key of a text without tokens).
 */
function hasWordsIn(key: Uint16Array, n: number): boolean {
  let start = 0;
  while (start <= n) {
    let end = start;
    while (end < n && key[end] !== 32) end++;
    const len = end - start;
    const c = start < n ? key[start] : NaN;
    const mask = (len === 1 && c === 35) || (len === 2 && ((c === 123 && key[start + 1] === 125) || (c === 60 && key[start + 1] === 62)));
    if (!mask && c !== 0) return true;
    start = end + 1;
  }
  return false;
}

/** Keys being made, pair by pair. */
class KeyBuilder {
  private readonly keys = new KeyTable();
  readonly en: Int32Array;
  readonly fr: Int32Array;
  /** The last pair done (both consistency checks gather the same keys). */
  last = -1;

  constructor(size: number) {
    this.en = new Int32Array(size).fill(-1);
    this.fr = new Int32Array(size).fill(-1);
  }

  /** Keys the pair at `i`; `values` gives a side's values when they are at hand already. */
  add(i: number, p: Pair, values?: { en: () => Value[]; fr: () => Value[] }): void {
    this.last = i;
    if (p.method === 'shared' || !p.en || !p.fr) return;
    this.en[i] = this.keys.idOfText(maskValues(p.en.text, 'en', values?.en));
    this.fr[i] = this.keys.idOfText(maskValues(p.fr.text, 'fr', values?.fr));
  }

  done(): ConsistencyKeys {
    return { en: this.en, fr: this.fr, words: this.keys.words() };
  }
}

const MEMO = 'consistency-keys';

/**
 * The keys of the pair at hand, for the per-pair pass (the `gather` of both consistency checks).
 * The runner's values of a side are the ones keys mask (extractValues of its text in its
 * language) unless its language is unknown.
 */
export function gatherKeys(ctx: GatherContext): void {
  let b = ctx.memo.get(MEMO) as KeyBuilder | undefined;
  if (!b) ctx.memo.set(MEMO, (b = new KeyBuilder(ctx.pairs.length)));
  if (b.last === ctx.index) return;
  const p = ctx.pair;
  b.add(ctx.index, p, {
    en: () => (p.en!.lang !== 'und' ? ctx.values.en : extractValues(p.en!.text, 'en')),
    fr: () => (p.fr!.lang !== 'und' ? ctx.values.fr : extractValues(p.fr!.text, 'fr')),
  });
}

/** The keys of a run's pairs (gathered in the per-pair pass, or made by the first check that asks). */
function keysFor(pairs: Pair[], memo?: RunMemo): ConsistencyKeys {
  let k = cache.get(pairs);
  if (k && k.en.length === pairs.length) return k;
  const gathered = memo?.get(MEMO) as KeyBuilder | undefined;
  if (gathered && gathered.en.length === pairs.length) k = gathered.done();
  else {
    const b = new KeyBuilder(pairs.length);
    for (let i = 0; i < pairs.length; i++) b.add(i, pairs[i]);
    k = b.done();
  }
  cache.set(pairs, k);
  return k;
}

/**
 * Pairs with both sides grouped by the key of one side, in the order they come (as groupPairs of
 * src/tm/consistency.ts), keeping only groups of two pairs or more: a pair alone agrees with
 * itself.
 */
export function groupByKey(pairs: Pair[], by: 'en' | 'fr', memo?: RunMemo): Map<number, KeyedMember[]> {
  const k = keysFor(pairs, memo);
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
