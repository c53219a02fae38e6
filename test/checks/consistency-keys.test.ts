// The shared keys of the consistency checks group pairs exactly as groupPairs does, minus the
// groups of one pair (which agree with themselves).

import { describe, expect, it } from 'vitest';
import { elisionOnly, groupByKey, lineMoreOnly } from '../../src/checks/util/consistency-keys.js';
import type { Segment } from '../../src/core/types.js';
import { groupPairs } from '../../src/tm/consistency.js';
import type { Pair } from '../../src/core/types.js';

const place = { file: 'x.txt', line: 1, column: 1, endLine: 1, endColumn: 2 };
const pair = (id: number, en: string | null, fr: string | null, method: Pair['method'] = 'inline'): Pair => ({
  id: `p${id}`,
  method,
  score: 1,
  en: en === null ? null : { text: en, lang: 'en', place },
  fr: fr === null ? null : { text: fr, lang: 'fr', place },
});

const pairs: Pair[] = [
  pair(1, 'Room 201', 'Salle 201'),
  pair(2, 'Room 202', 'Pièce 202'),
  pair(3, 'ROOM 203.', 'Salle 203'),
  pair(4, 'Conference code', 'Code de conférence'),
  pair(5, 'Conference  code:', 'Code de la conférence'),
  pair(6, 'Agenda', 'Agenda'),
  pair(7, 'Agenda', 'Ordre du jour'),
  pair(8, '2021-05-01', '2021-05-01'),
  pair(9, '—', '…'),
  pair(10, '—', '–'),
  pair(11, 'Only one side', null),
  pair(12, 'Shared line', 'Shared line', 'shared'),
  pair(13, "l'ébauche", "L’ébauche"),
  pair(14, 'Draft', "l'ébauche"),
  pair(15, 'Draft', 'Ébauche'),
  pair(16, 'Cafe\u0301', 'Un cafe\u0301'),
  pair(17, 'Café', 'Le café'),
  pair(18, '{name} joined', '{name} a rejoint'),
  pair(19, '{user} joined', '{user} s’est joint'),
];

function reference(by: 'en' | 'fr'): string[][] {
  return [...groupPairs(pairs, by).values()].filter((g) => g.length >= 2).map((g) => g.map((m) => `${m.pair.id}:${m.key}|${m.otherKey}`));
}

describe('groupByKey', () => {
  for (const by of ['en', 'fr'] as const) {
    it(`groups by the ${by === 'en' ? 'English' : 'French'} side as groupPairs does`, () => {
      const groups = [...groupByKey(pairs, by).values()];
      const ref = reference(by);
      expect(groups.map((g) => g.map((m) => m.pair.id))).toEqual(ref.map((g) => g.map((x) => x.split(':')[0])));
      // Other keys are equal exactly when groupPairs's strings are.
      for (let i = 0; i < groups.length; i++) {
        const ids = groups[i].map((m) => m.otherKey);
        const keys = ref[i].map((x) => x.split('|')[1]);
        for (let a = 0; a < ids.length; a++) for (let b = 0; b < ids.length; b++) expect(ids[a] === ids[b]).toBe(keys[a] === keys[b]);
      }
    });
  }

  it('finds the groups this fixture is made of', () => {
    expect([...groupByKey(pairs, 'en').values()].map((g) => g.map((m) => m.pair.id))).toEqual([
      ['p1', 'p2', 'p3'],
      ['p4', 'p5'],
      ['p14', 'p15'],
      ['p16', 'p17'],
      ['p18', 'p19'],
    ]);
  });
});

