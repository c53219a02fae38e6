// Passages the translation put elsewhere. The aligner's path is monotone: a paragraph or a
// section that the French moves (after a list instead of before it, one section after the next)
// leaves a stretch of English without French where it was and a stretch of French without
// English where it went, and both would be reported as missing. Here the stretches of sentences
// left alone on the two sides are aligned to one another, wherever they are, with the model's own
// scores; the sentences found to translate each other clearly are paired.

import { logistic } from './anchors.js';
import { alignBand, fullBand, type PathBead } from './parallel-dp.js';
import type { SideTokens } from './parallel-features.js';
import { SHAPES, type LevelModel } from './parallel-model.js';

/**
 * Evidence (log-likelihood ratio, priors aside) that sentences paired off the path translate each
 * other, below which a pair is not sure on its own (it may still be kept beside a sure one, see
 * fitsThere). Measured on the gold sets (bench/eval-align.ts), the shared corpus's web pages and
 * the planted documents: unrelated sentences scored at most 3.6, moved ones 5.4 to 24.
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
/**
 * Work allowed per document pair, in cells: the stretches' alignments and the sentences each
 * candidate is compared with (unrivalled). What was found when it runs out is kept.
 */
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

/** Most words of each span written the same in the other (see COPY_SHARE). */
function nearCopies(S: SideTokens, i0: number, i1: number, T: SideTokens, j0: number, j1: number): boolean {
  return sameWords(S, i0, i1, T, j0, j1) >= COPY_SHARE && sameWords(T, j0, j1, S, i0, i1) >= COPY_SHARE;
}

/**
 * The same tokens in the same order: a sentence left in English in the French, moved with its
 * section (`Registration closes 48 hours before each session.`), paired for `untranslated`.
 */
