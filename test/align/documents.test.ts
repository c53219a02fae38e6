// Bilingual documents of the kinds the aligner is for, each with its expected pairs written
// beside it (`<name>.expected`: `EN lines <-> FR lines` per pair, `orphan en|fr LINE`). Every
// expected pair must be found, and no other pair may join an EN and a FR segment.

import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../src/core/document.js';
import { alignMixed } from '../../src/align/mixed.js';
import { readParallelInputs } from '../../src/align/parallel-inputs.js';
import { documentHeading, documentHeadingLang } from '../../src/lang/headings.js';
import type { Pair, Segment } from '../../src/core/types.js';

const dir = 'test/fixtures/align/docs';
const lines = (s: Segment): string => (s.place.line === s.place.endLine ? `${s.place.line}` : `${s.place.line}-${s.place.endLine}`);
/** The orphans of a document as `en LINE` / `fr LINE`, those before line `before` only when given. */
const orphanLines = (pairs: Pair[], before = Infinity): string[] =>
  pairs.filter((p) => p.method === 'orphan' && (p.en ?? p.fr)!.place.line < before).map((p) => (p.en ? `en ${p.en.place.line}` : `fr ${p.fr!.place.line}`));

describe.each(readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)))('%s', (name) => {
  const expected = readFileSync(join(dir, name.replace(/\.(txt|md)$/, '.expected')), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const pairs = alignMixed(readDocument(join(dir, name)), { markdown: name.endsWith('.md') });
  const found = pairs.filter((p) => p.en && p.fr && p.method !== 'shared').map((p) => `${lines(p.en!)} <-> ${lines(p.fr!)}`);
  const orphans = pairs.filter((p) => p.method === 'orphan').map((p) => (p.en ? `orphan en ${lines(p.en)}` : `orphan fr ${lines(p.fr!)}`));

  it('finds every expected pair and no other', () => {
    expect(found.sort()).toEqual(expected.filter((l) => !l.startsWith('orphan')).sort());
  });

  it('leaves exactly the expected orphans', () => {
    expect(orphans.sort()).toEqual(expected.filter((l) => l.startsWith('orphan')).sort());
  });
});

// A news release of English blocks over French ones (blind round 20), whose quotation and its
// attribution are blocks of two units: too short to be sections of their own, they fall inside the
// French half of the section before, and are paired there unit by unit with the French after them.
describe('a quotation and its attribution stacked over their translation inside a half', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/ah/release.txt'), {});
  const at = (l: number) => pairs.find((p) => p.en?.place.line === l);
  it('pairs the English quotation and attribution with the French ones, and leaves the mayor’s untranslated quotation alone', () => {
    expect(at(37)?.fr?.place.line).toBe(40);
    expect(at(38)?.fr?.place.line).toBe(41);
    expect(pairs.filter((p) => p.en?.place.line === 43).every((p) => p.method === 'orphan')).toBe(true);
  });

  it('pairs NEWS RELEASE with COMMUNIQUÉ, and Contacts with Personnes-ressources: document headings that share no word', () => {
    expect(at(1)?.fr?.text).toBe('COMMUNIQUÉ');
    expect(at(60)?.fr?.text).toBe('Personnes-ressources');
  });
});

// A media advisory (blind round 21) whose French contacts block repeats an English line: the
// English block (a heading and two lines) stands inside the French half and is paired line by
// line, the copy included (untranslated reports it), and the English sentence with no French
// above it stays an orphan.
describe('a contacts block and its translation, a line copied in English, inside a half', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/ai/advisory.txt'), {});
  const at = (l: number) => pairs.find((p) => p.en?.place.line === l);
  it('pairs each line with its French, and leaves the untranslated sentence alone', () => {
    expect([49, 50, 51].map((l) => at(l)?.fr?.place.line)).toEqual([53, 54, 55]);
    expect(at(43)?.method).toBe('orphan');
  });
});

