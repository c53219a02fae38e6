// Gettext PO catalogs: one keyed pair per entry (msgid ↔ msgstr; plural forms msgid_plural ↔
// msgstr[n]), with the fuzzy flag, comments as notes and places on the quoted strings.
//
// The catalog is read in one pass by po-parse.ts (the syntax as gettext-parser reads it, with
// where every character of every string is in the file).
// Languages: msgid is the source (English unless `X-Source-Language` says otherwise or the
// msgids read as French); the target is the `Language:` header, else the file name
// (django-fr.po, locale/fr/LC_MESSAGES/…), else what the msgstrs read as. A catalog whose
// msgstrs are English (Lingui's en.po) is read with its French sibling (fr.po), by msgid.

import { readDocument, type SourceDocument } from '../core/document.js';
import { UserError } from '../core/errors.js';
import type { Pair, PairMeta, Place, Segment } from '../core/types.js';
import { scoreText } from '../lang/identify.js';
import { claimGroup, partnerOf, nameLanguage } from './siblings.js';
import { langFamily } from './tmx.js';
import { parsePo, poOffset, PoSyntaxError, type PoText } from './po-parse.js';
import type { InputFile, ReadOptions } from './index.js';

type PoString = PoText;

/** Shared by the entries without comments (nothing adds to them). */
const NO_NOTES: string[] = [];
const NO_PROPS: Record<string, string> = {};

interface PoEntry {
  ctx?: string;
  msgid: PoString;
  plural?: PoString;
  msgstr: PoString[];
  fuzzy: boolean;
  notes: string[];
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
  const doc = readDocument(file, cwd);
  let po: ReturnType<typeof parsePo>;
  try {
    po = parsePo(doc.text);
  } catch (e) {
    if (!(e instanceof PoSyntaxError)) throw e;
    throw new UserError(`malformed PO: ${e.message}`, { file, line: e.line, column: 1 });
  }
  const entries: PoEntry[] = [];
  for (const t of po.entries) {
    if (t.msgid.text === '') continue;
    const c = t.comments;
    if (!c) {
      // Most entries of a large catalog have no comment: no lists or objects of their own.
      entries.push({ ctx: t.ctx, msgid: t.msgid, plural: t.plural, msgstr: t.msgstr, fuzzy: false, notes: NO_NOTES, props: t.ctx ? { msgctxt: t.ctx } : NO_PROPS });
      continue;
    }
    const flags = c.flag ? c.flag.split(/[,\n]/).map((f) => f.trim()).filter(Boolean) : [];
    const notes: string[] = [];
    if (c.translator) notes.push(c.translator);
    if (c.extracted) notes.push(c.extracted);
    const props: Record<string, string> = {};
    if (t.ctx) props.msgctxt = t.ctx;
    if (c.reference) props.reference = c.reference;
    if (flags.length) props.flags = flags.join(', ');
    if (c.previous) props.previous = c.previous;
    entries.push({ ctx: t.ctx, msgid: t.msgid, plural: t.plural, msgstr: t.msgstr, fuzzy: flags.includes('fuzzy'), notes, props });
  }
  // A duplicate entry (same msgctxt and msgid) replaced an earlier one: it stands where it is written.
  entries.sort((a, b) => a.msgid.start - b.msgid.start);
  const headers = po.headers;
  const target =
    langFamily(headers.Language) ??
    langFamily(/^(\w+)/.exec(headers['Language-Team'] ?? '')?.[1]) ??
    nameLanguage(file)?.lang ??
    guessLang(entries.flatMap((e) => e.msgstr.map((s) => s.text)), file, 'msgstr');
  const source = langFamily(headers['X-Source-Language']) ?? guessLang(entries.map((e) => e.msgid.text), file, 'msgid', 'en');
  return { doc, entries, source, target };
}

