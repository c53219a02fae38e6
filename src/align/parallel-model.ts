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
import { classOf, type KeySpace, type KeyTable, type SideTokens } from './parallel-features.js';

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
  /** Log prior of a bead over a whole block on each side (a bibliography entry whose lines do not correspond). */
  blockPrior: number;
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

/**
 * A block bead stands for the lines of one entry regrouped on both sides: as unlikely as the
 * rarest fixed shape that regroups on both sides (2-2).
 */
export const BLOCK_PRIOR = DEFAULT_PRIORS['2:2'];

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
    blockPrior: BLOCK_PRIOR,
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
  /** Per unit: its matchable word types and how often each occurs (CSR), total gain and base. */
  typeStart: Int32Array;
  typeIds: Int32Array;
  typeCounts: Int32Array;
  /** Per unit: number of matchable tokens. */
  tokens: Int32Array;
  G: Float64Array;
  B: Float64Array;
  /** Per key: the units holding it, ascending (CSR). */
  postStart: Int32Array;
  post: Int32Array;
}

function sideWeights(side: SideTokens, keys: KeyTable, keySize: number, otherDf: Int32Array, otherN: number, pTrue: ModelParams['pTrue']): SideWeights {
  const nt = side.types.length;
  const gain = new Float64Array(nt);
  const base = new Float64Array(nt);
  const kStart = keys.start;
  const kIds = keys.ids;
  for (let w = 0; w < nt; w++) {
    if (kStart[w] === kStart[w + 1]) continue;
    let df = 0;
    for (let q = kStart[w]; q < kStart[w + 1]; q++) df += otherDf[kIds[q]];
    if (df === 0) continue;
    const pr = Math.min(MAX_PRAND, df / Math.max(1, otherN));
    const pt = pTrue[classOf(side.types[w])];
    if (pt <= pr) continue;
    base[w] = Math.log((1 - pt) / (1 - pr));
    gain[w] = Math.log(pt / pr) - base[w];
  }
  const n = side.n;
  const typeStart = new Int32Array(n + 1);
  const ids = new Int32Array(side.ids.length);
  const counts = new Int32Array(side.ids.length);
  let used = 0;
  const tokens = new Int32Array(n);
  const G = new Float64Array(n);
  const B = new Float64Array(n);
  const at = new Int32Array(nt).fill(-1);
  const postCount = new Int32Array(keySize + 1);
  const lastUnit = new Int32Array(keySize).fill(-1);
  for (let u = 0; u < n; u++) {
    typeStart[u] = used;
    for (let p = side.start[u]; p < side.start[u + 1]; p++) {
      const w = side.ids[p];
      if (gain[w] <= 0) continue;
      tokens[u]++;
      G[u] += gain[w];
      B[u] += base[w];
      if (at[w] >= typeStart[u]) {
        counts[at[w]]++;
        continue;
      }
      at[w] = used;
      ids[used] = w;
      counts[used++] = 1;
      for (let q = kStart[w]; q < kStart[w + 1]; q++) {
        const k = kIds[q];
        if (lastUnit[k] !== u) {
          lastUnit[k] = u;
          postCount[k + 1]++;
        }
      }
    }
  }
  typeStart[n] = used;
  // Postings of each key, filled in unit order so that they come out sorted.
  for (let k = 0; k < keySize; k++) postCount[k + 1] += postCount[k];
  const postStart = postCount;
  const post = new Int32Array(postStart[keySize]);
  const fill = postStart.slice(0, keySize);
  lastUnit.fill(-1);
  for (let u = 0; u < n; u++) {
    for (let q = typeStart[u]; q < typeStart[u + 1]; q++) {
      const w = ids[q];
      for (let r = kStart[w]; r < kStart[w + 1]; r++) {
        const k = kIds[r];
        if (lastUnit[k] !== u) {
          lastUnit[k] = u;
          post[fill[k]++] = u;
        }
      }
    }
  }
  return { gain, base, typeStart, typeIds: ids.subarray(0, used), typeCounts: counts.subarray(0, used), tokens, G, B, postStart, post };
}