describe('document headings', () => {
  it('are known in both languages, in capitals or without accents, and nothing else is', () => {
    const id = documentHeading('NEWS RELEASE');
    expect(id).toBeGreaterThanOrEqual(0);
    expect(['Communiqué', 'COMMUNIQUE', 'Communiqué :'].map(documentHeading)).toEqual([id, id, id]);
    expect(documentHeading('Contacts')).toBe(documentHeading('Personnes-ressources'));
    expect(documentHeading('Contacts')).not.toBe(id);
    expect(['Minutes of the meeting', 'News', 'Release notes'].map(documentHeading)).toEqual([-1, -1, -1]);
    expect(['Contacts', 'QUICK FACTS', 'Personnes-ressources', 'Les faits en bref', 'Ottawa'].map(documentHeadingLang)).toEqual(['en', 'en', 'fr', 'fr', null]);
  });
});

// A bulletin of English sections, each followed by its French one (blind round 22), one of whose
// French sections lists a date fewer: its headings (no word in common, far apart in length) were
// left unpaired while the paragraphs under them were paired.
describe('the headings that open an English section and its French section', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/aj/bulletin.md'), { markdown: true });
  it('are a pair by their place', () => {
    expect(pairs.find((p) => p.en?.place.line === 29)?.fr?.place.line).toBe(38);
  });
});

// A notice in blocks (blind round 166), English block then French block, save one block put French
// first: the French block merges with the French block before it, and the English one with the
// next; the two leftovers where the plans meet are each other's translation, though a French
// heading is left alone first in the next plan.
describe('a French-first block among English-first blocks, a heading alone opening the next plan', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/fy/inuvik_notice.txt'), {});
  const at = (l: number) => pairs.find((p) => p.en?.place.line === l);
  it('pairs the open house block with its French above it, and the written comments with their French below', () => {
    expect([42, 43, 46].map((l) => at(l)?.fr?.place.line)).toEqual([35, 36, 40]);
    expect(at(48)?.fr?.place.line).toBe(57);
    expect(orphanLines(pairs)).toEqual(['fr 39']);
  });
  it('reads C.P. 1500 in the French address block as French, twin of P.O. Box 1500', () => {
    expect(pairs.find((p) => p.fr?.text.includes('C.P. 1500'))?.en?.text).toContain('P.O. Box 1500');
  });
});

// Blocks of harbour offices (blind round 178), two French-first blocks one after the other among
// English-first ones: the two French blocks are one run of French, which the plan pairs with the
// English before it whole; a pairing may take a run from one of its first blocks and the next run
// up to one of its first blocks, so each block meets its own translation.
describe('two French-first blocks one after the other among English-first blocks', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/gk/harbour-offices.txt'), {});
  const at = (l: number) => pairs.find((p) => p.en?.place.line === l);
  it('pairs each block with its own translation', () => {
    expect([30, 31, 32, 33, 34, 35].map((l) => at(l)?.fr?.place.line)).toEqual([23, 24, 25, 26, 27, 28]);
    expect([44, 45, 46, 48].map((l) => at(l)?.fr?.place.line)).toEqual([37, 38, 39, 42]);
    expect([50, 51, 52, 53].map((l) => at(l)?.fr?.place.line)).toEqual([58, 59, 60, 61]);
  });
  it('leaves only the French sentence with no English alone there', () => {
    expect(orphanLines(pairs, 66)).toEqual(['fr 40']);
  });
});

// A letter in halves, French first (blind round 187), whose English half writes its place line as
// Canada Post does (`Gaspé QC  G4X 1B4`, neither language's words): it is the English half's, twin
// of the French half's `Gaspé (Québec)  G4X 1B4`.
describe('a place line as Canada Post writes it in the English half of a letter', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/gt/avis_crabe_zone12_2026.txt'), {});
  it('pairs it with the French place line', () => {
    expect(pairs.find((p) => p.fr?.place.line === 4)?.en?.place.line).toBe(48);
  });
});

