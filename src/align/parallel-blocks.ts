// The structure of a monolingual document, for the parallel aligner: its lines are grouped into
// blocks (headings, paragraphs, list items, table-of-contents entries, bibliography entries),
// and blocks into the units that get aligned (a heading, a sentence, a TOC entry, a reference).
//
// The structure travels to the aligner as layout tokens (`#k:head`, `#k:item`, `#k:n:2.1`…),
// which meet their counterparts like words do, and as costs for merging units of different
// blocks into one bead. A table-of-contents entry keeps its title only: its dot leaders and its
// page number (which legitimately differ between the versions) are not part of the text.

import type { SourceDocument } from '../core/document.js';
import { MappedText, MappedTextBuilder } from '../core/mapped-text.js';
import { splitSentences, type SentenceLang } from '../lang/sentences.js';
import { appendWithEntities, cleanLines, type CleanLine } from './lines.js';
import { DASHED_LABEL, goesOnAfterPossessive, joinLineTexts, NUMBER_THEN_WORD, OPEN_END, WRAP_SLACK } from './units.js';
import { COLUMN_GAP } from './inline.js';
import { BIBLIOGRAPHY_HEADING, REF_START, YEAR, type Entry } from './parallel-references.js';
import { TABLE_ROW } from '../core/table-rows.js';
import { SALUTATION, isClosing } from '../lang/letter-forms.js';

export type UnitKind = 'heading' | 'sentence' | 'toc' | 'ref';

export interface TextUnit {
  text: MappedText;
  kind: UnitKind;
  /** The list marker or enumerator of its block, on the block's first unit (`1.`, `-`, `a)`). */
  marker: string;
  /** First unit of its block. */
  blockStart: boolean;
  /** First unit of a list item. */
  item: boolean;
}

export interface UnitOptions {
  markdown?: boolean;
  /** Every line is a paragraph (Word documents). */
  linesAreParagraphs?: boolean;
  lang: SentenceLang;
}

interface Block {
  lines: CleanLine[];
  kind: 'heading' | 'para' | 'toc' | 'ref';
  item: boolean;
  /** A row of a table: one unit, never cut into sentences (`No.   Action   Lead`). */
  row?: boolean;
}

