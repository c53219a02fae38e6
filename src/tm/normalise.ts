// The normalised form of a segment that the memory matches on.
//
// A segment becomes a sequence of tokens: words (lower-cased, French elisions split off so that
// `l'ébauche` shares `ébauche` with `une ébauche`), numbers and codes masked as `#` (so `Room 201`
// and `Room 202` have the same form), placeholders and inline tags masked as `{}` and `<>`.
// Punctuation and spacing (including no-break spaces) are not tokens. The raw form of every token
// is kept, because the score takes a penalty when numbers, codes, case or punctuation differ.

export type TokenKind = 'word' | 'number' | 'code';

export interface Token {
  /** The form matched on: lower-cased word, or a mask (`#`, `{}`, `<>`). */
  norm: string;
  /** The text as written. */
  raw: string;
  kind: TokenKind;
  /** [start, end) in the analysed text. */
  start: number;
  end: number;
}

export interface Analysis {
  tokens: Token[];
  /** Punctuation in order as written (apostrophes inside words included), spaces dropped. */
  punct: string;
}

export const NUMBER_MASK = '#';
export const PLACEHOLDER_MASK = '{}';
export const TAG_MASK = '<>';

// Tokens, in order of precedence at a position: inline tags, placeholders, numbers (a digit run
// with group and decimal separators between digits, and letters stuck to it: `13h30`, `1er`),
// words (letters and marks, with inner apostrophes; digits end a word, so `COVID19` is the word
// `covid` and a number). A character-class table keeps the common path free of regular
// expressions; tags and placeholders are tried only where one can start.
const TAG = /<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>/y;
// {{name}}, ${name}, {0}, {name}, TMX inline codes as the TMX reader writes them ({1}, {/1}, {2/}),
// {count, plural, one {…} other {…}}, %s, %1$d, %(name)s, %@
const PLACEHOLDER =
  /\{\{[^{}]*\}\}|\$\{[^{}]*\}|\{\/?[\w.-]*\/?\}|\{\w+\s*,[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|%\(\w+\)[sdifr]|%(?:\d+\$)?[-+0#]*(?:\d+|\*)?(?:\.\d+)?(?:hh|h|ll|l|L|z|j|t|q)?[diouxXeEfFgGaAcsSpn@]/y;

const C_OTHER = 0;
const C_LETTER = 1; // letters, combining marks, underscore (and surrogates: letters of other planes)
const C_DIGIT = 2;
const CLASS = (() => {
  const t = new Uint8Array(65536);
  const letter = /[\p{L}\p{M}_]/u;
  const digit = /\p{N}/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) t[c] = C_LETTER;
    else if (c < 128) t[c] = (c >= 48 && c <= 57) ? C_DIGIT : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? C_LETTER : C_OTHER;
    else {
      const ch = String.fromCharCode(c);
      t[c] = digit.test(ch) ? C_DIGIT : letter.test(ch) ? C_LETTER : C_OTHER;
    }
  }
  return t;
})();

/** Group and decimal separators allowed between digits of one number. */
function isNumberSeparator(c: number): boolean {
  return c === 44 || c === 46 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** French elided words: `l'`, `d'`, `qu'`… split from the word they lean on. */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu']);


function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Receives each token: its normalised form, [start, end) in the scanned text, and its kind. */
type Emit = (norm: string, start: number, end: number, kind: TokenKind) => void;

/** A word (lower-cased already), with French elisions split off. */
function emitWord(emit: Emit, w: string, start: number): void {
  let apo = w.indexOf("'");
  const curly = w.indexOf('’');
  if (apo < 0 || (curly >= 0 && curly < apo)) apo = curly;
  if (apo > 0) {
    const head = w.slice(0, apo);
    if (ELISIONS.has(head)) {
      emit(`${head}'`, start, start + apo + 1, 'word');
      emitWord(emit, w.slice(apo + 1), start + apo + 1);
      return;
    }
  }
  emit(curly >= 0 ? w.replace(/’/g, "'") : w, start, start + w.length, 'word');
}

/**
 * Calls `emit` for every token of an NFC text, and `gap` for the text between tokens. The text
 * is lower-cased once; when that changes its length (rare letters such as `İ`), each token is
 * lower-cased on its own so that offsets stay those of `text`.
 */
function scan(text: string, emit: Emit, gap?: (from: number, to: number) => void): void {
  const lower = text.toLowerCase();
  const whole = lower.length === text.length;
  const src = whole ? lower : text;
  const n = src.length;
  let last = 0;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    const cls = CLASS[c];
    let end = -1;
    if (cls === C_LETTER) {
      end = i + 1;
      let apo = false;
      for (;;) {
        while (end < n && CLASS[src.charCodeAt(end)] === C_LETTER) end++;
        const a = end < n ? src.charCodeAt(end) : 0;
        if ((a === 39 || a === 0x2019) && end + 1 < n && CLASS[src.charCodeAt(end + 1)] === C_LETTER) {
          apo = true;
          end++;
        } else break;
      }
      if (gap && i > last) gap(last, i);
      const w = whole ? src.slice(i, end) : src.slice(i, end).toLowerCase();
      if (apo) emitWord(emit, w, i);
      else emit(w, i, end, 'word');
    } else if (cls === C_DIGIT) {
      end = i + 1;
      for (;;) {
        while (end < n && CLASS[src.charCodeAt(end)] === C_DIGIT) end++;
        if (end + 1 < n && isNumberSeparator(src.charCodeAt(end)) && CLASS[src.charCodeAt(end + 1)] === C_DIGIT) end++;
        else break;
      }
      while (end < n && CLASS[src.charCodeAt(end)] !== C_OTHER) end++;
      if (gap && i > last) gap(last, i);
      emit(NUMBER_MASK, i, end, 'number');
    } else if (c === 60 /* < */) {
      TAG.lastIndex = i;
      if (TAG.test(src)) {
        end = TAG.lastIndex;
        if (gap && i > last) gap(last, i);
        emit(TAG_MASK, i, end, 'code');
      }
    } else if (c === 123 /* { */ || c === 37 /* % */ || c === 36 /* $ */) {
      PLACEHOLDER.lastIndex = i;
      if (PLACEHOLDER.test(src)) {
        end = PLACEHOLDER.lastIndex;
        if (gap && i > last) gap(last, i);
        emit(PLACEHOLDER_MASK, i, end, 'code');
      }
    }
    if (end < 0) i++;
    else i = last = end;
  }
  if (gap && last < n) gap(last, n);
}

/**
 * Tokens and punctuation of a segment. The text is read in Unicode NFC (as the store keeps it),
 * and token offsets refer to `text.normalize('NFC')`.
 */
export function analyse(text: string): Analysis {
  const nfc = text.normalize('NFC');
  const tokens: Token[] = [];
  let punct = '';
  scan(
    nfc,
    (norm, start, end, kind) => {
      const raw = nfc.slice(start, end);
      tokens.push({ norm, raw, kind, start, end });
      // `l’` and `l'` are one word but not the same punctuation.
      if (kind === 'word') for (const ch of raw) if (ch === "'" || ch === '’') punct += ch;
    },
    (from, to) => {
      for (let i = from; i < to; i++) if (!isSpace(nfc.charCodeAt(i))) punct += nfc[i];
    },
  );
  return { tokens, punct };
}

/**
 * [start, end) of each number token of an NFC text, one after the other, where analyse finds
 * them, without its tokens and punctuation. Only digits, tags and placeholders are read as scan
 * reads them: a word cannot hold a digit nor start a tag or placeholder, so letters are passed
 * over one by one.
 */
export function numberSpans(nfc: string): number[] {
  const spans: number[] = [];
  let digit = false;
  for (let i = 0; i < nfc.length && !digit; i++) digit = CLASS[nfc.charCodeAt(i)] === C_DIGIT;
  if (!digit) return spans;
  const lower = nfc.toLowerCase();
  const src = lower.length === nfc.length ? lower : nfc;
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (CLASS[c] === C_DIGIT) {
      let end = i + 1;
      for (;;) {
        while (end < n && CLASS[src.charCodeAt(end)] === C_DIGIT) end++;
        if (end + 1 < n && isNumberSeparator(src.charCodeAt(end)) && CLASS[src.charCodeAt(end + 1)] === C_DIGIT) end++;
        else break;
      }
      while (end < n && CLASS[src.charCodeAt(end)] !== C_OTHER) end++;
      spans.push(i, end);
      i = end;
    } else if (c === 60 /* < */ || c === 123 /* { */ || c === 37 /* % */ || c === 36 /* $ */) {
      const pattern = c === 60 ? TAG : PLACEHOLDER;
      pattern.lastIndex = i;
      i = pattern.test(src) ? pattern.lastIndex : i + 1;
    } else i++;
  }
  return spans;
}

