// Word lookup for English and French: is a word known, and how common is it.
// The word lists are expanded once from the Hunspell dictionaries (and SCOWL word lists, and
// word counts of freely licensed EN/FR translations) by scripts/build-dictionary.ts into
// rules/dict/<lang>.txt.gz; loading one takes a fraction of a second, where expanding the
// French Hunspell dictionary at run time takes ten seconds and 650 MB.

import { readFileSync, statSync } from 'node:fs';
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

// What foldChar gives, as a code unit: 0 not learned yet, c + 1 for a fold to one unit c, −1 for
// any other (œ → oe, a combining mark → nothing).
const foldedCodes = new Int32Array(65536);

/**
 * The one UTF-16 unit that fold() makes of a non-ASCII unit (é → e), negative when it makes
 * several or none (then see foldChar): a scanner folds an accented letter without a string.
 */
export function foldCode(code: number): number {
  let v = foldedCodes[code];
  if (v === 0) {
    const f = foldChar(code);
    v = foldedCodes[code] = f.length === 1 ? f.charCodeAt(0) + 1 : -1;
  }
  return v - 1;
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

/** Leading characters that pick a run of the sorted list (see Dictionary.prefixIndex). */
const PREFIX = 4;
/** Symbols of a prefix: end of word, apostrophe, hyphen, a–z (in the order the list sorts them). */
const SYMBOLS = 29;
/**
 * Bisection lookups after which a dictionary indexes its prefixes. Measured on the French list:
 * the index takes about 30 ms to build and saves about 1 µs a lookup (1.6 against 2.6 µs), so it
 * pays for itself after some 30,000 lookups. A document of a thousand pairs makes about 5,000
 * lookups per list and never needs it; a large catalog makes 75,000, and builds it early.
 */
export const INDEX_AFTER = 10_000;

/** The symbol of a list byte or a word's character in a prefix, −1 for any other. */
function symbolOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 94;
  return c === 39 ? 1 : c === 45 ? 2 : -1;
}

/**
 * A loaded word list: each known word with its cost (−log10 of its probability in running text).
 * The list stays one sorted ASCII buffer searched by bisection on byte offsets (a probe backs up to
 * the start of its line), so that loading it is only reading the file: building a hash set of half
 * a million French forms, or even an array of line starts (a pass over 8 MB), costs more than the
 * lookups of a small document. A large run makes a hundred thousand lookups, each a score of
 * cache misses across megabytes; past INDEX_AFTER of them the list gets the byte range of each
 * four-letter prefix (one pass over the list, in order), and a lookup bisects a few hundred
 * neighbouring lines.
 */
export class Dictionary {
  readonly lang: DictLang;
  /** Cost of a word that is known but was never counted (rare). */
  readonly rareCost: number;
  private readonly bytes: Uint8Array;
  /** Offset of the first word line (after the header's `#` lines). */
  private readonly body: number;
  private readonly scale: number;
  /** Lookups made by bisection so far, then the first line of each prefix (see prefixIndex). */
  private lookups = 0;
  private firstLine: Int32Array | null = null;
  private lineCount = -1;

  private constructor(lang: DictLang, bytes: Uint8Array, body: number, rareCost: number, scale: number) {
    this.lang = lang;
    this.bytes = bytes;
    this.body = body;
    this.rareCost = rareCost;
    this.scale = scale;
  }

