// Parallel-document alignment: the sentences of a text and of its translation, in order, paired
// into beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3) by dynamic programming.
//
//  1. A document becomes units: headings, sentences, table-of-contents entries, bibliography
//     entries (parallel-blocks.ts); each unit a length and tokens with keys (parallel-features.ts)
//     by which it meets its translation: identical words and numbers, cognates, values normalised
//     across locales, punctuation, layout. References that the two sides list in different orders
//     are grouped into one unit (parallel-references.ts). Text already cut into sentences gets
//     the same structure line by line, a bibliography entry cut into lines being a block that
//     may be aligned as one bead.
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
import { keyEntries, lineEntries, reorderings, type Entry } from './parallel-references.js';
import type { PathBead } from './parallel-dp.js';
import { tokenizeSide, type SideTokens } from './parallel-features.js';
import { alignTokens, type SearchOptions } from './parallel-search.js';
import { withBaseLexicon } from './base-lexicon.js';
import { linkTargets } from '../core/link-targets.js';

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
  const se = lineEntries(src);
  const te = lineEntries(tgt);
  // Reordered references are one bead: their lines are grouped before the search.
  const moves = reorderings(se, te);
  const gs = groupRuns(src.length, moves.map((m) => m.src));
  const gt = groupRuns(tgt.length, moves.map((m) => m.tgt));
  const S = linesSide(src, se, gs, opts.srcLang ?? 'und');
  const T = linesSide(tgt, te, gt, opts.tgtLang ?? 'und');
  const raw = opts.scores === 'posterior';
  return alignTokens(S, T, withBaseLexicon(opts, opts.srcLang ?? 'und', opts.tgtLang ?? 'und')).map((b) => ({
    src: range(gs.first[b.i0], gs.first[b.i1]),
    tgt: range(gt.first[b.j0], gt.first[b.j1]),
    score: raw ? b.posterior : confidence(b),
  }));
}

/** Consecutive items grouped into runs: run r holds items first[r] .. first[r + 1] − 1. */
interface Runs {
  first: number[];
  /** The run of each item. */
  of: Int32Array;
}

/** Runs of n items where the given [start, end) spans are one run each and every other item is alone. */
function groupRuns(n: number, spans: ReadonlyArray<readonly [number, number]>): Runs {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const first: number[] = [];
  const of = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; ) {
    while (k < sorted.length && sorted[k][1] <= i) k++;
    const end = k < sorted.length && sorted[k][0] === i ? sorted[k][1] : i + 1;
    for (let q = i; q < end; q++) of[q] = first.length;
    first.push(i);
    i = end;
  }
  first.push(n);
  return { first, of };
}

/** The tokens of pre-split lines, grouped into runs, with their layout, entries as blocks. */
function linesSide(lines: string[], entries: Entry[], runs: Runs, lang: ValueLang): SideTokens {
  const layout = lineLayout(lines, entries);
  const side = runSide(lines, layout, runs, lang);
  // Dot leaders are as long as the page is wide: their length says nothing.
  for (let r = 0; r + 1 < runs.first.length; r++) if (runs.first[r + 1] - runs.first[r] === 1 && layout.leaders[runs.first[r]]) side.len[r] = 1;
  // Entries left whole (not inside a run of reordered entries) may be aligned as one bead.
  const alone = (e: Entry): boolean => runs.of[e.start] !== runs.of[e.end - 1] || runs.first[runs.of[e.start] + 1] - runs.first[runs.of[e.start]] === 1;
  side.blocks = entries.filter(alone).map((e) => [runs.of[e.start], runs.of[e.end - 1] + 1] as const);
  return side;
}

