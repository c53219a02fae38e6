// Parallel-document alignment: the sentences of a text and of its translation, in order, paired
// into beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3) by dynamic programming.
//
//  1. A document becomes units: headings, sentences, table-of-contents entries, bibliography
//     entries (parallel-blocks.ts); each unit a length and tokens with keys (parallel-features.ts)
//     by which it meets its translation: identical words and numbers, cognates, values normalised
//     across locales, punctuation, layout.
//  2. Coarse to fine: units are grouped into blocks of 2^k until a full search is small; the
//     blocks are aligned, and each finer level searches only a band around the coarser path
//     (parallel-dp.ts, parallel-search.ts), so time and memory grow linearly with the documents.
//  3. The model's free parameters (length ratio, how often each kind of token finds its partner)
//     are re-estimated on that first alignment, a lexicon is learned from its confident beads
//     (parallel-lexicon.ts), and the units are aligned again in a band around the first path.
//  4. Each bead's confidence is its posterior probability in the lattice (forward–backward).
//
// Nothing in the core is specific to English and French: it aligns German with French as well.

import type { SourceDocument } from '../core/document.js';
import { MappedText, MappedTextBuilder } from '../core/mapped-text.js';
import type { Pair, Segment } from '../core/types.js';
import type { ValueLang } from '../lang/values.js';
import { documentUnits, lineLayout, unitLayout, type TextUnit } from './parallel-blocks.js';
import type { PathBead } from './parallel-dp.js';
import { tokenizeSide } from './parallel-features.js';
import { alignTokens, type SearchOptions } from './parallel-search.js';

export interface Bead {
  /** Source sentence indexes (0-based, consecutive; empty for an inserted target sentence). */
  src: number[];
  tgt: number[];
  /** Confidence in [0, 1]: the posterior probability of the bead. */
  score: number;
}

export interface AlignOptions extends SearchOptions {
  /** Languages, for the value extractor (`und` for languages other than English and French). */
  srcLang?: ValueLang;
  tgtLang?: ValueLang;
  /** `posterior`: the raw posterior instead of the calibrated confidence (for calibration). */
  scores?: 'calibrated' | 'posterior';
}

/** Aligns two lists of sentences (one sentence per item), in any pair of languages. */
export function alignSentences(src: string[], tgt: string[], opts: AlignOptions = {}): Bead[] {
  const sl = lineLayout(src);
  const tl = lineLayout(tgt);
  const S = tokenizeSide(src, opts.srcLang ?? 'und', sl.extra);
  const T = tokenizeSide(tgt, opts.tgtLang ?? 'und', tl.extra);
  S.breaks = sl.breaks;
  T.breaks = tl.breaks;
  const raw = opts.scores === 'posterior';
  return alignTokens(S, T, opts).map((b) => ({ src: range(b.i0, b.i1), tgt: range(b.j0, b.j1), score: raw ? b.posterior : confidence(b) }));
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k < b; k++) out.push(k);
  return out;
}

/**
 * Platt scaling of the posterior, fitted on the gold sets (bench/eval-align.ts --calibration):
 * confidence = σ(A·logit(posterior) + B + C·[one side empty] + D·[more than one sentence on a side]).
 * Posteriors are over-confident (the model treats tokens as independent evidence); the fit
 * brings a reported 0.9 to about nine correct beads in ten.
 */
export const CALIBRATION = { A: 0.345, B: 0.179, C: -2.977, D: -0.684 };

/** The confidence reported for a bead. */
export function confidence(b: PathBead): number {
  if (b.forced) return 1;
  const p = Math.min(1 - 1e-5, Math.max(1e-5, b.posterior));
  const nul = b.i0 === b.i1 || b.j0 === b.j1 ? 1 : 0;
  const multi = b.i1 - b.i0 > 1 || b.j1 - b.j0 > 1 ? 1 : 0;
  const z = CALIBRATION.A * Math.log(p / (1 - p)) + CALIBRATION.B + CALIBRATION.C * nul + CALIBRATION.D * multi;
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}

/** One side of a parallel document pair. */
export interface ParallelSide {
  doc: SourceDocument;
  /** Markdown (or HTML) cleaning of the lines. */
  markdown?: boolean;
  /** Each line is a paragraph (Word documents). */
  linesAreParagraphs?: boolean;
}

/** Aligns an English document with its French version into pairs (ids are left empty). */
export function alignDocuments(en: ParallelSide, fr: ParallelSide, opts: SearchOptions = {}): Pair[] {
  const eu = documentUnits(en.doc, { markdown: en.markdown, linesAreParagraphs: en.linesAreParagraphs, lang: 'en' });
  const fu = documentUnits(fr.doc, { markdown: fr.markdown, linesAreParagraphs: fr.linesAreParagraphs, lang: 'fr' });
  const el = unitLayout(eu);
  const fl = unitLayout(fu);
  const S = tokenizeSide(
    eu.map((u) => u.text.text),
    'en',
    el.extra,
  );
  const T = tokenizeSide(
    fu.map((u) => u.text.text),
    'fr',
    fl.extra,
  );
  S.breaks = el.breaks;
  T.breaks = fl.breaks;
  const pairs: Pair[] = [];
  for (const b of alignTokens(S, T, opts)) {
    const e = b.i1 > b.i0 ? segmentOf(en.doc, eu.slice(b.i0, b.i1), 'en') : null;
    const f = b.j1 > b.j0 ? segmentOf(fr.doc, fu.slice(b.j0, b.j1), 'fr') : null;
    if (e && f) pairs.push({ id: '', en: e, fr: f, method: 'parallel', score: confidence(b) });
    else if (e) pairs.push({ id: '', en: e, fr: null, method: 'orphan', score: confidence(b) });
    else if (f) pairs.push({ id: '', en: null, fr: f, method: 'orphan', score: confidence(b) });
  }
  return pairs;
}

function segmentOf(doc: SourceDocument, units: TextUnit[], lang: 'en' | 'fr'): Segment {
  const mt = joinUnits(units);
  // Text without letters (a number, a code, a date) is language-neutral.
  const l = /\p{L}/u.test(mt.text) ? lang : 'und';
  return { text: mt.text, lang: l, place: mt.place(doc), locate: (from, to) => mt.place(doc, from, to) };
}

function joinUnits(units: TextUnit[]): MappedText {
  if (units.length === 1) return units[0].text;
  const b = new MappedTextBuilder();
  for (const u of units) {
    if (b.length > 0) {
      const at = u.text.offsetAt(0);
      b.appendReplacement(' ', at, at);
    }
    b.appendMapped(u.text);
  }
  return b.build();
}
