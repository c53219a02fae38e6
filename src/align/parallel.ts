// Parallel-document alignment: the sentences of a text and of its translation, in order, paired
// into beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3) by dynamic programming.
//
//  1. Each sentence becomes a length and tokens with keys (parallel-features.ts).
//  2. Coarse to fine: sentences are grouped into blocks of 2^k until a full search is small; the
//     blocks are aligned, and each finer level searches only a band around the coarser path
//     (parallel-dp.ts), so time and memory grow linearly with the length of the documents.
//  3. The model's free parameters (length ratio, how often each kind of token finds its partner)
//     are re-estimated on the first alignment, a lexicon is learned from its confident beads
//     (parallel-lexicon.ts), and the sentences are aligned again in a band around the first path.
//  4. Each bead's confidence is its posterior probability in the lattice (forward–backward).

import type { ValueLang } from '../lang/values.js';
import { alignBand, bandAround, fullBand, type PathBead, type Shape } from './parallel-dp.js';
import { buildKeys, coarsen, tokenizeSide, type SideTokens } from './parallel-features.js';
import { givenLexicon, learnLexicon } from './parallel-lexicon.js';
import { initialParams, LevelModel, SHAPES, type ModelParams } from './parallel-model.js';

export interface Bead {
  /** Source sentence indexes (0-based, consecutive; empty for an inserted target sentence). */
  src: number[];
  tgt: number[];
  /** Confidence in [0, 1]: the posterior probability of the bead. */
  score: number;
}

export interface AlignOptions {
  /** Languages, for the value extractor (`und` for languages other than English and French). */
  srcLang?: ValueLang;
  tgtLang?: ValueLang;
  /** Word pairs known to translate each other (glossary, translation memory). */
  lexicon?: Iterable<readonly [string, string]>;
  /** Half-width of the search band around the coarser path, in sentences. */
  band?: number;
  /** Learn a lexicon from a first pass and align again (on by default). */
  secondPass?: boolean;
  /** Overrides of model parameters (for experiments and calibration). */
  params?: Partial<ModelParams>;
}

/** A full search is run on at most this many cells; larger inputs start from coarser blocks. */
const MAX_FULL_CELLS = 250_000;
const DEFAULT_BAND = 8;
const SECOND_PASS_BAND = 6;
/** Temperature of the posteriors, fitted on the gold sets (see docs/parallel.md). */
const TEMPERATURE = 1;

export function alignSentences(src: string[], tgt: string[], opts: AlignOptions = {}): Bead[] {
  const S = tokenizeSide(src, opts.srcLang ?? 'und');
  const T = tokenizeSide(tgt, opts.tgtLang ?? 'und');
  return alignTokens(S, T, opts).map((b) => ({
    src: range(b.i0, b.i1),
    tgt: range(b.j0, b.j1),
    score: Math.round(b.posterior * 1000) / 1000,
  }));
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k < b; k++) out.push(k);
  return out;
}

/** The aligner on tokenised sides; returns the path with posteriors. */
export function alignTokens(S: SideTokens, T: SideTokens, opts: AlignOptions = {}): PathBead[] {
  if (S.n === 0 || T.n === 0) {
    return [...Array.from({ length: S.n }, (_, i) => nullBead(i, i + 1, 0, 0)), ...Array.from({ length: T.n }, (_, j) => nullBead(0, 0, j, j + 1))];
  }
  const width = opts.band ?? DEFAULT_BAND;
  const given = opts.lexicon ? givenLexicon(S, T, opts.lexicon) : [];
  let params: ModelParams = { ...initialParams(S, T), ...opts.params };
  let keys = buildKeys(S, T, { lexicon: given });
  const first = coarseToFine(S, T, keys, params, SHAPES, width);
  if (opts.secondPass === false) return first;

  // Re-estimate on the first alignment, learn a lexicon from it, align again near it.
  let path = first;
  const passes = Number(process.env.BITEXT_PASSES ?? 2);
  for (let pass = 2; pass <= passes; pass++) {
    const model = new LevelModel(S, T, keys, params);
    params = { ...reestimate(model, path, params), ...opts.params };
    const learned = learnLexicon(S, T, path, JSON.parse(process.env.BITEXT_LEX ?? '{}'));
    keys = buildKeys(S, T, { lexicon: [...given, ...learned] });
    const fine = new LevelModel(S, T, keys, params);
    const band = bandAround(path, 1, S.n, T.n, SECOND_PASS_BAND);
    fine.prepare(band);
    path = alignBand(band, SHAPES, fine.score, TEMPERATURE).path;
  }
  return path;
}

function nullBead(i0: number, i1: number, j0: number, j1: number): PathBead {
  return { i0, i1, j0, j1, score: 0, posterior: 1 };
}

/** Aligns blocks of 2^k sentences, then halves the blocks, searching near the coarser path each time. */
function coarseToFine(S: SideTokens, T: SideTokens, keys: ReturnType<typeof buildKeys>, params: ModelParams, shapes: readonly Shape[], width: number): PathBead[] {
  let factor = 1;
  while (Math.ceil(S.n / factor) * Math.ceil(T.n / factor) > MAX_FULL_CELLS) factor *= 2;
  let path: PathBead[] | null = null;
  for (; factor >= 1; factor /= 2) {
    const s = factor === 1 ? S : coarsen(S, factor);
    const t = factor === 1 ? T : coarsen(T, factor);
    const p = factor === 1 ? params : { ...params, bgMu: params.bgMu + Math.log(factor) };
    const model = new LevelModel(s, t, keys, p);
    const band = path ? bandAround(path, 2, s.n, t.n, width) : fullBand(s.n, t.n);
    model.prepare(band);
    path = alignBand(band, shapes, model.score, factor === 1 ? TEMPERATURE : undefined).path;
  }
  return path!;
}

/** Length ratio and match rates measured on the confident 1-1 beads of a first alignment. */
function reestimate(model: LevelModel, path: PathBead[], params: ModelParams): Partial<ModelParams> {
  const ones = path.filter((b) => b.i1 - b.i0 === 1 && b.j1 - b.j0 === 1 && b.posterior >= 0.5);
  if (ones.length < 10) return params;
  const ratios = ones.map((b) => Math.log((model.tgt.len[b.j0] + 1) / (model.src.len[b.i0] + 1))).sort((a, b) => a - b);
  const mu = ratios[Math.floor(ratios.length / 2)];
  const { hit, all } = model.matchRates(ones);
  const pTrue = params.pTrue.map((p, c) => {
    // Shrink towards the prior when there is little to go on.
    const k = 20;
    const est = (hit[c] + k * p) / (all[c] + k);
    return Math.min(0.95, Math.max(0.05, est));
  }) as ModelParams['pTrue'];
  return { ...params, mu, pTrue };
}
