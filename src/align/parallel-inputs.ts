// Reading monolingual files for `--parallel`: an English document and its French version, in
// either order (each file's language is detected from its text), or a whole folder of page
// pairs recognised by their names (`x.en.md`/`x.fr.md`, `x_en`/`x_fr`, `x-en`/`x-fr`,
// `GuideEN`/`GuideFR`, `x`/`x_FR`). Each pair is aligned sentence by sentence.
//
// The pairs of a document pair are listed under its English file; the French file is listed
// too (with no pairs of its own) so that checks and fixes find its text.

import { extname, resolve } from 'node:path';
import { readDocument, SourceDocument } from '../core/document.js';
import { UserError } from '../core/errors.js';
import type { Lang } from '../core/types.js';
import { readerFor, readInputs, renumber, type InputFile, type ReadOptions } from '../formats/index.js';
import { nameLanguage, partnerOf } from '../formats/siblings.js';
import { identify, identifyLongText } from '../lang/identify.js';
import { loadGlossary } from '../config/glossary-file.js';
import { documentUnits } from './parallel-blocks.js';
import { glossaryLexicon } from './parallel-lexicon.js';
import { alignDocuments, type ParallelSide } from './parallel.js';
import type { SearchOptions } from './parallel-search.js';

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.html', '.htm']);

interface Loaded {
  file: string;
  format: string;
  side: ParallelSide;
  /** Language found in the text (`und` when it cannot be told). */
  lang: Lang;
  /** No text to align (a page of front matter only). */
  empty: boolean;
  /** Letters of text, to tell a text long enough for its language to be sure. */
  letters: number;
  /** Its text is in one language (a few quotes or names of the other aside). */
  monolingual: boolean;
}

export interface ParallelReadOptions extends ReadOptions {
  search?: SearchOptions;
  /** Glossary files of the configuration (CSV/TSV/TBX): their terms help the aligner pair sentences. */
  glossaries?: readonly string[];
}

/**
 * Formats whose units carry their pairing already (keys, ids, columns): with `--parallel` they are
 * read as without it. Aligned as prose, `en.json` and `fr.json` would pair `"app": {` lines.
 */
const KEYED = new Set(['xliff', 'tmx', 'po', 'csv', 'json', 'yaml', 'xml', 'properties']);

/** Reads and aligns the files of `--parallel`; pair ids are numbered across all of them. */
export async function readParallelInputs(files: string[], opts: ParallelReadOptions = {}): Promise<InputFile[]> {
  const keyed = files.filter((f) => KEYED.has(readerFor(f).format));
  if (keyed.length === 0) return readDocumentPairs(files, opts);
  const documents = files.filter((f) => !KEYED.has(readerFor(f).format));
  const inputs = [...(await readInputs(keyed, opts)), ...(documents.length ? await readDocumentPairs(documents, opts) : [])];
  renumber(inputs.flatMap((i) => i.pairs));
  return inputs;
}

async function readDocumentPairs(files: string[], opts: ParallelReadOptions): Promise<InputFile[]> {
  if (files.length < 2) {
    throw new UserError(`--parallel needs an English file and its French version (got ${files.length} file${files.length === 1 ? '' : 's'})`, { file: files[0] });
  }
  const groups = files.length === 2 ? [[files[0], files[1]] as [string, string]] : pairByName(files, opts.cwd);
  const search = withGlossaries(opts.search, opts.glossaries);
  const inputs: InputFile[] = [];
  for (const [a, b] of groups) {
    const [en, fr] = orderByLanguage(await load(a, opts.cwd), await load(b, opts.cwd));
    inputs.push(...alignedPair(en, fr, search));
  }
  renumber(inputs.flatMap((i) => i.pairs));
  return inputs;
}

