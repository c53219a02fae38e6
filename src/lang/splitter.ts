// Words that may be glued, and the ways to split them into known words.
// scanWords() finds the words of a segment that a spelling check may look at (not URLs, e-mail
// addresses, code, hashtags, words with digits), with their shape and how each joins the previous
// word; splitWord() lists the ways a word splits into two or three words of a dictionary.

import { fold, foldChar, type Dictionary, type DictLang } from './dictionary.js';

export type Shape = 'lower' | 'title' | 'upper' | 'mixed';

export interface WordSpan {
  /** Range of the word in the segment text (elided article and 's left out). */
  start: number;
  end: number;
  text: string;
  folded: string;
  shape: Shape;
  /** First word of the text, of a sentence or of a list item, where capitals are expected. */
  initial: boolean;
  /** How the word follows the previous one: only white space, one hyphen, or anything else. */
  join: 'space' | 'hyphen' | null;
  /** Holds an apostrophe inside (don't, aujourd'hui): not a candidate for splitting. */
  apostrophe: boolean;
}

// What the scanner needs to know of a UTF-16 code unit, in one table read: its kind (bits
// below), the W_* flags it gives a word, and the unit fold() makes of it in the high 16 bits. The
// scanner runs over every character of every segment, so it reads this table instead of testing
// regular expressions, and folds and hashes a word from the same read. Entries are learned on
// first use (0 = not learned yet).
const K_LETTER = 1 << 6; // letters of every script, combining marks
const K_SPACE = 1 << 7;
const K_DIGITISH = 1 << 8; // digits of every script, and the signs that glue to numbers (% $ € £ § #)
const K_DIGIT = 1 << 9;
const K_APOSTROPHE = 1 << 10; // ' and ’
const K_CODE_SIGN = 1 << 11; // a character that may make its chunk code (see isCodeSign)
const K_MULTI = 1 << 12; // fold() makes several units of it, or none
const K_UNPACKED = 1 << 13; // its folded unit is not a–z (the word has no packed hash)
const K_LEARNED = 1 << 14;
const units = new Int32Array(65536);

/** The table entry of a code unit: a read, small enough to be inlined at every use. */
function kindOf(code: number): number {
  const k = units[code];
  return k !== 0 ? k : learnUnit(code);
}

/**
 * Learns the units of codes[0, n) not seen before, and those of Latin-1 (with the zero after a
 * text) on first use: the scanner's loops then read the table without a test or a call, which
 * keeps their values in registers. Most texts are all Latin-1, which a regular expression tells
 * faster than a look at each unit.
 */
