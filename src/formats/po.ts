// Gettext PO catalogs: one keyed pair per entry (msgid ↔ msgstr; plural forms msgid_plural ↔
// msgstr[n]), with the fuzzy flag, comments as notes and places on the quoted strings.
//
// The catalog is read in one pass by po-parse.ts (the syntax as gettext-parser reads it, with
// where every character of every string is in the file).
// Languages: msgid is the source (English unless `X-Source-Language` says otherwise or the
// msgids read as French); the target is the `Language:` header, else the file name
// (django-fr.po, locale/fr/LC_MESSAGES/…), else what the msgstrs read as. A catalog whose
// msgstrs are English (Lingui's en.po) is read with its French sibling (fr.po), by msgid.

import { resolve } from 'node:path';
import { decodeDocument, readInputBytes, SourceDocument } from '../core/document.js';
import { UserError } from '../core/errors.js';
import type { Pair, PairMeta, Place, Segment } from '../core/types.js';
import { scoreText } from '../lang/identify.js';
import { claimGroup, partnerOf, nameLanguage } from './siblings.js';
import { langFamily } from './tmx.js';
import { utf8TextStart } from './decode.js';
import { parsePo, parsePoBytes, poOffset, PoSyntaxError, type ParsedPo, type PoRawEntry, type PoText } from './po-parse.js';
import type { InputFile, ReadOptions } from './index.js';

/** Shared by the entries without comments (nothing adds to them). */
const NO_NOTES: string[] = [];
const NO_PROPS: Record<string, string> = {};

/** An entry as the parser gives it, its strings already segments. */
type PoEntry = PoRawEntry<PoSegment>;

/** What an entry's comments and msgctxt say, for its pairs' meta. */
interface EntryNotes {
  fuzzy: boolean;
  notes: string[];
  /** NO_PROPS when there are none. */
  props: Record<string, string>;
}

interface PoCatalog {
  doc: SourceDocument;
  entries: PoEntry[];
  source: 'en' | 'fr';
  target: 'en' | 'fr';
}

export async function readPo(file: string, opts: ReadOptions): Promise<Omit<InputFile, 'file'>> {
  const cat = loadPo(file, opts.cwd);
  const mono = cat.source === cat.target;
  const partner = partnerOf(file, opts.cwd);
  if (partner) {
    const other = loadPo(partner.partner, opts.cwd);
    // Two catalogs of one project, one per language: pair them by msgid when one of them is monolingual.
    if ((mono || other.source === other.target) && cat.target !== other.target) {
      if (!claimGroup(opts, [file, partner.partner])) return { format: 'po', pairs: [] };
      const en = cat.target === 'en' ? cat : other;
      const fr = cat.target === 'en' ? other : cat;
      const pairs = pairCatalogs(en, fr);
      other.doc.releaseText();
      cat.doc.releaseText();
      return { format: 'po', document: cat.doc, pairs };
    }
  }
  if (mono) {
    throw new UserError(
      `is a catalog whose msgid and msgstr are both ${cat.target === 'en' ? 'English' : 'French'}, and no ${cat.target === 'en' ? 'French' : 'English'} catalog was found beside it${nameLanguage(file) ? ` (looked for ${nameLanguage(file)!.partners.join(', ')})` : ''}`,
      { file },
    );
  }
  const pairs = pairEntries(cat);
  // The segments have texts of their own and places from the line table.
  cat.doc.releaseText();
  return { format: 'po', document: cat.doc, pairs };
}

/** Reads a catalog: entries with places, and its languages. */
export function loadPo(file: string, cwd?: string): PoCatalog {
  const { doc, po } = parseCatalog(file, cwd);
  // The parser's entries as they are: what their comments say is worked out as their pairs are made.
  const entries = po.entries.filter((e) => e.msgid.text !== '');
  // A duplicate entry (same msgctxt and msgid) replaced an earlier one: it stands where it is written.
  entries.sort((a, b) => a.msgid.start - b.msgid.start);
  const headers = po.headers;
  const target =
    langFamily(headers.Language) ??
    langFamily(/^(\w+)/.exec(headers['Language-Team'] ?? '')?.[1]) ??
    nameLanguage(file)?.lang ??
    guessLang(sampleOf(entries, true), file, 'msgstr');
  const source = langFamily(headers['X-Source-Language']) ?? guessLang(sampleOf(entries, false), file, 'msgid', 'en');
  return { doc, entries, source, target };
}

/** The first 200 msgids (or msgstrs) that are not blank: all a language guess reads. */
function sampleOf(entries: PoEntry[], msgstr: boolean): string[] {
  const out: string[] = [];
  for (const e of entries) {
    for (const s of msgstr ? e.msgstr : [e.msgid]) {
      if (s.text.trim()) out.push(s.text);
      if (out.length === 200) return out;
    }
  }
  return out;
}

