// The in-memory word-token index that finds fuzzy-match candidates without scanning the memory.
//
// Every unit's normalised form is a sequence of token ids (`seq`); every token has the sorted
// list of units that contain it (`post`). A query of n tokens can only reach a base score t
// against a unit of m tokens if (docs/tm.md, "How candidates are found"):
//   - the units share at least ⌈t·n/100⌉ tokens (count filter: L − d ≤ shared tokens), and
//   - t·max(n, m) ≤ 100·min(n, m) (length filter: d ≥ |n − m|).
// By the prefix-filter argument, a unit that shares that many tokens must contain one of the
// query's rarest n − ⌈t·n/100⌉ + 1 tokens (counted with their repeats), so only those tokens'
// lists are read. Each candidate's shared-token count then bounds its base score from above;
// candidates are verified with the banded edit distance best bound first, stopping as soon as
// no remaining bound can reach the results.
//
// Entries are ordered by length (then unit id), so the length filter is a range of entries and
// every list is read only within it: a 25-word query at a 95 threshold reads the lists of
// 24-to-26-word units only.

import { MAX_PENALTY, baseScore, boundedDistance, maxDistanceFor } from './score.js';

/** Token strings to ids, shared by a base index and its overlay. */
export class Vocab {
  readonly ids = new Map<string, number>();
  readonly words: string[] = [];

  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(token, id);
      this.words.push(token);
    }
    return id;
  }

  get(token: string): number {
    return this.ids.get(token) ?? -1;
  }

  get size(): number {
    return this.words.length;
  }

  static from(words: string[]): Vocab {
    const v = new Vocab();
    for (const w of words) v.id(w);
    return v;
  }
}

