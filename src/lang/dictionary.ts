// Word lookup for English and French: is a word known, and how common is it.
// The word lists are expanded once from the Hunspell dictionaries (and SCOWL word lists, and
// word counts of freely licensed EN/FR translations) by scripts/build-dictionary.ts into
// rules/dict/<lang>.txt.gz; loading one takes a fraction of a second, where expanding the
// French Hunspell dictionary at run time takes ten seconds and 650 MB.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resourcePath } from '../core/resources.js';

export type DictLang = 'en' | 'fr';

/**
 * The form words are stored and looked up in: lower case, without accents, typographic
 * apostrophe as ASCII, ligatures spelled out. Upper-case headings often drop French accents
 * (SECURITE), so accents must not decide whether a word is known.
 */
export function fold(word: string): string {
  const n = word.length;
  let i = 0;
  while (i < n && word.charCodeAt(i) < 128) i++;
  if (i === n) return word.toLowerCase();
  // Character by character from a table: NFD on every French word would cost more than the lookup.
  let out = word.slice(0, i).toLowerCase();
  for (; i < n; i++) {
    const code = word.charCodeAt(i);
    out += code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : word[i]) : foldChar(code);
  }
  return out;
}

// One slot per UTF-16 unit from the start: a sparse array grown on demand becomes a dictionary,
// and reads past its end undo the optimised code of the loops that call foldChar.
const folded = new Array<string | undefined>(65536).fill(undefined);

/** What fold() makes of one non-ASCII UTF-16 unit (possibly several letters, or none). */
export function foldChar(code: number): string {
  const f = folded[code];
  return f !== undefined ? f : learnFold(code);
}

/** foldChar for a unit not seen before (kept in the table). */
function learnFold(code: number): string {
  const f = String.fromCharCode(code)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/’/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
  folded[code] = f;
  return f;
}

/**
 * A loaded word list: each known word with its cost (−log10 of its probability in running text).
 * The list stays one sorted ASCII buffer searched by bisection: building a hash set of half a
 * million French forms costs more than all the lookups a run makes.
 */
export class Dictionary {
  readonly lang: DictLang;
  /** Cost of a word that is known but was never counted (rare). */
  readonly rareCost: number;
  private readonly bytes: Uint8Array;
  /** Start of each word line in `bytes`. */
  private readonly starts: Uint32Array;
  private readonly scale: number;

  private constructor(lang: DictLang, bytes: Uint8Array, starts: Uint32Array, rareCost: number, scale: number) {
    this.lang = lang;
    this.bytes = bytes;
    this.starts = starts;
    this.rareCost = rareCost;
    this.scale = scale;
  }

  get size(): number {
    return this.starts.length;
  }

  /** Whether the folded word is in the list. */
  has(folded: string): boolean {
    return this.find(folded) >= 0;
  }

  /** −log10 probability of the folded word; Infinity when unknown. Lower is more common. */
  cost(folded: string): number {
    const at = this.find(folded);
    if (at < 0) return Infinity;
    const b = this.bytes;
    let i = at + folded.length;
    if (b[i] !== 9 /* tab */) return this.rareCost;
    let n = 0;
    let digits = 0;
    for (i++; i < b.length && b[i] >= 48 && b[i] <= 57; i++, digits++) n = n * 10 + (b[i] - 48);
    return digits ? n / this.scale : this.rareCost;
  }

  /** Whether the folded word is only ever written with accents (`nes` for `nés`). */
  accentsOnly(folded: string): boolean {
    const at = this.find(folded);
    if (at < 0) return false;
    const b = this.bytes;
    let i = at + folded.length;
    if (b[i] !== 9 /* tab */) return false;
    while (++i < b.length && b[i] !== 10) if (b[i] === 126 /* ~ */) return true;
    return false;
  }

  /** Offset of the word's line, or −1. */
  private find(word: string): number {
    const b = this.bytes;
    const starts = this.starts;
    const n = word.length;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = starts[mid];
      let c: number;
      for (let k = 0; ; k++) {
        const x = b[s + k];
        // A line's word ends at a tab or a newline, both below every letter.
        const lineEnded = x === 9 || x === 10 || x === undefined;
        if (k === n) {
          c = lineEnded ? 0 : -1;
          break;
        }
        if (lineEnded) {
          c = 1;
          break;
        }
        const q = word.charCodeAt(k);
        if (q !== x) {
          c = q < x ? -1 : 1;
          break;
        }
      }
      if (c === 0) return s;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }

  /** Reads the bytes of a rules/dict/<lang>.txt file (format in scripts/build-dictionary.ts). */
  static parse(lang: DictLang, bytes: Uint8Array): Dictionary {
    let rare = 7;
    let scale = 4;
    const n = bytes.length;
    // One pass over the bytes for the line starts (a search call per line cost more than the
    // list is long), into an array sized by a first count of the lines.
    let lines = 1;
    for (let i = 0; i < n; i++) if (bytes[i] === 10) lines++;
    const starts = new Uint32Array(lines);
    let count = 0;
    let pos = 0;
    while (pos < n) {
      let end = pos;
      while (end < n && bytes[end] !== 10) end++;
      if (bytes[pos] === 35 /* # */) {
        const m = /^#\s*(rare|scale)\s+(\d+(?:\.\d+)?)/.exec(Buffer.from(bytes.subarray(pos, end)).toString('latin1'));
        if (m) {
          if (m[1] === 'rare') rare = Number(m[2]);
          else scale = Number(m[2]);
        }
      } else if (end > pos) {
        starts[count++] = pos;
      }
      pos = end + 1;
    }
    return new Dictionary(lang, bytes, starts.slice(0, count), rare, scale);
  }
}

const loaded = new Map<DictLang, Dictionary>();

/** The shipped word list of a language, loaded on first use and kept for the process. */
export function dictionary(lang: DictLang): Dictionary {
  let d = loaded.get(lang);
  if (!d) {
    d = Dictionary.parse(lang, gunzipSync(readFileSync(resourcePath(`rules/dict/${lang}.txt.gz`))));
    loaded.set(lang, d);
  }
  return d;
}
