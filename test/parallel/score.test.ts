// The scorer of the alignment benchmark (bench/align-score.ts), on hand-made cases whose
// figures are worked out beside them (protocol of shared/eval/alignment/README.md).

import { describe, it, expect } from 'vitest';
import { countHits, parseBeads } from '../../bench/align-score.js';

const gold = parseBeads('[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n[4]:[3, 4]\n');

describe('countHits', () => {
  it('counts strict and lax hits as the protocol says', () => {
    // hyp: [0]:[0] strict; [1]:[1] lax only; [2]:[] miss (null, not in gold); [3]:[] strict (null in gold);
    // [4]:[3] lax only; []:[4] miss; []:[2] strict.
    const hyp = parseBeads('[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n[4]:[3]\n[]:[4]\n[]:[2]:0.5\n');
    const c = countHits(gold, hyp);
    expect(c).toEqual({ hyp: 7, precStrict: 3, precLax: 5, gold: 3, recStrict: 1, recLax: 3 });
  });

  it('treats beads as sets and drops empty beads', () => {
    const c = countHits(gold, parseBeads('[0]:[0]\n[0]:[0]\n[]:[]\n[2, 1]:[1]\n[4]:[4, 3]\n[3]:[]\n[]:[2]\n'));
    expect(c).toEqual({ hyp: 5, precStrict: 5, precLax: 5, gold: 3, recStrict: 3, recLax: 3 });
  });
});
