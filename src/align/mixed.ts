// Aligns a mixed bilingual document (agendas, notices: both languages in one file) into pairs.
//
//  1. lines are cleaned (lines.ts) and grouped into units (units.ts);
//  2. each unit is read (inline.ts): inline pairs on one line, a monolingual unit, or neutral;
//  3. the document's order (EN first or FR first) is learned from its inline pairs;
//  4. between inline lines, monolingual units form stretches; within a stretch, runs of units in
//     one language are paired with the neighbouring run in the other language, and the units of
//     two paired runs are aligned by dynamic programming (beads 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, and
//     orphans), scored by anchors.ts (lengths, values, names, cognates, layout);
//  5. what finds no partner is an orphan; neutral material is a `shared` pair.

import { SourceDocument } from '../core/document.js';
import { MAIL_ATTRIBUTION, MAIL_DATA_FIELD, MAIL_SEPARATOR, inMailHeader, laterMessageStarts } from '../lang/mail-header.js';
import { alignDocuments } from './parallel.js';
import type { Lang, Pair, Place, Segment, Method } from '../core/types.js';
import { MappedText, MappedTextBuilder } from '../core/mapped-text.js';
import { FRENCH_ONLY_PROVINCE_ABBREVIATIONS } from '../lang/provinces.js';
import { isKnownPlace } from '../lang/places.js';
import { cleanLines, setPageFurniture } from './lines.js';
import { cellsOf, TABLE_ROW } from '../core/table-rows.js';
import { groupUnits, LABELLED_LINE, LABELLED_NUMBER, twinHeadings, type Unit } from './units.js';
import { COPY_MIN_WORDS, reorderedWords, restyledCopy, sharedEnds, swappedTwins, valueLineTwins, VALUE_TWIN_PREFIX, withoutLeadingLabel } from '../lang/copies.js';
import { ENGLISH_FORMAT_ADDRESS, ENGLISH_FULL_ADDRESS, ENGLISH_STREET_LINE, FRENCH_CIVIC_ADDRESS, FRENCH_FULL_ADDRESS, FRENCH_POSTAL_BOX, FRENCH_POSTAL_BOX_LINE, PLACE_AND_PROVINCE, PLACE_CODE_POSTAL, PLACE_COMMA_PROVINCE, postalCodeAtEnd, postalCodes, STREET_TYPE_WORDS } from '../lang/addresses.js';
import { BAR_CUT, labelPairWithValues, onlySpacedSlash, pairBesideOnlySlash, readByOnlySlash, readUnit, readColumnRow, countWords, COLUMN_GAP, NAME_VALUE, type NeutralFinder, boundaryStrength, withClosingBrackets, type Run, type Piece, type UnitReading } from './inline.js';
import { compat, features, logistic, type Features } from './anchors.js';
import { documentHeading, documentHeadingLang } from '../lang/headings.js';
import { scoreText, DECISION_THRESHOLD } from '../lang/identify.js';
import { linkTargets } from '../core/link-targets.js';
import { splitSentences } from '../lang/sentences.js';
import { isLanguageNote } from '../lang/language-notes.js';
import { dictionary, fold, leansByWordLists, wordListLanguage } from '../lang/dictionary.js';
import { stemTranslationKeys } from './base-lexicon.js';
import { isAllCaps } from '../lang/tokens.js';
import { ENGLISH_CLOSING, FRENCH_CLOSING } from '../lang/letter-forms.js';
import { letterTwins } from './letter-twins.js';

export interface MixedOptions {
  markdown?: boolean;
  /** Extra language-neutral spans (the configuration's `neutral:` patterns). */
  neutral?: NeutralFinder;
}

interface Mono {
  unit: Unit;
  lang: 'en' | 'fr';
  score: number;
  feat: Features;
}

interface Emitted {
  pair: Omit<Pair, 'id'>;
  sortLine: number;
  sortColumn: number;
}

/** Beads tried inside two paired runs, with their prior cost. */
const BEADS: Array<[number, number, number]> = [
  [1, 1, 0],
  [1, 2, -0.6],
  [2, 1, -0.6],
  [2, 2, -1.0],
  [1, 3, -1.2],
  [3, 1, -1.2],
];
/** Pairs scoring below this are left as orphans. */
const PAIR_THRESHOLD = 0;
/** Beyond this many units per run, the run-to-run alignment is banded. */
const BAND = 40;

export function alignMixed(doc: SourceDocument, opts: MixedOptions = {}): Pair[] {
  const messages = bilingualMessages(doc);
  if (!messages) {
    const pairs = alignMessage(doc, opts);
    const twinned = letterTwins(pairs);
    return twinned === pairs ? pairs : numbered(twinned.sort(byPlace));
  }
  // Each message of a thread is aligned on its own: a reply quoted under a message in halves has
  // halves of its own, too short to be found inside the whole document's.
  const pairs: Pair[] = [];
  for (const m of messages) pairs.push(...letterTwins(alignMessage(keepOnly(doc, m, []), opts)));
  pairs.sort(byPlace);
  return numbered(pairs);
}

function byPlace(a: Pair, b: Pair): number {
  return sortPlace(a).line - sortPlace(b).line || sortPlace(a).column - sortPlace(b).column;
}

function numbered(pairs: Pair[]): Pair[] {
  return pairs.map((p, k) => (p.id === `p${k + 1}` ? p : { ...p, id: `p${k + 1}` }));
}

function sortPlace(p: Pair): Place {
  return (p.en ?? p.fr)!.place;
}

/** Lines (of both languages at least) that a message must hold for a thread to be aligned message by message. */
const MESSAGE_LINES_EACH = 2;

/**
 * The lines of each message of an e-mail thread (split where a later message's header starts),
 * when each message is written in both languages; null for a document of one message, or when a
 * message is in one language only (a thread that sends the English and the French apart is
 * aligned as one document).
 */
function bilingualMessages(doc: SourceDocument): Array<Set<number>> | null {
  const lineAt = (l: number): string => doc.line(l);
  const starts = laterMessageStarts(lineAt, doc.lineCount);
  if (starts.length === 0) return null;
  const bounds = [1, ...starts, doc.lineCount + 1];
  const messages: Array<Set<number>> = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const lines = new Set<number>();
    let en = 0;
    let fr = 0;
    for (let l = bounds[k]; l < bounds[k + 1]; l++) {
      lines.add(l);
      const text = lineAt(l);
      if (leansTo(text, 'en')) en++;
      else if (leansTo(text, 'fr')) fr++;
    }
    if (Math.min(en, fr) < MESSAGE_LINES_EACH) return null;
    messages.push(lines);
  }
  return messages;
}

function alignMessage(doc: SourceDocument, opts: MixedOptions): Pair[] {
  const furniture: number[] = [];
  const units = groupUnits(cleanLines(doc, { markdown: opts.markdown, furniture }));
  const readings: UnitReading[] = units.map((u) => (u.text.length === 0 ? { kind: 'neutral' } : readUnit(u.text, opts.neutral)));
  rereadCopiedNames(units, readings);
  rereadSwappedHeadings(units, readings);
  rereadFrenchProvinces(units, readings);
  rereadPlaceTwins(units, readings);
  rereadFrenchAddresses(units, readings);
  rereadAddressTwinLines(units, readings, opts.neutral);
  rereadEnglishAddresses(units, readings);
  rereadSharedOpeningNames(units, readings);
  const out: Emitted[] = [];
  // Page numbers and running headers are the same material in both languages' pages, not text to
  // compare (the French pages of a document have other numbers).
  for (const line of furniture) emitShared(doc, MappedText.of(doc, doc.lineStarts[line - 1], doc.lineEnds[line - 1]), out, 'shared');

  // Inline pairs first: they also tell which language the document puts first.
  let enFirst = 0;
  let frFirst = 0;
  for (const r of readings) {
    if (r.kind !== 'inline') continue;
    const first = r.runs[0];
    const second = r.runs[1];
    if (first && second && first.lang !== second.lang) {
      if (first.lang === 'en') enFirst++;
      else frFirst++;
    }
  }
  const order: 'en' | 'fr' | null = enFirst > frFirst ? 'en' : frFirst > enFirst ? 'fr' : null;
  rereadByOrder(units, readings, enFirst, frFirst, opts.neutral);
  rereadColumnRows(units, readings, opts.neutral);
  rereadTables(units, readings, opts.neutral);
  rereadLabelledNumbers(units, readings);
  rereadOneLanguageLabels(units, readings);
  readOneCells(units, readings);
  rereadLabelledValues(units, readings);
  rereadSharedNames(units, readings);
  rereadNamesWithDesignations(units, readings);
  rereadNamedHeads(units, readings);
  rereadDashedTwins(units, readings);
  rereadDocumentHeadings(units, readings);
  rereadStackedLabels(units, readings);
  rereadParagraphTwins(units, readings);
  rereadWeakTwins(units, readings);
  rereadStackedNameTwins(units, readings);
  rereadWeakBlockHeads(units, readings);
  // (After the heads of blocks: a block of stacked pairs is no block of one language's lines.)
  rereadWeakFirstOfPairs(units, readings);
  rereadHeadingsOverParagraphs(units, readings);
  rereadBlockTwinNames(units, readings);
  rereadMailHeaders(doc, units, readings);
  readAsDeclared(units, readings);

  const quoted = quotedNames(units, readings);
  const sections = blocksAsSections(units, readings, findSections(units, readings));
  if (sections) {
    sections.forEach((s, k) => {
      const to = k + 1 < sections.length ? sections[k + 1].start : units.length;
      s.boundary = neutralOpenBlock(units, readings, s.start, paragraphOpensBlock(units, readings, copiesOpenSecondHalf(units, readings, s), to, s.first), s.first === 'en' ? 'fr' : 'en');
      if (k > 0) s.start = neutralOpenBlock(units, readings, sections[k - 1].boundary, s.start, s.first);
    });
    const blocks = blocksOf(units, sections);
    withTrailingCopies(units, readings, blocks);
    readBlockLanguageInline(units, readings, blocks);
    readBlockLanguageWords(units, readings, blocks);
    alignHalves(doc, units, readings, quoted, blocks, order, opts.markdown ?? false, furniture, out);
    shareLoneAddresses(doc, out);
    pairValueTwins(out);
    out.sort((a, b) => a.sortLine - b.sortLine || a.sortColumn - b.sortColumn);
    return out.map((e, k) => ({ id: `p${k + 1}`, ...e.pair }));
  }
  // Paragraphs of two columns take their lines wrapped in one column only (units of their own).
  const paragraphs = columnParagraphs(doc, units, readings);
  const inColumns = new Set<number>();
  for (const rows of paragraphs.values()) for (const r of rows) inColumns.add(r.unit);
  let stretches = collectStretches(units, readings, quoted, inColumns);
  let plans = stretches.map((m) => planStretch(m, order, null));
  const layout = learnLayout(plans);
  if (layout && placeUndecided(units, readings, quoted, plans, layout)) {
    stretches = collectStretches(units, readings, quoted, inColumns);
    plans = stretches.map((m) => planStretch(m, order, null));
  }
  for (let i = 0; i < units.length; i++) {
    const r = readings[i];
    const rows = paragraphs.get(i);
    if (rows !== undefined) {
      emitColumnParagraph(doc, readings, rows, out);
      i = rows[rows.length - 1].unit;
    } else if (r.kind === 'inline') emitInline(doc, units[i], r.runs, r.pieces, order, out);
    else if (r.kind === 'neutral' || quoted.has(i)) emitShared(doc, units[i].text, out, 'shared');
  }
  // Stretches that left units unpaired are aligned again with the layout as evidence.
  stretches.forEach((m, k) => emitStretch(doc, layout && leavesUnpaired(plans[k]) ? planStretch(m, order, layout) : plans[k], out));
  shareLoneAddresses(doc, out);
  out.sort((a, b) => a.sortLine - b.sortLine || a.sortColumn - b.sortColumn);
  return out.map((e, k) => ({ id: `p${k + 1}`, ...e.pair }));
}

/**
 * A line of values both halves write alike but for a digit or a word (a signature's `506-555-0138
 * | impots@… | …/impots` in the French half, `506-555-0183 | impots@… | …/taxes` in the English):
 * read as material both share, each was left alone, and the number that differs was compared
 * with nothing. Two such lines (valueLineTwins), one in each half (the side of the pairs nearest
 * each), the only such twin of each other, are a pair of the two halves.
 */
function pairValueTwins(out: Emitted[]): void {
  const lone = out.filter((e) => e.pair.method === 'shared' && e.pair.en && e.pair.en.place.line === e.pair.en.place.endLine && /\d/.test(e.pair.en.text));
  if (lone.length === 0) return;
  const enLines: number[] = [];
  const frLines: number[] = [];
  for (const e of out) {
    if (e.pair.method === 'shared') continue;
    if (e.pair.en) enLines.push(e.pair.en.place.line);
    if (e.pair.fr) frLines.push(e.pair.fr.place.line);
  }
  const nearest = (lines: number[], l: number): number => lines.reduce((d, x) => Math.min(d, Math.abs(x - l)), Infinity);
  const sideOf = (l: number): 'en' | 'fr' | null => {
    const [de, df] = [nearest(enLines, l), nearest(frLines, l)];
    return de < df ? 'en' : df < de ? 'fr' : null;
  };
  // Twins open alike over VALUE_TWIN_PREFIX characters at least (digits aside): only lines that
  // do are compared (a table of figures in halves has hundreds of such lines).
  const groups = new Map<string, Emitted[]>();
  const groupOfLine = new Map<Emitted, Emitted[]>();
  for (const e of lone) {
    const key = e.pair.en!.text.trim().slice(0, VALUE_TWIN_PREFIX).replace(/\d/g, '0');
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(e);
    groupOfLine.set(e, list);
  }
  const groupOf = (e: Emitted): Emitted[] => groupOfLine.get(e)!;
  const dropped = new Set<Emitted>();
  pairCodeTwins(out, new Set(lone), sideOf, dropped);
  for (const a of lone.length < 2 ? [] : lone) {
    if (dropped.has(a)) continue;
    const found = groupOf(a).filter((b) => b !== a && !dropped.has(b) && valueLineTwins(a.pair.en!.text, b.pair.en!.text));
    if (found.length !== 1) continue;
    const b = found[0];
    if (groupOf(b).filter((c) => c !== b && !dropped.has(c) && valueLineTwins(b.pair.en!.text, c.pair.en!.text)).length !== 1) continue;
    const [sa, sb] = [sideOf(a.pair.en!.place.line), sideOf(b.pair.en!.place.line)];
    if (!sa || !sb || sa === sb) continue;
    const [en, fr] = sa === 'en' ? [a, b] : [b, a];
    en.pair = { en: { ...en.pair.en!, lang: 'en' }, fr: { ...fr.pair.fr!, lang: 'fr' }, method: 'parallel', score: 1 };
    dropped.add(fr);
  }
  if (dropped.size === 0) return;
  const kept = out.filter((e) => !dropped.has(e));
  out.length = 0;
  out.push(...kept);
}

/** A reference code: letters and digits joined by hyphens or slashes (`PCA-TAB-2026-0417`, `BP-2026-118`). */
const REFERENCE_CODE = /(?<![\p{L}\d-])(?=[A-Z\d-]*[A-Z])(?=[A-Z\d-]*\d)[A-Z\d]+(?:[-/][A-Z\d]+){2,}(?![\p{L}\d-])/gu;

/**
 * A line of one half, left alone, that gives a reference code the line of the other half read as
 * shared gives too (`Our file: PCA-TAB-2026-0417` in the English half, `N/Réf. : PCA-TAB-2026-0417`
 * in the French one): the same line, each label in its language; the two are a pair. The code
 * must be in those two lines only.
 */
function pairCodeTwins(out: Emitted[], shared: ReadonlySet<Emitted>, sideOf: (line: number) => 'en' | 'fr' | null, dropped: Set<Emitted>): void {
  // Each code's lines (a shared line, the same text on both sides, once), and those of them left
  // alone or shared, of one line: one pass, each text read once.
  const lines = new Map<string, number>();
  const holders = new Map<string, Emitted[]>();
  for (const e of out) {
    const { en, fr, method } = e.pair;
    const lone = (method === 'orphan' || method === 'shared') && (en ?? fr)!.place.line === (en ?? fr)!.place.endLine;
    for (const seg of method === 'shared' ? [en] : [en, fr]) {
      if (!seg) continue;
      for (const c of new Set(seg.text.match(REFERENCE_CODE) ?? [])) {
        lines.set(c, (lines.get(c) ?? 0) + 1);
        if (!lone) continue;
        const list = holders.get(c);
        if (list) list.push(e);
        else holders.set(c, [e]);
      }
    }
  }
  for (const [code, list] of holders) {
    // The two lines, and no other line gives the code.
    if (list.length !== 2 || lines.get(code) !== 2) continue;
    const orphan = list.find((e) => e.pair.method === 'orphan');
    const twin = list.find((e) => e.pair.method === 'shared' && shared.has(e));
    if (!orphan || !twin || dropped.has(orphan) || dropped.has(twin)) continue;
    const side: 'en' | 'fr' = orphan.pair.en ? 'en' : 'fr';
    const other = side === 'en' ? 'fr' : 'en';
    const seg = twin.pair.en!;
    if (sideOf(seg.place.line) !== other) continue;
    orphan.pair = { ...orphan.pair, [other]: { ...seg, lang: other }, method: 'parallel', score: 1 } as Emitted['pair'];
    dropped.add(twin);
  }
}

/** A civic number before a street's words (`150, rue Dalhousie`, `15 Eddy Street`), or a postal box. */
const STREET_OR_BOX = /(?:^|,\s*)\d+[A-Z]?,?\s\p{L}|\b(?:C\.\s?P\.|P\.\s?O\.\s?Box|case postale)\s*\d/iu;

/**
 * A postal address on a line of its own that no other line of the document gives again (`150, rue
 * Dalhousie, C.P. 80, succ. Haute-Ville, Québec (Québec)  G1R 4M8` in a signature of bilingual
 * lines): Canada Post delivers it as written in either language, so it is material both
 * languages share, not a line left untranslated. An address whose postal code another line
 * gives stays as it was paired or left.
 */
function shareLoneAddresses(doc: SourceDocument, out: Emitted[]): void {
  // The orphans that are addresses first: most documents have none, and need no count of the
  // postal codes of their lines.
  const lone: Array<{ e: Emitted; seg: Segment; code: string }> = [];
  for (const e of out) {
    const p = e.pair;
    if (p.method !== 'orphan') continue;
    const seg = (p.en ?? p.fr)!;
    const text = seg.text.trim();
    const code = postalCodeAtEnd(text);
    if (code && seg.place.line === seg.place.endLine && STREET_OR_BOX.test(text)) lone.push({ e, seg, code });
  }
  if (lone.length === 0) return;
  const counts = new Map<string, number>();
  for (let l = 1; l <= doc.lineCount; l++) for (const c of postalCodes(doc.line(l))) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const { e, seg, code } of lone) if (counts.get(code) === 1) e.pair = { en: { ...seg, lang: 'und' }, fr: { ...seg, lang: 'und' }, method: 'shared', score: 1 };
}

/** The longest word in capitals taken for an acronym or a code. */
const ACRONYM_MAX = 5;
/** Words of a label read by the word lists. */
const LABEL_WORDS = 3;

/**
 * A label of a word or few that the language lexicon does not know (`Entrance`, `Washrooms`),
 * stacked directly over or under a line of one language (`Entrée`, `Toilettes`): its words in the
 * other language's word list and not in that one's, it is that line's twin in the other language,
 * not material shared by both.
 */
function rereadStackedLabels(units: Unit[], readings: UnitReading[]): void {
  const labels = units.map((u, i) => (readings[i].kind === 'neutral' ? labelLanguage(u.text.text) : null));
  const adjacent = (a: number, b: number): boolean => units[a].lastLine + 1 === units[b].firstLine;
  const read = (i: number, lang: 'en' | 'fr'): void => {
    readings[i] = assigned(lang);
  };
  for (let i = 0; i < units.length; i++) {
    const lang = labels[i];
    if (lang === null) continue;
    const other = lang === 'en' ? 'fr' : 'en';
    // Beside a line of the other language, or beside another such label of it (`Elevators` over
    // `Ascenseurs`, both unknown to the lexicon).
    const twin = (k: number): boolean => {
      if (k < 0 || k >= units.length || !(k < i ? adjacent(k, i) : adjacent(i, k))) return false;
      const r = readings[k];
      return (r.kind === 'mono' && r.lang === other) || labels[k] === other;
    };
    if (twin(i - 1) || twin(i + 1)) read(i, lang);
  }
}

/**
 * A paragraph of one language followed by its twin paragraph, line for line (a title block: `CITY
 * OF CLARENCE-ROCKLAND` … `Voter Guide` over `CITÉ DE CLARENCE-ROCKLAND` … `Guide de
 * l'électeur`; an address: `Municipal Office` … over `Bureau municipal` …): a line that reads as
 * neither language (`Voter` and `Guide` are French words too; `2, rue Fifth, C.P. 1000`), or
 * weakly as the other paragraph's (`Bureau municipal`: both are English words), is its
 * paragraph's language, the twin of the line in its place in the other paragraph. A name or a
 * code written the same in both places (`P0V 1C0`) stays neutral.
 */
function rereadParagraphTwins(units: Unit[], readings: UnitReading[]): void {
  const paragraphs: Array<[number, number]> = [];
  for (let a = 0; a < units.length; ) {
    let b = a + 1;
    while (nextLineUnit(units, b - 1)) b++;
    paragraphs.push([a, b]);
    a = b;
  }
  const lang = (i: number): 'en' | 'fr' | null => monoLang(readings, i);
  const strong = (i: number): 'en' | 'fr' | null => {
    const r = readings[i];
    return r.kind === 'mono' && Math.abs(r.score) >= WEAK_TWIN ? r.lang : null;
  };
  // Not in a document of lines stacked over their twins (`Main entrance` over `Entrée principale`),
  // whose paragraphs are pairs of lines, not blocks.
  // (Lines read weakly, which this reads again, are no evidence of it.)
  // (Nor is a name written alike in both blocks, `Conseil des Atikamekw de Manawan`, which reads
  // as French in the English block.)
  const written = new Map<string, number>();
  for (const u of units) written.set(u.text.text.trim(), (written.get(u.text.text.trim()) ?? 0) + 1);
  const copied = (i: number): boolean => (written.get(units[i].text.text.trim()) ?? 0) > 1 && capitalisedName(units[i].text.text);
  let stacked = 0;
  for (let i = 0; i + 1 < units.length; i++) {
    const [a, b] = [strong(i), strong(i + 1)];
    if (a && b && a !== b && nextLineUnit(units, i) && !copied(i) && !copied(i + 1)) stacked++;
  }
  if (stacked >= STACKED_ORDER_MIN) return;
  // Words, not an address's number or a code (`dps-client@ec.gc.ca` under the sentence that gives it).
  const wordy = (i: number): boolean => countWords(units[i].text.text.replace(/\S*[@/]\S*|\S+[.:]\S+/g, ' ')) >= 2;
  // Not a line read as a pair of its own (`Manager, Recreation / Gestionnaire, Loisirs`), unless
  // only a comma cuts it, no slash, bar or dash (`Case postale 3030, succursale Terminus`, an
  // address line whose words read as both languages, over `PO Box 3030, Station Terminus`).
  const commaCut = (i: number): boolean => readings[i].kind === 'inline' && !/\s[/|–—-]\s|\//.test(units[i].text.text) && units[i].lines.length === 1;
  const single = (i: number): boolean => (readings[i].kind !== 'inline' || commaCut(i)) && (readings[i].kind === 'mono' || wordy(i));
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const [a, b] = paragraphs[p];
    const [c, d] = paragraphs[p + 1];
    const n = b - a;
    if (d - c !== n || n < 2 || units[c].firstLine - units[b - 1].lastLine > 3) continue;
    // Each paragraph in one language: no line that reads plainly as the other; and one place at
    // least where the two read as the two languages.
    const first = lang(a) ?? lang(a + 1);
    const second = first === 'en' ? 'fr' : 'en';
    if (!first) continue;
    // A name of capitalised words written alike in both places (`Conseil des Atikamekw de
    // Manawan`) says nothing of the paragraphs' languages: both share it.
    const same = (k: number): boolean => units[a + k].text.text.trim() === units[c + k].text.text.trim() && capitalisedName(units[a + k].text.text);
    let fits = false;
    for (let k = 0; k < n; k++) {
      if (same(k)) continue;
      if (strong(a + k) === second || strong(c + k) === first) {
        fits = false;
        break;
      }
      if (lang(a + k) === first && lang(c + k) === second) fits = true;
    }
    if (!fits) continue;
    for (let k = 0; k < n; k++) {
      const [i, j] = [a + k, c + k];
      if (same(k)) {
        readings[i] = readings[j] = { kind: 'neutral' };
        continue;
      }
      const [x, y] = [lang(i), lang(j)];
      if (y === second && x !== first && single(i)) readings[i] = assigned(first);
      else if (x === first && y !== second && single(j)) readings[j] = assigned(second);
      else if (x === null && y === null && translatedLabel(units[i].text.text, units[j].text.text)) {
        readings[i] = assigned(first);
        readings[j] = assigned(second);
      }
    }
  }
}

