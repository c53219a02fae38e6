// Units of a keyed file (a translation memory, an XLIFF or PO file, a spreadsheet) whose French
// translates the English of a neighbouring unit: a target column that slipped by a row after a unit
// was split, merged or deleted, or two units whose targets were swapped. Each unit of such a
// stretch reads as a normal pair to the per-pair checks (the French is fluent French of the same
// length), so only its neighbours tell.
//
// What an English text and a French text share: cognates (the first four letters, accents aside,
// of words of five letters or more: `certificate` / `certificat`), numbers (their digits, so that
// `2.5` meets `2,5`) and the words the shipped lexicon translates (src/align/base-lexicon.ts:
// `training` / `formation`). The cognates and numbers, read as small sorted arrays of integers,
// are compared for every unit with its own French and its neighbours'; the lexicon is read only for
// a unit that a neighbour's French shares clearly more with, and for the units of a stretch that
// such a unit or several long ones in a row make telling.

import type { Pair } from '../../core/types.js';
import { stemTranslationKeys } from '../../align/base-lexicon.js';
import { kindOf, LETTER } from './words.js';

/** How far from a unit its translation is looked for. */
const REACH = 2;
/** Fewest anchors an English text has for its French to be judged by them (shorter texts: labels). */
const MIN_ANCHORS = 3;
/** Anchors a unit may share with its own French and count as having nothing of its English. */
const OWN_AT_MOST = 1;
/** Fewest anchors the English shares with a neighbour's French that translates it. */
const MIN_SHARED = 3;
/**
 * How many more anchors that French shares with the English than the unit's own French does, and
 * how many times as many: a text of one document shares a few of its terms with any French of it
 * (`virus`, `infection`), so its own French may share some by chance.
 */
const MARGIN = 3;
const RATIO = 1.5;
/** Anchors kept per text (a long text has enough in its first ones). */
const MAX_ANCHORS = 64;

const NUMBER_TAG = 1 << 24;

/** What is known of a unit's English (else the index of the unit whose French translates it). */
const FINE = -2;
const NONE = -1;
const UNSURE = -3;

/** The folded letter (1–26) of each code unit of Latin script, 0 for other characters. */
const FOLD = new Uint8Array(0x250);
for (let c = 0; c < FOLD.length; c++) {
  const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0) | 32;
  if (base >= 97 && base <= 122 && /\p{L}/u.test(String.fromCharCode(c))) FOLD[c] = base - 96;
}

/**
 * The distinct anchors of a text in `out` (cognate stems and numbers as integers, in increasing
 * order), their number returned. Words of other scripts give none.
 */
export function anchorsOf(text: string, out: Int32Array): number {
  let n = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      // A number: its digits, across the separators of either language (`4,250,000`, `4 250 000`, `2,5`).
      let h = 0;
      let digits = 0;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (d >= 48 && d <= 57) {
          h = (h * 10 + d - 48) % NUMBER_TAG;
          digits++;
          i++;
        } else if ((d === 44 || d === 46 || d === 32 || d === 0xa0 || d === 0x202f) && i + 1 < len && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
      // One digit is a list's number or a count every neighbour has.
      if (digits >= 2) n = addSorted(out, n, NUMBER_TAG | h);
      continue;
    }
    const f = c < 0x250 ? FOLD[c] : 0;
    if (f === 0 && !(c >= 0x250 && (kindOf(c) & LETTER) !== 0)) {
      i++;
      continue;
    }
    // A word: its first four folded letters, when it has five letters or more, all of Latin script.
    let key = 0;
    let letters = 0;
    let latin = true;
    while (i < len) {
      const d = text.charCodeAt(i);
      const g = d < 0x250 ? FOLD[d] : 0;
      if (g !== 0) {
        if (letters < 4) key = key * 32 + g;
        letters++;
      } else if (d >= 0x300 && d <= 0x36f) {
        // a combining accent: part of the letter before it
      } else if (d >= 0x250 && (kindOf(d) & LETTER) !== 0) latin = false;
      else break;
      i++;
    }
    if (latin && letters >= 5) n = addSorted(out, n, key);
  }
  return n;
}

