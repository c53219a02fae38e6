// The PO syntax, read in one pass over the decoded file: entries (msgctxt, msgid, msgid_plural,
// msgstr[n]), their comments and flags, the header, and where every character of every string is
// in the file.
//
// It reads catalogs exactly as gettext-parser (non-validating mode) does: the same tokens (strings
// in " or ', comments, keys), the same escapes (\n \t \r, a backslash before a line end joins the
// lines, any other escaped character stands for itself), the same grouping of comments and keys
// into entries, obsolete (#~) entries set aside, a later duplicate replacing an earlier one, and
// the same "Invalid key name" error (test/formats/po-parse.test.ts compares the two on every
// catalog of the corpus). gettext-parser keeps no positions, so places had to come from a second
// reading of the file; it also builds an object per character run and token, which on a catalog
// of 100,000 entries costs more than all the checks. Here a string that is one quoted run is
// copied from the file's text in one piece, and its map to the file is a base offset.
//
// Two readers share the grouping (PoAssembler): parsePoBytes reads a UTF-8 file's bytes, decoding
// each string on its own (the file is never one string: 47 MiB of 16-bit text for 100,000
// entries), and parsePo reads a decoded text (other encodings; what parsePoBytes leaves to it).
// test/formats/po-bytes.test.ts compares the two.

import { LineBreaks, type TextLayout } from '../core/document.js';
import { flatText } from '../core/flat-text.js';

/** A decoded string and where its characters are in the file. */
export interface PoText {
  text: string;
  /** File offsets: just after the first opening quote, and at the last closing quote. */
  start: number;
  end: number;
  /**
   * Where runs of characters start: [textOffset, fileOffset, …] in text order, each run going on
   * one file offset per character; an escape is a run of one character at its backslash. Null
   * (or empty) when the text is one run, from `base`.
   */
  runs: Int32Array | null;
  base: number;
}

export interface PoComments {
  translator?: string;
  extracted?: string;
  reference?: string;
  flag?: string;
  previous?: string;
}

export interface PoRawEntry<T extends PoText = PoText> {
  /** msgctxt, when present and not empty. */
  ctx?: string;
  msgid: T;
  plural?: T;
  msgstr: T[];
  comments?: PoComments;
}

export interface ParsedPo<T extends PoText = PoText> {
  headers: Record<string, string>;
  /** Entries other than the header, obsolete ones left out; a duplicate (msgctxt + msgid) keeps the last. */
  entries: PoRawEntry<T>[];
}

/**
 * Makes the object of a decoded string: a plain PoText, or what the caller keeps of it (po.ts makes
 * its segments here: one object per string, not a PoText and then a copy).
 */
export type PoTextMaker<T extends PoText> = (text: string, start: number, end: number, runs: Int32Array | null, base: number) => T;

const plainText: PoTextMaker<PoText> = (text, start, end, runs, base) => ({ text, start, end, runs, base });

export class PoSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** File offset of the character at `i` in a PoText. */
export function poOffset(t: PoText, i: number): number {
  const runs = t.runs;
  if (!runs || runs.length === 0) return t.base + i;
  // The last run starting at or before i.
  let lo = 0;
  let hi = (runs.length >> 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[2 * mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return runs[2 * lo + 1] + (i - runs[2 * lo]);
}

/** Header names gettext-parser writes in their canonical case. */
const HEADER_CASE = new Map(
  ['Project-Id-Version', 'Report-Msgid-Bugs-To', 'POT-Creation-Date', 'PO-Revision-Date', 'Last-Translator', 'Language-Team', 'Language', 'Content-Type', 'Content-Transfer-Encoding', 'Plural-Forms'].map(
    (h) => [h.toLowerCase(), h],
  ),
);

function parseHeaders(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of s.split('\n')) {
    const parts = line.split(':');
    let key = (parts.shift() ?? '').trim();
    if (!key) continue;
    key = HEADER_CASE.get(key.toLowerCase()) ?? key;
    out[key] = parts.join(':').trim();
  }
  return out;
}

function parseComments(raw: string): PoComments {
  const lists: Record<keyof PoComments, string[]> = { translator: [], extracted: [], reference: [], flag: [], previous: [] };
  for (const line of raw.split('\n')) {
    switch (line.charAt(0)) {
      case ':':
        lists.reference.push(line.slice(1).trim());
        break;
      case '.':
        lists.extracted.push(line.slice(1).trimStart());
        break;
      case ',':
        lists.flag.push(line.slice(1).trimStart());
        break;
      case '|':
        lists.previous.push(line.slice(1).trimStart());
        break;
      case '~':
        break;
      default:
        lists.translator.push(line.trimStart());
    }
  }
  const out: PoComments = {};
  for (const k of Object.keys(lists) as Array<keyof PoComments>) if (lists[k].length) out[k] = flatText(lists[k].join('\n'));
  return out;
}

// Character codes.
const NL = 10;
const HASH = 35;
const TILDE = 126;
const BAR = 124;
const DQUOTE = 34;
const SQUOTE = 39;

/** What gettext-parser's /\s/ matches (JavaScript white space and line terminators). */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Characters of a key name: [A-Za-z0-9_\-[\]]. */
function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 91 || c === 93;
}