// Blocks of addresses (blind round 163), a French-first block among them: an organisation's name
// both blocks write in French with the place last in each language's way (`– Base de Roberval`,
// `– Roberval Base`), places written `Roberval, QC` and `Roberval (Québec)`, streets written
// `1200 Saint-Joseph Boulevard` and `1020, boulevard Saint-Joseph`, and a French address read as
// runs of both languages at its commas (`1495, rue St. James, local 6`).
describe('blocks of addresses, one French first, with names, places and streets each language writes its way', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/fv/recruitment-days.txt'), {});
  const at = (l: number) => pairs.find((p) => p.en?.place.line === l);
  it('pairs every line of the Roberval and Winnipeg blocks with its twin', () => {
    expect([38, 39, 40, 41, 42, 43].map((l) => at(l)?.fr?.place.line)).toEqual([31, 32, 33, 34, 35, 36]);
    expect([59, 60, 61, 62, 63, 64].map((l) => at(l)?.fr?.place.line)).toEqual([67, 68, 69, 70, 71, 72]);
  });
  it('leaves only the English sentence with no French alone', () => {
    expect(orphanLines(pairs)).toEqual(['en 65']);
  });
});

// A bulletin of lines cut at a dash, French first (blind round 165): a line whose two sides are
// nearly alike (`Cégep Limoilou, 1300, 8e Avenue, local 1241 – Cégep Limoilou, 1300 8e Avenue,
// Room 1241`), or whose French names read as English (`… Québec (Québec)  G1K 7L3 – Office: 165 De
// la Pointe-aux-Lièvres Street South, …`), is cut at its dash as the others are.
describe('lines cut at a dash, French first, two of them read otherwise', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/fx/bulletin-quebec.txt'), {});
  const on = (l: number) => pairs.filter((p) => p.en?.place.line === l && p.method === 'inline');
  it('pairs each side of the line whole', () => {
    expect(on(17).map((p) => [p.fr?.text, p.en?.text])).toEqual([['Cégep Limoilou, 1300, 8e Avenue, local 1241', 'Cégep Limoilou, 1300 8e Avenue, Room 1241']]);
    expect(on(41).map((p) => [p.fr?.text.slice(0, 12), p.en?.text.slice(0, 10)])).toEqual([['Bureau : 165', 'Office: 16']]);
  });
});

// An e-mail signature (blind round 170) whose address line holds the French address and the
// English one across a bar, the French way on one side only: the bar is the cut.
describe('an address each side of a bar, the French way on one side', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/gc/email_flu_clinics_winnipeg.txt'), {});
  it('pairs the two addresses', () => {
    const p = pairs.find((x) => x.fr?.place.line === 52 && x.method === 'inline');
    expect([p?.fr?.text, p?.en?.text]).toEqual(['391, avenue York, Winnipeg (Manitoba)  R3C 0P4', '391 York Avenue, Winnipeg MB  R3C 0P4']);
  });
});

// A city's name in each language across a slash, one word the same (blind round 168).
describe('a name each side of a slash, the same but for one word', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/ga/fair.txt'), {});
  it('pairs Greater Sudbury with Grand Sudbury', () => {
    const p = pairs.find((x) => x.en?.place.line === 2);
    expect([p?.method, p?.en?.text, p?.fr?.text]).toEqual(['inline', 'Greater Sudbury', 'Grand Sudbury']);
  });
});

// Minutes in two files (blind round 170): a French table cell wrapped onto a line of its own,
// indented under its column in small letters, is part of its row.
describe('a table cell wrapped under its row, in one file of a pair', () => {
  it('keeps the wrapped words in the row they go on', async () => {
    const dir = 'test/fixtures/checks/planted/blind/gc';
    const [input] = await readParallelInputs([`${dir}/minutes_2026-11-18_e.txt`, `${dir}/minutes_2026-11-18_f.txt`], {});
    const row = input.pairs.find((p) => p.en?.place.line === 57);
    expect([row?.fr?.place.line, row?.fr?.place.endLine]).toEqual([56, 57]);
    expect(input.pairs.filter((p) => p.fr?.place.line === 57 && !p.en)).toEqual([]);
  });
});

