// whitespace: doubled spaces inside a segment, invisible characters, and leading or trailing
// spaces that one side has and the other lacks.
//
// Segments of text documents are trimmed by the reader, so leading and trailing spaces matter in
// keyed formats (XLIFF, PO, JSON), where a string is often concatenated with another: a source
// ending with a space whose translation does not will glue two words together on screen.
// A segment laid out in columns (a run of three spaces or more, a tab, or two gaps of two
// spaces) is a table row or ASCII art: its spacing is layout, not a typing slip.

import { defineCheck, type CheckContext } from './types.js';
import type { Segment } from '../core/types.js';
import { fixable } from './util/spans.js';
import { isWhiteSpaceCode } from '../lang/tokens.js';

const BLANK = '[ \\u00a0\\u202f]';
const DOUBLE = new RegExp(`(?<=\\S)${BLANK}{2,}(?=\\S)`, 'gu');
const TWO_SPACES = new RegExp(`${BLANK}{2}`, 'u');
const LAYOUT = /(?:^|\S) {3,}\S|\t/u;
const INVISIBLE = /[\u200b\u2060\ufeff]/g;
const ANY_INVISIBLE = /[\u200b\u2060\ufeff]/;
const INVISIBLE_NAMES: Record<string, string> = { '\u200b': 'a zero-width space (U+200B)', '\u2060': 'a word joiner (U+2060)', '\ufeff': 'a zero-width no-break space (U+FEFF)' };

/** The white space a text starts with. */
function leading(text: string): string {
  let i = 0;
  while (i < text.length && isWhiteSpaceCode(text.charCodeAt(i))) i++;
  return text.slice(0, i);
}

/** The white space a text ends with. */
function trailing(text: string): string {
  let i = text.length;
  while (i > 0 && isWhiteSpaceCode(text.charCodeAt(i - 1))) i--;
  return text.slice(i);
}

/** A Canadian postal code (`K1A 0B1`, `K1A0B1`) at the start of a text. */
const POSTAL_CODE = /^[A-CEGHJ-NPR-TVXY]\d[A-CEGHJ-NPR-TV-Z][ \u00a0]?\d[A-CEGHJ-NPR-TV-Z]\d(?![\p{L}\p{N}])/u;

export default defineCheck({
  id: 'whitespace',
  description: 'No doubled spaces or invisible characters; leading and trailing spaces agree between EN and FR',
  severity: 'info',
  options: { doubleSpaces: true, invisible: true, edges: true },
  fixable: true,
  help: `Two spaces where one is meant, zero-width characters pasted in from other software, and
a translation that drops the leading or trailing space of its source (which matters for strings
that software concatenates: "Total: " + amount).

Doubled spaces are info and fixable (a no-break space is kept when it is one of them); invisible
characters are warnings and fixable; a leading or trailing space on one side only is a warning,
fixed by making the French side match the English. Text laid out in columns (three or more
spaces in a row, tabs, or two gaps of two spaces) is left alone, and so are the two spaces
Canada Post puts before a postal code ("Ottawa ON  K1A 0B1").

Example: "Ordre du  jour" → "Ordre du jour".`,
  check(ctx) {
    const { en, fr } = ctx.pair;
    if (en) oneSide(ctx, 'en', en);
    if (fr) oneSide(ctx, 'fr', fr);
    // Edge spaces survive only in keyed formats (the text readers trim segments), and only there
    // do they matter: software joins those strings to others.
    if (en && fr && ctx.options.edges !== false && ctx.pair.method === 'keyed') edges(ctx, en, fr);
  },
});

function oneSide(ctx: CheckContext, side: 'en' | 'fr', seg: Segment): void {
  if (ctx.options.doubleSpaces !== false) doubled(ctx, side, seg);
  if (ctx.options.invisible !== false) invisible(ctx, side, seg);
}

