// Cleans the lines of a text or Markdown document for alignment, keeping the map back to the
// file: **bold** markers (which may span lines) are removed and remembered, PDF superscripts
// `^{er}` / `^e` become plain `er` / `e`, a line of no-break spaces is blank, and list markers
// and enumerators (`1.`, `-`, `a)`) are set apart as neutral prefixes. In Markdown, front matter
// and code blocks are skipped, headings and list markers stripped, links reduced to their text
// (also `[text] (https://…)`, a link broken by a space that its author meant as a link).

import type { SourceDocument } from '../core/document.js';
import { MappedText, MappedTextBuilder, isSpace } from '../core/mapped-text.js';
import { MarkdownFences } from '../core/markdown-fences.js';

export interface CleanLine {
  /** 1-based line number. */
  line: number;
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
}

export interface CleanOptions {
  markdown?: boolean;
}

const PLAIN_MARKUP = /\*\*|__|\^\{([^{}\n]{1,8})\}|\^(\p{L}{1,3})/gu;
const MD_MARKUP = /<!--.*?-->|\*\*|__|\^\{([^{}\n]{1,8})\}|\^(\p{L}{1,3})|!\[([^\]\n]*)\]\([^)\n]*\)|\[([^\]\n]+)\](?:\([^)\n]*\)| \((?:https?:\/\/|mailto:)[^)\s]*\))|<\/?[A-Za-z][^>\n]*>|(`[^`\n]+`)|`+|(?<![\p{L}\p{N}])[*_](?=\S)|(?<=\S)[*_](?![\p{L}\p{N}])|&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/gu;
/** Named HTML entities that web editors leave in Markdown pages. */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', shy: '', thinsp: '\u2009', copy: '©', reg: '®', trade: '™', deg: '°',
  euro: '€', bull: '•', middot: '·', sect: '§', para: '¶', ordm: 'º', ordf: 'ª', times: '×',
};
// The accented letters of French pages written with entities (`&eacute;`, `&Agrave;`, `&ccedil;`, `&oelig;`).
for (const [base, accents] of Object.entries({ a: 'grave acute circ uml', e: 'grave acute circ uml', i: 'circ uml acute grave', o: 'circ uml acute grave', u: 'grave circ uml acute', y: 'uml acute', c: 'cedil' })) {
  for (const accent of accents.split(' ')) {
    const mark = { grave: '\u0300', acute: '\u0301', circ: '\u0302', uml: '\u0308', cedil: '\u0327' }[accent]!;
    ENTITIES[base + accent] = (base + mark).normalize('NFC');
    ENTITIES[base.toUpperCase() + accent] = (base.toUpperCase() + mark).normalize('NFC');
  }
}
Object.assign(ENTITIES, { oelig: 'œ', OElig: 'Œ', aelig: 'æ', AElig: 'Æ', szlig: 'ß' });
/** A Markdown link reference definition (`[1]: https://…`): not text. */
const LINK_DEFINITION = /^\s{0,3}\[[^\]\n]+\]:\s*\S+\s*$/;
/** A raw HTML heading (`<h2 class="…">`), common in pages exported from web editors. */
const HTML_HEADING = /^\s*<h[1-6][\s>]/i;
const DIRECTIVE_LINE = /^\s*(?:<!--\s*)?bitext-(?:disable|enable)[\w-]*(?:\s[^\n]*)?$/;
// List markers and enumerators, possibly nested (`- (ii) `, `1. a) `).
const MARKER = /^(?:(?:[-•*–+▪◦●]\s+|\(?\d{1,3}[.)](?=\s|$)\s*|\(?[a-z][.)]\s+(?!\d)|\((?:[ivxIVX]{1,5}|[a-zA-Z])\)\s+|[ivxIVX]{1,5}[.)]\s+))+/;

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
  for (let i = first; i <= n; i++) {
    const start = doc.lineStarts[i - 1];
    const end = doc.lineEnds[i - 1];
    if (opts.markdown) {
      const raw = doc.text.slice(start, end);
      if (fences.inCode(raw)) continue;
      if (/^\s*(<!--.*-->)?\s*$/.test(raw) || /^\s*\|?\s*:?-{3,}/.test(raw) || LINK_DEFINITION.test(raw)) continue;
    }
    // Inline suppressions (config/directives.ts) on a line of their own are not text.
    if (DIRECTIVE_LINE.test(doc.text.slice(start, end))) continue;
    const cl = cleanLine(doc, i, start, end, opts);
    if (cl) out.push(cl);
  }
  return out;
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
  while ((m = re.exec(body)) !== null) {
    b.appendRange(doc, start + pos, start + m.index);
    const tok = m[0];
    if (tok === '**' || tok === '__') boldMarks++;
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

const PLAIN_TELLTALES = /\*\*|__|\^/;

function finishLine(_doc: SourceDocument, line: number, cleaned: MappedText, boldMarks: number, boldAtStart: boolean, boldAtEnd: boolean, heading: boolean): CleanLine | null {
  let text = cleaned;
  if (text.length === 0) {
    return boldMarks ? { line, text, marker: '', boldMarks, boldAtStart, boldAtEnd, heading } : null;
  }
  if (/^[\u00a0\u202f\s]*$/.test(text.text)) return null;
  let marker = '';
  const mk = MARKER.exec(text.text);
  if (mk && !/^\d{1,3}\.\d/.test(text.text)) {
    marker = mk[0].trim();
    text = text.slice(mk[0].length).trim();
  }
  return { line, text, marker, boldMarks, boldAtStart, boldAtEnd, heading };
}

function decodeEntity(name: string): string | null {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : null;
  }
  return ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? null;
}
