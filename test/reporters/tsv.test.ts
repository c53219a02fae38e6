import { describe, it, expect } from 'vitest';
import { formatTsv, TSV_COLUMNS } from '../../src/reporters/tsv.js';
import { bilingual, clean, pair, seg, finding } from './fixtures.js';
import type { RunResult } from '../../src/core/types.js';

const opts = { color: false, cwd: '/project' };

describe('tsv reporter', () => {
  it('matches the snapshot', async () => {
    await expect(formatTsv(bilingual, opts)).toMatchFileSnapshot('__snapshots__/tsv-bilingual.tsv');
  });

  it('has a header and one row of nine cells per finding', () => {
    const rows = formatTsv(bilingual, opts).replace(/\n$/, '').split('\n').map((r) => r.split('\t'));
    expect(rows[0]).toEqual([...TSV_COLUMNS]);
    expect(rows).toHaveLength(bilingual.findings!.length + 1);
    for (const r of rows) expect(r).toHaveLength(9);
    // Tabs inside the segments are flattened, so the row keeps its shape.
    const tabs = rows.find((r) => r[1] === '30')!;
    expect(tabs.slice(0, 7)).toEqual(['agenda.txt', '30', '27', 'error', 'time-mismatch', 'Room 5362: meeting 会議室 at 2:00 pm', 'Salle 5362 : réunion 会議室 à 15 h 00']);
    // An orphan has an empty cell on its missing side.
    const orphan = rows.find((r) => r[1] === '23')!;
    expect(orphan[6]).toBe('');
    expect(orphan[7]).toBe('No French for 3 lines (23–25)');
  });

  it('is only the header for a clean run', () => {
    expect(formatTsv(clean, opts)).toBe(TSV_COLUMNS.join('\t') + '\n');
  });

  it('keeps text a spreadsheet would run as a formula as text', () => {
    const p = pair('p1', seg('a.txt', 'en', [1, 1, '=HYPERLINK("x")']), seg('a.txt', 'fr', [2, 1, '+1 613 555 0100\nsuite']), 'stacked');
    const r: RunResult = { files: ['a.txt'], pairs: [p], findings: [finding(p, { rule: 'number-mismatch', severity: 'error', message: '-5 differs', en: 'whole' })] };
    const row = formatTsv(r, opts).replace(/\n$/, '').split('\n')[1].split('\t');
    expect(row.slice(5)).toEqual(['\'=HYPERLINK("x")', "'+1 613 555 0100 suite", "'-5 differs", '']);
  });
});