/** The normalised form: masked tokens joined by one space (stored with every unit). */
export function normalForm(text: string): string {
  return normalFormNfc(NON_ASCII.test(text) ? text.normalize('NFC') : text);
}

/** normalForm of a text already in NFC. */
export function normalFormNfc(nfc: string): string {
  let s = '';
  scan(nfc, (norm) => {
    s = s === '' ? norm : `${s} ${norm}`;
  });
  return s;
}

/**
 * The form texts are grouped by for consistency: the normalised form, or for text with no token
 * at all (`—`, `…`) its punctuation, so that such segments are not all one group.
 */
export function groupKey(text: string): string {
  const a = analyse(text);
  if (a.tokens.length === 0) return `\u0000${a.punct}`;
  return a.tokens.map((t) => t.norm).join(' ');
}

/** Where groupKeyInto writes a key: its UTF-16 codes, and whether one of its tokens is a word. */
export class KeyBuffer {
  codes: Uint16Array = new Uint16Array(256);
  length = 0;
  /** FNV-1a hash of the codes (32 bits), written with them. */
  hash = 0;
  /** A token of the key is a word (not a mask `#`, `{}`, `<>`, nor the key of a text without tokens). */
  hasWord = false;

  /** Room for `size` codes (what was written is dropped); returns the array. */
  reserve(size: number): Uint16Array {
    if (size <= this.codes.length) return this.codes;
    let length = this.codes.length * 2;
    while (length < size) length *= 2;
    return (this.codes = new Uint16Array(length));
  }

