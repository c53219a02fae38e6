// Bibliographies, for the parallel aligner. A reference list is aligned entry by entry: an entry
// (`Lapointe, F. (1990) User-friendliness of Interfaces… Laval: CITI.`) is a block, and its
// sentences or lines are aligned inside it when they correspond, or as one bead when the two
// languages cut the entry differently. Entries that the translation lists in another order
// (a translator sorting one author's works by title, or by date the other way) cannot be aligned
// in order: the smallest run of entries that holds the reordering becomes one bead, which is
// what a reviser would accept.
//
// An entry is known by its first author and its year (`lapointe 1990`); `__________ (1992)`
// repeats the author above it. Reordering is found by these keys, so that it is seen even where
// the titles are translated.

import { fold } from './parallel-features.js';

/** A heading that opens a reference list. */
export const BIBLIOGRAPHY_HEADING =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:bibliograph\w*|references?|works cited|sources|literature cited|références?(?: bibliographiques)?|ouvrages cités|littérature|literatur(?:verzeichnis)?)\s*:?$/iu;

/** A year of publication (or `n.d.`). */
export const YEAR = /\b(?:1[6-9]\d\d|20\d\d)[a-z]?\b|\bn\.\s?d\./;

/**
 * The start of an entry: a surname (any letters, particles, capitals or small capitals), a
 * comma, then initials (`F.`, `A.-M.`, `J. A.`, or `F .` as some exports space them); or a rule
 * that repeats the author above (`__________`, `———`); or a number in brackets (`[12]`).
 */
const NAME = String.raw`\p{Lu}[^\s,;:()"«»“”]*`;
const PARTICLE = String.raw`(?:de|del|della|der|den|van|von|da|du|le|la|di|dos|das|ten|ter|st\.?)`;
const INITIALS = String.raw`(?:\p{Lu}\p{Ll}?[\s\u00a0]?\.[\s\u00a0-]*)+`;
export const REF_START = new RegExp(String.raw`^(?:_{3,}|[-–—]{3,}|\[\d{1,3}\][\s\u00a0]|${NAME}(?:\s+(?:${PARTICLE}|${NAME}))*,[\s\u00a0]*${INITIALS})`, 'u');
/** An author rule: the same author as the entry above. */
const SAME_AUTHOR = /^(?:_{3,}|[-–—]{3,})/;
const NUMBERED = /^\[(\d{1,3})\]/;

/** The longest entry, in lines: a run of lines longer than this after an entry is not part of it. */
const MAX_ENTRY_LINES = 10;
/** After a bibliography heading, the first entry comes within this many lines (else the heading was a table-of-contents row). */
const FIRST_ENTRY_WITHIN = 3;

/** A bibliography entry: units [start, end), and its key (`lapointe 1990`), when it has one. */
export interface Entry {
  start: number;
  end: number;
  key: string | null;
}

/** A heading that closes a reference list: an annex, an appendix, a numbered section. */
const CLOSING_HEADING = /^(?:(?:annex|annexe|appendix|appendice|anhang|notes?|index|glossary|glossaire)\b.{0,80}|\d{1,2}(?:\.\d{1,2})*\.?[\s\u00a0]+\p{Lu}[^.!?]{0,80})$/iu;

/**
 * The bibliography entries of text already split into lines (one sentence or fragment per
 * line), in order. An entry starts at a line like `Lapointe, F.` whose entry gives a year in
 * its first two lines, inside a reference list: after a bibliography heading, or in a run of
 * at least two such entries. Its other lines follow until the next entry, a closing heading or
 * MAX_ENTRY_LINES lines.
 */
