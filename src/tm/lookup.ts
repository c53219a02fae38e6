// Fuzzy lookup: the best units of the memory for a segment, with their scores.
//
// Order of work (docs/tm.md): the exact unit by its identity hash first; then candidates from the
// token index at thresholds 95, 85 and 75, stopping as soon as enough matches reach the threshold
// searched; only when nothing scored 75 or more, again at the caller's minimum (50 by default). Ranking is deterministic: score, then the bigram Dice similarity of
// the texts (string-similarity), then how often the unit was seen, its change date, its id.

import stringSimilarity from 'string-similarity';
import { analyse, type Analysis } from './normalise.js';
import { penalty, type PenaltyReason } from './score.js';
import { IndexBuilder, TokenIndex, Vocab, type Hit, DEFAULT_LIMITS, type SearchLimits } from './fuzzy-index.js';
import { cachePath, loadIndex, saveIndex } from './index-cache.js';
import { contextHash, type StoredUnit, type TmStore } from './store.js';

export type Side = 'en' | 'fr';

export interface Match {
  unit: StoredUnit;
  /** Final score 0–100 (base minus penalties). */
  score: number;
  /** Score of the words alone. */
  base: number;
  /** Why a match whose words agree is not 100 %. */
  reasons: PenaltyReason[];
  /** True for a 100 % match found in the same surroundings (previous and next segment). */
  context: boolean;
  /** Bigram Dice similarity of the two texts (tie-break). */
  similarity: number;
}

export interface LookupOptions {
  /** How many matches (default 5). */
  limit?: number;
  /** Lowest score returned (default 50). */
  minScore?: number;
  /** The segments around the query in its document, for context matches. */
  context?: { prev: string | null; next: string | null };
}

export interface MatcherOptions {
  /** Called while the index is built (units done, units in all). */
  onProgress?: (done: number, total: number) => void;
  /** Read and write the index cache beside the store (default true). */
  cache?: boolean;
  limits?: SearchLimits;
}

/** Units changed since the cache was built that are indexed on the side rather than rebuilt. */
const MAX_OVERLAY = (n: number): number => Math.max(20_000, Math.floor(n / 10));
/** Matches fetched from the store to apply penalties, at most, per lookup. */
const MAX_FETCH = 500;
export const FUZZY_THRESHOLD = 75;
/** Thresholds tried in turn before the minimum: high ones read few postings. */
const STAGES = [95, 85, FUZZY_THRESHOLD];
export const DEFAULT_MIN_SCORE = 50;

export class FuzzyMatcher {
  readonly store: TmStore;
  readonly side: Side;
  private base!: TokenIndex;
  private overlay: TokenIndex | null = null;
  private generation = -1;
  private readonly limits: SearchLimits;
  /** How the index was obtained: 'cache', 'built', 'empty'. */
  source = '';
  loadMs = 0;

  private constructor(store: TmStore, side: Side, limits: SearchLimits) {
    this.store = store;
    this.side = side;
    this.limits = limits;
  }

  static open(store: TmStore, side: Side = 'en', opts: MatcherOptions = {}): FuzzyMatcher {
    const m = new FuzzyMatcher(store, side, opts.limits ?? DEFAULT_LIMITS);
    const t0 = performance.now();
    m.load(opts);
    m.loadMs = performance.now() - t0;
    return m;
  }

  get size(): number {
    return this.base.size + (this.overlay?.size ?? 0);
  }

  private load(opts: MatcherOptions): void {
    const store = this.store;
    const useCache = opts.cache !== false;
    const path = cachePath(store.path, this.side);
    // One read transaction: the generation and the units read agree even while another process writes.
    store.db.exec('BEGIN');
    try {
      const gen = store.generation();
      const cached = useCache ? loadIndex(path) : null;
      let ok = false;
      if (cached && cached.header.store === store.instanceId() && cached.header.side === this.side && cached.header.generation <= gen) {
        this.base = cached.index;
        this.source = 'cache';
        this.generation = cached.header.generation;
        this.applyChanges(gen);
        ok = this.overlay === null || this.overlay.size <= MAX_OVERLAY(this.base.size);
      }
      if (!ok) {
        this.overlay = null;
        this.base = this.build(new Vocab(), -1, opts.onProgress);
        this.source = this.base.size === 0 ? 'empty' : 'built';
        if (useCache && !store.readonly && this.base.size > 0) {
          try {
            saveIndex(path, this.base, { store: store.instanceId(), side: this.side, generation: gen });
          } catch {
            // A cache that cannot be written (read-only folder) only costs time.
          }
        }
      }
      this.generation = gen;
    } finally {
      store.db.exec('COMMIT');
    }
  }

  private build(vocab: Vocab, since: number, onProgress?: (done: number, total: number) => void): TokenIndex {
    const b = new IndexBuilder(vocab);
    const total = since < 0 ? this.store.count() : 0;
    for (const [id, norm] of this.store.norms(this.side, since)) {
      b.add(id, norm);
      if (onProgress && (b.size & 0x3fff) === 0) onProgress(b.size, total);
    }
    if (onProgress && since < 0) onProgress(b.size, total);
    return b.finish();
  }

