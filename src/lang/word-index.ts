// The words of a whole run, indexed once: each language's vocabulary (folded word → id, with its
// count) and every segment's words as a flat stream of ids with a few flags. Checks that compare
// words across all the documents (glued-words: is this phrase written apart elsewhere, is this
// word also written joined) read the stream instead of keeping millions of word objects.

import type { Pair, Segment } from '../core/types.js';
import { InternTable, grown } from '../core/intern-table.js';
import type { DictLang } from './dictionary.js';
import { foldedLength, isExactHash, wordHash, J_HYPHEN, J_SPACE, scanTokens, scanWordAt, scanWords, TokenBuffer, W_APOSTROPHE, W_FIRST_UPPER, W_FLAGS, W_LOWER, W_NON_ASCII, W_REST_UPPER, W_UPPER, type Shape, type WordSpan } from './splitter.js';
import { fold, foldChar } from './dictionary.js';

/** Token flags. */
export const T_SPACE = 1; // follows the previous word after white space only
export const T_HYPHEN = 2; // follows the previous word after one hyphen
export const T_APOSTROPHE = 4;
const SHAPE_SHIFT = 3; // two bits: lower, title, upper, mixed
/** The shape bits of a token's flags, and their value for a mixed-case word (iPhone, WhatsApp). */
export const T_SHAPE = 3 << SHAPE_SHIFT;
export const T_MIXED = 3 << SHAPE_SHIFT;
/** The shape bits of a word in capitals (DELA). */
export const T_UPPER = 2 << SHAPE_SHIFT;
export const T_NON_ASCII = 32; // written with a character outside ASCII
const SHAPES: Shape[] = ['lower', 'title', 'upper', 'mixed'];

