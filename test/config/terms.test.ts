// Term matching: inflection, elision, acronyms, gaps, and the replacement that keeps endings.

import { describe, it, expect } from 'vitest';
import { TermIndex, frStem, enStem, fold, inflectReplacement, matchCase, type MatchOptions } from '../../src/config/terms.js';

const FR: MatchOptions = { lang: 'fr', inflect: true, ignoreCase: true, strictGaps: false };
const EN: MatchOptions = { lang: 'en', inflect: true, ignoreCase: true, strictGaps: false };

function find(opts: MatchOptions, term: string, text: string): string[] {
  const idx = new TermIndex<null>(opts);
  idx.add(term, null);
  return idx.matchLongest(text).map((m) => text.slice(m.start, m.end));
}

describe('stems', () => {
  // Each row: forms that must share a stem.
  const fr: string[][] = [
    ['procureur', 'procureurs', 'procureure', 'procureures'],
    ['général', 'générale', 'généraux', 'générales', 'GÉNÉRAL'],
    ['bureau', 'bureaux'],
    ['travail', 'travaux'],
    ['directeur', 'directrice', 'directeurs', 'directrices'],
    ['adjoint', 'adjointe', 'adjoints', 'adjointes'],
    ['délégué', 'déléguée', 'délégués'],
    ['sous-ministre', 'sous-ministres'].map((w) => w.split('-')[1]),
    ['barreau', 'barreaux'],
    ['exécutif', 'exécutive'],
    ['œuvre', 'oeuvre'],
  ];
  for (const forms of fr) {
    it(`FR ${forms.join(' = ')}`, () => {
      const stems = new Set(forms.map((f) => frStem(fold(f))));
      expect([...stems]).toHaveLength(1);
    });
  }
  const en: string[][] = [
    ['attorney', 'attorneys'],
    ['agency', 'agencies'],
    ['business', 'businesses'],
    ['chairman', 'chairmen'],
    ['service', 'services'],
  ];
  for (const forms of en) {
    it(`EN ${forms.join(' = ')}`, () => {
      expect(new Set(forms.map((f) => enStem(fold(f)))).size).toBe(1);
    });
  }
  it('keeps different words apart', () => {
    expect(frStem(fold('ministre'))).not.toBe(frStem(fold('ministère')));
    expect(enStem('bus')).toBe('bus');
    expect(frStem('1er')).toBe('1er');
  });
});

describe('TermIndex', () => {
  it('finds French plurals and feminines of a multi-word term', () => {
    expect(find(FR, 'procureur général', 'les procureurs généraux du Canada')).toEqual(['procureurs généraux']);
    expect(find(FR, 'procureur général', 'la procureure générale')).toEqual(['procureure générale']);
    expect(find(FR, 'procureur général', 'des sous procureurs')).toEqual([]);
  });

  it('finds English plurals on any word', () => {
    expect(find(EN, 'Attorney General', 'Quintet of Attorneys General July meeting')).toEqual(['Attorneys General']);
  });

  it('tolerates elision: the apostrophe is a gap', () => {
    expect(find(FR, 'ébauche', "Discussion de l'ébauche du mandat")).toEqual(['ébauche']);
    expect(find(FR, "heure normale de l'Est", 'à 14 h, heure normale de l’Est')).toEqual(['heure normale de l’Est']);
  });

  it('matches acronyms in capitals only, with a plural s', () => {
    expect(find(FR, 'HNE', 'le dîner est servi à 14 h HNE')).toEqual(['HNE']);
    expect(find(EN, 'EST', 'This est a test')).toEqual([]);
    expect(find(EN, 'MP', 'Two MPs voted')).toEqual(['MPs']);
  });

  it('lets a space, a no-break space or a hyphen stand for one another unless gaps are strict', () => {
    expect(find(FR, 'sous-ministre', 'le sous ministre')).toEqual(['sous ministre']);
    expect(find(FR, 'sous-ministre', 'le sous\u00a0ministre')).toEqual(['sous\u00a0ministre']);
    const strict = { ...FR, strictGaps: true };
    expect(find(strict, 'sous ministre', 'le sous-ministre')).toEqual([]);
    expect(find(strict, 'sous ministre', 'le sous  ministre')).toEqual(['sous  ministre']);
  });

  it('prefers the longest term', () => {
    const idx = new TermIndex<string>(EN);
    idx.add('Attorney General', 'ag');
    idx.add('Deputy Attorney General', 'dag');
    expect(idx.matchLongest('the Deputy Attorney General said').map((m) => m.term.data)).toEqual(['dag']);
  });

  it('does not match inside words', () => {
    expect(find(FR, 'mandat', 'mandataire')).toEqual([]);
  });
});

describe('inflectReplacement', () => {
  const idx = new TermIndex<null>({ lang: 'fr', inflect: true, ignoreCase: true, strictGaps: true });
  idx.add('sous procureur', null);
  idx.add('de la Commonwealth', null);
  const rep = (text: string, by: string): string | null => inflectReplacement(idx.matchLongest(text)[0], by);

  it('carries the ending and the case over', () => {
    expect(rep('des sous procureurs', 'sous-procureur')).toBe('sous-procureurs');
    expect(rep('Sous procureure', 'sous-procureur')).toBe('Sous-procureure');
    expect(rep('SOUS PROCUREUR', 'sous-procureur')).toBe('SOUS-PROCUREUR');
    expect(rep('ministres du droit de la Commonwealth', 'du Commonwealth')).toBe('du Commonwealth');
  });

  it('gives up when an ending is not a plain suffix', () => {
    const g = new TermIndex<null>({ lang: 'fr', inflect: true, ignoreCase: true, strictGaps: true });
    g.add('procureur general', null);
    expect(inflectReplacement(g.matchLongest('procureurs généraux')[0], 'procureur général')).toBeNull();
  });

  it('matchCase', () => {
    expect(matchCase('Sous', 'sous-ministre')).toBe('Sous-ministre');
    expect(matchCase('sous', 'sous-ministre')).toBe('sous-ministre');
    expect(matchCase('HSE', 'hne')).toBe('HNE');
  });
});
