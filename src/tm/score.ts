// The match score, defined the way CAT tools define it (docs/tm.md, "Match score").
//
//   base  = floor(100 × (L − d) / L)    d: word-level edit distance between the normalised token
//                                       sequences, L: the longer sequence's length in tokens
//                                       (OmegaT's definition)
//   score = base − penalty               penalty (at most 5): 2 per differing number, 2 per
//                                       differing placeholder or tag, 1 when punctuation differs,
//                                       1 when only letter case differs
//
// Numbers, placeholders and tags are masked in the normalised form, so `Room 201` and `Room 202`
// have a base of 100; the penalty puts them at 98, never at 100.

import type { Analysis, Token } from './normalise.js';

export const MAX_PENALTY = 5;

/** Reasons a match is not 100 % although its words are the same, for display. */
export type PenaltyReason = 'numbers' | 'codes' | 'punctuation' | 'case';

let rowA = new Int32Array(256);
let rowB = new Int32Array(256);

/**
 * Word-level Levenshtein distance between a[ao, ao+n) and b[bo, bo+m), or `k + 1` as soon as it
 * is known to exceed `k` (only a band of width 2k+1 is computed).
 */
export function boundedDistance(a: ArrayLike<number>, ao: number, n: number, b: ArrayLike<number>, bo: number, m: number, k: number): number {
  if (Math.abs(n - m) > k) return k + 1;
  if (n === 0 || m === 0) return Math.max(n, m) <= k ? Math.max(n, m) : k + 1;
  if (rowA.length <= m + 1) {
    rowA = new Int32Array(2 * (m + 1));
    rowB = new Int32Array(2 * (m + 1));
  }
  const BIG = 1 << 29;
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j <= k ? j : BIG;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur[lo - 1] = lo === 1 ? i : BIG;
    const ai = a[ao + i - 1];
    let rowMin = lo === 1 ? i : BIG;
    for (let j = lo; j <= hi; j++) {
      let v = prev[j - 1] + (ai === b[bo + j - 1] ? 0 : 1);
      const up = prev[j] + 1;
      if (up < v) v = up;
      const left = cur[j - 1] + 1;
      if (left < v) v = left;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = BIG;
    if (rowMin > k) return k + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] <= k ? prev[m] : k + 1;
}

/** floor(100 × (L − d) / L); two empty sequences are equal (100). */
export function baseScore(n: number, m: number, d: number): number {
  const L = n > m ? n : m;
  if (L === 0) return 100;
  return Math.floor((100 * (L - d)) / L);
}

/** The largest distance that still gives a base score of at least `t`. */
export function maxDistanceFor(n: number, m: number, t: number): number {
  const L = n > m ? n : m;
  // 100 (L − d) ≥ t L  ⇔  d ≤ L − t L / 100
  return L - Math.ceil((t * L) / 100);
}

function rawOf(tokens: Token[], kind: Token['kind']): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.kind === kind) out.push(t.raw.toLowerCase().replace(/\s+/gu, ' '));
  return out;
}

/** How many items of one list have no partner in the other (multiset difference, larger side). */
function multisetDiff(a: string[], b: string[]): number {
  const count = new Map<string, number>();
  for (const x of a) count.set(x, (count.get(x) ?? 0) + 1);
  let onlyB = 0;
  for (const x of b) {
    const c = count.get(x) ?? 0;
    if (c > 0) count.set(x, c - 1);
    else onlyB++;
  }
  let onlyA = 0;
  for (const c of count.values()) onlyA += c;
  const diff = Math.max(onlyA, onlyB);
  // Same items in another order (`from 2 to 3` / `from 3 to 2`) still differ.
  if (diff === 0 && a.join('\u0000') !== b.join('\u0000')) return 1;
  return diff;
}

export interface Penalty {
  points: number;
  reasons: PenaltyReason[];
}

/** The penalty of a candidate against the query (see the header). */
export function penalty(q: Analysis, c: Analysis): Penalty {
  const reasons: PenaltyReason[] = [];
  let points = 0;
  const nums = multisetDiff(rawOf(q.tokens, 'number'), rawOf(c.tokens, 'number'));
  if (nums > 0) {
    points += 2 * nums;
    reasons.push('numbers');
  }
  const codes = multisetDiff(rawOf(q.tokens, 'code'), rawOf(c.tokens, 'code'));
  if (codes > 0) {
    points += 2 * codes;
    reasons.push('codes');
  }
  if (q.punct !== c.punct) {
    points += 1;
    reasons.push('punctuation');
  }
  if (sameNorms(q.tokens, c.tokens) && differInCase(q.tokens, c.tokens)) {
    points += 1;
    reasons.push('case');
  }
  return { points: Math.min(MAX_PENALTY, points), reasons };
}

function sameNorms(a: Token[], b: Token[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].norm !== b[i].norm) return false;
  return true;
}

function differInCase(a: Token[], b: Token[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i].kind === 'word' && a[i].raw.normalize('NFC').replace(/’/g, "'") !== b[i].raw.normalize('NFC').replace(/’/g, "'")) return true;
  }
  return false;
}

/** Base score of two analysed texts computed directly (no index): used by tests and small jobs. */
export function scoreTexts(q: Analysis, c: Analysis): { score: number; base: number; penalty: Penalty } {
  const ids = new Map<string, number>();
  const toIds = (a: Analysis): number[] =>
    a.tokens.map((t) => {
      let id = ids.get(t.norm);
      if (id === undefined) ids.set(t.norm, (id = ids.size));
      return id;
    });
  const qa = toIds(q);
  const ca = toIds(c);
  let base: number;
  if (qa.length === 0 && ca.length === 0) base = q.punct === c.punct ? 100 : 0;
  else {
    const d = boundedDistance(qa, 0, qa.length, ca, 0, ca.length, Math.max(qa.length, ca.length));
    base = baseScore(qa.length, ca.length, d);
  }
  const p = penalty(q, c);
  return { score: Math.max(0, base - p.points), base, penalty: p };
}
