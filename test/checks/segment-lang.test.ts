// The function-word glance of segment-lang.ts, read in one pass without word objects, gives the
// answers of the plain definition: two French function words or elisions (or three accented
// letters) make a text look French; two English ones, and fewer than two French, English.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksEnglish, looksFrench } from '../../src/checks/util/segment-lang.js';
import { words } from '../../src/checks/util/words.js';
import type { Segment } from '../../src/core/types.js';

const FR = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'un', 'une', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'avec', 'au', 'aux', 'vous', 'nous', 'ce', 'cette', 'sont', 'par', 'ou', 'à']);
const EN = new Set(['the', 'and', 'of', 'to', 'is', 'for', 'with', 'that', 'this', 'are', 'be', 'you', 'we', 'it', 'was', 'by', 'from', 'have', 'has', 'not', 'or']);

/** The definition, word by word. */
function reference(text: string): { fr: boolean; en: boolean } {
  const w = words(text).all();
  const elided = (x: string) => /^(?:l|d|j|n|s|c|m|t|qu)['’]./i.test(x) && x.length >= 3;
  const fr = w.filter((x) => (x.length <= 5 && FR.has(x)) || elided(x)).length;
  const en = w.filter((x) => x.length <= 4 && EN.has(x)).length;
  const accents = [...text].filter((c) => 'àâçéèêëîïôûùüÿœÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ'.includes(c)).length;
  return { fr: fr >= 2 || accents >= 3, en: fr < 2 && en >= 2 };
}

const seg = (text: string): Segment => ({ text, lang: 'und', place: { file: 'x', line: 1, column: 1, endLine: 1, endColumn: 1 } });

const TEXTS = [
  'The minutes of the meeting',
  'Le procès-verbal de la réunion',
  "L'ordre du jour et l’annexe",
  'À la maison',
  'THE END OF THE DAY',
  'LE PLAN ET LE BUDGET',
  'Qu’il soit ainsi',
  'Élève Éric à Québec',
  'for you and me',
  'Version 2.0 — release notes',
  '',
  ...readFileSync('test/fixtures/align/seed-agendas.txt', 'utf8').split('\n'),
];

describe('looksFrench / looksEnglish', () => {
  it('agree with the word-by-word definition', () => {
    for (const t of TEXTS) expect({ text: t, fr: looksFrench(seg(t)), en: looksEnglish(seg(t)) }).toEqual({ text: t, ...reference(t) });
  });

  it('read plain cases', () => {
    expect(looksFrench(seg('Le procès-verbal de la réunion'))).toBe(true);
    expect(looksEnglish(seg('The minutes of the meeting'))).toBe(true);
    expect(looksEnglish(seg('Le plan and the budget de la ville'))).toBe(false);
    expect(looksFrench(seg('Version 2.0'))).toBe(false);
  });
});

// Blind rounds 118 and 124: a French contact line that is a phone number and an e-mail address
// (`819-994-5595 media@hrsdc-rhdcc.gc.ca`) read as English for the address's `media`, and its
// mistyped number went unreported. Addresses say nothing of a text's language.
describe('the language of a text with e-mail and web addresses', () => {
  it('reads no word inside an address', async () => {
    const { scoreText } = await import('../../src/lang/identify.js');
    expect(scoreText('819-994-5595 media@hrsdc-rhdcc.gc.ca')).toMatchObject({ words: 0, score: 0 });
    expect(scoreText('Visit https://www.canada.ca/en/services.html for details').score).toBeLessThan(-3);
    expect(scoreText('Consultez le site www.canada.ca/en/services pour en savoir plus').score).toBeGreaterThan(3);
  });
});
