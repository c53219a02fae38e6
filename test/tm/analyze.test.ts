// Leverage analysis: a new agenda against a memory made from an earlier one, with the band of
// every segment written beside it.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../src/formats/index.js';
import { TmStore } from '../../src/tm/store.js';
import { addDocuments } from '../../src/tm/add.js';
import { FuzzyMatcher } from '../../src/tm/lookup.js';
import { analyzeInputs, bandOf } from '../../src/tm/analyze.js';

let dir: string;
let store: TmStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bitext-tm-analyze-'));
  store = TmStore.open(join(dir, 'tm.sqlite'), { create: true });
  await addDocuments(store, await readInputs(['test/fixtures/tm/agenda.txt']), { includeErrors: true });
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('analyze', () => {
  it('puts each segment of the new agenda in its band', async () => {
    const report = analyzeInputs(FuzzyMatcher.open(store, 'en', { cache: false }), await readInputs(['test/fixtures/tm/next-agenda.txt']));
    expect(report.segments.map((s) => [s.line, s.text, s.band, s.score, s.words])).toEqual([
      [1, 'CYBER SECURITY PRACTICE GROUP MEETING', 'context', 100, 5], // same segment after it as in the memory's document
      [3, 'Agenda', 'context', 100, 1],
      [5, 'Teleconferencing', '100', 100, 1], // followed by another segment than in the memory
      [7, 'Conference code: 2596210#', '50-74', 63, 3], // 2 of 3 words; a number and punctuation more
      [9, 'Update from the Cybersecurity Secretariat', '100', 100, 5],
      [10, 'Discussion of the draft Terms of Reference', '85-94', 85, 7],
      [11, 'Quintet of Attorneys General August meeting', '75-84', 83, 6],
      [12, 'Presentation by the Department of Justice', 'no-match', 0, 6],
      [13, 'Roundtable', '100', 100, 1],
      [14, 'Presentation by the Department of Justice', 'repetitions', 0, 6],
    ]);
    const t = report.total;
    expect(t.total).toMatchObject({ segments: 10, words: 41 });
    expect(t.bands.context).toMatchObject({ segments: 2, words: 6 });
    expect(t.bands['100']).toMatchObject({ segments: 3, words: 7 });
    expect(t.bands.repetitions).toMatchObject({ segments: 1, words: 6 });
    expect(t.bands['no-match']).toMatchObject({ segments: 1, words: 6 });
    expect(t.bands['95-99'].segments).toBe(0);
  });

  it('gives 100 % (or context) for every translated pair of the document the memory was made from', async () => {
    const report = analyzeInputs(FuzzyMatcher.open(store, 'en', { cache: false }), await readInputs(['test/fixtures/tm/agenda.txt']));
    const paired = report.segments.filter((s) => s.paired);
    expect(paired.length).toBe(8);
    expect(paired.filter((s) => s.band !== 'context' && s.band !== '100')).toEqual([]);
  });

  it('bands scores the way CAT tools do', () => {
    expect([100, 99, 95, 94, 85, 84, 75, 74, 50, 49, 0].map(bandOf)).toEqual(['100', '95-99', '95-99', '85-94', '85-94', '75-84', '75-84', '50-74', '50-74', 'no-match', 'no-match']);
  });
});