/** Index in SHAPES of a word's shape (as splitter.shapeOf, without the string). */
function shapeCode(wf: number): number {
  if (!(wf & W_UPPER)) return 0;
  if (!(wf & W_LOWER)) return 2;
  return wf & W_FIRST_UPPER && !(wf & W_REST_UPPER) ? 1 : 3;
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
    const h = wordHash(word);
    let id = this.find(h, word, 0, word.length);
    if (id < 0) id = this.insert(h, word);
    this.counts[id]++;
    return id;
  }

  /** The id of the ASCII word text[from, to) lower-cased (as fold() would give it), added when new. */
  addAscii(text: string, from: number, to: number): number {
    return this.addFolded(text, from, to);
  }

  /** The id of fold(text[from, to)), added when new. */
  addFolded(text: string, from: number, to: number): number {
    return this.add(fold(text.slice(from, to)));
  }

  /**
   * The id of fold(text[from, to)), added when new (not counted: WordIndex counts its stream),
   * from the text's code units and the hash and length of the folded form as scanTokens gives
   * them: the folded characters are compared as they come (fold() would make three strings per
   * word), and the string is made only for a word not seen before.
   */
  internScanned(codes: Uint16Array, text: string, from: number, to: number, h: number, len: number): number {
    const id = this.findScanned(h, len, codes, from, to);
    return id >= 0 ? id : this.insert(h, fold(text.slice(from, to)));
  }

  /** The id of a folded word, or −1 when the run never has it. */
  id(word: string): number {
    return this.find(wordHash(word), word, 0, word.length);
  }

  /** The id of the folded word word[from, to), or −1 (no substring is made). */
  idOfPart(word: string, from: number, to: number): number {
    return this.find(wordHash(word, from, to), word, from, to);
  }

  count(word: string): number {
    const id = this.id(word);
    return id < 0 ? 0 : this.counts[id];
  }

  private find(h: number, text: string, from: number, to: number): number {
    const exact = isExactHash(h);
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
      if (exact) return id;
      const at = starts[id];
      if (starts[id + 1] - at !== len) continue;
      let k = 0;
      while (k < len && text.charCodeAt(from + k) === chars[at + k]) k++;
      if (k === len) return id;
    }
  }

  /** find() for fold(codes[from, to)), `len` characters long once folded. */
  private findScanned(h: number, len: number, codes: Uint16Array, from: number, to: number): number {
    const exact = isExactHash(h);
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    const chars = this.chars;
    const starts = this.starts;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const v = table[2 * slot + 1];
      if (v === 0) return -1;
      if (table[2 * slot] !== h) continue;
      const id = v - 1;
      // A short word is its own hash: found without reading its characters.
      if (exact) return id;
      let at = starts[id];
      if (starts[id + 1] - at !== len) continue;
      let i = from;
      for (; i < to; i++) {
        const c = codes[i];
        if (c < 128) {
          if ((c >= 65 && c <= 90 ? c + 32 : c) !== chars[at++]) break;
        } else {
          const f = foldChar(c);
          let k = 0;
          while (k < f.length && f.charCodeAt(k) === chars[at + k]) k++;
          if (k < f.length) break;
          at += k;
        }
      }
      if (i === to) return id;
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

/** Segment flags. */
const S_FR = 1; // the French side of its pair
const S_CAPS = 2; // all in capitals

export class WordIndex {
  readonly vocab: Record<DictLang, Vocabulary> = { en: new Vocabulary(), fr: new Vocabulary() };
  tokens: Int32Array;
  flags: Uint8Array;
  size = 0;
  /**
   * The segments with words, in order, as parallel arrays (a run has hundreds of thousands):
   * segment i holds tokens [segmentStarts[i], segmentStarts[i + 1]).
   */
  segmentCount = 0;
  segmentStarts = new Int32Array(1024);
  private segmentFlags = new Uint8Array(1024);
  private readonly segmentPairs: Pair[] = [];

  /** Indexes the sides of `pairs` whose language is known. */
  constructor(pairs: Pair[]) {
    // Room for a word per six characters to start with (about what English and French have).
    let chars = 0;
    for (const pair of pairs) chars += (pair.en?.text.length ?? 0) + (pair.fr?.text.length ?? 0);
    const room = Math.max(1 << 14, Math.ceil(chars / 6));
    this.tokens = new Int32Array(room);
    this.flags = new Uint8Array(room);
    const buf = new TokenBuffer();
    for (const pair of pairs) {
      // Neutral material (addresses, codes, names) is the same in both languages.
      if (pair.method === 'shared') continue;
      this.add(pair, 'en', buf);
      this.add(pair, 'fr', buf);
    }
  }

  /** Streams the words of one side of a pair. */
  private add(pair: Pair, side: DictLang, buf: TokenBuffer): void {
    const seg = pair[side];
    if (!seg || seg.lang === 'und') return;
    const vocab = this.vocab[side];
    const start = this.size;
    const text = seg.text;
    const n = scanTokens(text, side, buf);
    if (n === 0) return;
    while (this.size + n > this.tokens.length) this.grow();
    const tokens = this.tokens;
    const flags = this.flags;
    const starts = buf.start;
    const ends = buf.end;
    const infos = buf.info;
    const hashes = buf.hash;
    const codes = buf.codes;
    let lower = false;
    let t = start;
    for (let k = 0; k < n; k++, t++) {
      const s = starts[k];
      const e = ends[k];
      const info = infos[k];
      const wf = info & W_FLAGS;
      // fold(text[s, e)), without a new string for a word seen before.
      const id = vocab.internScanned(codes, text, s, e, hashes[k], foldedLength(info));
      const shape = shapeCode(wf);
      if (shape !== 2) lower = true;
      tokens[t] = id;
      flags[t] =
        (info & J_SPACE ? T_SPACE : info & J_HYPHEN ? T_HYPHEN : 0) |
        (wf & W_APOSTROPHE ? T_APOSTROPHE : 0) |
        (wf & W_NON_ASCII ? T_NON_ASCII : 0) |
        (shape << SHAPE_SHIFT);
    }
    this.size = t;
    // Counted apart from the lookups, which then wait on one memory read less per word.
    const counts = vocab.counts;
    for (let k = start; k < t; k++) counts[tokens[k]]++;
    const i = this.segmentCount++;
    if (i + 2 > this.segmentStarts.length) {
      this.segmentStarts = grown(this.segmentStarts);
      this.segmentFlags = grown(this.segmentFlags);
    }
    this.segmentStarts[i] = start;
    this.segmentStarts[i + 1] = t;
    this.segmentFlags[i] = (side === 'fr' ? S_FR : 0) | (lower ? 0 : S_CAPS);
    this.segmentPairs.push(pair);
  }

  /** The language (and side) of segment i. */
  langOf(i: number): DictLang {
    return this.segmentFlags[i] & S_FR ? 'fr' : 'en';
  }

  /** Whether segment i is all in capitals (a heading): capitals there are no sign of an acronym. */
  capsOf(i: number): boolean {
    return (this.segmentFlags[i] & S_CAPS) !== 0;
  }

  /** The text of segment i. */
  textOf(i: number): string {
    return this.segmentPairs[i][this.langOf(i)]!.text;
  }

  /** Segment i with its pair, side and tokens. */
  segment(i: number): IndexedSegment {
    const pair = this.segmentPairs[i];
    const side = this.langOf(i);
    return { pair, side, lang: side, seg: pair[side]!, start: this.segmentStarts[i], end: this.segmentStarts[i + 1], caps: this.capsOf(i) };
  }

  /** All the segments as objects (made on each call). */
  get segments(): IndexedSegment[] {
    const out: IndexedSegment[] = [];
    for (let i = 0; i < this.segmentCount; i++) out.push(this.segment(i));
    return out;
  }

  shape(token: number): Shape {
    return SHAPES[(this.flags[token] >> SHAPE_SHIFT) & 3];
  }

  /** The segment a token belongs to. */
  segmentOf(token: number): number {
    const starts = this.segmentStarts;
    let lo = 0;
    let hi = this.segmentCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= token) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The words of a segment with their places (scanned again: only for the few that are reported). */
  words(segment: number): WordSpan[] {
    return scanWords(this.textOf(segment), this.langOf(segment));
  }

  /**
   * The places of segment i's words: its text scanned again into `buf`, where token t of the
   * segment is word t − segmentStarts[i] (buf.start, buf.end). The stream keeps no places: only the
   * few segments that a check looks at closer need them.
   */
  placesOf(i: number, buf: TokenBuffer): TokenBuffer {
    scanTokens(this.textOf(i), this.langOf(i), buf);
    return buf;
  }

  /** Token t of segment i as scanWords gives it (the segment scanned again). */
  wordAt(segment: number, t: number): WordSpan {
    return scanWordAt(this.textOf(segment), this.langOf(segment), t - this.segmentStarts[segment]);
  }

  private grow(): void {
    const size = Math.ceil(this.tokens.length * 1.5);
    this.tokens = resized(this.tokens, size);
    this.flags = resized(this.flags, size);
  }
}

/** A typed array of `size` elements with the old content. */
function resized<T extends Int32Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** A set of word ids, as a flag per id: tested on every token of the run. */
export class IdSet {
  private flags = new Uint8Array(256);
  /** Number of ids in the set. */
  size = 0;

  has(id: number): boolean {
    return id < this.flags.length && this.flags[id] === 1;
  }

  add(id: number): void {
    if (id >= this.flags.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.flags.length * 2));
      grown.set(this.flags);
      this.flags = grown;
    }
    if (this.flags[id] === 0) this.size++;
    this.flags[id] = 1;
  }
}

