// Glossary files: CSV/TSV with a header row, or TBX (TermBase eXchange, ISO 30042).
//
// CSV/TSV columns (header names, any order, case-insensitive):
//   en            English term(s)           several variants separated by `|`
//   fr            French term(s)            `procureur général|procureure générale`
//   fr_forbidden  French terms not to use   `HSE`   (also `forbidden`, `fr-forbidden`)
//   en_forbidden  English terms not to use
//   note          why (shown in messages)
// Lines starting with `#` are comments. A row needs at least one term.
//
// TBX (v2 `martif`/`termEntry`/`langSet`/`tig` and v3 `tbx`/`conceptEntry`/`langSec`/`termSec`):
// each concept entry gives one row; a term whose administrativeStatus (or TBX v2
// normativeAuthorization) is deprecated, superseded or not recommended is forbidden. Languages
// are read from `xml:lang` by their primary subtag (`en-CA` is `en`).

import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { readDocument } from '../core/document.js';
import { UserError } from '../core/errors.js';
import { parseXmlText, attr, XML_NS } from '../formats/xml-safe.js';
import type { Where } from './yaml.js';

export interface GlossaryEntry {
  en: string[];
  fr: string[];
  enForbidden: string[];
  frForbidden: string[];
  note?: string;
  where: Where;
}

const cache = new Map<string, GlossaryEntry[]>();

/** Loads (once per run) a glossary by extension: .csv, .tsv/.tab/.txt, .tbx/.xml. */
export function loadGlossary(file: string): GlossaryEntry[] {
  const hit = cache.get(file);
  if (hit) return hit;
  const ext = extname(file).toLowerCase();
  let entries: GlossaryEntry[];
  if (ext === '.tbx' || ext === '.xml') entries = readTbx(file);
  else if (ext === '.csv' || ext === '.tsv' || ext === '.tab' || ext === '.txt') entries = readDelimited(file);
  else throw new UserError(`glossary files are .csv, .tsv or .tbx (got '${ext || 'no extension'}')`, { file });
  cache.set(file, entries);
  return entries;
}

const COLUMN_NAMES: Record<string, keyof Omit<GlossaryEntry, 'where'>> = {
  en: 'en',
  'en-ca': 'en',
  english: 'en',
  fr: 'fr',
  'fr-ca': 'fr',
  french: 'fr',
  forbidden: 'frForbidden',
  fr_forbidden: 'frForbidden',
  'fr-forbidden': 'frForbidden',
  en_forbidden: 'enForbidden',
  'en-forbidden': 'enForbidden',
  note: 'note',
  notes: 'note',
  comment: 'note',
};

