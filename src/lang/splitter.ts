// Words that may be glued, and the ways to split them into known words.
// scanWords() finds the words of a segment that a spelling check may look at (not URLs, e-mail
// addresses, code, hashtags, words with digits), with their shape and how each joins the previous
// word; splitWord() lists the ways a word splits into two or three words of a dictionary.

import { fold, foldChar, foldCode, type Dictionary, type DictLang } from './dictionary.js';

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

// Character classes, computed once per UTF-16 code unit: the scanner below runs over every
// character of every segment, so it reads a table instead of testing regular expressions.
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const CASELESS = 3; // letters without case, combining marks
const DIGIT = 4; // digits of every script
const SIGN = 5; // the signs that glue to numbers (% $ € £ § #)
const SPACE = 6;
const UNSET = 255;
const classes = new Uint8Array(65536).fill(UNSET);

/** The class of a code unit: a table read, small enough to be inlined at every use. */
function classOf(code: number): number {
  const c = classes[code];
  return c !== UNSET ? c : classify(code);
}

/** The class of a code unit not seen before (kept in the table). */
function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let c: number;
  if (/\s/u.test(ch)) c = SPACE;
  else if (/\p{N}/u.test(ch)) c = DIGIT;
  else if (/[%$€£§#]/u.test(ch)) c = SIGN;
  else if (/[\p{L}\p{M}]/u.test(ch)) c = ch !== ch.toLowerCase() ? UPPER : ch !== ch.toUpperCase() ? LOWER : CASELESS;
  else c = OTHER;
  classes[code] = c;
  return c;
}

const isLetter = (c: number): boolean => c >= LOWER && c <= CASELESS;
const isDigitish = (c: number): boolean => c === DIGIT || c === SIGN;
const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;
const isAlnum = (code: number): boolean => {
  const c = classOf(code);
  return isLetter(c) || c === DIGIT;
};

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
    classOf(codes[from + 4]) !== SPACE
  );
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
/** How a word follows the previous one (the high bits of TokenBuffer.info). */
export const J_SPACE = 64;
export const J_HYPHEN = 128;
export const W_FLAGS = 63;

/**
 * The hash of a folded word (TokenBuffer.hash, the word vocabulary's key). A word of at most six
 * letters a–z and apostrophes (most words of running text) is its own hash: five bits a letter,
 * mixed so that the bits a table keeps vary, and below 2^30; any other word gets FNV-1a over its
 * UTF-16 units with bit 30 set. Two words with the same hash below 2^30 are the same word, so
 * that a table finds them without reading their characters again.
 */
const SEED = 0x811c9dc5;
const PRIME = 16777619;
const PACKED_MAX = 6;
const HASHED = 0x40000000;

/** Place of a folded code unit in a packed word: a–z 1–26, apostrophe 27, 0 for any other. */
function packDigit(c: number): number {
  return c >= 97 && c <= 122 ? c - 96 : c === 39 ? 27 : 0;
}

/** The hash of a word from its FNV-1a hash and its packed form (−1 when it has none). */
function finishHash(h: number, packed: number): number {
  if (packed < 0) return h | HASHED;
  // Three bijective steps on 30 bits: the packed word stays recoverable, its letters spread.
  let x = packed ^ (packed >>> 15);
  x = Math.imul(x, 0x2c1b3c6d) & 0x3fffffff;
  return x ^ (x >>> 13);
}

/** The hash of the folded word word[from, to), as scanTokens gives it. */
export function wordHash(word: string, from = 0, to = word.length): number {
  let h = SEED;
  let packed = 0;
  for (let i = from; i < to; i++) {
    const c = word.charCodeAt(i);
    h = Math.imul(h ^ c, PRIME);
    const d = packDigit(c);
    packed = packed >= 0 && d !== 0 && i - from < PACKED_MAX ? packed * 32 + d : -1;
  }
  return finishHash(h, packed);
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
  /** Where the written word began (before an elided article). */
  wordStart = new Int32Array(64);
  /** W_* flags | J_SPACE or J_HYPHEN. */
  info = new Uint8Array(64);
  /** wordHash() and length of each word's folded form, as fold() writes it. */
  hash = new Int32Array(64);
  foldedLength = new Int32Array(64);
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
    this.wordStart = new Int32Array(size);
    this.info = new Uint8Array(size);
    this.hash = new Int32Array(size);
    this.foldedLength = new Int32Array(size);
  }
}