function doubled(ctx: CheckContext, side: 'en' | 'fr', seg: Segment): void {
  const text = seg.text;
  // Most texts have no two spaces in a row (ordinary or no-break): nothing to look at.
  if (!TWO_SPACES.test(text)) return;
  if (LAYOUT.test(text)) return;
  const runs = [...text.matchAll(DOUBLE)];
  // Two or more gaps of two spaces: columns of a table (`Bruine verglaçant  ZL  (P & O)`).
  if (runs.length > 1 && runs.filter((r) => r[0] === '  ').length > 1) return;
  DOUBLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOUBLE.exec(text)) !== null) {
    const run = m[0];
    // Canada Post writes two spaces between the province and the postal code (`Ottawa ON  K1A 0B1`).
    if (run === '  ' && POSTAL_CODE.test(text.slice(m.index + 2))) continue;
    // Keep the no-break space when there is one (`composer\u00a0 :` → `composer\u00a0:`).
    const keep = /[\u202f]/.test(run) ? '\u202f' : /\u00a0/.test(run) ? '\u00a0' : ' ';
    const from = m.index;
    const to = from + run.length;
    const fix = fixable(seg, from, to) ? { side, from, to, text: keep } : undefined;
    ctx.report({
      message: `${side.toUpperCase()} has ${run.length} spaces in a row: expected one`,
      [side]: { from, to },
      suggestion: (/\S+$/.exec(text.slice(0, from))?.[0] ?? '') + keep + (/^\S+/.exec(text.slice(to))?.[0] ?? ''),
      ...(fix ? { fix } : {}),
    });
  }
}

function invisible(ctx: CheckContext, side: 'en' | 'fr', seg: Segment): void {
  const text = seg.text;
  if (!ANY_INVISIBLE.test(text)) return;
  INVISIBLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INVISIBLE.exec(text)) !== null) {
    const from = m.index;
    const fix = fixable(seg, from, from + 1) ? { side, from, to: from + 1, text: '' } : undefined;
    ctx.report({
      message: `${side.toUpperCase()} contains ${INVISIBLE_NAMES[m[0]]}: expected nothing there`,
      [side]: { from, to: from + 1 },
      severity: 'warning',
      ...(fix ? { fix } : {}),
    });
  }
}

/** Leading and trailing spaces: the French side should keep those of the English. */
function edges(ctx: CheckContext, en: Segment, fr: Segment): void {
  // Most texts start and end with a visible character on both sides.
  const e = en.text;
  const f = fr.text;
  if (!isWhiteSpaceCode(e.charCodeAt(0)) && !isWhiteSpaceCode(f.charCodeAt(0)) && !isWhiteSpaceCode(e.charCodeAt(e.length - 1)) && !isWhiteSpaceCode(f.charCodeAt(f.length - 1))) return;
  for (const [where, edge] of [['leading', leading], ['trailing', trailing]] as const) {
    const a = edge(en.text);
    const b = edge(fr.text);
    if ((a === '') === (b === '')) continue;
    if (en.text.trim() === '' || fr.text.trim() === '') continue;
    const start = where === 'leading';
    const frFrom = start ? 0 : fr.text.length - b.length;
    const frTo = start ? b.length : fr.text.length;
    const enRange = a ? { from: start ? 0 : en.text.length - a.length, to: start ? a.length : en.text.length } : start ? { from: 0, to: 1 } : { from: en.text.length - 1, to: en.text.length };
    const frRange = b ? { from: frFrom, to: frTo } : start ? { from: 0, to: 1 } : { from: fr.text.length - 1, to: fr.text.length };
    const fix = fixable(fr, frFrom, frTo) ? { side: 'fr' as const, from: frFrom, to: frTo, text: a } : undefined;
    ctx.report({
      message: a ? `EN has a ${where} space, FR has none` : `FR has a ${where} space, EN has none`,
      en: enRange,
      fr: frRange,
      severity: 'warning',
      ...(fix ? { fix } : {}),
    });
  }
}