/** The inputs of an English document and its French version, aligned: its pairs under the English file. */
function alignedPair(en: Loaded, fr: Loaded, search: SearchOptions | undefined): InputFile[] {
  const pairs = alignDocuments(en.side, fr.side, search);
  // A Word file cannot be rewritten as text, so it carries no document (no --fix).
  return [
    { file: en.file, format: en.format, pairs, ...(en.format === 'docx' ? {} : { document: en.side.doc }) },
    { file: fr.file, format: fr.format, pairs: [], ...(fr.format === 'docx' ? {} : { document: fr.side.doc }) },
  ];
}

/**
 * A document and its version in the other language, found by their names (`guide-en.md` and
 * `guide-fr.md`, `job_e.html` and `job_f.html`, `notice.txt` and `notice.fr.txt`), read without
 * `--parallel`: aligned as `--parallel` aligns them, as keyed files named so are read as a pair
 * (src/formats/siblings.ts). Only when each text is in one language, and the two are one English
 * and one French: two bilingual documents named so are read each on its own, as before. Null when
 * the file has no such partner. The caller reads the partner once (`files` has both).
 */
export async function readSiblingDocuments(file: string, opts: ParallelReadOptions = {}): Promise<{ files: [string, string]; inputs: InputFile[] } | null> {
  const partner = partnerOf(file, opts.cwd);
  if (!partner || readerFor(partner.partner).format !== readerFor(file).format) return null;
  const a = await load(file, opts.cwd);
  const b = await load(partner.partner, opts.cwd);
  if (a.lang === 'und' || b.lang === 'und' || a.lang === b.lang || !a.monolingual || !b.monolingual) return null;
  const [en, fr] = a.lang === 'en' ? [a, b] : [b, a];
  return { files: [file, partner.partner], inputs: alignedPair(en, fr, withGlossaries(opts.search, opts.glossaries)) };
}

/** The search options with the word pairs of the glossaries added to its lexicon. */
function withGlossaries(search: SearchOptions | undefined, glossaries: readonly string[] | undefined): SearchOptions | undefined {
  if (!glossaries?.length) return search;
  const pairs = glossaryLexicon(glossaries.flatMap((g) => loadGlossary(g)));
  if (!pairs.length) return search;
  return { ...search, lexicon: [...(search?.lexicon ?? []), ...pairs] };
}

async function load(file: string, cwd?: string): Promise<Loaded> {
  const ext = extname(file).toLowerCase();
  let doc: SourceDocument;
  let format: string;
  let side: ParallelSide;
  if (ext === '.docx') {
    // Word documents: paragraphs as lines (src/formats/docx.ts).
    const { docxToDocument } = await import('../formats/docx.js');
    doc = await docxToDocument(cwd ? resolve(cwd, file) : file);
    doc = withName(doc, file);
    format = 'docx';
    side = { doc, linesAreParagraphs: true };
  } else {
    doc = readDocument(file, cwd);
    const markdown = MARKDOWN.has(ext);
    format = markdown ? 'markdown' : 'text';
    side = { doc, markdown };
  }
  // The text the aligner will read (front matter titles and summaries included), for the language.
  const units = documentUnits(doc, { markdown: side.markdown, linesAreParagraphs: side.linesAreParagraphs, lang: 'und' }).map((u) => u.text.text);
  const text = units.join('\n');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const empty = letters === 0;
  const lang = empty ? 'und' : identifyLongText(text);
  return { file, format, side, empty, letters, lang, monolingual: lang !== 'und' && otherLanguageShare(units, lang) <= MONOLINGUAL_SHARE };
}

/** Most of a document's text in the other language that it may hold and still be in one language (quotes, names, notes). */
const MONOLINGUAL_SHARE = 0.2;
/** Letters a unit needs for its language to count. */
const UNIT_LETTERS = 40;