  /** Number of words in the list (counted when first asked). */
  get size(): number {
    if (this.lineCount < 0) {
      const b = this.bytes;
      let n = 0;
      for (let i = this.body; i < b.length; i++) if (b[i] === 10) n++;
      if (b.length > this.body && b[b.length - 1] !== 10) n++;
      this.lineCount = n;
    }
    return this.lineCount;
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
    const n = word.length;
    // [lo, hi): whole lines, lo at the start of one.
    let lo = this.body;
    let hi = b.length;
    if (this.firstLine === null && ++this.lookups > INDEX_AFTER) this.firstLine = this.prefixIndex();
    const firstLine = this.firstLine;
    if (firstLine !== null && firstLine.length > 0) {
      let key = 0;
      for (let k = 0; k < PREFIX; k++) {
        const sym = k < n ? symbolOf(word.charCodeAt(k)) : 0;
        // A character no word of the list has.
        if (sym < 0) return -1;
        key = key * SYMBOLS + sym;
      }
      lo = firstLine[key];
      hi = firstLine[key + 1];
    }
    while (lo < hi) {
      // The line the middle byte is in.
      let s = (lo + hi) >>> 1;
      while (s > lo && b[s - 1] !== 10) s--;
      let c: number;
      let k = 0;
      for (; ; k++) {
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
      if (c < 0) hi = s;
      else {
        // After this line.
        let e = s + k;
        while (e < hi && b[e] !== 10) e++;
        lo = e + 1;
      }
    }
    return -1;
  }

  /**
   * The offset of the first line of each prefix (PREFIX symbols, ends of word as 0) in the sorted
   * list, and the list's end after the last: the lines of a prefix are firstLine[key] up to
   * firstLine[key + 1]. Empty when a line's prefix has a character outside SYMBOLS or the list is
   * out of order (then lookups bisect the whole list).
   */
  private prefixIndex(): Int32Array {
    const b = this.bytes;
    const end = b.length;
    const firstLine = new Int32Array(SYMBOLS ** PREFIX + 1);
    let filled = 0;
    let s = this.body;
    while (s < end) {
      let key = 0;
      let ended = false;
      let k = 0;
      for (; k < PREFIX; k++) {
        const x = b[s + k];
        if (x === 9 || x === 10 || x === undefined) ended = true;
        const sym = ended ? 0 : symbolOf(x);
        if (sym < 0) return new Int32Array(0);
        key = key * SYMBOLS + sym;
      }
      if (key + 1 < filled) return new Int32Array(0);
      while (filled <= key) firstLine[filled++] = s;
      // The next line.
      let e = s + (ended ? 0 : k);
      while (e < end && b[e] !== 10) e++;
      s = e + 1;
    }
    while (filled < firstLine.length) firstLine[filled++] = end;
    return firstLine;
  }

  /** Reads the bytes of a rules/dict/<lang>.txt file (format in scripts/build-dictionary.ts). */
  static parse(lang: DictLang, bytes: Uint8Array): Dictionary {
    let rare = 7;
    let scale = 4;
    // The header: `#` lines before the words (the words start with letters, `'` or `-`).
    let pos = 0;
    while (pos < bytes.length && bytes[pos] === 35 /* # */) {
      let end = bytes.indexOf(10, pos);
      if (end < 0) end = bytes.length;
      const m = /^#\s*(rare|scale)\s+(\d+(?:\.\d+)?)/.exec(Buffer.from(bytes.subarray(pos, end)).toString('latin1'));
      if (m) {
        if (m[1] === 'rare') rare = Number(m[2]);
        else scale = Number(m[2]);
      }
      pos = end + 1;
    }
    return new Dictionary(lang, bytes, Math.min(pos, bytes.length), rare, scale);
  }
}

const loaded = new Map<DictLang, Dictionary>();

/**
 * The bytes of a shipped word list: as the build unpacked it (dist/dict/, scripts/unpack-dictionaries.mjs),
 * when that copy is at least as new as the compressed list, else unpacked here (about 30 ms).
 */
function wordListBytes(lang: DictLang): Uint8Array {
  const packed = resourcePath(`rules/dict/${lang}.txt.gz`);
  const unpacked = resourcePath(`dist/dict/${lang}.txt`);
  const u = statSync(unpacked, { throwIfNoEntry: false });
  if (u && u.mtimeMs >= statSync(packed).mtimeMs) return readFileSync(unpacked);
  return gunzipSync(readFileSync(packed));
}

/**
 * The language whose word list alone has every one of the words (`Entrance`, `Roundtable`:
 * English), or null when a word is in both lists or in neither, or the words are of both.
 */
export function wordListLanguage(words: readonly string[]): DictLang | null {
  let lang: DictLang | null = null;
  for (const w of words) {
    const f = fold(w);
    const en = dictionary('en').has(f);
    let fr = dictionary('fr').has(f);
    // A word French writes only with accents, written without them (not in capitals, which may
    // drop them): the English word (`Fees`, not `Fées`).
    if (en && fr && f === w.toLowerCase() && w !== w.toUpperCase() && dictionary('fr').accentsOnly(f)) fr = false;
    if (en === fr) return null;
    const l: DictLang = en ? 'en' : 'fr';
    if (lang !== null && lang !== l) return null;
    lang = l;
  }
  return lang;
}

/**
 * How many words of three letters or more of `text` (hyphenated words taken apart) each
 * language's word list alone has: `Drought Livestock Assistance` has two English ones, and
 * `Assistance`, in both lists, counts for neither.
 */
export function wordListCounts(text: string): Record<DictLang, number> {
  const counts = { en: 0, fr: 0 };
  for (const w of text.match(/\p{L}{3,}/gu) ?? []) {
    const l = wordListLanguage([w]);
    if (l) counts[l]++;
  }
  return counts;
}

/** Whether `text` has `min` words or more that only `lang`'s word list has, and none that only the other's has (see wordListCounts). */
export function leansByWordLists(text: string, lang: DictLang, min = 1): boolean {
  const counts = wordListCounts(text);
  return counts[lang] >= min && counts[lang === 'en' ? 'fr' : 'en'] === 0;
}

/** The shipped word list of a language, loaded on first use and kept for the process. */
export function dictionary(lang: DictLang): Dictionary {
  let d = loaded.get(lang);
  if (!d) {
    d = Dictionary.parse(lang, wordListBytes(lang));
    loaded.set(lang, d);
  }
  return d;
}
