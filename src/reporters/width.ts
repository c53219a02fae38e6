// How wide text is in a terminal, so that a caret line under a segment lines up with the span
// it marks even with accents written as combining marks, CJK, emoji and tabs in the text.

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** East Asian Wide and Fullwidth blocks (UAX #11) that are not emoji; emoji are found by property. */
const WIDE: Array<[number, number]> = [
  [0x1100, 0x115f],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18aff],
  [0x1b000, 0x1b2ff],
  [0x1f200, 0x1f251],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

const EMOJI = /\p{Emoji_Presentation}/u;
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
/**
 * Text made only of characters that are one column each and never join a neighbour: printable
 * ASCII, Latin-1 and Latin Extended letters, spacing modifiers, general punctuation (dashes,
 * quotes, ellipsis, U+202F), currency signs. No controls, combining marks or zero-width characters.
 */
const NARROW = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u202f-\u205e\u20a0-\u20c0]*$/;
/** Bidirectional controls could reorder what the terminal shows; they are made visible. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;

function isWide(cp: number): boolean {
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < WIDE[mid][0]) hi = mid - 1;
    else if (cp > WIDE[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Columns one grapheme cluster takes: 0, 1 or 2. */
export function clusterWidth(cluster: string): number {
  let width = 0;
  for (const ch of cluster) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0xfe0f || isWide(cp) || EMOJI.test(ch)) return 2;
    if (width === 0 && !(ZERO.test(ch) && cp !== 0xad)) width = 1;
  }
  return width;
}

/** One grapheme as shown: its text in the terminal, its width, and where it starts in the source string. */
export interface Cell {
  text: string;
  width: number;
  /** UTF-16 offset of the grapheme in the source string. */
  offset: number;
}

/**
 * Splits text into cells for display. Tabs and line breaks become visible one-column marks
 * (⇥, ↵) and other control characters become U+FFFD, so that nothing moves the cursor.
 */
export function cells(text: string): Cell[] {
  const out: Cell[] = [];
  // Most text (Latin script, common punctuation) is one narrow cell per code unit: no need to segment.
  if (NARROW.test(text)) {
    for (let i = 0; i < text.length; i++) out.push({ text: text[i], width: 1, offset: i });
    return out;
  }
  for (const { segment, index } of segmenter.segment(text)) {
    let shown = segment;
    if (segment === '\t') shown = '⇥';
    else if (segment === '\n' || segment === '\r\n' || segment === '\r') shown = '↵';
    else if (/^[\u0000-\u001f\u007f-\u009f]/.test(segment) || BIDI.test(segment)) shown = '\ufffd';
    out.push({ text: shown, width: clusterWidth(shown), offset: index });
  }
  return out;
}

/** Display width of a string (after the substitutions of `cells`). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const c of cells(text)) w += c.width;
  return w;
}
