// number-mismatch on a page's two versions (--parallel): an amount alone in a table cell has no
// letters, and is still text of its page, read in its language and compared.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readParallelInputs } from '../../src/align/parallel-inputs.js';
import { runChecks } from '../../src/checks/run.js';

const page = (title: string, intro: string, rows: Array<[string, string, string]>): string =>
  [`<h1>${title}</h1>`, `<p>${intro}</p>`, '<table>', ...rows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`), '</table>', ''].join('\n');

describe('number-mismatch in the cells of a page table', () => {
  it('compares an amount alone in a cell, and leaves equal ones alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-cells-'));
    writeFileSync(
      join(dir, 'grants.en.html'),
      page('Community grants', 'The program funds projects of community groups across the region.', [
        ['Intake 1 – Planning', 'January 15, 2027', '$25,000'],
        ['Intake 2 – Feasibility studies', 'September 1, 2027', '$150,000'],
      ]),
    );
    writeFileSync(
      join(dir, 'grants.fr.html'),
      page('Subventions communautaires', 'Le programme finance des projets de groupes communautaires de toute la région.', [
        ['Appel 1 – Planification', '15 janvier 2027', '25 000 $'],
        ['Appel 2 – Études de faisabilité', '1er septembre 2027', '105 000 $'],
      ]),
    );
    const inputs = await readParallelInputs([join(dir, 'grants.en.html'), join(dir, 'grants.fr.html')], { cwd: dir });
    const findings = await runChecks(inputs, { rules: { 'number-mismatch': {} } });
    const nm = findings.filter((f) => f.rule === 'number-mismatch');
    expect(nm.map((f) => [f.line, f.en?.text, f.fr?.text])).toEqual([[5, '$150,000', '105 000 $']]);
  });
});
