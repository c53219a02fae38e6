import { describe, it, expect } from 'vitest';
import { displayPath, findingSides, locateSpan, pairIndex } from '../../src/reporters/common.js';
import { SourceDocument } from '../../src/core/document.js';
import { MappedTextBuilder } from '../../src/core/mapped-text.js';
import type { FindingSide, Segment } from '../../src/core/types.js';
import { bilingual, seg } from './fixtures.js';

describe('displayPath', () => {
  // [file as given, cwd, shown]
  const cases: Array<[string, string, string]> = [
    ['agenda.txt', '/p', 'agenda.txt'],
    ['./docs/../agenda.txt', '/p', 'agenda.txt'],
    ['/p/docs/a.md', '/p', 'docs/a.md'],
    ['/q/a.md', '/p', '../q/a.md'],
    ['../shared/seeds/s.txt', '/work/main', '../shared/seeds/s.txt'],
  ];
  for (const [file, cwd, shown] of cases) it(`${file} from ${cwd}`, () => expect(displayPath(file, cwd)).toBe(shown));
});

describe('locateSpan', () => {
  const side = (line: number, column: number, text: string): FindingSide => ({ line, column, text });

  it('tells repeated text apart by position', () => {
    const s = seg('a.txt', 'fr', [4, 1, '14h00-16h00 et 14h00']);
    expect(locateSpan(s, side(4, 1, '14h00'))).toEqual({ from: 0, to: 5 });
    expect(locateSpan(s, side(4, 16, '14h00'))).toEqual({ from: 15, to: 20 });
  });

  it('finds a span in a segment joined from wrapped lines', () => {
    const s = seg('a.txt', 'fr', [6, 3, 'GROUPE DE PRATIQUESUR LA'], [7, 1, 'SÉCURITÉ CYBERNÉTIQUE']);
    expect(locateSpan(s, side(7, 1, 'SÉCURITÉ'))).toEqual({ from: 25, to: 33 });
  });

  it('finds an insertion point (empty text) by position', () => {
    const s = seg('a.txt', 'fr', [17, 16, 'Numéro à composer: 1']);
    expect(locateSpan(s, side(17, 33, ''))).toEqual({ from: 17, to: 17 });
  });

  it('maps through a real document whose text was cleaned (bold markers removed)', () => {
    const doc = new SourceDocument('a.md', '**Ordre** du jour: 9 h');
    const b = new MappedTextBuilder();
    b.appendRange(doc, 2, 7);
    b.appendRange(doc, 9, doc.text.length);
    const mt = b.build();
    const s: Segment = { text: mt.text, lang: 'fr', place: mt.place(doc), locate: (f, t) => mt.place(doc, f, t) };
    expect(s.text).toBe('Ordre du jour: 9 h');
    // "jour" is at file column 14; in the cleaned text at offset 9.
    expect(locateSpan(s, side(1, 14, 'jour'))).toEqual({ from: 9, to: 13 });
  });

  it('uses columns when a one-line segment has no map', () => {
    const s: Segment = { text: 'at 2:00 and 2:00', lang: 'en', place: { file: 'k.xlf', line: 3, column: 10, endLine: 3, endColumn: 26 } };
    expect(locateSpan(s, side(3, 22, '2:00'))).toEqual({ from: 12, to: 16 });
  });

  it('gives nothing when the text is not in the segment and cannot be placed', () => {
    const s: Segment = { text: 'Agenda', lang: 'en', place: { file: 'k.xlf', line: 3, column: 1, endLine: 4, endColumn: 2 } };
    expect(locateSpan(s, side(3, 1, 'Ordre'))).toBeUndefined();
  });
});

describe('findingSides', () => {
  it('shows both sides of the pair, marks the side the finding is on, and knows orphans', () => {
    const pairs = pairIndex(bilingual);
    const tz = bilingual.findings!.find((f) => f.rule === 'timezone')!;
    const s = findingSides(tz, pairs);
    expect(s.en).toMatchObject({ line: 11, span: { from: 36, to: 39 }, missing: false });
    expect(s.fr).toMatchObject({ line: 12, missing: false });
    expect(s.fr!.span).toBeUndefined();
    const orphan = findingSides(bilingual.findings!.find((f) => f.line === 23)!, pairs);
    expect(orphan.fr).toMatchObject({ missing: true });
  });
});
