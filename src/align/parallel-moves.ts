// Passages the translation put elsewhere. The aligner's path is monotone: a paragraph or a
// section that the French moves (after a list instead of before it, one section after the next)
// leaves a stretch of English without French where it was and a stretch of French without
// English where it went, and both would be reported as missing. Here the stretches of sentences
// left alone on the two sides are aligned to one another, wherever they are, with the model's own
// scores; the sentences found to translate each other clearly are paired.

import { alignBand, fullBand, type PathBead } from './parallel-dp.js';
import type { SideTokens } from './parallel-features.js';
import { SHAPES, type LevelModel } from './parallel-model.js';

/**
 * Evidence (log-likelihood ratio, priors aside) that sentences paired off the path translate each
 * other, below which they are left alone. Measured on the gold sets (bench/eval-align.ts), the
 * shared corpus's web pages and the planted documents: unrelated sentences scored at most 3.6,
 * moved ones 5.4 to 24.
 */
const MIN_EVIDENCE = 5;
/** How far above any other sentence of either side a pair's evidence must be. */
const MARGIN = 2;
/** Tokens of each side that must meet a partner on the other. */
const MIN_MET = 2;
/**
 * Share of the words of each side written the same on the other above which two sentences are
 * copies (the headers of a quoted e-mail, `From: Lavoie` and `To: Lavoie`), not a passage and its
 * translation: copies are the business of the checks of shared text.
 */
const COPY_SHARE = 0.5;
/** Cells of the stretches' alignments, all pairs of stretches together, beyond which nothing is tried. */
const MAX_CELLS = 400_000;

interface Stretch {
  start: number;
  end: number;
}

/** Consecutive units left alone on one side. */
function stretches(units: number[]): Stretch[] {
  const out: Stretch[] = [];
  for (const u of units) {
    const last = out[out.length - 1];
    if (last && last.end === u) last.end = u + 1;
    else out.push({ start: u, end: u + 1 });
  }
  return out;
}

/** The share of the word tokens of side[a, b) whose type also stands in other[c, d). */
function sameWords(side: SideTokens, a: number, b: number, other: SideTokens, c: number, d: number): number {
  const there = new Set<string>();
  for (let p = other.start[c]; p < other.start[d]; p++) there.add(other.types[other.ids[p]]);
  let words = 0;
  let same = 0;
  for (let p = side.start[a]; p < side.start[b]; p++) {
    const t = side.types[side.ids[p]];
    if (t.startsWith('#')) continue;
    words++;
    if (there.has(t)) same++;
  }
  return words ? same / words : 0;
}

interface Found {
  beads: PathBead[];
  evidence: number;
}

