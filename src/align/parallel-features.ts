// What the parallel aligner knows about each sentence: its length and its tokens, and, for each
// token, the "keys" by which it can meet a token of the other language:
//  - the same word (names, numbers, codes, acronyms, words shared by the two languages);
//  - a cognate: the same first four letters once accents are folded (Simard, Foster & Isabelle
//    1992: `technological`/`technologique`, `Expedition`/`expédition`);
//  - the same value once locale formats are normalised (`$2.5 million` = `2,5 millions de
//    dollars`, `September 12` = `12 septembre`), from the value extractor;
//  - the same strong punctuation (`?`, `!`, `:`, quotes, brackets);
//  - the same layout: both headings, both list items with the same enumerator (given by the
//    caller as extra tokens `#k:…`);
//  - a learned or given translation (parallel-lexicon.ts).
// Nothing here is specific to English and French: any two languages written with letters work.

import { extractValues, type ValueLang } from '../lang/values.js';
import { valueKeys } from './anchors.js';

/** The tokens of one side, sentence by sentence, as word-type ids. */
export interface SideTokens {
  /** Number of sentences. */
  n: number;
  /** Length of each sentence in characters, white space excluded. */
  len: Float64Array;
  /** Tokens of sentence i are ids[start[i] .. start[i+1]). */
  start: Int32Array;
  ids: Int32Array;
  /** Word types: lower-cased form, or `#v:…` for a value, `#p:…` for punctuation, `#k:…` for layout. */
  types: string[];
  /**
   * breaks[i]: the cost of putting sentences i − 1 and i in one bead (they are in different
   * paragraphs, or one is a heading). Absent: no cost.
   */
  breaks?: Float64Array;
  /** Blocks [start, end) whose units may also be aligned as one bead (bibliography entries). */
  blocks?: ReadonlyArray<readonly [number, number]>;
}

export type TokenClass = 0 | 1 | 2 | 3;
/** Token classes, each with its own chance of finding its partner in a true pair. */
export const CLASS_WORD = 0;
export const CLASS_VALUE = 1;
export const CLASS_PUNCT = 2;
export const CLASS_LAYOUT = 3;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const PUNCT = /[?!:;()[\]"«»“”„¿¡]/g;
const PUNCT_NORM: Record<string, string> = { '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '[': '(', ']': ')', '¿': '?', '¡': '!' };

export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x202f && c !== 10 && c !== 13) n++;
  }
  return n;
}

/**
 * Tokenises the sentences of one side. Numbers inside a value the extractor recognises are
 * replaced by the value's canonical key, so `4,250,000` and `4 250 000` meet.
 */
export function tokenizeSide(texts: string[], lang: ValueLang, extra?: ReadonlyArray<readonly string[]>, values = true): SideTokens {
  const typeIds = new Map<string, number>();
  const types: string[] = [];
  const ids: number[] = [];
  const start = new Int32Array(texts.length + 1);
  const len = new Float64Array(texts.length);
  const idOf = (t: string): number => {
    let id = typeIds.get(t);
    if (id === undefined) {
      id = types.length;
      typeIds.set(t, id);
      types.push(t);
    }
    return id;
  };
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    start[i] = ids.length;
    len[i] = nonSpaceLength(text);
    // Value spans: their digits are represented by the values' keys instead.
    let spans: Array<[number, number]> = [];
    if (values && /\d/.test(text)) {
      const vs = extractValues(text, lang).filter((v) => v.kind !== 'zone');
      for (const k of valueKeys(vs)) ids.push(idOf(`#v:${k}`));
      // A date also meets a date of the same month with another day: the day is where a
      // translation goes wrong (`November 18, 2024` / `8 novembre 2024`), and the sentences
      // still translate each other.
      for (const v of vs) if (v.kind === 'date' && v.day !== undefined && v.month !== undefined) ids.push(idOf(`#v:dm:${v.year ?? ''}-${v.month}`));
      spans = vs.filter((v) => v.kind !== 'number' || !v.enumerator).map((v) => [v.start, v.end]);
    }
    // Lower-case once per sentence (when that keeps offsets, which value spans rely on).
    const lower = text.toLowerCase();
    const words = lower.length === text.length ? lower : text;
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(words)) !== null) {
      const w = m[0];
      if (spans.length && /\d/.test(w) && spans.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
      ids.push(idOf(words === text ? w.toLowerCase() : w));
    }
    PUNCT.lastIndex = 0;
    while ((m = PUNCT.exec(text)) !== null) ids.push(idOf(`#p:${PUNCT_NORM[m[0]] ?? m[0]}`));
    if (extra?.[i]) for (const t of extra[i]) ids.push(idOf(t));
  }
  start[texts.length] = ids.length;
  return { n: texts.length, len, start, ids: Int32Array.from(ids), types };
}