/**
 * Values keyed by two word ids (a phrase of two words), with a quick test on the first: both run
 * on every token of the run, so the keys sit in an open-addressing table of integers.
 */
export class PairMap<V> {
  /** [first, second] per slot; first is −1 in an empty slot. */
  private keys = new Int32Array(128).fill(-1);
  private values: Array<V | undefined> = new Array<V | undefined>(64).fill(undefined);
  private size = 0;
  /** 1 at the ids that start a key. */
  private firsts = new Uint8Array(256);

  hasFirst(a: number): boolean {
    return a < this.firsts.length && this.firsts[a] === 1;
  }

  get(a: number, b: number): V | undefined {
    const keys = this.keys;
    const mask = (keys.length >> 1) - 1;
    for (let slot = slotOf(a, b) & mask; keys[2 * slot] !== -1; slot = (slot + 1) & mask) {
      if (keys[2 * slot] === a && keys[2 * slot + 1] === b) return this.values[slot];
    }
    return undefined;
  }

  set(a: number, b: number, v: V): void {
    if (a >= this.firsts.length) {
      const grown = new Uint8Array(Math.max(a + 1, this.firsts.length * 2));
      grown.set(this.firsts);
      this.firsts = grown;
    }
    this.firsts[a] = 1;
    if (this.put(a, b, v)) return;
    // At most half full: probes stay short.
    if (++this.size * 4 > this.keys.length) {
      const keys = this.keys;
      const values = this.values;
      this.keys = new Int32Array(keys.length * 2).fill(-1);
      this.values = new Array<V | undefined>(values.length * 2).fill(undefined);
      for (let slot = 0; slot < values.length; slot++) if (keys[2 * slot] !== -1) this.put(keys[2 * slot], keys[2 * slot + 1], values[slot] as V);
    }
  }

  /** Stores the value; true when the key was there already. */
  private put(a: number, b: number, v: V): boolean {
    const keys = this.keys;
    const mask = (keys.length >> 1) - 1;
    let slot = slotOf(a, b) & mask;
    for (; keys[2 * slot] !== -1; slot = (slot + 1) & mask) {
      if (keys[2 * slot] === a && keys[2 * slot + 1] === b) {
        this.values[slot] = v;
        return true;
      }
    }
    keys[2 * slot] = a;
    keys[2 * slot + 1] = b;
    this.values[slot] = v;
    return false;
  }
}

/** A hash of two ids, spread over the bits a table mask keeps. */
function slotOf(a: number, b: number): number {
  const h = Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1);
  return h ^ (h >>> 16);
}