/** The path with moved passages paired: each pair stands where its English was. */
export function pairMovedPassages(path: PathBead[], model: LevelModel, S: SideTokens, T: SideTokens): PathBead[] {
  const tried = new Map<string, Found>();
  let cells = 0;
  /** The beads of two stretches aligned to each other that clearly pair sentences. */
  const align = (e: Stretch, f: Stretch): Found | null => {
    const key = `${e.start}:${e.end}:${f.start}:${f.end}`;
    let found = tried.get(key);
    if (found) return found;
    const a = e.end - e.start;
    const b = f.end - f.start;
    cells += a * b;
    if (cells > MAX_CELLS) return null;
    const inner = alignBand(fullBand(a, b), SHAPES, (i0, p, j0, q) => model.scoreAnywhere(e.start + i0, p, f.start + j0, q), 1).path;
    // The paired beads of the stretches' alignment, with their evidence and whether they are
    // sure enough on their own.
    const paired: Array<{ bead: PathBead; v: number; strong: boolean }> = [];
    for (const ib of inner) {
      if (ib.i1 === ib.i0 || ib.j1 === ib.j0) continue;
      const i0 = e.start + ib.i0;
      const i1 = e.start + ib.i1;
      const j0 = f.start + ib.j0;
      const j1 = f.start + ib.j1;
      const v = model.evidence(i0, i1 - i0, j0, j1 - j0);
      // One word met is no passage found (`Eight.` beside `Deux. Huit.`).
      const met = model.lastMet;
      if (v < 0 || (sameWords(S, i0, i1, T, j0, j1) >= COPY_SHARE && sameWords(T, j0, j1, S, i0, i1) >= COPY_SHARE)) continue;
      const strong = v >= MIN_EVIDENCE && met >= MIN_MET && unrivalled(model, i0, i1, j0, j1, v, e, f);
      // As sure as its evidence says, at most as sure as the stretches' alignment.
      paired.push({ bead: { i0, i1, j0, j1, score: ib.score, posterior: Math.min(ib.posterior, 1 / (1 + Math.exp(MIN_EVIDENCE - v))) }, v, strong });
    }
    // Beads sure on their own, and the beads next to them on both sides (the rest of a moved
    // paragraph) that are more likely translations than not.
    const keep = paired.map((p) => p.strong);
    for (let changed = true; changed; ) {
      changed = false;
      for (let k = 0; k < paired.length; k++) {
        if (keep[k]) continue;
        const b = paired[k].bead;
        const before = k > 0 && keep[k - 1] && paired[k - 1].bead.i1 === b.i0 && paired[k - 1].bead.j1 === b.j0;
        const after = k + 1 < paired.length && keep[k + 1] && paired[k + 1].bead.i0 === b.i1 && paired[k + 1].bead.j0 === b.j1;
        if (before || after) keep[k] = changed = true;
      }
    }
    found = { beads: [], evidence: 0 };
    paired.forEach((p, k) => {
      if (!keep[k]) return;
      found!.beads.push(p.bead);
      found!.evidence += p.v;
    });
    tried.set(key, found);
    return found;
  };

  let current = path;
  // The best-matched stretches first; what is left of them is tried again.
  for (;;) {
    const enAlone: number[] = [];
    const frAlone: number[] = [];
    for (const b of current) {
      if (b.j0 === b.j1) for (let i = b.i0; i < b.i1; i++) enAlone.push(i);
      else if (b.i0 === b.i1) for (let j = b.j0; j < b.j1; j++) frAlone.push(j);
    }
    if (enAlone.length === 0 || frAlone.length === 0) return current;
    let best: Found | null = null;
    for (const e of stretches(enAlone)) {
      for (const f of stretches(frAlone)) {
        const found = align(e, f);
        if (found === null) return current;
        if (found.beads.length && (best === null || found.evidence > best.evidence)) best = found;
      }
    }
    if (best === null) return current;
    current = withBeads(current, best.beads);
  }
}

/**
 * Whether no other sentence of either side comes near the pair's evidence: a sentence the
 * document repeats (`A technical note … will be available soon.` under each change of a
 * changelog) cannot tell which of its copies a translation left alone belongs to. Sentences of
 * the two stretches themselves are no rivals: their order settles which is which (`To zoom in`,
 * `To zoom out`).
 */
function unrivalled(model: LevelModel, i0: number, i1: number, j0: number, j1: number, v: number, e: Stretch, f: Stretch): boolean {
  for (let i = 0; i < model.src.n; i++) if ((i < e.start || i >= e.end) && model.evidence(i, 1, j0, j1 - j0) > v - MARGIN) return false;
  for (let j = 0; j < model.tgt.n; j++) if ((j < f.start || j >= f.end) && model.evidence(i0, i1 - i0, j, 1) > v - MARGIN) return false;
  return true;
}

/** The path with the given beads in place of the units they pair, each where its English was. */
function withBeads(path: PathBead[], beads: PathBead[]): PathBead[] {
  const atEn = new Map<number, PathBead>();
  const enTaken = new Set<number>();
  const frTaken = new Set<number>();
  for (const b of beads) {
    atEn.set(b.i0, b);
    for (let i = b.i0; i < b.i1; i++) enTaken.add(i);
    for (let j = b.j0; j < b.j1; j++) frTaken.add(j);
  }
  const out: PathBead[] = [];
  for (const b of path) {
    if (b.j0 === b.j1 && enTaken.has(b.i0)) {
      const moved = atEn.get(b.i0);
      if (moved) out.push(moved);
      continue;
    }
    if (b.i0 === b.i1 && frTaken.has(b.j0)) continue;
    out.push(b);
  }
  return out;
}
