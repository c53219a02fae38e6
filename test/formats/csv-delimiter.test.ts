// The delimiter of a CSV file: the sign found as often on every row. A CSV saved by Excel in
// French-Canadian settings uses `;`, and its text holds more commas than semicolons.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/formats/index.js';

async function pairsOf(name: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-csv-delimiter-'));
  writeFileSync(join(dir, name), text);
  const [input] = await readInputs([name], { cwd: dir });
  return input.pairs.map((p) => [p.en?.text ?? null, p.fr?.text ?? null]);
}

describe('the delimiter of a CSV file', () => {
  it('is the semicolon of an Excel export in French settings, whatever the commas of its text', async () => {
    // Blind round 31 (costs.csv): read with commas, `$14,988.36` was cut in two.
    const csv = [
      '\ufeffCode;English;Français',
      'EV-001;Statement of event costs, June 9 to 11, 2026;État des coûts de l’événement, du 9 au 11 juin 2026',
      'EV-002;Catering (coffee, lunches, receptions): $14,988.36;Traiteur (café, dîners, réceptions) : 14 988,36 $',
      'EV-003;Printing: $640.00;Impression : 640,00 $',
      '',
    ].join('\r\n');
    expect(await pairsOf('costs.csv', csv)).toEqual([
      ['Statement of event costs, June 9 to 11, 2026', 'État des coûts de l’événement, du 9 au 11 juin 2026'],
      ['Catering (coffee, lunches, receptions): $14,988.36', 'Traiteur (café, dîners, réceptions) : 14 988,36 $'],
      ['Printing: $640.00', 'Impression : 640,00 $'],
    ]);
  });

  it('is the comma of a CSV whose text holds semicolons', async () => {
    const csv = ['key,en,fr', 'a,"Bring your card; it is required.","Apportez votre carte; elle est obligatoire."', 'b,Open Monday to Friday,Ouvert du lundi au vendredi', ''].join('\n');
    expect(await pairsOf('strings.csv', csv)).toEqual([
      ['Bring your card; it is required.', 'Apportez votre carte; elle est obligatoire.'],
      ['Open Monday to Friday', 'Ouvert du lundi au vendredi'],
    ]);
  });
});