/** The language most of the strings are in (English when they do not say). */
function guessLang(texts: string[], file: string, what: string, fallback?: 'en' | 'fr'): 'en' | 'fr' {
  const sample = texts.filter((t) => t.trim()).slice(0, 200).join('\n');
  if (!sample) {
    if (fallback) return fallback;
    throw new UserError(`cannot tell the language of its ${what}s: add a "Language:" header`, { file });
  }
  const s = scoreText(sample);
  if (fallback === 'en') return s.score > 3 ? 'fr' : 'en';
  return s.score > 0 ? 'fr' : 'en';
}

function segmentOf(doc: SourceDocument, s: PoString, lang: 'en' | 'fr'): Segment | null {
  if (s.text.length === 0) return null;
  return new PoSegment(doc, s, lang);
}

/** The runs of a string that is one run of the file (PoText.runs null). */
const ONE_RUN = new Int32Array(0);

/**
 * A msgid or msgstr as a segment: its text and where its characters are, its place worked out
 * when asked. A place object and a locate closure per string held more memory than the strings'
 * text on a catalog of 100,000 entries, and few places are ever asked for but in the report.
 */
class PoSegment implements Segment, PoString {
  readonly text: string;
  lang: 'en' | 'fr';
  readonly start: number;
  readonly end: number;
  /** Never null here (an empty list for a text that is one run): a field that holds sometimes null,
   * sometimes an array, changes the objects' layout midway and undoes the optimised code that reads it. */
  readonly runs: Int32Array;
  readonly base: number;
  private readonly doc: SourceDocument;

  constructor(doc: SourceDocument, s: PoString, lang: 'en' | 'fr') {
    this.text = s.text; // a copy of its own (po-parse's textOf)
    this.lang = lang;
    this.start = s.start;
    this.end = s.end;
    this.runs = s.runs ?? ONE_RUN;
    this.base = s.base;
    this.doc = doc;
  }

  get place(): Place {
    return this.doc.place(this.start, this.end);
  }

  locate(from: number, to: number): Place {
    return locateIn(this.doc, this, from, to);
  }
}

/** The place of the text range [from, to) of a string. */
function locateIn(doc: SourceDocument, s: PoString, from: number, to: number): Place {
  if (to <= from) {
    const at = poOffset(s, from);
    return doc.place(at, at);
  }
  return doc.place(poOffset(s, from), poOffset(s, to - 1) + 1);
}

function metaOf(e: PoEntry, form: number): PairMeta {
  const key = (e.ctx ? `${e.ctx}|` : '') + e.msgid.text + (form > 0 ? `[${form}]` : '');
  const state = e.fuzzy ? 'fuzzy' : e.msgstr.every((s) => s.text === '') ? 'untranslated' : 'translated';
  // The entry's properties are shared by the pairs of its forms (nothing changes them), and the
  // common case is one object literal: a catalog has as many of these as entries.
  const props = Object.keys(e.props).length ? e.props : undefined;
  if (!e.notes.length && !e.fuzzy) return props ? { key, state, props } : { key, state };
  const meta: PairMeta = { key };
  if (e.notes.length) meta.notes = [...e.notes];
  meta.state = state;
  if (e.fuzzy) meta.fuzzy = true;
  if (props) meta.props = props;
  return meta;
}

const EMPTY: PoString = { text: '', start: 0, end: 0, runs: null, base: 0 };

/** msgid ↔ msgstr[0]; msgid_plural ↔ each further form. */
function pairEntries(cat: PoCatalog): Pair[] {
  const pairs: Pair[] = [];
  for (const e of cat.entries) {
    const forms = Math.max(1, e.msgstr.length);
    for (let i = 0; i < forms; i++) {
      const src = i === 0 || !e.plural ? e.msgid : e.plural;
      const trg = e.msgstr[i] ?? EMPTY;
      const s = segmentOf(cat.doc, src, cat.source);
      const t = segmentOf(cat.doc, trg, cat.target);
      if (!s && !t) continue;
      pairs.push({ id: '', en: cat.source === 'en' ? s : t, fr: cat.source === 'en' ? t : s, method: 'keyed', score: 1, meta: metaOf(e, i) });
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
  const enText = (e: PoEntry, i: number): PoString => {
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
      const meta = metaOf(f ?? e, i);
      if (f?.fuzzy || e.fuzzy) meta.fuzzy = true;
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