function learnUnits(text: string, codes: Uint16Array, n: number): void {
  const table = units;
  if (table[0] === 0) for (let c = 0; c < 256; c++) learnUnit(c);
  if (!BEYOND_LATIN1.test(text)) return;
  for (let i = 0; i < n; i++) if (table[codes[i]] === 0) learnUnit(codes[i]);
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** The entry of a code unit not seen before (kept in the table). */
function learnUnit(code: number): number {
  const ch = String.fromCharCode(code);
  let k = K_LEARNED;
  if (/\s/u.test(ch)) k |= K_SPACE;
  else if (/\p{N}/u.test(ch)) k |= K_DIGITISH | K_DIGIT;
  else if (/[%$€£§#]/u.test(ch)) k |= K_DIGITISH;
  else if (/[\p{L}\p{M}]/u.test(ch)) {
    k |= K_LETTER;
    if (ch !== ch.toLowerCase()) k |= W_UPPER | W_REST_UPPER;
    else if (ch !== ch.toUpperCase()) k |= W_LOWER;
  } else if (code === 39 || code === 0x2019) k |= K_APOSTROPHE | W_APOSTROPHE;
  if (CODE_SIGNS.includes(ch)) k |= K_CODE_SIGN;
  if (code >= 128) k |= W_NON_ASCII;
  // The folded unit, for the characters a word is made of.
  if (k & (K_LETTER | K_APOSTROPHE)) {
    const f = code < 128 ? ch.toLowerCase() : foldChar(code);
    if (f.length !== 1) k |= K_MULTI;
    else {
      const u = f.charCodeAt(0);
      if (u < 97 || u > 122) k |= K_UNPACKED;
      k |= u << 16;
    }
  }
  units[code] = k;
  return k;
}

/** The characters isCodeSign looks at. */
const CODE_SIGNS = '_\\{}<>=|`~^@(:.';
const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;
const isAlnum = (code: number): boolean => (kindOf(code) & (K_LETTER | K_DIGIT)) !== 0;

/**
 * Whether the chunk (a run without white space) starting at `from` is code by its start: a
 * #hashtag, a path (/x, ./x, ~/x), a www. address. `codes` holds the text's code units, and
 * zeros after its end.
 */
function isCodeStart(codes: Uint16Array, n: number, from: number): boolean {
  const first = codes[from];
  if (first === 35 /* # */ || first === 47 /* / */) return true;
  if ((first === 46 /* . */ || first === 126 /* ~ */) && codes[from + 1] === 47) return true;
  // www. and something after it (code units compared as toLowerCase would: only W and w give w).
  return (
    (first | 32) === 119 &&
    (codes[from + 1] | 32) === 119 &&
    (codes[from + 2] | 32) === 119 &&
    codes[from + 3] === 46 &&
    from + 4 < n &&
    (kindOf(codes[from + 4]) & K_SPACE) === 0
  );
}

/** The end of the inline code `{2}`, `{/2}` or `{2/}` that opens at `i`, or -1. */
function inlineCodeEnd(codes: Uint16Array, n: number, i: number): number {
  let j = i + 1;
  if (codes[j] === 47) j++;
  const digits = j;
  while (j < n && codes[j] >= 48 && codes[j] <= 57) j++;
  if (j === digits) return -1;
  if (codes[j] === 47) j++;
  return codes[j] === 125 ? j + 1 : -1;
}

/**
 * Whether the character at `i`, outside words in the chunk starting at `from`, makes the chunk
 * code, an address or a handle: URLs, e-mail, @mentions, file and domain names (word.word),
 * identifiers (snake_case), markup and placeholders.
 */
function isCodeSign(codes: Uint16Array, n: number, from: number, i: number): boolean {
  switch (codes[i]) {
    case 95: // _
    case 92: // \
    case 123: // {
    case 125: // }
    case 60: // <
    case 62: // >
    case 61: // =
    case 124: // |
    case 96: // `
    case 126: // ~
    case 94: // ^
    case 64: // @
      return true;
    case 40: // ()
      return codes[i + 1] === 41;
    case 58: // :: ://
      return codes[i + 1] === 58 || codes[i + 1] === 47;
    case 46: // word.word
      return i > from && i + 1 < n && isAlnum(codes[i - 1]) && isAlnum(codes[i + 1]);
  }
  return false;
}

/**
 * Whether the letters codes[from, to) are a French elided word (l', qu', jusqu'), in any case:
 * compared as code units (`| 32` lower-cases an ASCII letter and leaves other letters non-ASCII),
 * without a string per apostrophe.
 */
function isElision(codes: Uint16Array, from: number, to: number): boolean {
  const n = to - from;
  if (n === 1) {
    const c = codes[from] | 32;
    return c === 108 || c === 100 || c === 106 || c === 109 || c === 110 || c === 115 || c === 116 || c === 99; // l d j m n s t c
  }
  for (const e of FR_LONG_ELISIONS) {
    if (e.length !== n) continue;
    let k = 0;
    while (k < n && (codes[from + k] | 32) === e.charCodeAt(k)) k++;
    if (k === n) return true;
  }
  return false;
}

const FR_LONG_ELISIONS = ['qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu'];
/** Characters after which the next word starts a sentence or an item. */
const OPENERS = new Set(['.', '!', '?', ':', ';', '/', '•', '–', '—', '|', '\n']);
/** Characters skipped when looking back for an opener. */
const SKIP_BACK = /[\s"'«“‘([*\-–—•>]/u;

/** Flags of a scanned word (the low six bits of TokenBuffer.info). */
export const W_UPPER = 1; // has an upper-case letter
export const W_LOWER = 2; // has a lower-case letter
export const W_FIRST_UPPER = 4; // starts with an upper-case letter
export const W_REST_UPPER = 8; // has an upper-case letter after the first
export const W_NON_ASCII = 16;
export const W_APOSTROPHE = 32; // an apostrophe inside (don't, aujourd'hui)
/** How a word follows the previous one (the next bits of TokenBuffer.info). */
export const J_SPACE = 64;
export const J_HYPHEN = 128;
export const W_FLAGS = 63;
/** An elided article was left out before the word (l'équipe): TokenBuffer.info. */
const E_ELIDED = 256;
/** TokenBuffer.info holds the length of the word's folded form from this bit on. */
const FOLDED_SHIFT = 9;

/**
 * The hash of a folded word (TokenBuffer.hash, the word vocabulary's key). A word of at most six
 * letters a–z (most words of running text) is its own hash: five bits a letter, mixed so that the
 * bits a table keeps vary, and below 2^30; any other word gets FNV-1a over its UTF-16 units with
 * bit 30 set. Two words with the same hash below 2^30 are the same word, so that a table finds
 * them without reading their characters again.
 */
// The FNV offset basis as a signed 32-bit integer: as 0x811c9dc5 it is a double, and so would be
// every hash computed from it.
const SEED = 0x811c9dc5 | 0;
const PRIME = 16777619;
const PACKED_MAX = 6;
const HASHED = 0x40000000;

/**
 * The hash of a word from its FNV-1a hash `h`, its last six folded units five bits each
 * (`packed`, the low five bits of each unit: 1–26 for a–z), its folded length and whether a unit
 * was outside a–z.
 */
function finishHash(h: number, packed: number, length: number, unpacked: boolean): number {
  if (length > PACKED_MAX || unpacked) return h | HASHED;
  // Three bijective steps on 30 bits: the packed word stays recoverable, its letters spread.
  let x = packed ^ (packed >>> 15);
  x = Math.imul(x, 0x2c1b3c6d) & 0x3fffffff;
  return x ^ (x >>> 13);
}

/** The hash of the folded word word[from, to), as scanTokens gives it. */
export function wordHash(word: string, from = 0, to = word.length): number {
  let h = SEED;
  let packed = 0;
  let unpacked = false;
  for (let i = from; i < to; i++) {
    const c = word.charCodeAt(i);
    h = Math.imul(h ^ c, PRIME);
    packed = (packed << 5) | (c & 31);
    if (c < 97 || c > 122) unpacked = true;
  }
  return finishHash(h, packed, to - from, unpacked);
}

/** Whether two words with this hash are the same word (see wordHash). */
export function isExactHash(h: number): boolean {
  return (h & 0xc0000000) === 0;
}

export type Join = 'space' | 'hyphen' | null;

/** Whether a Uint16Array reads UTF-16LE bytes as code units (as on every usual host). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The words of one text, as scanTokens leaves them: parallel arrays, reused from one text to the
 * next. A visitor called per word cost more than the scan itself on a large run (a call that V8
 * cannot inline once several callers pass their own), and objects per word more still.
 */
export class TokenBuffer {
  /** Range of each word (an elided article and an English 's left out). */
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** W_* flags | J_SPACE or J_HYPHEN | E_ELIDED, and the length of the folded form (foldedLength). */
  info = new Int32Array(64);
  /** wordHash() of each word's folded form, as fold() writes it. */
  hash = new Int32Array(64);
  /**
   * The code units of the text scanned last, then zeros: segment texts are often slices of a
   * whole file, whose characters cost more to read one by one than a copy of them (made natively).
   */
  codes = new Uint16Array(256);
  private bytes = Buffer.from(this.codes.buffer);

  /** Copies `text` into `codes` (with zeros after it) and returns them. */
  load(text: string): Uint16Array {
    const n = text.length;
    if (n + 8 > this.codes.length) {
      let size = this.codes.length;
      while (size < n + 8) size *= 2;
      this.codes = new Uint16Array(size);
      this.bytes = Buffer.from(this.codes.buffer);
    }
    const codes = this.codes;
    if (LITTLE_ENDIAN) this.bytes.write(text, 0, 'utf16le');
    else for (let i = 0; i < n; i++) codes[i] = text.charCodeAt(i);
    for (let i = n; i < n + 8; i++) codes[i] = 0;
    return codes;
  }

  /** Room for `n` words. */
  reserve(n: number): void {
    if (n <= this.start.length) return;
    let size = this.start.length;
    while (size < n) size *= 2;
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.info = new Int32Array(size);
    this.hash = new Int32Array(size);
  }
}

/** Length of the folded form of a scanned word, from its TokenBuffer.info. */
export function foldedLength(info: number): number {
  return info >>> FOLDED_SHIFT;
}

/**
 * Where word k of the text in `buf` was written from: its start, or before its elided article
 * (letters before an apostrophe: a word starts after a character that is no letter).
 */
function wordStartOf(buf: TokenBuffer, k: number): number {
  let i = buf.start[k];
  if (!(buf.info[k] & E_ELIDED)) return i;
  i--; // the apostrophe
  while (i > 0 && kindOf(buf.codes[i - 1]) & K_LETTER) i--;
  return i;
}

/**
 * Flags, folded length and hash of the word codes[s, e) into word `k` of `buf` (with `join`), as
 * scanTokens takes them while it reads a word: one table read per unit gives its flags and its
 * folded unit.
 */
function measure(codes: Uint16Array, s: number, e: number, join: number, buf: TokenBuffer, k: number): void {
  const kinds = units;
  let x = kinds[codes[s]];
  const first = x;
  // Kinds of the units after the first (where a capital makes a word mixed-case).
  let rest = 0;
  let h = SEED;
  let packed = 0;
  let folded = 0;
  for (let j = s; ; ) {
    if (x & K_MULTI) {
      // œ → oe, a combining mark → nothing.
      const f = foldChar(codes[j]);
      for (let m = 0; m < f.length; m++) {
        const u = f.charCodeAt(m);
        h = Math.imul(h ^ u, PRIME);
        packed = (packed << 5) | (u & 31);
        if (u < 97 || u > 122) rest |= K_UNPACKED;
      }
      folded += f.length;
    } else {
      const u = x >>> 16;
      h = Math.imul(h ^ u, PRIME);
      packed = (packed << 5) | (u & 31);
      folded++;
    }
    if (++j >= e) break;
    x = kinds[codes[j]];
    rest |= x;
  }
  const all = first | rest;
  buf.info[k] =
    (all & (W_UPPER | W_LOWER | W_NON_ASCII | W_APOSTROPHE)) |
    (first & W_UPPER ? W_FIRST_UPPER : 0) |
    (rest & W_REST_UPPER) |
    join |
    (folded << FOLDED_SHIFT);
  buf.hash[k] = finishHash(h, packed, folded, (all & K_UNPACKED) !== 0);
}

/**
 * Scans the words of `text` that a spelling check may look at into `buf`, in order, and returns
 * how many there are: each word's range (an elided article and an English 's left out), how it
 * follows the previous word, its flags (W_*), and the hash and length of its folded form (so that
 * a vocabulary finds it without reading it again). Code chunks and words touching digits are
 * skipped.
 *
 * One pass over the characters: a chunk's words are taken as they come and dropped if a later
 * character shows the chunk is code; a word's flags and hash come from the table read that finds
 * its end (read again by measure() only for a word cut at an apostrophe: l'équipe, Minister's).
 */
export function scanTokens(text: string, lang: DictLang, buf: TokenBuffer): number {
  const n = text.length;
  // A word takes a letter and something after it: at most one word per two characters.
  buf.reserve((n >> 1) + 1);
  const starts = buf.start;
  const ends = buf.end;
  const infos = buf.info;
  const hashes = buf.hash;
  const codes = buf.load(text);
  learnUnits(text, codes, n);
  const kinds = units;
  const fr = lang === 'fr';
  const en = lang === 'en';
  let count = 0;
  let prevEnd = -1; // end of the previous word when it ended its chunk
  let i = 0;
  while (i < n) {
    if (kinds[codes[i]] & K_SPACE) {
      i++;
      continue;
    }
    const cs = i;
    const chunkFirst = count;
    let code = isCodeStart(codes, n, cs);
    let lastInChunk = -1;
    while (i < n && !code) {
      let x = kinds[codes[i]];
      if (x & K_SPACE) break;
      if (!(x & K_LETTER)) {
        if (x & K_CODE_SIGN) {
          // An inline code of an interchange file (`{2}`, `{/2}`, `{3/}` for XLIFF's <g>, <x/>)
          // stands between words as a space does: `desécurité{/2}` holds a word.
          const end = codes[i] === 123 ? inlineCodeEnd(codes, n, i) : -1;
          if (end > 0) {
            i = end;
            break;
          }
          code = isCodeSign(codes, n, cs, i);
        }
        i++;
        continue;
      }
      // A word: letters, and apostrophes between letters (codes has a zero after the text).
      const ws = i;
      let apo = -1;
      // Its flags, and the hash and length of its folded form, as measure() gives them.
      const first = x;
      let rest = 0;
      let h = SEED;
      let packed = 0;
      let folded = 0;
      for (;;) {
        if (x & K_MULTI) {
          const f = foldChar(codes[i]);
          for (let m = 0; m < f.length; m++) {
            const u = f.charCodeAt(m);
            h = Math.imul(h ^ u, PRIME);
            packed = (packed << 5) | (u & 31);
            if (u < 97 || u > 122) rest |= K_UNPACKED;
          }
          folded += f.length;
        } else {
          const u = x >>> 16;
          h = Math.imul(h ^ u, PRIME);
          packed = (packed << 5) | (u & 31);
          folded++;
        }
        if (++i >= n) break;
        x = kinds[codes[i]];
        if (!(x & K_LETTER)) {
          if (!(x & K_APOSTROPHE) || !(kinds[codes[i + 1]] & K_LETTER)) break;
          if (apo < 0) apo = i;
        }
        rest |= x;
      }
      const we = i;
      // The unit after the word (a zero past the text).
      const after = we < n ? x : 0;
      let join = 0;
      if (lastInChunk >= 0 && ws - lastInChunk === 1 && (codes[lastInChunk] === 45 || codes[lastInChunk] === 0x2010)) join = J_HYPHEN;
      else if (lastInChunk < 0 && ws === cs && prevEnd >= 0) join = J_SPACE;
      lastInChunk = we;
      prevEnd = -1;
      if ((ws > cs && kinds[codes[ws - 1]] & K_DIGITISH) || after & K_DIGITISH) continue;
      let s = ws;
      let e = we;
      if (apo >= 0) {
        if (fr && isElision(codes, ws, apo)) {
          s = apo + 1;
          join = E_ELIDED;
        } else if (en && we - ws > 2 && isApostrophe(codes[we - 2]) && (codes[we - 1] | 32) === 115 /* s */) {
          e = we - 2;
        }
      }
      starts[count] = s;
      ends[count] = e;
      if (s === ws && e === we) {
        const all = first | rest;
        infos[count] =
          (all & (W_UPPER | W_LOWER | W_NON_ASCII | W_APOSTROPHE)) |
          (first & W_UPPER ? W_FIRST_UPPER : 0) |
          (rest & W_REST_UPPER) |
          join |
          (folded << FOLDED_SHIFT);
        hashes[count] = finishHash(h, packed, folded, (all & K_UNPACKED) !== 0);
      } else {
        measure(codes, s, e, join, buf, count);
      }
      count++;
      // Only a word that ends its chunk can be the first half of a pair written apart.
      if (e === we && (we === n || after & K_SPACE)) prevEnd = e;
    }
    if (code) {
      // Code, an address or a handle: none of its words.
      count = chunkFirst;
      prevEnd = -1;
      while (i < n && !(kinds[codes[i]] & K_SPACE)) i++;
    } else if (lastInChunk < 0) {
      // A chunk of no word (`2`, `–`, `&`) stands between the words around it: `Check 2 list` is
      // no `check list` written apart.
      prevEnd = -1;
    }
  }
  return count;
}

/** The join of a scanned word, from its TokenBuffer.info. */
export function joinOf(info: number): Join {
  return info & J_SPACE ? 'space' : info & J_HYPHEN ? 'hyphen' : null;
}

export function shapeOf(flags: number): Shape {
  if (!(flags & W_UPPER)) return 'lower';
  if (!(flags & W_LOWER)) return 'upper';
  if (flags & W_FIRST_UPPER && !(flags & W_REST_UPPER)) return 'title';
  return 'mixed';
}

/** The folded form of a scanned word (cheap for plain ASCII words). */
export function foldScanned(word: string, flags: number): string {
  if (flags & W_NON_ASCII) return fold(word);
  return flags & W_UPPER ? word.toLowerCase() : word;
}

/** Whether the word at `at` starts the text, a sentence or a list item (capitals expected there). */
export function isInitial(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && SKIP_BACK.test(text[i])) {
    // A dash between spaces opens an item (`14 h 15 – Démonstrations…`).
    if ((text[i] === '–' || text[i] === '—') && text[i - 1] === ' ' && text[i + 1] === ' ') return true;
    i--;
  }
  return i < 0 || OPENERS.has(text[i]);
}

const scratch = new TokenBuffer();

/** The words of a segment that a spelling check may look at. */
export function scanWords(text: string, lang: DictLang): WordSpan[] {
  const n = scanTokens(text, lang, scratch);
  const out: WordSpan[] = new Array<WordSpan>(n);
  for (let k = 0; k < n; k++) out[k] = spanOf(text, scratch, k);
  return out;
}

/** Word k of `text` (scanWords(text, lang)[k]), without making the others. */
export function scanWordAt(text: string, lang: DictLang, k: number): WordSpan {
  scanTokens(text, lang, scratch);
  return spanOf(text, scratch, k);
}

/** Word k of the text that `buf` was filled from, as scanWords gives it. */
function spanOf(text: string, buf: TokenBuffer, k: number): WordSpan {
  const start = buf.start[k];
  const end = buf.end[k];
  const info = buf.info[k];
  const flags = info & W_FLAGS;
  const word = text.slice(start, end);
  return {
    start,
    end,
    text: word,
    folded: foldScanned(word, flags),
    shape: shapeOf(flags),
    initial: isInitial(text, wordStartOf(buf, k)),
    join: joinOf(info),
    apostrophe: (flags & W_APOSTROPHE) !== 0,
  };
}

/** The folded forms of the words scanWords finds (without the rest of what it tells). */
export function scanFolded(text: string, lang: DictLang): string[] {
  const n = scanTokens(text, lang, scratch);
  const out = new Array<string>(n);
  for (let k = 0; k < n; k++) out[k] = foldScanned(text.slice(scratch.start[k], scratch.end[k]), scratch.info[k] & W_FLAGS);
  return out;
}

/** One way to split a word: the parts' ranges in the original word, as written and folded. */
export interface Split {
  parts: Array<{ from: number; to: number; text: string; folded: string }>;
  /** Sum of the parts' dictionary costs plus a penalty per extra part (lower is likelier). */
  cost: number;
}

/**
 * Function words, spelled as written (accents matter: `de` is one, `dé` is not). Glued words are
 * nearly always a function word run into its neighbour (`PRATIQUESUR`, `ofthe`); two content
 * words run together are as often a compound the dictionaries lack (`barcode`, `timestep`).
 */
export const FUNCTION_WORDS: Record<DictLang, Set<string>> = {
  en: new Set(
    ('a an the of to in on at by for with from into onto up down out off over under back about around through away and or but nor so as ' +
      'if is be am are was were been it its we he she they you me my our your their his her us them no not do does did can may might ' +
      'will would shall should must could any some every all each none one where what when how who ever there here this that ' +
      'these those more most less such then than too very also just only own same other else while per via upon within without before ' +
      'after between among across along behind beyond near like yet till until since whom which').split(' '),
  ),
  fr: new Set(
    ('le la les un une des du de au aux à a et ou où ni mais donc or car que qui quoi dont ce cet cette ces se sa son ses mon ma mes ton ta tes ' +
      'notre nos votre vos leur leurs il elle ils elles on nous vous je tu me te lui y en ne pas plus moins très trop bien mal si tout ' +
      'tous toute toutes quel quelle quels quelles quelque quelques par pour sur sous dans avec sans chez entre vers contre depuis pendant ' +
      'avant après parce puis tant tard tôt là ici fois autre même non bon lors ' +
      // auxiliaries and modals, which glue to the word before them (la réunionaura lieu)
      'est sont être avoir ai as ont avait avaient aura auront sera seront était étaient serait seraient aurait ' +
      'peut peuvent doit doivent fait font va vont').split(' '),
  ),
};

/** The same, folded, for words in capitals where accents are often left off (APRES). */
const FUNCTION_FOLDED: Record<DictLang, Set<string>> = {
  en: FUNCTION_WORDS.en,
  fr: new Set([...FUNCTION_WORDS.fr].map(fold)),
};

/** Whether `part` (as written) is a function word of `lang`. */
export function isFunctionWord(part: string, lang: DictLang): boolean {
  const lower = part.toLowerCase();
  if (FUNCTION_WORDS[lang].has(lower)) return true;
  return part === part.toUpperCase() && FUNCTION_FOLDED[lang].has(fold(part));
}

/**
 * Words that glue onto their neighbours as function words do (`inboth`, `thishas`) but carry
 * meaning that a consistency check must not overlook (`An error occurred` / `An error has
 * occurred` are two sources): function words for splitting only.
 */
const GLUE_ONLY: Record<DictLang, Set<string>> = {
  en: new Set('both either neither has have had'.split(' ')),
  // Determiners that are no function words of the list but stand before a noun as articles do
  // (`chaquetraversée`).
  fr: new Set('chaque plusieurs aucun aucune'.split(' ')),
};

/** Whether `part` (as written) glues to the words around it: a function word, or one of GLUE_ONLY. */
export function gluesLikeFunctionWord(part: string, lang: DictLang): boolean {
  return isFunctionWord(part, lang) || GLUE_ONLY[lang].has(part.toLowerCase());
}

/** Parts of one or two letters that may stand alone (a glued `ofthe`, `dela`), folded. */
const SHORT_WORDS: Record<DictLang, Set<string>> = {
  en: new Set([...FUNCTION_FOLDED.en].filter((w) => w.length <= 2)),
  fr: new Set([...FUNCTION_FOLDED.fr].filter((w) => w.length <= 2)),
};

/** Three-letter content words make poor parts unless this common. */
const SHORT_PART_MAX_COST = 4;
/** Each part beyond one costs this much more: fewer parts are likelier (réunion aura, not réuni on aura). */
const EXTRA_PART_PENALTY = 2;

/** Folds a word character by character, keeping where each folded character came from. */
function foldMap(word: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of word) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) from.push(i);
    folded += f;
    i += ch.length;
  }
  from.push(word.length);
  return { folded, from };
}

