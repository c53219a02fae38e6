// The language of short texts whose one telling word is a title, an abbreviation or a word of both
// languages used one language's way, each with the reading expected beside it (`und`: neither).

import { describe, expect, it } from 'vitest';
import { identify } from '../../src/lang/identify.js';

const CASES: Array<[string, 'en' | 'fr' | 'und', string]> = [
  // A salutation of a title and a name alone: the title is each language's own.
  ['Mr. Lapointe,', 'en', 'an English title in a salutation'],
  ['>> Ms. Anne Simard:', 'en', 'an English title in a quoted salutation'],
  ['Mme Simard,', 'fr', 'a French title in a salutation'],
  ['Mr. Lapointe', 'und', 'a title and a name, no salutation: a name'],
  // A French letter's enclosures.
  ['p. j. (2)', 'fr', 'pièces jointes'],
  ['Encl. (2)', 'en', 'enclosures'],
  // Provinces written one language's way.
  ['Saint-Hyacinthe, Que.', 'en', 'an English province after a place and its comma'],
  ['Que.', 'en', 'an English province alone (a piece of a line cut at its comma)'],
  ['Ont.', 'und', 'a province both languages abbreviate so'],
  ['Ils ont.', 'fr', 'the verb, not the province'],
  // Words of both languages used one language's way.
  ['$110 plus the passport fee.', 'en', 'plus after an amount'],
  ['110 $ en plus des droits de passeport.', 'fr', 'the French adverb'],
  ['Site Web : https://www.nutritionnordcanada.gc.ca/sscc', 'fr', 'site Web, French word order'],
  ['Our Web site: https://www.example.ca', 'en', 'Web site, English word order'],
  ['Site 2:', 'und', 'site alone, a word of both languages'],
  // Canadian places of several words (rules/lang/places-ca.txt) are names in a longer text.
  ['GARE MARITIME DE NORTH SYDNEY', 'fr', 'North Sydney, a place, in a French heading in capitals'],
  ['Gare maritime de North Sydney', 'fr', 'North Sydney, a place, in a French heading'],
  ['Greater Sudbury', 'en', 'the English name of a place, alone'],
  ['Happy Valley-Goose Bay, Newfoundland and Labrador', 'en', 'a place and an English province'],
];

describe('the language of short texts', () => {
  it.each(CASES)('%s is %s (%s)', (text, lang) => {
    expect(identify(text)).toBe(lang);
  });
});