/** What an entry's comments say: flags (fuzzy), notes (translator's, then extracted) and properties. */
function notesOf(e: PoEntry): EntryNotes {
  const c = e.comments;
  // Most entries of a large catalog have no comment: no lists of their own.
  if (!c) return { fuzzy: false, notes: NO_NOTES, props: e.ctx ? { msgctxt: e.ctx } : NO_PROPS };
  const flags = c.flag ? c.flag.split(/[,\n]/).map((f) => f.trim()).filter(Boolean) : [];
  const notes: string[] = [];
  if (c.translator) notes.push(c.translator);
  if (c.extracted) notes.push(c.extracted);
  const props: Record<string, string> = {};
  if (e.ctx) props.msgctxt = e.ctx;
  if (c.reference) props.reference = c.reference;
  if (flags.length) props.flags = flags.join(', ');
  if (c.previous) props.previous = c.previous;
  return { fuzzy: flags.includes('fuzzy'), notes, props: Object.keys(props).length ? props : NO_PROPS };
}

/**
 * A catalog's document and syntax. A UTF-8 file (most) is parsed from its bytes: its text as one
 * string is never made (see parsePoBytes); the document has its line table, and its text is
 * decoded again only if something asks for it. Other encodings are decoded first.
 */
function parseCatalog(file: string, cwd?: string): { doc: SourceDocument; po: ParsedPo<PoSegment> } {
  const bytes = readInputBytes(file, cwd);
  const path = cwd ? resolve(cwd, file) : file;
  try {
    const from = utf8TextStart(bytes);
    const read = from === null ? null : parsePoBytes(bytes, from, PoSegment.make);
    if (read) return { doc: new SourceDocument(file, read.layout, 'utf-8', from! > 0, path), po: read.po };
    const doc = decodeDocument(file, bytes, cwd);
    return { doc, po: parsePo(doc.text, PoSegment.make) };
  } catch (e) {
    if (!(e instanceof PoSyntaxError)) throw e;
    throw new UserError(`malformed PO: ${e.message}`, { file, line: e.line, column: 1 });
  }
}

/** The language most of the strings of a sample (sampleOf) are in (English when they do not say). */
function guessLang(texts: string[], file: string, what: string, fallback?: 'en' | 'fr'): 'en' | 'fr' {
  const sample = texts.join('\n');
  if (!sample) {
    if (fallback) return fallback;
    throw new UserError(`cannot tell the language of its ${what}s: add a "Language:" header`, { file });
  }
  const s = scoreText(sample);
  if (fallback === 'en') return s.score > 3 ? 'fr' : 'en';
  return s.score > 0 ? 'fr' : 'en';
}

/** The segment of a string in a pair, null for an empty one. */
function segmentOf(doc: SourceDocument, s: PoSegment, lang: 'en' | 'fr'): Segment | null {
  return s.text.length === 0 ? null : s.inPair(doc, lang);
}

/** The runs of a string that is one run of the file (PoText.runs null). */
const ONE_RUN = new Int32Array(0);

/**
 * A msgid or msgstr as a segment: its text and where its characters are, its place worked out
 * when asked. A place object and a locate closure per string held more memory than the strings'
 * text on a catalog of 100,000 entries, and few places are ever asked for but in the report.
 */
class PoSegment implements Segment, PoText {
  readonly text: string;
  lang: 'en' | 'fr';
  readonly start: number;
  readonly end: number;
  /** Never null here (an empty list for a text that is one run): a field that holds sometimes null,
   * sometimes an array, changes the objects' layout midway and undoes the optimised code that reads it. */
  readonly runs: Int32Array;
  readonly base: number;
  /** The catalog's document; null while the parser's object waits for its pair (inPair). */
  private doc: SourceDocument | null;

  constructor(text: string, start: number, end: number, runs: Int32Array, base: number, doc: SourceDocument | null, lang: 'en' | 'fr') {
    this.text = text; // a copy of its own (po-parse's textOf)
    this.lang = lang;
    this.start = start;
    this.end = end;
    this.runs = runs;
    this.base = base;
    this.doc = doc;
  }

  /**
   * The segment for a pair: the parser's object serves the first pair it goes to; a string in more
   * pairs (a msgid with several msgstrs) has a segment per pair, as every pair has.
   */
  inPair(doc: SourceDocument, lang: 'en' | 'fr'): PoSegment {
    if (this.doc !== null) return new PoSegment(this.text, this.start, this.end, this.runs, this.base, doc, lang);
    this.doc = doc;
    this.lang = lang;
    return this;
  }

