// How likely a bead is to be a true translation, as a log-likelihood ratio against "these
// sentences are unrelated", so that beads of different shapes and a sentence left alone compare
// on one scale:
//
//   score = log prior(shape) + wLen · length LLR + wLex · lexical LLR
//
// - Length (Gale & Church 1993, in log space): log(target/source length) is normal around the
//   document's own ratio, with a spread that narrows as sentences get longer; the background is
//   the distribution of target sentence lengths.
// - Lexical: every token that could meet a partner (parallel-features.ts) is a small test. In a
//   true pair it finds one with probability pTrue (per token class, estimated on the document);
//   in a random pair with probability pRand (how many sentences of the other side carry one of
//   its keys). A token that finds a partner adds log(pTrue/pRand), one that does not adds
//   log((1 − pTrue)/(1 − pRand)). Frequent words thus weigh little and rare names, numbers and
//   dates a lot, without a stop-word list for any language.

import type { Band, BeadScorer, PathBead, Shape } from './parallel-dp.js';
import { classOf, type KeySpace, type SideTokens } from './parallel-features.js';

export interface ModelParams {
  /** Mean of log((target + 1) / (source + 1)) lengths for translations. */
  mu: number;
  /** Variance of that log ratio: floor + per-character term (short sentences vary more). */
  var0: number;
  varChars: number;
  /** Mean and spread of log(target length + 1) over all target sentences. */
  bgMu: number;
  bgSd: number;
  /** Chance that a token of each class (word, value, punctuation, layout) finds its partner in a true pair. */
  pTrue: [number, number, number, number];
  wLen: number;
  wLex: number;
  /** Log prior of each shape, keyed `a:b`. */
  priors: Record<string, number>;
}

export const DEFAULT_PRIORS: Record<string, number> = {
  '1:1': 0,
  '1:0': -6,
  '0:1': -6,
  '2:1': -2.3,
  '1:2': -2.3,
  '2:2': -4.2,
  '3:1': -4.6,
  '1:3': -4.6,
};

export const SHAPES: readonly Shape[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
];

export function initialParams(src: SideTokens, tgt: SideTokens): ModelParams {
  let ls = 0;
  let lt = 0;
  for (let i = 0; i < src.n; i++) ls += src.len[i];
  for (let j = 0; j < tgt.n; j++) lt += tgt.len[j];
  const logs = Array.from(tgt.len, (l) => Math.log(l + 1));
  const bgMu = logs.length ? logs.reduce((a, b) => a + b, 0) / logs.length : 4;
  const bgVar = logs.length > 1 ? logs.reduce((a, b) => a + (b - bgMu) ** 2, 0) / (logs.length - 1) : 1;
  return {
    mu: Math.log((lt + 1) / (ls + 1)),
    var0: 0.01,
    varChars: 6,
    bgMu,
    bgSd: Math.max(0.5, Math.sqrt(bgVar)),
    pTrue: [0.45, 0.85, 0.6, 0.8],
    wLen: 1,
    wLex: 0.5,
    priors: { ...DEFAULT_PRIORS },
  };
}

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** log(k) for small integers: lengths are whole characters, and the DP asks for them millions of times. */
const LOG_TABLE = Float64Array.from({ length: 8192 }, (_, k) => Math.log(k));
const logInt = (k: number): number => (k < 8192 ? LOG_TABLE[k] : Math.log(k));
/** A token whose keys are everywhere is no evidence: random chance is capped below pTrue. */
const MAX_PRAND = 0.5;

interface SideWeights {
  /** Per word type: log-odds gain when it finds a partner, and its cost when it does not. */
  gain: Float64Array;
  base: Float64Array;
  /** Per unit: matchable tokens (types), total gain and total base. */
  tokStart: Int32Array;
  tokTypes: Int32Array;
  keyStart: Int32Array;
  keys: Int32Array;
  G: Float64Array;
  B: Float64Array;
}

function sideWeights(side: SideTokens, keys: Int32Array[], otherDf: Int32Array, otherN: number, pTrue: ModelParams['pTrue']): SideWeights {
  const nt = side.types.length;
  const gain = new Float64Array(nt);
  const base = new Float64Array(nt);
  for (let w = 0; w < nt; w++) {
    const ks = keys[w];
    if (!ks.length) continue;
    let df = 0;
    for (let q = 0; q < ks.length; q++) df += otherDf[ks[q]];
    if (df === 0) continue;
    const pr = Math.min(MAX_PRAND, df / Math.max(1, otherN));
    const pt = pTrue[classOf(side.types[w])];
    if (pt <= pr) continue;
    base[w] = Math.log((1 - pt) / (1 - pr));
    gain[w] = Math.log(pt / pr) - base[w];
  }
  const n = side.n;
  const tokStart = new Int32Array(n + 1);
  const keyStart = new Int32Array(n + 1);
  const toks: number[] = [];
  const unitKeys: number[] = [];
  const G = new Float64Array(n);
  const B = new Float64Array(n);
  const seen = new Set<number>();
  for (let u = 0; u < n; u++) {
    tokStart[u] = toks.length;
    keyStart[u] = unitKeys.length;
    seen.clear();
    for (let p = side.start[u]; p < side.start[u + 1]; p++) {
      const w = side.ids[p];
      if (gain[w] <= 0) continue;
      toks.push(w);
      G[u] += gain[w];
      B[u] += base[w];
      const ks = keys[w];
      for (let q = 0; q < ks.length; q++) {
        if (!seen.has(ks[q])) {
          seen.add(ks[q]);
          unitKeys.push(ks[q]);
        }
      }
    }
  }
  tokStart[n] = toks.length;
  keyStart[n] = unitKeys.length;
  return { gain, base, tokStart, tokTypes: Int32Array.from(toks), keyStart, keys: Int32Array.from(unitKeys), G, B };
}

