// The aligner core on pre-split sentences: fixtures in test/fixtures/parallel/beads, with the
// expected beads beside them (`<name>.beads`, the gold format of shared/eval/alignment).

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { alignSentences } from '../../src/align/parallel.js';
import { countHits, figures, parseBeads, readLines } from '../../bench/align-score.js';

const dir = 'test/fixtures/parallel/beads';
const key = (b: { src: number[]; tgt: number[] }): string => `[${b.src.join(', ')}]:[${b.tgt.join(', ')}]`;

describe('alignSentences', () => {
  it('aligns an English report with its French version bead for bead (1-1, 2-1, 1-2, 0-1)', () => {
    const beads = alignSentences(readLines(`${dir}/report.en`), readLines(`${dir}/report.fr`), { srcLang: 'en', tgtLang: 'fr' });
    const gold = parseBeads(readFileSync(`${dir}/report.beads`, 'utf8'));
    expect(beads.map(key)).toEqual(gold.map(key));
  });

  it('aligns German with French without knowing either language (one caption merged at most)', () => {
    const beads = alignSentences(readLines(`${dir}/glacier.de`), readLines(`${dir}/glacier.fr`), { srcLang: 'und', tgtLang: 'fr' });
    const gold = parseBeads(readFileSync(`${dir}/glacier.beads`, 'utf8'));
    const f = figures(countHits(gold, beads));
    // Of 12 gold beads, at most the caption line (FR 7, no German counterpart) may be misplaced.
    expect(f.strict.r).toBeGreaterThanOrEqual(10 / 11);
    expect(f.lax.f1).toBe(1);
  });

  it('covers every sentence exactly once, in order, with confidences in [0, 1]', () => {
    const src = readLines(`${dir}/report.en`);
    const tgt = readLines(`${dir}/report.fr`);
    const beads = alignSentences(src, tgt, { srcLang: 'en', tgtLang: 'fr' });
    expect(beads.flatMap((b) => b.src)).toEqual(src.map((_, k) => k));
    expect(beads.flatMap((b) => b.tgt)).toEqual(tgt.map((_, k) => k));
    for (const b of beads) {
      expect(b.score).toBeGreaterThanOrEqual(0);
      expect(b.score).toBeLessThanOrEqual(1);
    }
  });

  it('gives low confidence where a sentence is left alone and high confidence to clear pairs', () => {
    const beads = alignSentences(readLines(`${dir}/report.en`), readLines(`${dir}/report.fr`), { srcLang: 'en', tgtLang: 'fr' });
    const orphan = beads.find((b) => b.src.length === 0)!;
    const clear = beads.find((b) => key(b) === '[2]:[2]')!;
    expect(orphan.score).toBeLessThan(0.5);
    expect(clear.score).toBeGreaterThan(0.9);
  });

  it('aligns a report cut into lines: table of contents row by row, bibliography entry by entry', () => {
    // references.beads: dot leaders with no counterpart join their title ([10]:[9, 10]); page
    // numbers that differ still pair; an entry whose lines are regrouped on both sides is one
    // bead ([22, 23, 24]:[22, 23, 24]); two works of one author listed in the other order are one
    // bead ([27..30]:[27..30]); an entry of four lines against one is one bead ([31..34]:[31]);
    // entries whose lines correspond keep their line beads.
    const beads = alignSentences(readLines(`${dir}/references.en`), readLines(`${dir}/references.fr`), { srcLang: 'en', tgtLang: 'fr' });
    const gold = parseBeads(readFileSync(`${dir}/references.beads`, 'utf8'));
    expect(beads.map(key)).toEqual(gold.map(key));
  });

  it('handles empty sides: everything is an orphan', () => {
    expect(alignSentences(['One.', 'Two.'], [])).toEqual([
      { src: [0], tgt: [], score: 1 },
      { src: [1], tgt: [], score: 1 },
    ]);
    expect(alignSentences([], [])).toEqual([]);
  });

  it('aligns identical copies one to one (a clean case: no merges, no orphans)', () => {
    const lines = readLines(`${dir}/report.en`);
    const beads = alignSentences(lines, lines, { srcLang: 'en', tgtLang: 'en' });
    expect(beads.every((b) => b.src.length === 1 && b.tgt.length === 1 && b.src[0] === b.tgt[0])).toBe(true);
  });
});
