// `bitext check --timing`: the time each rule took, slowest first, on standard error; the report
// and the exit code are those of the same run without it.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timingTable } from '../../src/cli/commands/check.js';
import { runIn } from './run-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bitext-timing-'));
  writeFileSync(join(dir, 'agenda.txt'), 'Agenda/Ordre du jour\n\nMeeting on Monday, May 10, 2021, 1:30 p.m. EST\nRéunion le lundi 10 mai 2021, 13 h 30 HNE\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]): Promise<{ code: number; out: string; err: string }> => runIn(dir, args);

describe('bitext check --timing', () => {
  it('prints every rule that ran with its time, slowest first, and changes nothing else', async () => {
    const plain = await run('check', 'agenda.txt', '--no-config', '--format', 'json');
    const timed = await run('check', 'agenda.txt', '--no-config', '--format', 'json', '--timing');
    expect(timed.code).toBe(plain.code);
    expect(timed.out).toBe(plain.out);
    const rows = timed.err.trim().split('\n');
    expect(rows[0]).toMatch(/^Rule\s+\| Time \(ms\) \| Relative$/);
    const times = rows.slice(2).map((r) => r.split('|').map((c) => c.trim()));
    const rules = times.map(([id]) => id);
    for (const id of ['glued-words', 'timezone', 'weekday-mismatch', 'missing-translation', '(values)']) expect(rules).toContain(id);
    const ms = times.map(([, t]) => Number(t));
    expect(ms).toEqual([...ms].sort((a, b) => b - a));
    expect(plain.err).toBe('');
  });

  it('lays the table out with shares that add up to the whole', () => {
    const table = timingTable(new Map([['a', 1], ['bb', 3]]));
    expect(table).toBe(['Rule | Time (ms) | Relative', ':--- | --------: | -------:', 'bb   |       3.0 |    75.0%', 'a    |       1.0 |    25.0%', ''].join('\n'));
  });
});
