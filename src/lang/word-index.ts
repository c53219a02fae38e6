// The words of a whole run, indexed once: each language's vocabulary (folded word → id, with its
// count) and every segment's words as a flat stream of ids with a few flags. Checks that compare
// words across all the documents (glued-words: is this phrase written apart elsewhere, is this
// word also written joined) read the stream instead of keeping millions of word objects.

import type { Pair, Segment } from '../core/types.js';
import type { DictLang } from './dictionary.js';
import { eachWord, scanWords, W_APOSTROPHE, W_FIRST_UPPER, W_LOWER, W_NON_ASCII, W_REST_UPPER, W_UPPER, type Shape, type WordSpan } from './splitter.js';
import { fold } from './dictionary.js';

/** Token flags. */
export const T_SPACE = 1; // follows the previous word after white space only
export const T_HYPHEN = 2; // follows the previous word after one hyphen
export const T_APOSTROPHE = 4;
const SHAPE_SHIFT = 3; // two bits: lower, title, upper, mixed
const SHAPES: Shape[] = ['lower', 'title', 'upper', 'mixed'];

/** Index in SHAPES of a word's shape (as splitter.shapeOf, without the string). */
function shapeCode(wf: number): number {
  if (!(wf & W_UPPER)) return 0;
  if (!(wf & W_LOWER)) return 2;
  return wf & W_FIRST_UPPER && !(wf & W_REST_UPPER) ? 1 : 3;
}

/** FNV-1a over UTF-16 units. */
function hashOf(word: string, from = 0, to = word.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h;
}

/**
 * Folded words and their ids, in an open-addressing table of its own: the index looks a word up
 * straight from the text it is written in (ASCII words are lower-cased on the fly), and parts of
 * stored words without cutting them out, so that a word seen before costs no new string. A Map of
 * strings cost a slice, a lower-casing and a hash of a fresh string for every word of the run.
 */
export class Vocabulary {
  readonly words: string[] = [];
  counts = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  /** id + 1 per slot, 0 for an empty one. */
  private table = new Int32Array(4096);

  get size(): number {
    return this.words.length;
  }

  /** The id of a folded word, added when new. */
  add(word: string): number {
    const h = hashOf(word);
    let id = this.find(h, word, 0, word.length, false);
    if (id < 0) id = this.insert(h, word);
    this.counts[id]++;
    return id;
  }

