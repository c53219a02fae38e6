import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFixtures } from './fixture-loader.js';
import { readInputs } from '../../src/formats/index.js';
import { runChecks } from '../../src/checks/run.js';

describeFixtures('timezone', 'test/fixtures/checks/timezone.yaml');

/** The timezone findings of a file of `lines`, written as `name` in a directory of its own. */
async function zonesOf(name: string, lines: string[]): Promise<Awaited<ReturnType<typeof runChecks>>> {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-tz-'));
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n'));
  return (await runChecks(await readInputs([file], { cwd: dir }), { rules: { timezone: {} } })).filter((f) => f.rule === 'timezone');
}

describe('timezone in a table of several column pairs', () => {
  it("reads a zone against its own row's date (a later column), not the row above", async () => {
    const tz = await zonesOf('rates.csv', [
      'service_en,service_fr,fee,effective_en,effective_fr',
      'Shore power,Électricité à quai,0.19,"January 1, 2027",1er janvier 2027',
      '"Cancellation after 4:00 p.m. ADT","Annulation après 16 h HAA",300.00,"June 1, 2027",1er juin 2027',
      '"Late arrival after 6:00 p.m. AST","Arrivée tardive après 18 h HNA",150.00,"July 1, 2027",1er juillet 2027',
      '',
    ]);
    // Row 3 is right for June 1 (daylight time); row 4 is wrong for July 1, and says so by its own date.
    expect(tz.map((f) => [f.line, f.message])).toEqual([
      [4, expect.stringContaining('July 1, 2027 (line 4)')],
      [4, expect.stringContaining('July 1, 2027 (line 4)')],
    ]);
  });
});

// Blind round 130 (eo/page_e.html:22): each cell of a table row is a pair of its own; the row's
// office (Regina, which keeps standard time all year) is named after its zone, the row above's
// (Winnipeg) before it.
describe('timezone: a place named after the zone in its own row', () => {
  it('settles the zone by the place of its row, not of the row above', async () => {
    const dir = 'test/fixtures/checks/planted/blind/eo';
    const { readParallelInputs } = await import('../../src/align/parallel-inputs.js');
    const inputs = await readParallelInputs([`${dir}/page_e.html`, `${dir}/page_f.html`]);
    const tz = (await runChecks(inputs, { rules: { timezone: {} } })).filter((f) => f.rule === 'timezone');
    expect(tz.some((f) => f.line === 22)).toBe(false);
    expect(tz.some((f) => f.line === 21)).toBe(true);
  });
});

describe('timezone: a day without its year right after its zone', () => {
  it('takes the year from the lines above, for each zone of the line', async () => {
    const tz = await zonesOf('notice.txt', [
      'Dates after the clock change: March 10, March 24 and April 7, 2026.',
      'Dates après le changement d’heure : 10 mars, 24 mars et 7 avril 2026.',
      '',
      'Sessions start at 11:00 a.m. EST until February 24 and at 11:00 a.m. EST from March 10.',
      'Les séances commencent à 11 h HNE jusqu’au 24 février et à 11 h HAE à compter du 10 mars.',
      '',
    ]);
    // The first EST goes until February 24 (standard time): right. The second goes from March 10,
    // 2026 (daylight time): wrong, and the French HAE there is right.
    expect(tz.map((f) => [f.line, f.side, f.message])).toEqual([
      [4, 'en', expect.stringContaining('EN EST is standard time, but March 10 is in daylight time')],
    ]);
  });
});

describe('timezone: a zone whose abbreviation contradicts its own name beside it', () => {
  // Blind round 65 (shutdown_f.txt:14): the date is in a line above; the name and its abbreviation
  // are not the region's two zones named to speak of the change.
  it('judges the abbreviation by the date above', async () => {
    const tz = await zonesOf('shutdown.txt', ['Shutdown begins on Friday, February 19, 2027:', 'L’arrêt commence le vendredi 19 février 2027 :', '', '- 8:00 p.m. Eastern Standard Time (EST)', '- 20 h, heure normale de l’Est (HAE)', '']);
    expect(tz.map((f) => [f.line, f.side, f.message])).toEqual([
      [5, 'fr', expect.stringContaining('FR HAE is daylight time, but Friday, February 19, 2027 (line 1) is in standard time')],
    ]);
  });
});

// Blind round 181 (gn/argentia_2027_season.txt:31): a schedule under days of the week and no date
// (`Monday, Wednesday and Friday`) is of every such day of the season, not of the date a line
// above it names (the day bookings open, in winter).
describe('timezone: a schedule headed by days of the week', () => {
  it('takes no date from above the days, and still judges a line under a dated heading', async () => {
    const tz = await zonesOf('season.txt', [
      'Bookings open on Monday, February 1, 2027, at 9:00 a.m. NST.',
      'Les réservations ouvrent le lundi 1er février 2027, à 9 h HNT.',
      '',
      'Tuesday, Thursday and Saturday',
      'Mardi, jeudi et samedi',
      'Depart: 4:00 p.m. ADT',
      'Départ : 16 h HAA',
      '',
    ]);
    expect(tz).toEqual([]);
    const dated = await zonesOf('winter.txt', [
      'Bookings open on Monday, February 1, 2027, at 9:00 a.m. NST.',
      'Les réservations ouvrent le lundi 1er février 2027, à 9 h HNT.',
      '',
      'Depart: 4:00 p.m. ADT, Tuesday to Saturday',
      'Départ : 16 h HAA, du mardi au samedi',
      'Arrive: 7:00 a.m. ADT',
      'Arrivée : 7 h HAA',
      '',
    ]);
    expect(dated.map((f) => f.line)).toEqual([4, 5, 6, 7]);
  });
});
