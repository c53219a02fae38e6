// The order in which the runner calls a run's checks: a corpus check marked `corpusFirst` runs
// before the per-pair pass (its working memory is freed before the pass's values, keys and
// findings pile up), every other corpus check after it; the findings come out sorted either way.

import { describe, it, expect } from 'vitest';
import { buildInput } from './fixture-loader.js';
import { runChecks, type CheckSettings } from '../../src/checks/run.js';
import { builtinChecks } from '../../src/checks/index.js';
import { defineCheck, type Check } from '../../src/checks/types.js';

function probes(calls: string[]): Check[] {
  return [
    defineCheck({
      id: 'probe-pair',
      description: 'per pair',
      severity: 'info',
      check(ctx) {
        calls.push(`pair ${ctx.pair.en?.text ?? ''}`);
        ctx.report({ message: 'pair', en: 'whole' });
      },
    }),
    defineCheck({
      id: 'probe-late',
      description: 'corpus, after the pairs',
      severity: 'info',
      checkCorpus(ctx) {
        calls.push('late');
        ctx.report({ pair: ctx.pairs[0], message: 'late', en: 'whole' });
      },
    }),
    defineCheck({
      id: 'probe-first',
      description: 'corpus, first',
      severity: 'info',
      corpusFirst: true,
      checkCorpus(ctx) {
        calls.push('first');
        ctx.report({ pair: ctx.pairs[1], message: 'first', en: 'whole' });
      },
    }),
  ];
}

function settingsFor(extra: Check[]): CheckSettings {
  const rules: CheckSettings['rules'] = {};
  for (const c of builtinChecks) rules[c.id] = { severity: 'off' };
  return { rules, extraChecks: extra, directives: false };
}

describe('the order of a run’s passes', () => {
  const input = () =>
    buildInput({
      pairs: [
        { en: 'Registration opens', fr: 'Les inscriptions ouvrent', method: 'stacked' },
        { en: 'Closing remarks', fr: 'Mot de la fin', method: 'stacked' },
      ],
      expect: [],
    });

  it('runs a corpusFirst check before the per-pair pass and the other corpus checks after it', async () => {
    const calls: string[] = [];
    await runChecks([input()], settingsFor(probes(calls)));
    expect(calls).toEqual(['first', 'pair Registration opens', 'pair Closing remarks', 'late']);
  });

  it('sorts the findings by place and rule whatever pass made them', async () => {
    const findings = await runChecks([input()], settingsFor(probes([])));
    expect(findings.map((f) => `${f.line} ${f.rule}`)).toEqual(['1 probe-late', '1 probe-pair', '3 probe-first', '3 probe-pair']);
  });

  it('runs glued-words first: its word index of every segment is freed before the pairs’ findings pile up', () => {
    expect(builtinChecks.find((c) => c.id === 'glued-words')?.corpusFirst).toBe(true);
  });
});