/** A label, its colon and a value: `Télécopieur : 418-548-2764`. */
const LABELLED_VALUE = /^\s*(\p{L}[\p{L}.' -]{0,30}?)\s*:\s*(\S.*?)\s*$/u;

/**
 * Whether two lines in the same place of twin paragraphs give one value under two labels
 * (`Télécopieur: 418-548-2764` and `Fax: 418-548-2764`): the label is translated, the value shared.
 */
function translatedLabel(a: string, b: string): boolean {
  const [ma, mb] = [LABELLED_VALUE.exec(a), LABELLED_VALUE.exec(b)];
  if (!ma || !mb || ma[2] !== mb[2]) return false;
  const fold = (label: string): string => label.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase();
  return fold(ma[1]) !== fold(mb[1]);
}

/**
 * The fields of a mail header that hold no text (`From: FCPA-CAPF (PCH)`, `Sent: October 6, 2026
 * 3:47 PM`, quoted or not) of a header a mail program wrote (it has a `Sent:` field): written in
 * the program's language, they are material shared by both sides, not a line to pair with another
 * header's (lang/mail-header.ts). The subject stays text, and so do the To/From/Date lines of a
 * memo, which its writer translates.
 */
function rereadMailHeaders(doc: SourceDocument, units: Unit[], readings: UnitReading[]): void {
  units.forEach((u, i) => {
    if (mailDataUnit(doc, u)) readings[i] = { kind: 'neutral' };
  });
}

/** Whether a unit is fields of a mail program's header that hold no text, or the line it writes above a quoted message (rereadMailHeaders). */
function mailDataUnit(doc: SourceDocument, u: Unit): boolean {
  if (u.firstLine === u.lastLine && (MAIL_ATTRIBUTION.test(doc.line(u.firstLine)) || MAIL_SEPARATOR.test(doc.line(u.firstLine)))) return true;
  // Each line of the unit a field (`From:` and `To:` lines may be read as one unit).
  for (let l = u.firstLine; l <= u.lastLine; l++) if (!MAIL_DATA_FIELD.test(doc.line(l))) return false;
  return inMailHeader((l) => doc.line(l), doc.lineCount, u.firstLine, u.lastLine, true);
}

/** How weakly a line may read as its language and still be read as its twin's other language. */
const WEAK_TWIN = 2.5;

/** Whether unit a+1 starts on the line right after unit a ends. */
function nextLineUnit(units: Unit[], a: number): boolean {
  return a + 1 < units.length && units[a].lastLine + 1 === units[a + 1].firstLine;
}

/** The language of unit i's reading when it is of one language, else null (also past the end). */
function monoLang(readings: UnitReading[], i: number): 'en' | 'fr' | null {
  const r = readings[i];
  return r !== undefined && r.kind === 'mono' ? r.lang : null;
}

/**
 * In a document plainly stacked (lines of one language over their twins, twice as often as two
 * lines of one language in a row), a line that reads weakly as the language of the line right
 * above it, the two making a block of their own, is that line's twin in the other language (`TOUR
 * DETABLE` under `ROUNDTABLE`: its glued words hide its French). In a longer block (an English
 * line over a pair), the line above may be an orphan, which it is for the checks to say.
 */
function rereadWeakTwins(units: Unit[], readings: UnitReading[]): void {
  const adjacent = (a: number): boolean => nextLineUnit(units, a);
  const mono = (i: number): 'en' | 'fr' | null => monoLang(readings, i);
  const order = { en: 0, fr: 0 };
  let same = 0;
  for (let i = 0; i + 1 < units.length; i++) {
    const [a, b] = [mono(i), mono(i + 1)];
    if (!a || !b || !adjacent(i)) continue;
    if (a === b) same++;
    else order[a]++;
  }
  const first = order.en >= STACKED_ORDER_MIN && order.fr === 0 ? 'en' : order.fr >= STACKED_ORDER_MIN && order.en === 0 ? 'fr' : null;
  if (!first || order[first] < 2 * same) return;
  for (let i = 1; i < units.length; i++) {
    const r = readings[i];
    if (r.kind !== 'mono' || r.lang !== first || mono(i - 1) !== first || !adjacent(i - 1) || Math.abs(r.score) >= WEAK_TWIN) continue;
    const prev = readings[i - 1];
    if (prev.kind !== 'mono' || Math.abs(prev.score) <= Math.abs(r.score)) continue;
    // Last in its block, and the line above the first of it.
    if (adjacent(i) || (i >= 2 && adjacent(i - 2))) continue;
    readings[i] = assigned(first === 'en' ? 'fr' : 'en');
  }
}

/**
 * `Rideau Canal National Historic Site` over `Lieu historique national du Canal-Rideau`, the first
 * pair of a block of stacked pairs whose other pairs put English first: the line in the first
 * language's place that reads weakly as the second language, over its twin that reads so more
 * strongly (its names read as French), is the first language's.
 */
function rereadWeakFirstOfPairs(units: Unit[], readings: UnitReading[]): void {
  const mono = (i: number): 'en' | 'fr' | null => monoLang(readings, i);
  // Blocks of lines one under the other, an even number of them: pairs at even offsets.
  const blocks = unitBlocks(units).filter(([start, end]) => end > start && (end - start + 1) % 2 === 0);
  const order = { en: 0, fr: 0 };
  for (const [a, b] of blocks) {
    for (let i = a; i < b; i += 2) {
      const [x, y] = [mono(i), mono(i + 1)];
      if (x && y && x !== y) order[x]++;
    }
  }
  const first = order.en >= STACKED_ORDER_MIN && order.fr === 0 ? 'en' : order.fr >= STACKED_ORDER_MIN && order.en === 0 ? 'fr' : null;
  if (!first) return;
  const second = first === 'en' ? 'fr' : 'en';
  for (const [a, b] of blocks) {
    if (b - a < 3) continue;
    for (let i = a; i < b; i += 2) {
      const [r, twin] = [readings[i], readings[i + 1]];
      if (r.kind !== 'mono' || twin.kind !== 'mono' || r.lang !== second || twin.lang !== second || Math.abs(r.score) >= WEAK_TWIN || Math.abs(twin.score) <= Math.abs(r.score)) continue;
      // The block's other pairs are in the document's order.
      let ordered = true;
      for (let k = a; k < b && ordered; k += 2) if (k !== i) ordered = mono(k) === first && mono(k + 1) === second;
      if (ordered) readings[i] = assigned(first);
    }
  }
}

/**
 * In a document plainly stacked, twins that read as one language. Two lines read as the second
 * language, one right under the other, with the same numbers (`Palais des congrès de Montréal, Room 512, 1001 Jean-Paul-Riopelle
 * Place` over `Palais des congrès de Montréal, salle 512, 1001, place Jean-Paul-Riopelle`): a
 * venue named in French reads as French in both. The first is the first language's twin when it
 * has a word only that language's word list has (`Room`) and the second has none.
 */
function rereadStackedNameTwins(units: Unit[], readings: UnitReading[]): void {
  const adjacent = (a: number): boolean => nextLineUnit(units, a);
  const mono = (i: number): 'en' | 'fr' | null => monoLang(readings, i);
  // Lines paired as they come, two by two (the French under one English line is not the line
  // over the next English line).
  const order = { en: 0, fr: 0 };
  for (let i = 0; i + 1 < units.length; i++) {
    const [a, b] = [mono(i), mono(i + 1)];
    if (!a || !b || a === b || !adjacent(i)) continue;
    order[a]++;
    i++;
  }
  const first = order.en >= STACKED_ORDER_MIN && order.en >= 2 * order.fr ? 'en' : order.fr >= STACKED_ORDER_MIN && order.fr >= 2 * order.en ? 'fr' : null;
  if (!first) return;
  const second = first === 'en' ? 'fr' : 'en';
  // Whether a text has a word of three letters or more that only `lang`'s word list has.
  const hasOnly = (text: string, lang: 'en' | 'fr'): boolean => (text.match(/\p{L}{3,}/gu) ?? []).some((w) => wordListLanguage([w]) === lang);
  for (let i = 0; i + 1 < units.length; i++) {
    if (!adjacent(i) || units[i].lines.length !== 1 || units[i + 1].lines.length !== 1) continue;
    // A line of the first language right above is this line's twin already.
    if (i > 0 && mono(i - 1) === first && adjacent(i - 1)) continue;
    const [a, b] = [units[i].text.text, units[i + 1].text.text];
    const digits = digitsOf(a);
    // In French, an address written the French way in the second line only.
    const frenchCivic = second === 'fr' && FRENCH_CIVIC_ADDRESS.test(b) && !FRENCH_CIVIC_ADDRESS.test(a);
    if (mono(i) === second && mono(i + 1) === second) {
      if (digits === '' || digits !== digitsOf(b)) continue;
      // An English word in the first only, or the French address (`8642 Route 114, Alma, NB` over
      // `8642, route 114, Alma (N.-B.)`).
      if (!frenchCivic && (!hasOnly(a, first) || hasOnly(b, first))) continue;
      readings[i] = assigned(first);
      i++;
      continue;
    }
    // A name read as neither language over a line of the second (`Wolfe Lake Entrance Kiosk` over
    // `Kiosque de l'entrée du lac Wolfe`), with a word only the first language's list has.
    if (readings[i].kind === 'neutral' && mono(i + 1) === second) {
      if (hasOnly(a, first) && !hasOnly(a, second) && !(mono(i + 2) === second && adjacent(i + 1))) {
        readings[i] = assigned(first);
        i++;
      }
      continue;
    }
    // A line of the first language over one read as it too, or as a pair, that is its twin: the
    // same words in the other language's order (`Service Canada Centre – St. Vital` over `Centre
    // Service Canada – St. Vital`), or, in French, the same numbers in a French address (`391 York
    // Avenue, Unit 100` over `391, avenue York, local 100`). Not when the second line has its own
    // twin right under it.
    const reordered = reorderedWords(a, b);
    // Two addresses read as neither language, the second written the French way, their words in
    // another order (`1031 Portage Avenue` over `1031, avenue Portage`): a pair, whose numbers the
    // checks then compare.
    if (readings[i].kind === 'neutral' && readings[i + 1].kind === 'neutral') {
      if (!frenchCivic || !reordered) continue;
      readings[i] = assigned(first);
      readings[i + 1] = assigned(second);
      i++;
      continue;
    }
    if (mono(i) !== first || mono(i + 1) === second || readings[i + 1].kind === 'neutral') continue;
    if (mono(i + 2) === second && adjacent(i + 1)) continue;
    if (!reordered && !(frenchCivic && digits !== '' && digits === digitsOf(b)) && !oneStretchTwins(a, b, first)) continue;
    readings[i + 1] = assigned(second);
    i++;
  }
}

/** The most words of the stretch that two twins of a name differ by. */
const TWIN_STRETCH_WORDS = 3;

/**
 * `Inspection of Maple Grove Natural Health Products Ltd.` over `Inspection de Maple Grove Natural
 * Health Products Ltd.`: two lines the same but for one short stretch, which leans to the first
 * language in the first line and to the other in the second (a name that reads as English in both).
 */
function oneStretchTwins(a: string, b: string, first: 'en' | 'fr', minShared = 2): boolean {
  const wa = a.split(/\s+/).filter(Boolean);
  const wb = b.split(/\s+/).filter(Boolean);
  const { head, tail } = sharedEnds(wa, wb);
  const da = wa.slice(head, wa.length - tail);
  const db = wb.slice(head, wb.length - tail);
  if (da.length === 0 || db.length === 0 || da.length > TWIN_STRETCH_WORDS || db.length > TWIN_STRETCH_WORDS || head + tail < minShared) return false;
  const sa = scoreText(da.join(' ')).score;
  const sb = scoreText(db.join(' ')).score;
  return first === 'en' ? sa < 0 && sb > 0 : sa > 0 && sb < 0;
}

/** The language whose word list alone has every word of a short label (`Entrance`: English), or null. */
function labelLanguage(text: string): 'en' | 'fr' | null {
  const words = text.match(/\p{L}+/gu) ?? [];
  // Short words in capitals are acronyms and codes (`ATS`, `[REDACTED]`), not a language's words;
  // a long one is a heading's word (`ADMISSIBILITÉ`).
  if (words.length === 0 || words.length > LABEL_WORDS || words.some((w) => w.length < 3 || (w === w.toUpperCase() && (w.length <= ACRONYM_MAX || isKnownPlace(w))))) return null;
  return wordListLanguage(words);
}

/**
 * A unit whose markup declares its language (`<td lang="fr">`) is in that language, whatever its
 * words: not split into an English and a French part where a French venue's name sits in an
 * English cell (`Montréal – …, Palais des congrès de Montréal, Room 517A`), and read as French
 * where a French cell was left in English (the untranslated check then sees it beside its
 * English). A name the same in both (`Montréal`, `Ottawa`) stays neutral.
 */
function readAsDeclared(units: Unit[], readings: UnitReading[]): void {
  for (let i = 0; i < units.length; i++) {
    const lang = units[i].declared;
    const r = readings[i];
    if (!lang || r.kind === 'neutral' || (r.kind === 'mono' && r.lang === lang)) continue;
    const score = scoreText(units[i].text.text).score;
    readings[i] = (lang === 'fr') === score > 0 ? { kind: 'mono', lang, score } : assigned(lang);
  }
}

/**
 * The strength of a language that a unit's markup or layout gives it where its words read otherwise
 * or not at all (a declared cell, a stacked sign): the least a unit has alone.
 */
const ASSIGNED_SCORE = 1.5;

/** A unit read as `lang` with the least score a unit has alone (ASSIGNED_SCORE). */
function assigned(lang: 'en' | 'fr'): UnitReading {
  return { kind: 'mono', lang, score: lang === 'fr' ? ASSIGNED_SCORE : -ASSIGNED_SCORE };
}

/**
 * A line stacked under its English (or French) twin that repeats its words: its exact copy, or a
 * copy whose values alone were put the other language's way (`2:50 p.m. – 3:00 p.m.  Roundtable`
 * over `14 h 50 – 15 h  Roundtable`). Either way a translation left undone. In a document of
 * French lines over English ones the copy with French values comes first (`15 h – Roundtable`
 * over `3:00 p.m. – Roundtable`): 'first' then, 'second' for the line under, null for no copy.
 */
function stackedCopy(prev: Mono | undefined, lang: Lang, u: Unit, order: StackOrder): 'first' | 'second' | null {
  if (prev === undefined || prev.lang !== lang || u.firstLine - prev.unit.lastLine > 2) return null;
  const [a, b] = [prev.unit.text.text, u.text.text];
  // The copy stands where the other language's line goes: first in a document that stacks that
  // language first (`Sessions are free…` twice under French lines over English ones).
  const slot = (order.en >= STACKED_ORDER_MIN || order.fr >= STACKED_ORDER_MIN) && (lang === 'en' ? order.fr > order.en : order.en > order.fr) ? 'first' : 'second';
  // In a document plainly stacked, a short title copied is a copy too (`Supplementary information tables`).
  const minWords = Math.max(order.en, order.fr) >= STACKED_ORDER_MIN ? STACKED_COPY_MIN_WORDS : COPY_MIN_WORDS;
  // Its words and numbers alike, the punctuation each language's (`3310 50th Avenue, Red Deer,
  // Alberta` over `3310, 50th Avenue, Red Deer (Alberta)`).
  if (a === b || wordsKey(a) === wordsKey(b)) return countWords(b) >= minWords ? slot : null;
  // A copy under its own label (`A: Tenants can apply…` over `R : Tenants can apply…`).
  const [ra, rb] = [withoutLeadingLabel(a), withoutLeadingLabel(b)];
  if (ra !== null && ra === rb) return countWords(rb) >= minWords ? slot : null;
  if (lang !== 'en') return null;
  return restyledCopy(a, b) ? 'second' : restyledCopy(b, a) ? 'first' : null;
}

/** How often each language came first in the stacked pairs of lines read so far. */
interface StackOrder {
  en: number;
  fr: number;
}
/** Stacked pairs of one order that establish it. */
const STACKED_ORDER_MIN = 3;
/** Words of a line copied over its twin in a document plainly stacked. */
const STACKED_COPY_MIN_WORDS = 2;

/** Lines of a paragraph stacked over its copy, at most. */
const BLOCK_COPY_MAX_LINES = 6;

/**
 * A paragraph of several lines (wrapped by its writer) stacked right over its copy, line for line:
 * `Passport services … by appointment only. / You can book …` twice, the second time where the
 * French goes. The copy's number of lines when `u` ends it, 0 otherwise.
 */
function stackedBlockCopy(stretch: Mono[], lang: Lang, u: Unit): number {
  const n = stretch.length;
  const text = u.text.text.trim();
  for (let k = 2; k <= BLOCK_COPY_MAX_LINES && 2 * k - 1 <= n; k++) {
    // The copy is the last k - 1 units and u; the paragraph is the k units before them.
    if (stretch[n - k].unit.text.text.trim() !== text) continue;
    let same = true;
    let words = 0;
    for (let j = 0; j < k && same; j++) {
      const original = stretch[n - 2 * k + 1 + j];
      const copied = j < k - 1 ? stretch[n - k + 1 + j] : undefined;
      const a = original.unit;
      const b = copied ? copied.unit : u;
      same = original.lang === lang && (copied === undefined || copied.lang === lang) && a.text.text.trim() === b.text.text.trim();
      // Lines that follow one another, the copy right under its paragraph.
      const next = j < k - 1 ? stretch[n - 2 * k + 2 + j].unit : stretch[n - k + 1].unit;
      if (next.firstLine - a.lastLine > 2) same = false;
      words += countWords(a.text.text);
    }
    if (same && words >= COPY_MIN_WORDS) return k;
  }
  return 0;
}

/** Words of a sentence from inside an English paragraph, at least, for its copy closing the French one to be a copy. */
const COPY_SENTENCE_MIN_WORDS = 6;

/** How far above (in lines) the English of a block may stand for a copy of it in the French block below. */
const BLOCK_COPY_LINES = 12;

/**
 * A paragraph of the French block that is an exact copy of a paragraph of the English block above
 * it (`The Employee Assistance Program offers…` under `## Programme d'aide aux employés`): the
 * French left in English, in its block's place ('second'), when a French unit stands between the
 * two.
 */
function blockCopy(stretch: Mono[], lang: Lang, u: Unit, order: StackOrder, twinBelow: boolean): 'second' | null {
  // English left in the French block; French text repeated in a French document is no copy.
  if (lang !== 'en') return null;
  const text = u.text.text.trim();
  const words = countWords(text);
  // In a document plainly stacked, a short line copied is a copy too (`(registration required)`
  // under the French of the line it closes), when it stands in the French block where its
  // original stands in the English block right above: short lines recur in a schedule.
  // So is a heading copied over the French block it opens, from the English block right above
  // (`Virtual sessions` over `Pour ceux qui ne peuvent se déplacer…`), French right under it.
  if (words < COPY_MIN_WORDS) {
    if (words >= STACKED_COPY_MIN_WORDS && twinBelow && headsBlockAbove(stretch, text, u)) return 'second';
    return words >= STACKED_COPY_MIN_WORDS && Math.max(order.en, order.fr) >= STACKED_ORDER_MIN && copiedInPlace(stretch, text) ? 'second' : null;
  }
  let crossed = false;
  // The last sentences of a paragraph copied alone (a sentence that many paragraphs end with
  // recurs: `All centres will be closed.`) only right under the French, as its last line: with
  // its own French right under it, the line is a stacked twin. So is a longer sentence from inside
  // the paragraph (`The park gate closes at 10 p.m. EDT.` under `L'arrivée se fait…`, the English
  // paragraph going on with a sentence the French left out).
  const last = stretch[stretch.length - 1];
  const closesBlock = !twinBelow && last !== undefined && last.lang !== lang && last.unit.lastLine + 1 === u.firstLine;
  for (let k = stretch.length - 1; k >= 0; k--) {
    const m = stretch[k];
    // (A copy closing the French paragraph may stand a whole block of letter paragraphs below its English.)
    if (u.firstLine - m.unit.lastLine > (closesBlock ? 2 * BLOCK_COPY_LINES : BLOCK_COPY_LINES)) return null;
    if (m.lang !== lang) crossed = true;
    else if (crossed && (m.unit.text.text.trim() === text || (closesBlock && (copiesClosingSentences(m.unit.text.text, text) || (words >= COPY_SENTENCE_MIN_WORDS && holdsSentence(m.unit.text.text, text.replace(/\s+/g, ' ')))))))
      return 'second';
  }
  return null;
}

/**
 * An English line inside a French paragraph (French lines right over and right under it), or
 * ending it (a blank line under it), that copies a sentence of the English block below it (`Final
 * reports are due…` left in English in a French-first document): the French left in English, in
 * its block's place ('second').
 */
function copiedFromBlockBelow(units: Unit[], readings: UnitReading[], i: number): 'second' | null {
  if (monoLang(readings, i) !== 'en' || i === 0 || monoLang(readings, i - 1) !== 'fr' || !nextLineUnit(units, i - 1)) return null;
  const inside = nextLineUnit(units, i);
  if (inside && monoLang(readings, i + 1) !== 'fr') return null;
  const text = units[i].text.text.replace(/\s+/g, ' ').trim();
  if (countWords(text) < COPY_MIN_WORDS) return null;
  for (let j = inside ? i + 2 : i + 1; j < units.length && units[j].firstLine - units[i].lastLine <= BLOCK_COPY_LINES; j++) {
    if (monoLang(readings, j) === 'en' && holdsSentence(units[j].text.text, text)) return 'second';
  }
  return null;
}

/** Whether `sentence` is one or more whole sentences of `text` (line breaks count as spaces). */
function holdsSentence(text: string, sentence: string): boolean {
  const a = text.replace(/\s+/g, ' ').trim();
  const at = a.indexOf(sentence);
  if (at < 0) return false;
  const after = at + sentence.length;
  return (at === 0 || /[.!?:] $/.test(a.slice(at - 2, at))) && (after === a.length || a[after] === ' ');
}

/**
 * Whether `text`, opening a block (a blank line over it), is the heading of the English block
 * right above it: the first unit of that block, after a blank line, every unit between them
 * English.
 */
function headsBlockAbove(stretch: Mono[], text: string, u: Unit): boolean {
  const last = stretch[stretch.length - 1];
  if (!last || last.lang !== 'en' || u.firstLine - last.unit.lastLine < 2) return false;
  for (let k = stretch.length - 1; k >= 0; k--) {
    const m = stretch[k];
    if (m.lang !== 'en') return false;
    const opens = k === 0 || m.unit.firstLine - stretch[k - 1].unit.lastLine >= 2;
    if (opens) return m.unit.text.text.trim() === text;
  }
  return false;
}

/**
 * Whether `copy` is the last sentences of `original` (`Sharing your PIN…` left in English under
 * the French of a paragraph that ends with it); line breaks count as spaces.
 */
function copiesClosingSentences(original: string, copy: string): boolean {
  const a = original.replace(/\s+/g, ' ').trim();
  const b = copy.replace(/\s+/g, ' ').trim();
  return a.length > b.length + 2 && a.endsWith(b) && /[.!?] $/.test(a.slice(a.length - b.length - 2, a.length - b.length));
}

/**
 * Whether `text`, after the French units that close a stretch, copies the English unit in the same
 * place of the English block right before them (the second line of the English, after the first
 * line of the French).
 */
function copiedInPlace(stretch: Mono[], text: string): boolean {
  let k = stretch.length - 1;
  let french = 0;
  for (; k >= 0 && stretch[k].lang === 'fr'; k--) french++;
  let english = 0;
  for (let e = k; e >= 0 && stretch[e].lang === 'en'; e--) english++;
  // The English block's unit at the copy's place: as many units from its start as French ones
  // stand before the copy.
  const at = k - english + 1 + french;
  return french > 0 && english > french && at <= k && stretch[at].unit.text.text.trim() === text;
}

/** Runs of monolingual units between inline lines. */
function collectStretches(units: Unit[], readings: UnitReading[], quoted: Set<number>, inColumns: Set<number>): Mono[][] {
  const stretches: Mono[][] = [];
  let stretch: Mono[] = [];
  const order: StackOrder = { en: 0, fr: 0 };
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const r = readings[i];
    if (r.kind === 'inline' || inColumns.has(i)) {
      if (stretch.length) stretches.push(stretch);
      stretch = [];
    } else if (r.kind === 'mono' && !quoted.has(i)) {
      // A sentence stacked over its exact copy is a translation left in the source language: the
      // copy stands in the other language's place, where `untranslated` reports it.
      const prev = stretch[stretch.length - 1];
      let copy = stackedCopy(prev, r.lang, u, order) ?? blockCopy(stretch, r.lang, u, order, otherLanguageBelow(units, readings, i, r.lang)) ?? copiedFromBlockBelow(units, readings, i);
      // A line the document repeats (`Monday to Friday, 8:30 a.m. to 4:00 p.m.` under a second
      // office's address) with its own translation right under it is no copy left in its place.
      if (copy === 'second' && order[r.lang] >= STACKED_ORDER_MIN && stackedTwinBelow(units, readings, i, r.lang)) copy = null;
      // A paragraph of several lines stacked over its copy: the copy's lines read before this one
      // go to the other language too.
      const block = copy === null ? stackedBlockCopy(stretch, r.lang, u) : 0;
      if (block > 0) {
        copy = 'second';
        const other = r.lang === 'en' ? 'fr' : 'en';
        for (let k = stretch.length - block + 1; k < stretch.length; k++) {
          const m = stretch[k];
          stretch[k] = { unit: m.unit, lang: other, score: -m.score, feat: features(m.unit.text.text, other, m.unit.heading, m.unit.marker) };
        }
      }
      // A line right under a line of the other language: a stacked pair, in that order.
      if (copy === null && prev !== undefined && prev.lang !== r.lang && u.firstLine - prev.unit.lastLine === 1) order[prev.lang === 'fr' ? 'fr' : 'en']++;
      const other = r.lang === 'en' ? 'fr' : 'en';
      if (copy === 'first') stretch[stretch.length - 1] = { unit: prev.unit, lang: other, score: -prev.score, feat: features(prev.unit.text.text, other, prev.unit.heading, prev.unit.marker) };
      const lang = copy === 'second' ? other : r.lang;
      stretch.push({ unit: u, lang, score: copy === 'second' ? -r.score : r.score, feat: features(u.text.text, lang, u.heading, u.marker) });
    }
  }
  if (stretch.length) stretches.push(stretch);
  return stretches;
}

/**
 * Whether unit i, of `lang`, stands in lines stacked one language over the other: a line of the
 * other language right under it, and right over it a line of the other language under one of its
 * own (not a line inside a block of the other language, whose lines are all of it).
 */
function stackedTwinBelow(units: Unit[], readings: UnitReading[], i: number, lang: Lang): boolean {
  const other = lang === 'en' ? 'fr' : 'en';
  const over = (k: number, l: Lang): boolean => monoLang(readings, k) === l && nextLineUnit(units, k);
  return otherLanguageBelow(units, readings, i, lang) && i >= 2 && over(i - 1, other) && over(i - 2, lang);
}

/** Whether unit i, of `lang`, has a unit of the other language on the line right under it. */
function otherLanguageBelow(units: Unit[], readings: UnitReading[], i: number, lang: Lang): boolean {
  const below = monoLang(readings, i + 1);
  return below !== null && below !== lang && nextLineUnit(units, i);
}

/** Inline lines needed, and their share of the language-bearing units, to read by the document's order. */
const ORDER_MIN_INLINE = 3;
const ORDER_MIN_SHARE = 0.25;
/** How much more often one language must come first. */
const ORDER_MAJORITY = 3;
/** This many inline lines that all put one language first settle the order whatever their share
 * (a news release of paragraphs stacked EN over FR, with its headings and contacts inline). */
const ORDER_UNANIMOUS = 6;

/**
 * In a document with enough inline lines that put one language first, a line cut by a slash
 * or dash whose one side reads as undecided (`Pause – Break`, `Pause` being written alike in
 * both languages) is read with that order.
 */
function rereadByOrder(units: Unit[], readings: UnitReading[], enFirst: number, frFirst: number, neutral?: NeutralFinder): void {
  const inline = enFirst + frFirst;
  const mono = readings.filter((r) => r.kind === 'mono').length;
  if (inline < ORDER_MIN_INLINE) return;
  const unanimous = inline >= ORDER_UNANIMOUS && Math.min(enFirst, frFirst) === 0;
  if (!unanimous && inline < (inline + mono) * ORDER_MIN_SHARE) return;
  const first = enFirst >= ORDER_MAJORITY * Math.max(1, frFirst) ? 'en' : frFirst >= ORDER_MAJORITY * Math.max(1, enFirst) ? 'fr' : null;
  if (!first) return;
  const dashCut = cutAtDash(units, readings);
  readings.forEach((r, i) => {
    // A document whose lines are cut at a dash (`Sans frais : … – Toll-free: …`): a line of one
    // dash read otherwise (its two sides alike, `Cégep Limoilou, 1300, 8e Avenue, local 1241 –
    // Cégep Limoilou, 1300 8e Avenue, Room 1241`, or a side's names read as the other language)
    // is cut at its dash when each side, taken whole, reads as its language.
    if (dashCut && units[i].lines.length === 1 && readOtherThanAtDash(r, units[i].text.text)) {
      const cut = readByOnlySlash(units[i].text, neutral, first, true, '–');
      if (cut && cut.kind === 'inline') {
        readings[i] = cut;
        return;
      }
    }
    if (r.kind === 'mono' && (r.cut || swappedSides(units[i].text.text))) readings[i] = readUnit(units[i].text, neutral, first);
    // A name each side of the line's one slash, the same but for a stretch that leans to each
    // side's language (`Greater Sudbury / Grand Sudbury`): the slash is the cut.
    else if (r.kind === 'mono' && units[i].lines.length === 1 && slashTwins(units[i].text.text, first)) readings[i] = readByOnlySlash(units[i].text, neutral, first) ?? r;
    // A line of one slash read whole as the first language, its second side a title of
    // capitalised words that the lexicon takes for names and only the other language's word list
    // has (`… de la rivière Churchill / Churchill River Estuary Beluga Protection Zone`).
    else if (r.kind === 'mono' && r.lang === first && units[i].lines.length === 1 && secondSideByWordLists(units[i].text.text, first)) readings[i] = readByOnlySlash(units[i].text, neutral, first) ?? r;
    // A line of one slash whose two sides are one text of the first language's word list alone
    // (`Washrooms / Washrooms` on a sign): the second side left untranslated, a pair for
    // `untranslated`, not a name both share.
    else if (r.kind === 'neutral' && units[i].lines.length === 1 && copiedSide(units[i].text.text, first)) readings[i] = readByOnlySlash(units[i].text, neutral, first) ?? r;
    // A line of one slash or bar read whole as the second language, its first side words the
    // first language's list has, all of three letters or more (`APPLICATION CENTRES | CENTRES DE
    // DEMANDE`: `application` and `centres` are French too), its second side a word only the
    // second language's list has: the sign is the cut.
    else if (r.kind === 'mono' && r.lang !== first && units[i].lines.length === 1) {
      const mark = firstSideInFirstList(units[i].text.text, first);
      if (mark) readings[i] = readByOnlySlash(units[i].text, neutral, first, false, mark) ?? r;
    }
    // A line of one slash cut into more than its two sides (names read as English on both).
    // Runs that alternate in pairs (`Point 1 | Item 1 | titre | title`) are read right already.
    else if (r.kind === 'inline' && r.runs.length > 2 && units[i].lines.length === 1) {
      // (Or one bar: `ROUTE N-3, MORNING | CIRCUIT N-3, MATIN`, its code read as shared.)
      if (!alternatingPairs(r.runs)) readings[i] = readByOnlySlash(units[i].text, neutral, first, false, oneBarOrSlash(units[i].text.text)) ?? r;
      // Unless a pair lies on one side of the line's one slash: then, when each side reads as its
      // language taken whole, the slash is the cut (French place names in the English side).
      else if (pairBesideOnlySlash(r.runs, units[i].text.text)) readings[i] = readByOnlySlash(units[i].text, neutral, first, true) ?? r;
    }
    // A line of one slash whose two runs meet elsewhere (`Captain William Spry Centre, 16 Sussex
    // Street, Spryfield / Centre Captain William Spry, 16, rue Sussex, Spryfield`, the French
    // side's name read as English): when each side reads as its language taken whole, the slash
    // is the cut.
    else if (r.kind === 'inline' && r.runs.length === 2 && units[i].lines.length === 1 && runsMeetAwayFromSlash(r.runs, units[i].text.text)) {
      readings[i] = readByOnlySlash(units[i].text, neutral, first, true, oneBarOrSlash(units[i].text.text)) ?? r;
    }
    // A line of one bar or slash still read whole as one language (`Leaves École secondaire
    // catholique Algonquin: 2:50 p.m. | Départ de l'École secondaire catholique Algonquin : 14 h
    // 50`, the name both sides write read as French): the mark is the cut when each side, taken
    // whole and without that name, reads as its language in the document's order.
    const now = readings[i];
    if (now.kind === 'mono' && units[i].lines.length === 1) readings[i] = readByOnlySlash(units[i].text, neutral, first, true, oneBarOrSlash(units[i].text.text)) ?? now;
  });
}

/** Whether the side after a line's one slash leans to the second language by the word lists, and the side before it does not. */
function secondSideByWordLists(text: string, first: 'en' | 'fr'): boolean {
  const m = onlySpacedSlash(text);
  if (!m) return false;
  const second = first === 'en' ? 'fr' : 'en';
  return listLeansTo(text.slice(m.index + m[0].length), second) && !listLeansTo(text.slice(0, m.index), second);
}

/**
 * Whether a line's one slash has the same text each side, words only the first language's list
 * has, and no name (`Lake of the Woods`); or a label of a word both languages write and its
 * colon (`Questions: ascenseurs@… / Questions: ascenseurs@…`): the second side is the other
 * language's, its colon written its way or not.
 */
function copiedSide(text: string, first: 'en' | 'fr'): boolean {
  const m = onlySpacedSlash(text);
  if (!m) return false;
  const a = text.slice(0, m.index).trim();
  if (a !== text.slice(m.index + m[0].length).trim() || isKnownPlace(a) || capitalisedName(a)) return false;
  if (leansByWordLists(a.replace(NOT_WORDS, ' '), first)) return true;
  const label = LABEL_OPENING.exec(a);
  return label !== null && dictionary('en').has(fold(label[1])) && dictionary('fr').has(fold(label[1]));
}

/** A label of one word and its colon, opening a text (`Questions:`, `Information :`). */
const LABEL_OPENING = /^(\p{Lu}\p{Ll}+)\s?:\s/u;

/**
 * The sign (a slash or a bar between spaces, the line's only one) before which every word has
 * three letters or more and is in the first language's word list, and after which a word only the
 * second language's list has stands; or null.
 */
function firstSideInFirstList(text: string, first: 'en' | 'fr'): '/' | '|' | null {
  const second = first === 'en' ? 'fr' : 'en';
  for (const mark of ['/', '|'] as const) {
    const m = onlySpacedSlash(text, mark);
    if (!m) continue;
    const words = text.slice(0, m.index).match(/\p{L}+/gu) ?? [];
    if (words.length === 0 || !words.every((w) => w.length >= 3 && dictionary(first).has(fold(w)))) continue;
    if (leansByWordLists(text.slice(m.index + m[0].length).replace(NOT_WORDS, ' '), second)) return mark;
  }
  return null;
}

/** Whether a line of one dash (and no slash) is read otherwise than as two runs meeting at it. */
function readOtherThanAtDash(r: UnitReading, text: string): boolean {
  if (onlySpacedSlash(text) || !onlySpacedSlash(text, '–')) return false;
  return r.kind === 'mono' || (r.kind === 'inline' && (r.runs.length !== 2 || !/^\s*[–—]\s*$/.test(text.slice(r.runs[0].to, r.runs[1].from))));
}

/**
 * Whether the document cuts its lines of both languages at a dash: most of its lines read as a
 * pair of two runs meet at a dash between spaces, and more than meet at a slash.
 */
function cutAtDash(units: Unit[], readings: UnitReading[]): boolean {
  let dash = 0;
  let other = 0;
  readings.forEach((r, i) => {
    if (r.kind !== 'inline' || r.runs.length !== 2) return;
    const gap = units[i].text.text.slice(r.runs[0].to, r.runs[1].from).trim();
    if (gap === '–' || gap === '—') dash++;
    else other++;
  });
  return dash >= ORDER_MIN_INLINE && dash > 2 * other;
}

/**
 * The same address on each side of a line's one slash or bar, one side written the French way
 * (`Edmonton – 9700 Jasper Avenue, Suite 940 / Edmonton – 9700, avenue Jasper, bureau 940`,
 * `391, avenue York, Winnipeg (Manitoba)  R3C 0P4 | 391 York Avenue, Winnipeg MB  R3C 0P4`), read
 * as one language for its names: the sign is the cut, and the side written the French way is French.
 */
function rereadAddressTwinLines(units: Unit[], readings: UnitReading[], neutral?: NeutralFinder): void {
  readings.forEach((r, i) => {
    if (r.kind !== 'mono' || units[i].lines.length !== 1) return;
    const twins = addressTwins(units[i].text.text);
    if (twins) readings[i] = readByOnlySlash(units[i].text, neutral, twins.first, false, twins.mark) ?? r;
  });
}

/**
 * The sign (a slash or a bar between spaces, the line's only one) whose two sides are one address,
 * the French way on one side only (`391, avenue York, Winnipeg (Manitoba)  R3C 0P4 | 391 York
 * Avenue, Winnipeg MB  R3C 0P4`, `P.O. Box 1500, Yellowknife NT | C.P. 1500, Yellowknife
 * (T.N.-O.)`), and the language of the side before it; or null.
 */
function addressTwins(text: string): { mark: '/' | '|'; first: 'en' | 'fr' } | null {
  for (const mark of ['/', '|'] as const) {
    const m = onlySpacedSlash(text, mark);
    if (!m) continue;
    const [a, b] = [text.slice(0, m.index), text.slice(m.index + m[0].length)];
    const digits = digitsOf(a);
    const frenchA = frenchAddress(a);
    if (digits !== '' && digits === digitsOf(b) && frenchA !== frenchAddress(b)) return { mark, first: frenchA ? 'fr' : 'en' };
    // A place and its province each language's way (`4. Swift Current, Saskatchewan | 4. Swift
    // Current (Saskatchewan)`, the first number the list item's marker).
    const place = placeTwins(a, b);
    if (place) return { mark, first: place };
  }
  return null;
}

/** A civic address or a postal box as French writes it (`391, avenue York`, `C.P. 1500, Yellowknife (T.N.-O.)`). */
function frenchAddress(text: string): boolean {
  return FRENCH_CIVIC_ADDRESS.test(text) || FRENCH_POSTAL_BOX.test(text.trim());
}

/** A list item's number before a place (`4. `). */
const ITEM_NUMBER = /^\d{1,2}[.)]\s+/;

