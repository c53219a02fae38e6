// The normalised form and the match score, case by case with the expected result beside each.

import { describe, it, expect } from 'vitest';
import { analyse, normalForm, groupKey, wordCount, hash53 } from '../../src/tm/normalise.js';
import { boundedDistance, scoreTexts } from '../../src/tm/score.js';

describe('normalForm', () => {
  const cases: Array<[string, string]> = [
    ['Agenda', 'agenda'],
    ['Room 201', 'room #'],
    ['Room\u00a0202 ', 'room #'],
    ["Discussion de l'ébauche du mandat", "discussion de l' ébauche du mandat"],
    ['Discussion de l’ébauche', "discussion de l' ébauche"],
    ["don't stop, it's fine", "don't stop it's fine"],
    ['4,250,000 $ and 4 250 000 and 2,5 millions', '# and # # # and # millions'],
    ['13h30-15h30 HSE, le 1er mai', '# # hse le # mai'],
    ['COVID-19 / COVID19', 'covid # covid #'],
    ['Hello {0}, you have %d <b>new</b> messages', 'hello {} you have {} <> new <> messages'],
    ['Total: {count, plural, one {# item} other {# items}}', 'total {}'],
    ['TMX codes {1}bold{/1} and {2/}', 'tmx codes {} bold {} and {}'],
    ['50 % des gens', '# des gens'],
    ['— … —', ''],
  ];
  it.each(cases)('%j → %j', (text, expected) => {
    expect(normalForm(text)).toBe(expected);
  });

  it('is the same for NFC and NFD input, and offsets refer to the NFC text', () => {
    const nfd = 'Se\u0301curite\u0301 publique';
    expect(normalForm(nfd)).toBe(normalForm('Sécurité publique'));
    const a = analyse(nfd);
    expect(a.tokens.map((t) => [t.raw, t.start, t.end])).toEqual([
      ['Sécurité', 0, 8],
      ['publique', 9, 17],
    ]);
  });

  it('keeps the raw forms and kinds, and the punctuation as written', () => {
    const a = analyse('«Room 201» – see {0}… l’avis');
    expect(a.tokens.map((t) => `${t.kind}:${t.raw}`)).toEqual(['word:Room', 'number:201', 'word:see', 'code:{0}', 'word:l’', 'word:avis']);
    expect(a.punct).toBe('«»–…’');
  });

  it('groups texts without words by their punctuation', () => {
    expect(groupKey('—')).not.toBe(groupKey('…'));
    expect(groupKey('Agenda:')).toBe(groupKey('AGENDA'));
  });

  it('counts words and numbers, not tags or placeholders', () => {
    expect(wordCount('Hello {0}, you have 3 <b>new</b> messages')).toBe(6);
    expect(wordCount("l'ébauche du mandat")).toBe(4);
  });

  it('hashes to safe integers, equal for equal strings', () => {
    const h = hash53('Conference code');
    expect(Number.isSafeInteger(h)).toBe(true);
    expect(hash53('Conference code')).toBe(h);
    expect(hash53('Conference codes')).not.toBe(h);
  });
});

describe('match score', () => {
  // [query, unit, score, reasons]
  const cases: Array<[string, string, number, string[]]> = [
    ['Conference code', 'Conference code', 100, []],
    ['Conference code', 'Conference  code ', 100, []],
    ['Room 201', 'Room 202', 98, ['numbers']],
    ['From 2 to 3 pm', 'From 3 to 2 pm', 98, ['numbers']],
    ['Room 201, floor 3', 'Room 202, floor 4', 96, ['numbers']],
    ['Call 1-877-413-4782 or 613-555-0100 now', 'Call 1-800-555-0199 or 819-555-0142 now', 95, ['numbers']],
    ['Hello {0}', 'Hello {1}', 98, ['codes']],
    ['See <b>page</b>', 'See <i>page</i>', 96, ['codes']],
    ['Conference code', 'Conference code:', 99, ['punctuation']],
    ["Discussion de l'ébauche", 'Discussion de l’ébauche', 99, ['punctuation']],
    ['« Agenda »', '"Agenda"', 99, ['punctuation']],
    ['Conference code', 'CONFERENCE CODE', 99, ['case']],
    ['Agenda for the meeting', 'Agenda for the session', 75, []],
    ['Agenda for the meeting', 'Agenda for the meeting today', 80, []],
    ['the cat sat', 'a dog ran', 0, []],
    ['Agenda for the meeting', 'Agenda for the session:', 74, ['punctuation']],
  ];
  it.each(cases)('%j against %j: %i', (q, u, score, reasons) => {
    const r = scoreTexts(analyse(q), analyse(u));
    expect(r.score).toBe(score);
    expect(r.penalty.reasons).toEqual(reasons);
  });

  it('never reaches 100 when numbers, codes, punctuation or case differ', () => {
    for (const [q, u] of [
      ['Room 201', 'Room 202'],
      ['Hi {0}', 'Hi {1}'],
      ['Yes.', 'Yes!'],
      ['yes', 'Yes'],
    ]) {
      const r = scoreTexts(analyse(q), analyse(u));
      expect(r.score).toBeGreaterThanOrEqual(95);
      expect(r.score).toBeLessThan(100);
    }
  });
});

describe('boundedDistance', () => {
  function levenshtein(a: number[], b: number[]): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  }

  it('agrees with the full dynamic programme within its band, and says k + 1 beyond it', () => {
    let seed = 42;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let trial = 0; trial < 2000; trial++) {
      const a = Array.from({ length: rnd(12) }, () => rnd(5));
      const b = Array.from({ length: rnd(12) }, () => rnd(5));
      const k = rnd(8);
      const full = levenshtein(a, b);
      const got = boundedDistance(a, 0, a.length, b, 0, b.length, k);
      expect(got).toBe(full <= k ? full : k + 1);
    }
  });

  it('reads sub-ranges of larger arrays', () => {
    const a = new Int32Array([9, 9, 1, 2, 3, 9]);
    const b = new Int32Array([7, 1, 3, 7]);
    expect(boundedDistance(a, 2, 3, b, 1, 2, 5)).toBe(1);
  });
});