function sameTokens(S: SideTokens, i0: number, i1: number, T: SideTokens, j0: number, j1: number): boolean {
  const a = S.start[i1] - S.start[i0];
  if (a !== T.start[j1] - T.start[j0] || a === 0) return false;
  for (let k = 0; k < a; k++) if (S.types[S.ids[S.start[i0] + k]] !== T.types[T.ids[T.start[j0] + k]]) return false;
  return true;
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

/** The path with moved passages paired: each pair stands where its English was. */
export function pairMovedPassages(path: PathBead[], model: LevelModel, S: SideTokens, T: SideTokens): PathBead[] {
  const budget = { cells: 0 };
  let current = path;
  // Units of weak pairs taken apart, and beside moved passages, for pairFreed; the moved pairs.
  const freed = { en: new Set<number>(), fr: new Set<number>() };
  const moved = new Set<PathBead>();
  // Each path bead's evidence, and each pair of stretches' alignment, by the beads it read: what
  // one round leaves as it was is not worked out again.
  const evidenceOf = new WeakMap<PathBead, number>();
  const beadIds = new WeakMap<PathBead, number>();
  const tried = new Map<string, Found>();
  let nextId = 0;
  const idOf = (b: PathBead): number => {
    let id = beadIds.get(b);
    if (id === undefined) beadIds.set(b, (id = nextId++));
    return id;
  };
  // The best-matched stretches first; what is left of them is tried again.
  for (;;) {
    // Each unit's bead in the path; units alone, and units of weak pairs, which a moved
    // passage that clearly fits better may take (the French paragraph that went elsewhere left
    // its neighbours paired by order alone: `Drones under 250 grams…` with the penalties).
    const { enBead, frBead } = beadsByUnit(current);
    const weak = new Map<PathBead, number>();
    const enOpen: number[] = [];
    const frOpen: number[] = [];
    let enAlone = 0;
    let frAlone = 0;
    for (const b of current) {
      if (isAlone(b)) {
        for (let i = b.i0; i < b.i1; i++) enOpen.push(i);
        for (let j = b.j0; j < b.j1; j++) frOpen.push(j);
        enAlone += b.i1 - b.i0;
        frAlone += b.j1 - b.j0;
        continue;
      }
      if (b.block) continue;
      let v = evidenceOf.get(b);
      if (v === undefined) evidenceOf.set(b, (v = model.evidence(b.i0, b.i1 - b.i0, b.j0, b.j1 - b.j0)));
      if (v >= MIN_EVIDENCE) continue;
      weak.set(b, v);
      for (let i = b.i0; i < b.i1; i++) enOpen.push(i);
      for (let j = b.j0; j < b.j1; j++) frOpen.push(j);
    }
    if (enAlone === 0 && frAlone === 0) break;
    enOpen.sort((x, y) => x - y);
    frOpen.sort((x, y) => x - y);
    let best: Found | null = null;
    let exhausted = false;
    // Each stretch once: whether it holds a unit alone, and its beads, which key the cache.
    const side = (units: number[], beadOf: Map<number, PathBead>): Array<{ s: Stretch; alone: boolean; key: string }> =>
      stretches(units).map((s) => ({ s, alone: range(s).some((u) => isAlone(beadOf.get(u)!)), key: `${s.start}:${s.end}:${range(s).map((u) => idOf(beadOf.get(u)!)).join(',')}` }));
    const frStretches = side(frOpen, frBead);
    for (const { s: e, alone: eAlone, key: eKey } of side(enOpen, enBead)) {
      for (const { s: f, alone: fAlone, key: fKey } of frStretches) {
        // Weak pairs among themselves stay as the path has them.
        if (!eAlone && !fAlone) continue;
        const key = `${eKey}|${fKey}`;
        let found = tried.get(key);
        if (!found) {
          if (budget.cells > MAX_CELLS) {
            exhausted = true;
            break;
          }
          tried.set(key, (found = alignStretches(model, S, T, e, f, enBead, frBead, weak, budget)));
        }
        if (found.beads.length && (best === null || found.gain > best.gain)) best = found;
      }
      if (exhausted) break;
    }
    if (best === null) break;
    for (const x of best.broken) {
      for (let i = x.i0; i < x.i1; i++) freed.en.add(i);
      for (let j = x.j0; j < x.j1; j++) freed.fr.add(j);
    }
    // The units beside a moved passage's, whose gap it changed.
    for (const b of best.beads) {
      freed.en.add(b.i0 - 1).add(b.i1);
      freed.fr.add(b.j0 - 1).add(b.j1);
      moved.add(b);
    }
    current = withBeads(current, best);
    current = withHeadings(current, model, best.beads, freed, moved);
    if (exhausted) break;
  }
  return pairFreed(current, model, freed, moved);
}

/** A bead with one side empty: units left alone. */
function isAlone(b: PathBead): boolean {
  return b.i0 === b.i1 || b.j0 === b.j1;
}

/** Each unit's bead in a path, on each side. */
function beadsByUnit(path: PathBead[]): { enBead: Map<number, PathBead>; frBead: Map<number, PathBead> } {
  const enBead = new Map<number, PathBead>();
  const frBead = new Map<number, PathBead>();
  for (const b of path) {
    for (let i = b.i0; i < b.i1; i++) enBead.set(i, b);
    for (let j = b.j0; j < b.j1; j++) frBead.set(j, b);
  }
  return { enBead, frBead };
}

/** Whether a unit holds a heading (its layout token). */
function isHeading(side: SideTokens, u: number): boolean {
  for (let p = side.start[u]; p < side.start[u + 1]; p++) if (side.types[side.ids[p]] === '#k:head') return true;
  return false;
}

/**
 * Whether sentence i and sentence j, beside a sure moved pair, are each other's translations
 * there: more likely than not (evidence at least 0), or two headings that the search would pair
 * rather than leave alone (`## 5. Voter turnout` and `## 2. Participation électorale`, whose
 * numbers the move changed, share no word).
 */
function fitsThere(model: LevelModel, i: number, j: number): boolean {
  if (model.evidence(i, 1, j, 1) >= 0) return true;
  return isHeading(model.src, i) && isHeading(model.tgt, j) && model.scoreAnywhere(i, 1, j, 1) > model.scoreAnywhere(i, 1, j, 0) + model.scoreAnywhere(i, 0, j, 1);
}

/**
 * The line over a moved passage on each side, when the French one is alone and the English one
 * alone or weakly paired elsewhere (`Cooling centres`, paired by its place with the next French
 * heading), is the passage's heading, moved with it, when they fit there (fitsThere). What the
 * English line was paired with is left alone, for pairFreed.
 */
function withHeadings(path: PathBead[], model: LevelModel, beads: PathBead[], freed: { en: Set<number>; fr: Set<number> }, moved: Set<PathBead>): PathBead[] {
  const { enBead, frBead } = beadsByUnit(path);
  const found: Found = { beads: [], broken: new Set(), gain: 0 };
  for (const b of beads) {
    const i = b.i0 - 1;
    const j = b.j0 - 1;
    const eb = enBead.get(i);
    const fb = frBead.get(j);
    if (!eb || !fb || fb.i0 !== fb.i1 || moved.has(eb) || eb.block) continue;
    const enAlone = isAlone(eb);
    if (!enAlone && (eb.i1 - eb.i0 !== 1 || eb.j1 - eb.j0 !== 1 || model.evidence(eb.i0, 1, eb.j0, 1) >= MIN_EVIDENCE)) continue;
    if (!fitsThere(model, i, j)) continue;
    const head: PathBead = { i0: i, i1: i + 1, j0: j, j1: j + 1, score: model.scoreAnywhere(i, 1, j, 1), posterior: Math.min(b.posterior, 0.5) };
    found.beads.push(head);
    moved.add(head);
    if (!enAlone) {
      found.broken.add(eb);
      for (let k = eb.j0; k < eb.j1; k++) freed.fr.add(k);
    }
  }
  return found.beads.length ? withBeads(path, found) : path;
}

/**
 * A sentence of each side left alone between the same two pairs, one of them freed from a weak
 * pair that a moved passage took apart or standing beside a moved passage, are paired when they
 * fit there (fitsThere): the heading `Park passes` and `Cartes d'entrée`, once `Cartes d'entrée`
 * no longer stands for the heading of the moved section.
 */
function pairFreed(path: PathBead[], model: LevelModel, freed: { en: Set<number>; fr: Set<number> }, moved: Set<PathBead>): PathBead[] {
  if (freed.en.size === 0 && freed.fr.size === 0) return path;
  const { enBead, frBead } = beadsByUnit(path);
  const paired = (b: PathBead | undefined): b is PathBead => b !== undefined && !isAlone(b);
  /**
   * The English unit alone between the pairs around French unit j, when it is the only one on
   * each side (units paired elsewhere, a moved passage's, may stand between them too).
   */
  const between = (j: number): number => {
    // The pairs in order around j on the French side, past the moved pairs' units.
    let a = j - 1;
    while (a >= 0 && moved.has(frBead.get(a)!)) a--;
    let b = j + 1;
    while (b < model.tgt.n && moved.has(frBead.get(b)!)) b++;
    const before = frBead.get(a);
    const after = frBead.get(b);
    if (!paired(before) || !paired(after) || before.j1 !== a + 1 || after.j0 !== b || after.i0 <= before.i1) return -1;
    const lone: number[] = [];
    for (let i = before.i1; i < after.i0; i++) if (isAlone(enBead.get(i)!)) lone.push(i);
    return lone.length === 1 ? lone[0] : -1;
  };
  const made = new Map<number, PathBead>();
  const taken = new Set<PathBead>();
  const candidates = new Set<number>(freed.fr);
  // A freed English unit: the French unit alone after the pair before it.
  for (const i of freed.en) {
    for (let k = i - 1; k >= 0; k--) {
      const b = enBead.get(k);
      if (!paired(b)) continue;
      candidates.add(b.j1);
      break;
    }
  }
  for (const j of candidates) {
    const fb = frBead.get(j);
    if (!fb || !isAlone(fb)) continue;
    const i = between(j);
    if (i < 0 || !(freed.en.has(i) || freed.fr.has(j)) || !fitsThere(model, i, j)) continue;
    const score = model.scoreAnywhere(i, 1, j, 1);
    made.set(i, { i0: i, i1: i + 1, j0: j, j1: j + 1, score, posterior: logistic(score) });
    taken.add(enBead.get(i)!);
    taken.add(fb);
  }
  if (made.size === 0) return path;
  const out: PathBead[] = [];
  for (const b of path) {
    if (!taken.has(b)) out.push(b);
    else if (made.has(b.i0) && b.i1 > b.i0) out.push(made.get(b.i0)!);
  }
  return out;
}

interface Found {
  beads: PathBead[];
  /** Path beads the found ones break (weak pairs). */
  broken: Set<PathBead>;
  /** Evidence of the found beads over that of the pairs they break. */
  gain: number;
}

function range(s: Stretch): number[] {
  const out: number[] = [];
  for (let k = s.start; k < s.end; k++) out.push(k);
  return out;
}

/** The beads of two stretches aligned to each other that clearly pair sentences, and the weak pairs they break. */
function alignStretches(model: LevelModel, S: SideTokens, T: SideTokens, e: Stretch, f: Stretch, enBead: Map<number, PathBead>, frBead: Map<number, PathBead>, weak: Map<PathBead, number>, budget: { cells: number }): Found {
  const a = e.end - e.start;
  const b = f.end - f.start;
  budget.cells += a * b;
  const inner = alignBand(fullBand(a, b), SHAPES, (i0, p, j0, q) => model.scoreAnywhere(e.start + i0, p, f.start + j0, q), 1).path;
  // The paired beads of the stretches' alignment, with their evidence over the weak pairs they
  // break, and whether they are sure enough on their own.
  const paired: Array<{ bead: PathBead; gain: number; broken: PathBead[]; strong: boolean }> = [];
  for (const ib of inner) {
    if (isAlone(ib)) continue;
    const i0 = e.start + ib.i0;
    const i1 = e.start + ib.i1;
    const j0 = f.start + ib.j0;
    const j1 = f.start + ib.j1;
    const broken = new Set<PathBead>();
    for (let i = i0; i < i1; i++) if (weak.has(enBead.get(i)!)) broken.add(enBead.get(i)!);
    for (let j = j0; j < j1; j++) if (weak.has(frBead.get(j)!)) broken.add(frBead.get(j)!);
    // A weak pair found again as it stands changes nothing.
    const same = broken.size === 1 && [...broken].every((x) => x.i0 === i0 && x.i1 === i1 && x.j0 === j0 && x.j1 === j1);
    if (same) continue;
    const v = model.evidence(i0, i1 - i0, j0, j1 - j0);
    // One word met is no passage found (`Eight.` beside `Deux. Huit.`).
    const met = model.lastMet;
    if (nearCopies(S, i0, i1, T, j0, j1) && !sameTokens(S, i0, i1, T, j0, j1)) continue;
    // Less likely a translation than not: kept only next to the sure pairs (below), one sentence
    // a side, two headings the search would pair there (fitsThere: `Voter turnout` over the
    // paragraph moved with it, beside `Participation électorale`, its number changed by the move).
    if (v < 0 && !(i1 - i0 === 1 && j1 - j0 === 1 && fitsThere(model, i0, j0))) continue;
    let cost = 0;
    for (const x of broken) cost += Math.max(0, weak.get(x)!);
    // A weak pair is taken apart only for a pair that clearly fits better.
    if (broken.size && v < cost + MARGIN) continue;
    const strong = v >= MIN_EVIDENCE && met >= MIN_MET && unrivalled(model, i0, i1, j0, j1, v, e, f, budget);
    // As sure as its evidence says, at most as sure as the stretches' alignment.
    paired.push({ bead: { i0, i1, j0, j1, score: ib.score, posterior: Math.min(ib.posterior, logistic(v - MIN_EVIDENCE)) }, gain: v - cost, broken: [...broken], strong });
  }
  // Beads sure on their own, and, spreading from them, the beads next to them in order on both
  // sides (the rest of a moved paragraph), each more likely a translation than not or two
  // headings that fit there.
  const keep = paired.map((p) => p.strong);
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < paired.length; k++) {
      if (keep[k]) continue;
      const bead = paired[k].bead;
      const before = k > 0 && keep[k - 1] && paired[k - 1].bead.i1 === bead.i0 && paired[k - 1].bead.j1 === bead.j0;
      const after = k + 1 < paired.length && keep[k + 1] && paired[k + 1].bead.i0 === bead.i1 && paired[k + 1].bead.j0 === bead.j1;
      if (before || after) keep[k] = changed = true;
    }
  }
  const found: Found = { beads: [], broken: new Set(), gain: 0 };
  paired.forEach((p, k) => {
    if (!keep[k]) return;
    found.beads.push(p.bead);
    for (const x of p.broken) found.broken.add(x);
    found.gain += p.gain;
  });
  return found;
}

