// The banded dynamic programme of the parallel aligner. A state (i, j) means "the first i source
// and the first j target sentences are aligned"; a bead moves from (i, j) to (i + a, j + b).
// Only states inside a band are visited: for each row i, the columns lo[i] .. hi[i]. The band
// comes from a coarser alignment (parallel.ts), so time and memory grow with n × band width.
//
// Besides the best path (Viterbi), a forward–backward pass over the same lattice gives the
// posterior probability of each bead of the path: the aligner's confidence in it.
//
// Beside the fixed shapes, a bead may cover a whole block on each side (a bibliography entry
// whose lines are cut differently in the two languages): a transition from the start of a
// block on each side to the end of both, of any size.

export interface Band {
  n: number;
  m: number;
  lo: Int32Array;
  hi: Int32Array;
  /** Offset of row i's first state in the flat arrays. */
  off: Int32Array;
  size: number;
}

export interface PathBead {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
  /** The bead's own score (log-likelihood ratio against "not translations"). */
  score: number;
  /** Posterior probability of the bead, when computed. */
  posterior: number;
  /** No alternative existed (one side is empty): certain, whatever the model says. */
  forced?: boolean;
  /** A bead over a whole block on each side (see BlockSpans). */
  block?: boolean;
}

/**
 * Blocks of consecutive units on one side (bibliography entries), for block beads:
 * startOf[e] is the first unit of the block that ends before unit e (or −1), endOf[s] the end
 * of the block that starts at unit s (or −1). Blocks do not overlap.
 */
export interface BlockSpans {
  startOf: Int32Array;
  endOf: Int32Array;
}

/** The spans of a list of [start, end) blocks over n units. */
export function blockSpans(n: number, blocks: ReadonlyArray<readonly [number, number]>): BlockSpans {
  const startOf = new Int32Array(n + 1).fill(-1);
  const endOf = new Int32Array(n + 1).fill(-1);
  for (const [a, b] of blocks) {
    if (b - a < 1 || a < 0 || b > n) continue;
    startOf[b] = a;
    endOf[a] = b;
  }
  return { startOf, endOf };
}

/** Bead shapes [source sentences, target sentences]. */
export type Shape = readonly [number, number];

export function makeBand(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  // Rows must be non-empty, monotone and connected (some column of row i+1 is reachable from row i).
  lo[0] = 0;
  hi[n] = m;
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(lo[i], m));
    hi[i] = Math.max(0, Math.min(hi[i], m));
  }
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i], lo[i + 1]);
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i], hi[i - 1]);
  for (let i = 0; i < n; i++) hi[i] = Math.max(hi[i], lo[i + 1], lo[i]);
  const off = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) off[i + 1] = off[i] + (hi[i] - lo[i] + 1);
  return { n, m, lo, hi, off, size: off[n + 1] };
}

export function fullBand(n: number, m: number): Band {
  return makeBand(n, m, new Int32Array(n + 1), new Int32Array(n + 1).fill(m));
}

/**
 * A band of `width` columns on each side of a path found at a coarser level, whose blocks hold
 * `factor` sentences of this level.
 */
export function bandAround(path: PathBead[], factor: number, n: number, m: number, width: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1);
  for (const b of path) {
    const r0 = Math.min(n, b.i0 * factor);
    const r1 = Math.min(n, b.i1 * factor);
    const c0 = Math.min(m, b.j0 * factor);
    const c1 = Math.min(m, b.j1 * factor);
    for (let i = r0; i <= r1; i++) {
      if (c0 - width < lo[i]) lo[i] = c0 - width;
      if (c1 + width > hi[i]) hi[i] = c1 + width;
    }
  }
  return makeBand(n, m, lo, hi);
}

/** Score of the bead covering source [i0, i0 + a) and target [j0, j0 + b); `block` for a block bead. */
export type BeadScorer = (i0: number, a: number, j0: number, b: number, block?: boolean) => number;

/** Block beads need blocks on both sides. */
export interface BlockPair {
  src: BlockSpans;
  tgt: BlockSpans;
}

export interface DpResult {
  path: PathBead[];
  /** Total score of the path. */
  total: number;
}

const NEG = -Infinity;