function readDelimited(file: string): GlossaryEntry[] {
  const doc = readDocument(file);
  const firstLine = doc.text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = /\.(tsv|tab)$/i.test(file) || (firstLine.includes('\t') && !firstLine.includes(',')) ? '\t' : ',';
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parseCsv(doc.text, {
      delimiter,
      info: true,
      relax_column_count: true,
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      relax_quotes: delimiter === '\t',
      quote: delimiter === '\t' ? false : '"',
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (e) {
    const err = e as Error & { lines?: number; code?: string };
    const why = CSV_ERRORS[err.code ?? ''] ?? err.message.replace(/^[^:]*: /, '').replace(/ at line \d+.*$/, '');
    throw new UserError(`malformed ${delimiter === '\t' ? 'TSV' : 'CSV'}: ${why}`, { file, line: err.lines ?? 1, column: 1 });
  }
  if (records.length === 0) throw new UserError('the glossary is empty (it needs a header row naming the columns en and fr)', { file, line: 1, column: 1 });
  const header = records[0].record.map((h) => h.trim().toLowerCase());
  const columns = header.map((h) => COLUMN_NAMES[h]);
  const unknown = header.findIndex((h, i) => h !== '' && columns[i] === undefined);
  if (unknown >= 0) {
    throw new UserError(`unknown glossary column '${records[0].record[unknown]}' (known: en, fr, fr_forbidden, en_forbidden, note)`, { file, line: records[0].info.lines, column: columnOf(firstLine, unknown, delimiter) });
  }
  if (!columns.includes('en') || !columns.includes('fr')) {
    throw new UserError(`the header row must name the columns en and fr (got: ${records[0].record.join(delimiter === '\t' ? ' ' : ', ')})`, { file, line: records[0].info.lines, column: 1 });
  }
  const entries: GlossaryEntry[] = [];
  for (const { record, info } of records.slice(1)) {
    const e: GlossaryEntry = { en: [], fr: [], enForbidden: [], frForbidden: [], where: { file, line: info.lines, column: 1 } };
    if (record.slice(header.length).some((c) => c.trim() !== '')) {
      throw new UserError(`this row has ${record.length} fields but the header has ${header.length} (put terms that hold the delimiter in double quotes)`, e.where);
    }
    record.forEach((cell, i) => {
      const col = columns[i];
      if (!col) return;
      if (col === 'note') {
        if (cell.trim()) e.note = cell.trim();
        return;
      }
      e[col].push(...splitVariants(cell));
    });
    if (e.en.length + e.fr.length + e.enForbidden.length + e.frForbidden.length === 0) continue;
    entries.push(e);
  }
  return entries;
}

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a double quote is never closed',
  INVALID_OPENING_QUOTE: 'a double quote inside an unquoted field (quote the whole field and double the quotes inside it)',
  CSV_INVALID_CLOSING_QUOTE: 'text right after a closing double quote (double the quotes inside a quoted field)',
};

function splitVariants(cell: string): string[] {
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function columnOf(line: string, field: number, delimiter: string): number {
  let col = 1;
  const parts = line.split(delimiter);
  for (let i = 0; i < field && i < parts.length; i++) col += parts[i].length + 1;
  return col;
}

const FORBIDDEN_STATUS = /deprecated|superseded|notrecommended|not-recommended|forbidden|rejected/i;

function readTbx(file: string): GlossaryEntry[] {
  const doc = readDocument(file);
  const entries: GlossaryEntry[] = [];
  let entry: GlossaryEntry | null = null;
  let lang: 'en' | 'fr' | null = null;
  let term: { text: string; forbidden: boolean } | null = null;
  let inTerm = false;
  let statusNote = false;
  let statusText = '';
  let rootChecked = false;
  const finishTerm = (): void => {
    if (!entry || !term || !lang) return;
    const t = term.text.replace(/\s+/g, ' ').trim();
    if (t) {
      if (lang === 'en') (term.forbidden ? entry.enForbidden : entry.en).push(t);
      else (term.forbidden ? entry.frForbidden : entry.fr).push(t);
    }
    term = null;
  };
  parseXmlText(doc.text, file, {
    open(tag, start) {
      const name = tag.local;
      if (!rootChecked) {
        rootChecked = true;
        if (name !== 'tbx' && name !== 'martif') throw new UserError(`not a TBX file: the root element is <${tag.name}>, not <tbx> or <martif>`, { file, line: start.line, column: start.column });
      }
      if (name === 'conceptEntry' || name === 'termEntry') {
        entry = { en: [], fr: [], enForbidden: [], frForbidden: [], where: { file, line: start.line, column: start.column } };
      } else if (name === 'langSec' || name === 'langSet') {
        const l = (attr(tag, 'lang', XML_NS) ?? '').toLowerCase().split(/[-_]/)[0];
        lang = l === 'en' || l === 'fr' ? l : null;
      } else if (name === 'termSec' || name === 'tig' || name === 'ntig') {
        term = { text: '', forbidden: false };
      } else if (name === 'term') {
        inTerm = true;
        term ??= { text: '', forbidden: false };
      } else if (name === 'termNote' || name === 'descrip') {
        const type = attr(tag, 'type') ?? '';
        statusNote = type === 'administrativeStatus' || type === 'normativeAuthorization';
        statusText = '';
      }
    },
    text(t) {
      if (inTerm && term) term.text += t;
      else if (statusNote) statusText += t;
    },
    cdata(t) {
      if (inTerm && term) term.text += t;
    },
    close(tag) {
      const name = tag.local;
      if (name === 'term') inTerm = false;
      else if (name === 'termNote' || name === 'descrip') {
        if (statusNote && term && FORBIDDEN_STATUS.test(statusText.replace(/\s+/g, ''))) term.forbidden = true;
        statusNote = false;
      } else if (name === 'termSec' || name === 'tig' || name === 'ntig') finishTerm();
      else if (name === 'langSec' || name === 'langSet') {
        finishTerm();
        lang = null;
      } else if (name === 'conceptEntry' || name === 'termEntry') {
        const e = entry as GlossaryEntry | null;
        if (e && e.en.length + e.fr.length + e.enForbidden.length + e.frForbidden.length > 0) entries.push(e);
        entry = null;
      }
    },
  });
  if (!rootChecked) throw new UserError('not a TBX file: no root element', { file, line: 1, column: 1 });
  return entries;
}
