// Cleans the lines of a text or Markdown document for alignment, keeping the map back to the
// file: **bold** markers (which may span lines) are removed and remembered, PDF superscripts
// `^{er}` / `^e` become plain `er` / `e`, a line of no-break spaces is blank, and list markers
// and enumerators (`1.`, `-`, `a)`) are set apart as neutral prefixes. In Markdown, front matter
// and code blocks are skipped, headings and list markers stripped, links reduced to their text
// (also `[text] (https://…)`, a link broken by a space that its author meant as a link).
// Page furniture of text extracted from PDFs (page numbers, the running header or footer that
// carries one or repeats at every page break) is left out, and the lines on either side of it
// stay adjacent, so that a paragraph broken by a page break is read whole.

import type { SourceDocument } from '../core/document.js';
import { MappedText, MappedTextBuilder, isSpace } from '../core/mapped-text.js';
import { MarkdownFences } from '../core/markdown-fences.js';
import { decodeEntity, HTML_ENTITY } from '../core/html-entities.js';
import { isWhiteSpaceCode } from '../lang/tokens.js';

export interface CleanLine {
  /** 1-based line number. */
  line: number;
  /**
   * The line this one directly follows: `line - 1`, or the last line of text before the page
   * furniture (and blank lines, form feeds) of a page break between them.
   */
  follows: number;
  /** Cleaned text without the list marker, trimmed. */
  text: MappedText;
  /** The list marker or enumerator set apart (`1.`, `-`, `a)`), or ''. */
  marker: string;
  /** Number of bold markers (`**` / `__`) on the line. */
  boldMarks: number;
  /** Whether the line starts or ends with a bold marker (before cleaning). */
  boldAtStart: boolean;
  boldAtEnd: boolean;
  /** A Markdown heading (`# …`). */
  heading: boolean;
  /**
   * The language the markup declares for the line's text (`<td lang="fr">`, `<p xml:lang="en-CA">`),
   * when an element that holds the line's first text says so; undefined otherwise.
   */
  declared?: 'en' | 'fr';
}

export interface CleanOptions {
  markdown?: boolean;
  /** Receives the numbers of the lines of page furniture, which are left out. */
  furniture?: number[];
}

const PLAIN_MARKUP = /\*\*|__|\^\{([^{}\n]{1,8})\}|\^(\p{L}{1,3})/gu;
// A linked image (a badge: `[![CircleCI](…svg)](…)`) is dropped whole. A link whose text wraps
// over two lines: its lone `[` at the end of the first line and its lone `](target)` on the next
// are markup too (`[Normes` / `numériques du GC](https://…)`).
// A script or a style sheet inside a line (`<style>p{margin:0}</style>`) is dropped whole, and so
// is a declaration (`<!DOCTYPE html>`).
// So is an HTML tag cut by a line end: `<a` ending a line, and the next line's leading attributes
// up to the tag's `>` (`href="…">the text`).
const MD_MARKUP = /<!--.*?-->|<![A-Za-z][^>\n]*>|<(?:script|SCRIPT)\b[^>\n]*>.*?<\/(?:script|SCRIPT)\s*>|<(?:style|STYLE)\b[^>\n]*>.*?<\/(?:style|STYLE)\s*>|\*\*|__|\^\{([^{}\n]{1,8})\}|\^(\p{L}{1,3})|\[!\[[^\]\n]*\]\([^)\n]*\)\]\([^)\n]*\)|!\[([^\]\n]*)\]\([^)\n]*\)|\[([^\]\n]+)\](?:\([^)\n]*\)| \((?:https?:\/\/|mailto:)[^)\s]*\))|\[(?=[^\]\n]*$)|\]\([^()\s]*\)|<\/?[A-Za-z][^>\n]*>|<[A-Za-z][\w-]*(?:\s[^<>\n]*)?$|(?<=^[ \t]*)(?:[\w:-]+\s*=\s*(?:"[^"\n]*"|'[^'\n]*')\s*)+(?:\/?>|$)|(`[^`\n]+`)|`+|(?<![\p{L}\p{N}])[*_](?=\S)|(?<=\S)[*_](?![\p{L}\p{N}])|&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/gu;
/** A Markdown link reference definition (`[1]: https://…`): not text. */
const LINK_DEFINITION = /^\s{0,3}\[[^\]\n]+\]:\s*\S+\s*$/;
/** A raw HTML heading (`<h2 class="…">`), common in pages exported from web editors. */
const HTML_HEADING = /^\s*<h[1-6][\s>]/i;
const DIRECTIVE_LINE = /^\s*(?:<!--\s*)?bitext-(?:disable|enable)[\w-]*(?:\s[^\n]*)?$/;
// List markers and enumerators, possibly nested (`- (ii) `, `1. a) `).
const MARKER = /^(?:(?:[-•*–+▪◦●]\s+|\(?\d{1,3}[.)](?=\s|$)\s*|\(?[a-z][.)]\s+(?!\d)|\((?:[ivxIVX]{1,5}|[a-zA-Z])\)\s+|[ivxIVX]{1,5}[.)]\s+))+/;
/**
 * Two letters, each with its period, that are an abbreviation opening a letter's line, not two
 * list markers: `p. j. (2)` (pièces jointes), `c. c.` (copie conforme). A letter that is a Roman
 * numeral may be nested under another (`a. i.`).
 */
