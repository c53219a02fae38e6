// The seed document (three bilingual agendas and an English-only UN report) aligned end to end.
// Expected pairs are written as "EN lines ↔ FR lines"; the list is complete: any other pair
// joining an EN and a FR segment is a mistake.

import { describe, it, expect } from 'vitest';
import { readDocument } from '../../src/core/document.js';
import { alignMixed } from '../../src/align/mixed.js';
import type { Pair, Segment } from '../../src/core/types.js';

const doc = readDocument('test/fixtures/align/seed-agendas.txt');
const pairs = alignMixed(doc);

const lines = (s: Segment | null): string => (s ? (s.place.line === s.place.endLine ? `${s.place.line}` : `${s.place.line}-${s.place.endLine}`) : '-');
const key = (p: Pair): string => `${lines(p.en)} ↔ ${lines(p.fr)}`;

// Every translation pair of the seed (the list, plus the inline pairs it abbreviates).
const EXPECTED_PAIRS = [
  '3-4 ↔ 6-7', '9 ↔ 9', '11 ↔ 12', '15 ↔ 15', '17 ↔ 17', '18 ↔ 18', '26 ↔ 26', '27 ↔ 27', '32 ↔ 32',
  '34-35 ↔ 37-39', '41 ↔ 41', '44 ↔ 45', '48 ↔ 48', '50 ↔ 50', '51 ↔ 51', '54 ↔ 54', '55 ↔ 55',
  '57 ↔ 57', '58 ↔ 58', '60 ↔ 60', '63 ↔ 63', '64 ↔ 64', '66-67 ↔ 69-71', '73 ↔ 73', '75 ↔ 76',
  '79 ↔ 79', '81 ↔ 81', '82 ↔ 82', '84 ↔ 84', '88 ↔ 88', '90 ↔ 90', '91 ↔ 91', '92 ↔ 92', '93 ↔ 93',
  '94 ↔ 94', '95 ↔ 95', '119 ↔ 119-120',
];

describe('seed agendas', () => {
  it('finds every translation pair, and no other', () => {
    const found = pairs.filter((p) => p.en && p.fr && p.method !== 'shared').map(key);
    expect(found.sort()).toEqual([...EXPECTED_PAIRS].sort());
  });

  it('gives the inline pairs their exact texts', () => {
    const text = (l: number): Array<[string, string]> =>
      pairs.filter((p) => p.en?.place.line === l && p.fr && p.method === 'inline').map((p) => [p.en!.text, p.fr!.text]);
    expect(text(9)).toEqual([['Agenda', 'Ordre du jour']]);
    expect(text(64)).toEqual([['Update/Roundtable/General Discussion', 'Mise à jour/Tour de table/Discussion ouverte']]);
    expect(text(17)).toEqual([['Dial-in number', 'Numéro à composer:']]);
    expect(text(119)).toEqual([['Update on Current Files of Interest – Roundtable', "Le point sur les dossiers actuels d'intérêt/Tour de table"]]);
  });

  it('joins wrapped headings without the bold markers and keeps their places', () => {
    const p = pairs.find((q) => q.en?.place.line === 3)!;
    expect(p.method).toBe('block');
    expect(p.en!.text).toBe('CYBERSECURITY PRACTICE GROUP MEETING');
    expect(p.fr!.text).toBe('GROUPE DE PRATIQUESUR LA SÉCURITÉ CYBERNÉTIQUE');
    expect(p.en!.place).toEqual({ file: 'test/fixtures/align/seed-agendas.txt', line: 3, column: 3, endLine: 4, endColumn: 23 });
    // "SUR" inside the FR heading maps back to line 6.
    const at = p.fr!.text.indexOf('SUR');
    expect(p.fr!.locate!(at, at + 3)).toMatchObject({ line: 6, column: 21, endLine: 6, endColumn: 24 });
  });

  it('leaves the credit lines, the time tail of line 57 and the UN report as English orphans', () => {
    const orphans = pairs.filter((p) => p.method === 'orphan');
    expect(orphans.every((p) => p.en && !p.fr)).toBe(true);
    const orphanLines = new Set(orphans.map((p) => p.en!.place.line));
    for (const l of [57, 86, 97, 101, 105, 109, 117, 122, 128, 149]) expect(orphanLines.has(l)).toBe(true);
    expect(orphans.find((p) => p.en!.place.line === 57)!.en!.text).toBe('approx. 1:45 - 2:15');
    // Nothing from line 122 on has a French side.
    expect(pairs.filter((p) => (p.en?.place.line ?? 0) >= 122 && p.fr && p.method !== 'shared')).toEqual([]);
  });

  it('treats exemption marks, [REDACTED], addresses and "1. Introduction" as neutral', () => {
    for (const l of [13, 20, 22, 24, 28, 29, 30, 31, 46, 53, 77]) {
      const here = pairs.filter((p) => (p.en ?? p.fr)!.place.line === l);
      expect(here.length, `line ${l}`).toBeGreaterThan(0);
      expect(here.every((p) => p.method === 'shared'), `line ${l}: ${here.map((p) => p.method)}`).toBe(true);
    }
  });

  it('points every segment inside the file', () => {
    for (const p of pairs) {
      for (const s of [p.en, p.fr]) {
        if (!s) continue;
        expect(s.place.line).toBeGreaterThanOrEqual(1);
        expect(s.place.endLine).toBeLessThanOrEqual(doc.lineCount);
        const first = doc.line(s.place.line);
        expect(s.place.column).toBeLessThanOrEqual(first.length + 1);
        if (s.place.line === s.place.endLine) expect(first.slice(s.place.column - 1, s.place.endColumn - 1).length).toBe(s.place.endColumn - s.place.column);
      }
    }
  });
});
