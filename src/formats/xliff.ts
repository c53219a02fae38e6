// XLIFF 1.2 (and 1.0/1.1) and 2.0/2.1 reader: one keyed pair per 1.2 <trans-unit> and per 2.0
// <segment>, with the source and target text (inline codes as tokens, whitespace as written),
// notes, state, and places pointing at the characters of the file. What export needs to write a
// unit back unchanged is kept beside the pair (xliff-model.ts).
//
// Parsed with the hardened saxes wrapper rather than the `xliff` package: that package loses
// state, header, note attributes, several segments per unit and the file positions we report.

import { readDocument, type SourceDocument } from '../core/document.js';
import { MappedText, MappedTextBuilder } from '../core/mapped-text.js';
import { UserError } from '../core/errors.js';
import type { Pair, PairMeta, Place, Segment } from '../core/types.js';
import { parseXmlText, attr, type XmlPos, type XmlTag } from './xml-safe.js';
import { langFamily } from './tmx.js';
import {
  setXliffOrigin,
  type Content,
  type InlineCode,
  type XliffFileOrigin,
  type XliffSegmentOrigin,
  type XliffUnitOrigin,
  type XliffVersion,
} from './xliff-model.js';
import type { InputFile, ReadOptions } from './index.js';

const NS12 = new Set(['urn:oasis:names:tc:xliff:document:1.2', 'urn:oasis:names:tc:xliff:document:1.1', 'urn:oasis:names:tc:xliff:document:1.0']);
const NS20 = new Set(['urn:oasis:names:tc:xliff:document:2.0', 'urn:oasis:names:tc:xliff:document:2.1', 'urn:oasis:names:tc:xliff:document:2.2']);

/** Unit attributes written back on export (the ones XLIFF defines; tool-specific ones are dropped). */
const KEEP_UNIT_ATTRS_12 = ['resname', 'restype', 'datatype', 'translate', 'extradata', 'help-id', 'menu', 'menu-option', 'menu-name', 'coord', 'font', 'css-style', 'style', 'exstyle', 'extype', 'maxwidth', 'minwidth', 'maxheight', 'minheight', 'size-unit', 'charclass', 'reformat', 'approved'];
const KEEP_UNIT_ATTRS_20 = ['name', 'canResegment', 'translate', 'srcDir', 'trgDir', 'type'];

let fileCounter = 0;

interface Capture {
  side: 'source' | 'target';
  contentStart: XmlPos;
  parts: Content;
  mt: MappedTextBuilder;
  /** Open inline elements (to know which close ends which). */
  open: Array<{ code: InlineCode; drop: boolean }>;
  /** Depth inside a code element whose whole XML is one token (1.2 ph/bpt/ept/it, 2.0 cp). */
  wholeDepth: number;
  wholeStart?: XmlPos;
  wholeCode?: InlineCode;
  codes: number;
  /** Not xml:space="preserve": white space with a line break between elements is layout. */
  layout: boolean;
  /** The text read so far ends with a space that stands for layout (dropped at the content's end). */
  layoutEnd?: boolean;
}

interface SegState {
  attrs: Record<string, string>;
  source?: { content: Content; seg: Segment | null };
  /** `empty`: where an empty <target> stands (`<target></target>`), for the finding that it is empty. */
  target?: { content: Content; seg: Segment | null; attrs: Record<string, string>; empty?: Place };
  state?: string;
}

export function readXliff(file: string, opts: ReadOptions = {}): Omit<InputFile, 'file'> {
  const document = readDocument(file, opts.cwd);
  return { format: 'xliff', document, pairs: parseXliff(document) };
}

