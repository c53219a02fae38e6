// Helpers to point at ranges of a segment and to propose fixes only where they are safe.

import type { Segment } from '../../core/types.js';
import { splitSentences } from '../../lang/sentences.js';

/**
 * Whether replacing text[from, to) of the segment edits exactly those characters of the file.
 * Segment text can differ from the file (bold markers removed, wrapped lines joined with a space
 * that stands for a line break): a fix over such characters would edit the wrong bytes.
 */
export function fixable(seg: Segment, from: number, to: number): boolean {
  if (!seg.locate) return false;
  if (to < from || from < 0 || to > seg.text.length) return false;
  // Each character must map to the next column of one line, and the range must not touch a joint.
  const lo = Math.max(0, from - 1);
  const hi = Math.min(seg.text.length, Math.max(to + 1, from + 1));
  const first = seg.locate(lo, lo + 1);
  for (let i = lo + 1; i < hi; i++) {
    const p = seg.locate(i, i + 1);
    if (p.line !== first.line || p.column !== first.column + (i - lo)) return false;
  }
  return true;
}

/**
 * The sentences of a segment, a list item that the aligner joined to another (Segment.items) being
 * one of its own (`invest $18.6 million…; extend the navigation season…;` are two).
 */
export function sentencesAndItems(seg: Segment, lang: 'en' | 'fr'): Array<{ start: number; end: number }> {
  const spans = splitSentences(seg.text, lang);
  if (!seg.items) return spans;
  const out: Array<{ start: number; end: number }> = [];
  for (const s of spans) {
    let start = s.start;
    for (const cut of seg.items) {
      if (cut <= start || cut >= s.end) continue;
      out.push({ start, end: cut - 1 });
      start = cut;
    }
    out.push({ start, end: s.end });
  }
  return out;
}
