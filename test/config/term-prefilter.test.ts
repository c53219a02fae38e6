// TermIndex looks at a text's words before tokenising it; that glance must never lose a match, so
// matches found through it equal the matches on the fully tokenised text, whatever the options.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TermIndex, longestFirst, tokenize, type MatchOptions } from '../../src/config/terms.js';
import { buildNeedle } from '../../src/rules/needle.js';
import { compilePattern } from '../../src/config/pattern.js';

const where = { file: 'rule.yaml', line: 1, column: 1 };

const TERMS = ['sous procureur', 'sous-ministre', 'Commonwealth', 'de la Commonwealth', 'CRA', 'HNE', 'Attorney General', 'œuvre', 'Élection', 'directeur général', '3D', 'MPs'];
const OPTIONS: MatchOptions[] = [
  { lang: 'fr', inflect: true, ignoreCase: true, strictGaps: true },
  { lang: 'en', inflect: true, ignoreCase: true, strictGaps: false },
  { lang: 'fr', inflect: false, ignoreCase: true, strictGaps: false },
  { lang: 'en', inflect: false, ignoreCase: false, strictGaps: false },
];

const TEXTS = [
  'Les sous procureurs généraux et la SOUS-MINISTRE adjointe.',
  'La Sous Procureure a parlé à l’Œuvre de la commonwealth.',
  'The CRA and the cra; HNE or hne; MPs and MP; 3D printing.',
  'Attorneys General met the attorney-general in the ÉLECTIONS office.',
  'Les Élections du directeur-général, des directrices générales.',
  'Un texte sans aucun terme, rien à trouver ici.',
  'Emoji 😀 sous procureur 𝐀𝐁 astral letters.',
  'Combining e\u0301lection and œuvres; OEUVRE.',
  ...readFileSync('test/fixtures/align/seed-agendas.txt', 'utf8').split('\n').filter((l) => l.trim()),
];

describe('TermIndex prefilter', () => {
  for (const opts of OPTIONS) {
    it(`finds the same matches (${opts.lang}, inflect ${opts.inflect}, ignoreCase ${opts.ignoreCase})`, () => {
      const index = new TermIndex<string>(opts);
      for (const t of TERMS) index.add(t, t);
      let found = 0;
      for (const text of TEXTS) {
        const quick = index.matchAll(text).map((m) => [m.start, m.end, m.term.text]);
        const full = index.matchAll(text, tokenize(text)).map((m) => [m.start, m.end, m.term.text]);
        expect(quick).toEqual(full);
        found += full.length;
      }
      expect(found).toBeGreaterThan(0);
    });
  }
});

describe('case-sensitive literal prefilter of user patterns', () => {
  it('skips texts without the literal as written, and still matches the others', () => {
    const p = compilePattern('(\\d{1,2}(?:er|re)?\\s)Mai', { ignoreCase: false }, where);
    expect(p.usesFolded).toBe(false);
    expect(p.matchAll('le 12 mai 2011')).toEqual([]);
    expect(p.matchAll('Mais le 12 Mai 2011').map((m) => [m.start, m.end])).toEqual([[8, 14]]);
  });

  it('folds for patterns that ignore case, in the flags or inline', () => {
    const flag = compilePattern('(\\d{1,2}\\s)Mai', { ignoreCase: true }, where);
    expect(flag.usesFolded).toBe(true);
    expect(flag.matchAll('le 12 mai').length).toBe(1);
    const inline = compilePattern('(?i)(\\d{1,2}\\s)Mai', { ignoreCase: false }, where);
    expect(inline.usesFolded).toBe(true);
    expect(inline.matchAll('le 12 MAI').length).toBe(1);
  });
});

describe('inflecting rule needles', () => {
  // A needle of inflected terms first looks for its terms' first three letters, case aside: that
  // glance must not lose a match the index finds (plural, feminine, capitals, hyphens, spaces).
  const terms = ['sous ministre', 'sous procureur', 'directeur général', 'procès-verbal'];
  const texts = [
    'Les SOUS-MINISTRES et la Sous Procureure générale.',
    'La directrice générale et les directeurs généraux ont lu les procès-verbaux.',
    'Le sous\u00a0ministre adjoint; DIRECTRICES GÉNÉRALES.',
    'Un texte sans aucun terme.',
  ];
  it('finds what the index finds', () => {
    const needle = buildNeedle(
      terms.map((t) => ({ text: t, data: t, where })),
      { lang: 'fr', inflect: true, ignoreCase: true, regex: false, word: true },
      () => {},
    );
    const index = new TermIndex<string>({ lang: 'fr', inflect: true, ignoreCase: true, strictGaps: true });
    for (const t of terms) index.add(t, t);
    let found = 0;
    for (const text of texts) {
      const hits = needle.find(text).map((h) => [h.start, h.end, h.token]);
      const all = longestFirst(index.matchAll(text)).map((m) => [m.start, m.end, m.term.data]);
      expect(hits, text).toEqual(all);
      found += hits.length;
    }
    expect(found).toBeGreaterThanOrEqual(6);
  });
});