/** Document frequency of each key over the units of one side. */
function keyDf(side: SideTokens, keys: KeyTable, size: number): Int32Array {
  const df = new Int32Array(size);
  const last = new Int32Array(size).fill(-1);
  const kStart = keys.start;
  const kIds = keys.ids;
  for (let u = 0; u < side.n; u++) {
    for (let p = side.start[u]; p < side.start[u + 1]; p++) {
      const w = side.ids[p];
      for (let q = kStart[w]; q < kStart[w + 1]; q++) {
        const k = kIds[q];
        if (last[k] !== u) {
          last[k] = u;
          df[k]++;
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
  /**
   * Per band cell (i, j): the part of cs/ns from source types met in both j and j + 1, and of
   * ct/nt from target types met in both i and i + 1, so that a bead facing two sentences counts
   * a token once (a name repeated in neighbouring sentences is one piece of evidence).
   */
  private dcs = new Float32Array(0);
  private dct = new Float32Array(0);
  private dns = new Uint8Array(0);
  private dnt = new Uint8Array(0);
  /** Per band cell: the lexical LLR of the 1-1 bead, the most asked-for. */
  private lex11 = new Float32Array(0);
  private readonly priorOf: Float64Array;

  constructor(src: SideTokens, tgt: SideTokens, keys: KeySpace, params: ModelParams) {
    this.src = src;
    this.tgt = tgt;
    this.keys = keys;
    this.params = params;
    const dfS = keyDf(src, keys.src, keys.size);
    const dfT = keyDf(tgt, keys.tgt, keys.size);
    this.ws = sideWeights(src, keys.src, keys.size, dfT, tgt.n, params.pTrue);
    this.wt = sideWeights(tgt, keys.tgt, keys.size, dfS, src.n, params.pTrue);
    this.priorOf = new Float64Array(16).fill(-Infinity);
    for (const [k, v] of Object.entries(params.priors)) {
      const [a, b] = k.split(':').map(Number);
      this.priorOf[a * 4 + b] = v;
    }
  }

  /**
   * Computes the pair statistics of every cell of the band, walking the postings of each key
   * inside the band: the cost follows the number of shared keys, not the number of cells.
   */
  prepare(band: Band): void {
    this.band = band;
    const { n, lo, hi, off, size } = band;
    const m = this.tgt.n;
    this.cs = new Float32Array(size);
    this.ct = new Float32Array(size);
    this.ns = new Uint8Array(size);
    this.nt = new Uint8Array(size);
    this.dcs = new Float32Array(size);
    this.dct = new Float32Array(size);
    this.dns = new Uint8Array(size);
    this.dnt = new Uint8Array(size);
    // Source tokens met in target units: rows in order, the band's columns move right.
    this.walk(this.ws, this.keys.src, this.wt, n, m, (i) => lo[i], (i) => Math.min(hi[i], m - 1), (i, j) => off[i] + j - lo[i], this.cs, this.ns, this.dcs, this.dns);
    // Target tokens met in source units: for column j, the rows whose band holds it.
    const rowLo = new Int32Array(m);
    const rowHi = new Int32Array(m);
    let a = 0;
    let b = 0;
    for (let j = 0; j < m; j++) {
      while (a < n && hi[a] < j) a++;
      while (b + 1 < n && lo[b + 1] <= j) b++;
      rowLo[j] = a;
      rowHi[j] = lo[b] <= j ? b : b - 1;
    }
    this.walk(this.wt, this.keys.tgt, this.ws, m, n, (j) => rowLo[j], (j) => Math.min(rowHi[j], n - 1), (j, i) => off[i] + j - lo[i], this.ct, this.nt, this.dct, this.dnt);
    this.lex11 = new Float32Array(size);
    const ws = this.ws;
    const wt = this.wt;
    for (let i = 0; i < n; i++) {
      const jhi = Math.min(hi[i], m - 1);
      for (let j = lo[i]; j <= jhi; j++) {
        const x = off[i] + j - lo[i];
        this.lex11[x] = ws.B[i] + Math.min(ws.G[i], this.cs[x]) + wt.B[j] + Math.min(wt.G[j], this.ct[x]);
      }
    }
  }

  /** For each unit u of one side, adds its matchable types' gains to the cells of the units of the other side that share a key. */
  private walk(
    mine: SideWeights,
    keys: KeyTable,
    other: SideWeights,
    count: number,
    otherCount: number,
    from: (u: number) => number,
    to: (u: number) => number,
    cell: (u: number, v: number) => number,
    gains: Float32Array,
    hits: Uint8Array,
    dupGains: Float32Array,
    dupHits: Uint8Array,
  ): void {
    const ptr = other.postStart.slice(0, other.postStart.length - 1);
    const stamp = new Int32Array(otherCount).fill(-1);
    const met = new Int32Array(otherCount);
    let id = 0;
    for (let u = 0; u < count; u++) {
      const v0 = from(u);
      const v1 = to(u);
      if (v1 < v0) continue;
      for (let q = mine.typeStart[u]; q < mine.typeStart[u + 1]; q++) {
        const w = mine.typeIds[q];
        const c = mine.typeCounts[q];
        const g = c * mine.gain[w];
        id++;
        let nm = 0;
        for (let r = keys.start[w]; r < keys.start[w + 1]; r++) {
          const k = keys.ids[r];
          const end = other.postStart[k + 1];
          let p = ptr[k];
          while (p < end && other.post[p] < v0) p++;
          ptr[k] = p;
          for (; p < end; p++) {
            const v = other.post[p];
            if (v > v1) break;
            if (stamp[v] === id) continue;
            stamp[v] = id;
            met[nm++] = v;
            const x = cell(u, v);
            gains[x] += g;
            hits[x] = Math.min(255, hits[x] + c);
          }
        }
        for (let h = 0; h < nm; h++) {
          const v = met[h];
          if (v + 1 <= v1 && stamp[v + 1] === id) {
            const x = cell(u, v);
            dupGains[x] += g;
            dupHits[x] = Math.min(255, dupHits[x] + c);
          }
        }
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
    if (a === 1 && b === 1) {
      const band = this.band!;
      if (j0 >= band.lo[i0] && j0 <= band.hi[i0]) return this.lex11[band.off[i0] + j0 - band.lo[i0]];
    }
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
        if (j > j0) {
          s -= this.pairStat(this.dcs, i, j - 1);
          c -= this.pairStat(this.dns, i, j - 1);
        }
      }
      lex += ws.B[i] + Math.min(ws.G[i], s);
      if (b > 1) lex -= logB * Math.min(c, ws.tokens[i]);
    }
    for (let j = j0; j < j0 + b; j++) {
      if (wt.G[j] === 0) continue;
      let s = 0;
      let c = 0;
      for (let i = i0; i < i0 + a; i++) {
        s += this.pairStat(this.ct, i, j);
        if (a > 1) c += this.pairStat(this.nt, i, j);
        if (i > i0) {
          s -= this.pairStat(this.dct, i - 1, j);
          c -= this.pairStat(this.dnt, i - 1, j);
        }
      }
      lex += wt.B[j] + Math.min(wt.G[j], s);
      if (a > 1) lex -= logA * Math.min(c, wt.tokens[j]);
    }
    return lex;
  }

  readonly score: BeadScorer = (i0, a, j0, b, block) => {
    const prior = block ? this.params.blockPrior : this.priorOf[a * 4 + b];
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
   * The score of a bead anywhere, inside the band or not (score reads the band's statistics): for
   * passages the translation moved, whose beads lie far from the path. Lexical evidence is read
   * from the tokens themselves: slower, for the few beads asked for.
   */
  readonly scoreAnywhere: BeadScorer = (i0, a, j0, b) => {
    const prior = this.priorOf[a * 4 + b];
    if (a === 0 || b === 0) return prior;
    let s = prior + this.evidence(i0, a, j0, b);
    if (a > 1 && this.src.breaks) for (let i = i0 + 1; i < i0 + a; i++) s -= this.src.breaks[i];
    if (b > 1 && this.tgt.breaks) for (let j = j0 + 1; j < j0 + b; j++) s -= this.tgt.breaks[j];
    return s;
  };

  /** Length and lexical log-likelihood ratio of source [i0, i0 + a) against target [j0, j0 + b), priors aside. */
  evidence(i0: number, a: number, j0: number, b: number): number {
    let ls = 0;
    let lt = 0;
    for (let i = i0; i < i0 + a; i++) ls += this.src.len[i];
    for (let j = j0; j < j0 + b; j++) lt += this.tgt.len[j];
    const lex = this.spanLex(this.ws, this.keys.src, i0, a, this.wt, this.keys.tgt, j0, b) + this.spanLex(this.wt, this.keys.tgt, j0, b, this.ws, this.keys.src, i0, a);
    this.lastMet = this.met;
    return this.params.wLen * this.lengthLlr(ls, lt, b) + this.params.wLex * lex;
  }

  /** Tokens of the last span (of the two, the one with fewer) that met a partner, after evidence(). */
  lastMet = 0;
  private met = Infinity;
  private stamp = new Int32Array(0);
  private stampId = 0;

  /**
   * Lexical LLR of units [u0, u0 + a) of one side facing units [v0, v0 + b) of the other, as
   * lexLlr has it for beads in the band: a type met anywhere in the other span counts once.
   */
  private spanLex(mine: SideWeights, mk: KeyTable, u0: number, a: number, other: SideWeights, ok: KeyTable, v0: number, b: number): number {
    if (this.stamp.length < this.keys.size) this.stamp = new Int32Array(this.keys.size);
    const stamp = this.stamp;
    const id = ++this.stampId;
    for (let v = v0; v < v0 + b; v++) {
      for (let q = other.typeStart[v]; q < other.typeStart[v + 1]; q++) {
        const w = other.typeIds[q];
        for (let r = ok.start[w]; r < ok.start[w + 1]; r++) stamp[ok.ids[r]] = id;
      }
    }
    const logB = Math.log(b);
    let lex = 0;
    let met = 0;
    for (let u = u0; u < u0 + a; u++) {
      if (mine.G[u] === 0) continue;
      let s = 0;
      let c = 0;
      for (let q = mine.typeStart[u]; q < mine.typeStart[u + 1]; q++) {
        const w = mine.typeIds[q];
        for (let r = mk.start[w]; r < mk.start[w + 1]; r++) {
          if (stamp[mk.ids[r]] !== id) continue;
          s += mine.typeCounts[q] * mine.gain[w];
          c += mine.typeCounts[q];
          break;
        }
      }
      lex += mine.B[u] + Math.min(mine.G[u], s);
      if (b > 1) lex -= logB * Math.min(c, mine.tokens[u]);
      met += c;
    }
    // The first call of a pair sets the count, the second keeps the smaller.
    this.met = mine === this.ws ? met : Math.min(this.met, met);
    return lex;
  }

  /**
   * For re-estimating pTrue: how many matchable tokens of each class found a partner in the given
   * beads (counts, both sides).
   */
  matchRates(beads: PathBead[]): { hit: number[]; all: number[] } {
    const hit = [0, 0, 0, 0];
    const all = [0, 0, 0, 0];
    const stamp = new Int32Array(this.keys.size).fill(-1);
    const keysOf = (t: KeyTable, w: number): Int32Array => t.ids.subarray(t.start[w], t.start[w + 1]);
    const count = (side: SideTokens, keys: KeyTable, u0: number, u1: number, other: SideTokens, okeys: KeyTable, v0: number, v1: number, mark: number): void => {
      for (let v = v0; v < v1; v++) for (let p = other.start[v]; p < other.start[v + 1]; p++) for (const k of keysOf(okeys, other.ids[p])) stamp[k] = mark;
      for (let u = u0; u < u1; u++) {
        for (let p = side.start[u]; p < side.start[u + 1]; p++) {
          const w = side.ids[p];
          const ks = keysOf(keys, w);
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