/** `k` added to the `n` sorted distinct anchors of `out` (kept sorted, so that two texts' are compared in one merge): their new number. */
function addSorted(out: Int32Array, n: number, k: number): number {
  let at = n;
  while (at > 0 && out[at - 1] > k) at--;
  if ((at > 0 && out[at - 1] === k) || n === out.length) return n;
  for (let m = n; m > at; m--) out[m] = out[m - 1];
  out[at] = k;
  return n + 1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** How many of the first `na` anchors of `a` are among the first `nb` of `b` (both sorted). */
function common(a: Int32Array, na: number, b: Int32Array, nb: number): number {
  let k = 0;
  let i = 0;
  let j = 0;
  while (i < na && j < nb) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      k++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return k;
}

/** What is wrong with a stretch of units: where their English is translated, when that is found. */
export interface MisalignedStretch {
  /** Indices in the file's pairs of the stretch's first and last units. */
  first: number;
  last: number;
  /** For each unit of the stretch, the index of the unit whose French translates its English; -1 where none was found. */
  translatedAt: number[];
}

/** Anchors an English text has for a run of units with nothing of it in their French to be misaligned. */
const RUN_ANCHORS = 6;
/** Fewest such units in a row, when no neighbour's French is found to translate them. */
const RUN_MIN = 4;

/**
 * The stretches of one file's keyed units (pairs in file order) whose French does not translate
 * their English:
 *  - a unit whose English a neighbour's French (within two units) translates: that French shares
 *    at least three anchors with it, three more and half as many again as the unit's own French
 *    does, and that neighbour's own English shares clearly fewer with it; with, at the ends of
 *    such a slip, the unit whose French one of them is (its own English lost its French) and a
 *    short unit the French one slip away shares two anchors with;
 *  - four units in a row or more, each with an English of six anchors or more of which its French
 *    has at most one: long texts that share nothing with their French, one after the other, are
 *    not free translations but a column that slipped or units from another document (a
 *    translation memory aligned wrongly). One such unit alone is left: a free translation of a
 *    sentence without names, numbers or cognates is common; four in a row are not (none in the
 *    100,000 pairs of news and Tatoeba of the benchmark, against stretches of up to a hundred in
 *    the wrongly aligned parts of a public translation memory).
 * Stretches are consecutive units; only keyed units with both sides, in English and French, are read.
 */
export function misalignedUnits(pairs: readonly Pair[]): MisalignedStretch[] {
  const usable = (p: Pair | undefined): boolean => p !== undefined && p.method === 'keyed' && p.en !== null && p.fr !== null && p.en.lang === 'en' && p.fr.lang === 'fr';
  // The anchors of the units around the one looked at, in a ring of 2 × REACH + 1 slots (nothing
  // is kept per unit of a large file): slot k % SLOTS holds unit k's, read when k comes into reach.
  const SLOTS = 2 * REACH + 1;
  const enAnchors = Array.from({ length: SLOTS }, () => new Int32Array(MAX_ANCHORS));
  const frAnchors = Array.from({ length: SLOTS }, () => new Int32Array(MAX_ANCHORS));
  const enCount = new Int32Array(SLOTS);
  const frCount = new Int32Array(SLOTS);
  const read = (k: number) => {
    const slot = k % SLOTS;
    const p = pairs[k];
    if (!usable(p)) {
      enCount[slot] = -1;
      return;
    }
    enCount[slot] = anchorsOf(p.en!.text, enAnchors[slot]);
    frCount[slot] = anchorsOf(p.fr!.text, frAnchors[slot]);
  };
  const cheap = (i: number, j: number) => common(enAnchors[i % SLOTS], enCount[i % SLOTS], frAnchors[j % SLOTS], frCount[j % SLOTS]);
  // The lexicon's keys of the few texts looked into closely.
  const keys = { en: new Map<string, Set<string>>(), fr: new Map<string, Set<string>>() };
  const keysOf = (text: string, lang: 'en' | 'fr'): Set<string> => {
    let k = keys[lang].get(text);
    if (!k) keys[lang].set(text, (k = stemTranslationKeys(text, lang)));
    return k;
  };
  const shared = (i: number, j: number): number => {
    let n = cheap(i, j);
    const kf = keysOf(pairs[j].fr!.text, 'fr');
    if (kf.size) for (const k of keysOf(pairs[i].en!.text, 'en')) if (kf.has(k)) n++;
    return n;
  };
  // A unit's own texts compared again, once the ring has moved on (the few units settled last).
  const scratchEn = new Int32Array(MAX_ANCHORS);
  const scratchFr = new Int32Array(MAX_ANCHORS);
  const sharedBetween = (i: number, j: number): number => {
    const en = pairs[i].en!.text;
    const fr = pairs[j].fr!.text;
    let n = common(scratchEn, anchorsOf(en, scratchEn), scratchFr, anchorsOf(fr, scratchFr));
    const kf = keysOf(fr, 'fr');
    if (kf.size) for (const k of keysOf(en, 'en')) if (kf.has(k)) n++;
    return n;
  };
  const ownShared = (i: number): number => sharedBetween(i, i);
  // Where each unit's English is translated: FINE for a unit that is fine (or not read), NONE for a
  // unit whose French has nothing of its English, else the index of the neighbour that has it;
  // UNSURE for a unit whose French shares at most one of its cognates and numbers and no
  // neighbour's more, settled (with the lexicon, whose keys cost more than the test of every unit)
  // only if it lies in a stretch that has a unit found translated elsewhere or enough long ones.
  const at = new Int32Array(pairs.length).fill(FINE);
  // Units of a long English whose French has nothing of it.
  const bare = new Uint8Array(pairs.length);
  // A unit near unit i, read and of the same file.
  const inReach = (i: number, j: number) => j >= 0 && j < pairs.length && j !== i && enCount[j % SLOTS] >= 0 && pairs[j].en!.place.file === pairs[i].en!.place.file;
  for (let k = 0; k < Math.min(REACH, pairs.length); k++) read(k);
  for (let i = 0; i < pairs.length; i++) {
    if (i + REACH < pairs.length) read(i + REACH);
    const ne = enCount[i % SLOTS];
    if (ne < MIN_ANCHORS) continue;
    // The cheap test, which settles almost every unit: its own French shares some of its anchors,
    // and no French next to it clearly more.
    const own = cheap(i, i);
    // Next to it: the units just before and after (one slipped by two units has them slipped too).
    let near = 0;
    if (inReach(i, i - 1)) near = cheap(i, i - 1);
    if (inReach(i, i + 1)) near = Math.max(near, cheap(i, i + 1));
    const nearer = near >= own + MARGIN - 1 && near >= RATIO * own;
    if (own > OWN_AT_MOST && !nearer) continue;
    if (!nearer) {
      at[i] = UNSURE;
      if (ne >= RUN_ANCHORS) bare[i] = 1;
      continue;
    }
    const ownAll = shared(i, i);
    let best = -1;
    let bestShared = 0;
    // The lexicon adds a few anchors at most: a French next to it with fewer than two in common is no candidate.
    if (near >= MIN_SHARED - 1) for (let j = i - REACH; j <= i + REACH; j++) {
      if (!inReach(i, j) || pairs[j].fr!.text === pairs[i].fr!.text || pairs[j].en!.text === pairs[i].en!.text) continue;
      const n = shared(i, j);
      if (n > bestShared) {
        best = j;
        bestShared = n;
      }
    }
    // The French found is that unit's own translation too (texts that repeat their terms): no slip.
    if (best >= 0 && bestShared >= MIN_SHARED && bestShared >= ownAll + MARGIN && bestShared >= RATIO * ownAll && shared(best, best) <= bestShared - 2) at[i] = best;
    else if (ownAll <= OWN_AT_MOST) {
      at[i] = NONE;
      if (ne >= RUN_ANCHORS) bare[i] = 1;
    }
  }
  // The unsure units of a run with a unit found translated elsewhere, or with enough long ones in
  // a row, are settled; the others are taken as fine.
  for (const [i, end] of runsNotFine(at)) {
    let telling = longestRun(bare, i, end) >= RUN_MIN;
    for (let k = i; k < end && !telling; k++) telling = at[k] >= 0;
    for (let k = i; k < end; k++) {
      if (at[k] !== UNSURE) continue;
      if (telling && ownShared(k) <= OWN_AT_MOST) at[k] = NONE;
      else {
        at[k] = FINE;
        bare[k] = 0;
      }
    }
  }
  const out: MisalignedStretch[] = [];
  for (const [i, end] of runsNotFine(at)) {
    // A stretch is reported when its units are found translated elsewhere, or when enough long
    // ones in a row have nothing of their English in their French.
    if (longestRun(bare, i, end) >= RUN_MIN) out.push({ first: i, last: end - 1, translatedAt: Array.from(at.subarray(i, end)) });
    else {
      // Only the units whose translation was found, with the units between two of them, and at
      // either end the units the slip takes in: one whose French a unit found translates (its own
      // English lost its French), or one whose English the French one slip away shares two
      // anchors with while its own shares none (a short text at the slip's end).
      let k = i;
      while (k < end && at[k] < 0) k++;
      let e = end;
      while (e > k && at[e - 1] < 0) e--;
      if (k < e) {
        const targets = new Set<number>();
        const offsets = new Map<number, number>();
        for (let u = k; u < e; u++) {
          if (at[u] < 0) continue;
          targets.add(at[u]);
          offsets.set(at[u] - u, (offsets.get(at[u] - u) ?? 0) + 1);
        }
        const slip = [...offsets].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
        const takenIn = (u: number): boolean => {
          if (at[u] !== NONE) return false;
          if (targets.has(u)) return true;
          const j = u + slip;
          if (j < 0 || j >= pairs.length || !usable(pairs[j]) || pairs[j].en!.place.file !== pairs[u].en!.place.file || ownShared(u) > 0 || sharedBetween(u, j) < MIN_SHARED - 1) return false;
          at[u] = j;
          return true;
        };
        while (k > i && takenIn(k - 1)) k--;
        while (e < end && takenIn(e)) e++;
        out.push({ first: k, last: e - 1, translatedAt: Array.from(at.subarray(k, e)) });
      }
    }
  }
  return out;
}

/** The runs [start, end) of consecutive units that are not FINE. */
function* runsNotFine(at: Int32Array): Generator<[number, number]> {
  for (let i = 0; i < at.length; ) {
    if (at[i] === FINE) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < at.length && at[end] !== FINE) end++;
    yield [i, end];
    i = end;
  }
}

/** The longest run of set flags among flags[from, to). */
function longestRun(flags: Uint8Array, from: number, to: number): number {
  let run = 0;
  let longest = 0;
  for (let k = from; k < to; k++) {
    run = flags[k] ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
