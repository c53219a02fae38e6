// i18n JSON: keyed pairs from
//  - a pair of resource files, one per language, found by name (en.json + fr.json,
//    regional-en.json + regional-fr.json, messages.en.json, locales/en/common.json…): leaves are
//    paired by key path (`Home.AppName`, `steps[2]`); i18next plural forms that one language
//    has and the other lacks (French `_many`) are paired with the other's `_other` form;
//  - a single file with both languages side by side in each record: `nameEn`/`nameFr`,
//    `title_en`/`title_fr`, `display_text_english`/`display_text_french`, `English`/`French`,
//    `{ "en": …, "fr": … }`.
// Naming either file of a pair (or both) reads the pair once.
//
// JSON.parse validates (its error position gives line and column); `yaml` (a JSON superset)
// gives the position of every value, so segments point at the characters inside the quotes.

import { parseDocument, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { readDocument, type SourceDocument } from '../core/document.js';
import { MappedTextBuilder } from '../core/mapped-text.js';
import { UserError } from '../core/errors.js';
import type { Pair, PairMeta, Segment } from '../core/types.js';
import { claimGroup, counterpartMissing, nameLanguage, partnerOf } from './siblings.js';
import { compat, features } from '../align/anchors.js';
import type { InputFile, ReadOptions } from './index.js';

interface Leaf {
  path: Array<string | number>;
  key: string;
  value: string;
  /** Offsets of the string token, quotes included. */
  start: number;
  end: number;
  /** How the string is written: JSON strings are always `double`; YAML has all four. */
  style: ScalarStyle;
  /** A number, not a string: paired only with a number under the same key in the other file. */
  numeric?: boolean;
}

type ScalarStyle = 'double' | 'single' | 'plain' | 'block';

function styleOf(n: Scalar): ScalarStyle {
  switch (n.type) {
    case 'QUOTE_DOUBLE':
      return 'double';
    case 'QUOTE_SINGLE':
      return 'single';
    case 'PLAIN':
      return 'plain';
    default:
      return 'block';
  }
}

export interface JsonFile {
  doc: SourceDocument;
  root: Node | null;
  leaves: Leaf[];
}

export async function readJson(file: string, opts: ReadOptions): Promise<Omit<InputFile, 'file'>> {
  const json = loadJson(file, opts.cwd);
  const partner = partnerOf(file, opts.cwd);
  if (partner) {
    if (!claimGroup(opts, [file, partner.partner])) return { format: 'json', pairs: [] };
    const other = loadJson(partner.partner, opts.cwd);
    const [en, fr] = partner.lang === 'en' ? [json, other] : [other, json];
    return { format: 'json', document: json.doc, pairs: pairFiles(en, fr) };
  }
  const inline = pairInline(json);
  if (inline.length) return { format: 'json', document: json.doc, pairs: inline };
  const nl = nameLanguage(file);
  throw new UserError(
    nl
      ? counterpartMissing(nl)
      : 'has no English/French pairs: give resource files named by language (en.json + fr.json) or EN and FR fields side by side (nameEn/nameFr, title_en/title_fr)',
    { file },
  );
}

export function loadJson(file: string, cwd?: string): JsonFile {
  const doc = readDocument(file, cwd);
  try {
    JSON.parse(doc.text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const at = pos ? doc.position(Number(pos[1])) : undefined;
    const clean = msg.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    throw new UserError(`malformed JSON: ${clean}`, { file, line: at?.line ?? 1, column: at?.column ?? 1 });
  }
  return leavesOf(doc, parseDocument(doc.text, { uniqueKeys: false, strict: false }).contents);
}

/** Every string of a parsed tree, with its key path and the offsets of its token. */
export function leavesOf(doc: SourceDocument, root: unknown): JsonFile {
  const leaves: Leaf[] = [];
  const walk = (n: unknown, path: Array<string | number>): void => {
    if (isMap(n)) {
      for (const it of n.items) {
        const k = isScalar(it.key) ? String(it.key.value) : String(it.key);
        walk(it.value, [...path, k]);
      }
    } else if (isSeq(n)) n.items.forEach((v, i) => walk(v, [...path, i]));
    else if (isScalar(n) && typeof n.value === 'string' && n.range) {
      leaves.push({ path, key: keyOf(path), value: n.value, start: n.range[0], end: n.range[1], style: styleOf(n) });
    } else if (isScalar(n) && typeof n.value === 'number' && n.range) {
      // A number (`humidex: 44`) is compared with the other file's, as written.
      leaves.push({ path, key: keyOf(path), value: doc.text.slice(n.range[0], n.range[1]).trim(), start: n.range[0], end: n.range[1], style: 'plain', numeric: true });
    }
  };
  walk(root, []);
  return { doc, root: (root ?? null) as Node | null, leaves };
}

function keyOf(path: Array<string | number>): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

/** The segment of a string leaf: the characters between its quotes, escapes mapped back. */
function segmentOf(doc: SourceDocument, leaf: Leaf | undefined, lang: 'en' | 'fr'): Segment | null {
  if (!leaf || leaf.value.trim() === '') return null;
  if (leaf.style !== 'double') return yamlSegmentOf(doc, leaf, lang);
  const text = doc.text;
  const b = new MappedTextBuilder();
  let i = leaf.start + 1;
  const stop = leaf.end - 1;
  while (i < stop) {
    if (text[i] === '\\') {
      const c = text[i + 1];
      if (c === 'u') {
        let cp = Number.parseInt(text.slice(i + 2, i + 6), 16);
        let len = 6;
        // A surrogate pair is two escapes for one character.
        if (cp >= 0xd800 && cp < 0xdc00 && text.startsWith('\\u', i + 6)) {
          const lo = Number.parseInt(text.slice(i + 8, i + 12), 16);
          if (lo >= 0xdc00 && lo < 0xe000) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
            len = 12;
          }
        }
        b.appendReplacement(String.fromCodePoint(cp), i, i + len);
        i += len;
      } else {
        b.appendReplacement(({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c, i, i + 2);
        i += 2;
      }
    } else {
      b.appendRange(doc, i, i + 1);
      i++;
    }
  }
  const mt = b.build();
  const seg: Segment = { text: leaf.value, lang, place: doc.place(leaf.start + 1, Math.max(leaf.start + 1, stop)) };
  if (mt.text === leaf.value) seg.locate = (from, to) => mt.place(doc, from, to);
  return seg;
}

/**
 * The segment of a YAML plain, single-quoted or block string. Each character maps back to the
 * file when the value is written on one line as it reads ('' is one quote); a folded or block
 * string points at its whole token.
 */
function yamlSegmentOf(doc: SourceDocument, leaf: Leaf, lang: 'en' | 'fr'): Segment {
  const quoted = leaf.style === 'single' ? 1 : 0;
  const from = leaf.start + quoted;
  let to = leaf.end - quoted;
  while (to > from && /\s/.test(doc.text[to - 1])) to--;
  const seg: Segment = { text: leaf.value, lang, place: doc.place(from, Math.max(from + 1, to)) };
  if (leaf.style === 'block') return seg;
  const b = new MappedTextBuilder();
  for (let i = from; i < to; i++) {
    if (quoted && doc.text[i] === "'" && doc.text[i + 1] === "'") {
      b.appendReplacement("'", i, i + 2);
      i++;
    } else b.appendRange(doc, i, i + 1);
  }
  const mt = b.build();
  if (mt.text === leaf.value) seg.locate = (a, z) => mt.place(doc, a, z);
  return seg;
}

const PLURAL = /_(zero|one|two|few|many|other|plural|[0-5])$/;

/** Two resource files: leaves paired by key path. */
export function pairFiles(en: JsonFile, fr: JsonFile): Pair[] {
  const frBy = new Map(fr.leaves.map((l) => [l.key, l]));
  const enBy = new Map(en.leaves.map((l) => [l.key, l]));
  const pairs: Pair[] = [];
  // A plural form only one language has pairs with the other language's general form.
  const otherForm = (key: string, by: Map<string, Leaf>): Leaf | undefined => {
    const m = PLURAL.exec(key);
    if (!m) return undefined;
    const base = key.slice(0, m.index);
    return by.get(`${base}_other`) ?? by.get(`${base}_plural`) ?? by.get(base);
  };
  const push = (e: Leaf | undefined, f: Leaf | undefined, key: string): void => {
    // Numbers are data a file may have alone (a sort order); two numbers of one key are compared.
    if ((e?.numeric || f?.numeric) && !(e?.numeric && f?.numeric)) return;
    const es = segmentOf(en.doc, e, 'en');
    const fs = segmentOf(fr.doc, f, 'fr');
    if (!es && !fs) return;
    const meta: PairMeta = { key };
    // A key whose value is empty in one file: missing-translation points at it, in that file.
    if (es && !fs && f) meta.emptyTarget = fr.doc.place(f.start, f.end);
    else if (fs && !es && e) meta.emptyTarget = en.doc.place(e.start, e.end);
    pairs.push({ id: '', en: es, fr: fs, method: 'keyed', score: 1, meta });
  };
  const lists = realignedLists(en.leaves, fr.leaves);
  const usedFr = new Set<string>();
  for (const e of en.leaves) {
    const f = lists.byEn.has(e.key) ? frBy.get(lists.byEn.get(e.key) ?? '') : (frBy.get(e.key) ?? otherForm(e.key, frBy));
    if (f) usedFr.add(f.key);
    push(e, f, e.key);
  }
  for (const f of fr.leaves) {
    if (usedFr.has(f.key) || (enBy.has(f.key) && !lists.frKeys.has(f.key))) continue;
    push(lists.frKeys.has(f.key) ? undefined : otherForm(f.key, enBy), f, f.key);
  }
  return pairs;
}

/** A list's item: its key without the index, and the index. */
const LIST_ITEM = /^(.*)\[(\d+)\]$/;

/**
 * Lists of strings (`consumer_action: [- …, - …]`) that hold another number of items in each
 * file: an item left out of one file shifts every later one, and pairing them by index pairs
 * each later item with its neighbour's translation. Such lists are paired by what the items say
 * (anchors.compat), in order, an item with no counterpart left alone. Returns, for each English
 * item of those lists, the key of its French item (null for none), and the keys of their French
 * items.
 */
function realignedLists(en: Leaf[], fr: Leaf[]): { byEn: Map<string, string | null>; frKeys: Set<string> } {
  const groups = (leaves: Leaf[]): Map<string, Leaf[]> => {
    const out = new Map<string, Leaf[]>();
    for (const l of leaves) {
      const m = LIST_ITEM.exec(l.key);
      if (!m) continue;
      let g = out.get(m[1]);
      if (!g) out.set(m[1], (g = []));
      g.push(l);
    }
    return out;
  };
  const byEn = new Map<string, string | null>();
  const frKeys = new Set<string>();
  const frLists = groups(fr);
  for (const [parent, a] of groups(en)) {
    const b = frLists.get(parent);
    if (!b || a.length === b.length) continue;
    const fa = a.map((l) => features(l.value, 'en'));
    const fb = b.map((l) => features(l.value, 'fr'));
    // best[i][j]: the most the first i English and j French items score, pairs scoring above 0.
    const w = b.length + 1;
    const best = new Float64Array((a.length + 1) * w);
    const move = new Int8Array((a.length + 1) * w);
    for (let i = 0; i <= a.length; i++) {
      for (let j = 0; j <= b.length; j++) {
        if (i === 0 && j === 0) continue;
        let v = -Infinity;
        let how = 0;
        if (i > 0 && best[(i - 1) * w + j] > v) [v, how] = [best[(i - 1) * w + j], 1];
        if (j > 0 && best[i * w + j - 1] > v) [v, how] = [best[i * w + j - 1], 2];
        if (i > 0 && j > 0) {
          const s = compat(fa[i - 1], fb[j - 1]);
          if (s > 0 && best[(i - 1) * w + j - 1] + s > v) [v, how] = [best[(i - 1) * w + j - 1] + s, 3];
        }
        best[i * w + j] = v;
        move[i * w + j] = how;
      }
    }
    for (let i = a.length, j = b.length; i > 0 || j > 0; ) {
      const how = move[i * w + j];
      if (how === 3) {
        byEn.set(a[i - 1].key, b[j - 1].key);
        i--;
        j--;
      } else if (how === 1) {
        byEn.set(a[i - 1].key, null);
        i--;
      } else j--;
    }
    for (const l of b) frKeys.add(l.key);
  }
  return { byEn, frKeys };
}

/** `nameEn` → ['name', 'en']; `title_fr` → ['title', 'fr']; `English` → ['', 'en']… */
export function fieldLanguage(key: string): [string, 'en' | 'fr'] | null {
  const whole = /^(en|eng|english|fr|fra|french|francais|français)$/i.exec(key);
  if (whole) return ['', /^e/i.test(key) ? 'en' : 'fr'];
  const sep = /^(.+?)[-_.](en|eng|english|fr|fra|french|francais|français)$/i.exec(key);
  if (sep) return [sep[1], /^e/i.test(sep[2]) ? 'en' : 'fr'];
  const camel = /^(.*[a-z0-9])(En|English|Fr|French|EN|FR)$/.exec(key);
  if (camel) return [camel[1], /^e/i.test(camel[2]) ? 'en' : 'fr'];
  const prefix = /^(en|fr)[-_](.+)$/i.exec(key);
  if (prefix) return [prefix[2], /^e/i.test(prefix[1]) ? 'en' : 'fr'];
  return null;
}

/**
 * Records holding both languages side by side. A field given in one language only (`en:` with no
 * `fr:`, `nameFr: null`) is a pair with one side missing, once the file has shown it is bilingual
 * with at least one record in both languages.
 */
export function pairInline(json: JsonFile): Pair[] {
  const pairs: Pair[] = [];
  let bilingual = false;
  const visit = (n: unknown, path: Array<string | number>): void => {
    if (isSeq(n)) {
      n.items.forEach((v, i) => visit(v, [...path, i]));
      return;
    }
    if (!isMap(n)) return;
    const fields = new Map<string, { en?: Leaf; fr?: Leaf; order: number }>();
    let id: string | undefined;
    n.items.forEach((it, order) => {
      const k = isScalar(it.key) ? String(it.key.value) : String(it.key);
      const v = it.value;
      if (isScalar(v) && typeof v.value === 'string' && v.range) {
        if (/^(id|key|name|slug|variable_name)$/i.test(k) && id === undefined) id = v.value;
        const fl = fieldLanguage(k);
        if (fl) {
          const leaf: Leaf = { path: [...path, k], key: keyOf([...path, k]), value: v.value, start: v.range[0], end: v.range[1], style: styleOf(v) };
          const f = fields.get(fl[0]) ?? { order };
          f[fl[1]] = leaf;
          fields.set(fl[0], f);
        }
      } else if (v === null || v === undefined || (isScalar(v) && v.value === null)) {
        // `fr:` with no value, `"nameFr": null`: the field is there, its text is not.
        const fl = fieldLanguage(k);
        if (fl && !fields.has(fl[0])) fields.set(fl[0], { order });
      } else visit(v, [...path, k]);
    });
    for (const [base, f] of [...fields.entries()].sort((a, b) => a[1].order - b[1].order)) {
      if (f.en && f.fr) bilingual = true;
      const es = segmentOf(json.doc, f.en, 'en');
      const fs = segmentOf(json.doc, f.fr, 'fr');
      if (!es && !fs) continue;
      const key = base ? keyOf([...path, base]) : keyOf(path);
      pairs.push({ id: '', en: es, fr: fs, method: 'keyed', score: 1, meta: id !== undefined ? { key, props: { id } } : { key } });
    }
  };
  visit(json.root, []);
  return bilingual ? pairs : [];
}
