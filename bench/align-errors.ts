// Where an alignment differs from the gold: the runs of beads on which the two disagree, each
// with its text, classed by the structure it falls in (table of contents, bibliography, body),
// so that the remaining errors can be read rather than guessed (`eval-align.ts --errors`).

import { lineEntries } from '../src/align/parallel-references.js';
import type { ScoredBead } from './align-score.js';

export type Region = 'table of contents' | 'bibliography' | 'body';

export interface ErrorRun {
  region: Region;
  gold: ScoredBead[];
  hyp: ScoredBead[];
  /** Gold beads (both sides non-empty) not found, hypothesis beads not in the gold. */
  missed: number;
  wrong: number;
}

const key = (b: ScoredBead): string => `${b.src.join(',')}:${b.tgt.join(',')}`;
const last = (xs: number[], from: number): number => (xs.length ? Math.max(from, ...xs) : from);

/**
 * The runs where gold and hypothesis disagree: both are walked in order, and a run closes when
 * both have covered the same source and target sentences.
 */
export function errorRuns(src: string[], tgt: string[], gold: ScoredBead[], hyp: ScoredBead[]): ErrorRun[] {
  const inToc = tocLines(src);
  const inTocT = tocLines(tgt);
  const bib = new Set(lineEntries(src).flatMap((e) => range(e.start, e.end)));
  const bibT = new Set(lineEntries(tgt).flatMap((e) => range(e.start, e.end)));
  const goldKeys = new Set(gold.map(key));
  const hypKeys = new Set(hyp.map(key));
  const runs: ErrorRun[] = [];
  let g = 0;
  let h = 0;
  while (g < gold.length || h < hyp.length) {
    if (g < gold.length && h < hyp.length && key(gold[g]) === key(hyp[h])) {
      g++;
      h++;
      continue;
    }
    const rg: ScoredBead[] = [];
    const rh: ScoredBead[] = [];
    let gs = -1;
    let gt = -1;
    let hs = -1;
    let ht = -1;
    do {
      const takeGold = g < gold.length && (rg.length === 0 || gs < hs || gt < ht || h >= hyp.length);
      if (takeGold) {
        const b = gold[g++];
        rg.push(b);
        gs = last(b.src, gs);
        gt = last(b.tgt, gt);
      } else if (h < hyp.length) {
        const b = hyp[h++];
        rh.push(b);
        hs = last(b.src, hs);
        ht = last(b.tgt, ht);
      } else break;
    } while (gs !== hs || gt !== ht);
    const ss = [...rg, ...rh].flatMap((b) => b.src);
    const ts = [...rg, ...rh].flatMap((b) => b.tgt);
    const region: Region = ss.some((s) => bib.has(s)) || ts.some((t) => bibT.has(t)) ? 'bibliography' : ss.some((s) => inToc.has(s)) || ts.some((t) => inTocT.has(t)) ? 'table of contents' : 'body';
    runs.push({
      region,
      gold: rg,
      hyp: rh,
      missed: rg.filter((b) => b.src.length && b.tgt.length && !hypKeys.has(key(b))).length,
      wrong: rh.filter((b) => !goldKeys.has(key(b))).length,
    });
  }
  return runs;
}

const LEADERS = /^(?:[.·…_][\s\u00a0]*){1,}$/u;
const PAGE_OR_NUMBER = /^[\s\u00a0]*(?:\d{1,4}|[ivxlcdm]{1,7}|\d{1,3}(?:\.\d{1,3})*\.?)[\s\u00a0]*$/i;

/** Lines of a table of contents cut into lines: dot leaders, and the rows around them. */
function tocLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((l, i) => {
    if (!LEADERS.test(l.trim())) return;
    for (let k = Math.max(0, i - 2); k <= Math.min(lines.length - 1, i + 2); k++) if (k === i || LEADERS.test(lines[k].trim()) || PAGE_OR_NUMBER.test(lines[k]) || lines[k].length < 90) out.add(k);
  });
  return out;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, k) => a + k);
}

/** The runs as text: a summary by region, then each run with its sentences. */
export function formatErrorRuns(name: string, src: string[], tgt: string[], runs: ErrorRun[], width = 100): string {
  const out: string[] = [];
  const regions: Region[] = ['table of contents', 'bibliography', 'body'];
  out.push(`${name}: ${runs.length} runs of disagreement`);
  for (const r of regions) {
    const sel = runs.filter((x) => x.region === r);
    if (sel.length) out.push(`  ${r}: ${sel.length} runs, ${sel.reduce((t, x) => t + x.missed, 0)} gold beads missed, ${sel.reduce((t, x) => t + x.wrong, 0)} beads wrong`);
  }
  const show = (b: ScoredBead): string => `[${b.src.join(',')}]:[${b.tgt.join(',')}]${b.score !== undefined ? `@${b.score.toFixed(2)}` : ''}`;
  for (const r of regions) {
    for (const x of runs.filter((y) => y.region === r)) {
      out.push('');
      out.push(`  ${r} — gold ${x.gold.map(show).join(' ')} | ours ${x.hyp.map(show).join(' ')}`);
      const ss = [...new Set([...x.gold, ...x.hyp].flatMap((b) => b.src))].sort((a, b) => a - b);
      const ts = [...new Set([...x.gold, ...x.hyp].flatMap((b) => b.tgt))].sort((a, b) => a - b);
      for (const s of ss) out.push(`    S${s}: ${src[s].slice(0, width)}`);
      for (const t of ts) out.push(`    T${t}: ${tgt[t].slice(0, width)}`);
    }
  }
  return out.join('\n');
}
