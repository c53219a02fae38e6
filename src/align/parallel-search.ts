// The search of the parallel aligner, on tokenised sides (see parallel.ts for the steps):
// coarse to fine in a band, then a second pass with re-estimated parameters and a lexicon
// learned from the first alignment.

import { alignBand, bandAround, blockSpans, fullBand, type Band, type BlockPair, type PathBead, type Shape } from './parallel-dp.js';
import { buildKeys, coarsen, type SideTokens } from './parallel-features.js';
import { givenLexicon, learnLexicon } from './parallel-lexicon.js';
import { initialParams, LevelModel, SHAPES, type ModelParams } from './parallel-model.js';
import { pairMovedPassages } from './parallel-moves.js';

export interface SearchOptions {
  /** Word pairs known to translate each other (glossary, translation memory). */
  lexicon?: Iterable<readonly [string, string]>;
  /** Half-width of the search band around the coarser path, in sentences. */
  band?: number;
  /** Learn a lexicon from a first pass and align again (on by default). */
  secondPass?: boolean;
  /** Pair passages the translation moved (parallel-moves.ts; on by default). */
  moves?: boolean;
  /** Overrides of model parameters (for experiments and calibration). */
  params?: Partial<ModelParams>;
}

/** A full search is run on at most this many cells; larger inputs start from coarser blocks. */
const MAX_FULL_CELLS = 250_000;
const DEFAULT_BAND = 16;
const SECOND_PASS_BAND = 6;
/** Temperature of the posteriors. */
const TEMPERATURE = 1;

/** The aligner on tokenised sides; returns the path with posteriors. */
export function alignTokens(S: SideTokens, T: SideTokens, opts: SearchOptions = {}): PathBead[] {
  if (S.n === 0 || T.n === 0) {
    return [...Array.from({ length: S.n }, (_, i) => nullBead(i, i + 1, 0, 0)), ...Array.from({ length: T.n }, (_, j) => nullBead(0, 0, j, j + 1))];
  }
  const width = opts.band ?? DEFAULT_BAND;
  const blocks: BlockPair | undefined = S.blocks?.length && T.blocks?.length ? { src: blockSpans(S.n, S.blocks), tgt: blockSpans(T.n, T.blocks) } : undefined;
  const given = opts.lexicon ? givenLexicon(S, T, opts.lexicon) : [];
  let params: ModelParams = withOverrides(initialParams(S, T), opts.params);
  let keys = buildKeys(S, T, { lexicon: given });
  const { path: first, model } = coarseToFine(S, T, keys, params, SHAPES, width, blocks);
  const joined = (path: PathBead[]): PathBead[] => (S.blocks && T.blocks ? joinCrossedBlocks(path, S.blocks, T.blocks) : path);
  if (opts.secondPass === false) return joined(first);

  // Re-estimate on the first alignment, learn a lexicon from it, align again near it. (More
  // passes do not help: the lexicon then learns from its own mistakes.)
  params = withOverrides(reestimate(model, first, params), opts.params);
  const learned = learnLexicon(S, T, first);
  keys = buildKeys(S, T, { lexicon: [...given, ...learned] });
  const fine = new LevelModel(S, T, keys, params);
  const band = bandAround(first, 1, S.n, T.n, SECOND_PASS_BAND);
  fine.prepare(band);
  const path = joined(alignBand(band, SHAPES, fine.score, TEMPERATURE, blocks).path);
  return opts.moves === false ? path : pairMovedPassages(path, fine, S, T);
}

/**
 * A pair of blocks (bibliography entries) aligned to each other, whose beads group lines on both
 * sides (a 2-2 bead: the two languages cut the entry at different places), becomes one bead.
 * When every bead inside has a single line on one side, one side's cuts are the other side's,
 * grouped, and the finer beads are kept.
 */