/** Flags, folded hash and folded length of text[s, e) into word `k` of `buf` (join left out). */
function measure(codes: Uint16Array, s: number, e: number, buf: TokenBuffer, k: number): void {
  let flags = 0;
  let h = SEED;
  let packed = 0;
  let folded = 0;
  for (let j = s; j < e; j++) {
    const ch = codes[j];
    const c = classOf(ch);
    if (c === UPPER) flags |= W_UPPER | (j === s ? W_FIRST_UPPER : W_REST_UPPER);
    else if (c === LOWER) flags |= W_LOWER;
    else if (c === OTHER) flags |= W_APOSTROPHE;
    if (ch < 128) {
      const lc = ch >= 65 && ch <= 90 ? ch + 32 : ch;
      h = Math.imul(h ^ lc, PRIME);
      const d = packDigit(lc);
      packed = packed >= 0 && d !== 0 && folded < PACKED_MAX ? packed * 32 + d : -1;
      folded++;
    } else {
      flags |= W_NON_ASCII;
      const f = foldChar(ch);
      for (let k = 0; k < f.length; k++) {
        const fc = f.charCodeAt(k);
        h = Math.imul(h ^ fc, PRIME);
        const d = packDigit(fc);
        packed = packed >= 0 && d !== 0 && folded < PACKED_MAX ? packed * 32 + d : -1;
        folded++;
      }
    }
  }
  buf.info[k] = flags;
  buf.hash[k] = finishHash(h, packed);
  buf.foldedLength[k] = folded;
}

/**
 * Scans the words of `text` that a spelling check may look at into `buf`, in order, and returns
 * how many there are: each word's range (an elided article and an English 's left out), where the
 * written word began, how it follows the previous word, its flags (W_*), and the hash and length
 * of its folded form (so that a vocabulary finds it without reading it again). Code chunks and
 * words touching digits are skipped.
 *
 * One pass over the characters: a chunk's words are taken as they come and dropped if a later
 * character shows the chunk is code.
 */