/** Document frequency of each key over the units of one side. */
function keyDf(side: SideTokens, keys: Int32Array[], size: number): Int32Array {
  const df = new Int32Array(size);
  const last = new Int32Array(size).fill(-1);
  for (let u = 0; u < side.n; u++) {
    for (let p = side.start[u]; p < side.start[u + 1]; p++) {
      const ks = keys[side.ids[p]];
      for (let q = 0; q < ks.length; q++) {
        if (last[ks[q]] !== u) {
          last[ks[q]] = u;
          df[ks[q]]++;
        }
      }
    }
  }
  return df;
}

/** The scorer of one level of the search: the weights of both sides and the pair statistics in the band. */
export class LevelModel {
  readonly src: SideTokens;
  readonly tgt: SideTokens;
  readonly keys: KeySpace;
  readonly params: ModelParams;
  private readonly ws: SideWeights;
  private readonly wt: SideWeights;
  private band: Band | null = null;
  /** Per band cell (i, j): gain of source i's tokens met in target j, and the reverse. */
  private cs = new Float32Array(0);
  private ct = new Float32Array(0);
  /** Per band cell: how many tokens those gains come from (capped at 255). */
  private ns = new Uint8Array(0);
  private nt = new Uint8Array(0);
  private readonly priorOf: Float64Array;

  constructor(src: SideTokens, tgt: SideTokens, keys: KeySpace, params: ModelParams) {
    this.src = src;
    this.tgt = tgt;
    this.keys = keys;
    this.params = params;
    const dfS = keyDf(src, keys.src, keys.size);
    const dfT = keyDf(tgt, keys.tgt, keys.size);
    this.ws = sideWeights(src, keys.src, dfT, tgt.n, params.pTrue);
    this.wt = sideWeights(tgt, keys.tgt, dfS, src.n, params.pTrue);
    this.priorOf = new Float64Array(16).fill(-Infinity);
    for (const [k, v] of Object.entries(params.priors)) {
      const [a, b] = k.split(':').map(Number);
      this.priorOf[a * 4 + b] = v;
    }
  }

  /** Computes the pair statistics of every cell of the band. */
  prepare(band: Band): void {
    this.band = band;
    const { n, lo, hi, off, size } = band;
    const m = this.tgt.n;
    this.cs = new Float32Array(size);
    this.ct = new Float32Array(size);
    this.ns = new Uint8Array(size);
    this.nt = new Uint8Array(size);
    const ws = this.ws;
    const wt = this.wt;
    const kS = this.keys.src;
    const kT = this.keys.tgt;
    const stampS = new Int32Array(this.keys.size).fill(-1);
    const stampT = new Int32Array(this.keys.size).fill(-1);
    let stamp = 0;
    for (let i = 0; i < n; i++) {
      if (ws.tokStart[i] === ws.tokStart[i + 1]) continue;
      for (let q = ws.keyStart[i]; q < ws.keyStart[i + 1]; q++) stampS[ws.keys[q]] = i;
      const jhi = Math.min(hi[i], m - 1);
      for (let j = lo[i]; j <= jhi; j++) {
        if (wt.tokStart[j] === wt.tokStart[j + 1]) continue;
        stamp++;
        for (let q = wt.keyStart[j]; q < wt.keyStart[j + 1]; q++) stampT[wt.keys[q]] = stamp;
        let s = 0;
        let sn = 0;
        for (let p = ws.tokStart[i]; p < ws.tokStart[i + 1]; p++) {
          const w = ws.tokTypes[p];
          const ks = kS[w];
          for (let q = 0; q < ks.length; q++) {
            if (stampT[ks[q]] === stamp) {
              s += ws.gain[w];
              sn++;
              break;
            }
          }
        }
        let t = 0;
        let tn = 0;
        for (let p = wt.tokStart[j]; p < wt.tokStart[j + 1]; p++) {
          const w = wt.tokTypes[p];
          const ks = kT[w];
          for (let q = 0; q < ks.length; q++) {
            if (stampS[ks[q]] === i) {
              t += wt.gain[w];
              tn++;
              break;
            }
          }
        }
        const cell = off[i] + j - lo[i];
        this.cs[cell] = s;
        this.ct[cell] = t;
        this.ns[cell] = Math.min(255, sn);
        this.nt[cell] = Math.min(255, tn);
      }
    }
  }

