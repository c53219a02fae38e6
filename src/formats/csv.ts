// CSV and TSV: one keyed pair per row with an English and a French column, or one per pair of
// columns when the header names several (`title_en`/`title_fr`, `date_en`/`date_fr`).
//
// The columns are found from a header row (the first of the first ten rows that names them):
// `en`/`fr`, `English`/`French`, `anglais`/`français`, `English Description`, `name_en`/`name_fr`,
// `source`/`target` (their languages from `sourceLang`/`targetLang` columns, else the file name,
// fr.csv → source EN, target FR), `sourceString`/`targetString`… Without such a header, the two
// columns whose text reads most English and most French are taken. A key column (`id`, `key`,
// `code`…) gives the pair's key; note/description/comment columns become notes, others props.
// Monolingual tables in EN/FR files (table_e.csv + table_f.csv) are paired cell by cell.
//
// csv-parse reads the records; cell positions come from the raw text of each record.

import { parse } from 'csv-parse/sync';
import { extname } from 'node:path';
import { readDocument, type SourceDocument } from '../core/document.js';
import { MappedTextBuilder } from '../core/mapped-text.js';
import { UserError } from '../core/errors.js';
import type { Pair, PairMeta, Segment } from '../core/types.js';
import { scoreText } from '../lang/identify.js';
import { claimGroup, counterpartMissing, nameLanguage, partnerOf } from './siblings.js';
import { langFamily } from './tmx.js';
import type { InputFile, ReadOptions } from './index.js';

interface Cell {
  text: string;
  start: number;
  end: number;
  /** Positions of the characters of `text` in the document (quotes and doubled quotes removed). */
  build: () => MappedTextBuilder;
}

interface Table {
  doc: SourceDocument;
  rows: Cell[][];
}

type Role = 'en' | 'fr' | 'source' | 'target' | 'srcLang' | 'trgLang' | 'key' | 'note' | 'other';

const KEY_NAMES = /^(id|key|keys|msgid|string_?id|stringid|code|codes|name|identifier|string[ _]key|resource[ _]?(id|key|name))$/i;
const NOTE_NAMES = /^(notes?|comments?|description|context|remarks?|explanation)$/i;
const SOURCE_NAMES = /^(source|src|source[ _-]?(text|string|term|segment)|original)$/i;
const TARGET_NAMES = /^(target|tgt|target[ _-]?(text|string|term|segment)|translation|translated)$/i;

/** What a header cell says its column holds. */
function roleOf(name: string): Role | null {
  const n = name.trim();
  if (!n) return null;
  if (/^(source|src)[ _-]?(lang|language|locale)$/i.test(n)) return 'srcLang';
  if (/^(target|tgt|trg)[ _-]?(lang|language|locale)$/i.test(n)) return 'trgLang';
  if (SOURCE_NAMES.test(n)) return 'source';
  if (TARGET_NAMES.test(n)) return 'target';
  const lang = columnLanguage(n);
  if (lang) return lang;
  if (KEY_NAMES.test(n)) return 'key';
  if (NOTE_NAMES.test(n)) return 'note';
  return null;
}

/** `en`, `EN-CA`, `English`, `anglais`, `name_en`, `nameEn`, `English Description`, `Noms français`, `Date (English)`… */
function columnLanguage(n: string): 'en' | 'fr' | null {
  if (/^(en|eng|en[-_][a-z]{2}|english|anglais)$/i.test(n)) return 'en';
  if (/^(fr|fra|fre|fr[-_][a-z]{2}|french|fran[cç]ais)$/i.test(n)) return 'fr';
  if (/(^|[\s_.-])(en|english|anglais)$/i.test(n) || /[a-z]En(glish)?$/.test(n) || /(^|\s)\(?english\)?(\s|$)/i.test(n) || /[([](en|eng|anglais)[)\]]$/i.test(n)) return 'en';
  if (/(^|[\s_.-])(fr|french|fran[cç]ais[e]?)$/i.test(n) || /[a-z]Fr(ench)?$/.test(n) || /(^|\s)\(?(french|fran[cç]ais[e]?)\)?(\s|$)/i.test(n) || /[([](fr|fra|fre)[)\]]$/i.test(n)) return 'fr';
  return null;
}

