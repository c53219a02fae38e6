// The input of the parallel scale benchmark (parallel-scale.ts): EN and FR sentence lists of
// any length built from ../shared/eval/corpora/opus-mt-testsets-enfr, with known orphans and
// 2-1 beads. The corpus is read in file order and repeated when more sentences are needed.

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ScoredBead } from './align-score.js';

const CORPUS = process.env.BITEXT_OPUS_DIR ?? resolve(import.meta.dirname, '..', '..', 'shared', 'eval', 'corpora', 'opus-mt-testsets-enfr');

interface Built {
  src: string[];
  tgt: string[];
  gold: ScoredBead[];
}

/** A small seeded generator (mulberry32), so that every run builds the same input. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadPairs(): Array<[string, string]> {
  const stems = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.eng'))
    .map((f) => f.slice(0, -4))
    .sort();
  const out: Array<[string, string]> = [];
  for (const s of stems) {
    const en = readFileSync(join(CORPUS, `${s}.eng`), 'utf8').split('\n');
    const fr = readFileSync(join(CORPUS, `${s}.fra`), 'utf8').split('\n');
    for (let k = 0; k < Math.min(en.length, fr.length); k++) if (en[k].trim() && fr[k].trim()) out.push([en[k].trim(), fr[k].trim()]);
  }
  return out;
}

export function buildScaleInput(n: number, seed = 7): Built {
  const pairs = loadPairs();
  const r = rng(seed);
  const src: string[] = [];
  const tgt: string[] = [];
  const gold: ScoredBead[] = [];
  let k = 0;
  while (src.length < n) {
    const [en, fr] = pairs[k % pairs.length];
    k++;
    const x = r();
    if (x < 0.01) {
      gold.push({ src: [src.length], tgt: [] });
      src.push(en);
    } else if (x < 0.02) {
      gold.push({ src: [], tgt: [tgt.length] });
      tgt.push(fr);
    } else if (x < 0.05) {
      // The French joins this sentence and the next one: a 2-1 bead.
      const [en2, fr2] = pairs[k % pairs.length];
      k++;
      gold.push({ src: [src.length, src.length + 1], tgt: [tgt.length] });
      src.push(en, en2);
      tgt.push(`${fr} ${fr2}`);
    } else {
      gold.push({ src: [src.length], tgt: [tgt.length] });
      src.push(en);
      tgt.push(fr);
    }
  }
  return { src, tgt, gold };
}