// Blocks of consultation sessions (blind round 172): a venue's name both blocks open with, the French
// block's line going on in French (`…, salle Algonquin`), and a street whose words read as French
// in the English block (`750 des Ruisseaux Boulevard`) beside its French twin in the French-first block.
describe('blocks of sessions, a venue named alike in both and a street read as French in the English block', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/ge/sessions.txt'), {});
  const at = (l: number) => pairs.find((p) => p.en?.place.line === l);
  it('pairs every line of the first and third sessions with its twin', () => {
    expect([20, 21, 22, 23, 24].map((l) => at(l)?.fr?.place.line)).toEqual([26, 27, 28, 29, 30]);
    expect([51, 52, 53, 54, 55].map((l) => at(l)?.fr?.place.line)).toEqual([44, 45, 46, 47, 49]);
  });
});

// A letter in halves (blind round 171): `Case postale 250`, read as English for its number, is French.
describe('a French postal box in the French half of a letter', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/gd/lettre_decision_financement_ILC-2026-0457.txt'), {});
  it('pairs PO Box 250 with Case postale 250', () => {
    expect(pairs.find((p) => p.en?.text === 'PO Box 250')?.fr?.text).toBe('Case postale 250');
  });
});

// Blocks of sites set apart by rules (`-----`), two of them French first (blind round 175): read as
// blocks, not as sections; a French block's line left in English, word for word the English
// block's, stands in the French block's place.
describe('blocks set apart by rules, a French block with a line copied from the English', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/gh/sites-restoration-2026.txt'), {});
  const at = (l: number) => pairs.find((p) => p.en?.place.line === l && p.fr);
  it('pairs the Cartier and Lachine blocks line by line', () => {
    expect([59, 62, 63, 64].map((l) => at(l)?.fr?.place.line)).toEqual([50, 54, 55, 56]);
    expect([75, 76, 77, 80].map((l) => at(l)?.fr?.place.line)).toEqual([68, 69, 70, 73]);
  });
});

// A letter in halves, French first, set apart by `* * *` (blind round 190): the English address's
// street line (`Complexe Jules-Dallaire, 2828 Laurier Boulevard, Suite 500`) reads as French, so
// the English half could as well start under it; it starts under the rule. Its signature's title
// stands over the name in French and under it in English.
describe('a letter in halves set apart by a rule, the English address read as French', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/gw/invitation_atelier_wendake_2027.txt'), {});
  const at = (l: number) => pairs.find((p) => p.en?.place.line === l);
  it('pairs the English heading and address with the French ones', () => {
    expect([45, 46].map((l) => at(l)?.fr?.place.line)).toEqual([1, 2]);
  });
  it('leaves no English line of the heading and address alone', () => {
    expect(orphanLines(pairs).filter((o) => o.startsWith('en'))).toEqual([]);
  });
  // The French signature puts the title over the name, the English under it.
  it('pairs the title with its twin across the name, and the closing formulas', () => {
    expect([83, 82, 80].map((l) => at(l)?.fr?.place.line)).toEqual([40, 41, 38]);
  });
});

// French-first blocks (blind round 190): an English sentence left inside a French paragraph,
// a sentence of the English block below, stands in the French block's place.
describe('an English sentence left inside a French block, copied from the English block below', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/gw/guide_demandeur_PALA_2026-2027.txt'), {});
  it('pairs the French block with the English one', () => {
    expect(pairs.find((p) => p.en?.place.line === 81)?.fr?.place.line).toBe(75);
    expect(pairs.find((p) => p.en?.place.line === 82)?.fr?.place.line).toBe(76);
  });
  it('leaves none of the two blocks alone', () => {
    expect(orphanLines(pairs).filter((o) => Number(o.split(' ')[1]) >= 75 && Number(o.split(' ')[1]) <= 85)).toEqual([]);
  });
});

