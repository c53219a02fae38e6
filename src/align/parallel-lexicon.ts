// A bilingual lexicon learned from the document itself: word pairs that keep occurring in the
// same beads of a first alignment (its confident 1-1 and n-m beads) are translations of each
// other for the second pass (`Gletscher` ~ `glacier`, `said` ~ `dit`). Association is the Dice
// coefficient over beads, kept when the pair is among the best few for both of its words
// (a mutual, competitive choice), so that a frequent word does not attach itself to everything.
// Pairs given by the caller (a glossary, the translation memory) are added as they are.

import type { PathBead } from './parallel-dp.js';
import { CLASS_WORD, classOf, fold, type SideTokens } from './parallel-features.js';

export interface LexiconOptions {
  /** Beads below this posterior are not learned from. */
  minPosterior?: number;
  /** At most this many beads are read (evenly spread), which bounds the time on long texts. */
  maxBeads?: number;
  minCount?: number;
  minDice?: number;
  /** How many partners a word may keep. */
  topK?: number;
}

export function learnLexicon(src: SideTokens, tgt: SideTokens, path: PathBead[], opts: LexiconOptions = {}): Array<[number, number]> {
  const minPosterior = opts.minPosterior ?? 0.5;
  const maxBeads = opts.maxBeads ?? 20000;
  const minCount = opts.minCount ?? 2;
  const minDice = opts.minDice ?? 0.3;
  const topK = opts.topK ?? 3;
  let beads = path.filter((b) => b.i1 > b.i0 && b.j1 > b.j0 && b.posterior >= minPosterior && b.i1 - b.i0 <= 3 && b.j1 - b.j0 <= 3);
  if (beads.length > maxBeads) {
    const step = beads.length / maxBeads;
    beads = Array.from({ length: maxBeads }, (_, k) => beads[Math.floor(k * step)]);
  }
  const isWordS = src.types.map((t) => classOf(t) === CLASS_WORD);
  const isWordT = tgt.types.map((t) => classOf(t) === CLASS_WORD);
  const typesOf = (side: SideTokens, isWord: boolean[], u0: number, u1: number): number[] => {
    const set = new Set<number>();
    for (let u = u0; u < u1; u++) for (let p = side.start[u]; p < side.start[u + 1]; p++) if (isWord[side.ids[p]]) set.add(side.ids[p]);
    return [...set];
  };
  const bs = beads.map((b) => typesOf(src, isWordS, b.i0, b.i1));
  const bt = beads.map((b) => typesOf(tgt, isWordT, b.j0, b.j1));
  const cS = new Int32Array(src.types.length);
  const cT = new Int32Array(tgt.types.length);
  for (const ws of bs) for (const w of ws) cS[w]++;
  for (const vs of bt) for (const v of vs) cT[v]++;
  // Dense ids for the words seen often enough, so that pair keys stay small integers (below 2^31;
  // on very long texts the rarest words are left out to stay there).
  let floor = minCount;
  let denseS: Int32Array;
  let denseT: Int32Array;
  let backS: number[];
  let backT: number[];
  for (;;) {
    [denseS, backS] = dense(cS, floor);
    [denseT, backT] = dense(cT, floor);
    if (backS.length * backT.length < 2 ** 31) break;
    floor++;
  }
  const D = backT.length;
  const cST = new PairCounter();
  for (let k = 0; k < beads.length; k++) {
    const vs = bt[k].filter((v) => denseT[v] >= 0);
    for (const w of bs[k]) {
      const a = cS[w];
      if (denseS[w] < 0) continue;
      for (const v of vs) {
        // Dice can reach minDice only if the two counts are not too far apart.
        const c = cT[v];
        if ((2 * Math.min(a, c)) / (a + c) < minDice) continue;
        cST.add(denseS[w] * D + denseT[v]);
      }
    }
  }
  // Candidates, best first for each source word and each target word.
  const bestS = new Map<number, Array<[number, number]>>();
  const bestT = new Map<number, Array<[number, number]>>();
  const keep = (map: Map<number, Array<[number, number]>>, x: number, y: number, d: number): void => {
    let list = map.get(x);
    if (!list) map.set(x, (list = []));
    list.push([y, d]);
  };
  for (const [k, c] of cST.entries()) {
    if (c < minCount) continue;
    const dw = Math.floor(k / D);
    const w = backS[dw];
    const v = backT[k - dw * D];
    const dice = (2 * c) / (cS[w] + cT[v]);
    if (dice < minDice) continue;
    if (fold(src.types[w]) === fold(tgt.types[v])) continue; // already an identical-word key
    keep(bestS, w, v, dice);
    keep(bestT, v, w, dice);
  }
  const top = (list: Array<[number, number]>): Set<number> => new Set(list.sort((a, b) => b[1] - a[1]).slice(0, topK).map((e) => e[0]));
  const topS = new Map<number, Set<number>>();
  for (const [w, list] of bestS) topS.set(w, top(list));
  const out: Array<[number, number]> = [];
  for (const [v, list] of bestT) {
    for (const w of top(list)) if (topS.get(w)?.has(v)) out.push([w, v]);
  }
  return out;
}

