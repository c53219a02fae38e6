// Java .properties bundles: values of an EN/FR pair of files, paired by key, with places inside
// the values (escapes and continued lines mapped back to the file).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/formats/index.js';
import { runChecks } from '../../src/checks/run.js';
import { UserError } from '../../src/core/errors.js';

const EN = [
  '# Benefits finder',
  'app.title = Benefits Finder',
  'app.welcome=Welcome! Find the benefits you may be eligible for.',
  'form.deadline=Applications close on Friday, June 12, 2026, \\',
  '    at 4:00 p.m. EDT.',
  'form.fee: The fee is $25.',
  'error.required=This field is required.',
  'help.contact=Call us at 1-800-555-0199.',
  '',
].join('\n');
const FR = [
  '# Chercheur de prestations',
  'app.title = Chercheur de prestations',
  'app.welcome=Bienvenue! Trouvez les prestations auxquelles vous pourriez avoir droit.',
  'form.deadline=Les demandes prennent fin le vendredi 12 juin 2026, \\',
  '    \\u00e0 15 h HAE.',
  'form.fee: Les frais sont de 25 $.',
  'error.required=',
  '',
].join('\n');

function bundle(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-properties-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('Java .properties bundles', () => {
  it('pairs the values of two bundles by key, escapes read and continued lines joined', async () => {
    const dir = bundle({ 'messages_en.properties': EN, 'messages_fr.properties': FR });
    const inputs = await readInputs(['messages_en.properties'], { cwd: dir });
    expect(inputs.map((i) => i.format)).toEqual(['properties']);
    expect(inputs[0].pairs.map((p) => [p.meta?.key, p.en?.text ?? null, p.fr?.text ?? null])).toEqual([
      ['app.title', 'Benefits Finder', 'Chercheur de prestations'],
      ['app.welcome', 'Welcome! Find the benefits you may be eligible for.', 'Bienvenue! Trouvez les prestations auxquelles vous pourriez avoir droit.'],
      ['form.deadline', 'Applications close on Friday, June 12, 2026, at 4:00 p.m. EDT.', 'Les demandes prennent fin le vendredi 12 juin 2026, à 15 h HAE.'],
      ['form.fee', 'The fee is $25.', 'Les frais sont de 25 $.'],
      ['error.required', 'This field is required.', null],
      ['help.contact', 'Call us at 1-800-555-0199.', null],
    ]);
  });

  it('reports a time that differs inside a continued line, an empty value and a missing key where they are', async () => {
    const dir = bundle({ 'messages.properties': EN, 'messages_fr.properties': FR });
    const findings = await runChecks(await readInputs(['messages_fr.properties', 'messages.properties'], { cwd: dir }));
    const found = findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.file, f.line, f.column]);
    expect(found).toEqual([
      // A key the French bundle lacks is reported in the English one, at its value.
      ['missing-translation', 'messages.properties', 8, 14],
      // `15 h` on the French value's second line, after the escaped `à`.
      ['time-mismatch', 'messages_fr.properties', 5, 12],
      ['missing-translation', 'messages_fr.properties', 7, 16],
    ]);
  });

  it('refuses a bundle without its other language, naming the file', async () => {
    const dir = bundle({ 'messages_en.properties': EN });
    await expect(readInputs(['messages_en.properties'], { cwd: dir })).rejects.toThrow(UserError);
    await expect(readInputs(['messages_en.properties'], { cwd: dir })).rejects.toThrow(/counterpart was not found/);
  });
});
