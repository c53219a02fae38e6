// The English/French word translations shipped for the aligner (rules/translations/en-fr.tsv).

import { describe, it, expect } from 'vitest';
import { baseLexicon, stemTranslationKeys, translationKeys } from '../../src/align/base-lexicon.js';
import { fold } from '../../src/align/parallel-features.js';
import { readParallelInputs } from '../../src/align/parallel-inputs.js';
import { runChecks } from '../../src/checks/run.js';

describe('baseLexicon', () => {
  const enFr = baseLexicon('en', 'fr');

  it('knows general words and their translations, both ways', () => {
    expect(enFr).toContainEqual(['learn', 'apprendre']);
    expect(enFr).toContainEqual(['week', 'semaine']);
    expect(baseLexicon('fr', 'en')).toContainEqual(['semaine', 'week']);
  });

  it('has no function words, no word paired with itself or a cognate, and nothing for other languages (clean cases)', () => {
    for (const w of ['the', 'of', 'and', 'to', 'is']) expect(enFr.some(([en]) => en === w)).toBe(false);
    for (const w of ['le', 'la', 'de', 'et', 'est']) expect(enFr.some(([, fr]) => fr === w)).toBe(false);
    for (const [en, fr] of enFr) {
      const a = fold(en);
      const b = fold(fr);
      expect(a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 4) === b.slice(0, 4))).toBe(false);
    }
    expect(baseLexicon('und', 'fr')).toEqual([]);
  });

  it('gives the same key to a word and its translation', () => {
    const en = translationKeys('Keep reading to learn more.', 'en');
    const fr = translationKeys('Pour en apprendre davantage, lisez la suite.', 'fr');
    expect([...en].filter((k) => fr.has(k))).toContain('learn\tapprendre');
    expect(translationKeys('Les neiges du Kilimandjaro', 'en').size).toBe(0);
  });

  // The list has `asked` / `demandé`; a text says `asked` / `demandent`.
  const shared = (en: string, fr: string): string[] => {
    const there = stemTranslationKeys(fr, 'fr');
    return [...stemTranslationKeys(en, 'en')].filter((k) => there.has(k));
  };

  it('by stems, gives a key to the inflections of a pair of the list', () => {
    expect(shared('Members asked that the data be broken down by region.', 'Ils demandent que les données soient ventilées par région.')).toContain('ask\tdemand');
    expect(translationKeys('Ils demandent', 'fr').size).toBe(0);
  });

  it('by stems, gives a noun in -ment one key in both numbers', () => {
    expect(shared('Subscriptions have been going up.', 'Les abonnements ont grimpé.')).toEqual(['subscription\tabonnem']);
    expect(shared('…about their perspectives on digital government.', 'Au sujet du gouvernement numérique.')).toContain('government\tgouvernem');
  });

  // rules/translations/en-fr-gc.tsv: everyday words of notices and forms that the translations
  // the list was learned from are too few to teach.
  it('knows the everyday words of notices and forms', () => {
    expect(enFr).toContainEqual(['email', 'courriel']);
    expect(enFr).toContainEqual(['maintain', 'entretenir']);
    expect(enFr).toContainEqual(['sailing', 'traversée']);
  });

  it('by stems, does not take one word for another that only begins like it (clean cases)', () => {
    // généralement / usually is no match for `Quartier général`, courir / run for `courant`.
    expect(shared('The sites are usually booked within the first week.', 'Les terrains de camping Chignecto Nord et Quartier général.')).toEqual([]);
    expect(shared('Never run a generator indoors or in a garage.', 'Des pannes de courant sont possibles.')).toEqual([]);
  });
});

// Real page pairs (cds-website-md-pairs, MIT), which the lexicon was not learned from.
const pages = '../shared/corpus/cds-website-md-pairs/pairs';

describe('the aligner with the shipped lexicon', () => {
  // The French paragraph adds a sentence of its own before translating `Keep reading to learn…`
  // (`Pour en apprendre davantage…, poursuivez votre lecture!`): no name, number or cognate
  // links the two, `learn` / `apprendre` does.
  it('pairs a sentence with its translation by their translated words', async () => {
    const inputs = await readParallelInputs([`${pages}/blog-security-snack-time.en.md`, `${pages}/blog-security-snack-time.fr.md`], {});
    const pair = inputs.flatMap((i) => i.pairs).find((p) => p.en?.text.startsWith('Keep reading to learn'));
    expect(pair?.fr?.text).toMatch(/^Pour en apprendre davantage/);
  });
});

describe('missing-translation with the shipped lexicon', () => {
  // `…and adapted it to meet our needs and priorities.` is split off in French (`Nous avons adapté
  // leurs travaux de façon à satisfaire nos besoins et nos priorités.`): `besoins` / `needs` joins
  // the cognates `adapté` and `priorités` in tracing it to the English paragraph.
  it('does not report a French sentence split off an English one, traced by known translations', async () => {
    const inputs = await readParallelInputs([`${pages}/our-commitment.en.md`, `${pages}/our-commitment.fr.md`], {});
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.filter((f) => /Nous avons adapté leurs travaux/.test(f.fr?.text ?? ''))).toEqual([]);
  });

  // The French paragraph stops before `Sometimes, spoilers are a good thing!`.
  it('still reports an English sentence the French paragraph leaves out', async () => {
    const inputs = await readParallelInputs([`${pages}/setting-users-up-for-success-with-content-design.en.md`, `${pages}/setting-users-up-for-success-with-content-design.fr.md`], {});
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.map((f) => f.en?.text)).toContain('Sometimes, spoilers are a good thing!');
  });
});