  /** Same codes as another buffer. */
  equals(other: KeyBuffer): boolean {
    const n = this.length;
    if (other.length !== n) return false;
    const a = this.codes;
    const b = other.codes;
    for (let k = 0; k < n; k++) if (a[k] !== b[k]) return false;
    return true;
  }
}

/** The elided words as code arrays, for matching them where a key is written. */
const ELISION_CODES = [...ELISIONS].map((e) => Array.from(e, (ch) => ch.charCodeAt(0)));

/** Whether codes[from, to) is an elided word (ELISIONS). */
function isElision(codes: Uint16Array, from: number, to: number): boolean {
  const n = to - from;
  for (const e of ELISION_CODES) {
    if (e.length !== n) continue;
    let k = 0;
    while (k < n && codes[from + k] === e[k]) k++;
    if (k === n) return true;
  }
  return false;
}

/** A class of DirectReading: a code unit the direct reading of a text cannot take. */
const C_SLOW = 3;

/**
 * Per code unit, for reading a text as it is rather than as NFC lower-cased: the class of its
 * lower-case form (`classes`), or C_SLOW where reading it as it is might differ, and for a letter
 * that form (`letters`, 0 for other code units). A code unit is direct when lower-casing it alone
 * gives one code unit (so not `İ`, and not `Σ`, whose lower case depends on what follows), and NFC
 * leaves it alone whatever is around it: it is its own NFC form and not a combining mark (nor a
 * Hangul jamo) that reorders or composes with what comes before it. A text of direct code units is
 * then its own NFC form, and its lower case is the lower case of each. Built for code units below
 * U+3000 only (scripts written with spaces and punctuation); the others, surrogates included, are
 * C_SLOW.
 */
