// A programme in two columns whose rows are entries (a time first in both columns), one of them
// left in English in the French column; a memo signed with a name on a line of its own; and a
// poster of French lines over English ones with a line left in English in the French place.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/formats/index.js';
import { runChecks } from '../../src/checks/run.js';

const pad = (en: string, fr: string): string => en.padEnd(64) + fr;

async function check(name: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-columns-'));
  writeFileSync(join(dir, name), text);
  const inputs = await readInputs([name], { cwd: dir });
  const findings = await runChecks(inputs);
  return { pairs: inputs[0].pairs, found: findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.line, f.fr?.text ?? f.en?.text]) };
}

describe('rows of two columns', () => {
  // Blind round 29 (programme.txt:22).
  const programme = [
    pad('RESEARCH DAY 2026', 'JOURNÉE DE LA RECHERCHE 2026'),
    '',
    pad('9:00 a.m. – Welcome and opening remarks', '9 h – Mot de bienvenue et allocution d’ouverture'),
    pad('10:30 a.m. – Health break', '10 h 30 – Pause santé'),
    pad('2:45 p.m. – Lightning talks by early-career researchers', '14 h 45 – Présentations éclair de chercheurs en début de carrière'),
    pad('Lightning talks: five minutes, five slides, one idea', 'Lightning talks: five minutes, five slides, one idea'),
    pad('4:00 p.m. – Poster session and networking', '16 h – Séance d’affiches et réseautage'),
    pad('5:30 p.m. – End of the day', '17 h 30 – Fin de la journée'),
    '',
  ].join('\n');

  it('reports the row left in English in the French column, and keeps each timed entry a pair of its own', async () => {
    const { pairs, found } = await check('programme.txt', programme);
    expect(found).toEqual([['untranslated', 6, 'Lightning talks: five minutes, five slides, one idea']]);
    const texts = pairs.filter((p) => p.en && p.fr).map((p) => p.en!.text);
    expect(texts).toContain('4:00 p.m. – Poster session and networking');
  });
});

describe('a name on a line of its own', () => {
  const memo = (last: string) =>
    ['# Memo / Note de service', '', 'The office will be closed on Monday for maintenance work.', '', '*Le bureau sera fermé lundi pour des travaux d’entretien.*', '', last, ''].join('\n');

  it('is no missing translation (a signature)', async () => {
    expect((await check('memo.md', memo('Claire Bouchard'))).found).toEqual([]);
  });

  it('while a heading in title case with no French is still reported', async () => {
    expect((await check('memo.md', memo('Next Steps'))).found).toEqual([['missing-translation', 7, 'Next Steps']]);
  });
});

describe('French lines over English ones', () => {
  // Blind round 32 (poster.txt:43–46).
  const poster = readFileSync('test/fixtures/align/poster-fr-first.txt', 'utf8');

  it('report the line left in English in the French place, the first of the two, and the English line with no French', async () => {
    const { found } = await check('poster.txt', poster);
    expect(found.map((f) => [f[0], f[1]])).toEqual([
      ['untranslated', 13],
      ['missing-translation', 16],
    ]);
  });
});