describe('groupByKey on a large run', () => {
  // Thousands of distinct keys (spelled-out numbers: digits would be masked), each English text
  // twice with two translations: the key table grows several times over.
  const word = (n: number): string => {
    let s = '';
    do {
      s += String.fromCharCode(97 + (n % 26));
      n = Math.floor(n / 26);
    } while (n > 0);
    return s;
  };
  const many: Pair[] = [];
  for (let i = 0; i < 12_000; i++) many.push(pair(i, `item ${word(i % 6000)}`, i % 2 ? `article ${word(i)}` : `élément ${word(i % 6000)}`));

  it('groups as groupPairs does', () => {
    for (const by of ['en', 'fr'] as const) {
      const ref = [...groupPairs(many, by).values()].filter((g) => g.length >= 2).map((g) => g.map((m) => m.pair.id));
      expect([...groupByKey(many, by).values()].map((g) => g.map((m) => m.pair.id))).toEqual(ref);
    }
    expect([...groupByKey(many, 'en').values()]).toHaveLength(6000);
  });
});

describe('groupByKey on keys of one hash and length', () => {
  // Each line holds two texts whose keys have the same 32-bit hash and length (found by search):
  // the table meets them in one slot chain and must still keep them apart.
  const clash: Pair[] = [
    pair(1, 'xwuef uhild', 'kwclu xeyzt'),
    pair(2, 'rcdzm wgdmt', 'bzjog ecqpu'),
    pair(3, 'xwuef uhild', 'bzjog ecqpu'),
    pair(4, 'rcdzm wgdmt', 'bzjog ecqpu'),
    pair(5, 'ufncr qlfiq', 'rkqvb pcwhc'),
  ];

  it('groups by the texts, not by their hash', () => {
    expect([...groupByKey(clash, 'en').values()].map((g) => g.map((m) => `${m.pair.id}:${m.otherKey}`))).toEqual([
      ['p1:0', 'p3:1'],
      ['p2:1', 'p4:1'],
    ]);
    expect([...groupByKey(clash, 'fr').values()].map((g) => g.map((m) => m.pair.id))).toEqual([['p2', 'p3', 'p4']]);
  });
});

// Blind round 137 (bt/capf_thread.txt:106): a signature's French read with the line under it in one
// message (`L'équipe du Fonds…` and `Patrimoine canadien`) and alone in the quoted one.
describe('lineMoreOnly', () => {
  /** A segment of `lines` joined by spaces, its place and its offsets' lines as the file has them. */
  const seg = (...lines: string[]): Segment => {
    const text = lines.join(' ');
    const lineOf = (at: number): number => {
      let end = 0;
      for (let k = 0; k < lines.length; k++) if (at < (end += lines[k].length + 1)) return k + 1;
      return lines.length;
    };
    return {
      text,
      lang: 'fr',
      place: { file: 'f.txt', line: 1, column: 1, endLine: lines.length, endColumn: 1 },
      locate: (from, to) => ({ file: 'f.txt', line: lineOf(from), column: 1, endLine: lineOf(to - 1), endColumn: 1 }),
    };
  };
  const team = "L'équipe du Fonds du Canada pour la présentation des arts";

  it('takes a translation with a line more of the file for the same translation', () => {
    expect(lineMoreOnly(seg(team, 'Patrimoine canadien'), seg(team))).toBe(true);
    expect(lineMoreOnly(seg(team), seg('Patrimoine canadien', team))).toBe(true);
  });

  it('does not when the words more are on the same line, or the text differs', () => {
    expect(lineMoreOnly(seg(`${team} Patrimoine canadien`), seg(team))).toBe(false);
    expect(lineMoreOnly(seg("L'équipe du Fonds", 'Patrimoine canadien'), seg(team))).toBe(false);
  });
});

// Blind round 141 (ez/payments.tmx:11): one sentence a month, `d'avril` before a vowel, `de juin` after.
describe('elisionOnly', () => {
  it("takes translations that differ in their values and the elision they call for for one", () => {
    expect(elisionOnly("Le paiement d'avril sera déposé le lundi 27 avril 2026.", 'Le paiement de juin sera déposé le mardi 29 juin 2026.')).toBe(true);
  });

  it('does not when other words differ, or when only the values do', () => {
    expect(elisionOnly("Le paiement d'avril sera versé le lundi 27 avril 2026.", 'Le paiement de juin sera déposé le mardi 29 juin 2026.')).toBe(false);
    expect(elisionOnly("Code d'accès : 731 250 864#", "Code d'accès : 731 250 846#")).toBe(false);
  });
});