interface DirectReading {
  letters: Uint16Array;
  classes: Uint8Array;
  /** Every letter as itself (for a text lower-cased and in NFC already, read with CLASS). */
  sameLetters: Uint16Array;
}

let direct: DirectReading | undefined;

/** The tables of DirectReading, made on first use (the memory's commands do not need them). */
function directReading(): DirectReading {
  const letters = new Uint16Array(65536);
  const classes = new Uint8Array(65536).fill(C_SLOW);
  const sameLetters = new Uint16Array(65536);
  const mark = /\p{M}/u;
  for (let c = 0; c < 65536; c++) {
    if (CLASS[c] === C_LETTER) sameLetters[c] = c;
    if (c >= 0x3000) continue;
    const ch = String.fromCharCode(c);
    const lowered = ch.toLowerCase();
    if (lowered.length !== 1 || c === 0x3a3 || (c >= 0x1100 && c <= 0x11ff) || ch.normalize('NFC') !== ch || mark.test(ch)) continue;
    const lc = lowered.charCodeAt(0);
    classes[c] = CLASS[lc];
    if (classes[c] === C_LETTER) letters[c] = lc;
  }
  return { letters, classes, sameLetters };
}

/** One step of the FNV-1a hash of a key's codes (KeyBuffer.hash). */
function mix(h: number, code: number): number {
  return Math.imul(h ^ code, 16777619);
}

const FNV_BASIS = 0x811c9dc5;

/**
 * groupKey(text) written as UTF-16 codes into `out`, in one pass over the characters: no token,
 * word, joined string, nor (for most texts) a normalised or lower-cased copy is made. A text
 * with a code unit that reading it as it is might get wrong (DirectReading) is read again the way scan
 * reads it: in NFC, lower-cased; the rare one whose lower case has another length takes groupKey.
 */
export function groupKeyInto(text: string, out: KeyBuffer): void {
  const t = (direct ??= directReading());
  if (writeKey(text, text, undefined, t.letters, t.classes, out, NO_SPANS, 0)) return;
  const nfc = NON_ASCII.test(text) ? text.normalize('NFC') : text;
  const lower = nfc.toLowerCase();
  if (lower.length !== nfc.length) copyKey(groupKey(text), out);
  else writeKey(lower, nfc, lower, t.sameLetters, CLASS, out, NO_SPANS, 0);
}

const NO_SPANS = new Int32Array(0);

/**
 * groupKeyInto of `text` with each of the first `count` spans [spans[2k], spans[2k + 1]) (in
 * order, none inside another) replaced by `0`, read without making that text: the spans are read
 * as the digit they become. A text the direct reading cannot take, or with a tag or placeholder
 * (their patterns run over the replaced text), is replaced first and read as groupKeyInto reads it.
 */
export function maskedKeyInto(text: string, spans: Int32Array, count: number, out: KeyBuffer): void {
  const t = (direct ??= directReading());
  if (writeKey(text, text, undefined, t.letters, t.classes, out, spans, count)) return;
  groupKeyInto(masked(text, spans, count), out);
}

/** `text` with the first `count` spans (spans[2k, 2k + 1], in order) each replaced by `0`. */
export function masked(text: string, spans: Int32Array, count: number): string {
  if (count === 0) return text;
  let out = '';
  let at = 0;
  for (let k = 0; k < count; k++) {
    out += text.slice(at, spans[2 * k]) + '0';
    at = spans[2 * k + 1];
  }
  return out + text.slice(at);
}

