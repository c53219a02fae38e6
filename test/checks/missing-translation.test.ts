import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/formats/index.js';
import { runChecks } from '../../src/checks/run.js';
import { describeFixtures } from './fixture-loader.js';

describeFixtures('missing-translation', 'test/fixtures/checks/missing-translation.yaml');

describe('missing-translation in keyed files', () => {
  it('names the key of a string left out of the French file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-missing-key-'));
    writeFileSync(join(dir, 'en.json'), JSON.stringify({ payments: { title: 'Your payments', directDeposit: 'Sign up for direct deposit' } }, null, 2));
    writeFileSync(join(dir, 'fr.json'), JSON.stringify({ payments: { title: 'Vos paiements' } }, null, 2));
    const findings = (await runChecks(await readInputs([join(dir, 'en.json'), join(dir, 'fr.json')], { cwd: dir }), {})).filter((f) => f.rule === 'missing-translation');
    expect(findings.map((f) => f.message)).toEqual(['No French translation for key payments.directDeposit: expected a French counterpart, found none']);
  });
});
