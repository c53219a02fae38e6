// The banded dynamic programme: band invariants, the best path, and posteriors.

import { describe, it, expect } from 'vitest';
import { alignBand, bandAround, blockSpans, fullBand, makeBand, type PathBead } from '../../src/align/parallel-dp.js';
import { joinCrossedBlocks } from '../../src/align/parallel-search.js';
import { SHAPES } from '../../src/align/parallel-model.js';

describe('bands', () => {
  it('keeps rows monotone and connected, with (0,0) and (n,m) inside', () => {
    const band = makeBand(5, 7, Int32Array.from([3, 0, 6, 2, 4, 4]), Int32Array.from([1, 2, 2, 5, 4, 5]));
    for (let i = 0; i <= 5; i++) {
      expect(band.lo[i]).toBeLessThanOrEqual(band.hi[i]);
      if (i > 0) {
        expect(band.lo[i]).toBeGreaterThanOrEqual(band.lo[i - 1]);
        expect(band.hi[i]).toBeGreaterThanOrEqual(band.hi[i - 1]);
        expect(band.lo[i]).toBeLessThanOrEqual(band.hi[i - 1]);
      }
    }
    expect(band.lo[0]).toBe(0);
    expect(band.hi[5]).toBe(7);
  });

  it('grows with the path length times the width, not with n × m', () => {
    const n = 2000;
    const path: PathBead[] = [];
    for (let k = 0; k < n / 2; k++) path.push({ i0: k, i1: k + 1, j0: k, j1: k + 1, score: 0, posterior: 1 });
    const band = bandAround(path, 2, n, n, 8);
    expect(band.size).toBeLessThan((n + 1) * (2 * 8 + 4));
  });
});

describe('alignBand', () => {
  // Scores that make the diagonal 1-1 path the best, with 2-1 at (2,2) better than two 1-1s.
  const score = (i0: number, a: number, j0: number, b: number): number => {
    if (a === 0 || b === 0) return -5;
    if (i0 === 2 && j0 === 2 && a === 2 && b === 1) return 4;
    const diag = i0 === j0 || (i0 >= 4 && i0 - 1 === j0);
    return a === 1 && b === 1 && diag ? 3 : -10;
  };

  it('finds the best path', () => {
    const { path } = alignBand(fullBand(6, 5), SHAPES, score);
    expect(path.map((b) => `${b.i0}-${b.i1}:${b.j0}-${b.j1}`)).toEqual(['0-1:0-1', '1-2:1-2', '2-4:2-3', '4-5:3-4', '5-6:4-5']);
  });

  it('gives posteriors in [0, 1], near 1 for a path far better than its rivals', () => {
    const { path } = alignBand(fullBand(6, 5), SHAPES, (i0, a, j0, b) => 3 * score(i0, a, j0, b), 1);
    for (const b of path) {
      expect(b.posterior).toBeGreaterThan(0.9);
      expect(b.posterior).toBeLessThanOrEqual(1);
    }
  });

  it('splits the probability between two equally good paths', () => {
    // One source, two targets: 1-2 and (1-1 then 0-1) score the same.
    const tie = (_i0: number, a: number, j0: number, b: number): number => (a === 1 && b === 2 ? 0 : a === 1 && b === 1 && j0 === 0 ? 0 : b === 1 && a === 0 && j0 === 1 ? 0 : -50);
    const { path } = alignBand(fullBand(1, 2), SHAPES, tie, 1);
    expect(path[0].posterior).toBeCloseTo(0.5, 2);
  });
});

describe('block beads', () => {
  // Source blocks [0,4) and [4,5), target blocks [0,1) and [1,2): the first pair of blocks is 4-1,
  // a size no fixed shape has.
  const blocks = { src: blockSpans(5, [[0, 4], [4, 5]]), tgt: blockSpans(2, [[0, 1], [1, 2]]) };
  const score = (i0: number, a: number, j0: number, b: number, block?: boolean): number => {
    if (block) return i0 === 0 && a === 4 && j0 === 0 && b === 1 ? 8 : -20;
    if (a === 1 && b === 1 && i0 === 4 && j0 === 1) return 3;
    return a === 0 || b === 0 ? -6 : -4;
  };

  it('aligns a pair of blocks as one bead when no fixed shape fits', () => {
    const { path } = alignBand(fullBand(5, 2), SHAPES, score, 1, blocks);
    expect(path.map((b) => `${b.i0}-${b.i1}:${b.j0}-${b.j1}${b.block ? ' block' : ''}`)).toEqual(['0-4:0-1 block', '4-5:1-2']);
    expect(path[0].posterior).toBeGreaterThan(0.9);
    expect(path[0].posterior).toBeLessThanOrEqual(1);
  });

  it('without blocks, the same scores give fixed shapes only', () => {
    const { path } = alignBand(fullBand(5, 2), SHAPES, score, 1);
    expect(path.some((b) => b.block)).toBe(false);
  });

  it('offers no block bead where a fixed shape has the same size', () => {
    const asked: string[] = [];
    const spy = (i0: number, a: number, j0: number, b: number, block?: boolean): number => {
      if (block) asked.push(`${i0}+${a}:${j0}+${b}`);
      return a === 1 && b === 1 ? 1 : -5;
    };
    alignBand(fullBand(2, 2), SHAPES, spy, 1, { src: blockSpans(2, [[0, 1], [1, 2]]), tgt: blockSpans(2, [[0, 2]]) });
    // Each pair of blocks here is 1×2, the size of the 1-2 shape: no block bead is offered twice over.
    expect(asked).toEqual([]);
  });
});

describe('joinCrossedBlocks', () => {
  const bead = (i0: number, i1: number, j0: number, j1: number, posterior = 0.9): PathBead => ({ i0, i1, j0, j1, score: 1, posterior });
  const show = (p: PathBead[]): string[] => p.map((b) => `${b.i0}-${b.i1}:${b.j0}-${b.j1}`);

  it('joins an entry pair whose lines are regrouped on both sides (a 2-2 bead inside)', () => {
    const path = [bead(0, 1, 0, 1), bead(1, 3, 1, 3, 0.7), bead(3, 4, 3, 4, 0.8), bead(4, 5, 4, 5)];
    const out = joinCrossedBlocks(path, [[1, 4], [4, 5]], [[1, 4], [4, 5]]);
    expect(show(out)).toEqual(['0-1:0-1', '1-4:1-4', '4-5:4-5']);
    expect(out[1].block).toBe(true);
    expect(out[1].posterior).toBe(0.7);
  });

  it('keeps the lines of an entry when one side only groups them (2-1, 1-1) (clean case)', () => {
    const path = [bead(0, 2, 0, 1), bead(2, 3, 1, 2)];
    expect(show(joinCrossedBlocks(path, [[0, 3]], [[0, 2]]))).toEqual(['0-2:0-1', '2-3:1-2']);
  });

  it('leaves beads that run past the end of an entry alone', () => {
    const path = [bead(0, 2, 0, 2), bead(2, 4, 2, 3)];
    expect(show(joinCrossedBlocks(path, [[0, 3]], [[0, 3]]))).toEqual(['0-2:0-2', '2-4:2-3']);
  });
});