/**
 * Whether no other sentence of either side comes near the pair's evidence: a sentence the
 * document repeats (`A technical note … will be available soon.` under each change of a
 * changelog) cannot tell which of its copies a translation left alone belongs to. Sentences of
 * the two stretches themselves are no rivals: their order settles which is which (`To zoom in`,
 * `To zoom out`).
 */
function unrivalled(model: LevelModel, i0: number, i1: number, j0: number, j1: number, v: number, e: Stretch, f: Stretch, budget: { cells: number }): boolean {
  budget.cells += model.src.n + model.tgt.n;
  for (let i = 0; i < model.src.n; i++) if ((i < e.start || i >= e.end) && model.evidence(i, 1, j0, j1 - j0) > v - MARGIN) return false;
  for (let j = 0; j < model.tgt.n; j++) if ((j < f.start || j >= f.end) && model.evidence(i0, i1 - i0, j, 1) > v - MARGIN) return false;
  return true;
}

/**
 * The path with the found beads in place of the units they pair, each where its English was;
 * the units of the weak pairs they break that they do not take are left alone where they were.
 */
function withBeads(path: PathBead[], found: Found): PathBead[] {
  const atEn = new Map<number, PathBead>();
  const enTaken = new Set<number>();
  const frTaken = new Set<number>();
  for (const b of found.beads) {
    atEn.set(b.i0, b);
    for (let i = b.i0; i < b.i1; i++) enTaken.add(i);
    for (let j = b.j0; j < b.j1; j++) frTaken.add(j);
  }
  const out: PathBead[] = [];
  for (const b of path) {
    const open = found.broken.has(b) || isAlone(b);
    if (!open) {
      out.push(b);
      continue;
    }
    for (let i = b.i0; i < b.i1; i++) {
      if (!enTaken.has(i)) out.push({ i0: i, i1: i + 1, j0: b.j0, j1: b.j0, score: 0, posterior: b.posterior, forced: b.forced });
      else if (atEn.has(i)) out.push(atEn.get(i)!);
    }
    for (let j = b.j0; j < b.j1; j++) if (!frTaken.has(j)) out.push({ i0: b.i1, i1: b.i1, j0: j, j1: j + 1, score: 0, posterior: b.posterior, forced: b.forced });
  }
  return out;
}
