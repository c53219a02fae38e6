// Word (DOCX): the text of word/document.xml as a SourceDocument whose lines are the paragraphs
// (body, table cells, text boxes, content controls), in reading order. A finding at "line 12"
// is in the 12th paragraph; a manual line break (Shift+Enter) also starts a new line.
//
// Runs are joined; field instructions (`TOC \o "1-3"`, `PAGEREF _Toc…`) and deleted text are
// skipped, field results kept; tabs become tab characters, non-breaking hyphens `-`, soft
// hyphens nothing. Headers, footers, footnotes and comments are not read.
//
// As an input format: two-column tables whose columns are English and French become keyed pairs
// (one per row); the rest of the document goes to the mixed-document aligner. An EN document and
// its FR version are aligned with `--parallel`, which reads them through docxToDocument.

import { unzipSync } from 'fflate';
import { TextDecoder } from 'node:util';
import { readInputBytes, SourceDocument } from '../core/document.js';
import { UserError } from '../core/errors.js';
import type { Pair, Segment } from '../core/types.js';
import { alignMixed } from '../align/mixed.js';
import { scoreText } from '../lang/identify.js';
import { parseXmlText, type XmlTag } from './xml-safe.js';
import type { InputFile, ReadOptions } from './index.js';

const W_NS = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** Deleted and moved-away text, and field instructions: not part of what the document says. */
const SKIPPED = new Set(['del', 'delText', 'instrText', 'delInstrText', 'moveFrom']);
/** word/document.xml beyond this (uncompressed) is refused: a zip bomb, not a document. */
const MAX_XML = 256 * 1024 * 1024;

/** Where a line of the document came from. */
export interface DocxLine {
  text: string;
  /** Set for paragraphs inside a table cell. */
  cell?: { table: number; row: number; col: number };
}

export interface DocxContent {
  document: SourceDocument;
  lines: DocxLine[];
}

/** The paragraphs of a DOCX as the lines of a SourceDocument (`file` is the .docx path). */
export async function docxToDocument(file: string, cwd?: string): Promise<SourceDocument> {
  return readDocx(file, cwd).document;
}

export function readDocx(file: string, cwd?: string): DocxContent {
  const bytes = readInputBytes(file, cwd);
  let xml: Uint8Array | undefined;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== 'word/document.xml') return false;
        if (f.originalSize > MAX_XML) throw new UserError(`refused: word/document.xml would be ${Math.round(f.originalSize / 1048576)} MiB uncompressed`, { file });
        return true;
      },
    });
    xml = files['word/document.xml'];
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`is not a Word document (DOCX): ${(e as Error).message}`, { file });
  }
  if (!xml) throw new UserError('is not a Word document (DOCX): it has no word/document.xml', { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(xml);
  } catch {
    throw new UserError('word/document.xml is not valid UTF-8', { file });
  }
  const lines = extractLines(text, `${file}:word/document.xml`);
  const document = new SourceDocument(file, lines.map((l) => l.text).join('\n'));
  return { document, lines };
}

function wAttr(tag: XmlTag, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local && W_NS.has(a.uri)) return a.value;
  return undefined;
}

function extractLines(xml: string, where: string): DocxLine[] {
  const lines: DocxLine[] = [];
  // Paragraphs may nest (a text box inside a run): each has its own buffer.
  const paras: Array<{ parts: string[]; cell?: DocxLine['cell'] }> = [];
  const tables: Array<{ id: number; row: number; col: number }> = [];
  let tableCount = 0;
  let inText = 0;
  let skip = 0;
  // Field codes: between `begin` and `separate` are instructions, not text.
  const fields: Array<'instr' | 'result'> = [];

  const cellNow = (): DocxLine['cell'] => {
    const t = tables[tables.length - 1];
    return t && t.row >= 0 && t.col >= 0 ? { table: t.id, row: t.row, col: t.col } : undefined;
  };
  const emit = (parts: string[], cell?: DocxLine['cell']): void => {
    // A manual line break starts a new line of the document.
    const text = parts.join('');
    for (const piece of text.split('\n')) lines.push(cell ? { text: piece, cell } : { text: piece });
  };
  const put = (s: string): void => {
    const p = paras[paras.length - 1];
    if (p && !skip && fields[fields.length - 1] !== 'instr') p.parts.push(s);
  };

  const skipping = (tag: XmlTag): boolean => (tag.uri === MC_NS && tag.local === 'Fallback') || (W_NS.has(tag.uri) && SKIPPED.has(tag.local));
  let inRun = 0;

  parseXmlText(xml, where, {
    open(tag) {
      if (skipping(tag)) {
        skip++;
        return;
      }
      if (skip || !W_NS.has(tag.uri)) return;
      switch (tag.local) {
        case 'p':
          paras.push({ parts: [], cell: cellNow() });
          break;
        case 'r':
          inRun++;
          break;
        case 'tbl':
          tables.push({ id: ++tableCount, row: -1, col: -1 });
          break;
        case 'tr':
          if (tables.length) {
            const t = tables[tables.length - 1];
            t.row++;
            t.col = -1;
          }
          break;
        case 'tc':
          if (tables.length) tables[tables.length - 1].col++;
          break;
        case 't':
          inText++;
          break;
        case 'tab':
          // In a run, a tab character; in paragraph properties, a tab stop.
          if (inRun) put('\t');
          break;
        case 'br':
        case 'cr':
          if ((wAttr(tag, 'type') ?? 'textWrapping') === 'textWrapping') put('\n');
          break;
        case 'noBreakHyphen':
          put('-');
          break;
        case 'sym': {
          const ch = Number.parseInt(wAttr(tag, 'char') ?? '', 16);
          // Symbol-font characters sit in the private use area; only real characters are kept.
          if (Number.isFinite(ch) && (ch < 0xe000 || ch > 0xf8ff)) put(String.fromCodePoint(ch));
          break;
        }
        case 'fldChar': {
          const type = wAttr(tag, 'fldCharType');
          if (type === 'begin') fields.push('instr');
          else if (type === 'separate' && fields.length) fields[fields.length - 1] = 'result';
          else if (type === 'end') fields.pop();
          break;
        }
      }
    },
    close(tag) {
      if (skipping(tag)) {
        skip--;
        return;
      }
      if (skip || !W_NS.has(tag.uri)) return;
      switch (tag.local) {
        case 'p': {
          const p = paras.pop();
          if (p) emit(p.parts, p.cell);
          break;
        }
        case 'r':
          inRun--;
          break;
        case 'tbl':
          tables.pop();
          break;
        case 't':
          inText--;
          break;
      }
    },
    text(t) {
      if (inText > 0) put(t);
    },
  });
  return lines;
}

