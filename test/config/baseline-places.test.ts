// A baseline keeps working when a finding's place moves to the other file of its pair: findings
// on both sides of a --parallel pair are placed in the French file, and baselines written when
// they were placed in the English file still hold them.

import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { readParallelInputs } from '../../src/align/parallel-inputs.js';
import { runChecks } from '../../src/checks/run.js';
import { applyBaseline, buildBaseline } from '../../src/config/baseline.js';

const dir = join(process.cwd(), 'test/fixtures/parallel/docs');

describe('baseline of a --parallel pair', () => {
  it('holds a both-sides finding recorded under the English file', async () => {
    const inputs = await readParallelInputs([join(dir, 'minutes.en.txt'), join(dir, 'minutes.fr.txt')], {});
    const pairs = inputs.flatMap((i) => i.pairs);
    const findings = await runChecks(inputs, {});
    const both = findings.filter((f) => f.en && f.fr);
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((f) => f.file.endsWith('minutes.fr.txt'))).toBe(true);
    const baselinePath = join(dir, 'baseline.json');
    const baseline = buildBaseline(findings, pairs, baselinePath, dir);
    // As an earlier version wrote it: the both-sides findings under the English file.
    const older = { ...baseline, entries: baseline.entries.map((e) => (e.file === 'minutes.fr.txt' ? { ...e, file: 'minutes.en.txt' } : e)) };
    expect(older.entries.some((e) => e.file === 'minutes.fr.txt')).toBe(false);
    expect(applyBaseline(findings, pairs, older, baselinePath, dir)).toEqual({ kept: [], matched: findings.length });
    // A finding the baseline does not hold is still kept.
    const fewer = { ...older, entries: older.entries.filter((e) => e.rule !== 'number-mismatch') };
    expect(applyBaseline(findings, pairs, fewer, baselinePath, dir).kept.map((f) => f.rule)).toEqual(['number-mismatch']);
  });
});