// A letter in halves (blind round 190): a French paragraph quoting an English title with a dash
// inside « » is one French paragraph, not a line cut at the dash.
describe('a French paragraph quoting an English title with a dash inside', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/gw/lettre_approbation_ILSP-2027-0418.txt'), {});
  it('pairs the English paragraph with the French one', () => {
    const p = pairs.find((x) => x.en?.place.line === 17);
    expect([p?.method, p?.fr?.place.line, p?.fr?.place.endLine]).toEqual(['parallel', 67, 69]);
  });
});

// A notice in halves (blind round 189): a subtitle whose capitalised words the lexicon reads as
// names (`2026 Canada–Alberta Drought Livestock Assistance`) has words only English writes.
describe('a subtitle of capitalised words only English writes, in the English half', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/gv/notice_ab_drought_2026.txt'), {});
  it('pairs it with the French subtitle', () => {
    expect(pairs.find((p) => p.en?.place.line === 4)?.fr?.place.line).toBe(43);
  });
});

// An e-mail signature of bilingual lines (blind round 191) whose address is written once, the
// French way, and given nowhere else: material both languages share.
describe('an address written once in a bilingual signature', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/gx/courriel_saint-laurent-26.txt'), {});
  it('is shared, not an orphan', () => {
    expect(pairs.find((p) => p.fr?.place.line === 24)?.method).toBe('shared');
  });
});

// Inline lines, French first (blind round 194): an English side of capitalised words the lexicon
// takes for names (`Churchill River Estuary Beluga Protection Zone`), words only English's word
// list has (`Estuary`, `Beluga`), is the English side of its slash.
describe('a slash line whose English side is a title of words only English writes', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/ha/churchill-beluga-avis-2027.txt'), {});
  it('pairs the two sides', () => {
    const p = pairs.find((x) => x.fr?.place.line === 2);
    expect([p?.method, p?.en?.text]).toEqual(['inline', 'Churchill River Estuary Beluga Protection Zone']);
  });
});

// A stacked notice (blind round 192): a street's name in capitals as each language writes it.
describe('a street heading over its French twin', () => {
  const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/gy/precinct_winter_operations_notice.txt'), {});
  it('pairs WELLINGTON STREET with RUE WELLINGTON', () => {
    expect(pairs.find((p) => p.en?.text === 'WELLINGTON STREET')?.fr?.text).toBe('RUE WELLINGTON');
  });
});

// English addresses cut at their commas or dashes (blind rounds 193 and 194): a Quebec street's
// name read as French (`182 de l'Église Street, Tadoussac, Quebec  G0T 2A0`), a building's name
// before the street (`Sinclair Centre, 757 West Hastings Street, Vancouver – Suite 400`); and a
// French block's heading copied from the English block above it (`Virtual sessions`).
describe('English addresses in blocks, and a heading copied over the French block', () => {
  it('pairs the signature blocks line by line', () => {
    const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/ha/beluga-zone-courriel.txt'), {});
    expect([29, 30, 31, 32, 33].map((l) => pairs.find((p) => p.en?.place.line === l)?.fr?.place.line)).toEqual([22, 23, 24, 25, 26]);
  });
  it('pairs the Vancouver blocks and the virtual sessions headings', () => {
    const pairs = alignMixed(readDocument('test/fixtures/checks/planted/blind/gz/calendrier_seances_2026-2027.txt'), {});
    expect([56, 57, 58, 66].map((l) => pairs.find((p) => p.en?.place.line === l)?.fr?.place.line)).toEqual([61, 62, 63, 74]);
  });
});
