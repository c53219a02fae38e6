import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/formats/index.js';
import { readParallelInputs } from '../../src/align/parallel-inputs.js';
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

describe('missing-translation in parallel documents', () => {
  // A real page pair (cds-website-md-pairs, MIT): two French paragraphs end with a sentence split
  // off the English paragraph's last one (`…, resulting in a more inclusive design` / `On aboutit
  // donc à des images plus inclusives.`). The aligner keeps them apart; the paragraphs' lengths
  // say nothing is missing.
  it('does not report French sentences split off an English sentence of the same paragraph', async () => {
    const dir = '../shared/corpus/cds-website-md-pairs/pairs';
    const inputs = await readParallelInputs([`${dir}/blog-illustrating-covid-alert.en.md`, `${dir}/blog-illustrating-covid-alert.fr.md`], {});
    const orphans = inputs.flatMap((i) => i.pairs).filter((p) => p.method === 'orphan' && p.fr && /points? central|images plus inclusives/.test(p.fr.text));
    expect(orphans.length).toBeGreaterThan(0);
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.filter((f) => /point central|images plus inclusives/.test(f.fr?.text ?? ''))).toEqual([]);
  });

  // A real README (gc-bilingual-readmes-md, MIT), English half then French half: the French
  // paragraph spells out two acronyms, which lengthens it by about as much as the sentence it leaves out.
  it('still reports a sentence left out of a paragraph lengthened by spelled-out acronyms', async () => {
    const inputs = await readInputs(['../shared/corpus/gc-bilingual-readmes-md/vac-benefits-directory.README.md'], {});
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.map((f) => f.en?.text)).toContain('It is undergoing development and is not yet publicly released for use.');
  });
});

describe('missing-translation: a sentence merged into its neighbour, shown by its cognates', () => {
  // A notice in halves written for the planted set (blind/t): the French merges "Detour signs will
  // be posted." into the sentence before it and is compact there (`de 8 h à midi` for `between
  // 8:00 a.m. and noon`), so the paragraphs' lengths lean slightly towards an omission. The
  // sentence's cognates (`détour`, `signalisation`) stand in the French paragraph and nowhere else
  // in the English one. The sentence left out of the next paragraph (`Replacement parts were
  // fabricated…`, lines 16–17) has no such trace and is still reported.
  it('reports the sentence left out, not the merged one', async () => {
    const inputs = await readInputs(['test/fixtures/checks/planted/blind/t/notice.txt'], {});
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation' && f.en);
    expect(findings.map((f) => [f.line, f.en?.text])).toEqual([[16, 'Replacement parts were fabricated at the Parks Canada workshop in Kingston over the past winter.']]);
  });
});
