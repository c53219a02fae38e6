// XLIFF from a CAT tool whose segments are laid out one per line inside <target> (and
// <seg-source>): the line breaks and indents between the <mrk> elements are the file's layout,
// not leading white space of the translation.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/formats/index.js';
import { runChecks } from '../../src/checks/run.js';

const unit = (space: string) => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="notice.docx" source-language="en-CA" target-language="fr-CA" datatype="x-docx">
    <body>
      <trans-unit id="u1">
        <source>All centres will be closed on Friday, December 25, 2026. Regular hours resume on Monday, January 4, 2027.</source>
        <seg-source>
          <mrk mtype="seg" mid="1">All centres will be closed on Friday, December 25, 2026.</mrk>
          <mrk mtype="seg" mid="2">Regular hours resume on Monday, January 4, 2027.</mrk>
        </seg-source>
        <target state="translated"${space}>
          <mrk mtype="seg" mid="1">Tous les centres seront fermés le vendredi 25 décembre 2026.</mrk>
          <mrk mtype="seg" mid="2">L'horaire habituel reprendra le lundi 4 janvier 2027.</mrk>
        </target>
      </trans-unit>
    </body>
  </file>
</xliff>
`;

async function read(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-xliff-layout-'));
  writeFileSync(join(dir, 'cat.xlf'), text);
  const inputs = await readInputs(['cat.xlf'], { cwd: dir });
  const findings = await runChecks(inputs);
  return { pair: inputs[0].pairs[0], found: findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.message]) };
}

describe('segments laid out one per line in an XLIFF target', () => {
  it('are read as one text, a space between two segments, and no white space finding', async () => {
    const { pair, found } = await read(unit(''));
    expect(pair.fr?.text).toBe("Tous les centres seront fermés le vendredi 25 décembre 2026. L'horaire habituel reprendra le lundi 4 janvier 2027.");
    expect(found).toEqual([]);
  });

  it('keep their white space under xml:space="preserve"', async () => {
    const { pair } = await read(unit(' xml:space="preserve"'));
    expect(pair.fr?.text.startsWith('\n')).toBe(true);
  });
});