/** Tokens of items grouped into runs: a run's text is its items' texts joined, its layout theirs. */
function runSide(texts: readonly string[], layout: { extra: string[][]; breaks: Float64Array }, runs: Runs, lang: ValueLang): SideTokens {
  const count = runs.first.length - 1;
  const joined: string[] = [];
  const extra: string[][] = [];
  const breaks = new Float64Array(count);
  for (let r = 0; r < count; r++) {
    const a = runs.first[r];
    const b = runs.first[r + 1];
    joined.push(b - a === 1 ? texts[a] : texts.slice(a, b).join(' '));
    extra.push(b - a === 1 ? layout.extra[a] : layout.extra.slice(a, b).flat());
    breaks[r] = layout.breaks[a];
  }
  const side = tokenizeSide(joined, lang, extra);
  side.breaks = breaks;
  return side;
}

/** Bibliography entries among document units: each reference unit is one entry. */
function unitEntries(units: readonly TextUnit[]): Entry[] {
  const entries: Entry[] = [];
  units.forEach((u, k) => {
    if (u.kind === 'ref') entries.push({ start: k, end: k + 1, key: null });
  });
  keyEntries(entries, (e) => units[e.start].text.text.slice(0, 200));
  return entries;
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
  // References listed in another order are one pair.
  const moves = reorderings(unitEntries(eu), unitEntries(fu));
  const ge = groupRuns(eu.length, moves.map((m) => m.src));
  const gf = groupRuns(fu.length, moves.map((m) => m.tgt));
  const S = runSide(
    eu.map((u) => u.text.text),
    unitLayout(eu),
    ge,
    'en',
  );
  const T = runSide(
    fu.map((u) => u.text.text),
    unitLayout(fu),
    gf,
    'fr',
  );
  const pe = paragraphs(eu);
  const pf = paragraphs(fu);
  const pairs: Pair[] = [];
  for (const b of alignTokens(S, T, withBaseLexicon(opts, 'en', 'fr'))) {
    const e = b.i1 > b.i0 ? segmentOf(en.doc, eu.slice(ge.first[b.i0], ge.first[b.i1]), 'en', pe[ge.first[b.i0]]) : null;
    const f = b.j1 > b.j0 ? segmentOf(fr.doc, fu.slice(gf.first[b.j0], gf.first[b.j1]), 'fr', pf[gf.first[b.j0]]) : null;
    if (e && f) pairs.push({ id: '', en: e, fr: f, method: 'parallel', score: confidence(b) });
    else if (e) pairs.push({ id: '', en: e, fr: null, method: 'orphan', score: confidence(b) });
    else if (f) pairs.push({ id: '', en: null, fr: f, method: 'orphan', score: confidence(b) });
  }
  return pairs;
}

/** Each unit's paragraph: the index of its block in the document. */
function paragraphs(units: TextUnit[]): number[] {
  let n = -1;
  return units.map((u) => (u.blockStart || n < 0 ? ++n : n));
}

function segmentOf(doc: SourceDocument, units: TextUnit[], lang: 'en' | 'fr', paragraph: number): Segment {
  const { mt, items } = joinUnits(units);
  // Text without letters (an amount in a table cell, a code) is still its document's: its values
  // are read the way its language writes them (`$150,000`, `105 000 $`) and compared.
  const seg: Segment = { text: mt.text, lang, place: mt.place(doc), locate: (from, to) => mt.place(doc, from, to), paragraph };
  const links = linkTargets(doc, mt);
  if (links) seg.links = links;
  if (items.length) seg.items = items;
  return seg;
}

/** The units' texts joined by a space, and where the list items after the first start in it (Segment.items). */
function joinUnits(units: TextUnit[]): { mt: MappedText; items: number[] } {
  if (units.length === 1) return { mt: units[0].text, items: [] };
  const b = new MappedTextBuilder();
  const items: number[] = [];
  for (const u of units) {
    if (b.length > 0) {
      const at = u.text.offsetAt(0);
      b.appendReplacement(' ', at, at);
      if (u.item && u.blockStart) items.push(b.length);
    }
    b.appendMapped(u.text);
  }
  return { mt: b.build(), items };
}