export async function readCsv(file: string, opts: ReadOptions): Promise<Omit<InputFile, 'file'>> {
  const table = loadTable(file, opts.cwd);
  const bilingual = findColumns(table, file, opts.cwd);
  if (bilingual) return { format: 'csv', document: table.doc, pairs: pairRows(table, bilingual) };
  const partner = partnerOf(file, opts.cwd);
  if (partner) {
    if (!claimGroup(opts, [file, partner.partner])) return { format: 'csv', pairs: [] };
    const other = loadTable(partner.partner, opts.cwd);
    const [en, fr] = partner.lang === 'en' ? [table, other] : [other, table];
    return { format: 'csv', document: table.doc, pairs: pairTables(en, fr) };
  }
  const nl = nameLanguage(file);
  throw new UserError(
    nl
      ? counterpartMissing(nl, '')
      : 'has no English and French columns: name them in a header row (en/fr, English/French, source/target)',
    { file },
  );
}

/** Reads the records with the position of every cell. */
export function loadTable(file: string, cwd?: string): Table {
  const doc = readDocument(file, cwd);
  const text = doc.text;
  const delimiter = pickDelimiter(text, file);
  let records: Array<{ record: string[]; raw: string }>;
  try {
    records = parse(text, { delimiter, raw: true, relax_column_count: true, skip_empty_lines: false, relax_quotes: delimiter === '\t', record_delimiter: ['\r\n', '\n', '\r'] }) as unknown as Array<{ record: string[]; raw: string }>;
  } catch (e) {
    const err = e as { message: string; lines?: number; code?: string };
    const line = err.lines ?? undefined;
    const msg = err.message.replace(/ at line \d+/, '').replace(/\.$/, '');
    throw new UserError(`malformed ${delimiter === '\t' ? 'TSV' : 'CSV'}: ${msg}`, { file, line, column: line ? columnOfError(doc, line) : undefined });
  }
  const rows: Cell[][] = [];
  let cursor = 0;
  for (const r of records) {
    // csv-parse's raw text of a record may end with (part of) the line end that closed it.
    const raw = r.raw.replace(/[\r\n]+$/, '');
    let at = text.indexOf(raw, cursor);
    if (at < 0) at = cursor;
    rows.push(cellsOf(doc, at, raw, delimiter, r.record));
    cursor = at + raw.length;
    if (text.startsWith('\r\n', cursor)) cursor += 2;
    else if (text[cursor] === '\n' || text[cursor] === '\r') cursor += 1;
  }
  return { doc, rows };
}

/** A column for an error on a line: where its first quote is, else 1. */
function columnOfError(doc: SourceDocument, line: number): number {
  if (line < 1 || line > doc.lineCount) return 1;
  const q = doc.line(line).indexOf('"');
  return q >= 0 ? q + 1 : 1;
}

function pickDelimiter(text: string, file: string): string {
  const ext = extname(file).toLowerCase();
  if (ext === '.tsv' || ext === '.tab') return '\t';
  // The first rows, quoted text aside. The delimiter is the sign found as often on every row (a
  // CSV saved by Excel in French settings uses `;`, and its text holds more commas than that):
  // the one whose most frequent count per row holds on the most rows; then the most frequent.
  const rows = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, DELIMITER_ROWS)
    .map((l) => l.replace(/"[^"]*"/g, ''));
  let best = ',';
  let bestSteady = 0;
  let bestTotal = 0;
  for (const c of [',', ';', '\t']) {
    const counts = rows.map((r) => r.split(c).length - 1);
    const total = counts.reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    const tally = new Map<number, number>();
    for (const n of counts) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    const steady = Math.max(...tally.values()) / rows.length;
    if (steady > bestSteady || (steady === bestSteady && total > bestTotal)) {
      best = c;
      bestSteady = steady;
      bestTotal = total;
    }
  }
  return best;
}