const TERMINAL_END = /[.!?…:;]["'”’»)\]\s\u00a0\u202f]*$/u;
/** A table-of-contents line: a title, dot leaders (or a tab) and a page number. */
const TOC_LINE = /^(.*?\S)[\s\u00a0]*(?:(?:[.·…_][\s\u00a0]*){3,}|\t+)[\s\u00a0]*(\d{1,4}|[ivxlcdm]{1,7})?[\s\u00a0]*$/iu;
/** Dot leaders on their own. */
const LEADERS = /^(?:[.·…_][\s\u00a0]*){2,}$/u;
/** HTML block tags that start a new block in Markdown pages. */
const HTML_BLOCK = /^\s*<\/?(?:p|h[1-6]|div|li|ul|ol|figure|figcaption|table|tr|td|th|blockquote|section|details|summary|dl|dt|dd|br)\b/i;
/**
 * Three cells or more with letters or digits, set apart by tabs or runs of three spaces: a row of
 * a table in plain text (`Community Enhancement      164      41,275,000`). A heading boxed in
 * marks (`###   Data Wire   ###`) is no row.
 */
function spacedRow(text: string): boolean {
  if (!COLUMN_GAP.test(text.trim())) return false;
  let cells = 0;
  for (const cell of text.trim().split(COLUMN_GAP)) if (/[\p{L}\p{N}]/u.test(cell) && ++cells >= 3) return true;
  return false;
}
/** A `Label: value` line of a form or of minutes (`Present: …`, `Lieu : …`): a block of its own, not a title. */
const FIELD_LINE = /^[\p{L}\p{M}'’ -]{1,40}[\s\u00a0]?:[\s\u00a0]+\S/u;
/** A section number at the start of a heading or item (`2.1`, `3.`). */
const SECTION_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)\.?(?=\s|$)/;

/** Front-matter fields of web pages that are text for readers (a page's title, its summary, an image's alternative text). */
const FRONT_MATTER_TEXT = /^(title|subtitle|description|summary|excerpt|lead|caption|image[-_]alt|alt|imageAlt|heading)\s*:\s*(.*)$/;

/** The units of a document, in order. */
export function documentUnits(doc: SourceDocument, opts: UnitOptions): TextUnit[] {
  const lines = cleanLines(doc, { markdown: opts.markdown });
  const blocks = groupBlocks(doc, lines, opts);
  markBibliography(blocks);
  const units: TextUnit[] = opts.markdown ? frontMatterUnits(doc, opts.lang) : [];
  for (const b of blocks) {
    const first = b.lines[0];
    if (b.kind === 'toc') {
      const m = TOC_LINE.exec(first.text.text);
      const title = m ? first.text.slice(0, m[1].length).trim() : first.text;
      if (title.length && !LEADERS.test(title.text)) units.push({ text: title, kind: 'toc', marker: first.marker, blockStart: true, item: first.marker !== '' });
      continue;
    }
    const text = joinLines(b.lines);
    if (!text.length) continue;
    // A short line cut by HTML blocks (a list written on one line) is no title.
    const pieces = opts.markdown && b.kind !== 'ref' ? splitAtBlockTags(doc, text) : [{ text, item: false }];
    if (pieces.length === 1 && (b.kind === 'heading' || b.kind === 'ref')) {
      units.push({ text, kind: b.kind, marker: first.marker, blockStart: true, item: b.item });
      continue;
    }
    pieces.forEach((piece, p) => {
      const spans = b.row ? [{ start: 0, end: piece.text.length }] : splitSentences(piece.text.text, opts.lang);
      spans.forEach((sp, k) => {
        const start = p === 0 && k === 0;
        units.push({ text: piece.text.slice(sp.start, sp.end), kind: 'sentence', marker: start ? first.marker : '', blockStart: k === 0, item: k === 0 && (start ? b.item : piece.item) });
      });
    });
  }
  return units;
}

/** An HTML block tag anywhere (an item or a paragraph that begins or ends). */
const HTML_BLOCK_TAG = /<\/?(?:p|li|br|div|h[1-6]|tr|td|th|dt|dd|blockquote|figcaption)\b[^>]*>/i;
const HTML_ITEM_TAG = /<li\b/i;

/**
 * A paragraph cut where the page's HTML starts a block inside a line: a list written
 * `<ol><li>First.</li><li>Second.</li></ol>` on one line is items, as it is when each item has a
 * line of its own. The markup is gone from the cleaned text, so the cuts are found in the
 * document between two neighbouring characters.
 */
function splitAtBlockTags(doc: SourceDocument, text: MappedText): Array<{ text: MappedText; item: boolean }> {
  const [from, to] = text.docRange(0, text.length);
  const source = doc.text.slice(from, to);
  if (!HTML_BLOCK_TAG.test(source)) return [{ text, item: false }];
  const out: Array<{ text: MappedText; item: boolean }> = [];
  let start = 0;
  let item = false;
  for (let i = 1; i < text.length; i++) {
    // From the character before the gap: a tag the cleaned text shows as a space (`<br>`) is
    // that character's source.
    const gapStart = text.offsetAt(i - 1);
    const gapEnd = text.offsetAt(i);
    if (gapEnd - gapStart < 4) continue;
    const gap = doc.text.slice(gapStart, gapEnd);
    if (!HTML_BLOCK_TAG.test(gap)) continue;
    if (softBreak(doc, gap, gapStart, text.text.slice(start, i))) continue;
    const piece = text.slice(start, i).trim();
    if (piece.length) out.push({ text: piece, item });
    start = i;
    item = HTML_ITEM_TAG.test(gap);
  }
  const last = text.slice(start).trim();
  if (last.length) out.push({ text: last, item });
  return out;
}

/** A line break tag alone (`<br>`, `<br/>`, `</br>`), no block tag with it. */
const ONLY_BREAKS = /^[^<]*(?:<\/?br\s*\/?>[^<]*)+$/i;

/**
 * A line break that cuts no sentence of its own: inside a heading (`<h5>Wildfires /</br>Smoke</h5>`,
 * a card's title set on two lines), or after a slash, a dash or a comma that go on to the next
 * line. A break after a label (`<strong>Epicene writing</strong> (French only)<br>According…`)
 * parts the label from the paragraph, as the other language may write them in two blocks.
 */
function softBreak(doc: SourceDocument, gap: string, at: number, before: string): boolean {
  if (!ONLY_BREAKS.test(gap)) return false;
  if (/[/,\-–—]\s*$/.test(before)) return true;
  // The last heading opened on the line before the break, and not closed since.
  const lineStart = doc.text.lastIndexOf('\n', at) + 1;
  const head = doc.text.slice(lineStart, at);
  const opened = [...head.matchAll(/<h[1-6][\s>]/gi)].pop();
  return opened !== undefined && !/<\/h[1-6]\s*>/i.test(head.slice(opened.index));
}

function joinLines(lines: CleanLine[]): MappedText {
  return joinLineTexts(lines).trim();
}

function groupBlocks(doc: SourceDocument, lines: CleanLine[], opts: UnitOptions): Block[] {
  const wrap = wrapWidth(lines);
  const blocks: Block[] = [];
  let cur: Block | null = null;
  let prev: CleanLine | null = null;
  let prevSpaced = false;
  for (const cl of lines) {
    if (!cl.text.length) continue;
    const toc = TOC_LINE.test(cl.text.text) || LEADERS.test(cl.text.text);
    const html = opts.markdown && HTML_BLOCK.test(doc.line(cl.line));
    const boldLine = cl.boldAtStart && cl.boldAtEnd && cl.boldMarks === 2;
    const heading = cl.heading || boldLine;
    // Each row of a pipe table is an entry of its own, as a list item is; so is a row of a table
    // laid out with spaces in plain text (`Community Enhancement      164      41,275,000`), and
    // the line after it starts a block of its own.
    const spaced = !opts.markdown && spacedRow(cl.text.text);
    const row = TABLE_ROW.test(cl.text.text) || spaced;
    // A cell wrapped onto the next line, indented under its column and going on in small letters
    // (`     vaccinale aux administrateurs généraux` under `4-3  Envoyer le rapport final sur la
    // couverture  R. Chen  2027-01-18`), is part of the row above.
    const wrappedCell = prevSpaced && !row && prev != null && cl.follows === prev.line && /^\s{3,}\p{Ll}/u.test(doc.line(cl.line));
    const afterRow = prevSpaced && !wrappedCell;
    prevSpaced = spaced;
    const fresh =
      !cur ||
      !prev ||
      cl.follows !== prev.line ||
      heading ||
      cur.kind === 'heading' ||
      cur.kind === 'toc' ||
      toc ||
      cl.marker !== '' ||
      row ||
      afterRow ||
      html ||
      FIELD_LINE.test(cl.text.text) ||
      isClosing(cl.text.text) ||
      opts.linesAreParagraphs === true ||
      (!opts.markdown && !continues(prev, cl, wrap));
    if (fresh) {
      cur = { lines: [cl], kind: toc ? 'toc' : heading ? 'heading' : 'para', item: cl.marker !== '' || row, ...(row ? { row } : {}) };
      blocks.push(cur);
    } else {
      cur!.lines.push(cl);
    }
    prev = cl;
  }
  // A short line standing alone without closing punctuation is a title.
  for (const b of blocks) {
    if (b.kind !== 'para' || b.lines.length !== 1) continue;
    const t = b.lines[0].text.text;
    if (t.length <= 100 && !TERMINAL_END.test(t) && !b.item && !FIELD_LINE.test(t)) b.kind = 'heading';
  }
  return blocks;
}

/** A line that opens with a time (`8:30 a.m. to 4 p.m.`, `8 h 30 à 16 h 30`): after a comma, the rest of the sentence. */
const TIME_OPENING = /^\d{1,2}(?::\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)|^\d{1,2}\s?h(?:\s?\d{2})?\s/iu;

/** A line that is only a web or e-mail address. */
const LONE_ADDRESS = /^(?:(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?)$/;

/** In plain text, whether a line continues the paragraph of the line before it. */
function continues(prev: CleanLine, cl: CleanLine, wrap: number): boolean {
  const p = prev.text.text;
  if (/^\p{Ll}/u.test(cl.text.text) && !TERMINAL_END.test(p)) return true;
  // A sentence that introduces an address on the next line (`You can subscribe here:` over
  // `http://lists…`): the address belongs to it, as it does when the colon is left out.
  if (/:\s*$/.test(p) && LONE_ADDRESS.test(cl.text.text.trim())) return true;
  if (OPEN_END.test(p) && (NUMBER_THEN_WORD.test(cl.text.text) || TIME_OPENING.test(cl.text.text))) return true;
  if (goesOnAfterPossessive(p, cl.text.text)) return true;
  // Lines that each open with a place or a name and a dash (`Gander – Friday, May 29…` over `St.
  // John's – Tuesday…`) are items of a list, however long.
  if (DASHED_LABEL.test(p) && DASHED_LABEL.test(cl.text.text)) return false;
  // A salutation opens the letter's text: it continues no line (`Objet : … – dossier APP-2026-11873`
  // filling its line over `Monsieur,`).
  if (SALUTATION.test(cl.text.text.trim())) return false;
  // Hard-wrapped text: a long line is followed by the rest of its paragraph, unless the next line
  // opens with a capital and its first word would have fitted on the line above, which stops
  // mid-clause on no word (a line of its own: a venue over the sentence after it). Text taken from
  // a PDF wraps by the width of its letters: a short word may not have fitted there.
  if (wrap === 0 || p.length < 0.75 * wrap) return false;
  const next = cl.text.text;
  const firstWord = /^\S+/.exec(next)?.[0].length ?? 0;
  return !(/^\p{Lu}/u.test(next) && !OPEN_END.test(p) && p.length + 1 + firstWord <= wrap - WRAP_SLACK);
}

/** The width at which a plain-text file is hard-wrapped, or 0 when it is not. */
function wrapWidth(lines: CleanLine[]): number {
  if (lines.length < 8) return 0;
  const lens = lines.map((l) => l.text.length).sort((a, b) => a - b);
  const w = lens[Math.floor(lens.length * 0.9)];
  if (w < 40 || w > 120) return 0;
  const near = lens.filter((l) => l >= 0.8 * w && l <= w * 1.05).length;
  return near >= 0.25 * lens.length ? w : 0;
}

/** Paragraphs that are bibliography entries: after a bibliography heading, or in a run of entries. */
function markBibliography(blocks: Block[]): void {
  const looksRef = (b: Block): boolean => {
    const t = b.lines.map((l) => l.text.text).join(' ');
    return b.kind === 'para' && REF_START.test(t) && YEAR.test(t.slice(0, 200));
  };
  let inBiblio = false;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind === 'heading') {
      inBiblio = BIBLIOGRAPHY_HEADING.test(b.lines[0].text.text);
      continue;
    }
    const run = looksRef(b) && ((k > 0 && looksRef(blocks[k - 1])) || (k + 1 < blocks.length && looksRef(blocks[k + 1])));
    if ((inBiblio && b.kind === 'para') || run) b.kind = 'ref';
  }
}