export async function readDocxInput(file: string, opts: ReadOptions = {}): Promise<Omit<InputFile, 'file'>> {
  const { document, lines } = readDocx(file, opts.cwd);
  const tablePairs: Array<{ pair: Pair; line: number }> = [];
  const taken = new Set<number>();
  for (const t of bilingualTables(lines)) {
    for (const row of t.rows) {
      const en = cellSegment(document, row[t.enCol], 'en');
      const fr = cellSegment(document, row[t.frCol], 'fr');
      for (const n of [...row[0], ...row[1]]) taken.add(n);
      if (!en && !fr) continue;
      const first = Math.min(...row[0], ...row[1]);
      tablePairs.push({ pair: { id: '', en, fr, method: 'keyed', score: 1, meta: { key: `table ${t.id}, row ${t.rowIds[t.rows.indexOf(row)] + 1}` } }, line: first });
    }
  }
  // The rest goes to the mixed aligner; table lines already paired are blanked (line numbers stay).
  const rest = taken.size ? new SourceDocument(file, lines.map((l, i) => (taken.has(i + 1) ? '' : l.text)).join('\n')) : document;
  const mixed = alignMixed(rest, { neutral: opts.neutral });
  const all = [...mixed.map((p) => ({ pair: p, line: (p.en ?? p.fr)!.place.line })), ...tablePairs];
  all.sort((a, b) => a.line - b.line);
  // No `document`: a DOCX cannot be rewritten as text (no --fix on Word files).
  return { format: 'docx', pairs: all.map((a) => a.pair) };
}

interface BilingualTable {
  id: number;
  enCol: 0 | 1;
  frCol: 0 | 1;
  /** For each row, the 1-based line numbers of its two cells. */
  rows: Array<[number[], number[]]>;
  rowIds: number[];
}

/** Tables of two columns, one English and one French. */
function bilingualTables(lines: DocxLine[]): BilingualTable[] {
  const byTable = new Map<number, Map<number, Map<number, number[]>>>();
  lines.forEach((l, i) => {
    if (!l.cell) return;
    let rows = byTable.get(l.cell.table);
    if (!rows) byTable.set(l.cell.table, (rows = new Map()));
    let cols = rows.get(l.cell.row);
    if (!cols) rows.set(l.cell.row, (cols = new Map()));
    let ls = cols.get(l.cell.col);
    if (!ls) cols.set(l.cell.col, (ls = []));
    ls.push(i + 1);
  });
  const out: BilingualTable[] = [];
  for (const [id, rows] of byTable) {
    const two = [...rows.entries()].filter(([, cols]) => cols.size === 2 && cols.has(0) && cols.has(1));
    if (two.length === 0 || two.length < rows.size * 0.8) continue;
    const colText = (c: number): string => two.map(([, cols]) => cols.get(c)!.map((n) => lines[n - 1].text).join('\n')).join('\n');
    const a = scoreText(colText(0)).score;
    const b = scoreText(colText(1)).score;
    // Each column must read clearly as one language, and the two as different languages.
    const strong = Math.max(3, 0.3 * two.length);
    let enCol: 0 | 1;
    if (a <= -strong && b >= strong) enCol = 0;
    else if (b <= -strong && a >= strong) enCol = 1;
    else continue;
    out.push({
      id,
      enCol,
      frCol: enCol === 0 ? 1 : 0,
      rows: two.map(([, cols]) => [cols.get(0)!, cols.get(1)!]),
      rowIds: two.map(([r]) => r),
    });
  }
  return out;
}

/** A cell's paragraphs as one segment (lines joined by line breaks), trimmed. */
function cellSegment(doc: SourceDocument, lineNos: number[], lang: 'en' | 'fr'): Segment | null {
  const first = lineNos[0];
  const last = lineNos[lineNos.length - 1];
  let start = doc.lineStarts[first - 1];
  let end = doc.lineEnds[last - 1];
  while (start < end && /\s/.test(doc.text[start])) start++;
  while (end > start && /\s/.test(doc.text[end - 1])) end--;
  if (end <= start) return null;
  return { text: doc.text.slice(start, end), lang, place: doc.place(start, end), locate: (from, to) => doc.place(start + from, start + Math.max(to, from)) };
}