  /** The parser's maker (PoTextMaker). */
  static make(text: string, start: number, end: number, runs: Int32Array | null, base: number): PoSegment {
    return new PoSegment(text, start, end, runs ?? ONE_RUN, base, null, 'en');
  }

  get place(): Place {
    return this.doc!.place(this.start, this.end);
  }

  locate(from: number, to: number): Place {
    return locateIn(this.doc!, this, from, to);
  }
}

/** The place of the text range [from, to) of a string. */
function locateIn(doc: SourceDocument, s: PoText, from: number, to: number): Place {
  if (to <= from) {
    const at = poOffset(s, from);
    return doc.place(at, at);
  }
  return doc.place(poOffset(s, from), poOffset(s, to - 1) + 1);
}

function metaOf(e: PoEntry, n: EntryNotes, form: number): PairMeta {
  const key = (e.ctx ? `${e.ctx}|` : '') + e.msgid.text + (form > 0 ? `[${form}]` : '');
  const state = n.fuzzy ? 'fuzzy' : e.msgstr.every((s) => s.text === '') ? 'untranslated' : 'translated';
  // The entry's properties are shared by the pairs of its forms (nothing changes them), and the
  // common case is one object literal: a catalog has as many of these as entries.
  const props = n.props === NO_PROPS ? undefined : n.props;
  if (!n.notes.length && !n.fuzzy) return props ? { key, state, props } : { key, state };
  const meta: PairMeta = { key };
  if (n.notes.length) meta.notes = [...n.notes];
  meta.state = state;
  if (n.fuzzy) meta.fuzzy = true;
  if (props) meta.props = props;
  return meta;
}

const EMPTY = new PoSegment('', 0, 0, ONE_RUN, 0, null, 'en');

/** msgid ↔ msgstr[0]; msgid_plural ↔ each further form. */
function pairEntries(cat: PoCatalog): Pair[] {
  const pairs: Pair[] = [];
  for (const e of cat.entries) {
    const notes = notesOf(e);
    const forms = Math.max(1, e.msgstr.length);
    for (let i = 0; i < forms; i++) {
      const src = i === 0 || !e.plural ? e.msgid : e.plural;
      const trg = e.msgstr[i] ?? EMPTY;
      const s = segmentOf(cat.doc, src, cat.source);
      const t = segmentOf(cat.doc, trg, cat.target);
      if (!s && !t) continue;
      let meta = metaOf(e, notes, i);
      // An empty msgstr is where the translation goes: missing-translation reports it there.
      if (s && !t && trg !== EMPTY) meta = { ...meta, emptyTarget: locateIn(cat.doc, trg, 0, 0) };
      pairs.push({ id: '', en: cat.source === 'en' ? s : t, fr: cat.source === 'en' ? t : s, method: 'keyed', score: 1, meta });
    }
  }
  return pairs;
}

/** An English catalog and a French one of the same messages, paired by msgctxt + msgid. */
function pairCatalogs(en: PoCatalog, fr: PoCatalog): Pair[] {
  const key = (e: PoEntry): string => `${e.ctx ?? ''}\u0004${e.msgid.text}`;
  const frBy = new Map(fr.entries.map((e) => [key(e), e]));
  const seen = new Set<string>();
  const pairs: Pair[] = [];
  // The English text is the English catalog's msgstr, or its msgid where the msgstr is empty.
  const enText = (e: PoEntry, i: number): PoSegment => {
    const s = e.msgstr[Math.min(i, e.msgstr.length - 1)];
    return s && s.text ? s : i > 0 && e.plural ? e.plural : e.msgid;
  };
  for (const e of en.entries) {
    const k = key(e);
    seen.add(k);
    const f = frBy.get(k);
    const forms = Math.max(1, e.msgstr.length, f?.msgstr.length ?? 0);
    for (let i = 0; i < forms; i++) {
      const enSeg = segmentOf(en.doc, enText(e, i), 'en');
      const frStr = f?.msgstr[i];
      const frSeg = frStr ? segmentOf(fr.doc, frStr, 'fr') : null;
      if (!enSeg && !frSeg) continue;
      const fNotes = f ? notesOf(f) : undefined;
      const eNotes = notesOf(e);
      const meta = metaOf(f ?? e, fNotes ?? eNotes, i);
      if (fNotes?.fuzzy || eNotes.fuzzy) meta.fuzzy = true;
      pairs.push({ id: '', en: enSeg, fr: frSeg, method: 'keyed', score: 1, meta });
    }
  }
  for (const f of fr.entries) {
    if (seen.has(key(f))) continue;
    // A message only the French catalog has: its msgid stands for the English.
    pairs.push(...pairEntries({ ...fr, entries: [f], source: 'en', target: 'fr' }));
  }
  return pairs;
}
