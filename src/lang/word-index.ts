// The words of a whole run, indexed once: each language's vocabulary (folded word → id, with its
// count) and every segment's words as a flat stream of ids with a few flags. Checks that compare
// words across all the documents (glued-words: is this phrase written apart elsewhere, is this
// word also written joined) read the stream instead of keeping millions of word objects.

import type { Pair, Segment } from '../core/types.js';
import { InternTable, grown } from '../core/intern-table.js';
import type { DictLang } from './dictionary.js';
import { J_HYPHEN, J_SPACE, scanTokens, scanWords, TokenBuffer, W_APOSTROPHE, W_FIRST_UPPER, W_FLAGS, W_LOWER, W_NON_ASCII, W_REST_UPPER, W_UPPER, type Shape, type WordSpan } from './splitter.js';
import { fold, foldChar } from './dictionary.js';

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
 *
 * A lookup runs for every word of the run and its cost is memory traffic, not arithmetic: each
 * slot holds the hash beside the id, and the words' characters sit in one array, so that a word
 * seen before costs a slot and a run of characters (not a slot, a hash, a string and its body).
 */
export class Vocabulary extends InternTable {
  readonly words: string[] = [];
  counts = new Int32Array(1024);

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

  /**
   * The id of fold(text[from, to)), added when new: the folded characters are hashed and compared
   * as they come (fold() would make three strings per word), and the string is made only for a
   * word not seen before.
   */
  addFolded(text: string, from: number, to: number): number {
    let h = 0x811c9dc5;
    let len = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 16777619);
        len++;
      } else {
        const f = foldChar(c);
        for (let k = 0; k < f.length; k++) h = Math.imul(h ^ f.charCodeAt(k), 16777619);
        len += f.length;
      }
    }
    let id = this.findFolded(h, len, text, from, to);
    if (id < 0) id = this.insert(h, fold(text.slice(from, to)));
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
    const mask = (table.length >> 1) - 1;
    const chars = this.chars;
    const starts = this.starts;
    const len = to - from;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const v = table[2 * slot + 1];
      if (v === 0) return -1;
      if (table[2 * slot] !== h) continue;
      const id = v - 1;
      const at = starts[id];
      if (starts[id + 1] - at !== len) continue;
      let k = 0;
      if (lower) {
        for (; k < len; k++) {
          const c = text.charCodeAt(from + k);
          if ((c >= 65 && c <= 90 ? c + 32 : c) !== chars[at + k]) break;
        }
      } else {
        for (; k < len; k++) if (text.charCodeAt(from + k) !== chars[at + k]) break;
      }
      if (k === len) return id;
    }
  }

  /** find() for fold(text[from, to)), `len` characters long once folded. */
  private findFolded(h: number, len: number, text: string, from: number, to: number): number {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    const chars = this.chars;
    const starts = this.starts;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const v = table[2 * slot + 1];
      if (v === 0) return -1;
      if (table[2 * slot] !== h) continue;
      const id = v - 1;
      let at = starts[id];
      if (starts[id + 1] - at !== len) continue;
      let same = true;
      for (let i = from; i < to && same; i++) {
        const c = text.charCodeAt(i);
        if (c < 128) same = (c >= 65 && c <= 90 ? c + 32 : c) === chars[at++];
        else {
          const f = foldChar(c);
          for (let k = 0; k < f.length && same; k++) same = f.charCodeAt(k) === chars[at++];
        }
      }
      if (same) return id;
    }
  }

  private insert(h: number, word: string): number {
    if (this.size >= this.counts.length) this.counts = grown(this.counts);
    this.words.push(word);
    return this.addEntry(h, word.length, (chars, at) => {
      for (let k = 0; k < word.length; k++) chars[at + k] = word.charCodeAt(k);
    });
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
    const buf = new TokenBuffer();
    for (const pair of pairs) {
      // Neutral material (addresses, codes, names) is the same in both languages.
      if (pair.method === 'shared') continue;
      for (const side of ['en', 'fr'] as const) {
        const seg = pair[side];
        if (!seg || seg.lang === 'und') continue;
        const vocab = this.vocab[side];
        const start = this.size;
        const text = seg.text;
        const n = scanTokens(text, side, buf);
        if (n === 0) continue;
        while (this.size + n > this.tokens.length) this.grow();
        const tokens = this.tokens;
        const flags = this.flags;
        const starts = buf.start;
        const ends = buf.end;
        const infos = buf.info;
        let lower = false;
        let t = start;
        for (let k = 0; k < n; k++, t++) {
          const s = starts[k];
          const e = ends[k];
          const info = infos[k];
          const wf = info & W_FLAGS;
          // foldScanned, without a new string for a word seen before.
          const id = wf & W_NON_ASCII ? vocab.addFolded(text, s, e) : vocab.addAscii(text, s, e);
          const shape = shapeCode(wf);
          if (shape !== 2) lower = true;
          tokens[t] = id;
          flags[t] = (info & J_SPACE ? T_SPACE : info & J_HYPHEN ? T_HYPHEN : 0) | (wf & W_APOSTROPHE ? T_APOSTROPHE : 0) | (shape << SHAPE_SHIFT);
          visit?.(t, side, id, vocab.words[id], wf, text, s, e);
        }
        this.size = t;
        this.segments.push({ pair, side, lang: side, seg, start, end: t, caps: !lower });
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

/** A set of word ids, as a flag per id: tested on every token of the run. */
export class IdSet {
  private flags = new Uint8Array(256);

  has(id: number): boolean {
    return id < this.flags.length && this.flags[id] === 1;
  }

  add(id: number): void {
    if (id >= this.flags.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.flags.length * 2));
      grown.set(this.flags);
      this.flags = grown;
    }
    this.flags[id] = 1;
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