/**
 * The key of `src` read through `letters` and `classes` (those of DirectReading for a text as it
 * is, `sameLetters` and CLASS for one lower-cased and in NFC), the tokens found as scan finds them, and its hash; false
 * on a C_SLOW code unit. `lowered` is `src` lower-cased when at hand (for the tag and placeholder
 * patterns, which scan tries on the lower-cased text) and `nfc` the text whose punctuation keys
 * a text without tokens. With `count` spans (see maskedKeyInto), `src` is read as if each span
 * were the digit `0`: `stop` is where the next span starts (or the end), and only the number
 * loop reads across one; false on a tag or placeholder.
 */
function writeKey(src: string, nfc: string, lowered: string | undefined, letters: Uint16Array, classes: Uint8Array, out: KeyBuffer, spans: Int32Array, count: number): boolean {
  const n = src.length;
  // Room for the longest key of n code units (a placeholder of two, `%s`, is three codes with its
  // space) and `count` spans, so that no write below checks.
  const room = 2 * (n + count) + 2;
  const codes = room > out.codes.length ? out.reserve(room) : out.codes;
  let len = 0;
  let h = FNV_BASIS;
  let tokens = 0;
  let word = false;
  let next = 0;
  let stop = count > 0 ? spans[0] : n;
  let i = 0;
  for (;;) {
    let c: number;
    if (i === stop && next < count) {
      // A span: read as its `0`, which the number branch takes as the unit before the span's end.
      c = 48;
      i = spans[2 * next + 1] - 1;
      stop = ++next < count ? spans[2 * next] : n;
    } else if (i < n) c = src.charCodeAt(i);
    else break;
    const cls = classes[c];
    if (cls === C_LETTER) {
      // The word as scan finds it, written as it is read.
      if (tokens++ > 0) h = mix(h, (codes[len++] = 32));
      let head = len;
      let splitting = true;
      h = mix(h, (codes[len++] = letters[c]));
      let end = i + 1;
      for (;;) {
        while (end < stop) {
          const l = letters[src.charCodeAt(end)];
          if (l === 0) break;
          h = mix(h, (codes[len++] = l));
          end++;
        }
        const a = end < stop ? src.charCodeAt(end) : 0;
        if ((a === 39 || a === 0x2019) && end + 1 < stop && classes[src.charCodeAt(end + 1)] === C_LETTER) {
          // emitWord: elided words split off from the left (`qu'` then `l'`…), apostrophes straight.
          h = mix(h, (codes[len++] = 39));
          if (splitting && isElision(codes, head, len - 1)) {
            h = mix(h, (codes[len++] = 32));
            head = len;
          } else splitting = false;
          end++;
        } else break;
      }
      word = true;
      i = end;
    } else if (cls === C_DIGIT) {
      if (tokens++ > 0) h = mix(h, (codes[len++] = 32));
      h = mix(h, (codes[len++] = 35)); // #
      i = numberEnd(src, i + 1, classes, spans, count, next, stop);
      if (count > 0) {
        // Past the spans the number took in.
        while (next < count && spans[2 * next] <= i) next++;
        stop = next < count ? spans[2 * next] : n;
      }
    } else if (cls === C_SLOW) {
      return false;
    } else if (c === 60 /* < */ || c === 123 /* { */ || c === 37 /* % */ || c === 36 /* $ */) {
      if (count > 0) return false;
      const pattern = c === 60 ? TAG : PLACEHOLDER;
      pattern.lastIndex = i;
      if (pattern.test((lowered ??= src.toLowerCase()))) {
        const end = pattern.lastIndex;
        // Code units the pattern passed over are read too (for C_SLOW ones).
        for (let k = i + 1; k < end; k++) if (classes[src.charCodeAt(k)] === C_SLOW) return false;
        if (tokens++ > 0) h = mix(h, (codes[len++] = 32));
        h = mix(h, (codes[len++] = c === 60 ? 60 : 123));
        h = mix(h, (codes[len++] = c === 60 ? 62 : 125));
        i = end;
      } else i++;
    } else i++;
  }
  if (tokens === 0) {
    // The punctuation key: NUL, then the text as written without its spaces (src and nfc have
    // one length).
    h = mix(h, (codes[len++] = 0));
    for (let k = 0; k < nfc.length; k++) {
      const d = nfc.charCodeAt(k);
      if (!isSpace(d)) h = mix(h, (codes[len++] = d));
    }
  }
  out.length = len;
  out.hash = h;
  out.hasWord = word;
  return true;
}