function dense(counts: Int32Array, floor: number): [Int32Array, number[]] {
  const ids = new Int32Array(counts.length).fill(-1);
  const back: number[] = [];
  for (let w = 0; w < counts.length; w++) if (counts[w] >= floor) ids[w] = back.push(w) - 1;
  return [ids, back];
}

/** Turns word pairs given as text (a glossary, TM terms) into type pairs of the two sides. */
export function givenLexicon(src: SideTokens, tgt: SideTokens, pairs: Iterable<readonly [string, string]>): Array<[number, number]> {
  const idS = new Map<string, number>();
  const idT = new Map<string, number>();
  src.types.forEach((t, k) => idS.set(t, k));
  tgt.types.forEach((t, k) => idT.set(t, k));
  const out: Array<[number, number]> = [];
  for (const [a, b] of pairs) {
    const w = idS.get(a.toLowerCase());
    const v = idT.get(b.toLowerCase());
    if (w !== undefined && v !== undefined) out.push([w, v]);
  }
  return out;
}

/** Counts of non-negative integer keys in an open-addressing table (a Map is several times slower here). */
class PairCounter {
  private keys = new Int32Array(1 << 16).fill(-1);
  private counts = new Int32Array(1 << 16);
  private size = 0;

  add(key: number): void {
    const mask = this.keys.length - 1;
    let h = Math.imul(key, 0x9e3779b1) & mask;
    while (true) {
      const k = this.keys[h];
      if (k === key) {
        this.counts[h]++;
        return;
      }
      if (k === -1) {
        this.keys[h] = key;
        this.counts[h] = 1;
        if (++this.size * 2 > this.keys.length) this.grow();
        return;
      }
      h = (h + 1) & mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldCounts = this.counts;
    this.keys = new Int32Array(oldKeys.length * 2).fill(-1);
    this.counts = new Int32Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i];
      if (key === -1) continue;
      let h = Math.imul(key, 0x9e3779b1) & mask;
      while (this.keys[h] !== -1) h = (h + 1) & mask;
      this.keys[h] = key;
      this.counts[h] = oldCounts[i];
    }
  }

  *entries(): Generator<[number, number]> {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== -1) yield [this.keys[i], this.counts[i]];
  }
}

/** Words of a glossary term, lower-cased; short function words (`de`, `of`, `la`) are left out. */
function termWords(term: string): string[] {
  return (term.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 || /^\p{Lu}{2}$/u.test(w)).map((w) => w.toLowerCase());
}

/**
 * Word pairs for the aligner from glossary terms (`CRA` ⇄ `ARC`, `deadline` ⇄ `échéance`,
 * `Attorney General` ⇄ `procureur général`). Words the aligner already pairs by themselves (the
 * same word, a cognate: `general`/`général`) are set aside; a term pair then gives a word pair when
 * one word is left on each side (`attorney` ⇄ `procureur`). A term translated by several words
 * that do not correspond one to one gives nothing: a wrong word pair would mislead more than a
 * missing one helps.
 */
export function glossaryLexicon(entries: Iterable<{ en: readonly string[]; fr: readonly string[] }>): Array<[string, string]> {
  const out = new Map<string, [string, string]>();
  const cognate = (a: string, b: string): boolean => {
    const fa = fold(a);
    const fb = fold(b);
    return fa === fb || (fa.length >= 5 && fb.length >= 5 && fa.slice(0, 4) === fb.slice(0, 4));
  };
  for (const e of entries) {
    for (const en of e.en) {
      for (const fr of e.fr) {
        const ws = termWords(en);
        const wt = termWords(fr);
        const left = ws.filter((w) => !wt.some((v) => cognate(w, v)));
        const right = wt.filter((v) => !ws.some((w) => cognate(w, v)));
        if (left.length === 1 && right.length === 1) out.set(`${left[0]}\t${right[0]}`, [left[0], right[0]]);
      }
    }
  }
  return [...out.values()];
}