/**
 * Cost of a part of a word, Infinity when it cannot stand alone. Outside capitals (where accents
 * are often left off) a part must be written as the dictionary writes it: `tè` is not `te`, and
 * `nes` is not `nés`.
 */
function partCost(written: string, folded: string, dict: Dictionary, caps: boolean): number {
  const lang = dict.lang;
  if (folded.length <= 2) {
    if (!SHORT_WORDS[lang].has(folded)) return Infinity;
    if (!caps && !FUNCTION_WORDS[lang].has(written.toLowerCase())) return Infinity;
    return dict.cost(folded);
  }
  const c = dict.cost(folded);
  if (c === Infinity) return c;
  if (!caps && written.toLowerCase() === folded && dict.accentsOnly(folded)) return Infinity;
  if (folded.length === 3 && c > SHORT_PART_MAX_COST && !FUNCTION_FOLDED[lang].has(folded)) return Infinity;
  return c;
}

/**
 * The ways to split `word` into two or three words of `dict`, cheapest first (at most `limit`).
 * Splits fall between letters of the original word, never inside one (œ → oe).
 */
export function splitWord(word: string, dict: Dictionary, limit = 5): Split[] {
  const { folded, from } = foldMap(word);
  const n = folded.length;
  if (n < 4 || n > 40) return [];
  const boundary = (i: number): boolean => from[i] !== from[i - 1];
  const caps = word === word.toUpperCase();
  // Cost of every substring that is an acceptable part, computed once.
  const costs = new Map<number, number>();
  const cost = (i: number, j: number): number => {
    const key = i * 64 + j;
    let c = costs.get(key);
    if (c === undefined) {
      c = partCost(word.slice(from[i], from[j]), folded.slice(i, j), dict, caps);
      costs.set(key, c);
    }
    return c;
  };
  const out: Split[] = [];
  const part = (i: number, j: number) => ({ from: from[i], to: from[j], text: word.slice(from[i], from[j]), folded: folded.slice(i, j) });
  for (let i = 1; i < n; i++) {
    if (!boundary(i)) continue;
    const a = cost(0, i);
    if (a === Infinity) continue;
    const b = cost(i, n);
    if (b !== Infinity) out.push({ parts: [part(0, i), part(i, n)], cost: a + b + EXTRA_PART_PENALTY });
    for (let j = i + 1; j < n; j++) {
      if (!boundary(j)) continue;
      const b2 = cost(i, j);
      if (b2 === Infinity) continue;
      const c2 = cost(j, n);
      if (c2 !== Infinity) out.push({ parts: [part(0, i), part(i, j), part(j, n)], cost: a + b2 + c2 + 2 * EXTRA_PART_PENALTY });
    }
  }
  out.sort((x, y) => x.cost - y.cost || x.parts.length - y.parts.length);
  return out.slice(0, limit);
}

