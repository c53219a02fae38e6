// Java .properties resource bundles: an EN/FR pair of files found by name (messages_en.properties +
// messages_fr.properties, or messages.properties + messages_fr.properties as ResourceBundle names
// them), values paired by key. `dot-properties` reads the syntax (separators `=`, `:` or white
// space, comments, escapes, lines continued by a backslash) and gives each entry's offsets; the
// value's characters are mapped back to the file here, so that a finding points inside it.
// Naming either file of a pair (or both) reads the pair once.

import { parseLines, type Pair as PropertyPair } from 'dot-properties';
import { readDocument, type SourceDocument } from '../core/document.js';
import { MappedTextBuilder } from '../core/mapped-text.js';
import { UserError } from '../core/errors.js';
import type { Pair, PairMeta, Segment } from '../core/types.js';
import { claimGroup, counterpartMissing, nameLanguage, partnerOf } from './siblings.js';
import type { InputFile, ReadOptions } from './index.js';

interface Entry {
  key: string;
  value: string;
  /** Offsets of the value as written (escapes and continued lines included). */
  start: number;
  end: number;
}

interface PropertiesFile {
  doc: SourceDocument;
  entries: Entry[];
}

export async function readProperties(file: string, opts: ReadOptions): Promise<Omit<InputFile, 'file'>> {
  const partner = partnerOf(file, opts.cwd);
  if (!partner) {
    const nl = nameLanguage(file);
    throw new UserError(
      nl
        ? counterpartMissing(nl)
        : 'is one language of a resource bundle: give its English and French files (messages_en.properties + messages_fr.properties, or messages.properties + messages_fr.properties)',
      { file },
    );
  }
  if (!claimGroup(opts, [file, partner.partner])) return { format: 'properties', pairs: [] };
  const mine = load(file, opts.cwd);
  const other = load(partner.partner, opts.cwd);
  const [en, fr] = partner.lang === 'en' ? [mine, other] : [other, mine];
  return { format: 'properties', document: mine.doc, pairs: pairByKey(en, fr) };
}

function load(file: string, cwd?: string): PropertiesFile {
  const doc = readDocument(file, cwd);
  const entries: Entry[] = [];
  // The syntax accepts any line (a line without a separator is a key with an empty value).
  for (const node of parseLines(doc.text, true)) {
    if (node.type !== 'PAIR' || !node.range) continue;
    const pair = node as PropertyPair;
    entries.push({ key: pair.key, value: pair.value, start: pair.range![2], end: pair.range![3] });
  }
  return { doc, entries };
}

/** Escapes of one character (`\t`); any other escaped character stands for itself (`\=`, `\:`). */
const ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f' };

/**
 * The segment of a value. Its characters map back to the file as dot-properties reads them: an
 * escape is the character it stands for, a backslash at the end of a line joins the next line
 * without its leading white space. When that reading differs from the library's, the segment
 * points at the whole value.
 */
function segmentOf(doc: SourceDocument, e: Entry | undefined, lang: 'en' | 'fr'): Segment | null {
  if (!e || e.value.trim() === '') return null;
  const text = doc.text;
  const b = new MappedTextBuilder();
  let i = e.start;
  while (i < e.end) {
    const c = text[i];
    if (c !== '\\' || i + 1 >= text.length) {
      b.appendRange(doc, i, i + 1);
      i++;
      continue;
    }
    const d = text[i + 1];
    if (d === '\n' || d === '\r') {
      // A continued line: the backslash, the line end and the next line's indent are nothing.
      i += d === '\r' && text[i + 2] === '\n' ? 3 : 2;
      while (i < e.end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) i++;
    } else if (d === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      b.appendReplacement(String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16)), i, i + 6);
      i += 6;
    } else {
      b.appendReplacement(ESCAPES[d] ?? d, i, i + 2);
      i += 2;
    }
  }
  const mt = b.build();
  const seg: Segment = { text: e.value, lang, place: doc.place(e.start, Math.max(e.start + 1, e.end)) };
  if (mt.text === e.value) seg.locate = (from, to) => mt.place(doc, from, to);
  return seg;
}

/** The values of two bundles paired by key; a key one file lacks or leaves empty is a pair with one side. */
function pairByKey(en: PropertiesFile, fr: PropertiesFile): Pair[] {
  const frBy = new Map(fr.entries.map((x) => [x.key, x]));
  const enKeys = new Set(en.entries.map((x) => x.key));
  const pairs: Pair[] = [];
  const push = (e: Entry | undefined, f: Entry | undefined, key: string): void => {
    const es = segmentOf(en.doc, e, 'en');
    const fs = segmentOf(fr.doc, f, 'fr');
    if (!es && !fs) return;
    const meta: PairMeta = { key };
    // A key whose value is empty in one file: missing-translation points at it, in that file.
    if (es && !fs && f) meta.emptyTarget = fr.doc.place(f.start, Math.max(f.start, f.end));
    else if (fs && !es && e) meta.emptyTarget = en.doc.place(e.start, Math.max(e.start, e.end));
    pairs.push({ id: '', en: es, fr: fs, method: 'keyed', score: 1, meta });
  };
  for (const e of en.entries) push(e, frBy.get(e.key), e.key);
  for (const f of fr.entries) if (!enKeys.has(f.key)) push(undefined, f, f.key);
  return pairs;
}