const KEY_NAME = /^(?:msgctxt|msgid(?:_plural)?|msgstr(?:\[\d+])?)$/;

function badKey(name: string, line: number): PoSyntaxError {
  return new PoSyntaxError(`Invalid key name "${name}" This can be caused by an unescaped quote character in a msgid or msgstr value.`, line);
}

/** A key (msgid, msgstr[1]…) and the strings that follow it. */
interface KeyNode {
  key: string;
  obsolete: boolean;
  comments: PoComments | undefined;
  /** Decoded pieces, joined when the key is done: parts[0, partCount). */
  parts: string[];
  partCount: number;
  length: number;
  start: number;
  end: number;
  /** Runs as in PoText: runs[0, runCount). Both lists are reused from key to key (emptied by their count). */
  runs: Int32Array;
  runCount: number;
  hasString: boolean;
}

/** Shared by the entries without msgstr until they have one (nothing adds to it). */
const NO_MSGSTR: never[] = [];

/** An entry being read; kept as it is once done (every entry has the same fields, in the same order). */
interface OpenEntry<T extends PoText> extends PoRawEntry<T> {
  obsolete: boolean;
}

/**
 * The tokens of a catalog (comments, keys, the pieces of strings), in file order, made into
 * entries as gettext-parser does: its _joinStringValues and _handleKeys (a comment block right
 * before a key belongs to it; strings belong to the last key) and its _handleValues.
 */
class PoAssembler<T extends PoText> {
  readonly entries: PoRawEntry<T>[] = [];
  headers: Record<string, string> | undefined;
  /** A fingerprint of each entry's msgctxt and msgid, to find duplicates (withoutDuplicates). */
  private prints = new Int32Array(1024);
  private curContext: string | undefined;
  private curComments: PoComments | undefined;
  private last: OpenEntry<T> | undefined;
  /** The key being read (always `node` once the first key is met). */
  private key: KeyNode | undefined;
  // One key node serves every key in turn (handleKey takes what it needs from it): an object and
  // two arrays per key were most of what a large catalog's reading left for the collector.
  private readonly node: KeyNode = { key: '', obsolete: false, comments: undefined, parts: [], partCount: 0, length: 0, start: 0, end: 0, runs: new Int32Array(64), runCount: 0, hasString: false };
  private pendingComment: string[] | null = null; // comment lines of the block just read
  private prevWasComment = false;

  /**
   * `ownPieces`: a string's pieces are strings of their own (decoded from the file's bytes), not
   * slices of the file's text, so a string of one piece needs no copy.
   */
  constructor(
    private readonly ownPieces: boolean,
    private readonly make: PoTextMaker<T>,
  ) {}

  comment(text: string): void {
    if (this.prevWasComment && this.pendingComment) this.pendingComment.push(text);
    else this.pendingComment = [text];
    this.prevWasComment = true;
  }

  startKey(name: string, obsolete: boolean): void {
    if (this.key) this.handleKey(this.key);
    const node = this.node;
    this.key = node;
    node.key = name;
    node.obsolete = obsolete;
    node.comments = this.prevWasComment && this.pendingComment ? parseComments(this.pendingComment.join('\n')) : undefined;
    node.partCount = 0;
    node.runCount = 0;
    node.length = 0;
    node.start = 0;
    node.end = 0;
    node.hasString = false;
    this.pendingComment = null;
    this.prevWasComment = false;
  }