/** Layout tokens and merge costs of a list of units, for the aligner. */
export function unitLayout(units: TextUnit[]): { extra: string[][]; breaks: Float64Array } {
  const extra = units.map((u) => {
    const t: string[] = [];
    if (u.kind === 'heading') t.push('#k:head');
    else if (u.kind === 'toc') t.push('#k:toc');
    else if (u.kind === 'ref') t.push('#k:ref');
    else if (u.blockStart) t.push('#k:par');
    if (u.item) t.push('#k:item');
    const marker = normaliseMarker(u.marker);
    if (marker) t.push(`#k:m:${marker}`);
    const num = u.blockStart && (u.kind === 'heading' || u.kind === 'toc') ? SECTION_NUMBER.exec(u.text.text) : null;
    if (num) t.push(`#k:n:${num[1]}`);
    return t;
  });
  const breaks = new Float64Array(units.length);
  for (let i = 1; i < units.length; i++) {
    if (!units[i].blockStart) continue;
    const strong = units[i].kind !== 'sentence' || units[i - 1].kind !== 'sentence';
    breaks[i] = strong ? 6 : 4;
  }
  return { extra, breaks };
}

/** `1.` `(1)` `1)` → `1`; `a)` → `a`; `iv.` → `iv`; bullets → `•`. */
function normaliseMarker(marker: string): string {
  if (!marker) return '';
  const last = marker.trim().split(/\s+/).pop()!;
  if (/^[-•*–+▪◦●]$/.test(last)) return '•';
  const m = /^\(?([0-9]{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]?$/.exec(last);
  return m ? m[1].toLowerCase() : last;
}

/** Bare numbers: a page number in a table of contents, a figure on a line of its own. */
const BARE_NUMBER = /^[\s\u00a0]*(?:\d{1,4}|[ivxlcdm]{1,7})[\s\u00a0]*$/i;

/** Dot leaders end the title before them: joining them to the page number after them costs a little. */
const LEADER_TAIL = 1;
/** Merging two entries of a reference list into one bead costs as much as merging two paragraphs. */
const ENTRY_BREAK = 4;

/**
 * Layout of text already split into lines (one sentence or fragment per line): dot leaders,
 * bare page numbers, section numbers and bibliography entries get layout tokens, a line of dot
 * leaders merges freely with the title before it (a table of contents split into lines) and
 * says nothing by its length, and a bead that runs over the start of a bibliography entry pays
 * for it.
 */
export function lineLayout(lines: readonly string[], entries: readonly Entry[] = []): { extra: string[][]; breaks: Float64Array; leaders: boolean[] } {
  const entryStart = new Set(entries.map((e) => e.start));
  const extra = lines.map((l, i) => {
    const t = l.trim();
    if (LEADERS.test(t) || /^[.·…_]$/.test(t)) return ['#k:dots'];
    if (BARE_NUMBER.test(t)) return ['#k:num'];
    const sec = SECTION_NUMBER.exec(t);
    if (sec && t.length <= sec[0].length + 1) return ['#k:sec', `#k:n:${sec[1]}`];
    if (entryStart.has(i)) return ['#k:ref'];
    return [];
  });
  const breaks = new Float64Array(lines.length);
  for (let i = 1; i < lines.length; i++) {
    if (extra[i][0] === '#k:dots') breaks[i] = -0.5;
    else if (extra[i - 1][0] === '#k:dots') breaks[i] = LEADER_TAIL;
  }
  for (const e of entries) {
    if (e.start > 0) breaks[e.start] = ENTRY_BREAK;
    if (e.end < lines.length && !entryStart.has(e.end)) breaks[e.end] = ENTRY_BREAK;
  }
  return { extra, breaks, leaders: extra.map((x) => x[0] === '#k:dots') };
}

/** What each one-letter escape of a YAML double-quoted scalar stands for (YAML 1.2, 5.7). */
const YAML_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

/**
 * The text of a quoted YAML scalar between `start` and `end` (quotes excluded), its escapes read:
 * `\_` is a no-break space, `''` one apostrophe. The yaml package reads the value too, but loses
 * where each character came from, and findings must point into the file.
 */
function appendQuotedScalar(b: MappedTextBuilder, doc: SourceDocument, start: number, end: number, quote: string): void {
  const escape = quote === '"' ? /\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g : /''/g;
  const raw = doc.text.slice(start, end);
  let last = 0;
  for (const e of raw.matchAll(escape)) {
    const code = e[1];
    const text = quote === "'" ? "'" : code.length > 1 ? String.fromCodePoint(parseInt(code.slice(1), 16)) : YAML_ESCAPES[code];
    if (text === undefined) continue; // not an escape YAML knows: left as written
    appendWithEntities(b, doc, start + last, start + e.index);
    b.appendReplacement(text, start + e.index, start + e.index + e[0].length);
    last = e.index + e[0].length;
  }
  appendWithEntities(b, doc, start + last, end);
}

/**
 * The reader-facing fields of a Markdown page's YAML front matter (`title: …`, `description: >-`
 * and its indented lines), as units with their places. Other fields (dates, URLs, keys) are
 * metadata, not text.
 */
function frontMatterUnits(doc: SourceDocument, lang: SentenceLang): TextUnit[] {
  if (doc.lineCount < 3 || doc.line(1).trim() !== '---') return [];
  let end = 0;
  for (let n = 2; n <= doc.lineCount; n++) {
    if (/^(---|\.\.\.)\s*$/.test(doc.line(n))) {
      end = n;
      break;
    }
  }
  const units: TextUnit[] = [];
  for (let n = 2; n < end; n++) {
    const m = FRONT_MATTER_TEXT.exec(doc.line(n));
    if (!m) continue;
    const b = new MappedTextBuilder();
    const lineStart = doc.lineStarts[n - 1];
    const value = m[2].trim();
    if (/^[>|][-+]?$/.test(value)) {
      // A block scalar: the more indented lines that follow, joined with spaces.
      while (n + 1 < end && /^\s+\S/.test(doc.line(n + 1))) {
        n++;
        const s = doc.lineStarts[n - 1];
        const raw = doc.line(n);
        const lead = raw.length - raw.trimStart().length;
        if (b.length > 0) b.appendReplacement(' ', s + lead, s + lead);
        appendWithEntities(b, doc, s + lead, s + raw.trimEnd().length);
      }
    } else if (value) {
      // A plain or quoted scalar on the line itself.
      const at = lineStart + doc.line(n).indexOf(value, m[1].length);
      const quote = value.length >= 2 && /^(['"]).*\1$/.test(value) ? value[0] : '';
      if (quote) appendQuotedScalar(b, doc, at + 1, at + value.length - 1, quote);
      else appendWithEntities(b, doc, at, at + value.length);
    }
    let text = b.build().trim();
    // A summary set in bold (`**Last month…**`) is the same text as the body's.
    if (/^(\*\*|__).*\1$/s.test(text.text) && text.length > 4) text = text.slice(2, text.length - 2).trim();
    if (!/\p{L}/u.test(text.text)) continue;
    if (/^(title|subtitle|heading)$/.test(m[1])) {
      units.push({ text, kind: 'heading', marker: '', blockStart: true, item: false });
      continue;
    }
    splitSentences(text.text, lang).forEach((sp, k) => units.push({ text: text.slice(sp.start, sp.end), kind: 'sentence', marker: '', blockStart: k === 0, item: false }));
  }
  return units;
}