export function lineEntries(lines: readonly string[]): Entry[] {
  const n = lines.length;
  const trimmed = lines.map((l) => l.trim());
  // The year may be on a following line when the export cut the entry after the author
  // (`LAPOINTE, F .` / `(1993) …`, `ORLIKOWSKI, W .` / `J .` / `(1992) …`).
  const isStart = (k: number): boolean => {
    if (!REF_START.test(trimmed[k])) return false;
    let head = trimmed[k];
    for (let q = k + 1; q < n && q <= k + 3 && head.length < 40; q++) head += ` ${trimmed[q]}`;
    return YEAR.test(head.slice(0, 200));
  };
  const starts = trimmed.map((_, k) => isStart(k));
  const closes = (k: number): boolean => BIBLIOGRAPHY_HEADING.test(trimmed[k]) || (CLOSING_HEADING.test(trimmed[k]) && !starts[k]);
  const entries: Entry[] = [];
  let k = 0;
  while (k < n) {
    // Where a reference list opens: after its heading, or at a run of two entries.
    let open = -1;
    if (BIBLIOGRAPHY_HEADING.test(trimmed[k])) {
      for (let q = k + 1; q <= Math.min(n - 1, k + FIRST_ENTRY_WITHIN); q++) {
        if (starts[q]) {
          open = q;
          break;
        }
      }
      if (open < 0) {
        k++;
        continue;
      }
    } else if (starts[k]) {
      let next = k + 1;
      while (next < n && next - k <= MAX_ENTRY_LINES && !starts[next] && !closes(next)) next++;
      if (next < n && starts[next] && next - k <= MAX_ENTRY_LINES) open = k;
    }
    if (open < 0) {
      k++;
      continue;
    }
    // Entries until the list closes.
    let q = open;
    while (q < n && starts[q]) {
      let end = q + 1;
      while (end < n && !starts[end] && !closes(end) && end - q < MAX_ENTRY_LINES) end++;
      entries.push({ start: q, end, key: null });
      q = end;
    }
    k = Math.max(q, k + 1);
  }
  keyEntries(entries, (e) => trimmed.slice(e.start, Math.min(e.end, e.start + 4)).join(' ').slice(0, 200));
  return entries;
}

/** Keys of entries (`lapointe 1990`), the author carried down to `__________ (1992)`. */
export function keyEntries(entries: Entry[], textOf: (e: Entry) => string): void {
  let author = '';
  let prevEnd = -1;
  for (const e of entries) {
    const t = textOf(e).trim();
    if (e.start !== prevEnd) author = '';
    prevEnd = e.end;
    const num = NUMBERED.exec(t);
    if (num) {
      e.key = `[${num[1]}]`;
      continue;
    }
    if (!SAME_AUTHOR.test(t)) {
      const m = /^[^\s,;:()"«»“”]+(?:\s+[^\s,;:()"«»“”]+)*?(?=,)/u.exec(t);
      author = m ? fold(m[0]).toLowerCase().replace(/[^\p{L}]+/gu, '') : '';
    }
    const y = YEAR.exec(t);
    e.key = author && y ? `${author} ${y[0].toLowerCase().replace(/\s/g, '')}` : null;
  }
}

/** Runs of entries on each side that hold the same references in another order. */
export interface Reordering {
  src: [number, number];
  tgt: [number, number];
}

/**
 * The smallest runs of entries that the two sides list in different orders, in units. Entries
 * are matched by their keys (a key that is not unique on its side is left out); a run closes
 * where the entries matched so far on one side are exactly those matched so far on the other.
 */
export function reorderings(src: readonly Entry[], tgt: readonly Entry[]): Reordering[] {
  const unique = (es: readonly Entry[]): Map<string, number> => {
    const count = new Map<string, number>();
    for (const e of es) if (e.key) count.set(e.key, (count.get(e.key) ?? 0) + 1);
    const at = new Map<string, number>();
    es.forEach((e, k) => {
      if (e.key && count.get(e.key) === 1) at.set(e.key, k);
    });
    return at;
  };
  const us = unique(src);
  const ut = unique(tgt);
  // Matched entries in source order, with their target positions.
  const pairs: Array<[number, number]> = [];
  for (const [key, s] of us) {
    const t = ut.get(key);
    if (t !== undefined) pairs.push([s, t]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const rank = new Map([...pairs].sort((a, b) => a[1] - b[1]).map((p, r) => [p[1], r]));
  const out: Reordering[] = [];
  let from = 0;
  let maxRank = -1;
  for (let k = 0; k < pairs.length; k++) {
    maxRank = Math.max(maxRank, rank.get(pairs[k][1])!);
    if (maxRank !== k) continue;
    if (k > from) {
      const run = pairs.slice(from, k + 1);
      const s0 = Math.min(...run.map((p) => p[0]));
      const s1 = Math.max(...run.map((p) => p[0]));
      const t0 = Math.min(...run.map((p) => p[1]));
      const t1 = Math.max(...run.map((p) => p[1]));
      // Only inside one reference list: a run that would take in text between two lists (a
      // work cited in two chapters' lists) is left alone.
      if (adjacent(src, s0, s1) && adjacent(tgt, t0, t1)) out.push({ src: [src[s0].start, src[s1].end], tgt: [tgt[t0].start, tgt[t1].end] });
    }
    from = k + 1;
  }
  return out;
}

/** Whether entries a..b follow each other with nothing between them. */
function adjacent(es: readonly Entry[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (es[k].end !== es[k + 1].start) return false;
  return true;
}