export const LETTER_ABBREVIATION = /^[a-z]\.\s+[a-hj-uwyz]\.(?:\s|$)/;

/** Cleans every line of the document. Blank and skipped lines are left out. */
export function cleanLines(doc: SourceDocument, opts: CleanOptions = {}): CleanLine[] {
  const out: CleanLine[] = [];
  const n = doc.lineCount;
  const fences = new MarkdownFences();
  let first = 1;
  if (opts.markdown && doc.line(1).trim() === '---') {
    // YAML front matter: metadata, not prose.
    for (let i = 2; i <= n; i++) {
      if (/^(---|\.\.\.)\s*$/.test(doc.line(i))) {
        first = i + 1;
        break;
      }
    }
  }
  const feeds = doc.text.includes('\f');
  const furniture = knownFurniture.get(doc) ?? pageFurniture(doc, first, feeds);
  // The last line kept, and whether a page break (furniture, a form feed) came after it.
  let lastKept = 0;
  let pageBreak = false;
  // Inside an HTML comment that spans lines (text commented out of a Markdown page): not shown.
  let inComment = false;
  const declared = opts.markdown ? new DeclaredLanguages() : null;
  for (let i = first; i <= n; i++) {
    let start = doc.lineStarts[i - 1];
    let end = doc.lineEnds[i - 1];
    if (furniture?.has(i)) {
      opts.furniture?.push(i);
      pageBreak = true;
      continue;
    }
    if (feeds && doc.text.slice(start, end).includes('\f')) pageBreak = true;
    if (opts.markdown) {
      if (inComment) {
        const close = doc.text.indexOf('-->', start);
        if (close < 0 || close + 3 > end) continue;
        inComment = false;
        start = close + 3;
      } else if (fences.inCode(doc.text.slice(start, end))) continue;
      const raw = doc.text.slice(start, end);
      const open = raw.lastIndexOf('<!--');
      if (open >= 0 && !raw.includes('-->', open + 4) && !DIRECTIVE_LINE.test(raw)) {
        inComment = true;
        end = start + open;
      }
      const kept = doc.text.slice(start, end);
      if (/^\s*(<!--.*-->)?\s*$/.test(kept) || /^\s*\|?\s*:?-{3,}/.test(kept) || LINK_DEFINITION.test(kept)) continue;
    }
    // Inline suppressions (config/directives.ts) on a line of their own are not text.
    if (DIRECTIVE_LINE.test(doc.text.slice(start, end))) continue;
    const cl = cleanLine(doc, i, start, end, opts);
    if (declared) {
      const lang = declared.read(doc.text.slice(start, end));
      if (cl && lang) cl.declared = lang;
    }
    if (cl) {
      if (pageBreak) cl.follows = lastKept;
      out.push(cl);
      lastKept = i;
      pageBreak = false;
    }
  }
  return out;
}

/**
 * The languages that HTML markup declares (`lang` and `xml:lang` attributes), followed from line
 * to line: WCAG asks a page to mark each part written in another language, and a bilingual page
 * marks its English and French cells or blocks so (`<td lang="en">…</td><td lang="fr">…</td>`).
 * Only elements that carry the attribute are followed; the page's own (`<html lang="en">`, which
 * a bilingual page has too) is not a declaration for its parts.
 */
class DeclaredLanguages {
  /** Open elements with a language of their own, innermost last. */
  private readonly open: Array<{ name: string; lang: 'en' | 'fr' | null }> = [];