/**
 * Whether a known word lies one edit away (a letter left out, added, changed or two swapped),
 * which makes the word a misspelling rather than words run together: `parmis` is `parmi`,
 * `opérationelle` is `opérationnelle`. A doubled or undoubled letter always counts; another edit
 * counts for a word at most `freeCost` (a misspelling of a rare word is no likelier than common
 * words run together: `thecase` is not `thecae`), and inside or next to the parts that `protect`
 * gives (the function words of a split, which explain such edits as well: `astudent` is
 * `a student`, not `student`) only for a word more common than `guardedCost`. With `onlyDoubling`,
 * only a doubled or undoubled letter counts.
 */
export function nearKnownWord(
  folded: string,
  dict: Dictionary,
  protect: Array<{ from: number; to: number }> = [],
  freeCost = Infinity,
  guardedCost = -Infinity,
  onlyDoubling = false,
): boolean {
  const n = folded.length;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const guarded = (i: number): boolean => protect.some((p) => i >= p.from - 1 && i <= p.to);
  const known = (w: string, free: boolean, doubling = false): boolean => {
    if (doubling) return dict.has(w);
    const c = dict.cost(w);
    return free ? c <= freeCost : c < guardedCost;
  };
  for (let i = 0; i < n; i++) {
    const free = !guarded(i);
    // A doubled letter undoubled (internall → internal).
    const doubled = (i > 0 && folded[i - 1] === folded[i]) || folded[i + 1] === folded[i];
    if ((doubled || !onlyDoubling) && known(folded.slice(0, i) + folded.slice(i + 1), free, doubled)) return true;
    if (onlyDoubling) continue;
    if (i + 1 < n && known(folded.slice(0, i) + folded[i + 1] + folded[i] + folded.slice(i + 2), free && !guarded(i + 1))) return true;
    for (const ch of letters) {
      if (ch !== folded[i] && known(folded.slice(0, i) + ch + folded.slice(i + 1), free)) return true;
    }
  }
  for (let i = 0; i <= n; i++) {
    const free = !guarded(i);
    for (const ch of letters) {
      // A letter doubled (operationelle → operationnelle).
      if (onlyDoubling && folded[i - 1] !== ch && folded[i] !== ch) continue;
      if (known(folded.slice(0, i) + ch + folded.slice(i), free, folded[i - 1] === ch || folded[i] === ch)) return true;
    }
  }
  return false;
}