export function parseXliff(doc: SourceDocument): Pair[] {
  const file = doc.file;
  const text = doc.text;
  const pairs: Pair[] = [];
  let version: XliffVersion | null = null;
  let ns = '';
  let root20: { srcLang: string; trgLang: string } | null = null;
  let fileOrigin: XliffFileOrigin | null = null;
  let unit: XliffUnitOrigin | null = null;
  let unitNotes: string[] = [];
  let unitStart: XmlPos | null = null;
  let segments: SegState[] = [];
  let seg: SegState | null = null;
  let cap: Capture | null = null;
  /** A subtree kept as raw XML (notes, alt-trans, extensions…): its start and what to do at its end. */
  let rawKeep: { depth: number; start: XmlPos; done: (raw: string) => void } | null = null;
  let depth = 0;
  /** Text of the <note> being read inside a kept subtree (1.2 <note>, 2.0 <notes><note>). */
  let noteText: string | null = null;

  const where = (p: XmlPos): { file: string; line: number; column: number } => ({ file, line: p.line, column: p.column });
  const attrsOf = (tag: XmlTag, keep?: string[]): Record<string, string> => {
    const o: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      const name = a.prefix ? `${a.prefix}:${a.local}` : a.local;
      if (!keep || keep.includes(name)) o[name] = a.value;
    }
    return o;
  };
  const isCore = (tag: XmlTag): boolean => tag.uri === ns;

  const startFile = (tag: XmlTag, start: XmlPos): void => {
    let srcLang: string;
    let trgLang: string;
    if (version === '1.2') {
      srcLang = attr(tag, 'source-language') ?? '';
      trgLang = attr(tag, 'target-language') ?? '';
    } else {
      srcLang = root20!.srcLang;
      trgLang = root20!.trgLang;
    }
    const s = langFamily(srcLang);
    const t = langFamily(trgLang);
    let sourceSide: 'en' | 'fr';
    if (s) sourceSide = s;
    else if (t) sourceSide = t === 'en' ? 'fr' : 'en';
    else {
      throw new UserError(`the file declares neither English nor French (source '${srcLang || '?'}', target '${trgLang || '?'}')`, where(start));
    }
    if (s && t && s === t) throw new UserError(`source and target are both ${s === 'en' ? 'English' : 'French'} ('${srcLang}' → '${trgLang}'): nothing to pair`, where(start));
    fileOrigin = {
      version: version!,
      key: `x${++fileCounter}`,
      id: attr(tag, 'id'),
      original: attr(tag, 'original') ?? file,
      srcLang: srcLang || sourceSide,
      trgLang: trgLang || (sourceSide === 'en' ? 'fr' : 'en'),
      sourceSide,
      datatype: attr(tag, 'datatype'),
    };
  };

  const startUnit = (tag: XmlTag, start: XmlPos): void => {
    const id = attr(tag, 'id');
    if (id === undefined) throw new UserError(`<${tag.local}> has no id`, where(start));
    unit = {
      file: fileOrigin!,
      id,
      attrs: attrsOf(tag, version === '1.2' ? KEEP_UNIT_ATTRS_12 : KEEP_UNIT_ATTRS_20),
      trailingRaw: [],
      headRaw: [],
      items: [],
      segments: 0,
    };
    unitNotes = [];
    unitStart = start;
    segments = [];
  };

  const endUnit = (): void => {
    const u = unit!;
    if (version === '1.2' && segments.length === 0) throw new UserError(`<trans-unit id="${u.id}"> has no <source>`, where(unitStart!));
    u.segments = segments.length;
    segments.forEach((s, index) => {
      const origin: XliffSegmentOrigin = {
        unit: u,
        index,
        segmentAttrs: s.attrs,
        source: s.source?.content ?? [],
        target: s.target ? s.target.content : null,
        targetAttrs: s.target?.attrs ?? {},
      };
      const srcSeg = s.source?.seg ?? null;
      const trgSeg = s.target?.seg ?? null;
      const enSide = u.file.sourceSide === 'en' ? srcSeg : trgSeg;
      const frSide = u.file.sourceSide === 'en' ? trgSeg : srcSeg;
      const meta: PairMeta = { key: segments.length > 1 ? `${u.id}/${s.attrs.id ?? index + 1}` : u.id };
      if (unitNotes.length) meta.notes = [...unitNotes];
      // An empty <target> is reported where it stands, as an empty entry of a catalog is.
      if (srcSeg && !trgSeg && s.target?.empty) meta.emptyTarget = s.target.empty;
      const state = s.state;
      if (state) meta.state = state;
      const qualifier = s.target?.attrs['state-qualifier'];
      if (qualifier === 'fuzzy-match' || state === 'needs-review-translation' || state === 'needs-adaptation' || state === 'needs-l10n') meta.fuzzy = true;
      const props: Record<string, string> = { file: u.file.original };
      for (const [k, v] of Object.entries(u.attrs)) props[k] = v;
      if (qualifier) props['state-qualifier'] = qualifier;
      if (s.attrs.subState) props.subState = s.attrs.subState;
      meta.props = props;
      const pair: Pair = { id: '', en: enSide, fr: frSide, method: 'keyed', score: 1, meta };
      setXliffOrigin(pair, origin);
      pairs.push(pair);
    });
    unit = null;
  };

  const segmentOf = (c: Capture, lang: 'en' | 'fr', contentEnd: XmlPos): Segment | null => {
    let mt = c.mt.build();
    // Layout before the content's end tag: the space that stood for it goes.
    if (c.layoutEnd) mt = mt.slice(0, mt.length - 1);
    if (mt.text.length === 0) return null;
    const place = doc.place(c.contentStart.offset, contentEnd.offset);
    return { text: mt.text, lang, place, locate: (from, to) => mt.place(doc, from, to) };
  };

  /** Appends a text run whose characters lie at [start, end) in the file, mapping each one back. */
  const appendText = (c: Capture, t: string, start: XmlPos, end: XmlPos, isCdata: boolean): void => {
    c.parts.push(t);
    // A CAT tool's segments laid out one per line (`<target>⏎  <mrk mtype="seg">…</mrk>⏎  <mrk…`):
    // the line breaks and indents between elements are the file's layout, not the text's. Kept
    // as written for export (parts); read as one space between two segments, nothing at the edges.
    if (c.layout && !isCdata && LAYOUT_WHITE.test(t)) {
      if (c.mt.length > 0 && !c.layoutEnd) {
        c.mt.appendReplacement(' ', start.offset, end.offset);
        c.layoutEnd = true;
      }
      return;
    }
    c.layoutEnd = false;
    if (end.offset - start.offset === t.length && (isCdata || !text.slice(start.offset, end.offset).includes('&'))) {
      c.mt.appendRange(doc, start.offset, end.offset);
      return;
    }
    // Entities and CRLF: walk the raw characters.
    const probe = new MappedTextBuilder();
    let i = start.offset;
    while (i < end.offset) {
      const ch = text.charCodeAt(i);
      if (ch === 38 && !isCdata) {
        const semi = text.indexOf(';', i);
        const decoded = decodeEntity(text.slice(i + 1, semi));
        probe.appendReplacement(decoded, i, semi + 1);
        i = semi + 1;
      } else if (ch === 13) {
        const two = text.charCodeAt(i + 1) === 10 ? 2 : 1;
        probe.appendReplacement('\n', i, i + two);
        i += two;
      } else {
        probe.appendRange(doc, i, i + 1);
        i++;
      }
    }
    const built = probe.build();
    if (built.text === t) c.mt.appendMapped(built);
    else c.mt.appendReplacement(t, start.offset, end.offset);
  };

  const addCode = (c: Capture, code: InlineCode, start: XmlPos, end: XmlPos): void => {
    c.parts.push(code);
    const n = code.token.length;
    if (!n) return;
    c.layoutEnd = false;
    // The token spans the code's XML, but its characters are not the file's: every one but the
    // last maps to the code's start, so no fix can mistake them for editable text.
    const offsets = new Int32Array(n + 1).fill(start.offset);
    offsets[n - 1] = Math.max(start.offset, end.offset - 1);
    offsets[n] = end.offset;
    c.mt.appendMapped(new MappedText(code.token, offsets));
  };

  const openInline = (c: Capture, tag: XmlTag, start: XmlPos, end: XmlPos): void => {
    const name = tag.local;
    const raw = text.slice(start.offset, end.offset);
    const selfClosing = tag.isSelfClosing;
    const id = attr(tag, 'id') ?? '';
    const num = (): string => id || String(c.codes);
    if (!isCore(tag)) {
      // A foreign element inside content: kept as a code so that it survives export.
      c.wholeDepth = 1;
      c.wholeStart = start;
      c.codes++;
      c.wholeCode = { role: 'standalone', id: num(), token: `{${num()}/}`, el: tag.name, raw: '' };
      return;
    }
    if (version === '1.2') {
      if (name === 'g') {
        c.codes++;
        const code: InlineCode = { role: 'open', id: num(), token: `{${num()}}`, el: 'g', raw };
        addCode(c, code, start, end);
        c.open.push({ code: { role: 'close', id: num(), token: `{/${num()}}`, el: 'g', raw: '' }, drop: false });
        return;
      }
      if (name === 'mrk') {
        addCode(c, { role: 'annotation', id, token: '', el: 'mrk', raw }, start, end);
        c.open.push({ code: { role: 'annotation', id, token: '', el: 'mrk', raw: '' }, drop: false });
        return;
      }
      if (name === 'x' || name === 'bx' || name === 'ex') {
        c.codes++;
        const rid = attr(tag, 'rid') ?? num();
        const code: InlineCode =
          name === 'x'
            ? { role: 'standalone', id: num(), token: `{${num()}/}`, el: 'x', raw }
            : name === 'bx'
              ? { role: 'open', id: rid, token: `{${rid}}`, el: 'bx', raw }
              : { role: 'close', id: rid, token: `{/${rid}}`, el: 'ex', raw };
        // Empty elements written <x></x> are closed by their end tag; the whole span is the code.
        if (selfClosing) addCode(c, code, start, end);
        else {
          c.wholeDepth = 1;
          c.wholeStart = start;
          c.wholeCode = code;
        }
        return;
      }
      if (name === 'ph' || name === 'bpt' || name === 'ept' || name === 'it' || name === 'sub') {
        c.codes++;
        const rid = attr(tag, 'rid') ?? num();
        const pos = attr(tag, 'pos');
        const code: InlineCode =
          name === 'bpt' || (name === 'it' && pos === 'open')
            ? { role: 'open', id: rid, token: `{${rid}}`, el: name, raw: '' }
            : name === 'ept' || (name === 'it' && pos === 'close')
              ? { role: 'close', id: rid, token: `{/${rid}}`, el: name, raw: '' }
              : { role: 'standalone', id: num(), token: `{${num()}/}`, el: name, raw: '' };
        if (selfClosing) addCode(c, { ...code, raw }, start, end);
        else {
          c.wholeDepth = 1;
          c.wholeStart = start;
          c.wholeCode = code;
        }
        return;
      }
    } else {
      if (name === 'pc') {
        c.codes++;
        addCode(c, { role: 'open', id: num(), token: `{${num()}}`, el: 'pc', raw }, start, end);
        c.open.push({ code: { role: 'close', id: num(), token: `{/${num()}}`, el: 'pc', raw: '' }, drop: false });
        return;
      }
      if (name === 'mrk') {
        // Our own translation-candidate markers are not content: they are rebuilt on export.
        const ours = attr(tag, 'type') === 'mtc:match' && /^bitext-m\d+$/.test(id);
        if (!ours) addCode(c, { role: 'annotation', id, token: '', el: 'mrk', raw }, start, end);
        c.open.push({ code: { role: 'annotation', id, token: '', el: 'mrk', raw: '' }, drop: ours });
        return;
      }
      if (name === 'ph' || name === 'sc' || name === 'ec' || name === 'sm' || name === 'em' || name === 'cp') {
        c.codes++;
        let code: InlineCode;
        if (name === 'ph') code = { role: 'standalone', id: num(), token: `{${num()}/}`, el: 'ph', raw };
        else if (name === 'sc') code = { role: 'open', id: num(), token: `{${num()}}`, el: 'sc', raw };
        else if (name === 'ec') {
          const ref = attr(tag, 'startRef') ?? num();
          code = { role: 'close', id: ref, token: `{/${ref}}`, el: 'ec', raw };
        } else if (name === 'cp') {
          const hex = attr(tag, 'hex') ?? '';
          const cp = Number.parseInt(hex, 16);
          code = { role: 'standalone', id: num(), token: Number.isFinite(cp) ? String.fromCodePoint(cp) : '', el: 'cp', raw };
        } else code = { role: 'annotation', id, token: '', el: name, raw };
        if (selfClosing) addCode(c, code, start, end);
        else {
          c.wholeDepth = 1;
          c.wholeStart = start;
          c.wholeCode = code;
        }
        return;
      }
    }
    throw new UserError(`<${tag.name}> is not an inline element of XLIFF ${version}`, where(start));
  };

  const closeInline = (c: Capture, start: XmlPos, end: XmlPos): void => {
    const o = c.open.pop();
    // Our own match markers are dropped: export writes them afresh.
    if (!o || o.drop) return;
    addCode(c, { ...o.code, raw: text.slice(start.offset, end.offset) }, start, end);
  };

  parseXmlText(text, file, {
    open(tag, start, end) {
      depth++;
      if (rawKeep) {
        if (version === '2.0' && isCore(tag) && tag.local === 'note' && unit) noteText = '';
        return;
      }
      if (cap) {
        if (cap.wholeDepth > 0) {
          cap.wholeDepth++;
          return;
        }
        openInline(cap, tag, start, end);
        return;
      }
      if (depth === 1) {
        if (tag.local !== 'xliff') throw new UserError(`is not an XLIFF file: its root element is <${tag.name}>`, where(start));
        ns = tag.uri;
        if (NS12.has(ns)) version = '1.2';
        else if (NS20.has(ns)) {
          version = '2.0';
          const srcLang = attr(tag, 'srcLang') ?? '';
          root20 = { srcLang, trgLang: attr(tag, 'trgLang') ?? '' };
        } else {
          const v = attr(tag, 'version') ?? '';
          if (/^1\./.test(v)) version = '1.2';
          else if (/^2\./.test(v)) version = '2.0';
          else throw new UserError(`unknown XLIFF namespace '${ns || '(none)'}' and version '${v || '(none)'}'`, where(start));
          if (version === '2.0') root20 = { srcLang: attr(tag, 'srcLang') ?? '', trgLang: attr(tag, 'trgLang') ?? '' };
        }
        return;
      }
      const name = tag.local;
      const core = isCore(tag);
      if (core && name === 'file') {
        startFile(tag, start);
        return;
      }
      if (!fileOrigin) return;
      if (version === '1.2') {
        if (core && name === 'header' && !unit) {
          rawKeep = { depth, start, done: (raw) => (fileOrigin!.headerRaw = raw) };
          return;
        }
        if (core && name === 'trans-unit') {
          startUnit(tag, start);
          segments = [];
          return;
        }
        if (!unit) return;
        // Everything else in a unit is swallowed by `rawKeep`, so these are the unit's own.
        if (core && (name === 'source' || name === 'target')) {
          if (name === 'source') segments = [{ attrs: {} }];
          seg = segments[0] ?? null;
          if (!seg) throw new UserError('<target> before <source>', where(start));
          cap = { side: name, contentStart: end, parts: [], mt: new MappedTextBuilder(), open: [], wholeDepth: 0, codes: 0, layout: attr(tag, 'xml:space') !== 'preserve' };
          if (name === 'target') {
            seg.target = { content: [], seg: null, attrs: attrsOf(tag) };
            seg.state = attr(tag, 'state');
          }
          return;
        }
        // Anything else in the unit is kept as written.
        rawKeep = {
          depth,
          start,
          done: (raw) => {
            if (core && name === 'seg-source') unit!.segSourceRaw = raw;
            else unit!.trailingRaw.push(raw);
          },
        };
        if (core && name === 'note') noteText = '';
        return;
      }
      // 2.0
      if (core && name === 'unit') {
        startUnit(tag, start);
        return;
      }
      if (!unit) return;
      if (core && name === 'segment') {
        seg = { attrs: attrsOf(tag) };
        seg.state = attr(tag, 'state');
        unit.items.push({ kind: 'segment', index: segments.length });
        segments.push(seg);
        return;
      }
      if (core && (name === 'source' || name === 'target') && seg) {
        cap = { side: name, contentStart: end, parts: [], mt: new MappedTextBuilder(), open: [], wholeDepth: 0, codes: 0, layout: attr(tag, 'xml:space') !== 'preserve' };
        if (name === 'target') seg.target = { content: [], seg: null, attrs: attrsOf(tag) };
        return;
      }
      if (core && name === 'ignorable') {
        rawKeep = { depth, start, done: (raw) => unit!.items.push({ kind: 'ignorable', raw }) };
        return;
      }
      if (core && name === 'notes') {
        rawKeep = { depth, start, done: (raw) => (unit!.notesRaw = raw) };
        return;
      }
      if (core && name === 'originalData') {
        rawKeep = { depth, start, done: (raw) => (unit!.originalDataRaw = raw) };
        return;
      }
      rawKeep = { depth, start, done: (raw) => unit!.headRaw.push(raw) };
    },
    close(tag, start, end) {
      const d = depth--;
      if (rawKeep) {
        if (noteText !== null && isCore(tag) && tag.local === 'note') {
          if (noteText.trim()) unitNotes.push(noteText);
          noteText = null;
        }
        if (d === rawKeep.depth) {
          const keep = rawKeep;
          rawKeep = null;
          keep.done(text.slice(keep.start.offset, end.offset));
        }
        return;
      }
      if (cap) {
        if (cap.wholeDepth > 0) {
          cap.wholeDepth--;
          if (cap.wholeDepth === 0) {
            addCode(cap, { ...cap.wholeCode!, raw: text.slice(cap.wholeStart!.offset, end.offset) }, cap.wholeStart!, end);
            cap.wholeCode = undefined;
          }
          return;
        }
        if (isCore(tag) && (tag.local === 'source' || tag.local === 'target') && cap.open.length === 0) {
          const c = cap;
          cap = null;
          const lang = (c.side === 'source') === (fileOrigin!.sourceSide === 'en') ? 'en' : 'fr';
          const segment = segmentOf(c, lang, start);
          if (c.side === 'source') seg!.source = { content: c.parts, seg: segment };
          else seg!.target!.content = c.parts;
          if (c.side === 'target') {
            seg!.target!.seg = segment;
            if (!segment) seg!.target!.empty = doc.place(c.contentStart.offset, start.offset);
          }
          return;
        }
        closeInline(cap, start, end);
        return;
      }
      const name = tag.local;
      if (!isCore(tag)) return;
      if ((name === 'trans-unit' || name === 'unit') && unit) endUnit();
      else if (name === 'segment') seg = null;
      else if (name === 'file') fileOrigin = null;
    },
    text(t, start, end) {
      if (rawKeep) {
        if (noteText !== null) noteText += t;
        return;
      }
      if (cap && cap.wholeDepth === 0) appendText(cap, t, start, end, false);
    },
    cdata(t, start, end) {
      if (rawKeep) {
        if (noteText !== null) noteText += t;
        return;
      }
      if (cap && cap.wholeDepth === 0) appendText(cap, t, start, end, true);
    },
  });
  if (!version) throw new UserError('is empty, not an XLIFF document', { file });
  return pairs;
}

/** White space that holds a line break: the indentation of elements laid out one per line. */
const LAYOUT_WHITE = /^[ \t]*\r?\n[\s]*$/;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntity(body: string): string {
  if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
  return NAMED[body] ?? '';
}