  /**
   * Follows the tags of a raw line; gives the language declared where its text starts (after
   * the tags that open it), or null.
   */
  read(raw: string): 'en' | 'fr' | null {
    let at: 'en' | 'fr' | null | undefined;
    TAG.lastIndex = 0;
    let m: RegExpExecArray | null;
    let pos = 0;
    while ((m = TAG.exec(raw)) !== null) {
      // Text before this tag: the line's text starts under the languages open now.
      if (at === undefined && raw.slice(pos, m.index).trim() !== '') at = this.current();
      pos = m.index + m[0].length;
      const name = m[2].toLowerCase();
      if (m[1] === '/') {
        const k = this.open.map((o) => o.name).lastIndexOf(name);
        if (k >= 0) this.open.length = k;
        continue;
      }
      const lang = LANG_ATTRIBUTE.exec(m[3] ?? '');
      if (!lang || PAGE_ELEMENTS.has(name) || m[0].endsWith('/>')) continue;
      // A sibling whose end tag HTML lets one leave out (`<td lang="en">…<td lang="fr">…`).
      if (this.open.length && this.open[this.open.length - 1].name === name && OPTIONAL_END.has(name)) this.open.pop();
      const code = lang[1].toLowerCase();
      this.open.push({ name, lang: code === 'en' ? 'en' : code === 'fr' ? 'fr' : null });
    }
    if (at === undefined) at = raw.slice(pos).trim() !== '' ? this.current() : null;
    return at;
  }

  private current(): 'en' | 'fr' | null {
    return this.open.length ? this.open[this.open.length - 1].lang : null;
  }
}