/** Best path through the band. With `temperature`, also the posterior of each bead of the path. */
export function alignBand(band: Band, shapes: readonly Shape[], score: BeadScorer, temperature?: number, blocks?: BlockPair): DpResult {
  const { n, lo, hi, off, size } = band;
  const isShape = shapeTable(shapes);
  const best = new Float64Array(size).fill(NEG);
  const back = new Uint8Array(size);
  const fwd = temperature ? new Float64Array(size).fill(NEG) : null;
  const t = temperature ?? 1;
  const ns = shapes.length;
  best[0] = 0;
  if (fwd) fwd[0] = 0;
  const terms = new Float64Array(ns + 1);
  for (let i = 0; i <= n; i++) {
    const rlo = lo[i];
    const rhi = hi[i];
    for (let j = rlo; j <= rhi; j++) {
      if (i === 0 && j === 0) continue;
      let bs = NEG;
      let bk = 0;
      let nt = 0;
      let fmax = NEG;
      for (let k = 0; k < ns; k++) {
        const a = shapes[k][0];
        const b = shapes[k][1];
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const p = off[pi] + pj - lo[pi];
        const prev = best[p];
        if (prev === NEG) continue;
        const s = score(pi, a, pj, b);
        if (prev + s > bs) {
          bs = prev + s;
          bk = k;
        }
        if (fwd) {
          const f = fwd[p] + s / t;
          terms[nt++] = f;
          if (f > fmax) fmax = f;
        }
      }
      const pb = blocks ? blockFrom(blocks, isShape, i, j) : null;
      if (pb && pb[1] >= lo[pb[0]] && pb[1] <= hi[pb[0]]) {
        const p = off[pb[0]] + pb[1] - lo[pb[0]];
        if (best[p] !== NEG) {
          const s = score(pb[0], i - pb[0], pb[1], j - pb[1], true);
          if (best[p] + s > bs) {
            bs = best[p] + s;
            bk = ns;
          }
          if (fwd) {
            const f = fwd[p] + s / t;
            terms[nt++] = f;
            if (f > fmax) fmax = f;
          }
        }
      }
      const here = off[i] + j - rlo;
      best[here] = bs;
      back[here] = bk;
      if (fwd && nt) {
        let sum = 0;
        for (let q = 0; q < nt; q++) sum += Math.exp(terms[q] - fmax);
        fwd[here] = fmax + Math.log(sum);
      }
    }
  }
  // Walk back from (n, m).
  const path: PathBead[] = [];
  let i = n;
  let j = band.m;
  const total = best[off[n] + j - lo[n]];
  while (i > 0 || j > 0) {
    const k = back[off[i] + j - lo[i]];
    if (k === ns) {
      const a = i - blocks!.src.startOf[i];
      const b = j - blocks!.tgt.startOf[j];
      path.push({ i0: i - a, i1: i, j0: j - b, j1: j, score: score(i - a, a, j - b, b, true), posterior: 1, block: true });
      i -= a;
      j -= b;
      continue;
    }
    const [a, b] = shapes[k];
    const s = score(i - a, a, j - b, b);
    path.push({ i0: i - a, i1: i, j0: j - b, j1: j, score: s, posterior: 1 });
    i -= a;
    j -= b;
  }
  path.reverse();
  if (fwd) posteriors(band, shapes, score, t, fwd, path, blocks);
  return { path, total };
}

/** Backward pass, then the posterior of each path bead: exp(fwd[start] + s/t + bwd[end] − Z). */
function posteriors(band: Band, shapes: readonly Shape[], score: BeadScorer, t: number, fwd: Float64Array, path: PathBead[], blocks?: BlockPair): void {
  const { n, m, lo, hi, off, size } = band;
  const bwd = new Float64Array(size).fill(NEG);
  bwd[off[n] + m - lo[n]] = 0;
  const ns = shapes.length;
  const isShape = shapeTable(shapes);
  const terms = new Float64Array(ns + 1);
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      if (i === n && j === m) continue;
      let nt = 0;
      let fmax = NEG;
      for (let k = 0; k < ns; k++) {
        const a = shapes[k][0];
        const b = shapes[k][1];
        const qi = i + a;
        const qj = j + b;
        if (qi > n || qj < lo[qi] || qj > hi[qi]) continue;
        const q = bwd[off[qi] + qj - lo[qi]];
        if (q === NEG) continue;
        const f = q + score(i, a, j, b) / t;
        terms[nt++] = f;
        if (f > fmax) fmax = f;
      }
      const nb = blocks ? blockTo(blocks, isShape, i, j) : null;
      if (nb && nb[1] >= lo[nb[0]] && nb[1] <= hi[nb[0]]) {
        const q = bwd[off[nb[0]] + nb[1] - lo[nb[0]]];
        if (q !== NEG) {
          const f = q + score(i, nb[0] - i, j, nb[1] - j, true) / t;
          terms[nt++] = f;
          if (f > fmax) fmax = f;
        }
      }
      if (nt) {
        let sum = 0;
        for (let q = 0; q < nt; q++) sum += Math.exp(terms[q] - fmax);
        bwd[off[i] + j - lo[i]] = fmax + Math.log(sum);
      }
    }
  }
  const z = fwd[off[n] + m - lo[n]];
  for (const b of path) {
    const f = fwd[off[b.i0] + b.j0 - lo[b.i0]];
    const g = bwd[off[b.i1] + b.j1 - lo[b.i1]];
    b.posterior = Math.min(1, Math.exp(f + b.score / t + g - z));
  }
}

/** shapeTable(shapes)(a, b): whether a × b is one of the fixed shapes (a block bead of that size would repeat it). */
function shapeTable(shapes: readonly Shape[]): (a: number, b: number) => boolean {
  const set = new Set(shapes.map(([a, b]) => a * 1024 + b));
  return (a, b) => a < 1024 && set.has(a * 1024 + b);
}

/** The start state of the block bead that ends at (i, j), if any. */
function blockFrom(blocks: BlockPair, isShape: (a: number, b: number) => boolean, i: number, j: number): [number, number] | null {
  const pi = blocks.src.startOf[i];
  const pj = blocks.tgt.startOf[j];
  if (pi < 0 || pj < 0 || isShape(i - pi, j - pj)) return null;
  return [pi, pj];
}

/** The end state of the block bead that starts at (i, j), if any. */
function blockTo(blocks: BlockPair, isShape: (a: number, b: number) => boolean, i: number, j: number): [number, number] | null {
  const qi = blocks.src.endOf[i];
  const qj = blocks.tgt.endOf[j];
  if (qi < 0 || qj < 0 || isShape(qi - i, qj - j)) return null;
  return [qi, qj];
}
