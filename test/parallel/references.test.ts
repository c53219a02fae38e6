// Bibliographies for the parallel aligner: entries found in pre-split lines, their keys
// (first author and year), and the runs of entries that the two versions list in another order.

import { describe, it, expect } from 'vitest';
import { keyEntries, lineEntries, reorderings, type Entry } from '../../src/align/parallel-references.js';
import { readLines } from '../../bench/align-score.js';

const dir = 'test/fixtures/parallel/beads';
const show = (es: Entry[]): string[] => es.map((e) => `${e.start}-${e.end} ${e.key}`);

describe('lineEntries', () => {
  it('finds the entries of a reference list cut into lines, with their authors and years', () => {
    expect(show(lineEntries(readLines(`${dir}/references.en`)))).toEqual([
      '20-22 bouchard 2015',
      '22-25 cardinal 2011',
      '25-27 fraser 2006',
      '27-29 lapointe 1990',
      // `__________ (1993)` repeats the author above.
      '29-31 lapointe 1993',
      '31-35 tessier 1994',
    ]);
    expect(show(lineEntries(readLines(`${dir}/references.fr`)))).toEqual([
      '20-22 bouchard 2015',
      '22-25 cardinal 2011',
      '25-27 fraser 2006',
      '27-29 lapointe 1993',
      '29-31 lapointe 1990',
      '31-32 tessier 1994',
    ]);
  });

  it('reads an author cut from its year by the sentence splitter (`LAPOINTE, F .` / `(1993) …`)', () => {
    const lines = ['Bibliographie', 'LAPOINTE, F .', '(1993) Appropriation organisationnelle du changement.', 'Laval.', 'ORLIKOWSKI, W .', 'J .', '(1992) « The Duality of Technology ».'];
    expect(show(lineEntries(lines))).toEqual(['1-4 lapointe 1993', '4-7 orlikowski 1992']);
  });

  it('closes the list at an annex heading', () => {
    const lines = ['References', 'Smith, J. (2001) A Study.', 'Ottawa: Queen’s Printer.', 'Roy, S. (2003) Another Study.', 'Annex A. Survey questions', 'The survey asked three questions.'];
    expect(show(lineEntries(lines))).toEqual(['1-3 smith 2001', '3-4 roy 2003']);
  });

  it('finds nothing in prose, nor after a table-of-contents row named Bibliography (clean cases)', () => {
    expect(lineEntries(['Smith, J. said in 1990 that the survey was complete.', 'The committee agreed.'])).toEqual([]);
    expect(lineEntries(['Bibliography', '. . . . . . . .', '42', 'Acknowledgments', 'Gagnon, M. thanks the reviewers of the 1995 draft.'])).toEqual([]);
  });
});

describe('reorderings', () => {
  const entries = (keys: Array<string | null>): Entry[] => keys.map((key, k) => ({ start: 2 * k, end: 2 * k + 2, key }));

  it('finds the smallest run of entries listed in another order', () => {
    const src = entries(['alsene 1990', 'lapointe 1990', 'lapointe 1992', 'lapointe 1996', 'tessier 1994']);
    const tgt = entries(['alsene 1990', 'lapointe 1996', 'lapointe 1992', 'lapointe 1990', 'tessier 1994']);
    expect(reorderings(src, tgt)).toEqual([{ src: [2, 8], tgt: [2, 8] }]);
  });

  it('takes in entries without a key inside the run, and ignores keys found twice', () => {
    const src = entries(['a 1990', 'b 1991', null, 'c 1992', 'd 1993', 'd 1993']);
    const tgt = entries(['a 1990', 'c 1992', 'b 1991', 'd 1993']);
    expect(reorderings(src, tgt)).toEqual([{ src: [2, 8], tgt: [2, 6] }]);
  });

  it('leaves alone a run that would take in text between two reference lists', () => {
    const src: Entry[] = [
      { start: 0, end: 2, key: 'a 1990' },
      { start: 2, end: 4, key: 'b 1991' },
      { start: 10, end: 12, key: 'c 1992' },
    ];
    const tgt: Entry[] = [
      { start: 0, end: 2, key: 'c 1992' },
      { start: 2, end: 4, key: 'b 1991' },
      { start: 10, end: 12, key: 'a 1990' },
    ];
    expect(reorderings(src, tgt)).toEqual([]);
  });

  it('finds nothing when both lists are in the same order (clean case)', () => {
    const keys = ['a 1990', 'b 1991', 'c 1992'];
    expect(reorderings(entries(keys), entries([...keys.slice(0, 1), null, ...keys.slice(1)]))).toEqual([]);
  });
});

describe('keyEntries', () => {
  it('keys numbered references by their number and carries an author only over adjacent entries', () => {
    const texts = ['[1] A. Smith, "A Study," 2001.', '[2] B. Roy, "Another Study," 2003.', 'Gagnon, M. (2018) Guide.', '__________ (2019) Second Guide.', '__________ (2020) Third Guide.'];
    const es: Entry[] = [
      { start: 0, end: 1, key: null },
      { start: 1, end: 2, key: null },
      { start: 2, end: 3, key: null },
      { start: 3, end: 4, key: null },
      { start: 9, end: 10, key: null },
    ];
    keyEntries(es, (e) => texts[Math.min(e.start, 4)]);
    expect(es.map((e) => e.key)).toEqual(['[1]', '[2]', 'gagnon 2018', 'gagnon 2019', null]);
  });
});