export function classOf(type: string): TokenClass {
  if (type.startsWith('#v:')) return CLASS_VALUE;
  if (type.startsWith('#p:')) return CLASS_PUNCT;
  if (type.startsWith('#k:')) return CLASS_LAYOUT;
  return CLASS_WORD;
}

/** Groups consecutive sentences into blocks of `size` (the coarse levels of the search). */
export function coarsen(side: SideTokens, size: number): SideTokens {
  const n = Math.ceil(side.n / size);
  const start = new Int32Array(n + 1);
  const len = new Float64Array(n);
  for (let b = 0; b < n; b++) {
    const first = b * size;
    const last = Math.min(side.n, first + size);
    start[b] = side.start[first];
    for (let i = first; i < last; i++) len[b] += side.len[i];
  }
  start[n] = side.ids.length;
  return { n, len, start, ids: side.ids, types: side.types };
}

/** For each word type of one side, the ids of the keys it can match by: ids[start[w] .. start[w+1]). */
export interface KeyTable {
  start: Int32Array;
  ids: Int32Array;
}

/** The keys of both sides, numbered 0 .. size − 1. */
export interface KeySpace {
  src: KeyTable;
  tgt: KeyTable;
  size: number;
}

export interface KeyOptions {
  /** Cognates by shared 4-letter prefixes (on by default). */
  cognates?: boolean;
  /** Translation pairs (source type, target type) learned or given. */
  lexicon?: Array<[number, number]>;
}

/** Shortest folded length for the identical-word key (shorter words are mostly function words). */
const MIN_IDENTICAL = 2;
/** Words of at least this length also match by their first four letters. */
const MIN_COGNATE = 5;

function surfaceKeys(type: string, cognates: boolean): string[] {
  if (type.startsWith('#')) return [type];
  const f = fold(type);
  const keys: string[] = [];
  if (f.length >= MIN_IDENTICAL || /\d/.test(f)) keys.push(`=${f}`);
  if (cognates && f.length >= MIN_COGNATE && !/\d/.test(f)) keys.push(`~${f.slice(0, 4)}`);
  return keys;
}

/** Builds the keys of both sides; keys that occur on one side only are dropped. */
export function buildKeys(src: SideTokens, tgt: SideTokens, opts: KeyOptions = {}): KeySpace {
  const cognates = opts.cognates ?? true;
  const srcKeys = src.types.map((t) => surfaceKeys(t, cognates));
  const tgtKeys = tgt.types.map((t) => surfaceKeys(t, cognates));
  const onTgt = new Set<string>();
  for (const ks of tgtKeys) for (const k of ks) onTgt.add(k);
  const ids = new Map<string, number>();
  const shared = new Set<string>();
  for (const ks of srcKeys) for (const k of ks) if (onTgt.has(k)) shared.add(k);
  const id = (k: string): number => {
    let v = ids.get(k);
    if (v === undefined) {
      v = ids.size;
      ids.set(k, v);
    }
    return v;
  };
  const pick = (ks: string[]): number[] => ks.filter((k) => shared.has(k)).map(id);
  const s: number[][] = srcKeys.map(pick);
  const t: number[][] = tgtKeys.map(pick);
  if (opts.lexicon) {
    for (const [a, b] of opts.lexicon) {
      // A pair given twice (known beforehand and learned again) keeps its one key.
      const name = `x:${a}:${b}`;
      if (ids.has(name)) continue;
      const k = ids.size;
      ids.set(name, k);
      s[a].push(k);
      t[b].push(k);
    }
  }
  return { src: table(s), tgt: table(t), size: ids.size };
}

function table(lists: number[][]): KeyTable {
  const start = new Int32Array(lists.length + 1);
  for (let w = 0; w < lists.length; w++) start[w + 1] = start[w] + lists[w].length;
  const ids = new Int32Array(start[lists.length]);
  lists.forEach((l, w) => ids.set(l, start[w]));
  return { start, ids };
}