  /** A quoted string begins, its text at file offset `start`. */
  openString(start: number): void {
    this.prevWasComment = false;
    this.pendingComment = null;
    const k = this.key;
    if (k && !k.hasString) {
      k.start = start;
      k.hasString = true;
    }
  }

  /** Characters of the string being read: literal ones from file offset `at` on, or one escape at its backslash. */
  piece(text: string, at: number): void {
    const k = this.key;
    if (!k) return;
    if (k.runCount + 2 > k.runs.length) {
      const runs = new Int32Array(k.runs.length * 2);
      runs.set(k.runs);
      k.runs = runs;
    }
    k.runs[k.runCount++] = k.length;
    k.runs[k.runCount++] = at;
    k.parts[k.partCount++] = text;
    k.length += text.length;
  }

  /** The string being read ends at file offset `end` (its closing quote). */
  closeString(end: number): void {
    if (this.key) this.key.end = end;
  }

  finish(): ParsedPo<T> {
    if (this.key) this.handleKey(this.key);
    this.finishEntry();
    return { headers: this.headers ?? {}, entries: withoutDuplicates(this.entries, this.prints) };
  }

  private handleKey(k: KeyNode): void {
    const name = k.key;
    if (name === 'msgctxt') {
      // A new msgctxt does not close the entry before it; only a msgid does (as gettext-parser).
      this.curContext = this.textOf(k);
      this.curComments = k.comments;
      return;
    }
    if (name === 'msgid') {
      this.finishEntry();
      this.last = { ctx: this.curContext || undefined, msgid: this.stringOf(k), plural: undefined, msgstr: NO_MSGSTR, comments: this.curComments ?? k.comments, obsolete: k.obsolete };
    } else if (name === 'msgid_plural') {
      const last = this.last;
      if (last) {
        last.plural = this.stringOf(k);
        if (k.comments && !last.comments) last.comments = k.comments;
      }
    } else if (name.startsWith('msgstr')) {
      const last = this.last;
      if (last) {
        // An array of the right size: most entries have one msgstr, and a push on an empty array
        // makes room for 17.
        const value = this.stringOf(k);
        if (last.msgstr === NO_MSGSTR) last.msgstr = [value];
        else last.msgstr.push(value);
        if (k.comments && !last.comments) last.comments = k.comments;
      }
    } else return;
    this.curContext = undefined;
    this.curComments = undefined;
  }

  private finishEntry(): void {
    const e = this.last;
    if (!e) return;
    this.last = undefined;
    if (e.obsolete) return;
    const ctx = e.ctx ?? '';
    if (this.headers === undefined && !ctx && !e.msgid.text) {
      this.headers = parseHeaders(e.msgstr[0]?.text ?? '');
    }
    const entry: PoRawEntry<T> = e;
    const entries = this.entries;
    if (entries.length === this.prints.length) {
      const prints = new Int32Array(this.prints.length * 2);
      prints.set(this.prints);
      this.prints = prints;
    }
    this.prints[entries.length] = fingerprint(fingerprint(Math.imul(e.msgid.text.length, 0x9e3779b1) ^ ctx.length, ctx), e.msgid.text);
    entries.push(entry);
  }

  /** The decoded text of a key's strings. */
  private textOf(k: KeyNode): string {
    const parts = k.parts;
    const count = k.partCount;
    // A decoded piece is a string of its own already; a slice of the file's text is copied (it
    // would keep the whole decoded file alive, and read as 16-bit text as soon as the file holds
    // one curly quote; see flat-text.ts), and so are pieces joined.
    if (count === 1) return this.ownPieces ? parts[0] : flatText(parts[0]);
    let text = '';
    for (let i = 0; i < count; i++) text += parts[i];
    for (let i = 0; i < count; i++) parts[i] = ''; // the pieces go with their key
    return flatText(text);
  }

  /** The decoded text of a key's strings and its map to the file. */
  private stringOf(k: KeyNode): T {
    const text = this.textOf(k);
    // One run that starts at the text's start: a plain slice of the file.
    if (k.runCount <= 2) return this.make(text, k.start, k.end, null, k.runCount ? k.runs[1] : k.start);
    return this.make(text, k.start, k.end, k.runs.slice(0, k.runCount), k.start);
  }
}