/** Rows read to tell the delimiter. */
const DELIMITER_ROWS = 20;

/** Splits a record's raw text into cells with their offsets (quoted cells map through doubled quotes). */
function cellsOf(doc: SourceDocument, at: number, raw: string, delimiter: string, values: string[]): Cell[] {
  const cells: Cell[] = [];
  let i = 0;
  for (let k = 0; k < values.length; k++) {
    if (raw[i] === '"') {
      const runs: Array<[number, number]> = [];
      let j = i + 1;
      let runStart = j;
      while (j < raw.length) {
        if (raw[j] === '"') {
          if (raw[j + 1] === '"') {
            runs.push([runStart, j + 1]);
            j += 2;
            runStart = j;
            continue;
          }
          break;
        }
        j++;
      }
      runs.push([runStart, j]);
      const contentStart = at + i + 1;
      const contentEnd = at + j;
      cells.push({
        text: values[k],
        start: contentStart,
        end: contentEnd,
        build: () => {
          const b = new MappedTextBuilder();
          for (const [a, e] of runs) b.appendRange(doc, at + a, at + e);
          return b;
        },
      });
      i = raw.indexOf(delimiter, j + 1);
      i = i < 0 ? raw.length : i + delimiter.length;
    } else {
      let j = raw.indexOf(delimiter, i);
      if (j < 0) j = raw.length;
      const s = at + i;
      const e = at + j;
      cells.push({
        text: values[k],
        start: s,
        end: e,
        build: () => {
          const b = new MappedTextBuilder();
          b.appendRange(doc, s, e);
          return b;
        },
      });
      i = j + delimiter.length;
    }
  }
  return cells;
}

function segmentOf(doc: SourceDocument, cell: Cell | undefined, lang: 'en' | 'fr'): Segment | null {
  if (!cell || cell.text.trim() === '') return null;
  const mt = cell.build().build();
  const place = doc.place(cell.start, Math.max(cell.end, cell.start));
  const seg: Segment = { text: cell.text, lang, place };
  // Mapping is exact only when the built text is the cell's value (it always is for well-formed cells).
  if (mt.text === cell.text) seg.locate = (from, to) => mt.place(doc, from, to);
  return seg;
}

interface Columns {
  header: number;
  roles: Role[];
  names: string[];
  en: number;
  fr: number;
  /** For source/target columns: how to tell which is EN per row. */
  sourceLang?: (row: Cell[]) => 'en' | 'fr';
  key: number;
  /**
   * Every EN/FR column pair of a table that has several (`title_en`/`title_fr`,
   * `date_en`/`date_fr`), with the name they share, which keys their pairs (`EV-103.date`).
   */
  several?: Array<{ en: number; fr: number; name: string }>;
}