/** The share of a document's letters (in units long enough to tell) that read as the language other than `lang`. */
function otherLanguageShare(units: string[], lang: Lang): number {
  let all = 0;
  let other = 0;
  for (const u of units) {
    const n = u.match(/\p{L}/gu)?.length ?? 0;
    if (n < UNIT_LETTERS) continue;
    const l = identify(u);
    if (l === 'und') continue;
    all += n;
    if (l !== lang) other += n;
  }
  return all === 0 ? 0 : other / all;
}

/** The document as the user named it (places in reports use the name given on the command line). */
function withName(doc: SourceDocument, file: string): SourceDocument {
  return doc.file === file ? doc : new SourceDocument(file, doc.text, doc.encoding, doc.bom);
}

function langName(l: Lang): string {
  return l === 'en' ? 'English' : l === 'fr' ? 'French' : 'of no clear language';
}

/** Letters of text from which a file's language is sure enough to overrule its name. */
const SURE_LETTERS = 400;

/** English first. Two files in one language, or two that cannot be told apart, are an error. */
function orderByLanguage(a: Loaded, b: Loaded): [Loaded, Loaded] {
  // Nothing to align on either side: the order does not matter.
  if (a.empty && b.empty) return nameLanguage(a.file)?.lang === 'fr' ? [b, a] : [a, b];
  let la = a.lang;
  let lb = b.lang;
  // Names that say one English and one French file (`x.en.md`, `x.fr.md`) decide, unless both
  // texts are long and say the opposite (files named the wrong way round): a few lines are too
  // little text for their language to be told for sure.
  const na = nameLanguage(a.file)?.lang;
  const nb = nameLanguage(b.file)?.lang;
  if (na && nb && na !== nb) {
    const swapped = la === nb && lb === na && Math.min(a.letters, b.letters) >= SURE_LETTERS;
    if (!swapped) return na === 'en' ? [a, b] : [b, a];
  }
  // One undecided side takes the other language; the name may decide when the text cannot.
  if (la === 'und') la = lb === 'en' ? 'fr' : lb === 'fr' ? 'en' : (na ?? 'und');
  if (lb === 'und') lb = la === 'en' ? 'fr' : la === 'fr' ? 'en' : (nb ?? 'und');
  if (la === 'und' || lb === 'und') {
    throw new UserError(`cannot tell which of ${a.file} and ${b.file} is English and which is French`, { file: la === 'und' ? a.file : b.file });
  }
  if (la === lb) {
    throw new UserError(`is ${langName(lb)}, like ${a.file}: --parallel needs one English and one French file`, { file: b.file });
  }
  return la === 'en' ? [a, b] : [b, a];
}

/** Pairs files by their names; a file without a partner among the inputs is an error. */
function pairByName(files: string[], cwd?: string): Array<[string, string]> {
  const abs = (f: string): string => resolve(cwd ?? '.', f);
  const byPath = new Map<string, string>();
  for (const f of files) {
    if (byPath.has(abs(f))) throw new UserError('is given twice', { file: f });
    byPath.set(abs(f), f);
  }
  const taken = new Set<string>();
  const out: Array<[string, string]> = [];
  for (const f of files) {
    if (taken.has(abs(f))) continue;
    const nl = nameLanguage(abs(f));
    const partner = nl?.partners.map((p) => byPath.get(resolve(p))).find((p) => p !== undefined && !taken.has(abs(p)) && abs(p) !== abs(f));
    if (partner !== undefined) {
      taken.add(abs(f));
      taken.add(abs(partner));
      out.push([f, partner]);
    }
  }
  for (const f of files) {
    if (taken.has(abs(f))) continue;
    // A file named without a language (`x.docx`) is the partner of `x_FR.docx`: found from the other side above.
    const nl = nameLanguage(abs(f));
    const hint = nl ? `no file named like its ${nl.lang === 'en' ? 'French' : 'English'} version among the inputs` : 'its name does not say its language (name the files x.en.md / x.fr.md, x_en / x_fr, x-en / x-fr, xEN / xFR)';
    throw new UserError(`cannot be paired: ${hint}`, { file: f });
  }
  return out;
}