class GrowInt32 {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
  trimmed(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** The parts of an index, as stored in its cache file. */
export interface IndexParts {
  /** Unit id of each entry; entries are in order of length, then unit id. */
  unitIds: Int32Array;
  /** Entries of length m are [lenStart[m], lenStart[m+1]); its last value is the entry count. */
  lenStart: Int32Array;
  /** Entry i's tokens are seq[seqStart[i], seqStart[i+1]). */
  seqStart: Int32Array;
  seq: Int32Array;
  /** Token t's entries are post[postStart[t], postStart[t+1]) (each entry once). */
  postStart: Int32Array;
  post: Int32Array;
}

export interface Hit {
  /** Entry number in its index. */
  idx: number;
  unitId: number;
  /** Word-level edit distance and base score (before penalties). */
  d: number;
  base: number;
}

export interface SearchLimits {
  /** Postings read at most (a guard for queries made only of very common words). */
  maxScan: number;
  /** Candidates verified with the edit distance at most. */
  maxVerify: number;
}

/** Work done by the searches since the counters were reset (bench and tests look at them). */
export const searchStats = { searches: 0, postings: 0, candidates: 0, survivors: 0, verified: 0 };

export const DEFAULT_LIMITS: SearchLimits = { maxScan: 4_000_000, maxVerify: 20_000 };

/** First position in a[lo, hi) whose value is at least `x` (a is ascending there). */
function lowerBound(a: Int32Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Accumulates units, then builds the postings. */
export class IndexBuilder {
  readonly vocab: Vocab;
  private readonly ids = new GrowInt32(1 << 16);
  private readonly starts = new GrowInt32(1 << 16);
  private readonly seq = new GrowInt32(1 << 20);

  constructor(vocab: Vocab) {
    this.vocab = vocab;
    this.starts.push(0);
  }

  add(unitId: number, norm: string): void {
    this.ids.push(unitId);
    if (norm !== '') {
      let from = 0;
      for (;;) {
        const sp = norm.indexOf(' ', from);
        const tok = sp < 0 ? norm.slice(from) : norm.slice(from, sp);
        this.seq.push(this.vocab.id(tok));
        if (sp < 0) break;
        from = sp + 1;
      }
    }
    this.starts.push(this.seq.length);
  }

  get size(): number {
    return this.ids.length;
  }

  finish(): TokenIndex {
    const ids0 = this.ids.data;
    const starts0 = this.starts.data;
    const seq0 = this.seq.data;
    const n = this.ids.length;
    const V = this.vocab.size;
    // Entries by length (a counting sort keeps unit-id order within a length).
    let maxLen = 0;
    for (let i = 0; i < n; i++) maxLen = Math.max(maxLen, starts0[i + 1] - starts0[i]);
    const lenStart = new Int32Array(maxLen + 2);
    for (let i = 0; i < n; i++) lenStart[starts0[i + 1] - starts0[i] + 1]++;
    for (let m = 0; m <= maxLen; m++) lenStart[m + 1] += lenStart[m];
    const order = new Int32Array(n);
    const fill = lenStart.slice(0, maxLen + 1);
    for (let i = 0; i < n; i++) order[fill[starts0[i + 1] - starts0[i]]++] = i;
    const unitIds = new Int32Array(n);
    const seqStart = new Int32Array(n + 1);
    const seq = new Int32Array(this.seq.length);
    let at = 0;
    for (let e = 0; e < n; e++) {
      const i = order[e];
      unitIds[e] = ids0[i];
      seqStart[e] = at;
      seq.set(seq0.subarray(starts0[i], starts0[i + 1]), at);
      at += starts0[i + 1] - starts0[i];
    }
    seqStart[n] = at;
    // Postings: each list in entry order, each entry once.
    const df = new Int32Array(V + 1);
    const last = new Int32Array(V).fill(-1);
    for (let i = 0; i < n; i++) {
      for (let p = seqStart[i]; p < seqStart[i + 1]; p++) {
        const t = seq[p];
        if (last[t] !== i) {
          last[t] = i;
          df[t + 1]++;
        }
      }
    }
    for (let t = 0; t < V; t++) df[t + 1] += df[t];
    const postStart = df;
    const cursor = postStart.slice(0, V);
    const post = new Int32Array(postStart[V]);
    last.fill(-1);
    for (let i = 0; i < n; i++) {
      for (let p = seqStart[i]; p < seqStart[i + 1]; p++) {
        const t = seq[p];
        if (last[t] !== i) {
          last[t] = i;
          post[cursor[t]++] = i;
        }
      }
    }
    return new TokenIndex(this.vocab, { unitIds, lenStart, seqStart, seq, postStart, post });
  }
}

export class TokenIndex {
  readonly vocab: Vocab;
  readonly parts: IndexParts;
  /** Number of tokens known when the postings were built (later tokens have no postings here). */
  readonly vocabSize: number;
  /** Entries hidden because a newer version of their unit lives in an overlay. */
  dead: Uint8Array | null = null;
  private counts: Uint16Array;
  private touched: Int32Array;
  private qw = new Int32Array(0);
  private used = new Int32Array(0);
  private byUnit: Int32Array | null = null;

  constructor(vocab: Vocab, parts: IndexParts) {
    this.vocab = vocab;
    this.parts = parts;
    this.vocabSize = parts.postStart.length - 1;
    this.counts = new Uint16Array(parts.unitIds.length);
    this.touched = new Int32Array(parts.unitIds.length);
  }

  get size(): number {
    return this.parts.unitIds.length;
  }

  length(idx: number): number {
    return this.parts.seqStart[idx + 1] - this.parts.seqStart[idx];
  }

  /** Entry number of a unit id, or -1 (binary search in the entries sorted by unit id). */
  entryOf(unitId: number): number {
    const ids = this.parts.unitIds;
    if (!this.byUnit) {
      const order = new Int32Array(ids.length);
      for (let i = 0; i < order.length; i++) order[i] = i;
      this.byUnit = order.sort((a, b) => ids[a] - ids[b]);
    }
    const order = this.byUnit;
    let lo = 0;
    let hi = order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const id = ids[order[mid]];
      if (id === unitId) return order[mid];
      if (id < unitId) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  kill(unitId: number): void {
    const e = this.entryOf(unitId);
    if (e < 0) return;
    this.dead ??= new Uint8Array(this.size);
    this.dead[e] = 1;
  }

  /** Token ids of a normalised form; tokens the index has never seen are -1. */
  queryIds(norms: string[]): Int32Array {
    const q = new Int32Array(norms.length);
    for (let i = 0; i < norms.length; i++) q[i] = this.vocab.get(norms[i]);
    return q;
  }

  private df(t: number): number {
    return t >= 0 && t < this.vocabSize ? this.parts.postStart[t + 1] - this.parts.postStart[t] : 0;
  }

  private scratch(): void {
    const V = this.vocab.size;
    if (this.qw.length < V) {
      this.qw = new Int32Array(Math.max(V, 1024) * 2);
      this.used = new Int32Array(Math.max(V, 1024) * 2);
    }
  }

  /**
   * Entries whose base score against `q` is at least `threshold`, verified best bound first and
   * stopping once no bound can reach the `want`-th best base minus the largest penalty.
   * Sorted by base (descending), then entry.
   */
  search(q: Int32Array, threshold: number, want: number, limits: SearchLimits = DEFAULT_LIMITS): Hit[] {
    const n = q.length;
    // Counts are 16-bit: no segment has 65,535 words.
    if (n === 0 || n > 0xffff || this.size === 0) return [];
    const { seqStart, seq, postStart, post, unitIds } = this.parts;
    this.scratch();
    const qw = this.qw;
    const used = this.used;

    // Distinct known tokens of the query with their repeat counts, rarest first.
    const distinct: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = q[i];
      if (t < 0) continue;
      if (qw[t] === 0) distinct.push(t);
      qw[t]++;
    }
    try {
      const minShared = Math.max(1, Math.ceil((threshold * n) / 100));
      let known = 0;
      for (const t of distinct) known += qw[t];
      if (known < minShared) return [];

      // The length filter as a range of entries, and each token's list within it.
      const { lenStart } = this.parts;
      const maxLen = lenStart.length - 2;
      const mMin = Math.ceil((threshold * n) / 100);
      const mMax = Math.floor((100 * n) / threshold);
      const eLo = lenStart[Math.min(mMin, maxLen + 1)];
      const eHi = lenStart[Math.min(mMax + 1, maxLen + 1)];
      if (eLo >= eHi) return [];
      // Per distinct token (by its position in `distinct`): its list's part within the range.
      const k0 = distinct.length;
      const from = new Int32Array(k0);
      const to = new Int32Array(k0);
      for (let k = 0; k < k0; k++) {
        const t = distinct[k];
        if (t >= this.vocabSize) continue;
        from[k] = lowerBound(post, postStart[t], postStart[t + 1], eLo);
        to[k] = lowerBound(post, from[k], postStart[t + 1], eHi);
      }
      const rank = Array.from({ length: k0 }, (_, k) => k).sort((a, b) => to[a] - from[a] - (to[b] - from[b]) || distinct[a] - distinct[b]);
      const tokens = rank.map((k) => distinct[k]);
      const lo = rank.map((k) => from[k]);
      const hi = rank.map((k) => to[k]);
      const df = (k: number): number => hi[k] - lo[k];

      // Tokens whose lists are read: first the rarest ones such that the others together weigh
      // less than minShared (prefix filter: every unit that can qualify has one of them), then
      // more, in order, while a list is short against the candidates found: reading an entry
      // costs little, verifying a candidate costs its length. What the unread tokens weigh bounds
      // what a candidate can share beyond its count (count filter).
      let rest = known;
      let end = 0;
      while (end < k0) {
        rest -= qw[tokens[end]];
        end++;
        if (rest < minShared) break;
      }
      const counts = this.counts;
      const touched = this.touched;
      let nt = 0;
      let scanned = 0;
      for (let k = 0; k < end && scanned < limits.maxScan; k++) {
        const w = qw[tokens[k]];
        const b = hi[k];
        for (let p = lo[k]; p < b; p++) {
          const idx = post[p];
          const c = counts[idx];
          if (c === 0) touched[nt++] = idx;
          counts[idx] = c + w;
        }
        scanned += df(k);
      }
      const common = Math.max(1024, (eHi - eLo) >>> 5);
      while (end < k0 && scanned < limits.maxScan) {
        const d = df(end);
        if (d > common) {
          // A long list: read it only if the candidates it could rule out cost more to verify
          // (a few hundred ns each) than reading it (a few ns an entry).
          let open = 0;
          for (let i = 0; i < nt; i++) if (counts[touched[i]] + rest >= minShared) open++;
          if (open * 40 < d) break;
        }
        // Past the prefix, only entries found already can qualify.
        const w = qw[tokens[end]];
        const b = hi[end];
        for (let p = lo[end]; p < b; p++) {
          const idx = post[p];
          const c = counts[idx];
          if (c !== 0) counts[idx] = c + w;
        }
        scanned += df(end);
        rest -= w;
        end++;
      }
      const unread = rest;
      const need = minShared - unread;
      searchStats.searches++;
      searchStats.postings += scanned;
      searchStats.candidates += nt;

      // Candidates bucketed by an upper bound on their base score.
      const dead = this.dead;
      const buckets: number[][] = [];
      for (let i = 0; i < nt; i++) {
        const idx = touched[i];
        const c = counts[idx];
        counts[idx] = 0;
        if (c < need) continue;
        if (dead !== null && dead[idx] === 1) continue;
        const m = seqStart[idx + 1] - seqStart[idx];
        const L = n > m ? n : m;
        let ub = c + unread;
        if (ub > m) ub = m;
        if (ub > n) ub = n;
        const bound = Math.floor((100 * ub) / L);
        if (bound < threshold) continue;
        (buckets[bound] ??= []).push(idx);
        searchStats.survivors++;
      }

      // Verify, best bound first: the exact shared-token count, then the banded edit distance.
      const hits: Hit[] = [];
      const top: number[] = []; // the `want` best bases so far, descending
      let verified = 0;
      for (let bound = 100; bound >= threshold; bound--) {
        const bucket = buckets[bound];
        if (!bucket) continue;
        const floorNow = top.length >= want ? Math.max(threshold, top[want - 1] - MAX_PENALTY) : threshold;
        if (bound < floorNow || verified >= limits.maxVerify) break;
        for (const idx of bucket) {
          const s0 = seqStart[idx];
          const m = seqStart[idx + 1] - s0;
          const L = n > m ? n : m;
          const needNow = top.length >= want ? Math.max(threshold, top[want - 1] - MAX_PENALTY) : threshold;
          let shared = 0;
          for (let j = s0; j < s0 + m; j++) {
            const tok = seq[j];
            if (used[tok] < qw[tok]) {
              used[tok]++;
              shared++;
            }
          }
          for (let j = s0; j < s0 + m; j++) used[seq[j]] = 0;
          if (Math.floor((100 * shared) / L) < needNow) continue;
          const k = maxDistanceFor(n, m, needNow);
          if (k < 0) continue;
          const d = boundedDistance(q, 0, n, seq, s0, m, k);
          verified++;
          searchStats.verified++;
          if (d > k) continue;
          const base = baseScore(n, m, d);
          hits.push({ idx, unitId: unitIds[idx], d, base });
          keepTop(top, base, want);
        }
      }
      hits.sort((a, b) => b.base - a.base || a.unitId - b.unitId);
      return hits;
    } finally {
      for (const t of distinct) qw[t] = 0;
    }
  }

  /**
   * The same hits found by looking at every entry (only the length filter, which follows from
   * the definition of the score): the reference the candidate search is measured against.
   */
  scan(q: Int32Array, threshold: number, want: number): Hit[] {
    const n = q.length;
    const { seqStart, seq, unitIds } = this.parts;
    const hits: Hit[] = [];
    const top: number[] = [];
    for (let idx = 0; idx < this.size; idx++) {
      if (this.dead !== null && this.dead[idx] === 1) continue;
      const s0 = seqStart[idx];
      const m = seqStart[idx + 1] - s0;
      const need = top.length >= want ? Math.max(threshold, top[want - 1] - MAX_PENALTY) : threshold;
      const k = maxDistanceFor(n, m, need);
      if (k < 0 || Math.abs(n - m) > k) continue;
      const d = boundedDistance(q, 0, n, seq, s0, m, k);
      if (d > k) continue;
      const base = baseScore(n, m, d);
      hits.push({ idx, unitId: unitIds[idx], d, base });
      keepTop(top, base, want);
    }
    hits.sort((a, b) => b.base - a.base || a.unitId - b.unitId);
    return hits;
  }

  /** Entries that contain every one of the given tokens (concordance), in entry order. */
  containing(tokens: number[], limit: number): number[] {
    if (tokens.length === 0 || tokens.some((t) => t < 0 || t >= this.vocabSize)) return [];
    const { postStart, post } = this.parts;
    const sorted = [...new Set(tokens)].sort((a, b) => this.df(a) - this.df(b));
    const first = sorted[0];
    const out: number[] = [];
    // Intersect by binary search in the longer lists, walking the shortest one.
    const cursors = sorted.map((t) => postStart[t]);
    outer: for (let p = postStart[first]; p < postStart[first + 1]; p++) {
      const idx = post[p];
      if (this.dead !== null && this.dead[idx] === 1) continue;
      for (let k = 1; k < sorted.length; k++) {
        const t = sorted[k];
        let lo = cursors[k];
        let hi = postStart[t + 1] - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          if (post[mid] < idx) lo = mid + 1;
          else hi = mid - 1;
        }
        cursors[k] = lo;
        if (lo >= postStart[t + 1] || post[lo] !== idx) continue outer;
      }
      out.push(idx);
      if (out.length >= limit) break;
    }
    return out;
  }
}

/** Inserts `base` into `top` (sorted, highest first), which keeps at most `want` scores. */
function keepTop(top: number[], base: number, want: number): void {
  let pos = top.length;
  while (pos > 0 && top[pos - 1] < base) pos--;
  if (pos < want) {
    top.splice(pos, 0, base);
    if (top.length > want) top.pop();
  }
}