/**
 * Whether two texts are one place and its province, one the English way and the other the French
 * way, in either order: the language of the first, or null.
 */
function placeTwins(a: string, b: string): 'en' | 'fr' | null {
  const [x, y] = [a.trim().replace(ITEM_NUMBER, ''), b.trim().replace(ITEM_NUMBER, '')];
  if (x.replace(/[,(].*$/, '').trim() !== y.replace(/[,(].*$/, '').trim()) return null;
  const english = (t: string): boolean => PLACE_COMMA_PROVINCE.test(t) || PLACE_CODE_POSTAL.test(t);
  return english(x) && PLACE_AND_PROVINCE.test(y) ? 'en' : english(y) && PLACE_AND_PROVINCE.test(x) ? 'fr' : null;
}

/**
 * Whether a line has one slash between spaces, and its two runs meet on one side of it, at no
 * dash or bar (`Drop-in / walk-in clinic – Clinique sans rendez-vous…`: the slash is the
 * English side's, the dash the cut).
 */
function runsMeetAwayFromSlash(runs: Run[], text: string): boolean {
  const m = onlySpacedSlash(text, oneBarOrSlash(text));
  if (!m || /\s[–—|-]\s/.test(text.slice(runs[0].to, runs[1].from))) return false;
  return runs[0].to > m.index + m[0].length || runs[1].from < m.index;
}

/** The mark that cuts a line in two: its one spaced bar, else its slash. */
function oneBarOrSlash(text: string): '|' | '/' {
  return onlySpacedSlash(text, '|') ? '|' : '/';
}

/** Whether the two sides of a line's one spaced slash are one name but for a short stretch, leaning to `first` then to the other language (oneStretchTwins). */
function slashTwins(text: string, first: 'en' | 'fr'): boolean {
  const m = onlySpacedSlash(text);
  if (!m || BAR_CUT.test(text)) return false;
  // One word shared is enough: the slash already says the line holds two sides.
  return oneStretchTwins(text.slice(0, m.index), text.slice(m.index + m[0].length), first, 1);
}

/** A line of one slash or bar between a short heading and its words in another order (`Accessible voting / Vote accessible`). */
function swappedSides(text: string): boolean {
  const sides = text.split(/\s[/|]\s/);
  return sides.length === 2 && swappedTwins(sides[0], sides[1]);
}

/** Units around a line in which its twin of the other language is looked for. */
const TWIN_REACH = 4;

/**
 * `Service Canada – Région de l'Ouest canadien et des Territoires`, read as an inline pair of
 * `Service Canada` and the rest, under `Service Canada – Western Canada and Territories Region`:
 * a line whose first side, before a spaced dash, opens a line of that side's language nearby with
 * the same dash is a name heading both lines; the line is in its other side's language.
 */
function rereadNamedHeads(units: Unit[], readings: UnitReading[]): void {
  readings.forEach((r, i) => {
    if (r.kind !== 'inline' || r.runs.length !== 2 || units[i].lines.length !== 1) return;
    const text = units[i].text.text;
    const [a, b] = r.runs;
    if (a.lang === b.lang || !/^\s*[–—-]\s*$/.test(text.slice(a.to, b.from))) return;
    const head = text.slice(a.from, b.from);
    for (let j = Math.max(0, i - TWIN_REACH); j <= Math.min(units.length - 1, i + TWIN_REACH); j++) {
      const rj = readings[j];
      if (j === i || rj.kind !== 'mono' || rj.lang !== a.lang || !units[j].text.text.trimStart().startsWith(head.trimStart())) continue;
      readings[i] = { kind: 'mono', lang: b.lang, score: b.score };
      return;
    }
  });
}

/** A block's first line reads this weakly at most to be read as the block's language. */
const WEAK_HEAD = 5;
/** A unit reads this strongly at least to tell a block's language. */
const STRONG_BLOCK = 10;
/** Lines of such units a block needs. */
const STRONG_BLOCK_LINES = 2;

/**
 * `MONCTON – MONCTON COLISEUM` over an English block (`377 Killam Drive…`, `Walk-in and
 * appointment clinic…`), `DIEPPE – CENTRE ARTHUR-J.-LEBLANC` over a French one: a block's first
 * line of names, reading weakly as the other language or as neither, heads the block and is in its language,
 * when every unit of the block that reads strongly is in that language (two lines of them at
 * least). A block of both languages (a line and its twin) is left as it is.
 */
function rereadWeakBlockHeads(units: Unit[], readings: UnitReading[]): void {
  // A heading written alike in both blocks (`MISSISSAUGA`) is a name both share.
  const seen = new Map<string, number>();
  for (const u of units) seen.set(u.text.text.trim(), (seen.get(u.text.text.trim()) ?? 0) + 1);
  for (let i = 0; i < units.length; i++) {
    const r = readings[i];
    // A line read as neither language heads a block when it is a heading of a name and its place
    // (`Cité-Jardin Housing Co-operative, Phase 2 – Gatineau`), not a person's name in a list.
    const neutralHead = r.kind === 'neutral' && SPACED_DASH.test(units[i].text.text);
    if ((r.kind !== 'mono' && !neutralHead) || (r.kind === 'mono' && Math.abs(r.score) >= WEAK_HEAD) || units[i].lines.length !== 1 || /[.!?:;,]$/.test(units[i].text.text.trim())) continue;
    if ((seen.get(units[i].text.text.trim()) ?? 0) > 1 || !hasDictionaryWord(units[i].text.text)) continue;
    if (i > 0 && nextLineUnit(units, i - 1)) continue;
    // (The head itself reads weakly or as neither: it counts for neither language.)
    const { lang } = blockLanguage(units, readings, i, blockEnd(units, i));
    if (lang && !(r.kind === 'mono' && r.lang === lang)) readings[i] = assigned(lang);
  }
  rereadWeakInBlocks(units, readings);
  rereadCopiedBlockLines(units, readings);
}

/**
 * `Fabrique de la paroisse de Saint-Roch`, the third line of an English address block, written as
 * the third line of the French block above it: a name the English block copies, in the English
 * block's place, not a French line left among English ones. Two blocks of one language each, the
 * same number of units, the line the same text at the same place in both: the copy is its block's
 * (or material both share, when its twin reads as neither language).
 */
function rereadCopiedBlockLines(units: Unit[], readings: UnitReading[]): void {
  const blocks = unitBlocks(units);
  for (let b = 1; b < blocks.length; b++) {
    const [s0, e0] = blocks[b - 1];
    const [s1, e1] = blocks[b];
    if (e0 - s0 !== e1 - s1 || e1 === s1) continue;
    for (const [own, copy] of [
      [s0, s1],
      [s1, s0],
    ]) {
      const lang = otherLinesLanguage(readings, copy, copy + (e1 - s1));
      if (!lang || otherLinesLanguage(readings, own, own + (e1 - s1)) === lang) continue;
      for (let k = 0; k <= e1 - s1; k++) {
        const r = readings[copy + k];
        if (r.kind !== 'mono' || units[copy + k].lines.length !== 1 || units[copy + k].text.text.trim() !== units[own + k].text.text.trim()) continue;
        // A twin read as neither language (a person's name, `Amélie Fontaine`, over each block's
        // title) makes the copy material both share too.
        if (readings[own + k].kind === 'neutral') readings[copy + k] = { kind: 'neutral' };
        else if (r.lang !== lang) readings[copy + k] = assigned(lang);
      }
    }
  }
}

/** The language of the units start..end read as one language, when all but one of them at most are, and two at least; else null. */
function otherLinesLanguage(readings: UnitReading[], start: number, end: number): 'en' | 'fr' | null {
  const n = { en: 0, fr: 0 };
  for (let j = start; j <= end; j++) {
    const r = readings[j];
    if (r.kind === 'mono') n[r.lang]++;
  }
  return n.en >= 2 && n.fr <= 1 ? 'en' : n.fr >= 2 && n.en <= 1 ? 'fr' : null;
}

/**
 * `## Remboursements` (read as neither language) or `## Transport commercial` (read weakly as
 * English) over a paragraph that reads strongly as French, a blank line between: a heading in
 * bold or Markdown that reads weakly heads the paragraph under it, in its language. Headings
 * stacked one over the other (`## Purpose` over `## Objet`, one per language) are left as they are.
 */
function rereadHeadingsOverParagraphs(units: Unit[], readings: UnitReading[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const r = readings[i];
    const u = units[i];
    const plain = !u.heading && plainHeading(units, i);
    if (!(u.heading || plain) || u.lines.length !== 1 || /[/|]/.test(u.text.text) || !(r.kind === 'neutral' || (r.kind === 'mono' && Math.abs(r.score) < WEAK_HEAD))) continue;
    if (!hasDictionaryWord(u.text.text) || units[i + 1].heading || units[i + 1].firstLine - u.lastLine > 2 || (i > 0 && units[i - 1].heading && u.firstLine - units[i - 1].lastLine <= 2)) continue;
    const next = readings[i + 1];
    if (next.kind !== 'mono' || Math.abs(next.score) < STRONG_BLOCK || (r.kind === 'mono' && r.lang === next.lang)) continue;
    // A heading over a paragraph and its translation stacked under it (`## Notes`) is both's.
    const after = readings[i + 2];
    // (A heading of plain text has a word of its own language: see below.)
    if (!plain && after?.kind === 'mono' && after.lang !== next.lang && !units[i + 2].heading) continue;
    // A heading with French letters is not English (`## 3. Références` over a list of English titles).
    if (next.lang === 'en' && /[àâçéèêëîïôûùüÿœ]/iu.test(u.text.text)) continue;
    // A heading of plain text (`Payment options` over an English paragraph in a document of blocks)
    // needs a word only the paragraph's language's word list has.
    if (plain && !listLeansTo(u.text.text, next.lang, 1)) continue;
    readings[i] = assigned(next.lang);
  }
}

/** Words of a heading of plain text, at most. */
const PLAIN_HEADING_WORDS = 6;

/**
 * A line of a few words standing alone between blank lines, opening with a letter and ending
 * with no punctuation, no list item: a heading in plain text (not `5. [REDACTED]`). A numbered one
 * (`2. 2027 rents`) may open with a number, and have a paragraph of lines right under it.
 */
function plainHeading(units: Unit[], i: number): boolean {
  const u = units[i];
  const text = u.text.text.trim();
  // A numbered heading (`1. Renewal application`) may have its paragraph right under it.
  const numbered = /^\d{1,2}[.)]$/.test(u.marker);
  if (u.lines.length !== 1 || (u.marker && !numbered) || !/^[\p{L}\d]/u.test(text) || /[.!?:;,]$/.test(text) || text.split(/\s+/).length > PLAIN_HEADING_WORDS) return false;
  if (!numbered && !/^\p{L}/u.test(text)) return false;
  const under = i + 1 < units.length ? units[i + 1].firstLine - u.lastLine : 0;
  return (i === 0 || u.firstLine - units[i - 1].lastLine >= 2) && (under === 2 || (numbered && under === 1 && units[i + 1].lines.length > 1));
}

/**
 * A name on a line of its own: two capitalised words at least, every word of four letters or more
 * capitalised, no sentence's or label's end (`Conseil des Atikamekw de Manawan`).
 */
function capitalisedName(text: string): boolean {
  const t = text.trim();
  if (/[.!?:;,]$/.test(t)) return false;
  const long = t.match(/\p{L}{4,}/gu) ?? [];
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** Words of three letters or more a line opens with as a line of the neighbouring block does, to be that line's twin. */
const TWIN_OPENING_WORDS = 4;

/**
 * `Société de protection des forêts contre le feu (SOPFEU) – Roberval Base` in an English block
 * under a French block that has `Société … (SOPFEU) – Base de Roberval`: a line read as the
 * language of the block next to it, that opens as a line of that block does (four words at
 * least) and goes on otherwise, in a block whose other lines that read strongly are all of the
 * other language, is the name both blocks carry, written in its own block's language. So is a
 * line that block has word for word: a sentence left untranslated, which stands in its own
 * block's place (`untranslated` reports the copy).
 */
function rereadBlockTwinNames(units: Unit[], readings: UnitReading[]): void {
  const blocks = unitBlocks(units);
  blocks.forEach(([start, end], b) => {
    for (let j = start; j <= end; j++) {
      const r = readings[j];
      if (r.kind !== 'mono' || units[j].lines.length !== 1) continue;
      const other = r.lang === 'en' ? 'fr' : 'en';
      let own = 0;
      let others = 0;
      for (let k = start; k <= end; k++) {
        const rk = readings[k];
        if (k === j || rk.kind !== 'mono' || Math.abs(rk.score) < STRONG_BLOCK) continue;
        if (rk.lang === r.lang) own++;
        else others++;
      }
      if (own > 0 || others === 0) continue;
      const words = wordsOf(units[j].text.text);
      const twinNear = [blocks[b - 1], blocks[b + 1]].some((nb) => {
        if (!nb) return false;
        const { lang } = blockLanguage(units, readings, nb[0], nb[1]);
        if (lang !== r.lang) return false;
        for (let k = nb[0]; k <= nb[1]; k++) {
          if (monoLang(readings, k) !== r.lang) continue;
          const twin = wordsOf(units[k].text.text);
          const n = sharedEnds(words, twin).head;
          // Words, not a time both open with (`1:30 p.m. – Workshop A` over `… Workshop B`).
          if (words.slice(0, n).filter((w) => /^\p{L}{3}/u.test(w)).length >= TWIN_OPENING_WORDS && n < words.length && n < twin.length) return true;
          // Or the line word for word, a sentence left untranslated in this block (`Work:
          // restoration of the foundations…` in the French block, as in the English one).
          if (n === words.length && n === twin.length && countWords(units[j].text.text) >= COPY_MIN_WORDS) return true;
        }
        return false;
      });
      if (twinNear) readings[j] = assigned(other);
    }
  });
}

/** The last unit of the block (units line after line, no blank line between) that `start` opens. */
function blockEnd(units: Unit[], start: number): number {
  let end = start;
  while (end + 1 < units.length && nextLineUnit(units, end)) end++;
  return end;
}

/** The blocks of a document, first and last unit of each, in order. */
function unitBlocks(units: Unit[]): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  for (let start = 0; start < units.length; start = blocks[blocks.length - 1][1] + 1) blocks.push([start, blockEnd(units, start)]);
  return blocks;
}

/**
 * The language of the units start..end when every unit of them that reads strongly is in it (two
 * lines of them at least), else null; and whether every unit that reads more than weakly is in one
 * language.
 */
function blockLanguage(units: Unit[], readings: UnitReading[], start: number, end: number): { lang: 'en' | 'fr' | null; oneLanguage: boolean } {
  const strong = { en: 0, fr: 0 };
  const langs = new Set<'en' | 'fr'>();
  for (let j = start; j <= end; j++) {
    const r = readings[j];
    if (r.kind !== 'mono') continue;
    if (Math.abs(r.score) >= STRONG_BLOCK) strong[r.lang] += units[j].lines.length;
    if (Math.abs(r.score) >= WEAK_HEAD) langs.add(r.lang);
  }
  const lang = strong.en >= STRONG_BLOCK_LINES && strong.fr === 0 ? 'en' : strong.fr >= STRONG_BLOCK_LINES && strong.en === 0 ? 'fr' : null;
  return { lang, oneLanguage: langs.size === 1 };
}

/** Words a weak line in a block needs to be read as the block's (`PostgreSQL 15` is a name and its version). */
const WEAK_LINE_WORDS = 2;

/** Whether a text has a word of three letters or more that a dictionary knows and that is no place's name (`Housing`, `Avenue`; not `PostgreSQL`, `Mississauga`). */
function hasDictionaryWord(text: string): boolean {
  return (text.match(/\p{L}{3,}/gu) ?? []).some((w) => !isKnownPlace(w) && inWordLists(w));
}

/** Whether either language's word list has a word. */
function inWordLists(word: string): boolean {
  const folded = fold(word);
  return dictionary('en').has(folded) || dictionary('fr').has(folded);
}

/**
 * `391 York Avenue, Suite 600` between `Prairies Region – Winnipeg` and `Winnipeg, Manitoba`, in a
 * block whose every unit that reads strongly is English (two lines of them at least): a line of
 * names reading weakly as the other language, with a line of the block's language right above it
 * and right under it, two words and one of a dictionary in it, is the block's.
 */
function rereadWeakInBlocks(units: Unit[], readings: UnitReading[]): void {
  for (const [start, end] of unitBlocks(units)) {
    // Every unit that reads more than weakly is of one language: not a stacked block, whose
    // lines alternate (`Supply Team Leader` over `Chef d'équipe de l'approvisionnement`).
    const { lang: strongLang, oneLanguage } = blockLanguage(units, readings, start, end);
    const lang = oneLanguage ? strongLang : null;
    if (lang) {
      for (let j = start + 1; j < end; j++) {
        const r = readings[j];
        // (Not a table's row, whose cells say more than its score: `| Préproduction | https://… |`.)
        if (r.kind === 'mono' && r.lang !== lang && Math.abs(r.score) < WEAK_HEAD && units[j].lines.length === 1 && !units[j].text.text.includes('|') && monoLang(readings, j - 1) === lang && monoLang(readings, j + 1) === lang && hasDictionaryWord(units[j].text.text) && countWords(units[j].text.text.replace(/[\d\W_]+/gu, ' ')) >= WEAK_LINE_WORDS) readings[j] = assigned(lang);
        // An item of a list read as neither language (`• photo ID`, a word both write and an
        // acronym), between items of the block's language: the list's, when a word of it in small
        // letters is a word of the word lists (a name's are capitalised).
        else if (r.kind === 'neutral' && units[j].marker !== '' && units[j].lines.length === 1 && (units[j - 1].marker === units[j].marker || units[j + 1]?.marker === units[j].marker) && monoLang(readings, j - 1) === lang && (monoLang(readings, j + 1) === lang || j + 1 === end) && lowerCaseListedWord(units[j].text.text)) readings[j] = assigned(lang);
      }
    }
  }
}

/** Whether a word of three letters or more in small letters is in either word list. */
function lowerCaseListedWord(text: string): boolean {
  return (text.match(/(?<![\p{L}\d])\p{Ll}{3,}(?![\p{L}\d])/gu) ?? []).some(inWordLists);
}

/** A dash between spaces, which sets two parts of a line apart. */
const SPACED_DASH = /\s[–—-]\s/;

/**
 * `MONCTON COLISEUM, HALL B – 377 Killam Drive, Moncton` over `COLISÉE DE MONCTON, SALLE B –
 * 377, promenade Killam, Moncton`: a line read as an inline pair at its dash (a name in capitals
 * read as French), stacked on a line of one language with one dash too and the same numbers, is
 * that line's twin in the other language, whole.
 */
function rereadDashedTwins(units: Unit[], readings: UnitReading[]): void {
  const digits = (text: string): string => (text.match(/\d+/g) ?? []).join(' ');
  const dashes = (text: string): number => text.split(SPACED_DASH).length - 1;
  const reread = new Map<number, UnitReading>();
  readings.forEach((r, i) => {
    if (r.kind !== 'inline' || r.runs.length !== 2 || units[i].lines.length !== 1) return;
    const text = units[i].text.text;
    const [a, b] = r.runs;
    if (a.lang === b.lang || dashes(text) !== 1 || !/^\s*[–—-]\s*$/.test(text.slice(a.to, b.from)) || digits(text) === '') return;
    for (const j of [i - 1, i + 1]) {
      const rj = readings[j];
      if (!rj || rj.kind !== 'mono' || !nextTo(units, i, j)) continue;
      const twin = units[j].text.text;
      if (dashes(twin) !== 1 || digits(twin) !== digits(text)) continue;
      const own = a.lang === rj.lang ? b : a;
      reread.set(i, { kind: 'mono', lang: own.lang, score: own.score });
      return;
    }
  });
  for (const [i, r] of reread) readings[i] = r;
}

/** Words a run must have to be taken for names copied from the line beside it. */
const COPIED_NAME_WORDS = 2;
/** Units above and below a line in which its twin is looked for (a block of contacts). */
const COPIED_NAME_REACH = 8;

/**
 * `6:45 a.m. – Fogo Island (Man O'War Cove) via Change Islands` over `6 h 45 – Île Fogo (Man
 * O'War Cove), via Change Islands`: the French line keeps the English place names, which read as
 * the English run of an inline pair. The runs of one language all of whose words the line
 * stacked beside it has (in that language) are names copied from the twin (`Cénotaphe de Barrie,
 * square Memorial, 1, promenade Lakeshore` under `Barrie Cenotaph, Memorial Square, 1 Lakeshore
 * Drive`; `Place Ben-Franklin, 101, promenade Centrepointe`); so is a last run that a line of the
 * block above or below ends with, word for word (`Commis au transport pour raisons médicales,
 * Island Lake: 1-877-326-4410` under `Medical travel clerk, Island Lake: …`). The line is in the
 * other runs' language. A line cut by a slash or a bar stays a pair (`Room 200, Main Building /
 * Salle 200, édifice principal` under `Location: Room 200, Main Building`), and so does one that
 * opens with the copied words before a spaced dash (`Room 200 – Salle 200`). Lines read as
 * neutral are read again the same way (neutralBeside).
 */
function rereadCopiedNames(units: Unit[], readings: UnitReading[]): void {
  // Each line is read against its neighbours as first read: the new readings are set at the end.
  const reread = new Map<number, UnitReading>();
  readings.forEach((r, i) => {
    if (r.kind === 'neutral') {
      const beside = neutralBeside(units, readings, i);
      if (beside) reread.set(i, beside);
      return;
    }
    if (r.kind !== 'inline' || units[i].lines.length !== 1) return;
    const text = units[i].text.text;
    // Runs set apart by a slash or a bar are the two sides of a pair (`Salle 200 / Room 200`).
    if (r.runs.some((x, k) => k > 0 && /[/|]/.test(text.slice(r.runs[k - 1].to, x.from)))) return;
    for (const names of ['en', 'fr'] as const) {
      const lang = names === 'en' ? 'fr' : 'en';
      const own = r.runs.filter((x) => x.lang === lang);
      const copied = r.runs.filter((x) => x.lang === names).map((x) => wordsOf(text.slice(x.from, x.to)));
      if (own.length === 0 || copied.length === 0 || copied.reduce((n, w) => n + w.length, 0) < COPIED_NAME_WORDS) continue;
      // So are a first run and the rest after a spaced dash (`Room 200 – Salle 200`), unless the
      // twin opens with the same words and a spaced dash too: a name each language's line opens
      // with (`SERVICE CANADA – ATLANTIC REGION` above `SERVICE CANADA – RÉGION DE L'ATLANTIQUE`).
      const dashOpening = r.runs[0].lang === names && SPACED_DASH.test(text.slice(r.runs[0].to, r.runs[1].from));
      // The twin is the line beside it (stacked lines) or a line of the block above or below.
      for (let d = 1; d <= COPIED_NAME_REACH; d++) {
        for (const j of [i - d, i + d]) {
          const rj = readings[j];
          if (!rj || rj.kind !== 'mono' || rj.lang !== names || units[j].lines.length !== 1) continue;
          const words = wordsOf(units[j].text.text);
          if (dashOpening) {
            if (copied.length !== 1 || !holdsRun(words.slice(0, copied[0].length), copied[0]) || !opensWithDashedName(units[j].text.text, copied[0].length)) continue;
            reread.set(i, { kind: 'mono', lang, score: own[0].score });
            return;
          }
          // Stacked right beside it, the names may come in another order (`Memorial Square` /
          // `square Memorial`); further away, they close both lines, word for word, after the
          // line's own words, or open both (`Best Western North Bay Hotel & Conference Centre,
          // salle Algonquin` in the block under `…, Algonquin Room`).
          const fits =
            d === 1 && nextTo(units, i, j)
              ? copied.every((w) => w.every((x) => words.includes(x)))
              : copied.length === 1 &&
                r.runs.length === 2 &&
                (r.runs[1].lang === names ? holdsRun(words.slice(words.length - copied[0].length), copied[0]) : holdsRun(words.slice(0, copied[0].length), copied[0]));
          if (!fits) continue;
          reread.set(i, { kind: 'mono', lang, score: own[0].score });
          return;
        }
      }
    }
  });
  for (const [i, r] of reread) readings[i] = r;
}

/** Whether a spaced dash follows the first `n` words of a line (`SERVICE CANADA – …`). */
function opensWithDashedName(text: string, n: number): boolean {
  const m = SPACED_DASH.exec(text);
  return m !== null && wordsOf(text.slice(0, m.index)).length === n;
}

/**
 * `Départs de Change Islands` under `Departures from Change Islands`: a line read as mixing both
 * languages whose words, once those the line beside it writes in a run of two or more are set
 * aside, read plainly as the other language, is in that language (its new reading, or null).
 */
function neutralBeside(units: Unit[], readings: UnitReading[], i: number): UnitReading | null {
  if (units[i].lines.length !== 1) return null;
  const words = wordsOf(units[i].text.text);
  if (words.length < COPIED_NAME_WORDS + 1) return null;
  for (const j of [i - 1, i + 1]) {
    const rj = readings[j];
    if (!rj || rj.kind !== 'mono' || !nextTo(units, i, j)) continue;
    const rest = withoutSharedRuns(words, wordsOf(units[j].text.text));
    if (rest.length === words.length || rest.length < COPIED_NAME_WORDS) continue;
    const score = scoreText(rest.join(' ')).score;
    if ((rj.lang === 'en' ? score : -score) < DECISION_THRESHOLD) continue;
    return { kind: 'mono', lang: rj.lang === 'en' ? 'fr' : 'en', score };
  }
  return null;
}

/** `words` without the runs of two words or more that `other` also has. */
function withoutSharedRuns(words: string[], other: string[]): string[] {
  const keep = words.map(() => true);
  for (let k = 0; k + COPIED_NAME_WORDS <= words.length; k++) {
    let longest = 0;
    for (let n = COPIED_NAME_WORDS; k + n <= words.length && holdsRun(other, words.slice(k, k + n)); n++) longest = n;
    for (let n = 0; n < longest; n++) keep[k + n] = false;
  }
  return words.filter((_, k) => keep[k]);
}

/**
 * `ACCESSIBLE VOTING` over `VOTE ACCESSIBLE`: two short headings stacked one over the other, read
 * as one language, with the same words in another order (swappedTwins) are a heading and its
 * translation. The one that reads less plainly as that language is the other.
 */
function rereadSwappedHeadings(units: Unit[], readings: UnitReading[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const [a, b] = [readings[i], readings[i + 1]];
    if (!nextTo(units, i + 1, i)) continue;
    // `MARINE ATLANTIC` over `MARINE ATLANTIQUE`, read as neither language: the same words'
    // stems under a line of one language are that line's translation.
    if ((a.kind === 'mono') !== (b.kind === 'mono') && (a.kind === 'neutral' || b.kind === 'neutral') && twinHeadings(units[i].text.text, units[i + 1].text.text)) {
      const mono = (a.kind === 'mono' ? a : b) as { lang: 'en' | 'fr' };
      const other = mono.lang === 'en' ? 'fr' : 'en';
      readings[a.kind === 'neutral' ? i : i + 1] = assigned(other);
      i++;
      continue;
    }
    if (a.kind !== 'mono' || b.kind !== 'mono' || a.lang !== b.lang) continue;
    if (!swappedTwins(units[i].text.text, units[i + 1].text.text)) continue;
    const lean = (r: { score: number }): number => (a.lang === 'en' ? -r.score : r.score);
    const k = lean(a) < lean(b) ? i : i + 1;
    const other = a.lang === 'en' ? 'fr' : 'en';
    readings[k] = assigned(other);
    i++;
  }
}

/** A province abbreviation in parentheses. */
const PROVINCE_IN_PARENTHESES = /\(([^()]{2,9})\)/g;

/**
 * `Port aux Basques (T.-N.-L.) – North Sydney (N.-É.)`: a line of names, read weakly as English,
 * that names its provinces the way only French writes them is French.
 */
function rereadFrenchProvinces(units: Unit[], readings: UnitReading[]): void {
  readings.forEach((r, i) => {
    if (r.kind === 'inline' || (r.kind === 'mono' && r.lang === 'fr')) return;
    const text = units[i].text.text;
    if (!text.includes('(')) return;
    // What leans English may be the name of the place before the parentheses (`St. John's (T.-N.-L.)`).
    if (r.kind === 'mono' && Math.abs(r.score) >= DECISION_THRESHOLD && !isKnownPlace(text.slice(0, text.indexOf('(')))) return;
    const abbreviations = [...text.matchAll(PROVINCE_IN_PARENTHESES)].map((m) => m[1].trim());
    if (abbreviations.length === 0 || !abbreviations.every((a) => FRENCH_ONLY_PROVINCE_ABBREVIATIONS.has(a))) return;
    readings[i] = { kind: 'mono', lang: 'fr', score: ASSIGNED_SCORE };
  });
}

/**
 * A line of names that writes its street the French way (`80, chemin East White Hills`) or its
 * postal box (`C.P. 1500`), in a block of French lines (the line above French, the one below
 * French or none): the French address, not a line both languages share. Alone, or among English
 * lines, it stays shared (English text often quotes a Quebec address as written).
 */
function rereadFrenchAddresses(units: Unit[], readings: UnitReading[]): void {
  readings.forEach((r, i) => {
    const text = units[i].text.text.trim();
    // A line that is a postal box written the French way (`Case postale 250`), read weakly as
    // anything, is French wherever it stands: English writes `P.O. Box`.
    if (FRENCH_POSTAL_BOX_LINE.test(text) && (r.kind === 'neutral' || (r.kind === 'mono' && Math.abs(r.score) < STREET_WORDS_SCORE))) {
      readings[i] = { kind: 'mono', lang: 'fr', score: ASSIGNED_SCORE };
      return;
    }
    // An address opening the line is read as one even where its names read as runs of both
    // languages at its commas (`1495, rue St. James, local 6`).
    const address = r.kind === 'neutral' || (r.kind === 'inline' && /^\d/.test(text) && !/\s[/|–—-]\s/.test(text));
    if (!address || !(FRENCH_CIVIC_ADDRESS.test(text) || FRENCH_POSTAL_BOX.test(text))) return;
    if (!(i > 0 && nextLineUnit(units, i - 1) && monoLang(readings, i - 1) === 'fr')) return;
    if (nextLineUnit(units, i) && monoLang(readings, i + 1) === 'en') return;
    readings[i] = { kind: 'mono', lang: 'fr', score: ASSIGNED_SCORE };
  });
}

/**
 * `Roberval, QC  G8H 2N1` and `Roberval (Québec)  G8H 2N1`, `1200 Saint-Joseph Boulevard` and
 * `1020, boulevard Saint-Joseph`, in blocks near each other: a place or a street as English writes
 * it (the province after a comma, the street's type last) and as French does (the province in
 * parentheses, the type first after the number's comma), naming the same place, are each
 * other's translation, each in its language; read alike as neither language, both would be
 * material both languages share. A line written one way alone stays as it was read (a Quebec
 * address quoted in English text).
 */
function rereadPlaceTwins(units: Unit[], readings: UnitReading[]): void {
  // (A street's words alone may read as a language: `750 des Ruisseaux Boulevard` as French.)
  // (A whole address may be cut at a comma into two languages: `Voltigeurs de Québec Armoury, 805
  // Wilfrid-Laurier Avenue, Québec City  G1R 2L3`, its name read as French.)
  const undecided = (k: number): boolean => {
    const r = readings[k];
    if (r.kind === 'inline') return wholeAddress(units[k].text.text.trim());
    return r.kind === 'neutral' || (r.kind === 'mono' && Math.abs(r.score) < STREET_WORDS_SCORE);
  };
  // A whole address, a name or a label before it or not, is a form of its own (`2. Alta Vista
  // Branch – 2516 Alta Vista Drive, Ottawa, Ontario  K1H 7V5` under `2. Succursale Alta Vista –
  // 2516, promenade Alta Vista, Ottawa (Ontario)  K1H 7V5`).
  // (Whole addresses end with their postal code: lines without one are not matched against them.)
  const englishForm = (t: string): PlaceForm | null =>
    postalCodeAtEnd(t) !== '' && ENGLISH_FULL_ADDRESS.test(t) ? 'address' : PLACE_COMMA_PROVINCE.test(t) || PLACE_CODE_POSTAL.test(t) ? 'place' : ENGLISH_STREET_LINE.test(t) ? 'street' : null;
  const frenchForm = (t: string): PlaceForm | null =>
    postalCodeAtEnd(t) !== '' && FRENCH_FULL_ADDRESS.test(t) ? 'address' : PLACE_AND_PROVINCE.test(t) ? 'place' : FRENCH_CIVIC_ADDRESS.test(t) && /^\d/.test(t) ? 'street' : null;
  // The names of a place or a street: its words of three letters or more, street types aside.
  const names = (t: string): string[] => wordsOf(t).filter((w) => w.length >= 3 && !STREET_TYPE_WORDS.has(w) && !/\d/.test(w));
  const reread = new Map<number, UnitReading>();
  const pair = (i: number, j: number): void => {
    // (A line already read as its language keeps its reading and its score.)
    reread.set(i, monoLang(readings, i) === 'en' ? readings[i] : assigned('en'));
    reread.set(j, monoLang(readings, j) === 'fr' ? readings[j] : assigned('fr'));
  };
  const twinOf = (i: number, j: number, form: PlaceForm, own: string[]): boolean => {
    if (j < 0 || j >= units.length || reread.has(j) || units[j].lines.length !== 1 || !undecided(j)) return false;
    const twin = units[j].text.text.trim();
    // The same postal code (or none) in each (a civic number may differ: number-mismatch's to tell).
    return frenchForm(twin) === form && postalCodeAtEnd(twin) === postalCodeAtEnd(units[i].text.text.trim()) && names(twin).some((w) => own.includes(w));
  };
  const far: Array<{ i: number; form: PlaceForm; own: string[] }> = [];
  units.forEach((u, i) => {
    const text = u.text.text.trim();
    const form = u.lines.length === 1 && undecided(i) ? englishForm(text) : null;
    if (!form) return;
    const own = names(text);
    for (let d = 1; d <= COPIED_NAME_REACH; d++) {
      for (const j of [i - d, i + d]) {
        if (!twinOf(i, j, form, own)) continue;
        pair(i, j);
        return;
      }
    }
    far.push({ i, form, own });
  });
  // Farther apart (the two halves of a letter, the English way in one and the French way in the
  // other): the one twin of the document, among the lines written the French way (found once:
  // a document of many addresses would otherwise test every line against every other).
  if (far.length) {
    const french = units.flatMap((u, j) => (u.lines.length === 1 && undecided(j) && frenchForm(u.text.text.trim()) !== null ? [j] : []));
    for (const { i, form, own } of far) {
      if (reread.has(i)) continue;
      let twin = -1;
      for (const j of french) {
        if (Math.abs(j - i) <= COPIED_NAME_REACH || !twinOf(i, j, form, own)) continue;
        if (twin !== -1) {
          twin = -2;
          break;
        }
        twin = j;
      }
      if (twin >= 0) pair(i, twin);
    }
  }
  for (const [k, r] of reread) readings[k] = r;
}

/** Whether a line is a whole address ending with its postal code, either language's way. */
function wholeAddress(text: string): boolean {
  return postalCodeAtEnd(text) !== '' && (ENGLISH_FULL_ADDRESS.test(text) || FRENCH_FULL_ADDRESS.test(text));
}

/** How a line of rereadPlaceTwins gives a place: a place and its province, a street, or a whole address. */
type PlaceForm = 'place' | 'street' | 'address';

/** Below this score, a line read as French for its street's words alone may be English. */
const STREET_WORDS_SCORE = 10;

/**
 * `2757 chemin de Saint-Jean-des-Piles, Shawinigan, QC  G0X 2V0` over or under English lines: a
 * Quebec street in an English address (no comma after the number, the province's code), read as
 * French for its street's words; the English address, which its French twin follows.
 */
function rereadEnglishAddresses(units: Unit[], readings: UnitReading[]): void {
  // Between two English lines, a French name before the street may read strongly as French
  // (`Regroupement des aînés de l'Île, 2100 Saint-Joseph Boulevard East, Suite 200`).
  const betweenEnglish = (i: number): boolean => i > 0 && nextLineUnit(units, i - 1) && monoLang(readings, i - 1) === 'en' && nextLineUnit(units, i) && monoLang(readings, i + 1) === 'en';
  readings.forEach((r, i) => {
    if (r.kind !== 'inline' && r.kind !== 'mono') return;
    const text = units[i].text.text.trim();
    // A whole English address cut at its commas or its dash (`182 de l'Église Street, Tadoussac,
    // Quebec  G0T 2A0`, the Quebec street's name read as French; `Sinclair Centre, 757 West
    // Hastings Street, Vancouver – Suite 400`): no slash or bar cuts it, and no part of it is a
    // street as French writes it.
    if (r.kind === 'inline') {
      if (/\s[/|]\s/.test(text) || FRENCH_CIVIC_ADDRESS.test(text) || !text.split(/,\s*|\s[–—-]\s/).some((part) => ENGLISH_STREET_LINE.test(part))) return;
    } else if (r.kind !== 'mono' || r.lang !== 'fr' || (r.score >= STREET_WORDS_SCORE && !betweenEnglish(i))) return;
    // Or a street as English writes it after a building's name (`Complexe Jules-Dallaire, 2828
    // Laurier Boulevard, Suite 500`).
    else if (!ENGLISH_FORMAT_ADDRESS.test(text) && !text.split(/,\s*/).some((part) => ENGLISH_STREET_LINE.test(part))) return;
    const english = (i > 0 && nextLineUnit(units, i - 1) && monoLang(readings, i - 1) === 'en') || (nextLineUnit(units, i) && monoLang(readings, i + 1) === 'en');
    if (english) readings[i] = assigned('en');
  });
}

/** Words of a name that opens both twins of a heading before a dash (`NAV CANADA`). */
const OPENING_NAME_WORDS = 3;

/**
 * `NAV CANADA – AVIS DE SERVICE` under `NAV CANADA – SERVICE NOTICE`: a name that opens a line
 * before a spaced dash, and opens so a line of its own language's reading nearby, is the name
 * both twins carry, not the English of the French words after it. The line is in their language.
 */
function rereadSharedOpeningNames(units: Unit[], readings: UnitReading[]): void {
  readings.forEach((r, i) => {
    if (r.kind !== 'inline' || r.runs.length !== 2) return;
    const text = units[i].text.text;
    const [name, rest] = r.runs;
    if (!SPACED_DASH.test(text.slice(name.to, rest.from))) return;
    const opening = text.slice(name.from, name.to).trim();
    if (countWords(opening) > OPENING_NAME_WORDS || !/^\p{Lu}/u.test(opening)) return;
    for (let d = 1; d <= COPIED_NAME_REACH; d++) {
      for (const j of [i - d, i + d]) {
        const rj = readings[j];
        if (!rj || rj.kind !== 'mono' || rj.lang !== name.lang) continue;
        const twin = units[j].text.text.trim();
        if (twin.startsWith(opening) && SPACED_DASH.test(twin.slice(opening.length, opening.length + 3))) {
          readings[i] = { kind: 'mono', lang: rest.lang, score: ASSIGNED_SCORE };
          return;
        }
      }
    }
  });
}

/** Whether unit j is a line right above or below the line of unit i (no blank line between them). */
function nextTo(units: Unit[], i: number, j: number): boolean {
  const u = units[j];
  return u !== undefined && u.lines.length === 1 && (u.lastLine + 1 === units[i].firstLine || units[i].lastLine + 1 === u.firstLine);
}

/** The words of a text, lower-cased, without the punctuation between them. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** Whether `words` holds `run` as consecutive words. */
function holdsRun(words: string[], run: string[]): boolean {
  for (let k = 0; k + run.length <= words.length; k++) {
    let n = 0;
    while (n < run.length && words[k + n] === run[n]) n++;
    if (n === run.length) return true;
  }
  return false;
}

/** Runs that make pairs one after the other: an even number, each pair of two languages. */
function alternatingPairs(runs: Run[]): boolean {
  if (runs.length % 2 !== 0) return false;
  for (let k = 0; k < runs.length; k += 2) if (runs[k].lang === runs[k + 1].lang) return false;
  return true;
}

/** Inline rows of an English and a French column, cut at a wide gap, that show a document so laid out. */
const COLUMN_ROWS_MIN = 2;

/**
 * In a document laid out in an English and a French column (`OFFICE HOURS      HEURES
 * D'OUVERTURE`), a row of two cells read in one language, or as neither, or cut elsewhere than
 * at its gap, is read again as a row of the two columns: its cell of words both languages use
 * (`Suite 200      bureau 200`, a street name) is in the language of its column.
 */
function rereadColumnRows(units: Unit[], readings: UnitReading[], neutral?: NeutralFinder): void {
  const left = columnLeft(units, readings);
  if (!left) return;
  readings.forEach((r, i) => {
    const u = units[i];
    if (u.lines.length !== 1 || !COLUMN_GAP.test(u.text.text)) return;
    // Inline lines stay as read, save a row cut elsewhere than at its gap (`Suite 310` read as
    // French: `85 Harbour Road | Suite 310      85, chemin Harbour`; a French cell cut again at
    // its dash, `Le 14 avril 2026 – Fredericton (Nouveau-Brunswick)`).
    // A row whose first cell opens with what the line's reader set aside (`Hwy 3, Fernie to
    // Sparwood: …`, `Hwy 3` read as a code both languages share) is read again by its columns.
    if (r.kind === 'inline' && cutAtGap(r, u.text.text) && u.text.text.slice(0, r.runs[0].from).trim() === '') return;
    // A row whose right cell copies the left one (`Permit amendment: $15      Permit amendment:
    // $15`), text that reads plainly as the left column's language: the right column's cell left
    // untranslated, a pair for `untranslated` to report, not material both share. (A name written
    // alike in both columns stays shared.)
    const row = readColumnRow(u.text, left, neutral) ?? (r.kind === 'neutral' && copiedCell(u.text.text, left) ? readColumnRow(u.text, left, neutral, true) : null);
    if (row) readings[i] = row;
  });
}

/** How plainly a copied cell's text must read as the left column's language. */
const COPIED_CELL_SCORE = 3;

/** Whether a row is one cell written twice across a column gap, its text a phrase plainly of `left`'s language, not a name. */
function copiedCell(text: string, left: 'en' | 'fr'): boolean {
  const m = /\S(\s{3,}|\t+)\S/.exec(text);
  if (!m) return false;
  const cut = m.index + 1;
  const a = text.slice(0, cut).trim();
  // Words of a phrase, one in small letters at least (not `assessment` wrapped alone, nor `Barry's Bay`).
  if (a !== text.slice(cut + m[1].length).trim() || capitalisedName(a) || countWords(a) < 2 || !/(?<![\p{L}'’])\p{Ll}{4,}/u.test(a)) return false;
  const score = scoreText(a).score;
  return (left === 'en' ? -score : score) >= COPIED_CELL_SCORE;
}

/** An inline unit of two runs of both languages cut at a column gap (`OFFICE HOURS      HEURES D'OUVERTURE`). */
function cutAtGap(r: UnitReading, text: string): boolean {
  return r.kind === 'inline' && r.runs.length === 2 && r.runs[0].lang !== r.runs[1].lang && COLUMN_GAP.test(text.slice(r.runs[0].to, r.runs[1].from));
}

/** The language of the left column when enough rows cut at a gap all put it there; else null. */
function columnLeft(units: Unit[], readings: UnitReading[]): 'en' | 'fr' | null {
  const rows = { en: 0, fr: 0 };
  readings.forEach((r, i) => {
    if (r.kind !== 'inline' || !cutAtGap(r, units[i].text.text)) return;
    // A row whose two cells are one name (`Centre de santé Saint-Boniface,` in each) says nothing of the columns' order.
    const text = units[i].text.text;
    const cell = (run: Run): string => text.slice(run.from, run.to).replace(/[\s,.;:]+$/u, '');
    if (cell(r.runs[0]) === cell(r.runs[1])) return;
    rows[r.runs[0].lang]++;
  });
  return rows.en >= COLUMN_ROWS_MIN && rows.fr === 0 ? 'en' : rows.fr >= COLUMN_ROWS_MIN && rows.en === 0 ? 'fr' : null;
}

/** A row of an English and a French column: the unit's one line, cut at its gap. */
interface ColumnRow {
  en: MappedText;
  fr: MappedText;
}

/** The two cells of a unit read as a row of the two columns, the left one in `left`. */
function columnRow(u: Unit, r: UnitReading, left: 'en' | 'fr'): ColumnRow | null {
  if (r.kind !== 'inline' || u.lines.length !== 1 || r.runs.length !== 2 || r.runs[0].lang !== left || r.runs[1].lang === left) return null;
  const text = u.text.text;
  const gap = COLUMN_GAP.exec(text.slice(r.runs[0].to, r.runs[1].from));
  if (!gap) return null;
  // Everything left of the gap is the left cell, everything right of it the right one (a zone in
  // parentheses, a closing bracket included).
  let from = r.runs[0].to + gap.index;
  let to = from + gap[0].length;
  while (from > 0 && /\s/.test(text[from - 1])) from--;
  while (to < text.length && /\s/.test(text[to])) to++;
  const a = u.text.slice(0, from).trim();
  const b = u.text.slice(to).trim();
  // A cell with a gap of its own is a row of a table of more columns, not of two.
  if (a.length === 0 || b.length === 0 || COLUMN_GAP.test(a.text) || COLUMN_GAP.test(b.text)) return null;
  return left === 'en' ? { en: a, fr: b } : { en: b, fr: a };
}

/** Ends a sentence, an item or a label: the line after it starts anew. */
const CELL_END = /[.?!:;]["'’”»)]*$/;
/** Ends on a word or sign that a sentence goes on after: a comma, a hyphen, an article or a preposition. */
const CELL_GOES_ON_WORD = /(?:[,\-–]|\b(?:the|an|of|to|and|or|at|in|on|for|from|with|by|de|du|des|la|le|les|l['’]|d['’]|au|aux|pour|et|ou|en|sur|un|une|par|avec|dans))$/iu;
/** The article `a` and the preposition `à` in small letters only: a capital letter is a label (`Hall A`, `Room B`). */
const CELL_GOES_ON_LETTER = /(?<![\p{L}])[aà]$/u;
/** Whether a cell ends on a word or sign that a sentence goes on after. */
function cellGoesOn(text: string): boolean {
  return CELL_GOES_ON_WORD.test(text) || CELL_GOES_ON_LETTER.test(text);
}
/** A preposition, article or conjunction opening a line, in capitals or not. */
const OPENS_ON_CONNECTIVE = /^(?:de|du|des|d['’]|of|for|and|et|or|ou|to|à|au|aux|en|sur|in|on|the|la|le|les)(?![\p{L}])/iu;
/** A heading in capitals wrapped onto the next line of its column (`4. INSPECTION – LICENCE D'ÉTABLISSEMENT` over `DE PRODUITS PHARMACEUTIQUES`). */
function capsHeadingGoesOn(a: string, b: string): boolean {
  return isAllCaps(a) && isAllCaps(b) && OPENS_ON_CONNECTIVE.test(b);
}
/** A cell of a number, a phone number, an amount or an address alone. */
const VALUE_CELL = /^(?:\+?[\d\s().$,\u00a0-]+|[\w.+-]+@[\w.-]+|(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?)$/u;
/** A cell of a web or e-mail address alone (a VALUE_CELL that opens on no digit). */
function addressCell(text: string): boolean {
  const t = text.trim();
  return VALUE_CELL.test(t) && /^\D/.test(t);
}
/** The two spaces Canada Post puts before a postal code (`Gatineau (Québec)  K1A 0M8`). */
const BEFORE_POSTAL_CODE = / {2}(?=[A-Z]\d[A-Z] ?\d[A-Z]\d\b)/g;
/** The narrowest gap between two columns laid out with spaces. */
const COLUMN_GAP_MIN = 2;
/** What a writer's wrapping may leave unused of a column's width. */
const CELL_SLACK = 2;
/** A cell this much of its column's width is a full line, wrapped because the next word did not fit… */
const FULL_CELL = 0.8;
/** …in a column of prose this wide at least (short cells are a table's). */
const PROSE_WIDTH = 35;
/** Spaces a cell ends at least this far before the right column's start (a gap of two). */
const EDGE_GAP = 2;
/** A cell of one acronym, in parentheses or not (`(EDT).`). */
const ACRONYM_CELL = /^\(?\p{Lu}{2,5}\)?[.,;]?$/u;
/** A cell that opens an item of a list (`- votre carte`, `• 9 h`). */
const ITEM_OPENING = /^[-•*–▪◦●]\s+/;

/** One line of a unit in the two columns: a cell may be empty (a line wrapped in one column only). */
interface LineRow extends ColumnRow {
  /** Index of the unit the line belongs to. */
  unit: number;
  /** The line opens an item of a list (its marker, set apart, is in neither cell). */
  item: boolean;
}

/**
 * Where the right column starts (a character count from the line's start): the commonest start of
 * the right cell of rows cut at a gap, when at least COLUMN_ROWS_MIN rows start it there.
 */
function rightColumnStart(doc: SourceDocument, units: Unit[], readings: UnitReading[], left: 'en' | 'fr'): number | null {
  const starts = new Map<number, number>();
  units.forEach((u, i) => {
    const row = columnRow(u, readings[i], left);
    if (!row || doc.line(u.firstLine).includes('\t')) return;
    const right = left === 'en' ? row.fr : row.en;
    const at = right.offsetAt(0) - doc.lineStarts[u.firstLine - 1];
    starts.set(at, (starts.get(at) ?? 0) + 1);
  });
  let best: number | null = null;
  let count = 0;
  for (const [at, n] of starts) if (n > count) [best, count] = [at, n];
  return count >= COLUMN_ROWS_MIN ? best : null;
}

/**
 * The lines of a unit cut at the right column's start: each line's text left of it is the left
 * column's, the rest the right one's, when the cut falls in white space (a line wrapped in one
 * column leaves the other cell empty). Null when a line crosses the cut or has a gap of its own
 * (a row of a table of more columns).
 */
function lineRows(doc: SourceDocument, u: Unit, unit: number, start: number, left: 'en' | 'fr'): LineRow[] | null {
  const rows: LineRow[] = [];
  for (const l of u.lines) {
    const raw = doc.line(l.line);
    if (raw.includes('\t') || raw.slice(Math.max(0, start - EDGE_GAP), start).trim() !== '') return null;
    const lineStart = doc.lineStarts[l.line - 1];
    let cut = 0;
    while (cut < l.text.length && l.text.offsetAt(cut) < lineStart + start) cut++;
    const a = l.text.slice(0, cut).trim();
    let b = l.text.slice(cut).trim();
    // A bar drawn between the columns (`Quiet hours: …   |`, its French cell empty) is layout.
    if (/^[|│]/.test(b.text)) b = b.slice(1).trim();
    // Two spaces before a postal code are Canada Post's, not a gap between columns.
    if (COLUMN_GAP.test(a.text.replace(BEFORE_POSTAL_CODE, ' ')) || COLUMN_GAP.test(b.text.replace(BEFORE_POSTAL_CODE, ' '))) return null;
    // The left cell's marker was set apart by the line's reader; the right one's is set apart here.
    const marker = ITEM_OPENING.exec(b.text);
    if (marker) b = b.slice(marker[0].length).trim();
    const item = l.marker !== '' || marker !== null;
    rows.push(left === 'en' ? { en: a, fr: b, unit, item } : { en: b, fr: a, unit, item });
  }
  return rows;
}

/**
 * Rows of a document laid out in an English and a French column (pdftotext -layout) that make
 * one paragraph in each column: the index of each paragraph's first unit, mapped to its line rows.
 * Each column was wrapped at its own width, so a date or an amount may sit on one row in English
 * and on the next in French, or on a line of its own under one column; read row by row, both would
 * be missing. A row goes on into the next when one of its cells shows it (a full line of prose, a
 * comma or an article at its end, the next English cell in lower case), unless both cells end a
 * sentence or the next row opens an item of a list; a line of one column goes on the cell above it
 * in that column when that cell shows it.
 */
function columnParagraphs(doc: SourceDocument, units: Unit[], readings: UnitReading[]): Map<number, LineRow[]> {
  const out = new Map<number, LineRow[]>();
  const left = columnLeft(units, readings);
  if (!left) return out;
  const start = rightColumnStart(doc, units, readings, left);
  const rowsOf = units.map((u, i) => {
    if (start !== null) return lineRows(doc, u, i, start, left);
    const row = columnRow(u, readings[i], left);
    return row ? [{ ...row, unit: i, item: u.marker !== '' }] : null;
  });
  // Each column's width: its longest cell.
  const width = { en: 0, fr: 0 };
  for (const rows of rowsOf) {
    for (const c of rows ?? []) {
      width.en = Math.max(width.en, c.en.length);
      width.fr = Math.max(width.fr, c.fr.length);
    }
  }
  // A cell that starts in lower case goes on from the one above in English; French starts
  // items and addresses so too (`le samedi 21 mars`, `boulevard Laurier`).
  const firstWord = (m: MappedText): string => (/^\S+/.exec(m.text)?.[0] ?? '').toLowerCase();
  // A full cell of the left column whose next row's first word would have fitted before the right
  // column (`Calgary TELUS Convention Centre, Macleod Hall D` over `Free parking for participants`)
  // was not wrapped there.
  const fitsLeft = (a: MappedText, b: MappedText, lang: 'en' | 'fr'): boolean => lang === left && start !== null && a.length + 1 + firstWord(b).length <= start - COLUMN_GAP_MIN - CELL_SLACK;
  // A web or e-mail address alone goes on only after a word a sentence goes on after (`write to`).
  const goesOn = (a: MappedText, b: MappedText, lang: 'en' | 'fr'): boolean =>
    !CELL_END.test(a.text) &&
    (!addressCell(b.text) || cellGoesOn(a.text)) &&
    ((lang === 'en' && /^\p{Ll}/u.test(b.text)) || cellGoesOn(a.text) || capsHeadingGoesOn(a.text, b.text) || (width[lang] >= PROSE_WIDTH && a.length >= FULL_CELL * width[lang] && !fitsLeft(a, b, lang)));
  // Items of a list: rows that open alike in both columns (`Saturday, March 21…` / `le samedi…`
  // over `Saturday, March 28…` / `le dimanche…`), or labels with their numbers.
  const items = (a: ColumnRow, b: ColumnRow): boolean =>
    (firstWord(a.en) === firstWord(b.en) && firstWord(a.fr) === firstWord(b.fr)) || [a.en, a.fr, b.en, b.fr].every((c) => LABELLED_NUMBER.test(c.text));
  // A heading in capitals does not run on into text in small letters, nor the reverse; a cell
  // of no letters (`75%.`), or of an acronym alone (`(EDT).`), is neither.
  const capsApart = (a: MappedText, b: MappedText): boolean => {
    const caps = (m: MappedText): boolean | null => (/\p{Ll}/u.test(m.text) ? false : /\p{Lu}/u.test(m.text) && !ACRONYM_CELL.test(m.text) ? true : null);
    const [x, y] = [caps(a), caps(b)];
    return x !== null && y !== null && x !== y;
  };
  // Entries of a schedule: a paragraph that opens with a time or a number in both columns ends
  // where the next row opens so again (`2:45 p.m. – Lightning talks…` / `15 h 45 – …`, then
  // `4:00 p.m. – Poster session…`), whatever its wrapping.
  const opensWithNumber = (r: ColumnRow): boolean => /^\d/.test(r.en.text) && /^\d/.test(r.fr.text);
  /** Whether row b goes on the paragraph whose first row is `head` and last cells (each column's last non-empty one) are in a. */
  const continues = (head: ColumnRow, a: ColumnRow, b: LineRow): boolean => {
    if (b.item || (opensWithNumber(head) && opensWithNumber(b))) return false;
    if (b.en.length === 0 || b.fr.length === 0) {
      const lang = b.en.length === 0 ? 'fr' : 'en';
      // Labelled rows one under the other (`After hours: …` over `Quiet hours: …`, whose French
      // cell is empty): items of a list, not a cell wrapped.
      // So is any labelled row (`Le Deux-Criques Trail: 2 of 3 loops closed` under `Mékinac
      // Trail closed until the snow arrives`, which ends no sentence): a cell wrapped goes on with
      // its words, not with a label of its own.
      if (LABELLED_LINE.test(b[lang].text)) return false;
      // A label's value wrapped onto the next line of its column (`Visites de groupe (10
      // personnes ou plus) :` over `819-776-7041`).
      if (/:$/.test(a[lang].text.trim()) && VALUE_CELL.test(b[lang].text.trim())) return true;
      return a[lang].length > 0 && !capsApart(a[lang], b[lang]) && goesOn(a[lang], b[lang], lang);
    }
    const ends = (CELL_END.test(a.en.text) && CELL_END.test(a.fr.text)) || capsApart(a.en, b.en) || capsApart(a.fr, b.fr);
    // Both cells of the row going on from the ones above: the French in lower case, the English
    // too or in parentheses (`(EDT).` under `All times are Eastern Daylight Time`, beside `de
    // l'Est (HNE).` under `Toutes les heures sont à l'heure avancée`).
    // (Not a row of web or e-mail addresses, in small letters as they are written.)
    const bothGoOn = !CELL_END.test(a.en.text) && !CELL_END.test(a.fr.text) && /^[(\p{Ll}]/u.test(b.en.text) && /^\p{Ll}/u.test(b.fr.text) && !(VALUE_CELL.test(b.en.text.trim()) && VALUE_CELL.test(b.fr.text.trim()));
    // Both cells opening with a capital or a number after cells that stop on no comma, article or
    // preposition (`…pilot car 7:00 a.m. to 7:00 p.m. MDT` over `Bull River Road closed…`, a
    // timed entry under a note): a row of its own, however full the cells above.
    const bothOpen = /^[\p{Lu}\d]/u.test(b.en.text) && /^[\p{Lu}\d]/u.test(b.fr.text) && !cellGoesOn(a.en.text) && !cellGoesOn(a.fr.text);
    return !items(a, b) && !ends && !bothOpen && (goesOn(a.en, b.en, 'en') || goesOn(a.fr, b.fr, 'fr') || bothGoOn);
  };
  for (let i = 0; i < units.length; i++) {
    const first = rowsOf[i];
    // A paragraph opens on a row of both columns.
    if (!first || first[0].en.length === 0 || first[0].fr.length === 0) continue;
    const rows = [...first];
    const last: ColumnRow = { en: first[0].en, fr: first[0].fr };
    const take = (r: LineRow): void => {
      if (r.en.length > 0) last.en = r.en;
      if (r.fr.length > 0) last.fr = r.fr;
    };
    // The lines of one unit are one paragraph: the reader joined them already.
    for (const r of first.slice(1)) take(r);
    let j = i;
    while (j + 1 < units.length && rowsOf[j + 1] && units[j + 1].firstLine === units[j].lastLine + 1 && continues(first[0], last, rowsOf[j + 1]![0])) {
      j++;
      for (const r of rowsOf[j]!) take(r);
      rows.push(...rowsOf[j]!);
    }
    // One row alone is read as any inline line is; a unit of several lines in the columns is not.
    // Nor is a row that the inline reading cuts elsewhere than between the columns (a double
    // space before a postal code, a colon in a title): the columns say where its sides are.
    if (rows.length > 1 || (start !== null && rows[0].en.length > 0 && rows[0].fr.length > 0 && !cutAtColumns(readings[i], units[i].text.text, rows[0]))) out.set(i, rows);
    i = j;
  }
  return out;
}

/**
 * Whether an inline reading's two runs are a row's two cells, but for material of no words left
 * out of them (a row's number, `003  Overbrook Community Centre`).
 */
function cutAtColumns(r: UnitReading, unitText: string, row: ColumnRow): boolean {
  if (r.kind !== 'inline') return true;
  if (r.runs.length !== 2) return false;
  const fits = (run: Run | undefined, cell: MappedText): boolean => {
    if (!run) return false;
    const text = unitText.slice(run.from, run.to).trim();
    const at = cell.text.indexOf(text);
    return at >= 0 && !/\p{L}{2}/u.test(cell.text.slice(0, at) + cell.text.slice(at + text.length));
  };
  return fits(r.runs.find((x) => x.lang === 'en'), row.en) && fits(r.runs.find((x) => x.lang === 'fr'), row.fr);
}

/** The line rows of two columns as one pair: each column's cells joined with spaces. */
function emitColumnParagraph(doc: SourceDocument, readings: UnitReading[], rows: LineRow[], out: Emitted[]): void {
  const en = new MappedTextBuilder();
  const fr = new MappedTextBuilder();
  let scores = 0;
  let scored = 0;
  let unit = -1;
  const items = { en: [] as number[], fr: [] as number[] };
  const last = { en: '', fr: '' };
  for (const row of rows) {
    const r = readings[row.unit];
    if (row.unit !== unit && r.kind === 'inline' && r.runs.length >= 2) {
      scores += Math.abs(r.runs[0].score - r.runs[1].score);
      scored++;
    }
    unit = row.unit;
    for (const [b, cell, lang] of [
      [en, row.en, 'en'],
      [fr, row.fr, 'fr'],
    ] as const) {
      if (cell.length === 0) continue;
      if (b.length > 0) {
        const at = cell.offsetAt(0);
        b.appendReplacement(' ', at, at);
        // A row that opens anew (a capital or a number after a cell that ends no phrase midway)
        // is a line of its own, as an item of a list is (Segment.items): `Lightning talks: five
        // minutes…` under `2:45 p.m. – Lightning talks by early-career researchers`.
        if (OPENS_ROW.test(cell.text) && !ROW_GOES_ON.test(last[lang])) items[lang].push(b.length);
      }
      b.appendMapped(cell);
      last[lang] = cell.text;
    }
  }
  const gap = scored > 0 ? scores / scored : 2;
  const enSeg = segment(doc, en.build(), 'en');
  const frSeg = segment(doc, fr.build(), 'fr');
  if (items.en.length) enSeg.items = items.en;
  if (items.fr.length) frSeg.items = items.fr;
  push(out, { en: enSeg, fr: frSeg, method: 'inline', score: round(logistic((gap - 2) / 2)) });
}

/** A cell that opens a line of its own: a capital letter or a digit first. */
const OPENS_ROW = /^[\p{Lu}\d]/u;
/** A cell that ends midway through a phrase: a comma, a dash, a colon, an article or preposition. */
const ROW_GOES_ON = /(?:[,;:–—-]|\b(?:the|a|an|of|to|and|or|for|in|on|at|by|with|le|la|les|un|une|des|du|de|et|ou|à|au|aux|en|par|pour|sur|dans|avec))\s*$/iu;

/** A colon with white space before it, as French writes it (`ATS : 1-800-555-0100`). */
const FRENCH_COLON = /\s:/;

/**
 * `TTY: 1-800-555-0100` over `ATS : 1-800-555-0100`: two lines of a label and a number, whose
 * labels (acronyms, words both languages write alike) read as no language, are a stacked pair
 * when only one writes its colon the French way, with white space before it, and the numbers have
 * as many digits. Read as neither, they would be shared material, their numbers never compared.
 */
function rereadLabelledNumbers(units: Unit[], readings: UnitReading[]): void {
  let oneLang: boolean | undefined;
  for (let i = 0; i + 1 < units.length; i++) {
    if (readings[i].kind !== 'neutral' || readings[i + 1].kind !== 'neutral') continue;
    const a = units[i];
    const b = units[i + 1];
    if (a.lines.length !== 1 || b.lines.length !== 1 || b.firstLine !== a.lastLine + 1) continue;
    const ta = a.text.text.trim();
    const tb = b.text.text.trim();
    if (!LABELLED_NUMBER.test(ta) || !LABELLED_NUMBER.test(tb)) continue;
    // Labels of a known pair say which is which (`TTY:` over `ATS:`, the French colon left out).
    const known = labelPairOrder(ta, tb);
    if (known === null && FRENCH_COLON.test(ta) === FRENCH_COLON.test(tb)) continue;
    if (digitsOf(ta).length !== digitsOf(tb).length) continue;
    // Not in a document of one language: a French colon is a typing slip in an English one.
    const has = (lang: 'en' | 'fr'): boolean => readings.some((r) => r.kind === 'mono' && r.lang === lang);
    oneLang ??= has('en') !== has('fr');
    if (oneLang) return;
    const aFr = known !== null ? known === 'fr' : FRENCH_COLON.test(ta);
    readings[i] = { kind: 'mono', lang: aFr ? 'fr' : 'en', score: aFr ? DECISION_THRESHOLD : -DECISION_THRESHOLD };
    readings[i + 1] = { kind: 'mono', lang: aFr ? 'en' : 'fr', score: aFr ? -DECISION_THRESHOLD : DECISION_THRESHOLD };
    i++;
  }
}

/**
 * Lines of a label and a number read as no language (or weakly as the other) (`TTY:
 * 1-866-553-0554` in the English block, `ATS : 1-866-553-0545` in the French one):
 * when the document has both labels of a known pair, each label says its line's language, and the
 * checks then compare the numbers. Only in a document of both languages.
 */
function rereadOneLanguageLabels(units: Unit[], readings: UnitReading[]): void {
  const has = (lang: 'en' | 'fr'): boolean => readings.some((r) => r.kind === 'mono' && r.lang === lang);
  if (!has('en') || !has('fr')) return;
  const labelled = new Map<number, string>();
  units.forEach((u, i) => {
    const text = u.text.text.trim();
    const r = readings[i];
    // Read as neither language, or weakly as the other (`ATS` has English letters).
    if ((r.kind !== 'neutral' && !(r.kind === 'mono' && Math.abs(r.score) < WEAK_TWIN)) || u.lines.length !== 1 || !LABELLED_NUMBER.test(text)) return;
    labelled.set(i, labelOf(text));
  });
  const labels = new Set(labelled.values());
  for (const [i, label] of labelled) {
    const lang = LABEL_PAIRS.some(([en, fr]) => en === label && labels.has(fr)) ? 'en' : LABEL_PAIRS.some(([en, fr]) => fr === label && labels.has(en)) ? 'fr' : null;
    const r = readings[i];
    if (lang && !(r.kind === 'mono' && r.lang === lang)) readings[i] = assigned(lang);
  }
}

/** The label of a labelled line, lower-cased, without its abbreviation's period (`Tél.` → `tél`). */
function labelOf(text: string): string {
  return (/^([\p{L}.]+)/u.exec(text)?.[1] ?? '').replace(/\.$/, '').toLowerCase();
}

/**
 * The left cell of a row whose right cell is empty (`Le Deux-Criques Trail: 2 of 3 loops closed
 * |`), read as two runs that are no translation of each other, is one cell in one language, not
 * a label and its text in two: read whole, it is a line with no translation beside it.
 */
function readOneCells(units: Unit[], readings: UnitReading[]): void {
  units.forEach((u, i) => {
    const r = readings[i];
    if (!u.oneCell || r.kind !== 'inline' || r.runs.length !== 2 || r.runs[0].lang === r.runs[1].lang) return;
    // A pair written inside the cell (`Winter: closed / Hiver : fermé`) stays a pair: its runs
    // meet at a slash, or translate each other.
    const text = u.text.text;
    if (/\s\/\s/.test(text.slice(r.runs[0].to, r.runs[1].from)) || runsTranslate(text, r.runs)) return;
    const score = scoreText(text).score;
    if (Math.abs(score) >= DECISION_THRESHOLD) readings[i] = { kind: 'mono', lang: score > 0 ? 'fr' : 'en', score };
  });
}

/** Contact labels that read as no language, English ⇄ French (TERMIUM Plus): `Fax` is `Téléc.` or `Télécopieur`. */
const LABEL_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['tty', 'ats'],
  ['tel', 'tél'],
  ['fax', 'téléc'],
  ['fax', 'télécopieur'],
];

/** The language of the first of two labelled lines whose labels are a known pair, or null. */
function labelPairOrder(a: string, b: string): 'en' | 'fr' | null {
  const [la, lb] = [labelOf(a), labelOf(b)];
  if (LABEL_PAIRS.some(([en, fr]) => en === la && fr === lb)) return 'en';
  if (LABEL_PAIRS.some(([en, fr]) => en === lb && fr === la)) return 'fr';
  return null;
}

/** How strongly a document heading read in its language weighs (as a plain line of a few words). */
const DOCUMENT_HEADING_SCORE = 3;

/**
 * A document heading written alike in both languages' letters (`Contacts`, read as neutral or as
 * French) is in the language whose heading it is: the block it opens is that language's.
 */
function rereadDocumentHeadings(units: Unit[], readings: UnitReading[]): void {
  readings.forEach((r, i) => {
    if (r.kind === 'inline' || (r.kind === 'mono' && Math.abs(r.score) >= DOCUMENT_HEADING_SCORE)) return;
    const lang = documentHeadingLang(units[i].text.text);
    if (lang && !(r.kind === 'mono' && r.lang === lang)) readings[i] = { kind: 'mono', lang, score: lang === 'fr' ? DOCUMENT_HEADING_SCORE : -DOCUMENT_HEADING_SCORE };
  });
}

/**
 * A person's name and a professional designation given in each language (`Daniel Okafor, P.Eng.
 * / ing.`, `Arjun Singh, P.Eng. | ing.`): a signature's line both languages share, not an English
 * line missing its French.
 */
const NAME_WITH_DESIGNATIONS = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*)+,\s*(?:\p{L}+\.)+(?:\p{L}+)?\.?\s*[/|]\s*(?:\p{L}+\.)+(?:\p{L}+\.?)?$/u;

function rereadNamesWithDesignations(units: Unit[], readings: UnitReading[]): void {
  units.forEach((u, i) => {
    if (readings[i].kind === 'mono' && u.lines.length === 1 && NAME_WITH_DESIGNATIONS.test(u.text.text.trim())) readings[i] = { kind: 'neutral' };
  });
}

/**
 * A line over or under its translation that starts (or ends) with the same name, cut from the
 * rest the same way (`Microsoft Excel – Intermediate Level` over `Microsoft Excel – niveau
 * intermédiaire`), is that translation whole: the name is no English half of an inline line.
 * The line read inline is read as its other run's language.
 */
function rereadSharedNames(units: Unit[], readings: UnitReading[]): void {
  let byOpening: Map<string, number[]> | undefined;
  for (let i = 0; i < units.length; i++) {
    const r = readings[i];
    if (r.kind !== 'inline' || r.runs.length !== 2 || r.runs[0].lang === r.runs[1].lang) continue;
    const text = units[i].text.text;
    const [first, second] = r.runs;
    const between = text.slice(first.to, second.from);
    if (!/\S/.test(between)) continue;
    for (const j of [i - 1, i + 1]) {
      const n = readings[j];
      if (j < 0 || j >= units.length || n?.kind !== 'mono') continue;
      const lines = j < i ? [units[j].lastLine, units[i].firstLine] : [units[i].lastLine, units[j].firstLine];
      if (lines[1] !== lines[0] + 1) continue;
      const other = units[j].text.text.trim();
      const shared = n.lang === first.lang ? first : n.lang === second.lang ? second : null;
      if (!shared) continue;
      const name = text.slice(shared.from, shared.to);
      const sameCut = shared === first ? other.startsWith(name + between) && other.length > (name + between).length : other.endsWith(between + name) && other.length > (between + name).length;
      if (!sameCut) continue;
      const rest = shared === first ? second : first;
      readings[i] = { kind: 'mono', lang: rest.lang, score: rest.score };
      break;
    }
    if (readings[i] !== r || !/^,\s*$/.test(between)) continue;
    // Or, farther (the other half of a letter or an e-mail), a line of the first run's language
    // that opens with the same name and comma (`Centre de santé communautaire du Grand Sudbury, 19
    // Frood Road: Thursdays…` in the English half, `…, 19, chemin Frood : les jeudis…` in the
    // French one): the name is the organisation's, which English keeps in French.
    const opening = text.slice(first.from, second.from).trimStart();
    if (opening.length < SHARED_NAME_MIN) continue;
    // The units by their first characters, gathered once: a document may have many such lines.
    if (!byOpening) {
      byOpening = new Map();
      units.forEach((u, j) => {
        const key = u.text.text.trimStart().slice(0, SHARED_NAME_MIN);
        if (key.length < SHARED_NAME_MIN) return;
        const list = byOpening!.get(key);
        if (list) list.push(j);
        else byOpening!.set(key, [j]);
      });
    }
    const twin = (byOpening.get(opening.slice(0, SHARED_NAME_MIN)) ?? []).some((j) => j !== i && monoLang(readings, j) === first.lang && units[j].text.text.trimStart().length > opening.length && units[j].text.text.trimStart().startsWith(opening));
    if (twin) readings[i] = { kind: 'mono', lang: second.lang, score: second.score };
  }
}

/** Characters a name opening a line must have to be looked for in a line far from it. */
const SHARED_NAME_MIN = 20;

/** A short label, its colon, then an address: `Livestream: https://…`, `Courriel : info@…`. */
const LABELLED_LINK = /^[^:]{1,40}?:\s*(?:https?:\/\/|www\.|[\w.+-]+@)\S+$/u;
/** A label, its colon and a telephone number (`Media Relations: 613-951-4636`). */
const LABELLED_PHONE = /^[^:\d]{1,40}?:\s*(\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}$/u;

/**
 * `Livestream: https://parks.canada.ca/live/…` over `Diffusion en direct : https://parcs.canada.ca/…`,
 * `Media Relations: 613-951-4636` over `Relations avec les médias : 613-951-4636`:
 * a label and an address or number whose label reads as no language (`Livestream`) or as the
 * language of the line beside it (`Bureau municipal : 204-738-2246`), beside a line of the
 * same shape in one language with the other language's colon, is that line's translation, not
 * shared material (which would leave the other line an orphan).
 */
/** The digits of a text (two numbers of as many digits may differ by a slip, which number-mismatch reports). */
function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

function rereadLabelledValues(units: Unit[], readings: UnitReading[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const a = units[i];
    const b = units[i + 1];
    if (a.lines.length !== 1 || b.lines.length !== 1 || b.firstLine !== a.lastLine + 1) continue;
    const ra = readings[i];
    const rb = readings[i + 1];
    let [n, m] = ra.kind === 'neutral' && rb.kind === 'mono' ? [i, i + 1] : rb.kind === 'neutral' && ra.kind === 'mono' ? [i + 1, i] : [-1, -1];
    // Both read as one language (`Bureau municipal : 204-738-2246`, whose words English has too):
    // the one whose colon is not of that language is the other's translation.
    if (n < 0 && ra.kind === 'mono' && rb.kind === 'mono' && ra.lang === rb.lang) {
      const fa = FRENCH_COLON.test(units[i].text.text);
      if (fa !== FRENCH_COLON.test(units[i + 1].text.text)) [n, m] = fa === (ra.lang === 'fr') ? [i + 1, i] : [i, i + 1];
    }
    if (n < 0) continue;
    const tn = units[n].text.text.trim();
    const tm = units[m].text.text.trim();
    const mono = readings[m] as { kind: 'mono'; lang: 'en' | 'fr' };
    const link = LABELLED_LINK.test(tn) && LABELLED_LINK.test(tm);
    const phone = LABELLED_PHONE.test(tn) && LABELLED_PHONE.test(tm) && digitsOf(tn).length === digitsOf(tm).length;
    if ((!link && !phone) || FRENCH_COLON.test(tm) !== (mono.lang === 'fr') || FRENCH_COLON.test(tn) === FRENCH_COLON.test(tm)) continue;
    const lang = mono.lang === 'fr' ? 'en' : 'fr';
    readings[n] = { kind: 'mono', lang, score: lang === 'fr' ? DECISION_THRESHOLD : -DECISION_THRESHOLD };
    i++;
  }
}

/** A cell this strongly in one language votes for its column's language. */
const CELL_DECIDED = 1.5;
/** Share of a column's decided cells that must agree for the column to be in one language. */
const COLUMN_AGREEMENT = 0.75;
/** Share of a column's rows whose cell must be decided for the column to be in one language. */
const COLUMN_DECIDED = 0.5;

/**
 * Pipe tables are of two kinds: bilingual ones, with an English column and a French column
 * (`| Agenda | Ordre du jour |`), whose rows are inline pairs; and tables of one half of the
 * document, in one language, whose cells (`| production / local |`, `| Variable |`) may each read
 * as either language. A table is bilingual when one of its columns is English and another
 * French in most of its rows, and the cells of those two columns are in their column's language;
 * the rows of any other table are read whole, as monolingual units.
 */
function rereadTables(units: Unit[], readings: UnitReading[], neutral?: NeutralFinder): void {
  let i = 0;
  while (i < units.length) {
    if (!TABLE_ROW.test(units[i].text.text.trim())) {
      i++;
      continue;
    }
    let j = i;
    while (j < units.length && TABLE_ROW.test(units[j].text.text.trim())) j++;
    if (j - i >= 2) {
      const langs = columnLanguages(units.slice(i, j).map((u) => u.text.text.trim()));
      const bilingual = langs.includes('en') && langs.includes('fr');
      for (let k = i; k < j; k++) {
        // A table with an English and a French column: each cell of those columns is in its
        // column's language, whatever its words (a French cell left as a copy of the English is
        // the English text in the French column, for untranslated to report), also in a row whose
        // every cell reads as one language for that reason.
        // So is a row read as neither language, of labels and numbers (`| TTY: 1-833-921-0071 | ATS
        // : 1-833-921-0017 |`), for the value checks to compare its cells.
        if (bilingual && (readings[k].kind === 'mono' || readings[k].kind === 'neutral')) {
          const again = readUnit(units[k].text, neutral, undefined, langs);
          if (readings[k].kind === 'mono' || again.kind === 'inline') readings[k] = again;
          continue;
        }
        if (readings[k].kind !== 'inline') continue;
        if (bilingual) {
          readings[k] = readUnit(units[k].text, neutral, undefined, langs);
          continue;
        }
        const score = scoreText(cellsOf(units[k].text.text.trim()).join(' ')).score;
        readings[k] = Math.abs(score) >= CELL_DECIDED ? { kind: 'mono', lang: score > 0 ? 'fr' : 'en', score } : { kind: 'neutral' };
      }
    }
    i = j;
  }
}

/** The language of each column of the rows: the one most of its cells are in, or null. */
function columnLanguages(rows: string[]): Array<'en' | 'fr' | null> {
  const votes: Array<{ en: number; fr: number }> = [];
  // A cell repeated down its column (a brand, `Northern Harvest`, beside French product names in
  // a French half's table) votes once: a name, not a column of English text.
  const seen: Array<Set<string>> = [];
  for (const row of rows) {
    const all = cellsOf(row);
    all.forEach((cell, c) => {
      const v = (votes[c] ??= { en: 0, fr: 0 });
      const cells = (seen[c] ??= new Set());
      // A cell copied in another column of its row (a translation left undone) votes for neither.
      if (cells.has(cell) || all.indexOf(cell) !== all.lastIndexOf(cell)) return;
      cells.add(cell);
      const s = scoreText(cell).score;
      if (s >= CELL_DECIDED) v.fr++;
      else if (s <= -CELL_DECIDED) v.en++;
    });
  }
  // A column in one language is so in most rows, not in one cell (`STAGING` reads as English).
  const isLang = (v: { en: number; fr: number }, lang: 'en' | 'fr'): boolean => v[lang] >= COLUMN_DECIDED * rows.length && v[lang] >= COLUMN_AGREEMENT * (v.en + v.fr);
  return Array.from(votes, (v) => (v && isLang(v, 'en') ? 'en' : v && isLang(v, 'fr') ? 'fr' : null));
}

function segment(doc: SourceDocument, mt: MappedText, lang: Lang): Segment {
  const seg: Segment = { text: mt.text, lang, place: mt.place(doc), locate: (from, to) => mt.place(doc, from, to) };
  const links = linkTargets(doc, mt);
  if (links) seg.links = links;
  return seg;
}

function push(out: Emitted[], pair: Omit<Pair, 'id'>): void {
  const a = pair.en?.place;
  const b = pair.fr?.place;
  const first = !a ? b! : !b ? a : a.line < b.line || (a.line === b.line && a.column <= b.column) ? a : b;
  out.push({ pair, sortLine: first.line, sortColumn: first.column });
}

function emitShared(doc: SourceDocument, mt: MappedText, out: Emitted[], method: Method): void {
  const t = mt.trim();
  if (t.length === 0) return;
  const seg = segment(doc, t, 'und');
  push(out, { en: seg, fr: seg, method, score: 1 });
}

function emitOrphan(doc: SourceDocument, mt: MappedText, lang: 'en' | 'fr', score: number, out: Emitted[]): void {
  const t = mt.trim();
  if (t.length === 0) return;
  const seg = segment(doc, t, lang);
  push(out, { en: lang === 'en' ? seg : null, fr: lang === 'fr' ? seg : null, method: 'orphan', score: round(logistic(Math.abs(score) - 1)) });
}

function emitUnpaired(doc: SourceDocument, m: Mono, out: Emitted[]): void {
  emitOrphan(doc, m.unit.text, m.lang, m.score, out);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

// ---------------------------------------------------------------------------------------------
// Inline units

function emitInline(doc: SourceDocument, u: Unit, runs: Run[], pieces: Piece[], order: 'en' | 'fr' | null, out: Emitted[]): void {
  const mt = u.text;
  // Pair neighbouring runs of opposite languages; when a run could go with the one before or the
  // one after, the document's order decides. best[i] = best score for runs[i..].
  const n = runs.length;
  const best = new Array<number>(n + 2).fill(0);
  const choice = new Array<boolean>(n + 1).fill(false);
  for (let i = n - 1; i >= 0; i--) {
    best[i] = best[i + 1];
    choice[i] = false;
    if (i + 1 < n && runs[i].lang !== runs[i + 1].lang) {
      const s = 10 + boundaryStrength(pieces, runs[i], runs[i + 1]) + (order && runs[i].lang === order ? 1 : 0) + best[i + 2];
      if (s > best[i]) {
        best[i] = s;
        choice[i] = true;
      }
    }
  }
  const covered = new Array<boolean>(pieces.length).fill(false);
  for (let i = 0; i < n; ) {
    const r = runs[i];
    for (let k = r.firstPiece; k <= r.lastPiece; k++) covered[k] = true;
    if (choice[i]) {
      const q = runs[i + 1];
      for (let k = q.firstPiece; k <= q.lastPiece; k++) covered[k] = true;
      const a = segment(doc, mt.slice(r.from, r.to).trim(), r.lang);
      const b = segment(doc, mt.slice(q.from, q.to).trim(), q.lang);
      const gap = Math.abs(r.score - q.score);
      push(out, { en: r.lang === 'en' ? a : b, fr: r.lang === 'fr' ? a : b, method: 'inline', score: round(logistic((gap - 2) / 2)) });
      i += 2;
    } else {
      emitOrphan(doc, mt.slice(r.from, r.to), r.lang, r.score, out);
      i += 1;
    }
  }
  // Shared material left between and around the runs: names, numbers, codes.
  let k = 0;
  while (k < pieces.length) {
    if (covered[k]) {
      k++;
      continue;
    }
    let j = k;
    while (j + 1 < pieces.length && !covered[j + 1]) j++;
    emitShared(doc, mt.slice(pieces[k].from, withClosingBrackets(mt.text, pieces[k].from, pieces[j].to)), out, 'shared');
    k = j + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Stacked lines and blocks

interface LangRun {
  lang: 'en' | 'fr';
  items: Mono[];
}

/**
 * A stretch of a document written in one language, then again in the other: the whole English
 * text, then the whole French text. A document in halves is one section; an e-mail thread whose
 * messages are each written in both languages (`La version française suit`, then a forwarded
 * message in French then English) has a section a message, each in its own order.
 */
interface Section {
  /** Index of the section's first language-bearing unit (the first section also holds what comes before). */
  start: number;
  /** Index of the first unit of its second block. */
  boundary: number;
  first: 'en' | 'fr';
}

/** Each unit's block (blocks 2s and 2s + 1 are the two blocks of section s) and each block's language. */
interface Blocks {
  of: Int32Array;
  lang: Array<'en' | 'fr'>;
}

const HALVES_EXPLAINED = 0.85;
// Five language-bearing units a half: a short README (title, three paragraphs, a heading) is
// still two halves, and a stacked document never has a split that explains 85 % of its units.
const HALVES_MIN_UNITS = 3;
/** How many times more units one block of a section may hold than the other. */
const BLOCKS_RATIO = 3;
/** How many more telling units than one section's (net of SECTION_COST) several sections must explain to be taken instead. */
const SEVERAL_MARGIN = 3;
/** What each section after the first costs: less than a unit, so that a split into more sections must explain more. */
const SECTION_COST = 0.5;
/** What a block starting under a line drawn across the page gains: less than a telling unit. */
const RULE_BONUS = 0.5;
/** Below this language score, a unit in the other half's language is taken as its own half's. */
const WEAK_IN_HALF = 2.5;
/** The longest heading (in characters) compared with the other half's for its words in another order. */
const SWAPPED_HEADING_LENGTH = 40;
const HALF_WORDS = /\p{L}{3,}/u;
/** A language score that, short of deciding a line, says which half's language it leans to. */
const HALF_LEAN = 1;

/** Addresses, links and numbers: no words of a language (`613-283-5170 | rideau@pc.gc.ca | parks.canada.ca/rideau`). */
const NOT_WORDS = /\S*[@/.:]\S*[\p{L}\d]\S*|\S*\d\S*/gu;

/** Whether a text with a word of three letters or more, addresses and numbers aside, leans to `lang` by its words. */
function leansTo(text: string, lang: 'en' | 'fr'): boolean {
  const words = text.replace(NOT_WORDS, ' ');
  if (!HALF_WORDS.test(words)) return false;
  const score = scoreText(words).score;
  return lang === 'fr' ? score >= HALF_LEAN : score <= -HALF_LEAN;
}

/** Words that one language's word list alone has for a text to lean to that language by them. */
const LIST_LEAN_WORDS = 2;

/**
 * Whether a text has LIST_LEAN_WORDS words or more that only `lang`'s word list has, and none
 * that only the other's has (addresses and numbers aside).
 */
function listLeansTo(text: string, lang: 'en' | 'fr', min = LIST_LEAN_WORDS): boolean {
  return leansByWordLists(text.replace(NOT_WORDS, ' '), lang, min);
}

interface SectionMono {
  i: number;
  fr: boolean;
  /** Whether the unit tells where the blocks are (a note pointing to the other version, or a text written twice, does not). */
  telling: boolean;
  /** Whether a section may start here: the language changes, or an inline line (a message header) stands between. */
  opens: boolean;
  /** Whether a line drawn across the page (`* * *`, `-----`) stands right above it. */
  afterRule: boolean;
}

/**
 * Finds the split that best explains the document as one language then the other, or failing
 * that as several sections each so written. Stacked and inline documents alternate, so no split
 * explains most of their units.
 */
function findSections(units: Unit[], readings: UnitReading[]): Section[] | null {
  const copies = new Map<string, number>();
  readings.forEach((r, i) => {
    if (r.kind !== 'mono') return;
    const text = units[i].text.text.trim();
    copies.set(text, (copies.get(text) ?? 0) + 1);
  });
  const monos: SectionMono[] = [];
  let inlineBefore = false;
  readings.forEach((r, i) => {
    if (r.kind === 'inline') inlineBefore = true;
    if (r.kind !== 'mono') return;
    // A note pointing to the other version stands where its reader needs it, and a text written
    // twice (left untranslated in the other block, or repeated in its own) is paired with its twin.
    const text = units[i].text.text.trim();
    const prev = monos[monos.length - 1];
    const opens = inlineBefore || prev === undefined || prev.fr !== (r.lang === 'fr');
    monos.push({ i, fr: r.lang === 'fr', telling: !isLanguageNote(text) && copies.get(text) === 1, opens, afterRule: i > 0 && ruleLine(units[i - 1]) });
    inlineBefore = false;
  });
  const telling = monos.filter((m) => m.telling).length;
  if (telling < 2 * HALVES_MIN_UNITS) return null;
  // One section when it explains the document; several when they explain plainly more (an
  // e-mail's reply in halves above a quoted message in halves: the reply's French half is no
  // stray lines of one long English half).
  // (Several explain at most every telling unit: when one explains nearly all, they are not looked for.)
  const one = splitSections(monos, telling, false);
  const several = one && one.explained + SEVERAL_MARGIN > telling ? null : splitSections(monos, telling, true);
  const sections = one && (!several || several.explained - SECTION_COST * (several.sections.length - 1) < one.explained + SEVERAL_MARGIN) ? one.sections : several?.sections;
  return sections ? splitAtSharedLines(units, readings, sections, copies) : null;
}

/** A line drawn across the page (`-----`, `=====`, `* * *`). */
const RULE_LINE = /^(?:[-=_~*#•·]\s?){3,}$/;

/** Whether a unit is a line drawn across the page (`* * *` is read as a list item `*` under the marker `* *`). */
function ruleLine(u: Unit): boolean {
  return RULE_LINE.test(`${u.marker} ${u.text.text}`.trim());
}

/** Sections, one after the other, from which a document is read as blocks instead. */
const BLOCK_SECTIONS = 3;

/**
 * The sections found, or null when they are the blocks of a document of blocks: three sections or
 * more, most of them right after the one before (a heading and its text in English, then in
 * French, and again). Blocks are read pair by pair (stacking, below), which a block of one line
 * or a block with a line left in the other language does not throw off; sections set apart by a
 * line of both languages (a changelog's `## [3.3.1]`) stay sections.
 */
function blocksAsSections(units: Unit[], readings: UnitReading[], sections: Section[] | null): Section[] | null {
  if (!sections || sections.length < BLOCK_SECTIONS) return sections;
  let adjacent = 0;
  for (let k = 1; k < sections.length; k++) {
    // A rule drawn between blocks (`------`) sets them apart as a blank line does.
    let b = sections[k].start - 1;
    while (b > 0 && ruleLine(units[b])) b--;
    const before = readings[b];
    if (before && before.kind === 'mono') adjacent++;
  }
  return adjacent * 2 > sections.length - 1 ? null : sections;
}

/**
 * A section too short to be found on its own (a changelog release with one entry a language,
 * under `## [3.3.1]`) is merged with its neighbour, and its units are then read as the wrong
 * block's: its English heading is paired with the next release's. A line written once for both
 * languages (a release's number) is a boundary no pairing crosses: a section whose every stretch
 * between such lines is written in one language then the other is split into those stretches.
 * A monolingual stretch at the start (a title over the first release) joins the next one; any
 * other monolingual stretch (a half of a document in halves) leaves the section whole.
 */
function splitAtSharedLines(units: Unit[], readings: UnitReading[], sections: Section[], copies: Map<string, number>): Section[] {
  const copied = new Set<string>();
  for (const [text, n] of copies) if (n > 1) copied.add(text);
  const out: Section[] = [];
  sections.forEach((s, k) => {
    const to = k + 1 < sections.length ? sections[k + 1].start : units.length;
    const pieces: Section[] = [];
    let langs: Array<{ i: number; lang: 'en' | 'fr'; copy: boolean }> = [];
    let whole = false;
    const close = (): void => {
      if (whole || langs.length === 0) return;
      let changes = 0;
      for (let j = 1; j < langs.length; j++) if (langs[j].lang !== langs[j - 1].lang) changes++;
      // A stretch whose language changes only at a text written twice (an English heading left
      // in the French half, after a table's `Total` row written once a half) is in one language:
      // the copy is a twin, not the other block.
      const own = langs.filter((m) => !m.copy);
      if (changes === 1 && own.length > 0 && own.every((m) => m.lang === own[0].lang)) changes = 0;
      // A leading stretch in one language waits for the next one.
      if (changes === 0 && pieces.length === 0) return;
      if (changes !== 1) {
        whole = true;
        return;
      }
      const boundary = langs.find((m) => m.lang !== langs[0].lang)!.i;
      pieces.push({ start: langs[0].i, boundary, first: langs[0].lang });
      langs = [];
    };
    for (let i = s.start; i < to && !whole; i++) {
      const r = readings[i];
      if (r.kind === 'inline') whole = true;
      else if (r.kind === 'mono') langs.push({ i, lang: r.lang, copy: copied.has(units[i].text.text.trim()) });
      else if (units[i].text.length > 0) close();
    }
    close();
    if (whole || langs.length > 0 || pieces.length < 2) {
      out.push(s);
      return;
    }
    // The first section also holds what comes before its first unit.
    pieces[0].start = s.start;
    out.push(...pieces);
  });
  return out;
}

/**
 * The sections (one, or as many as pay) that explain the most units, by dynamic programming over
 * the units with states (first language, block, units explained in the block up to the minimum);
 * null when they explain less than HALVES_EXPLAINED of the telling units.
 */
function splitSections(monos: SectionMono[], telling: number, several: boolean): { sections: Section[]; explained: number } | null {
  const C = HALVES_MIN_UNITS;
  const S = 4 * (C + 1);
  const state = (first: number, block: number, c: number): number => (first * 2 + block) * (C + 1) + c;
  const firstOf = (s: number): number => Math.floor(s / (2 * (C + 1)));
  const blockOf = (s: number): number => Math.floor(s / (C + 1)) % 2;
  // The other units weigh so little that all of them together weigh less than one telling unit:
  // they only decide between splits that explain as much (a repeated line stays in its block).
  const light = 0.5 / (monos.length + 1);
  // A line drawn across the page right above a unit is where a writer ends one half: between
  // splits that explain as many telling units, the one that starts a block there wins (a French
  // letter's address over the English one, `Complexe Jules-Dallaire, 2828 Laurier Boulevard`
  // read as French, ties the split before the English address with the one after it).
  const ruled = (k: number): number => (monos[k].afterRule ? RULE_BONUS : 0);
  const n = monos.length;
  // switchedFrom[k·S + s]: the state before unit k that led to state s (itself when no block starts at k);
  // takenFrom[k·S + s]: the state, after that, from which unit k led to s.
  const switchedFrom = new Int16Array(n * S);
  const takenFrom = new Int16Array(n * S);
  // v: best values before unit k; w: after the blocks that may start at k; after: once unit k is taken.
  let v = new Float64Array(S).fill(-Infinity);
  let after = new Float64Array(S);
  const w = new Float64Array(S);
  v[state(0, 0, 0)] = 0;
  v[state(1, 0, 0)] = 0;
  for (let k = 0; k < n; k++) {
    const base = k * S;
    w.set(v);
    for (let s = 0; s < S; s++) switchedFrom[base + s] = s;
    for (let first = 0; first < 2; first++) {
      // The second block may start here, as early as it explains as much.
      const a = state(first, 0, C);
      const b = state(first, 1, 0);
      if (v[a] > -Infinity && v[a] + ruled(k) >= w[b]) {
        w[b] = v[a] + ruled(k);
        switchedFrom[base + b] = a;
      }
    }
    if (several && monos[k].opens) {
      // A section may start here, as late as it explains as much: the second block before it
      // keeps what it explains, and what neither explains (a forwarded message's header) ends it.
      for (let first = 0; first < 2; first++) {
        const end = state(first, 1, C);
        if (v[end] === -Infinity) continue;
        for (let next = 0; next < 2; next++) {
          const t = state(next, 0, 0);
          if (v[end] - SECTION_COST >= w[t]) {
            w[t] = v[end] - SECTION_COST;
            switchedFrom[base + t] = end;
          }
        }
      }
    }
    const m = monos[k];
    after.fill(-Infinity);
    for (let s = 0; s < S; s++) {
      if (w[s] === -Infinity) continue;
      const lang = blockOf(s) === 0 ? firstOf(s) : 1 - firstOf(s);
      const explained = (m.fr ? 1 : 0) === lang;
      const gain = !explained ? 0 : m.telling ? 1 : light;
      const c = s % (C + 1);
      const t = state(firstOf(s), blockOf(s), explained && m.telling ? Math.min(C, c + 1) : c);
      if (w[s] + gain > after[t]) {
        after[t] = w[s] + gain;
        takenFrom[base + t] = s;
      }
    }
    [v, after] = [after, v];
  }
  const endEn = state(0, 1, C);
  const endFr = state(1, 1, C);
  if (v[endEn] === -Infinity && v[endFr] === -Infinity) return null;
  let t = v[endEn] >= v[endFr] ? endEn : endFr;
  const sections: Section[] = [];
  let boundary = -1;
  let explained = 0;
  // Units explained by each block of the section being walked (backwards), to compare them.
  let counts = [0, 0];
  let balanced = true;
  const close = (start: number, first: number): void => {
    sections.push({ start, boundary, first: first === 0 ? 'en' : 'fr' });
    balanced &&= Math.min(counts[0], counts[1]) * BLOCKS_RATIO >= Math.max(counts[0], counts[1]);
    counts = [0, 0];
  };
  // Runs of telling units of the other language inside the block being walked: two of them, of
  // two units or more, and a quarter of what the block explains, are blocks of their own that the
  // split swallowed (a heading and its paragraph in English, then in French, too short to be a
  // section), not stray lines in a long half.
  let foreignRun = 0;
  let swallowedRuns = 0;
  let swallowedUnits = 0;
  let ownUnits = 0;
  let interleaved = false;
  const endRun = (): void => {
    if (foreignRun >= 2) {
      swallowedRuns++;
      swallowedUnits += foreignRun;
    }
    foreignRun = 0;
  };
  const endBlock = (): void => {
    endRun();
    if (swallowedRuns >= 2 && swallowedUnits * 4 >= ownUnits) interleaved = true;
    swallowedRuns = swallowedUnits = ownUnits = 0;
  };
  for (let k = n - 1; k >= 0; k--) {
    const s = takenFrom[k * S + t];
    const lang = blockOf(s) === 0 ? firstOf(s) : 1 - firstOf(s);
    if (monos[k].telling && (monos[k].fr ? 1 : 0) === lang) {
      explained++;
      counts[blockOf(s)]++;
      ownUnits++;
      endRun();
    } else if (monos[k].telling) foreignRun++;
    const before = switchedFrom[k * S + s];
    if (blockOf(s) === 1 && blockOf(before) === 0) {
      boundary = monos[k].i;
      endBlock();
    } else if (before !== s) {
      close(monos[k].i, firstOf(s));
      endBlock();
    }
    t = before;
  }
  close(monos[0].i, firstOf(t));
  endBlock();
  // A few lines of one language above a long text in the other are no translation of it.
  if (!balanced || interleaved || explained < telling * HALVES_EXPLAINED) return null;
  return { sections: sections.reverse(), explained };
}

/** How many units before a block boundary may be the second block's copies of the first block's opening. */
const COPIES_MAX = 3;

/**
 * The second half often opens with text written the same as in the first (`# Notifications-admin`,
 * a product name, an English heading left untranslated): those units read as the first half's
 * language, so the split that best explains the languages puts them at the end of the first half.
 * Moves the boundary back over them when they repeat, in order, the opening of the first half.
 * A line the first half only repeats (a department's name in the dateline and the contacts) stays.
 */
function copiesOpenSecondHalf(units: Unit[], readings: UnitReading[], section: Section): number {
  const opening: string[] = [];
  const copies: number[] = [];
  for (let i = section.start; i < section.boundary && opening.length < COPIES_MAX; i++) if (readings[i].kind === 'mono') opening.push(units[i].text.text.trim());
  for (let i = section.boundary - 1; i > section.start && copies.length < COPIES_MAX; i--) {
    const r = readings[i];
    if (r.kind !== 'mono') continue;
    if (r.lang !== section.first) break;
    copies.unshift(i);
  }
  // The longest run of units ending at the boundary that repeats the opening.
  for (let m = copies.length; m > 0; m--) {
    const run = copies.slice(copies.length - m);
    if (run[0] > section.start && run.every((i, j) => opening[j] === units[i].text.text.trim())) return run[0];
  }
  return section.boundary;
}

/**
 * Words that read as neither language between two blocks belong to the block whose language they
 * lean to (`Hi Julien,` opens the English block, `Julien` signs the one before): moves a block's
 * first unit back over those that lean to its language.
 */
function neutralOpenBlock(units: Unit[], readings: UnitReading[], from: number, at: number, lang: 'en' | 'fr'): number {
  let first = at;
  for (let i = at - 1; i > from && readings[i].kind === 'neutral'; i--) {
    const s = scoreText(units[i].text.text);
    if (s.known === 0 || (lang === 'fr' ? s.score : -s.score) <= 0) break;
    first = i;
  }
  return first;
}

/**
 * Blocks start with a paragraph: a boundary that falls between a line and its translation set
 * below it in one paragraph (a signature's `Employment and Social Development Canada` over
 * `Emploi et Développement social Canada`) moves down to the paragraph's end, when it is near,
 * and the lines it passes stay as a passage in both languages inside the first block.
 */
function paragraphOpensBlock(units: Unit[], readings: UnitReading[], at: number, to: number, first: 'en' | 'fr'): number {
  const joined = (i: number): boolean => i > 0 && units[i].firstLine - units[i - 1].lastLine <= 1;
  const above = readings[at - 1];
  const below = readings[at];
  if (!joined(at) || above.kind !== 'mono' || above.lang !== first || below.kind !== 'mono' || below.lang === first) return at;
  for (let i = at + 1; i < to && i <= at + COPIES_MAX; i++) if (!joined(i)) return i;
  return at;
}

/** Each unit's block, the sections being in document order. */
function blocksOf(units: Unit[], sections: Section[]): Blocks {
  const of = new Int32Array(units.length);
  const lang: Array<'en' | 'fr'> = [];
  sections.forEach((s, k) => {
    const from = k === 0 ? 0 : s.start;
    const to = k + 1 < sections.length ? sections[k + 1].start : units.length;
    for (let i = from; i < to; i++) of[i] = i < s.boundary ? 2 * k : 2 * k + 1;
    lang.push(s.first, s.first === 'en' ? 'fr' : 'en');
  });
  return { of, lang };
}

/**
 * A line left untranslated at the end of a block (`If you require accommodation…` copied under
 * the French notes, word for word as in the English notes above) reads as the first line of the
 * next block, in its language: when such a unit opens a section and its twin stands in the first
 * block of the section before, it is the last line of that section's second block, where its
 * twin's translation belongs. Several such units in a row go together; labels (`English`) stay.
 */
function withTrailingCopies(units: Unit[], readings: UnitReading[], blocks: Blocks): void {
  // The texts of each block, in one pass (before any unit moves).
  const textsOf = new Map<number, Set<string>>();
  for (let i = 0; i < units.length; i++) {
    if (readings[i].kind !== 'mono') continue;
    let set = textsOf.get(blocks.of[i]);
    if (!set) textsOf.set(blocks.of[i], (set = new Set()));
    set.add(units[i].text.text.trim());
  }
  const textsIn = (b: number): Set<string> => textsOf.get(b) ?? new Set();
  for (let i = 1; i < units.length; i++) {
    const b = blocks.of[i];
    // The first units of a section's first block, from the second section on.
    if (b < 2 || b % 2 !== 0 || blocks.of[i - 1] !== b - 1) continue;
    for (let k = i; k < units.length && blocks.of[k] === b; k++) {
      const r = readings[k];
      if (r.kind === 'neutral') continue;
      // A sentence, not a label that opens every section (`English`, `Français`).
      if (r.kind !== 'mono' || countWords(units[k].text.text) < COPY_MIN_WORDS || !textsIn(b - 2).has(units[k].text.text.trim())) break;
      for (let j = i; j <= k; j++) blocks.of[j] = b - 1;
    }
  }
}

/** How weakly the other language's side of a line may read for the line to be read in its block's language. */
const WEAK_INLINE_SIDE = 2;
/** Below this, the two sides of a line are not each other's translation. */
const INLINE_TWINS_MIN = 0.5;

/** Whether the two runs of a line, one of each language, read as each other's translation. */
function runsTranslate(text: string, runs: Run[]): boolean {
  const [en, fr] = runs[0].lang === 'en' ? runs : [runs[1], runs[0]];
  return compat(features(text.slice(en.from, en.to), 'en'), features(text.slice(fr.from, fr.to), 'fr')) >= INLINE_TWINS_MIN;
}

/**
 * A line of a block read as a pair of two runs (cut by a dash, a slash or a column gap), one run
 * read weakly as the other language (`Bulletin no 4 – janvier 2026` in the French half: `no` is an
 * English word too), the runs being no translation of each other: a line of the block's language.
 */
function readBlockLanguageInline(units: Unit[], readings: UnitReading[], blocks: Blocks): void {
  for (let i = 0; i < units.length; i++) {
    const r = readings[i];
    if (r.kind !== 'inline' || r.runs.length !== 2 || r.runs[0].lang === r.runs[1].lang) continue;
    const own = blocks.lang[blocks.of[i]];
    const other = r.runs.find((run) => run.lang !== own)!;
    const text = units[i].text.text;
    // Read strongly as English for its names, the run may still write its colon the French way
    // (`Phase 3 : pontons Gulf of Georgia – du 8 février…` in the French half).
    const frenchColon = own === 'fr' && /\s:\s/.test(text.slice(other.from, other.to));
    if ((Math.abs(other.score) >= WEAK_INLINE_SIDE && !frenchColon) || runsTranslate(text, r.runs)) continue;
    readings[i] = assigned(own);
  }
}

/** Words of a short line that its block's language may take back (a place, a name and a word or two). */
const SHORT_LINE_WORDS = 6;
/** A word in small letters with a letter only French writes. */
const FRENCH_LETTERS_WORD = /(?<![\p{L}'’-])\p{Ll}*[àâçéèêëîïôûùüÿœ]\p{Ll}*(?![\p{L}])/u;

/**
 * A short line of the French block read as English for its names (`Hay River – aréna Don
 * Stewart`): a word in small letters that French writes with its accents (`aréna`), its words in
 * small letters reading as French, makes it a French line.
 */
function readBlockLanguageWords(units: Unit[], readings: UnitReading[], blocks: Blocks): void {
  for (let i = 0; i < units.length; i++) {
    const r = readings[i];
    if (r.kind !== 'mono' || r.lang !== 'en' || blocks.lang[blocks.of[i]] !== 'fr') continue;
    const text = units[i].text.text;
    if (countWords(text) > SHORT_LINE_WORDS) continue;
    const word = FRENCH_LETTERS_WORD.exec(text)?.[0];
    // Its words in small letters read as French, names aside (`New: drop-in café for seniors` is
    // English: English writes `café` too).
    const lower = (text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []).join(' ');
    if (word && dictionary('fr').has(fold(word)) && scoreText(lower).score > 0) readings[i] = assigned('fr');
  }
}

/**
 * Aligns the blocks sentence by sentence with the parallel-document aligner: the English blocks
 * and the French blocks are each given to it as a document of their own in which every other line
 * is blanked (same length, so lines and columns stay those of the file); the sections being in
 * order, so are their blocks. Inline and neutral units, and units in the wrong language for their
 * block, are handled here as in any mixed document.
 */
function alignHalves(
  doc: SourceDocument,
  units: Unit[],
  readings: UnitReading[],
  quoted: Set<number>,
  blocks: Blocks,
  order: 'en' | 'fr' | null,
  markdown: boolean,
  furniture: number[],
  out: Emitted[],
): void {
  const keep = { en: new Set<number>(), fr: new Set<number>() };
  const neutral = new Set<number>();
  // A text written the same in both blocks of a section (`# Notifications-admin`, an English
  // heading left in the French half) is paired with its twin: `untranslated` then judges the copy,
  // rather than two orphans reporting a translation that is there.
  // Compared by their words and numbers alone: a place written each language's way (`140
  // Promenade du Portage` / `140, promenade du Portage`, `Gatineau, Quebec` / `Gatineau (Québec)`)
  // is one text.
  const texts = blocks.lang.map(() => new Set<string>());
  readings.forEach((r, i) => r.kind === 'mono' && texts[blocks.of[i]].add(wordsKey(units[i].text.text)));
  // A text written twice, or a short heading whose words the other block has in its order
  // (`Vote accessible` in the French block, read as English, and `Accessible voting`).
  const shortUnits = blocks.lang.map(() => [] as string[]);
  units.forEach((u, i) => {
    if (u.text.length <= SWAPPED_HEADING_LENGTH) shortUnits[blocks.of[i]].push(u.text.text);
  });
  // Asked of the same units again and again: settled once each.
  const swapped = new Map<number, boolean>();
  const swappedTwin = (i: number): boolean => {
    let yes = swapped.get(i);
    if (yes === undefined) swapped.set(i, (yes = units[i].text.length <= SWAPPED_HEADING_LENGTH && shortUnits[blocks.of[i] ^ 1].some((h) => swappedTwins(units[i].text.text, h))));
    return yes;
  };
  const twinned = (i: number): boolean => texts[blocks.of[i] ^ 1].has(wordsKey(units[i].text.text)) || swappedTwin(i);
  // Material neither language's (`Gatineau (Québec)  K1A 0J9`) whose twin in the other block reads
  // as that block's language (`Gatineau, Quebec  K1A 0J9`): the twin is the same material.
  const neutrals = blocks.lang.map(() => new Set<string>());
  readings.forEach((r, i) => r.kind === 'neutral' && neutrals[blocks.of[i]].add(wordsKey(units[i].text.text)));
  const neutralTwin = (i: number): boolean => neutrals[blocks.of[i] ^ 1].has(wordsKey(units[i].text.text));
  // Each block's texts, whatever their reading: where a sentence left untranslated was copied from.
  const blockTexts = blocks.lang.map(() => [] as string[]);
  units.forEach((u, i) => blockTexts[blocks.of[i]].push(u.text.text));
  // The notes pointing to the other version, and whether each block has one.
  const noteUnits = new Set<number>();
  const notes = blocks.lang.map(() => false);
  readings.forEach((r, i) => {
    if (r.kind !== 'mono' || !isLanguageNote(units[i].text.text)) return;
    noteUnits.add(i);
    notes[blocks.of[i]] = true;
  });
  const stacked = stackedInHalves(units, readings, quoted, blocks, twinned);
  const inStacked = new Set<number>();
  for (const [a, b] of stacked) {
    emitPairOfUnits(doc, units, readings, a, b, out);
    inStacked.add(a).add(b);
  }
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const r = readings[i];
    if (inStacked.has(i)) continue;
    const own = blocks.lang[blocks.of[i]];
    const keepInBlock = (): void => {
      for (const l of u.lines) keep[own].add(l.line);
    };
    if (r.kind === 'inline' && (glossedInHalf(u.text.text, r.runs, own) || namedInHalf(u.text.text, r.runs, own) || copiedFromOtherHalf(u.text.text, r.runs, r.pieces, own, blockTexts[blocks.of[i] ^ 1]) || columnsRow(u) || listInHalf(u.text.text, own))) keepInBlock();
    else if (r.kind === 'inline') emitInline(doc, u, r.runs, r.pieces, order, out);
    else if (r.kind === 'mono' && twinned(i)) keepInBlock();
    else if (r.kind === 'mono' && neutralTwin(i)) emitShared(doc, u.text, out, 'shared');
    else if (quoted.has(i)) emitShared(doc, u.text, out, 'shared');
    // Words that read as neither language (`Description`, `Licence`, `WMS web service`) are items
    // of their half's lists: left out, the two lists no longer line up. Codes and numbers stay shared.
    else if (r.kind === 'neutral') {
      // A mail header's sender or date is no item of a list.
      if (mailDataUnit(doc, u)) emitShared(doc, u.text, out, 'shared');
      else if (HALF_WORDS.test(u.text.text) && !/\d/.test(u.text.text)) {
        keepInBlock();
        for (const l of u.lines) neutral.add(l.line);
      }
      // So is a heading with its number whose words lean to its half's language (`Séance no 31`,
      // `45e législature, 1re session` in the French half): the other half has its twin. A label
      // written in both languages beside its values (`418-763-2290, ext. / poste 204`) is not.
      // Or whose words that one language's word list alone has are its half's (`2026
      // Canada–Alberta Drought Livestock Assistance`: capitalised words read as names).
      else if ((leansTo(u.text.text, own) || listLeansTo(u.text.text, own)) && !labelPairWithValues(u.text.text)) keepInBlock();
      // So is a place's line as Canada Post writes it (`Gaspé QC  G4X 1B4`) in the English half:
      // the French half writes its twin its own way (`Gaspé (Québec)  G4X 1B4`).
      else if (own === 'en' && PLACE_CODE_POSTAL.test(u.text.text.trim())) keepInBlock();
      else emitShared(doc, u.text, out, 'shared');
    }
    // A note pointing to the other version (`— Version française —` over the French half) whose
    // other half has none has no twin: kept in its half, it would take the place of the half's
    // first line. (`## English` and `## Français` heading each half are twins.)
    else if (noteUnits.has(i) && !notes[blocks.of[i] ^ 1]) emitOrphan(doc, u.text, r.lang, r.score, out);
    else if (r.lang === own) keepInBlock();
    // A word or two that reads weakly as the other language (`Licence`, `Description`, `Total`)
    // belongs to its half: left out, it would shift the half's list against the other's.
    // So does a lone word (`Ex:` read as French in the English half): too short to tell.
    else if (Math.abs(r.score) < WEAK_IN_HALF || countWords(u.text.text) <= 1) keepInBlock();
    // A paragraph that opens in its half's language and goes on in the other (a sentence left
    // untranslated) is its half's: its sentences pair with the other half's, and the copy is
    // judged there.
    else if (holdsSentenceOf(u.text.text, own)) keepInBlock();
    // So is a row of its half's table with a cell in its half's language (`| 1 | Share good
    // practices… | Tous les membres | 16 avril 2026 |`, its action left in English): the row
    // pairs with the other table's, and the copy is judged there.
    else if (rowHoldsCellOf(u.text.text, own)) keepInBlock();
    // So is a line of a list of names, titles and places (`Dr. Samuel Okafor, Associate
    // Professor, Université de Saint-Boniface`) with a part in its half's language: the name of
    // a French institution does not make the line French.
    else if (listHoldsPartOf(u.text.text, own)) keepInBlock();
    // So is a sentence of the other language that ends a paragraph of its half, under its last
    // line (`… le samedi 15 mai 2027, à 10 h (HAA).` / `We would welcome your participation.`): the
    // paragraph's sentence left untranslated, judged with the paragraph it ends.
    else if (i > 0 && u.firstLine === units[i - 1].lastLine + 1 && monoLang(readings, i - 1) === own && blocks.of[i - 1] === blocks.of[i] && /[.!?]["»”’)]*$/.test(u.text.text.trim())) keepInBlock();
    else emitOrphan(doc, u.text, r.lang, r.score, out);
  }
  const pairs = closingTwins(uncrossed(alignDocuments({ doc: keepOnly(doc, keep.en, furniture), markdown }, { doc: keepOnly(doc, keep.fr, furniture), markdown })));
  for (const pair of pairs) {
    // Words that read as neither language and find no twin (`Priya Singh` under a signature) are
    // the same in both languages, not a translation left out.
    const alone = pair.en ?? pair.fr;
    if (alone && (!pair.en || !pair.fr) && linesOf(alone.place).every((l) => neutral.has(l))) push(out, { en: { ...alone, lang: 'und' }, fr: { ...alone, lang: 'und' }, method: 'shared', score: 1 });
    else push(out, pair);
  }
}

/** How much better a twin left alone must read than a line's partner for the two to be swapped. */
const UNCROSS_MARGIN = 0.5;
/** How well, at least, that twin must read as the line's translation. */
const UNCROSS_MIN = 1;
/** Lines apart, at most, of the lines a swap moves. */
const UNCROSS_LINES = 3;

/**
 * The halves' aligner keeps the order of both halves, and a letter's signature does not: French
 * puts the title over the name (`La directrice régionale,` / `Hélène Bastien`), English under it
 * (`Hélène Bastien` / `Regional Director`), so the title is paired with the line over the name
 * (`Yours sincerely,`) and its twin is left alone. A line left alone near a pair's first side
 * that reads much better as the translation of its second side takes that side; the first side
 * then goes with a line left alone near the second side's place (the closing formulas), if any.
 */
function uncrossed(pairs: Pair[]): Pair[] {
  const near = (a: Segment, b: Segment): boolean => Math.abs(a.place.line - b.place.line) <= UNCROSS_LINES;
  const score = (en: Segment, fr: Segment): number => compat(features(en.text, 'en'), features(fr.text, 'fr'));
  const out = [...pairs];
  for (let k = 0; k < out.length; k++) {
    const p = out[k];
    if (!p.en || !p.fr || p.method === 'shared') continue;
    const [en, fr] = [p.en, p.fr];
    const now = score(en, fr);
    const j = out.findIndex((q) => q.en && !q.fr && q.en !== en && near(q.en, en) && score(q.en, fr) >= Math.max(UNCROSS_MIN, now + UNCROSS_MARGIN));
    if (j < 0) continue;
    const twin = out[j].en!;
    out[k] = { ...p, en: twin };
    const i = out.findIndex((q) => q.fr && !q.en && near(q.fr, fr));
    if (i >= 0) out[i] = { ...out[i], en, method: p.method, score: round(logistic(score(en, out[i].fr!))) };
    else out.push({ ...out[j], en, fr: null });
    out.splice(j, 1);
    if (j < k) k--;
  }
  return out;
}

/** The score of two closings paired by closingTwins: a rule's pairing, as sure as the aligner's plain pairs. */
const CLOSING_SCORE = 0.9;

/**
 * The two halves' closing formulas, each left alone (`Yours sincerely,` / `Veuillez agréer,
 * Monsieur, l'expression de nos sentiments distingués.`): no words of one translate the other's,
 * but each is the letter's one closing, so they are one pair (at the English one's place). Not
 * when either half has another closing left alone.
 */
function closingTwins(pairs: Pair[]): Pair[] {
  const en = pairs.filter((p) => p.en && !p.fr && ENGLISH_CLOSING.test(p.en.text.trim()));
  const fr = pairs.filter((p) => p.fr && !p.en && FRENCH_CLOSING.test(p.fr.text.trim()));
  if (en.length !== 1 || fr.length !== 1) return pairs;
  const twin: Pair = { ...en[0], fr: fr[0].fr, method: 'parallel', score: CLOSING_SCORE };
  return pairs.filter((p) => p !== fr[0]).map((p) => (p === en[0] ? twin : p));
}

/** Cells of a row laid out in columns that make it a row of its half's table. */
const HALF_TABLE_CELLS = 3;

/**
 * A row of a table laid out with spaces or tabs, of three columns or more (`Tuesday, October 28
 * 9:00 a.m. – 3:00 p.m.   Place du Portage III   0A1`): a row of its half's table, a French
 * place in a cell notwithstanding (a bilingual table has two columns).
 */
function columnsRow(u: Unit): boolean {
  return u.lines.length === 1 && u.text.text.split(COLUMN_GAP_ALL).length >= HALF_TABLE_CELLS;
}

/** The gaps between the columns of a row (a tab, three spaces or more). */
const COLUMN_GAP_ALL = /\t+| {3,}/;

/** A text's words and numbers, lower-cased and without accents (`Québec`, `Quebec`), one space apart. */
function wordsKey(text: string): string {
  return fold(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function linesOf(place: Place): number[] {
  const lines: number[] = [];
  for (let l = place.line; l <= place.endLine; l++) lines.push(l);
  return lines;
}

/** Words a sentence needs to say its language (holdsSentenceOf). */
const SENTENCE_WORDS = 4;

/** Whether a paragraph of several sentences has one that reads clearly as `lang`. */
function holdsSentenceOf(text: string, lang: 'en' | 'fr'): boolean {
  const sentences = splitSentences(text);
  if (sentences.length < 2) return false;
  return sentences.some((s) => {
    const score = scoreText(text.slice(s.start, s.end));
    return score.words >= SENTENCE_WORDS && (lang === 'fr' ? score.score >= WEAK_IN_HALF : score.score <= -WEAK_IN_HALF);
  });
}

/** Whether a table row has a cell that reads plainly as `lang`. */
function rowHoldsCellOf(text: string, lang: 'en' | 'fr'): boolean {
  const row = text.trim();
  if (!TABLE_ROW.test(row)) return false;
  return cellsOf(row).some((cell) => readsPlainlyAs(cell, lang));
}

/** Whether a cell or a part of a list reads as `lang` beyond CELL_DECIDED. */
function readsPlainlyAs(text: string, lang: 'en' | 'fr'): boolean {
  const score = scoreText(text).score;
  return lang === 'fr' ? score >= CELL_DECIDED : score <= -CELL_DECIDED;
}

/** Words of each part of a line that lists (listHoldsPartOf): more make a clause. */
const LIST_PART_WORDS = 6;

/**
 * Whether a one-line list of short parts apart by commas (a speaker's name, title and
 * organisation) has a part that reads plainly as `lang`.
 */
function listHoldsPartOf(text: string, lang: 'en' | 'fr'): boolean {
  if (text.includes('\n')) return false;
  const parts = text.split(/,\s+/);
  if (parts.length < 3 || parts.some((p) => countWords(p) > LIST_PART_WORDS)) return false;
  return parts.some((part) => readsPlainlyAs(part, lang));
}

/**
 * A line of a list of names, titles and places read as an inline pair because a part names a
 * French institution (`Anne-Marie Boudreau, Associate Professor, Faculty of Education, Université
 * de Moncton` in the English half): its half's line, unless a slash or a bar sets two sides apart.
 */
function listInHalf(text: string, own: 'en' | 'fr'): boolean {
  return !/\s[/|]\s/.test(text) && listHoldsPartOf(text, own);
}

/** Words of a term in parentheses that glosses its half's text in the other language. */
const GLOSS_WORDS = 2;

/**
 * Inside a half, a word or two of the other language in parentheses glosses the text before it
 * (`## Branche amont (_upstream_)`, `demande de tirage (pull request)`): the unit is its half's
 * text, not an inline pair.
 */
function glossedInHalf(text: string, runs: Run[], own: 'en' | 'fr'): boolean {
  let ownRuns = 0;
  for (const r of runs) {
    if (r.lang === own) {
      ownRuns++;
      continue;
    }
    const inParentheses = text.slice(0, r.from).trimEnd().endsWith('(') && text.slice(r.to).trimStart().startsWith(')');
    if (!inParentheses || countWords(text.slice(r.from, r.to)) > GLOSS_WORDS) return false;
  }
  return ownRuns > 0;
}

/** Words a run needs before its copy in the other half counts (shorter ones recur by chance). */
const COPIED_RUN_WORDS = 4;

/**
 * Inside a half, a paragraph that opens in the half's language and goes on with text copied from
 * the other half (`Vendredi, l'immeuble fermera plus tôt… The cafeteria will close at noon, and
 * the fitness centre will be closed all day.`, the English sentence left untranslated): the half's
 * text, its copy judged where it pairs with its English, not an inline pair of its own.
 */
function copiedFromOtherHalf(text: string, runs: Run[], pieces: Piece[], own: 'en' | 'fr', otherTexts: string[]): boolean {
  if (runs[0].lang !== own) return false;
  const copies = runs.filter((r) => r.lang !== own);
  return copies.every((r) => {
    // Not the other side of a bilingual title or label (`Appointment Reminder Service | Service
    // de rappel de rendez-vous`): a slash, bar, dash or parenthesis sets that off.
    if (pieces[r.firstPiece].sepBefore === 2) return false;
    const run = text.slice(r.from, r.to).trim();
    return countWords(run) >= COPIED_RUN_WORDS && otherTexts.some((t) => t.includes(run));
  });
}

/**
 * Inside a half, a name that reads as the other language between two stretches of the half's
 * (`Affaire 612 – Saint John Energy – Demande générale de tarifs pour 2027`, a French title in
 * the French half) is a name in the half's text, not an inline pair.
 */
function namedInHalf(text: string, runs: Run[], own: 'en' | 'fr'): boolean {
  return runs.length >= 3 && runs[0].lang === own && runs[runs.length - 1].lang === own && runs.every((r) => r.lang === own || NAME_VALUE.test(text.slice(r.from, r.to).trim()));
}

/** Least compatibility (anchors.compat, 1 for any two neighbours) for a stacked pair inside a half. */
const STACKED_IN_HALF_MIN = 1.5;
/**
 * Words of the base lexicon translated from one of two single lines with no line between to the
 * other that make them twins whatever their compatibility (`Loans Officer, Travelling Exhibitions`
 * over `Agente des prêts, Expositions itinérantes`: loan/prêt, officer/agent).
 */
const ADJACENT_TRANSLATIONS = 2;

/** How many of the base lexicon's translations (by stems) two texts of opposite languages share. */
function knownTranslations(a: string, langA: 'en' | 'fr', b: string): number {
  const keys = stemTranslationKeys(a, langA);
  let n = 0;
  for (const k of stemTranslationKeys(b, langA === 'en' ? 'fr' : 'en')) if (keys.has(k)) n++;
  return n;
}

/** The same, for two single lines with no line between: more than length alone (at most 1) gives. */
const STACKED_ADJACENT_MIN = 1.1;
/** How far (in lines) such a pair's units may be apart. */
const STACKED_IN_HALF_LINES = 12;

/** Whether a reading is a unit of the given half's language that its half's alignment would leave unpaired. */
function strayInHalf(units: Unit[], r: UnitReading, i: number, own: 'en' | 'fr'): boolean {
  if (r.kind !== 'mono' || r.lang === own) return false;
  // A document heading of the other language (`COMMUNIQUÉ` under `NEWS RELEASE`), however short.
  return (Math.abs(r.score) >= WEAK_IN_HALF && countWords(units[i].text.text) > 1) || documentHeading(units[i].text.text) >= 0;
}

/**
 * A half may hold a short passage in both languages, one over the other (`**Available for iOS
 * and Android:**` then `**Pour iOS et Android:**` before the English half goes on), which the
 * other half does not repeat. Such a unit in the other half's language is paired with its
 * neighbour (the unit before or after it, with only neutral material between) when the two read
 * as translations. Returns the pairs as first unit → second unit.
 */
function stackedInHalves(units: Unit[], readings: UnitReading[], quoted: Set<number>, blocks: Blocks, twinned: (i: number) => boolean): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const usable = (k: number, lang: 'en' | 'fr'): boolean => {
    const r = readings[k];
    return r.kind === 'mono' && r.lang === lang && !quoted.has(k) && !taken.has(k) && !twinned(k);
  };
  for (let i = 0; i < units.length; i++) {
    const own = blocks.lang[blocks.of[i]];
    const r = readings[i];
    if (taken.has(i) || quoted.has(i) || twinned(i) || !strayInHalf(units, r, i, own) || r.kind !== 'mono') continue;
    // The nearest language-bearing unit on each side, within the same block.
    let best: { k: number; score: number } | null = null;
    for (const step of [-1, 1]) {
      let k = i + step;
      while (k >= 0 && k < units.length && readings[k].kind === 'neutral') k += step;
      if (k < 0 || k >= units.length || blocks.of[k] !== blocks.of[i] || !usable(k, own)) continue;
      const [a, b] = step < 0 ? [k, i] : [i, k];
      if (units[b].firstLine - units[a].lastLine > STACKED_IN_HALF_LINES) continue;
      const ra = readings[a] as Extract<UnitReading, { kind: 'mono' }>;
      const rb = readings[b] as Extract<UnitReading, { kind: 'mono' }>;
      const fa = features(units[a].text.text, ra.lang, units[a].heading, units[a].marker);
      const fb = features(units[b].text.text, rb.lang, units[b].heading, units[b].marker);
      const score = ra.lang === 'en' ? compat(fa, fb) : compat(fb, fa);
      // Two lines one right over the other (a title in each language under a signature's name)
      // need less to read as twins than units a paragraph apart.
      const adjacent = units[a].lines.length === 1 && units[b].lines.length === 1 && units[b].firstLine === units[a].lastLine + 1;
      if ((score >= (adjacent ? STACKED_ADJACENT_MIN : STACKED_IN_HALF_MIN) || (adjacent && knownTranslations(units[a].text.text, ra.lang, units[b].text.text) >= ADJACENT_TRANSLATIONS)) && (!best || score > best.score)) best = { k, score };
    }
    if (!best) {
      strayRunPairs(i);
      continue;
    }
    const [a, b] = best.k < i ? [best.k, i] : [i, best.k];
    pairs.set(a, b);
    taken.add(a);
    taken.add(b);
  }
  return pairs;

  /** The next language-bearing unit after k, in k's block and a few lines on, or -1. */
  /** The language-bearing unit before k, in k's block and a few lines back, or -1. */
  function prevInBlock(k: number): number {
    let n = k - 1;
    while (n >= 0 && readings[n].kind === 'neutral') n--;
    if (n < 0 || blocks.of[n] !== blocks.of[k] || units[k].firstLine - units[n].lastLine > STACKED_IN_HALF_LINES) return -1;
    return n;
  }

  function nextInBlock(k: number): number {
    let n = k + 1;
    while (n < units.length && readings[n].kind === 'neutral') n++;
    if (n >= units.length || blocks.of[n] !== blocks.of[k] || units[n].firstLine - units[k].lastLine > STACKED_IN_HALF_LINES) return -1;
    return n;
  }

  /**
   * A run of stray units (a quotation and its attribution, in English, inside the French half of a
   * release of blocks too short to be sections of their own) followed by as many units of the
   * half's language: the second run translates the first, unit by unit, when each two read as
   * translations.
   */
  function strayRunPairs(i: number): void {
    const langOf = (u: number): 'en' | 'fr' => (readings[u] as Extract<UnitReading, { kind: 'mono' }>).lang;
    const lang = langOf(i);
    const own = blocks.lang[blocks.of[i]];
    const stray = [i];
    let k = nextInBlock(i);
    while (k >= 0 && stray.length < STRAY_RUN_MAX && readings[k].kind === 'mono' && langOf(k) === lang && !quoted.has(k) && !twinned(k) && !taken.has(k)) {
      stray.push(k);
      k = nextInBlock(k);
    }
    // The translations, in order; a copy of its stray unit (a line left in English) stands for one.
    const twins: number[] = [];
    const copyOf = (u: number, s: number): boolean => readings[u].kind === 'mono' && !taken.has(u) && units[u].text.text.trim() === units[s].text.text.trim();
    while (k >= 0 && twins.length < stray.length && (usable(k, own) || copyOf(k, stray[twins.length]))) {
      twins.push(k);
      k = nextInBlock(k);
    }
    if (stray.length < 2) return;
    const feat = (u: number): Features => features(units[u].text.text, langOf(u), units[u].heading, units[u].marker);
    const translate = (ts: number[]): boolean => ts.length === stray.length && stray.every((s, n) => (lang === 'en' ? compat(feat(s), feat(ts[n])) : compat(feat(ts[n]), feat(s))) >= STACKED_IN_HALF_MIN);
    // Or the run as long right before it, when the stray run translates that one (a title block
    // in English, then in French, above the first section of a document of sections).
    let chosen = translate(twins) ? twins : null;
    if (!chosen) {
      const before: number[] = [];
      for (let b = prevInBlock(i); b >= 0 && before.length < stray.length && usable(b, own); b = prevInBlock(b)) before.unshift(b);
      if (translate(before)) chosen = before;
    }
    if (!chosen) return;
    const found = chosen;
    stray.forEach((s, n) => {
      pairs.set(Math.min(s, found[n]), Math.max(s, found[n]));
      taken.add(s).add(found[n]);
    });
  }
}

/** Most units of a stray run paired unit by unit with the run after it. */
const STRAY_RUN_MAX = 4;

/** Emits two monolingual units as one pair (stacked when each is one line, a blank line apart at most). */
function emitPairOfUnits(doc: SourceDocument, units: Unit[], readings: UnitReading[], a: number, b: number, out: Emitted[]): void {
  const ra = readings[a] as Extract<UnitReading, { kind: 'mono' }>;
  const rb = readings[b] as Extract<UnitReading, { kind: 'mono' }>;
  const ma: Mono = { unit: units[a], lang: ra.lang, score: ra.score, feat: features(units[a].text.text, ra.lang, units[a].heading, units[a].marker) };
  const mb: Mono = { unit: units[b], lang: rb.lang, score: rb.score, feat: features(units[b].text.text, rb.lang, units[b].heading, units[b].marker) };
  emitBead(doc, { a: [ma], b: [mb], score: pairScore([ma], [mb], null) }, out);
}

/** The document with every line not in `keep` blanked to spaces (offsets unchanged). */
/**
 * A copy of the document with only the lines of `keep`, the others blanked. The page furniture
 * found in the whole document stays known to the copy: a paragraph cut by a page break is still
 * read whole there, and a running header that repeats only across both halves is still furniture.
 */
function keepOnly(doc: SourceDocument, keep: Set<number>, furniture: number[]): SourceDocument {
  const parts: string[] = [];
  for (let n = 1; n <= doc.lineCount; n++) {
    const start = doc.lineStarts[n - 1];
    const end = doc.lineEnds[n - 1];
    const next = n < doc.lineCount ? doc.lineStarts[n] : doc.text.length;
    parts.push(keep.has(n) ? doc.text.slice(start, end) : ' '.repeat(end - start), doc.text.slice(end, next));
  }
  const copy = new SourceDocument(doc.file, parts.join(''), doc.encoding, doc.bom);
  if (furniture.length) setPageFurniture(copy, furniture);
  return copy;
}

/** Monolingual units on each side of a unit that make up its neighbourhood. */
const PASSAGE_WINDOW = 15;
const PASSAGE_MIN_UNITS = 12;
const PASSAGE_MINORITY_SHARE = 0.1;
const NAME_MAX_WORDS = 12;

/**
 * In a long passage in one language (an English-only report), short lines in the other language
 * are names quoted as they are (`Agence nationale de la sécurité des systèmes d'information`),
 * not translations waiting for a partner: returns the indices of such units.
 */
function quotedNames(units: Unit[], readings: UnitReading[]): Set<number> {
  const idx: number[] = [];
  const isFr: number[] = [];
  readings.forEach((r, i) => {
    if (r.kind === 'mono') {
      idx.push(i);
      isFr.push(r.lang === 'fr' ? 1 : 0);
    }
  });
  const prefix = [0];
  for (const f of isFr) prefix.push(prefix[prefix.length - 1] + f);
  const out = new Set<number>();
  for (let k = 0; k < idx.length; k++) {
    const a = Math.max(0, k - PASSAGE_WINDOW);
    const b = Math.min(idx.length, k + PASSAGE_WINDOW + 1);
    const n = b - a;
    if (n < PASSAGE_MIN_UNITS) continue;
    const fr = prefix[b] - prefix[a];
    const same = isFr[k] ? fr : n - fr;
    if (same <= n * PASSAGE_MINORITY_SHARE && isNameLine(units[idx[k]].text.text)) out.add(idx[k]);
  }
  return out;
}

/** How the document stacks its pairs: which language comes first, and how many lines down its twin starts. */
interface Layout {
  first: 'en' | 'fr';
  gap: number;
}

/** A 1-1 bead at least this sure shows the document's layout. */
const LAYOUT_SURE = 2;
const LAYOUT_MIN_BEADS = 3;
const LAYOUT_SHARE = 0.8;
/** What keeping the layout is worth to a 1-1 bead: a line over its twin is a pair even when a value differs. */
const LAYOUT_BONUS = 1;

/**
 * The layout of a stacked document, learned from the 1-1 pairs a first pass is sure of (`EN line,
 * FR line on the next line` in most stacked notices), or null when no layout dominates. With it,
 * a line over its twin pairs even when a real difference (12% against 21 %) weakens the other
 * signs, and a line written alike in both languages (`Pause`) takes the language of its place.
 */
function learnLayout(plans: StretchPlan[]): Layout | null {
  const counts = new Map<string, number>();
  let sure = 0;
  for (const p of plans) {
    for (const beads of p.plans) {
      for (const b of beads ?? []) {
        if (b.a.length !== 1 || b.b.length !== 1 || b.score < LAYOUT_SURE) continue;
        const key = `${b.a[0].lang}:${b.b[0].unit.firstLine - b.a[0].unit.lastLine}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        sure++;
      }
    }
  }
  for (const [key, n] of counts) {
    if (n >= LAYOUT_MIN_BEADS && n >= sure * LAYOUT_SHARE) {
      const [first, gap] = key.split(':');
      return { first: first as 'en' | 'fr', gap: Number(gap) };
    }
  }
  return null;
}

/**
 * Undecided units (`Pause`, a word both languages write alike) standing where the layout puts the
 * twin of a unit the first pass left unpaired take the other language. Returns whether any did.
 */
function placeUndecided(units: Unit[], readings: UnitReading[], quoted: Set<number>, plans: StretchPlan[], layout: Layout): boolean {
  const unpaired = new Map<number, 'en' | 'fr'>();
  for (const p of plans) {
    p.runs.forEach((run, i) => {
      if (!p.plans[i] && !(i > 0 && p.plans[i - 1])) for (const m of run.items) unpaired.set(m.unit.firstLine, m.lang);
    });
    for (const beads of p.plans) for (const b of beads ?? []) if (!b.a.length || !b.b.length) for (const m of [...b.a, ...b.b]) unpaired.set(m.unit.firstLine, m.lang);
  }
  const second = layout.first === 'en' ? 'fr' : 'en';
  let changed = false;
  units.forEach((u, i) => {
    if (readings[i].kind !== 'neutral' || quoted.has(i) || u.lines.length !== 1) return;
    const s = scoreText(u.text.text);
    if (s.known === 0 || Math.abs(s.score) >= DECISION_THRESHOLD) return;
    // As the first line of a pair, its twin is `gap` lines down; as the second, `gap` lines up.
    const below = unpaired.get(u.firstLine + layout.gap);
    const above = unpaired.get(u.firstLine - layout.gap);
    const lang = below === second ? layout.first : above === layout.first ? second : null;
    if (lang && (lang === 'fr' ? s.score : -s.score) > -1) {
      readings[i] = { kind: 'mono', lang, score: s.score };
      changed = true;
    }
  });
  return changed;
}

function leavesUnpaired({ runs, plans }: StretchPlan): boolean {
  return runs.some((_, i) => !plans[i] && !(i > 0 && plans[i - 1])) || plans.some((beads) => beads?.some((b) => b.a.length === 0 || b.b.length === 0));
}

interface StretchPlan {
  runs: LangRun[];
  /** The beads of run i paired with run i+1, or null. */
  plans: Array<Bead[] | null>;
}

/** Blocks at each end of a run that a pairing may take or leave (the rest go whole). */
const SPLIT_BLOCKS = 3;

/**
 * The runs of a stretch paired with their neighbours. A run of one language may hold blocks of
 * two pairs (blocks that switch order: an English block and its French, then a French block
 * and its English, the two French blocks one run), so a pairing takes a run from one of its
 * blocks to its end and the next run up to one of its blocks: the plan of best total score, whole
 * runs winning ties.
 */
function planStretch(monos: Mono[], order: 'en' | 'fr' | null, layout: Layout | null): StretchPlan {
  const runs: LangRun[] = [];
  for (const m of monos) {
    const last = runs[runs.length - 1];
    if (last && last.lang === m.lang) last.items.push(m);
    else runs.push({ lang: m.lang, items: [m] });
  }
  // Pieces: each run cut at its blank lines; runOf[k] is piece k's run, runStart[r] its first piece.
  const pieces: Mono[][] = [];
  const runOf: number[] = [];
  const runStart: number[] = [];
  runs.forEach((run, r) => {
    runStart.push(pieces.length);
    run.items.forEach((m, t) => {
      if (t === 0 || !nextLine(run.items[t - 1], m)) {
        pieces.push([]);
        runOf.push(r);
      }
      pieces[pieces.length - 1].push(m);
    });
  });
  runStart.push(pieces.length);
  const P = pieces.length;
  // total[k]: the best score of pieces k…, where k opens its run or follows a pairing that took the
  // run's first pieces; the rest of a run is paired from k to its end or left unpaired whole.
  // cut[k] and end[k]: where the pairing from k ends its first run and its second (-1: none).
  const total = new Array<number>(P + 1).fill(0);
  const cut = new Int32Array(P).fill(-1);
  const end = new Int32Array(P).fill(-1);
  const beadsAt: Array<Bead[] | null> = new Array(P).fill(null);
  const items = (from: number, to: number): Mono[] => pieces.slice(from, to).flat();
  for (let k = P - 1; k >= 0; k--) {
    const r = runOf[k];
    const mid = runStart[r + 1];
    total[k] = total[mid];
    // Only the first pieces of a run can be left by the pairing before (see the prefixes below).
    if (k - runStart[r] > SPLIT_BLOCKS || r + 1 >= runs.length) continue;
    const last = runStart[r + 2];
    const first: LangRun = { lang: runs[r].lang, items: k === runStart[r] ? runs[r].items : items(k, mid) };
    // The whole next run first (ties keep it), then its prefixes near its start.
    const ends = [last];
    for (let e = mid + 1; e < last && e - mid <= SPLIT_BLOCKS; e++) ends.push(e);
    for (const e of ends) {
      const second: LangRun = { lang: runs[r + 1].lang, items: e === last ? runs[r + 1].items : items(mid, e) };
      const res = alignRuns(first, second, order, layout);
      if (res.beads.some((b) => b.a.length && b.b.length) && res.score + total[e] > total[k]) {
        total[k] = res.score + total[e];
        cut[k] = mid;
        end[k] = e;
        beadsAt[k] = res.beads;
      }
    }
  }
  // Walk the plan: a pairing gives two runs and their plan; the unpaired rest of a run, one run.
  const outRuns: LangRun[] = [];
  const outPlans: Array<Bead[] | null> = [];
  for (let k = 0; k < P; ) {
    const r = runOf[k];
    if (end[k] < 0) {
      outRuns.push({ lang: runs[r].lang, items: k === runStart[r] ? runs[r].items : items(k, runStart[r + 1]) });
      outPlans.push(null);
      k = runStart[r + 1];
      continue;
    }
    outRuns.push({ lang: runs[r].lang, items: items(k, cut[k]) }, { lang: runs[r + 1].lang, items: items(cut[k], end[k]) });
    outPlans.push(beadsAt[k], null);
    k = end[k];
  }
  return splitEdgeRuns({ runs: outRuns, plans: outPlans }, order, layout);
}

/** How many beads at the start (or end) of a plan are units of one side left unpaired. */
function edgeOrphans(beads: Bead[], side: 'a' | 'b', atEnd: boolean): number {
  let k = 0;
  const at = (j: number): Bead => beads[atEnd ? beads.length - 1 - j : j];
  while (k < beads.length && at(k)[side].length > 0 && at(k)[side === 'a' ? 'b' : 'a'].length === 0) k++;
  return k;
}

/**
 * A run between two runs of the other language may hold the translation of each: stacked pairs
 * that switch order (`EN` over `FR`, then `FR` over `EN`) put two French units in one run, which
 * the plan pairs with one neighbour, leaving the other neighbour and one French unit unpaired. The
 * units left at the edge of a paired run are split off and paired with the unpaired neighbour on
 * that side when they read as its translation.
 */
function splitEdgeRuns(plan: StretchPlan, order: 'en' | 'fr' | null, layout: Layout | null): StretchPlan {
  if (plan.runs.length < 3) return plan;
  // Copies: a plan whose leading units pair with the one before is trimmed in place.
  const runs = [...plan.runs];
  const plans = [...plan.plans];
  const outRuns: LangRun[] = [];
  const outPlans: Array<Bead[] | null> = [];
  // Output run k is unpaired: no plan of its own, and not the second run of the plan before it.
  const unpaired = (k: number): boolean => k >= 0 && outPlans[k] === null && !(k > 0 && outPlans[k - 1] !== null);
  const paired = (beads: Bead[]): boolean => beads.some((b) => b.a.length > 0 && b.b.length > 0);
  for (let i = 0; i < runs.length; ) {
    let beads = plans[i];
    if (!beads) {
      outRuns.push(runs[i]);
      outPlans.push(null);
      i++;
      continue;
    }
    let first = runs[i];
    let second = runs[i + 1];
    const prev = outRuns.length - 1;
    const lead = edgeOrphans(beads, 'a', false);
    if (lead > 0 && lead < first.items.length && unpaired(prev)) {
      const head: LangRun = { lang: first.lang, items: first.items.slice(0, lead) };
      const r = alignRuns(outRuns[prev], head, order, layout);
      if (paired(r.beads)) {
        outPlans[prev] = r.beads;
        outRuns.push(head);
        outPlans.push(null);
        first = { lang: first.lang, items: first.items.slice(lead) };
        beads = beads.slice(lead);
      }
    }
    const next = i + 2;
    const trail = edgeOrphans(beads, 'b', true);
    if (trail > 0 && trail < second.items.length && next < runs.length && !plans[next]) {
      const tail: LangRun = { lang: second.lang, items: second.items.slice(second.items.length - trail) };
      const r = alignRuns(tail, runs[next], order, layout);
      if (paired(r.beads)) {
        second = { lang: second.lang, items: second.items.slice(0, second.items.length - trail) };
        outRuns.push(first, second, tail, runs[next]);
        outPlans.push(beads.slice(0, beads.length - trail), null, r.beads, null);
        i += 3;
        continue;
      }
    }
    // Both neighbours paired, each leaving units unpaired where they meet (blocks that switch
    // order: an English block and its French, then a French block and its English, then English
    // again): the two leftovers are each other's translation when they read so.
    const nextPlan = next < runs.length ? plans[next] : null;
    const lead2 = nextPlan ? leadingOrphans(nextPlan) : 0;
    if (nextPlan && trail > 0 && trail < second.items.length && lead2 > 0 && lead2 < runs[next].items.length) {
      const tail: LangRun = { lang: second.lang, items: second.items.slice(second.items.length - trail) };
      const head: LangRun = { lang: runs[next].lang, items: runs[next].items.slice(0, lead2) };
      const r = alignRuns(tail, head, order, layout);
      if (paired(r.beads)) {
        const kept: LangRun = { lang: second.lang, items: second.items.slice(0, second.items.length - trail) };
        outRuns.push(first, kept, tail, head);
        outPlans.push(alignRuns(first, kept, order, layout).beads, null, r.beads, null);
        // The rest of the next plan is aligned again without them (its band was set by them).
        runs[next] = { lang: runs[next].lang, items: runs[next].items.slice(lead2) };
        plans[next] = alignRuns(runs[next], runs[next + 1], order, layout).beads;
        i += 2;
        continue;
      }
    }
    outRuns.push(first, second);
    outPlans.push(beads, null);
    i += 2;
  }
  return { runs: outRuns, plans: outPlans };
}

/**
 * How many units of side `a` open a plan unpaired, units of side `b` left unpaired among them
 * aside (`COMMENTAIRES ÉCRITS` alone before `Open house`, the English block that a French block
 * put first, then `WRITTEN COMMENTS` with its text).
 */
function leadingOrphans(beads: Bead[]): number {
  let n = 0;
  for (const b of beads) {
    if (b.a.length > 0 && b.b.length > 0) break;
    n += b.a.length;
  }
  return n;
}

function emitStretch(doc: SourceDocument, { runs, plans }: StretchPlan, out: Emitted[]): void {
  const n = runs.length;
  for (let i = 0; i < n; ) {
    const plan = plans[i];
    if (plan) {
      for (const bead of joinOpeningHeadings(plan)) emitBead(doc, bead, out);
      i += 2;
    } else {
      for (const m of runs[i].items) emitUnpaired(doc, m, out);
      i += 1;
    }
  }
}

/**
 * Two blocks that each open with a heading left unpaired (`## Spring Learning Week`, `##
 * Semaine d'apprentissage du printemps`: no word in common, lengths far apart; in plain text, a
 * short line with no final stop, `About the project` / `À propos du projet`) while what follows
 * is paired: the headings are each other's, by their place.
 */
function joinOpeningHeadings(beads: Bead[]): Bead[] {
  if (beads.length < 3) return beads;
  const [x, y] = beads;
  const lone = (b: Bead): Mono | null => (b.a.length + b.b.length === 1 ? (b.a[0] ?? b.b[0]) : null);
  const hx = lone(x);
  const hy = lone(y);
  if (!hx || !hy || !headingLike(hx.unit) || !headingLike(hy.unit) || x.a.length === y.a.length || beads[2].a.length === 0 || beads[2].b.length === 0) return beads;
  const a = x.a.length ? x.a : y.a;
  const b = x.b.length ? x.b : y.b;
  return [{ a, b, score: pairScore(a, b, null) }, ...beads.slice(2)];
}

/** Words of a line of plain text taken for a heading (`About the project`, `À propos du projet`). */
const HEADING_LINE_WORDS = 6;

/** A unit marked as a heading, or a short line of plain text that reads as one: a capital, no final stop. */
function headingLike(u: Unit): boolean {
  if (u.heading) return true;
  const text = u.text.text.trim();
  return u.lines.length === 1 && /^\p{Lu}/u.test(text) && !/[.!?;:,]$/.test(text) && countWords(text) <= HEADING_LINE_WORDS;
}

function isNameLine(text: string): boolean {
  return !/[.!?;:]\s*$/.test(text) && text.split(/\s+/).length <= NAME_MAX_WORDS;
}

interface Bead {
  a: Mono[];
  b: Mono[];
  score: number;
}

/** Aligns the units of two neighbouring runs (opposite languages) by dynamic programming. */
function alignRuns(first: LangRun, second: LangRun, order: 'en' | 'fr' | null, layout: Layout | null): { score: number; beads: Bead[] } {
  const A = first.items;
  const B = second.items;
  const p = A.length;
  const q = B.length;
  const orderBonus = order === null ? 0 : first.lang === order ? 0.3 : -0.3;
  const NEG = -Infinity;
  const width = q + 1;
  const f = new Float64Array((p + 1) * (q + 1)).fill(NEG);
  const from = new Int32Array((p + 1) * (q + 1)).fill(-1);
  const beadScore = new Float64Array((p + 1) * (q + 1));
  f[0] = 0;
  const band = p * q > BAND * BAND;
  // Two blocks of several units (an English block, then its French block): a unit's translation
  // sits as far below it as the second block sits below the first, so distance is counted from there.
  const shift = p >= 2 && q >= 2 ? B[0].unit.firstLine - A[0].unit.firstLine : undefined;
  for (let i = 0; i <= p; i++) {
    for (let j = 0; j <= q; j++) {
      const here = f[i * width + j];
      if (here === NEG) continue;
      if (band && Math.abs(i / Math.max(1, p) - j / Math.max(1, q)) * Math.max(p, q) > BAND) continue;
      // Orphans cost nothing: a pair must earn its place.
      relax(i + 1, j, here, -1, 0);
      relax(i, j + 1, here, -2, 0);
      for (let k = 0; k < BEADS.length; k++) {
        const [da, db, prior] = BEADS[k];
        if (i + da > p || j + db > q) continue;
        const aUnits = A.slice(i, i + da);
        const bUnits = B.slice(j, j + db);
        // Units of one paragraph (no blank line between them) joined on one side cost half as much:
        // a paragraph the other language wrote as one unit.
        const onePara = (da > 1 && db === 1 && contiguous(aUnits)) || (db > 1 && da === 1 && contiguous(bUnits));
        const s = pairScore(aUnits, bUnits, layout, shift) + (onePara ? prior / 2 : prior) + orderBonus;
        if (s <= PAIR_THRESHOLD) continue;
        relax(i + da, j + db, here, k, s);
      }
    }
  }
  function relax(i: number, j: number, base: number, how: number, s: number): void {
    if (i > p || j > q) return;
    const idx = i * width + j;
    if (base + s > f[idx]) {
      f[idx] = base + s;
      from[idx] = how;
      beadScore[idx] = s;
    }
  }
  // Walk back.
  const beads: Bead[] = [];
  let i = p;
  let j = q;
  while (i > 0 || j > 0) {
    const idx = i * width + j;
    const how = from[idx];
    if (how === -1) {
      beads.push({ a: [A[i - 1]], b: [], score: 0 });
      i--;
    } else if (how === -2) {
      beads.push({ a: [], b: [B[j - 1]], score: 0 });
      j--;
    } else {
      const [da, db] = BEADS[how];
      beads.push({ a: A.slice(i - da, i), b: B.slice(j - db, j), score: beadScore[idx] });
      i -= da;
      j -= db;
    }
  }
  beads.reverse();
  return { score: f[p * width + q], beads: pairSandwiched(beads, layout) };
}

/** How far below an even chance a unit may score with its counterpart in place and still be paired. */
const SANDWICH_FLOOR = -1.5;

/**
 * Units left alone between the same two pairs of a block (or before its first pair, or after its
 * last), as many on each side (one or two), are each other's translations in order when they
 * score near an even chance (the pair's own score, without a shape's prior): the last line of a block of four (`Bring your library card.` under `Apportez votre carte
 * de bibliothèque.`) shares no word with its twin, and the lines between them cost it the pair.
 */
function pairSandwiched(beads: Bead[], layout: Layout | null): Bead[] {
  if (!beads.some((b) => b.a.length && b.b.length)) return beads;
  const out: Bead[] = [];
  let gap: Bead[] = [];
  const flush = (): void => {
    const as = gap.filter((b) => b.a.length).map((b) => b.a[0]);
    const bs = gap.filter((b) => b.b.length).map((b) => b.b[0]);
    const scores = as.length === bs.length && as.length <= 2 ? as.map((m, k) => pairScore([m], [bs[k]], layout)) : [];
    if (scores.length && scores.every((x) => x > SANDWICH_FLOOR)) as.forEach((m, k) => out.push({ a: [m], b: [bs[k]], score: scores[k] }));
    else out.push(...gap);
    gap = [];
  };
  for (const b of beads) {
    if (b.a.length && b.b.length) {
      flush();
      out.push(b);
    } else gap.push(b);
  }
  flush();
  return out;
}

const joinedFeatures = new WeakMap<Mono[], Features>();

function pairScore(a: Mono[], b: Mono[], layout: Layout | null, shift?: number): number {
  const fa = a.length === 1 ? a[0].feat : joinFeatures(a);
  const fb = b.length === 1 ? b[0].feat : joinFeatures(b);
  const en = a[0].lang === 'en' ? fa : fb;
  const fr = a[0].lang === 'en' ? fb : fa;
  let s = compat(en, fr);
  // A paragraph cut into units (a sentence a line under a hand-wrapped English paragraph) keeps
  // the layout as one unit does.
  if (layout && a[0].lang === layout.first && b[0].unit.firstLine - a[a.length - 1].unit.lastLine === layout.gap && contiguous(a) && contiguous(b)) s += LAYOUT_BONUS;
  // Distance: translations sit next to each other; each blank line or unit between costs a little.
  // A bead of several units per side pays for each unit and its counterpart (the last units of
  // the first side with the first units of the second), so that a heading and its paragraph are
  // not merged into one bead only because merging pays the distance once.
  const m = Math.min(a.length, b.length);
  let gap = 0;
  for (let k = 0; k < m; k++) {
    const ak = a[a.length - m + k].unit;
    const near = Math.max(0, b[k].unit.firstLine - ak.lastLine - 2);
    // In blocks, what counts is how far the unit stands from where the block puts its translation;
    // a fifth of the plain distance still prefers the nearer of two readings that fit as well
    // (a French paragraph of one unit taking both English sentences of its paragraph).
    gap += shift === undefined ? near : Math.min(near, Math.max(0, Math.abs(b[k].unit.firstLine - ak.firstLine - shift) - 2) + NEAR_IN_BLOCKS * near);
  }
  s -= gap * 0.25;
  // Units of one side set apart by a blank line are separate paragraphs: a paragraph of its own
  // (a French sentence with no English) is not taken into its neighbour's translation only
  // because the longer text fits the other side's length better.
  s -= SEPARATE_PARAGRAPH * (paragraphBreaks(a) + paragraphBreaks(b));
  return s;
}

/** Whether units follow one another line after line (one paragraph). */
function contiguous(ms: Mono[]): boolean {
  for (let k = 1; k < ms.length; k++) if (!nextLine(ms[k - 1], ms[k])) return false;
  return true;
}

/** Whether a unit starts on the line after another ends (the same paragraph: no blank line between). */
function nextLine(a: Mono, b: Mono): boolean {
  return b.unit.firstLine === a.unit.lastLine + 1;
}

/** The share of the plain distance a pair of units of two blocks still pays. */
const NEAR_IN_BLOCKS = 0.2;

/** What joining two paragraphs of one side into a bead costs. */
const SEPARATE_PARAGRAPH = 0.5;

function paragraphBreaks(ms: Mono[]): number {
  let n = 0;
  for (let k = 1; k < ms.length; k++) if (!nextLine(ms[k - 1], ms[k])) n++;
  return n;
}

function joinFeatures(ms: Mono[]): Features {
  let f = joinedFeatures.get(ms);
  if (f) return f;
  const text = ms.map((m) => m.unit.text.text).join(' ');
  f = features(text, ms[0].lang, ms.every((m) => m.unit.heading), ms[0].unit.marker);
  joinedFeatures.set(ms, f);
  return f;
}

function emitBead(doc: SourceDocument, bead: Bead, out: Emitted[]): void {
  if (bead.a.length === 0 || bead.b.length === 0) {
    for (const m of [...bead.a, ...bead.b]) emitUnpaired(doc, m, out);
    return;
  }
  const sa = segment(doc, joinTexts(bead.a), bead.a[0].lang);
  const sb = segment(doc, joinTexts(bead.b), bead.b[0].lang);
  // Stacked: one line over its twin (a blank line between at most); anything larger is a block.
  const single = bead.a.length === 1 && bead.b.length === 1 && bead.a[0].unit.lines.length === 1 && bead.b[0].unit.lines.length === 1;
  const near = Math.abs(bead.b[0].unit.firstLine - bead.a[0].unit.lastLine) <= 2;
  const method: Method = single && near ? 'stacked' : 'block';
  push(out, { en: sa.lang === 'en' ? sa : sb, fr: sa.lang === 'fr' ? sa : sb, method, score: round(logistic(bead.score)) });
}

function joinTexts(ms: Mono[]): MappedText {
  if (ms.length === 1) return ms[0].unit.text;
  const b = new MappedTextBuilder();
  for (const m of ms) {
    if (b.length > 0) {
      const at = m.unit.text.offsetAt(0);
      b.appendReplacement(' ', at, at);
    }
    b.appendMapped(m.unit.text);
  }
  return b.build();
}
