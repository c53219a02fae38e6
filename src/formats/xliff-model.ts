// What the XLIFF reader keeps beside each pair so that export can write the unit back as it was:
// inline codes byte for byte, whitespace as written, notes, ids and the unit's other children.
//
// Inline codes are shown in Segment.text as tokens (docs/formats.md):
//   paired code          1.2 <g id="1">…</g>, 2.0 <pc id="1">…</pc>           {1}…{/1}
//   standalone code      1.2 <x id="2"/>, <ph id="2">…</ph>; 2.0 <ph id="2"/>  {2/}
//   isolated begin/end   1.2 <bx/>/<ex/>, <bpt>/<ept>, <it>; 2.0 <sc/>/<ec/>  {3} … {/3}
// Annotations (<mrk>, 2.0 <sm/>/<em/>) are kept for export but add nothing to the text.
// The tokens are a view: export writes the recorded XML of each code, never parses tokens back,
// so text that happens to contain `{1}` stays text.

import type { Pair, Segment } from '../core/types.js';
import { escapeXml } from './xml-safe.js';

export type CodeRole = 'open' | 'close' | 'standalone' | 'annotation';

export interface InlineCode {
  role: CodeRole;
  /** The id that links an open code to its close (`rid ?? id`, 2.0 `startRef`). */
  id: string;
  /** What the code shows in the text ('' for annotations). */
  token: string;
  /** Local name of the element (g, x, bx, ex, ph, bpt, ept, it, mrk, pc, sc, ec, sm, em, cp). */
  el: string;
  /** The exact XML of the code as it was in the file (a start tag, an end tag, or a whole element). */
  raw: string;
}

/** The content of a <source> or <target>: text runs and inline codes, in order. */
export type Content = Array<string | InlineCode>;

export function contentText(c: Content): string {
  let s = '';
  for (const p of c) s += typeof p === 'string' ? p : p.token;
  return s;
}

export type XliffVersion = '1.2' | '2.0';

export interface XliffFileOrigin {
  version: XliffVersion;
  /** Index of the <file> among all files read, to keep them apart in export. */
  key: string;
  id?: string;
  original: string;
  /** Language tags as declared (`en-US`, `fr-CA`…). */
  srcLang: string;
  trgLang: string;
  /** Which of EN/FR is the source. */
  sourceSide: 'en' | 'fr';
  datatype?: string;
  /** 1.2 <header> as written (tool, notes…), to write back. */
  headerRaw?: string;
}

export interface XliffUnitOrigin {
  file: XliffFileOrigin;
  id: string;
  /** Attributes of the unit worth writing back (resname, translate, name…). */
  attrs: Record<string, string>;
  /** 1.2: children after <target> as written (notes, alt-trans, context groups…). */
  trailingRaw: string[];
  /** 1.2: <seg-source> as written. */
  segSourceRaw?: string;
  /** 2.0: extension elements (other namespaces), <notes>, <originalData>, as written. */
  headRaw: string[];
  notesRaw?: string;
  originalDataRaw?: string;
  /** 2.0: segments (by index among the unit's segments) and ignorables, in order. */
  items: Array<{ kind: 'segment'; index: number } | { kind: 'ignorable'; raw: string }>;
  /** Number of segments in the unit. */
  segments: number;
}

export interface XliffSegmentOrigin {
  unit: XliffUnitOrigin;
  /** Index among the unit's segments (always 0 in 1.2). */
  index: number;
  segmentAttrs: Record<string, string>;
  source: Content;
  target: Content | null;
  /** 1.2 <target> attributes (state, state-qualifier, xml:lang…). */
  targetAttrs: Record<string, string>;
}

/** Where each pair read from XLIFF came from. Kept outside the pair so reports stay unchanged. */
const origins = new WeakMap<Pair, XliffSegmentOrigin>();

export function setXliffOrigin(pair: Pair, o: XliffSegmentOrigin): void {
  origins.set(pair, o);
}

export function xliffOrigin(pair: Pair): XliffSegmentOrigin | undefined {
  return origins.get(pair);
}

/** The recorded content of a side, when the segment still shows exactly that content. */
export function recordedContent(seg: Segment | null, content: Content | null): Content | null {
  if (!seg || !content) return null;
  return contentText(content) === seg.text ? content : null;
}

/** Writes content in the version it was read from: text escaped, codes as they were. */
export function contentXml(c: Content): string {
  let s = '';
  for (const p of c) s += typeof p === 'string' ? escapeXml(p) : p.raw;
  return s;
}

/**
 * Writes content in the other version: codes are rebuilt from their roles (paired codes whose
 * open and close are both present become <g>/<pc>, the rest isolated codes), annotations dropped.
 */
export function convertContentXml(c: Content, to: XliffVersion): string {
  const opens = new Set<string>();
  const closes = new Set<string>();
  for (const p of c) {
    if (typeof p === 'string') continue;
    if (p.role === 'open') opens.add(p.id);
    if (p.role === 'close') closes.add(p.id);
  }
  const paired = new Set([...opens].filter((id) => closes.has(id)));
  const stack: string[] = [];
  // A pair is written as an element only when it nests properly.
  for (const p of c) {
    if (typeof p === 'string' || !paired.has(p.id)) continue;
    if (p.role === 'open') stack.push(p.id);
    else if (p.role === 'close') {
      if (stack[stack.length - 1] === p.id) stack.pop();
      else paired.delete(p.id);
    }
  }
  for (const id of stack) paired.delete(id);
  let s = '';
  // 2.0 ids are NMTOKENs (digits allowed first); anything else is made one.
  const idAttr = (id: string): string => escapeXml(/^[\p{L}\p{N}._:-]+$/u.test(id) ? id : `c${id.replace(/[^\p{L}\p{N}._:-]/gu, '_')}`, true);
  for (const p of c) {
    if (typeof p === 'string') {
      s += escapeXml(p);
      continue;
    }
    const id = idAttr(p.id);
    const id12 = escapeXml(p.id, true);
    if (p.role === 'annotation') continue;
    if (p.role === 'standalone') s += to === '1.2' ? `<x id="${id12}"/>` : `<ph id="${id}"/>`;
    else if (p.role === 'open') {
      if (paired.has(p.id)) s += to === '1.2' ? `<g id="${id12}">` : `<pc id="${id}">`;
      else s += to === '1.2' ? `<bx id="${id12}"/>` : `<sc id="${id}" isolated="yes"/>`;
    } else if (p.role === 'close') {
      if (paired.has(p.id)) s += to === '1.2' ? '</g>' : '</pc>';
      else s += to === '1.2' ? `<ex id="${id12}"/>` : `<ec id="${id}-e" isolated="yes"/>`;
    }
  }
  return s;
}