  /** Indexes the units changed after the cached generation on the side, hiding their old entries. */
  private applyChanges(gen: number): void {
    if (gen === this.generation) return;
    const overlay = this.build(this.base.vocab, this.generation);
    // New units have ids above every indexed one; only changed units hide an entry.
    const ids = this.base.parts.unitIds;
    let maxId = 0;
    for (let i = 0; i < ids.length; i++) if (ids[i] > maxId) maxId = ids[i];
    for (let i = 0; i < overlay.size; i++) if (overlay.parts.unitIds[i] <= maxId) this.base.kill(overlay.parts.unitIds[i]);
    this.overlay = overlay.size > 0 ? overlay : null;
  }

  private hits(q: Int32Array, threshold: number, want: number, exhaustive: boolean): Hit[] {
    const parts = [this.base, this.overlay].filter((x): x is TokenIndex => x !== null);
    const out: Hit[] = [];
    for (const ix of parts) out.push(...(exhaustive ? ix.scan(q, threshold, want) : ix.search(q, threshold, want, this.limits)));
    if (parts.length > 1) out.sort((a, b) => b.base - a.base || a.unitId - b.unitId);
    return out;
  }

  /** Ids of units (at most `limit`) whose normalised form has every one of these tokens. */
  containing(norms: string[], limit: number): number[] {
    const q = Array.from(this.base.queryIds(norms));
    const out: number[] = [];
    for (const ix of [this.base, this.overlay]) {
      if (!ix || out.length >= limit) continue;
      for (const e of ix.containing(q, limit - out.length)) out.push(ix.parts.unitIds[e]);
    }
    return out.sort((a, b) => a - b);
  }

  /** The best matches for a segment of this matcher's side. */
  lookup(text: string, opts: LookupOptions = {}): Match[] {
    const limit = Math.max(1, opts.limit ?? 5);
    const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
    const qa = analyse(text);
    const q = this.base.queryIds(qa.tokens.map((t) => t.norm));
    const found = new Map<number, Match>();
    if (this.side === 'en') {
      const u = this.store.exact(text);
      if (u) this.consider(found, u, 100, qa, text, opts);
      if (u && limit === 1 && (!opts.context || found.get(u.id)!.context)) return ranked(found, limit);
    }
    // Stages from the top: a search at threshold t finds every unit with a base of t or more, so
    // once `limit` matches score t or more, no unit left out can beat them.
    for (const t of STAGES) {
      if (t < minScore) break;
      this.refine(found, this.hits(q, t, limit, false), qa, text, limit, minScore, opts);
      if (found.size >= limit && kth(found, limit) >= t) return ranked(found, limit);
    }
    if (minScore < FUZZY_THRESHOLD && ![...found.values()].some((m) => m.score >= FUZZY_THRESHOLD)) {
      this.refine(found, this.hits(q, minScore, limit, false), qa, text, limit, minScore, opts);
    }
    return ranked(found, limit);
  }

  /** The same answer found by scoring every unit: the reference for measuring `lookup`. */
  exhaustive(text: string, opts: LookupOptions = {}): Match[] {
    const limit = Math.max(1, opts.limit ?? 5);
    const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
    const qa = analyse(text);
    const q = this.base.queryIds(qa.tokens.map((t) => t.norm));
    const found = new Map<number, Match>();
    this.refine(found, this.hits(q, minScore, limit, true), qa, text, limit, minScore, opts);
    return ranked(found, limit);
  }

  /** Applies penalties to hits in base order until no remaining hit can enter the results. */
  private refine(found: Map<number, Match>, hits: Hit[], qa: Analysis, text: string, limit: number, minScore: number, opts: LookupOptions): void {
    let fetched = 0;
    for (const h of hits) {
      if (h.base < minScore) break;
      if (found.size >= limit && h.base < kth(found, limit)) break;
      if (found.has(h.unitId)) continue;
      if (++fetched > MAX_FETCH) break;
      const u = this.store.unit(h.unitId);
      if (u) this.consider(found, u, h.base, qa, text, opts, minScore);
    }
  }

  private consider(found: Map<number, Match>, u: StoredUnit, base: number, qa: Analysis, text: string, opts: LookupOptions, minScore = 0): void {
    const other = this.side === 'en' ? u.en : u.fr;
    const p = penalty(qa, analyse(other));
    const score = Math.max(0, base - p.points);
    if (score < minScore) return;
    const context =
      score === 100 && this.side === 'en' && opts.context !== undefined
        ? this.store.hasContext(u.id, contextHash(opts.context.prev), contextHash(opts.context.next))
        : false;
    // The similarity only breaks ties: computed when first asked for.
    let similarity: number | undefined;
    found.set(u.id, {
      unit: u,
      score,
      base,
      reasons: p.reasons,
      context,
      get similarity() {
        return (similarity ??= stringSimilarity.compareTwoStrings(text, other));
      },
    });
  }
}

function compare(a: Match, b: Match): number {
  return (
    Number(b.context) - Number(a.context) ||
    b.score - a.score ||
    b.similarity - a.similarity ||
    b.unit.seen - a.unit.seen ||
    (a.unit.changedAt < b.unit.changedAt ? 1 : a.unit.changedAt > b.unit.changedAt ? -1 : 0) ||
    a.unit.id - b.unit.id
  );
}

function kth(found: Map<number, Match>, limit: number): number {
  const scores = [...found.values()].map((m) => m.score).sort((a, b) => b - a);
  return scores.length >= limit ? scores[limit - 1] : -1;
}

function ranked(found: Map<number, Match>, limit: number): Match[] {
  return [...found.values()].sort(compare).slice(0, limit);
}
