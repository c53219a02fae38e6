// The words of a whole run, indexed once: each language's vocabulary (folded word → id, with its
// count) and every segment's words as a flat stream of ids with a few flags. Checks that compare
// words across all the documents (glued-words: is this phrase written apart elsewhere, is this
// word also written joined) read the stream instead of keeping millions of word objects.

import type { Pair, Segment } from '../core/types.js';
import type { DictLang } from './dictionary.js';
import { eachWord, foldScanned, scanWords, W_APOSTROPHE, W_FIRST_UPPER, W_LOWER, W_REST_UPPER, W_UPPER, type Shape, type WordSpan } from './splitter.js';

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

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  counts = new Int32Array(1024);

  get size(): number {
    return this.words.length;
  }

  /** The id of a folded word, added when new. */
  add(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      if (id >= this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    this.counts[id]++;
    return id;
  }

  /** The id of a folded word, or −1 when the run never has it. */
  id(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  count(word: string): number {
    const id = this.ids.get(word);
    return id === undefined ? 0 : this.counts[id];
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
          const word = foldScanned(text.slice(s, e), wf);
          const id = vocab.add(word);
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

  hasFirst(a: number): boolean {
    return this.byFirst.has(a);
  }

  get(a: number, b: number): V | undefined {
    return this.byFirst.get(a)?.get(b);
  }

  set(a: number, b: number, v: V): void {
    let m = this.byFirst.get(a);
    if (!m) this.byFirst.set(a, (m = new Map()));
    m.set(b, v);
  }
}