/**
 * The entries with each duplicate (same msgctxt and msgid) in place of the first of its kind, as
 * gettext-parser has them: the last one written, where the first was. A Map keyed by msgid hashed
 * every msgid in full, and its lookups went all over memory, most of the time spent on a large
 * catalog's entries once read; here the entries are sorted by a fingerprint of a few of their
 * characters (`prints`), and only entries of the same fingerprint are compared in full.
 */
function withoutDuplicates<T extends PoText>(entries: PoRawEntry<T>[], prints: Int32Array): PoRawEntry<T>[] {
  const n = entries.length;
  if (n < 2) return entries;
  // Sort keys: fingerprint, then index, in the 53 bits of a double (the fingerprint cut short
  // for a catalog of more than 2^21 entries).
  const indexBits = Math.max(21, Math.ceil(Math.log2(n + 1)));
  const cut = Math.max(0, 32 - (53 - indexBits));
  const scale = 2 ** indexBits;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (prints[i] >>> cut) * scale + i;
  keys.sort();
  let dropped: Uint8Array | undefined;
  for (let g = 0; g < n; ) {
    const print = Math.floor(keys[g] / scale);
    let end = g + 1;
    while (end < n && Math.floor(keys[end] / scale) === print) end++;
    // Entries of one fingerprint, in file order: each is the first of its kind or a later duplicate.
    for (let a = g; a < end - 1; a++) {
      const first = keys[a] % scale;
      if (dropped?.[first]) continue;
      const e = entries[first];
      const ctx = e.ctx ?? '';
      for (let b = a + 1; b < end; b++) {
        const later = keys[b] % scale;
        const d = entries[later];
        if (d.msgid.text !== e.msgid.text || (d.ctx ?? '') !== ctx || dropped?.[later]) continue;
        entries[first] = d;
        (dropped ??= new Uint8Array(n))[later] = 1;
      }
    }
    g = end;
  }
  return dropped ? entries.filter((_e, i) => !dropped![i]) : entries;
}

/** Mixes into `h` a string's characters: all of a short one, else 8 at each end and 16 between. */
function fingerprint(h: number, s: string): number {
  const n = s.length;
  if (n <= 32) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  } else {
    for (let i = 0; i < 8; i++) h = Math.imul(h ^ s.charCodeAt(i) ^ (s.charCodeAt(n - 1 - i) << 16), 0x01000193);
    const step = (n - 16) / 17;
    for (let k = 1; k <= 16; k++) h = Math.imul(h ^ s.charCodeAt(8 + Math.floor(k * step)), 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

const NONE = 1;
const OBSOLETE = 5;

/** Parses a catalog's decoded text (see the file comment); throws PoSyntaxError for a bad key name. */
export function parsePo(src: string): ParsedPo;
export function parsePo<T extends PoText>(src: string, make: PoTextMaker<T>): ParsedPo<T>;
export function parsePo(src: string, make: PoTextMaker<PoText> = plainText): ParsedPo {
  const n = src.length;
  const out = new PoAssembler(false, make);
  let state = NONE;
  let nextBackslash = -1; // the first backslash at or after the string being read (n: none)
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === HASH) {
      // A comment runs to the end of the line; "#~" makes what follows on the line obsolete.
      const j = i + 1;
      if (src.charCodeAt(j) === TILDE) {
        out.comment('~');
        state = OBSOLETE;
        i = j + 1;
        continue;
      }
      let end = src.indexOf('\n', j);
      if (end < 0) end = n;
      out.comment(stripCr(src.slice(j, end)));
      i = end; // the line end is read in the loop (line count)
      state = NONE;
      continue;
    }
    if (c === BAR && state === OBSOLETE) {
      // "#~|": the previous string of an obsolete entry, a comment to the end of the line.
      let end = src.indexOf('\n', i);
      if (end < 0) end = n;
      out.comment(stripCr(src.slice(i, end)));
      i = end;
      state = NONE;
      continue;
    }
    if (c === DQUOTE || c === SQUOTE) {
      i = readString(i, c);
      state = NONE;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    // A key: key characters up to the first other one.
    let j = i + 1;
    while (j < n && isKeyChar(src.charCodeAt(j))) j++;
    const name = src.slice(i, j);
    if (j < n && name !== 'msgid' && name !== 'msgstr' && !KEY_NAME.test(name)) throw badKey(name, lineAt(src, i));
    out.startKey(name, state === OBSOLETE);
    state = NONE;
    i = j;
  }
  return out.finish();

  /** Reads a quoted string from its opening quote; returns the offset after its closing quote. */
  function readString(open: number, quote: number): number {
    out.openString(open + 1);
    // The closing quote and the escapes are found with indexOf, many times faster than a look at
    // every character of a large catalog; most strings have no escape before their closing quote.
    const closing = quote === DQUOTE ? '"' : "'";
    let j = open + 1;
    let runStart = j;
    for (;;) {
      let q = src.indexOf(closing, j);
      if (q < 0) q = n;
      if (nextBackslash < j) {
        nextBackslash = src.indexOf('\\', j);
        if (nextBackslash < 0) nextBackslash = n;
      }
      if (nextBackslash >= q) {
        if (q > runStart) out.piece(src.slice(runStart, q), runStart);
        j = q;
        break;
      }
      const b = nextBackslash;
      if (b > runStart) out.piece(src.slice(runStart, b), runStart);
      if (b + 1 >= n) {
        j = b + 1;
        runStart = j;
        continue;
      }
      const e = src.charCodeAt(b + 1);
      if (e !== NL) out.piece(unescape(e, src[b + 1]), b);
      j = b + 2;
      runStart = j;
    }
    out.closeString(Math.min(j, n));
    return j < n ? j + 1 : n;
  }
}

/** What an escape stands for: \n \t \r, else the escaped character itself (`char`, code `e`). */
function unescape(e: number, char: string): string {
  return e === 110 ? '\n' : e === 116 ? '\t' : e === 114 ? '\r' : char;
}

/** The 1-based line of offset `at` (only an error needs it: counting as the file is read cost more). */
function lineAt(src: string, at: number): number {
  let line = 1;
  for (let i = src.indexOf('\n'); i >= 0 && i < at; i = src.indexOf('\n', i + 1)) line++;
  return line;
}

function stripCr(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r/g, '');
}

