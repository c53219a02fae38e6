// Concordance (`tm search`): every unit whose English or French contains all the words of the
// query, in any order, with the places of the hits so they can be marked. Words match on their
// normalised form (case and apostrophes aside; `l'` elisions are words of their own); numbers,
// placeholders and tags match as written. Units where the words come in the query's order, next
// to each other, come first.

import { analyse, type Token } from './normalise.js';
import type { FuzzyMatcher, Side } from './lookup.js';
import type { StoredUnit, TmStore } from './store.js';

export interface ConcordanceHit {
  unit: StoredUnit;
  /** [from, to) ranges of the hits in `unit.en` / `unit.fr` (offsets in the NFC text). */
  en: Array<[number, number]>;
  fr: Array<[number, number]>;
  /** The words appear as a phrase (in order, adjacent) on one side. */
  phrase: boolean;
}

export interface ConcordanceResult {
  hits: ConcordanceHit[];
  /** Units that contain the words (counted up to the scan limit). */
  total: number;
  /** More units may contain the words than were looked at. */
  truncated: boolean;
}

/** Units looked at, at most, per side (a query of very common words). */
const MAX_CANDIDATES = 20_000;

function same(q: Token, t: Token): boolean {
  if (q.kind !== t.kind) return false;
  return q.kind === 'word' ? q.norm === t.norm : q.raw.toLowerCase() === t.raw.toLowerCase();
}

/** Ranges of the query's tokens in a text, and whether they occur as a phrase; null when one is missing. */
export function findHits(query: Token[], text: string): { ranges: Array<[number, number]>; phrase: boolean } | null {
  const tokens = analyse(text).tokens;
  const ranges: Array<[number, number]> = [];
  for (const q of query) {
    let found = false;
    for (const t of tokens) {
      if (same(q, t)) {
        ranges.push([t.start, t.end]);
        found = true;
      }
    }
    if (!found) return null;
  }
  let phrase = false;
  for (let i = 0; i + query.length <= tokens.length && !phrase; i++) {
    phrase = query.every((q, k) => same(q, tokens[i + k]));
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Hits next to each other (only spaces between) are marked as one: `[[July meeting]]`.
  const nfc = text.normalize('NFC');
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && (r[0] <= last[1] || /^\s+$/u.test(nfc.slice(last[1], r[0])))) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return { ranges: merged, phrase };
}

export function concordance(store: TmStore, matchers: Partial<Record<Side, FuzzyMatcher>>, query: string, opts: { limit?: number } = {}): ConcordanceResult {
  const limit = opts.limit ?? 20;
  const q = analyse(query).tokens;
  if (q.length === 0) return { hits: [], total: 0, truncated: false };
  const ids = new Set<number>();
  let truncated = false;
  for (const m of Object.values(matchers)) {
    if (!m) continue;
    const found = m.containing(q.map((t) => t.norm), MAX_CANDIDATES);
    if (found.length >= MAX_CANDIDATES) truncated = true;
    for (const id of found) ids.add(id);
  }
  const hits: ConcordanceHit[] = [];
  for (const id of [...ids].sort((a, b) => a - b)) {
    const unit = store.unit(id);
    if (!unit) continue;
    const en = matchers.en ? findHits(q, unit.en) : null;
    const fr = matchers.fr ? findHits(q, unit.fr) : null;
    if (!en && !fr) continue;
    hits.push({ unit, en: en?.ranges ?? [], fr: fr?.ranges ?? [], phrase: Boolean(en?.phrase || fr?.phrase) });
  }
  hits.sort((a, b) => Number(b.phrase) - Number(a.phrase) || a.unit.en.length - b.unit.en.length || a.unit.id - b.unit.id);
  return { hits: hits.slice(0, limit), total: hits.length, truncated };
}
