// `.xml` files: XLIFF and TMX saved as .xml are read as such (by their root element). Any other
// XML is read as one of an EN/FR pair of files with the same structure, found by name
// (s0000430_e.xml + s0000430_f.xml, feed-en.xml + feed-fr.xml): the text of each leaf element
// pairs with the text of the element at the same path in the other file
// (/siteData/forecastGroup/forecast[3]/textSummary). Attributes are not read.

import { readDocument, type SourceDocument } from '../core/document.js';
import { MappedTextBuilder } from '../core/mapped-text.js';
import { UserError } from '../core/errors.js';
import type { Pair, Segment } from '../core/types.js';
import { parseXmlText, type XmlPos } from './xml-safe.js';
import { readXliff } from './xliff.js';
import { readTmx } from './tmx.js';
import { claimGroup, nameLanguage, partnerOf } from './siblings.js';
import type { InputFile, ReadOptions } from './index.js';
import { scoreText } from '../lang/identify.js';

interface Leaf {
  path: string;
  text: string;
  start: number;
  end: number;
  pieces: Array<{ text: string; start: number; end: number }>;
}

export async function readXml(file: string, opts: ReadOptions): Promise<Omit<InputFile, 'file'>> {
  const doc = readDocument(file, opts.cwd);
  const root = /<(?:[\w.-]+:)?([\w.-]+)[\s>/]/.exec(doc.text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>/g, ''))?.[1];
  if (root === 'xliff') return readXliff(file, opts);
  if (root === 'tmx') return readTmx(file, opts);
  const partner = partnerOf(file, opts.cwd);
  if (!partner) {
    const nl = nameLanguage(file);
    throw new UserError(
      `is XML but neither XLIFF nor TMX${nl ? `, and its ${nl.lang === 'en' ? 'French' : 'English'} counterpart was not found (looked for ${nl.partners.join(', ')})` : ': name an EN/FR pair of files of the same structure like page_e.xml and page_f.xml'}`,
      { file },
    );
  }
  if (!claimGroup(opts, [file, partner.partner])) return { format: 'xml', pairs: [] };
  const other = readDocument(partner.partner, opts.cwd);
  const [en, fr] = partner.lang === 'en' ? [doc, other] : [other, doc];
  return { format: 'xml', document: doc, pairs: pairLeaves(en, fr) };
}

/** The text of every element that has text and no child element, with its path. */
function leaves(doc: SourceDocument): Leaf[] {
  const out: Leaf[] = [];
  const stack: Array<{ name: string; counts: Map<string, number>; path: string; pieces: Leaf['pieces']; hasChild: boolean }> = [];
  parseXmlText(doc.text, doc.file, {
    open(tag) {
      const parent = stack[stack.length - 1];
      if (parent) parent.hasChild = true;
      const n = (parent?.counts.get(tag.name) ?? 0) + 1;
      parent?.counts.set(tag.name, n);
      stack.push({ name: tag.name, counts: new Map(), path: `${parent?.path ?? ''}/${tag.name}[${n}]`, pieces: [], hasChild: false });
    },
    close() {
      const e = stack.pop()!;
      if (e.hasChild || e.pieces.length === 0) return;
      const text = e.pieces.map((p) => p.text).join('');
      if (!text.trim()) return;
      out.push({ path: e.path, text, start: e.pieces[0].start, end: e.pieces[e.pieces.length - 1].end, pieces: e.pieces });
    },
    text(t, start: XmlPos, end: XmlPos) {
      stack[stack.length - 1]?.pieces.push({ text: t, start: start.offset, end: end.offset });
    },
    cdata(t, start, end) {
      stack[stack.length - 1]?.pieces.push({ text: t, start: start.offset, end: end.offset });
    },
  });
  return out;
}

function segmentOf(doc: SourceDocument, leaf: Leaf | undefined, lang: 'en' | 'fr' | 'und'): Segment | null {
  if (!leaf) return null;
  // Trim the surrounding white space of the element's text, keeping the mapping when it is exact.
  const b = new MappedTextBuilder();
  let exact = true;
  for (const p of leaf.pieces) {
    if (p.end - p.start === p.text.length && !doc.text.slice(p.start, p.end).includes('&')) b.appendRange(doc, p.start, p.end);
    else {
      exact = false;
      b.appendReplacement(p.text, p.start, p.end);
    }
  }
  const mt = b.build().trim();
  if (mt.length === 0) return null;
  const [a, z] = mt.docRange(0, mt.length);
  const seg: Segment = { text: mt.text, lang, place: doc.place(a, z) };
  if (exact) seg.locate = (from, to) => mt.place(doc, from, to);
  return seg;
}

/** Four words or more ending with a sentence's stop, that read as English beyond doubt. */
function englishSentence(text: string): boolean {
  const t = text.trim();
  if (!/[.!?]$/.test(t) || (t.match(/\p{L}+/gu) ?? []).length < 4) return false;
  return scoreText(t).score <= -ENGLISH_SENTENCE;
}

/** How English a copied sentence must read (the language scores' units) to be a translation left undone. */
const ENGLISH_SENTENCE = 4;

function pairLeaves(en: SourceDocument, fr: SourceDocument): Pair[] {
  const a = leaves(en);
  const b = leaves(fr);
  const byPath = new Map(b.map((l) => [l.path, l]));
  const used = new Set<string>();
  const pairs: Pair[] = [];
  for (const l of a) {
    const m = byPath.get(l.path);
    if (m) used.add(l.path);
    // A sentence of English copied as it is into the French file (`<advice>High winds may also
    // cause power outages.</advice>` in both) is a translation left undone, which untranslated
    // reports; names, codes and other text written alike are the same in both languages.
    const same = m !== undefined && m.text.trim() === l.text.trim() && !englishSentence(l.text);
    // Codes, numbers and dates written the same way in both files are not translations.
    if (same && !/\p{L}{2}/u.test(l.text)) continue;
    const e = segmentOf(en, l, same ? 'und' : 'en');
    const f = segmentOf(fr, m, same ? 'und' : 'fr');
    if (!e && !f) continue;
    pairs.push({ id: '', en: e, fr: f, method: same ? 'shared' : 'keyed', score: 1, meta: { key: l.path } });
  }
  for (const l of b) {
    if (used.has(l.path)) continue;
    const f = segmentOf(fr, l, 'fr');
    if (f) pairs.push({ id: '', en: null, fr: f, method: 'keyed', score: 1, meta: { key: l.path } });
  }
  return pairs;
}