  private pairStat(arr: Float32Array | Uint8Array, i: number, j: number): number {
    const band = this.band!;
    if (j < band.lo[i] || j > band.hi[i]) return 0;
    return arr[band.off[i] + j - band.lo[i]];
  }

  /** Length log-likelihood ratio of source length ls against target length lt made of b sentences. */
  lengthLlr(ls: number, lt: number, b: number): number {
    const p = this.params;
    const logT = logInt(lt + 1);
    const x = logT - logInt(ls + 1) - p.mu;
    const v = p.var0 + p.varChars / (ls + lt + 2);
    const ll = -(x * x) / (2 * v) - 0.5 * Math.log(v) - HALF_LOG_2PI;
    const y = logT - p.bgMu - LOG_TABLE[b];
    const bg = -(y * y) / (2 * p.bgSd * p.bgSd) - Math.log(p.bgSd) - HALF_LOG_2PI;
    return ll - bg;
  }

  /**
   * Lexical log-likelihood ratio of a bead (both directions). A token facing b sentences has b
   * chances to meet a partner by accident, so each meeting is worth log(b) less.
   */
  lexLlr(i0: number, a: number, j0: number, b: number): number {
    let lex = 0;
    const ws = this.ws;
    const wt = this.wt;
    const logB = Math.log(b);
    const logA = Math.log(a);
    for (let i = i0; i < i0 + a; i++) {
      if (ws.G[i] === 0) continue;
      let s = 0;
      let c = 0;
      for (let j = j0; j < j0 + b; j++) {
        s += this.pairStat(this.cs, i, j);
        if (b > 1) c += this.pairStat(this.ns, i, j);
      }
      lex += ws.B[i] + Math.min(ws.G[i], s);
      if (b > 1) lex -= logB * Math.min(c, ws.tokStart[i + 1] - ws.tokStart[i]);
    }
    for (let j = j0; j < j0 + b; j++) {
      if (wt.G[j] === 0) continue;
      let s = 0;
      let c = 0;
      for (let i = i0; i < i0 + a; i++) {
        s += this.pairStat(this.ct, i, j);
        if (a > 1) c += this.pairStat(this.nt, i, j);
      }
      lex += wt.B[j] + Math.min(wt.G[j], s);
      if (a > 1) lex -= logA * Math.min(c, wt.tokStart[j + 1] - wt.tokStart[j]);
    }
    return lex;
  }

  readonly score: BeadScorer = (i0, a, j0, b) => {
    const prior = this.priorOf[a * 4 + b];
    if (a === 0 || b === 0) return prior;
    let ls = 0;
    let lt = 0;
    for (let i = i0; i < i0 + a; i++) ls += this.src.len[i];
    for (let j = j0; j < j0 + b; j++) lt += this.tgt.len[j];
    const p = this.params;
    let s = prior + p.wLen * this.lengthLlr(ls, lt, b) + p.wLex * this.lexLlr(i0, a, j0, b);
    if (a > 1 && this.src.breaks) for (let i = i0 + 1; i < i0 + a; i++) s -= this.src.breaks[i];
    if (b > 1 && this.tgt.breaks) for (let j = j0 + 1; j < j0 + b; j++) s -= this.tgt.breaks[j];
    return s;
  };

  /**
   * For re-estimating pTrue: how many matchable tokens of each class found a partner in the given
   * beads (counts, both sides).
   */
  matchRates(beads: PathBead[]): { hit: number[]; all: number[] } {
    const hit = [0, 0, 0, 0];
    const all = [0, 0, 0, 0];
    const stamp = new Int32Array(this.keys.size).fill(-1);
    const count = (side: SideTokens, keys: Int32Array[], u0: number, u1: number, other: SideTokens, okeys: Int32Array[], v0: number, v1: number, mark: number): void => {
      for (let v = v0; v < v1; v++) for (let p = other.start[v]; p < other.start[v + 1]; p++) for (const k of okeys[other.ids[p]]) stamp[k] = mark;
      for (let u = u0; u < u1; u++) {
        for (let p = side.start[u]; p < side.start[u + 1]; p++) {
          const w = side.ids[p];
          const ks = keys[w];
          if (!ks.length) continue;
          const c = classOf(side.types[w]);
          all[c]++;
          for (const k of ks) {
            if (stamp[k] === mark) {
              hit[c]++;
              break;
            }
          }
        }
      }
    };
    let mark = 0;
    for (const b of beads) {
      count(this.src, this.keys.src, b.i0, b.i1, this.tgt, this.keys.tgt, b.j0, b.j1, ++mark);
      count(this.tgt, this.keys.tgt, b.j0, b.j1, this.src, this.keys.src, b.i0, b.i1, ++mark);
    }
    return { hit, all };
  }
}