  /**
   * The id of the ASCII word text[from, to) lower-cased (as fold() would give it), added when new.
   * The string is made only for a word not seen before.
   */
  addAscii(text: string, from: number, to: number): number {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 16777619);
    }
    let id = this.find(h, text, from, to, true);
    if (id < 0) id = this.insert(h, text.slice(from, to).toLowerCase());
    this.counts[id]++;
    return id;
  }

  /** The id of a folded word, or −1 when the run never has it. */
  id(word: string): number {
    return this.find(hashOf(word), word, 0, word.length, false);
  }

  /** The id of the folded word word[from, to), or −1 (no substring is made). */
  idOfPart(word: string, from: number, to: number): number {
    return this.find(hashOf(word, from, to), word, from, to, false);
  }

  count(word: string): number {
    const id = this.id(word);
    return id < 0 ? 0 : this.counts[id];
  }

  private find(h: number, text: string, from: number, to: number, lower: boolean): number {
    const table = this.table;
    const mask = table.length - 1;
    const len = to - from;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const v = table[slot];
      if (v === 0) return -1;
      const id = v - 1;
      if (this.hashes[id] !== h) continue;
      const w = this.words[id];
      if (w.length !== len) continue;
      let k = 0;
      if (lower) {
        for (; k < len; k++) {
          const c = text.charCodeAt(from + k);
          if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(k)) break;
        }
      } else {
        for (; k < len; k++) if (text.charCodeAt(from + k) !== w.charCodeAt(k)) break;
      }
      if (k === len) return id;
    }
  }

  private insert(h: number, word: string): number {
    const id = this.words.length;
    this.words.push(word);
    if (id >= this.counts.length) {
      const counts = new Int32Array(this.counts.length * 2);
      counts.set(this.counts);
      this.counts = counts;
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = h;
    // At most half full: probes stay short.
    if ((id + 1) * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const table = this.table;
    const mask = table.length - 1;
    let slot = this.hashes[id] & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = id + 1;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }
}

export interface IndexedSegment {
  pair: Pair;
  side: 'en' | 'fr';
  lang: DictLang;
  seg: Segment;
  /** Its words are tokens [start, end) of the stream. */
  start: number;
  end: number;
  /** All in capitals (a heading): capitals there are no sign of an acronym. */
  caps: boolean;
}

export class WordIndex {
  readonly vocab: Record<DictLang, Vocabulary> = { en: new Vocabulary(), fr: new Vocabulary() };
  readonly segments: IndexedSegment[] = [];
  tokens = new Int32Array(1 << 14);
  flags = new Uint8Array(1 << 14);
  size = 0;

  /**
   * Indexes the sides of `pairs` whose language is known; `visit` sees each token as it is added
   * (its index in the stream, its language, its id, its folded form, the scanner's flags, and
   * where it is written: text and range).
   */
  constructor(
    pairs: Pair[],
    visit?: (token: number, lang: DictLang, id: number, word: string, wordFlags: number, text: string, start: number, end: number) => void,
  ) {
    for (const pair of pairs) {
      // Neutral material (addresses, codes, names) is the same in both languages.
      if (pair.method === 'shared') continue;
      for (const side of ['en', 'fr'] as const) {
        const seg = pair[side];
        if (!seg || seg.lang === 'und') continue;
        const vocab = this.vocab[side];
        const start = this.size;
        const text = seg.text;
        let lower = false;
        eachWord(text, side, (s, e, _ws, join, wf) => {
          if (this.size === this.tokens.length) this.grow();
          // foldScanned, without a new string for a word seen before.
          const id = wf & W_NON_ASCII ? vocab.add(fold(text.slice(s, e))) : vocab.addAscii(text, s, e);
          const word = vocab.words[id];
          const shape = shapeCode(wf);
          if (shape !== 2) lower = true;
          this.tokens[this.size] = id;
          this.flags[this.size] = (join === 'space' ? T_SPACE : join === 'hyphen' ? T_HYPHEN : 0) | (wf & W_APOSTROPHE ? T_APOSTROPHE : 0) | (shape << SHAPE_SHIFT);
          visit?.(this.size, side, id, word, wf, text, s, e);
          this.size++;
        });
        if (this.size > start) this.segments.push({ pair, side, lang: side, seg, start, end: this.size, caps: !lower });
      }
    }
  }

  shape(token: number): Shape {
    return SHAPES[(this.flags[token] >> SHAPE_SHIFT) & 3];
  }

  /** The segment a token belongs to. */
  segmentOf(token: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (segs[mid].start <= token) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The words of a segment with their places (scanned again: only for the few that are reported). */
  words(segment: number): WordSpan[] {
    const s = this.segments[segment];
    return scanWords(s.seg.text, s.lang);
  }

  private grow(): void {
    const t = new Int32Array(this.tokens.length * 2);
    t.set(this.tokens);
    this.tokens = t;
    const f = new Uint8Array(this.flags.length * 2);
    f.set(this.flags);
    this.flags = f;
  }
}

/** Values keyed by two word ids (a phrase of two words), with a quick test on the first. */
export class PairMap<V> {
  private readonly byFirst = new Map<number, Map<number, V>>();
  /** 1 at the ids that start a key: the test runs on every token of the run. */
  private firsts = new Uint8Array(256);

  hasFirst(a: number): boolean {
    return a < this.firsts.length && this.firsts[a] === 1;
  }

  get(a: number, b: number): V | undefined {
    return this.byFirst.get(a)?.get(b);
  }

  set(a: number, b: number, v: V): void {
    let m = this.byFirst.get(a);
    if (!m) {
      this.byFirst.set(a, (m = new Map()));
      if (a >= this.firsts.length) {
        const grown = new Uint8Array(Math.max(a + 1, this.firsts.length * 2));
        grown.set(this.firsts);
        this.firsts = grown;
      }
      this.firsts[a] = 1;
    }
    m.set(b, v);
  }
}
