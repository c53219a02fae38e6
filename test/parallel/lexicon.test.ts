// Word pairs for the aligner from glossary terms.

import { describe, it, expect } from 'vitest';
import { glossaryLexicon } from '../../src/align/parallel-lexicon.js';

describe('glossaryLexicon', () => {
  it('pairs one-word terms and the one word left once cognates are set aside', () => {
    const entries = [
      { en: ['CRA'], fr: ['ARC'] },
      { en: ['UN'], fr: ['ONU'] },
      { en: ['deadline'], fr: ['échéance'] },
      { en: ['Attorney General'], fr: ['procureur général', 'procureure générale'] },
    ];
    expect(glossaryLexicon(entries)).toEqual([
      ['cra', 'arc'],
      ['un', 'onu'],
      ['deadline', 'échéance'],
      ['attorney', 'procureur'],
      ['attorney', 'procureure'],
    ]);
  });

  it('gives nothing for terms the aligner already pairs, or whose words do not correspond one to one (clean cases)', () => {
    const entries = [
      { en: ['Canada Revenue Agency'], fr: ['Agence du revenu du Canada'] },
      { en: ['deadline'], fr: ['date limite'] },
      { en: ['Employment Insurance benefits'], fr: ['prestations d’assurance-emploi'] },
      { en: ['HSE'], fr: [] },
    ];
    expect(glossaryLexicon(entries)).toEqual([]);
  });
});