export function scanTokens(text: string, lang: DictLang, buf: TokenBuffer): number {
  const n = text.length;
  // A word takes a letter and something after it: at most one word per two characters.
  buf.reserve((n >> 1) + 1);
  const starts = buf.start;
  const ends = buf.end;
  const wordStarts = buf.wordStart;
  const infos = buf.info;
  const hashes = buf.hash;
  const foldedLengths = buf.foldedLength;
  const codes = buf.load(text);
  let count = 0;
  let prevEnd = -1; // end of the previous word when it ended its chunk
  let i = 0;
  while (i < n) {
    if (classOf(codes[i]) === SPACE) {
      i++;
      continue;
    }
    const cs = i;
    const chunkFirst = count;
    let code = isCodeStart(codes, n, cs);
    let lastInChunk = -1;
    while (i < n && !code) {
      let c = classOf(codes[i]);
      if (c === SPACE) break;
      if (!isLetter(c)) {
        code = isCodeSign(codes, n, cs, i);
        i++;
        continue;
      }
      // A word: letters, and apostrophes between letters; its flags and the hash and length of
      // its folded form are taken as it is read (ASCII lower-cased, the rest from fold's table).
      const ws = i;
      let apo = -1;
      let flags = 0;
      let h = SEED;
      let packed = 0;
      let folded = 0;
      let ch = codes[i];
      for (;;) {
        if (c === UPPER) flags |= W_UPPER | (i === ws ? W_FIRST_UPPER : W_REST_UPPER);
        else if (c === LOWER) flags |= W_LOWER;
        else if (c === OTHER) flags |= W_APOSTROPHE;
        // The folded unit: ASCII lower-cased, an accented letter from fold's table of units.
        let fc = ch;
        if (ch < 128) {
          if (ch >= 65 && ch <= 90) fc = ch + 32;
        } else {
          flags |= W_NON_ASCII;
          fc = foldCode(ch);
        }
        if (fc >= 0) {
          h = Math.imul(h ^ fc, PRIME);
          // Packed while the word may still be short (a longer one has no packed form).
          if (packed >= 0) {
            const d = folded < PACKED_MAX ? packDigit(fc) : 0;
            packed = d !== 0 ? packed * 32 + d : -1;
          }
          folded++;
        } else {
          const f = foldChar(ch);
          for (let k = 0; k < f.length; k++) {
            const u = f.charCodeAt(k);
            h = Math.imul(h ^ u, PRIME);
            const d = packDigit(u);
            packed = packed >= 0 && d !== 0 && folded < PACKED_MAX ? packed * 32 + d : -1;
            folded++;
          }
        }
        if (++i >= n) break;
        ch = codes[i];
        c = classOf(ch);
        if (isLetter(c)) continue;
        if (!isApostrophe(ch) || i + 1 >= n || !isLetter(classOf(codes[i + 1]))) break;
        if (apo < 0) apo = i;
      }
      const we = i;
      let join = 0;
      if (lastInChunk >= 0 && ws - lastInChunk === 1 && (codes[lastInChunk] === 45 || codes[lastInChunk] === 0x2010)) join = J_HYPHEN;
      else if (lastInChunk < 0 && ws === cs && prevEnd >= 0) join = J_SPACE;
      lastInChunk = we;
      prevEnd = -1;
      if ((ws > cs && isDigitish(classOf(codes[ws - 1]))) || (we < n && isDigitish(c))) continue;
      let s = ws;
      let e = we;
      if (apo >= 0) {
        if (lang === 'fr' && isElision(codes, ws, apo)) {
          s = apo + 1;
          join = 0;
        } else if (lang === 'en' && we - ws > 2 && isApostrophe(codes[we - 2]) && (codes[we - 1] | 32) === 115 /* s */) {
          e = we - 2;
        }
      }
      starts[count] = s;
      ends[count] = e;
      wordStarts[count] = ws;
      if (s === ws && e === we) {
        infos[count] = flags | join;
        hashes[count] = finishHash(h, packed);
        foldedLengths[count] = folded;
      } else {
        measure(codes, s, e, buf, count);
        infos[count] |= join;
      }
      count++;
      // Only a word that ends its chunk can be the first half of a pair written apart.
      if (e === we && (we === n || c === SPACE)) prevEnd = e;
    }
    if (code) {
      // Code, an address or a handle: none of its words.
      count = chunkFirst;
      prevEnd = -1;
      while (i < n && classOf(codes[i]) !== SPACE) i++;
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
  while (i >= 0 && SKIP_BACK.test(text[i])) i--;
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
    initial: isInitial(text, buf.wordStart[k]),
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
 * `a student`, not `student`) only for a word more common than `guardedCost`.
 */
export function nearKnownWord(
  folded: string,
  dict: Dictionary,
  protect: Array<{ from: number; to: number }> = [],
  freeCost = Infinity,
  guardedCost = -Infinity,
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
    if (known(folded.slice(0, i) + folded.slice(i + 1), free, doubled)) return true;
    if (i + 1 < n && known(folded.slice(0, i) + folded[i + 1] + folded[i] + folded.slice(i + 2), free && !guarded(i + 1))) return true;
    for (const ch of letters) {
      if (ch !== folded[i] && known(folded.slice(0, i) + ch + folded.slice(i + 1), free)) return true;
    }
  }
  for (let i = 0; i <= n; i++) {
    const free = !guarded(i);
    for (const ch of letters) {
      // A letter doubled (operationelle → operationnelle).
      if (known(folded.slice(0, i) + ch + folded.slice(i), free, folded[i - 1] === ch || folded[i] === ch)) return true;
    }
  }
  return false;
}