const CR = 13;
const BACKSLASH = 92;

/** What parsePoBytes reads: the catalog, and the decoded file's length and line table. */
export interface ParsedPoBytes<T extends PoText = PoText> {
  po: ParsedPo<T>;
  layout: TextLayout;
}

/**
 * Parses a catalog from the bytes of a UTF-8 file (valid UTF-8 from `from` on, after any BOM), as
 * parsePo parses its decoded text, with the same offsets (UTF-16 code units of the decoded text)
 * and the file's line table. The file is never decoded as a whole: a catalog of 100,000 entries
 * is 24 MB, 47 MiB as one 16-bit string; here each string is decoded on its own, straight into a
 * flat string (8-bit when it can be). Null for what only the text reader words exactly: a
 * character beyond ASCII where a key is expected (the error names it), or an escaped character
 * beyond the Basic Multilingual Plane (the text reader splits its surrogate pair).
 */
export function parsePoBytes(buf: Buffer, from?: number): ParsedPoBytes | null;
export function parsePoBytes<T extends PoText>(buf: Buffer, from: number, make: PoTextMaker<T>): ParsedPoBytes<T> | null;
export function parsePoBytes(buf: Buffer, from = 0, make: PoTextMaker<PoText> = plainText): ParsedPoBytes | null {
  const n = buf.length;
  const out = new PoAssembler(true, make);
  const lines = new LineBreaks();
  // The decoded text's offset of byte i is i - shift: the BOM, then the bytes beyond the first of
  // each character beyond ASCII (less one for a surrogate pair), are not characters of the text.
  let shift = from;
  let state = NONE;
  let nextBackslash = -1; // the first backslash at or after the string being read (n: none)
  let i = from;
  while (i < n) {
    const c = buf[i];
    if (c === HASH) {
      const j = i + 1;
      if (buf[j] === TILDE) {
        out.comment('~');
        state = OBSOLETE;
        i = j + 1;
        continue;
      }
      i = commentLine(j);
      state = NONE;
      continue;
    }
    if (c === BAR && state === OBSOLETE) {
      i = commentLine(i);
      state = NONE;
      continue;
    }
    if (c === DQUOTE || c === SQUOTE) {
      i = readString(i, c);
      if (i < 0) return null;
      state = NONE;
      continue;
    }
    if (c < 0x80) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        if (c === NL || c === CR) lines.add(i - shift, c);
        i++;
        continue;
      }
    } else {
      // A character beyond ASCII between tokens: a space as /\s/ reads it (no-break, ideographic…),
      // or the start of a key name that is not one.
      const size = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      const code = size === 2 ? ((c & 0x1f) << 6) | (buf[i + 1] & 0x3f) : size === 3 ? ((c & 0x0f) << 12) | ((buf[i + 1] & 0x3f) << 6) | (buf[i + 2] & 0x3f) : -1;
      if (code < 0 || !isSpace(code)) return null;
      shift += size - 1;
      i += size;
      continue;
    }
    let j = i + 1;
    while (j < n && isKeyChar(buf[j])) j++;
    const name = keyName(buf, i, j);
    if (j < n && name !== 'msgid' && name !== 'msgstr' && !KEY_NAME.test(name)) throw badKey(name, linesBefore(buf, from, i) + 1);
    out.startKey(name, state === OBSOLETE);
    state = NONE;
    i = j;
  }
  return { po: out.finish(), layout: lines.layout(n - shift) };

  /** A comment from `at` to the end of its line, handed on; returns where its line ends. */
  function commentLine(at: number): number {
    let end = buf.indexOf(NL, at);
    if (end < 0) end = n;
    out.comment(stripCr(decode(at, end)));
    return end;
  }

  /** The text of bytes [a, b), which hold whole characters; notes its line ends and the shift past it. */
  function decode(a: number, b: number): string {
    const text = buf.toString('utf8', a, b);
    const at = a - shift;
    shift += b - a - text.length;
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      for (let k = 0; k < text.length; k++) {
        const ch = text.charCodeAt(k);
        if (ch === NL || ch === CR) lines.add(at + k, ch);
      }
    }
    return text;
  }

  /** Reads a quoted string from its opening quote; returns the offset after its closing quote (-1: see parsePoBytes). */
  function readString(open: number, quote: number): number {
    out.openString(open + 1 - shift);
    let j = open + 1;
    let runStart = j;
    for (;;) {
      let q = buf.indexOf(quote, j);
      if (q < 0) q = n;
      if (nextBackslash < j) {
        nextBackslash = buf.indexOf(BACKSLASH, j);
        if (nextBackslash < 0) nextBackslash = n;
      }
      if (nextBackslash >= q) {
        if (q > runStart) {
          const at = runStart - shift;
          out.piece(decode(runStart, q), at);
        }
        j = q;
        break;
      }
      const b = nextBackslash;
      if (b > runStart) {
        const at = runStart - shift;
        out.piece(decode(runStart, b), at);
      }
      if (b + 1 >= n) {
        j = b + 1;
        runStart = j;
        continue;
      }
      const e = buf[b + 1];
      if (e < 0x80) {
        // An escaped line end is still one of the file's lines.
        if (e === NL || e === CR) lines.add(b + 1 - shift, e);
        if (e !== NL) out.piece(unescape(e, String.fromCharCode(e)), b - shift);
        j = b + 2;
      } else {
        const size = e >= 0xf0 ? 4 : e >= 0xe0 ? 3 : 2;
        if (size === 4) return -1;
        out.piece(buf.toString('utf8', b + 1, b + 1 + size), b - shift);
        shift += size - 1;
        j = b + 1 + size;
      }
      runStart = j;
    }
    out.closeString(Math.min(j, n) - shift);
    return j < n ? j + 1 : n;
  }
}

/** The key names read most, as strings made once. */
const KEYS = ['msgid', 'msgstr', 'msgctxt', 'msgid_plural', 'msgstr[0]', 'msgstr[1]'];

/** The key name in bytes [from, to) (ASCII): one of KEYS when it is one, without a new string. */
function keyName(buf: Buffer, from: number, to: number): string {
  const length = to - from;
  search: for (const key of KEYS) {
    if (key.length !== length) continue;
    for (let k = 0; k < length; k++) if (buf[from + k] !== key.charCodeAt(k)) continue search;
    return key;
  }
  return buf.toString('latin1', from, to);
}

/** How many line feeds the bytes [from, at) hold. */
function linesBefore(buf: Buffer, from: number, at: number): number {
  let count = 0;
  for (let i = buf.indexOf(NL, from); i >= 0 && i < at; i = buf.indexOf(NL, i + 1)) count++;
  return count;
}