/**
 * The end of a number token as scan finds it, from `end` (after its first digit): digit runs
 * joined by one separator, then the letters and digits stuck to it (`13h30`, `1er`). The spans
 * from `next` on (the next starting at `stop`) are digits.
 */
function numberEnd(src: string, end: number, classes: Uint8Array, spans: Int32Array, count: number, next: number, stop: number): number {
  const n = src.length;
  for (;;) {
    for (;;) {
      if (end === stop && next < count) {
        end = spans[2 * next + 1];
        stop = ++next < count ? spans[2 * next] : n;
      } else if (end < stop && classes[src.charCodeAt(end)] === C_DIGIT) end++;
      else break;
    }
    // A separator between two digits (the second may be a span).
    if (end < stop && isNumberSeparator(src.charCodeAt(end)) && (end + 1 === stop ? next < count : end + 1 < stop && classes[src.charCodeAt(end + 1)] === C_DIGIT)) end++;
    else break;
  }
  for (;;) {
    if (end === stop && next < count) {
      end = spans[2 * next + 1];
      stop = ++next < count ? spans[2 * next] : n;
    } else if (end < stop) {
      const after = classes[src.charCodeAt(end)];
      if (after === C_LETTER || after === C_DIGIT) end++;
      else break;
    } else break;
  }
  return end;
}

/** A key made as a string into a buffer. */
function copyKey(key: string, out: KeyBuffer): void {
  const codes = out.reserve(key.length);
  for (let k = 0; k < key.length; k++) codes[k] = key.charCodeAt(k);
  out.length = key.length;
  let h = FNV_BASIS;
  for (let k = 0; k < key.length; k++) h = mix(h, codes[k]);
  out.hash = h;
  // A token that is not a mask, nor the key of a text without tokens.
  out.hasWord = key.charCodeAt(0) !== 0 && key.split(' ').some((t) => t !== NUMBER_MASK && t !== PLACEHOLDER_MASK && t !== TAG_MASK);
}

/** Number of words as a CAT tool counts them: words and numbers, not tags or placeholders. */
export function wordCount(text: string): number {
  let n = 0;
  for (const t of analyse(text).tokens) if (t.kind !== 'code') n++;
  return n;
}

/** The murmur3 finaliser: spreads the bits of a 32-bit hash. */
function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A 53-bit hash of a string (two FNV-1a hashes from different bases, in one pass), stored as
 * an SQLite integer. Equal strings give equal hashes; callers compare the texts when hashes match.
 * Stores keep these values (`en_key`, `en_hash`): changing this function needs a migration.
 */
export function hash53(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 16777619);
  }
  return (avalanche(a) & 0x1fffff) * 4294967296 + avalanche(b);
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** The text a unit is identified by: NFC, outer spaces trimmed, inner runs of spaces as written. */
export function identityText(text: string): string {
  // ASCII text is NFC already.
  return (NON_ASCII.test(text) ? text.normalize('NFC') : text).trim();
}

/** What the store derives from a pair's texts: identity texts, normalised forms, hashes. */
export interface Prepared {
  en: string;
  fr: string;
  enNorm: string;
  frNorm: string;
  /** hash53(enNorm): units that match at 100 before penalties share it. */
  key: number;
  /** hash53(en): the unit's identity. */
  hash: number;
  /** The unit's props and notes as stored (JSON), when they come serialised already. */
  propsJson?: string | null;
  notesJson?: string | null;
}

export function prepareUnit(enText: string, frText: string): Prepared {
  const en = identityText(enText);
  const fr = identityText(frText);
  const enNorm = normalFormNfc(en);
  return { en, fr, enNorm, frNorm: normalFormNfc(fr), key: hash53(enNorm), hash: hash53(en) };
}