/** A start or end tag: its slash, its name and its attributes. */
const TAG = /<(\/?)([A-Za-z][\w-]*)((?:\s[^<>]*)?)>/g;
/** A language attribute's primary subtag: `lang="fr-CA"`, `xml:lang='en'`. */
const LANG_ATTRIBUTE = /(?:^|\s)(?:xml:)?lang\s*=\s*["']?([A-Za-z]{2,3})(?![A-Za-z])/;
/** Elements whose language is the page's, not a part's. */
const PAGE_ELEMENTS = new Set(['html', 'body', 'head']);
/** Elements whose end tag may be left out before a sibling of the same kind. */
const OPTIONAL_END = new Set(['td', 'th', 'li', 'p', 'dt', 'dd', 'tr', 'option']);

/** Page furniture found in a whole document, for copies of it that keep some of its lines. */
const knownFurniture = new WeakMap<SourceDocument, Set<number>>();

/** Makes `lines` the page furniture of `doc` (a copy of a document whose furniture is known). */
export function setPageFurniture(doc: SourceDocument, lines: Iterable<number>): void {
  knownFurniture.set(doc, new Set(lines));
}

/** A page number: `Page 2`, `Page 2 of 4`, `Page 2 de 4`, `page 2 sur 4`, `p. 2/4`. */
const PAGE_NUMBER = /^(?:page|p\.|pg\.?)[\s\u00a0]*\d{1,4}(?:[\s\u00a0]*(?:of|de|sur|\/)[\s\u00a0]*\d{1,4})?$/i;
/** A page number alone on its line: `- 3 -`, `– 3 –`, `2/4`, `2 / 4`. */
const PAGE_NUMBER_LINE = /^(?:[-–—][\s\u00a0]*(\d{1,4})[\s\u00a0]*[-–—]|(\d{1,3})[\s\u00a0]*\/[\s\u00a0]*(\d{1,3}))$/;
/** What sets a header's parts apart: a column gap (a tab, three spaces), or a spaced slash, bar or dash. */
const HEADER_GAP = /[\s\u00a0]*\t[\s\u00a0]*|[ \u00a0]{3,}|[\s\u00a0]+[|/–—-][\s\u00a0]+/;
/** Cheap test before the others: a line that may hold a page number. */
const MAY_BE_PAGE = /\d/;
/** A running header or footer is at most this long. */
const RUNNING_MAX = 120;

/**
 * The lines of page furniture, or null when there are none: a page number on its own line, a
 * header or footer that carries one at its start or end (`POLICY ANALYST    Page 2 of 4`,
 * `Page 2 of 4 / Page 2 de 4`), and, in a document whose pages are cut by form feeds, the first
 * or last line of the pages when it repeats on several of them (`Confidential`, page numbers
 * aside). An ordinary line that mentions a page (`See page 4 of the guide.`) is text.
 */
function pageFurniture(doc: SourceDocument, first: number, feeds: boolean): Set<number> | null {
  let out: Set<number> | null = null;
  const n = doc.lineCount;
  const text = doc.text;
  for (let i = first; i <= n; i++) {
    const raw = text.slice(doc.lineStarts[i - 1], doc.lineEnds[i - 1]);
    if (raw.length > RUNNING_MAX * 2 || !MAY_BE_PAGE.test(raw) || !isPageLine(raw)) continue;
    (out ??= new Set()).add(i);
  }
  if (feeds) out = runningLines(doc, first, out ?? new Set());
  return out && out.size ? out : null;
}

function isPageLine(raw: string): boolean {
  const line = raw.replace(/\f/g, '').trim();
  if (PAGE_NUMBER.test(line)) return true;
  const m = PAGE_NUMBER_LINE.exec(line);
  if (m) return m[1] !== undefined || (Number(m[2]) >= 1 && Number(m[2]) <= Number(m[3]));
  const parts = line.split(HEADER_GAP);
  return parts.length >= 2 && (PAGE_NUMBER.test(parts[0]) || PAGE_NUMBER.test(parts[parts.length - 1]));
}

/**
 * Adds to `furniture` the first and last lines of text of the pages (cut by form feeds) that repeat,
 * digits aside, at the same end of two pages or more.
 */
function runningLines(doc: SourceDocument, first: number, furniture: Set<number>): Set<number> {
  const heads = new Map<string, number[]>();
  const feet = new Map<string, number[]>();
  const note = (map: Map<string, number[]>, line: number): void => {
    const raw = doc.line(line).replace(/\f/g, '').trim();
    if (raw.length > RUNNING_MAX) return;
    const key = raw.replace(/\d+/g, '0').replace(/\s+/g, ' ').toLowerCase();
    const list = map.get(key);
    if (list) list.push(line);
    else map.set(key, [line]);
  };
  let head = true;
  let lastText = 0;
  for (let i = first; i <= doc.lineCount; i++) {
    const raw = doc.line(i);
    if (raw.includes('\f')) {
      if (lastText) note(feet, lastText);
      lastText = 0;
      head = true;
    }
    if (furniture.has(i) || raw.replace(/\f/g, '').trim() === '') continue;
    if (head) note(heads, i);
    head = false;
    lastText = i;
  }
  if (lastText) note(feet, lastText);
  for (const map of [heads, feet]) {
    for (const lines of map.values()) if (lines.length >= 2) for (const l of lines) furniture.add(l);
  }
  return furniture;
}

function cleanLine(doc: SourceDocument, line: number, start: number, end: number, opts: CleanOptions): CleanLine | null {
  const raw = doc.text.slice(start, end);
  let s = 0;
  while (s < raw.length && isSpace(raw.charCodeAt(s))) s++;
  let e = raw.length;
  while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
  if (s === e) return null;
  let heading = false;
  if (opts.markdown) {
    const m = /^(#{1,6}\s+|>\s?)+/.exec(raw.slice(s, e));
    if (m) {
      heading = m[0].includes('#');
      s += m[0].length;
    }
    if (HTML_HEADING.test(raw)) heading = true;
  }
  // A heading marked with equals signs (`== 2. Parking ban beacons / Feux d'interdiction ==`, as
  // wikis and AsciiDoc write them): the signs are no text of either side.
  if (!opts.markdown && raw.charCodeAt(s) === 61 /* = */) {
    const open = /^={1,6}[ \t]+(?=[\p{L}\p{N}(])/u.exec(raw.slice(s, e));
    if (open) {
      heading = true;
      s += open[0].length;
      const close = /[ \t]+={1,6}$/.exec(raw.slice(s, e));
      if (close) e -= close[0].length;
    }
  }
  // The marks of a quoted e-mail (`> `, `>> `) are no text: the quoted message is read as the
  // reply is, and a line of marks alone is a blank line.
  if (!opts.markdown && raw.charCodeAt(s) === 62 /* > */) {
    const q = QUOTE_MARKS.exec(raw.slice(s, e));
    if (q) {
      s += q[0].length;
      while (s < e && isSpace(raw.charCodeAt(s))) s++;
      if (s === e) return null;
    }
  }
  const boldAtStart = raw.startsWith('**', s) || raw.startsWith('__', s);
  // Most plain-text lines have no markup at all: take them as they are.
  if (!opts.markdown && !PLAIN_TELLTALES.test(raw)) return finishLine(doc, line, MappedText.of(doc, start + s, start + e), 0, false, false, heading);
  const boldAtEnd = raw.endsWith('**', e) || raw.endsWith('__', e);
  const re = opts.markdown ? MD_MARKUP : PLAIN_MARKUP;
  const b = new MappedTextBuilder();
  let boldMarks = 0;
  let pos = s;
  re.lastIndex = s;
  const body = raw.slice(0, e);
  let m: RegExpExecArray | null;
  // Whether a space stands for the last break tag, with no text after it yet.
  let broken = false;
  while ((m = re.exec(body)) !== null) {
    if (m.index > pos) broken = false;
    b.appendRange(doc, start + pos, start + m.index);
    const tok = m[0];
    if (tok === '**' || tok === '__') boldMarks++;
    else if (opts.markdown && BREAK_TAG.test(tok)) {
      // A line break or a block's edge between two words (`000137<br>Selection`, `</li><li>`)
      // parts them as the page shows them: a space, not the words run together.
      const before = body.charCodeAt(m.index - 1);
      const after = body.charCodeAt(m.index + tok.length);
      if (!broken && m.index > s && !isWhiteSpaceCode(before) && m.index + tok.length < body.length && !isWhiteSpaceCode(after)) {
        b.appendReplacement(' ', start + m.index, start + m.index + tok.length);
        broken = true;
      }
    }
    else if (m[1] !== undefined || m[2] !== undefined) {
      // Superscript: keep the letters, drop ^ and braces.
      const inner = m[1] ?? m[2];
      const innerStart = start + m.index + tok.indexOf(inner);
      b.appendRange(doc, innerStart, innerStart + inner.length);
    } else if (m[3] !== undefined || m[4] !== undefined) {
      const inner = m[3] ?? m[4];
      const innerStart = start + m.index + tok.indexOf(inner);
      b.appendRange(doc, innerStart, innerStart + inner.length);
    } else if (m[5] !== undefined) {
      // Inline code is kept with its backticks: the aligner treats it as shared material.
      b.appendRange(doc, start + m.index, start + m.index + tok.length);
    } else if (m[6] !== undefined) {
      // An HTML entity stands for its character; unknown names are kept as written.
      const ch = decodeEntity(m[6]);
      if (ch === null) b.appendRange(doc, start + m.index, start + m.index + tok.length);
      else if (ch) b.appendReplacement(ch, start + m.index, start + m.index + tok.length);
    }
    // HTML tags, stray backticks and single emphasis markers are dropped.
    pos = m.index + tok.length;
  }
  b.appendRange(doc, start + pos, start + e);
  return finishLine(doc, line, b.build().trim(), boldMarks, boldAtStart, boldAtEnd, heading);
}

/** The quotation marks of an e-mail reply, one per level, before a space or the line's end. */
const QUOTE_MARKS = /^(?:>(?=[ \t>]|$)[ \t]?)+/;

/** HTML tags that break a line or bound a block: the page shows a break where they stand. */
const BREAK_TAG = /^<\/?(?:br|p|li|div|h[1-6]|tr|td|th|dt|dd|blockquote|figcaption)\b/i;

const PLAIN_TELLTALES = /\*\*|__|\^/;

function finishLine(_doc: SourceDocument, line: number, cleaned: MappedText, boldMarks: number, boldAtStart: boolean, boldAtEnd: boolean, heading: boolean): CleanLine | null {
  let text = cleaned;
  if (text.length === 0) {
    return boldMarks ? { line, follows: line - 1, text, marker: '', boldMarks, boldAtStart, boldAtEnd, heading } : null;
  }
  if (/^[\u00a0\u202f\s]*$/.test(text.text)) return null;
  let marker = '';
  const mk = MARKER.exec(text.text);
  // (A letter's abbreviation is the line's text, not a list marker: `p. j. (2) Annexe A`, `c. c.
  // M. Daniel Awashish`, as `Encl. (2)` and `c.c.` are in English.)
  if (mk && !/^\d{1,3}\.\d/.test(text.text) && !LETTER_ABBREVIATION.test(text.text)) {
    marker = mk[0].trim();
    text = text.slice(mk[0].length).trim();
  }
  return { line, follows: line - 1, text, marker, boldMarks, boldAtStart, boldAtEnd, heading };
}

/**
 * Appends the document range [start, end) with its HTML entities read as their characters, as
 * Markdown text is: a page's front matter is HTML too once the site renders it (`1)&nbsp;il`).
 */
export function appendWithEntities(b: MappedTextBuilder, doc: SourceDocument, start: number, end: number): void {
  const raw = doc.text.slice(start, end);
  if (!raw.includes('&')) {
    b.appendRange(doc, start, end);
    return;
  }
  let last = 0;
  for (const m of raw.matchAll(HTML_ENTITY)) {
    const ch = decodeEntity(m[1]);
    if (ch === null) continue;
    b.appendRange(doc, start + last, start + m.index);
    if (ch) b.appendReplacement(ch, start + m.index, start + m.index + m[0].length);
    last = m.index + m[0].length;
  }
  b.appendRange(doc, start + last, end);
}
