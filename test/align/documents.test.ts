// Bilingual documents of the kinds the aligner is for, each with its expected pairs written
// beside it (`<name>.expected`: `EN lines <-> FR lines` per pair, `orphan en|fr LINE`). Every
// expected pair must be found, and no other pair may join an EN and a FR segment.

import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../src/core/document.js';
import { alignMixed } from '../../src/align/mixed.js';
import { documentHeading } from '../../src/lang/headings.js';
import type { Segment } from '../../src/core/types.js';

const dir = 'test/fixtures/align/docs';
const lines = (s: Segment): string => (s.place.line === s.place.endLine ? `${s.place.line}` : `${s.place.line}-${s.place.endLine}`);

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

  it('pairs NEWS RELEASE with COMMUNIQUÉ, document headings that share no word', () => {
    expect(at(1)?.fr?.text).toBe('COMMUNIQUÉ');
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
  });
});