/** A column's name without its language (`title_en` → `title`, `English Description` → `description`). */
function sharedName(name: string): string {
  return name
    .trim()
    .replace(/(?<=[a-z])(?:En(?:glish)?|Fr(?:ench)?)$/, '')
    .replace(/\s*[([](?:en|eng|english|anglais|fr|fra|fre|french|fran[cç]aise?)[)\]]$/i, '')
    .replace(/(?:^|[\s_.-])(?:en|eng|english|anglais|fr|fra|fre|french|fran[cç]aise?)$/i, '')
    .replace(/(?:^|\s)(?:english|anglais|french|fran[cç]aise?)(?=\s|$)/i, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The EN/FR column pairs of a header that names several: columns of the same name apart from
 * their language pair up, the others in order.
 */
function columnPairs(names: string[], roles: Role[]): Array<{ en: number; fr: number; name: string }> {
  const en = roles.flatMap((r, k) => (r === 'en' ? [k] : []));
  const fr = roles.flatMap((r, k) => (r === 'fr' ? [k] : []));
  const out: Array<{ en: number; fr: number; name: string }> = [];
  const used = new Set<number>();
  const left: number[] = [];
  for (const e of en) {
    const f = fr.find((x) => !used.has(x) && sharedName(names[x]) === sharedName(names[e]));
    if (f === undefined) left.push(e);
    else {
      used.add(f);
      out.push({ en: e, fr: f, name: sharedName(names[e]) });
    }
  }
  const frLeft = fr.filter((x) => !used.has(x));
  left.forEach((e, k) => {
    if (k < frLeft.length) out.push({ en: e, fr: frLeft[k], name: sharedName(names[e]) || sharedName(names[frLeft[k]]) || `column ${e + 1}` });
  });
  return out.sort((a, b) => Math.min(a.en, a.fr) - Math.min(b.en, b.fr));
}

/** Finds the header row and the EN and FR columns; null when the table is monolingual. */
function findColumns(table: Table, file: string, cwd?: string): Columns | null {
  const rows = table.rows;
  for (let h = 0; h < Math.min(10, rows.length); h++) {
    const names = rows[h].map((c) => c.text);
    const roles = names.map((n) => roleOf(n) ?? 'other');
    const en = roles.indexOf('en');
    const fr = roles.indexOf('fr');
    const src = roles.indexOf('source');
    const trg = roles.indexOf('target');
    const key = roles.indexOf('key');
    if (en >= 0 && fr >= 0) {
      const pairs = columnPairs(names, roles);
      return pairs.length > 1 ? { header: h, roles, names, en: pairs[0].en, fr: pairs[0].fr, key, several: pairs } : { header: h, roles, names, en, fr, key };
    }
    if (src >= 0 && trg >= 0) {
      const sl = roles.indexOf('srcLang');
      const fromName = nameLanguage(file)?.lang;
      // fr.csv holds the French of English sources; en.csv the reverse.
      const fileSource: 'en' | 'fr' = fromName === 'en' ? 'fr' : 'en';
      const named = /(^|[-_.])(en|fr)[-_](en|fr)$/i.exec(file.replace(/\.[^.]+$/, ''));
      const pairSource: 'en' | 'fr' | undefined = named ? (named[2].toLowerCase() as 'en' | 'fr') : undefined;
      const sourceLang = (row: Cell[]): 'en' | 'fr' => (sl >= 0 ? langFamily(row[sl]?.text) : null) ?? pairSource ?? fileSource;
      return { header: h, roles, names, en: src, fr: trg, key, sourceLang };
    }
    if ((en >= 0) !== (fr >= 0)) return null; // a header naming one language: a monolingual table
  }
  // No header: the two columns whose text reads most English and most French.
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width < 2) return null;
  const scores: number[] = [];
  for (let c = 0; c < width; c++) {
    const sample = rows
      .slice(0, 300)
      .map((r) => r[c]?.text ?? '')
      .filter((t) => /\p{L}{2}/u.test(t))
      .join('\n');
    scores.push(sample ? scoreText(sample).score : 0);
  }
  const order = scores.map((s, c) => [s, c] as const).filter(([s]) => s !== 0);
  const enCol = order.filter(([s]) => s < 0).sort((a, b) => a[0] - b[0])[0];
  const frCol = order.filter(([s]) => s > 0).sort((a, b) => b[0] - a[0])[0];
  if (!enCol || !frCol || (nameLanguage(file) && partnerOf(file, cwd))) return null;
  const roles: Role[] = Array.from({ length: width }, () => 'other');
  roles[enCol[1]] = 'en';
  roles[frCol[1]] = 'fr';
  return { header: -1, roles, names: roles.map((_r, c) => `column ${c + 1}`), en: enCol[1], fr: frCol[1], key: -1 };
}

function pairRows(table: Table, cols: Columns): Pair[] {
  const pairs: Pair[] = [];
  const { doc, rows } = table;
  const columns = cols.several ?? [{ en: cols.en, fr: cols.fr, name: '' }];
  const bilingual = new Set(columns.flatMap((c) => [c.en, c.fr]));
  for (let r = cols.header + 1; r < rows.length; r++) {
    const row = rows[r];
    if (row.every((c) => c.text.trim() === '')) continue;
    const srcIsEn = !cols.sourceLang || cols.sourceLang(row) === 'en';
    const line = doc.position(row[0].start).line;
    const rowKey = cols.key >= 0 && row[cols.key]?.text ? row[cols.key].text : `row ${line}`;
    const notes: string[] = [];
    const props: Record<string, string> = {};
    row.forEach((c, k) => {
      if (bilingual.has(k) || k === cols.key || !c.text) return;
      if (cols.roles[k] === 'note') notes.push(c.text);
      else props[cols.names[k] || `column ${k + 1}`] = c.text;
    });
    for (const col of columns) {
      const enCell = srcIsEn ? row[col.en] : row[col.fr];
      const frCell = srcIsEn ? row[col.fr] : row[col.en];
      const en = segmentOf(doc, enCell, 'en');
      const fr = segmentOf(doc, frCell, 'fr');
      if (!en && !fr) continue;
      // Several column pairs: each pair of a row is keyed by its columns' name (`EV-103.date`).
      const meta: PairMeta = { key: cols.several ? `${rowKey}.${col.name || `column ${col.en + 1}`}` : rowKey };
      if (notes.length) meta.notes = notes;
      if (Object.keys(props).length) meta.props = props;
      pairs.push({ id: '', en, fr, method: 'keyed', score: 1, meta });
    }
  }
  return pairs;
}

/** Two monolingual tables of the same shape: cell (row, column) of one pairs with the same cell of the other. */
function pairTables(en: Table, fr: Table): Pair[] {
  const pairs: Pair[] = [];
  // Blank rows (spacers) do not count when the two tables are matched row by row.
  const blank = (r: Cell[]): boolean => r.every((c) => c.text.trim() === '');
  en = { ...en, rows: en.rows.filter((r) => !blank(r)) };
  fr = { ...fr, rows: fr.rows.filter((r) => !blank(r)) };
  const firstCells = (t: Table): string[] => t.rows.map((r) => r[0]?.text ?? '');
  const byIndex = en.rows.length === fr.rows.length;
  const frByKey = new Map<string, number>();
  if (!byIndex) {
    const keys = firstCells(fr);
    keys.forEach((k, i) => frByKey.set(k, keys.indexOf(k) === keys.lastIndexOf(k) ? i : -1));
  }
  const usedFr = new Set<number>();
  en.rows.forEach((row, r) => {
    let fi = byIndex ? r : (frByKey.get(row[0]?.text ?? '') ?? -1);
    if (fi < 0) fi = -1;
    const frRow = fi >= 0 ? fr.rows[fi] : [];
    if (fi >= 0) usedFr.add(fi);
    const width = Math.max(row.length, frRow.length);
    for (let c = 0; c < width; c++) emitCell(pairs, en, fr, row[c], frRow[c], r, c);
  });
  fr.rows.forEach((row, r) => {
    if (usedFr.has(r)) return;
    row.forEach((cell, c) => emitCell(pairs, en, fr, undefined, cell, r, c));
  });
  return pairs;
}

function emitCell(pairs: Pair[], en: Table, fr: Table, a: Cell | undefined, b: Cell | undefined, r: number, c: number): void {
  const at = a ?? b;
  if (!at) return;
  const ta = a?.text.trim() ?? '';
  const tb = b?.text.trim() ?? '';
  if (!ta && !tb) return;
  // Codes and numbers that are the same on both sides are not translations.
  if (ta === tb && !/\p{L}{2}/u.test(ta)) return;
  const enSeg = segmentOf(en.doc, a, 'en');
  const frSeg = segmentOf(fr.doc, b, 'fr');
  const meta: PairMeta = { key: `row ${r + 1}, column ${c + 1}` };
  if (ta === tb) {
    pairs.push({ id: '', en: enSeg ? { ...enSeg, lang: 'und' } : null, fr: frSeg ? { ...frSeg, lang: 'und' } : null, method: 'shared', score: 1, meta });
    return;
  }
  pairs.push({ id: '', en: enSeg, fr: frSeg, method: 'keyed', score: 1, meta });
}
