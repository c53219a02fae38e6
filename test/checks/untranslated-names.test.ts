// untranslated: a copy of one word that the French text around it uses as a name.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readParallelInputs } from '../../src/align/parallel-inputs.js';
import { runChecks } from '../../src/checks/run.js';

// Blind round 26 (README.fr.md:1): a project's name as its README's title, which the French
// README's first sentence uses as it is. A one-word English heading the French does not use
// (`# Overview` over `# Overview`) is still a copy.
const en = ['# tender-watch', '', 'tender-watch collects the procurement notices published by federal departments.', '', '# Overview', '', 'The service refreshes the feed of notices every night.', ''].join('\n');
const fr = ['# tender-watch', '', 'tender-watch recueille les avis d’appel d’offres publiés par les ministères fédéraux.', '', '# Overview', '', 'Le service actualise le fil des avis chaque nuit.', ''].join('\n');

describe('untranslated: a name the French uses', () => {
  it('does not report a title the French sentences use as a name, and still reports a copied heading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-name-copy-'));
    writeFileSync(join(dir, 'README.md'), en);
    writeFileSync(join(dir, 'README.fr.md'), fr);
    const inputs = await readParallelInputs([join(dir, 'README.md'), join(dir, 'README.fr.md')], {});
    const findings = (await runChecks(inputs, { rules: { untranslated: {} } })).filter((f) => f.rule === 'untranslated');
    expect(findings.map((f) => [f.line, f.fr?.text])).toEqual([[5, 'Overview']]);
  });
});