export function joinCrossedBlocks(path: PathBead[], src: ReadonlyArray<readonly [number, number]>, tgt: ReadonlyArray<readonly [number, number]>): PathBead[] {
  const tgtEnd = new Map(tgt.map(([a, b]) => [a, b]));
  const srcEnd = new Map(src.map(([a, b]) => [a, b]));
  const out: PathBead[] = [];
  for (let k = 0; k < path.length; ) {
    const first = path[k];
    const s1 = srcEnd.get(first.i0);
    const t1 = tgtEnd.get(first.j0);
    let last = k;
    if (s1 !== undefined && t1 !== undefined) {
      while (last + 1 < path.length && path[last].i1 < s1 && path[last].j1 < t1) last++;
    }
    const run = path.slice(k, last + 1);
    const end = run[run.length - 1];
    const crossed = s1 !== undefined && end.i1 === s1 && end.j1 === t1 && run.some((b) => b.i1 - b.i0 >= 2 && b.j1 - b.j0 >= 2);
    if (crossed && run.length > 1) {
      // As sure as the least sure of the beads it replaces.
      out.push({ i0: first.i0, i1: end.i1, j0: first.j0, j1: end.j1, score: run.reduce((t, b) => t + b.score, 0), posterior: Math.min(...run.map((b) => b.posterior)), block: true });
      k = last + 1;
    } else {
      out.push(first);
      k++;
    }
  }
  return out;
}

function withOverrides(p: ModelParams, o: Partial<ModelParams> | undefined): ModelParams {
  const out = { ...p };
  if (o) for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function nullBead(i0: number, i1: number, j0: number, j1: number): PathBead {
  return { i0, i1, j0, j1, score: 0, posterior: 1, forced: true };
}

/** Aligns blocks of 2^k sentences, then halves the blocks, searching near the coarser path each time. */
function coarseToFine(S: SideTokens, T: SideTokens, keys: ReturnType<typeof buildKeys>, params: ModelParams, shapes: readonly Shape[], width: number, blocks?: BlockPair): { path: PathBead[]; model: LevelModel } {
  let factor = 1;
  while (Math.ceil(S.n / factor) * Math.ceil(T.n / factor) > MAX_FULL_CELLS) factor *= 2;
  let path: PathBead[] | null = null;
  let model: LevelModel | null = null;
  for (; factor >= 1; factor /= 2) {
    const s = factor === 1 ? S : coarsen(S, factor);
    const t = factor === 1 ? T : coarsen(T, factor);
    const p = factor === 1 ? params : coarseParams(params, factor);
    model = new LevelModel(s, t, keys, p);
    const band: Band = path ? bandAround(path, 2, s.n, t.n, width) : fullBand(s.n, t.n);
    model.prepare(band);
    path = alignBand(band, shapes, model.score, factor === 1 ? TEMPERATURE : undefined, factor === 1 ? blocks : undefined).path;
  }
  return { path: path!, model: model! };
}

/**
 * Parameters for blocks of `factor` sentences: leaving a block out stands for leaving out that
 * many sentences, so it costs as much; block lengths are `factor` times longer.
 */
function coarseParams(p: ModelParams, factor: number): ModelParams {
  const priors = { ...p.priors };
  for (const k of ['1:0', '0:1']) priors[k] = p.priors[k] * factor;
  return { ...p, bgMu: p.bgMu + Math.log(factor), priors };
}

/** Length ratio and match rates measured on the confident 1-1 beads of a first alignment. */
function reestimate(model: LevelModel, path: PathBead[], params: ModelParams): ModelParams {
  const ones = path.filter((b) => b.i1 - b.i0 === 1 && b.j1 - b.j0 === 1 && b.posterior >= 0.5);
  if (ones.length < 10) return params;
  const ratios = ones.map((b) => Math.log((model.tgt.len[b.j0] + 1) / (model.src.len[b.i0] + 1)));
  const mu = median(ratios);
  // The spread of the ratio, scaled to the document: close translations (minutes, reports) give
  // length more weight than free ones (novels). A robust scale: the median squared residual
  // against its expectation under the default spread (0.455 is the median of χ² with 1 degree).
  const scaled = ones.map((b, k) => {
    const l = model.tgt.len[b.j0] + model.src.len[b.i0] + 2;
    return (ratios[k] - mu) ** 2 / (params.var0 + params.varChars / l);
  });
  const scale = Math.min(3, Math.max(0.6, median(scaled) / 0.455));
  const { hit, all } = model.matchRates(ones);
  const pTrue = params.pTrue.map((p, c) => {
    // Shrink towards the prior when there is little to go on.
    const k = 20;
    const est = (hit[c] + k * p) / (all[c] + k);
    return Math.min(0.95, Math.max(0.05, est));
  }) as ModelParams['pTrue'];
  return { ...params, mu, pTrue, var0: params.var0 * scale, varChars: params.varChars * scale };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
