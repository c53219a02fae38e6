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

export interface PoRawEntry {
  /** msgctxt, when present and not empty. */
  ctx?: string;
  msgid: PoText;
  plural?: PoText;
  msgstr: PoText[];
  comments?: PoComments;
}

export interface ParsedPo {
  headers: Record<string, string>;
  /** Entries other than the header, obsolete ones left out; a duplicate (msgctxt + msgid) keeps the last. */
  entries: PoRawEntry[];
}

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

/** A key (msgid, msgstr[1]…) and the strings that follow it. */
interface KeyNode {
  key: string;
  obsolete: boolean;
  comments: PoComments | undefined;
  /** Decoded pieces, joined when the key is done. */
  parts: string[];
  length: number;
  start: number;
  end: number;
  /** Runs as in PoText, while more than one. */
  runs: number[];
  hasString: boolean;
}

/** Parses a catalog (see the file comment); throws PoSyntaxError for a bad key name. */
export function parsePo(src: string): ParsedPo {
  const n = src.length;
  const entries: PoRawEntry[] = [];
  const seen = new Map<string, number | number[]>();
  let headers: Record<string, string> | undefined;

  // Entry assembly (gettext-parser's _handleValues).
  let curContext: string | undefined;
  let curComments: PoComments | undefined;
  let last: { ctx?: string; msgid: PoText; plural?: PoText; msgstr: PoText[]; comments?: PoComments; obsolete: boolean; hasMsgstr: boolean } | undefined;
  const finishEntry = (): void => {
    if (!last) return;
    const e = last;
    last = undefined;
    if (e.obsolete) return;
    const ctx = e.ctx ?? '';
    if (headers === undefined && !ctx && !e.msgid.text) {
      headers = parseHeaders(e.msgstr[0]?.text ?? '');
    }
    const entry: PoRawEntry = { msgid: e.msgid, msgstr: e.msgstr };
    if (e.ctx) entry.ctx = e.ctx;
    if (e.plural) entry.plural = e.plural;
    if (e.comments) entry.comments = e.comments;
    // Entries by msgid, then msgctxt: a key string per entry (msgctxt + msgid) cost a copy of
    // every msgid.
    const at = seen.get(e.msgid.text);
    const same = at === undefined ? -1 : typeof at === 'number' ? ((entries[at].ctx ?? '') === ctx ? at : -1) : at.find((i) => (entries[i].ctx ?? '') === ctx) ?? -1;
    if (same >= 0) {
      entries[same] = entry;
      return;
    }
    if (at === undefined) seen.set(e.msgid.text, entries.length);
    else if (typeof at === 'number') seen.set(e.msgid.text, [at, entries.length]);
    else at.push(entries.length);
    entries.push(entry);
  };
  const handleKey = (k: KeyNode): void => {
    const value = textOf(k);
    const name = k.key;
    if (name === 'msgctxt') {
      // A new msgctxt does not close the entry before it; only a msgid does (as gettext-parser).
      curContext = value.text;
      curComments = k.comments;
    } else if (name === 'msgid') {
      finishEntry();
      last = { msgid: value, msgstr: [], obsolete: k.obsolete, hasMsgstr: false };
      if (curContext) last.ctx = curContext;
      if (curComments) last.comments = curComments;
      if (k.comments && !last.comments) last.comments = k.comments;
      curContext = undefined;
      curComments = undefined;
    } else if (name === 'msgid_plural') {
      if (last) {
        last.plural = value;
        if (k.comments && !last.comments) last.comments = k.comments;
      }
      curContext = undefined;
      curComments = undefined;
    } else if (name.startsWith('msgstr')) {
      if (last) {
        last.msgstr.push(value);
        if (k.comments && !last.comments) last.comments = k.comments;
      }
      curContext = undefined;
      curComments = undefined;
    }
  };

  // Token grouping (gettext-parser's _joinStringValues and _handleKeys): a comment block (joined
  // comment lines) right before a key belongs to it; strings belong to the last key.
  let key: KeyNode | undefined;
  let pendingComment: string[] | null = null; // comment lines of the block just read
  let prevWasComment = false;
  // One key node serves every key in turn (handleKey takes what it needs from it): an object and
  // two arrays per key were most of what a large catalog's reading left for the collector.
  const node: KeyNode = { key: '', obsolete: false, comments: undefined, parts: [], length: 0, start: 0, end: 0, runs: [], hasString: false };
  const startKey = (name: string, obsolete: boolean): void => {
    if (key) handleKey(key);
    key = node;
    node.key = name;
    node.obsolete = obsolete;
    node.comments = prevWasComment && pendingComment ? parseComments(pendingComment.join('\n')) : undefined;
    node.parts.length = 0;
    node.runs.length = 0;
    node.length = 0;
    node.start = 0;
    node.end = 0;
    node.hasString = false;
    pendingComment = null;
    prevWasComment = false;
  };

  const NONE = 1;
  const OBSOLETE = 5;
  let state = NONE;
  let nextBackslash = -1; // the first backslash at or after the string being read (n: none)
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === HASH) {
      // A comment runs to the end of the line; "#~" makes what follows on the line obsolete.
      const j = i + 1;
      if (src.charCodeAt(j) === TILDE) {
        addComment('~');
        state = OBSOLETE;
        i = j + 1;
        continue;
      }
      let end = src.indexOf('\n', j);
      if (end < 0) end = n;
      addComment(stripCr(src.slice(j, end)));
      i = end; // the line end is read in the loop (line count)
      state = NONE;
      continue;
    }
    if (c === BAR && state === OBSOLETE) {
      // "#~|": the previous string of an obsolete entry, a comment to the end of the line.
      let end = src.indexOf('\n', i);
      if (end < 0) end = n;
      addComment(stripCr(src.slice(i, end)));
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
    if (j < n && name !== 'msgid' && name !== 'msgstr' && !KEY_NAME.test(name)) {
      throw new PoSyntaxError(`Invalid key name "${name}" This can be caused by an unescaped quote character in a msgid or msgstr value.`, lineAt(src, i));
    }
    startKey(name, state === OBSOLETE);
    state = NONE;
    i = j;
  }
  if (key) handleKey(key);
  finishEntry();
  return { headers: headers ?? {}, entries };

  function addComment(text: string): void {
    if (prevWasComment && pendingComment) pendingComment.push(text);
    else pendingComment = [text];
    prevWasComment = true;
  }

  /** Reads a quoted string from its opening quote; returns the offset after its closing quote. */
  function readString(open: number, quote: number): number {
    prevWasComment = false;
    pendingComment = null;
    // The string's pieces go straight to its key, their runs relative to the key's whole text.
    const k = key;
    if (k && !k.hasString) {
      k.start = open + 1;
      k.hasString = true;
    }
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
        if (k) addRun(k, runStart, q);
        j = q;
        break;
      }
      const b = nextBackslash;
      if (k) addRun(k, runStart, b);
      if (b + 1 >= n) {
        j = b + 1;
        runStart = j;
        continue;
      }
      const e = src.charCodeAt(b + 1);
      if (e !== NL && k) {
        k.runs.push(k.length, b);
        k.parts.push(e === 110 ? '\n' : e === 116 ? '\t' : e === 114 ? '\r' : src[b + 1]);
        k.length += 1;
      }
      j = b + 2;
      runStart = j;
    }
    if (k) k.end = Math.min(j, n);
    return j < n ? j + 1 : n;
  }

  /** The literal characters src[from, to) as a run of the key's text. */
  function addRun(k: KeyNode, from: number, to: number): void {
    if (to <= from) return;
    k.runs.push(k.length, from);
    k.parts.push(src.slice(from, to));
    k.length += to - from;
  }
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

/** The decoded text of a key's strings and its map to the file. */
function textOf(k: KeyNode): PoText {
  // A copy of its own, not a slice: a slice would keep the whole decoded file alive (and read as
  // 16-bit text as soon as the file holds one curly quote; see flat-text.ts).
  const text = flatText(k.parts.length === 1 ? k.parts[0] : k.parts.join(''));
  const runs = k.runs;
  // One run that starts at the text's start: a plain slice of the file.
  if (runs.length <= 2) return { text, start: k.start, end: k.end, runs: null, base: runs.length ? runs[1] : k.start };
  return { text, start: k.start, end: k.end, runs: Int32Array.from(runs), base: k.start };
}
