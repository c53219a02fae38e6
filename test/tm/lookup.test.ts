// Fuzzy lookup: expected matches beside each query on a small memory; the index against an
// exhaustive scan with the same score on real sentences; the index cache and its refresh.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TmStore } from '../../src/tm/store.js';
import { FuzzyMatcher } from '../../src/tm/lookup.js';
import { cachePath } from '../../src/tm/index-cache.js';
import { concordance } from '../../src/tm/concordance.js';

let dir: string;
let store: TmStore;
const UNITS: Array<[string, string]> = [
  ['Agenda', 'Ordre du jour'],
  ['Conference code', 'Code de conférence'],
  ['Dial-in number', 'Numéro à composer'],
  ['Room 5362', 'Pièce 5362'],
  ['Discussion of draft Terms of Reference', "Discussion de l'ébauche du mandat"],
  ['Quintet of Attorneys General July meeting', 'Réunion de juillet des sous procureurs'],
  ['Commonwealth Law Ministers July meeting', 'Réunion de juillet des ministres du droit du Commonwealth'],
  ['Update from the Cybersecurity Secretariat', 'Mise à jour du Secrétariat de la cybersécurité'],
  ['Hello {0}, you have new messages', 'Bonjour {0}, vous avez de nouveaux messages'],
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bitext-tm-lookup-'));
  store = TmStore.open(join(dir, 'tm.sqlite'), { create: true });
  await store.write((w) => UNITS.forEach(([en, fr], i) => w.add({ en, fr, origin: { file: 'seed.txt', line: i + 1, method: 'inline' } })));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('lookup on a small memory', () => {
  // [query, expected best EN, score] — or null when nothing reaches 50
  const cases: Array<[string, string | null, number]> = [
    ['Agenda', 'Agenda', 100],
    ['agenda', 'Agenda', 99],
    ['Room 5363', 'Room 5362', 98],
    ['Conference code:', 'Conference code', 99],
    ['Discussion of the draft Terms of Reference', 'Discussion of draft Terms of Reference', 85],
    ['Commonwealth Law Ministers August meeting', 'Commonwealth Law Ministers July meeting', 80],
    ['Hello {1}, you have new messages', 'Hello {0}, you have new messages', 98],
    ['Quintet of Attorneys General meeting', 'Quintet of Attorneys General July meeting', 83],
    ['July meeting of the ministers', null, 0],
    ['The weather is nice today', null, 0],
  ];
  it.each(cases)('%j → %j at %i', (query, en, score) => {
    const m = FuzzyMatcher.open(store, 'en', { cache: false });
    const [best] = m.lookup(query, { limit: 3 });
    if (en === null) expect(best).toBeUndefined();
    else expect([best?.unit.en, best?.score]).toEqual([en, score]);
  });

  it('ranks deterministically and respects limit and threshold', () => {
    const m = FuzzyMatcher.open(store, 'en', { cache: false });
    const r = m.lookup('July meeting', { limit: 5, minScore: 30 });
    expect(r.map((x) => [x.unit.en, x.score])).toEqual([
      ['Commonwealth Law Ministers July meeting', 40],
      ['Quintet of Attorneys General July meeting', 33],
    ]);
    expect(m.lookup('July meeting', { limit: 1, minScore: 30 })).toHaveLength(1);
    expect(m.lookup('July meeting')).toEqual([]);
  });

  it('looks up French too', () => {
    const m = FuzzyMatcher.open(store, 'fr', { cache: false });
    const [best] = m.lookup('Discussion de l’ébauche du mandat');
    expect([best.unit.en, best.score]).toEqual(['Discussion of draft Terms of Reference', 99]);
  });

  it('says when a 100 % match is a context match', async () => {
    await store.write((w) => w.add({ en: 'Agenda', fr: 'Ordre du jour', origin: { file: 'seed.txt', line: 40, method: 'inline' }, context: { prev: 'CYBER SECURITY PRACTICE GROUP MEETING', next: null } }));
    const m = FuzzyMatcher.open(store, 'en', { cache: false });
    expect(m.lookup('Agenda', { limit: 1, context: { prev: 'CYBER SECURITY PRACTICE GROUP MEETING', next: null } })[0].context).toBe(true);
    expect(m.lookup('Agenda', { limit: 1, context: { prev: 'Something else', next: null } })[0].context).toBe(false);
  });
});

describe('concordance', () => {
  it('finds every unit with all the words, either language, and marks the hits', () => {
    const ms = { en: FuzzyMatcher.open(store, 'en', { cache: false }), fr: FuzzyMatcher.open(store, 'fr', { cache: false }) };
    const r = concordance(store, ms, 'july meeting');
    expect(r.hits.map((h) => h.unit.en)).toEqual(['Commonwealth Law Ministers July meeting', 'Quintet of Attorneys General July meeting'].sort((a, b) => a.length - b.length));
    const h = r.hits[0];
    expect(h.en.map(([a, b]) => h.unit.en.slice(a, b))).toEqual(['July meeting']);
    expect(h.phrase).toBe(true);
    const fr = concordance(store, ms, "l'ébauche");
    expect(fr.hits.map((x) => x.fr.map(([a, b]) => x.unit.fr.slice(a, b)))).toEqual([["l'ébauche"]]);
    expect(concordance(store, ms, '5362').hits.map((x) => x.unit.en)).toEqual(['Room 5362']);
    expect(concordance(store, ms, '5363').hits).toEqual([]);
    expect(concordance(store, ms, 'zebra').hits).toEqual([]);
  });
});

describe('the index against an exhaustive scan (same score)', () => {
  it('finds the same best match on exact, edited and novel sentences', async () => {
    const corpus = '../shared/eval/corpora/opus-mt-testsets-enfr';
    const en = existsSync(corpus)
      ? readFileSync(join(corpus, readdirSync(corpus).find((f) => f.startsWith('newstest2013') && f.endsWith('.eng'))!), 'utf8').split('\n').filter(Boolean)
      : [];
    if (en.length === 0) return; // the shared corpora are not beside this checkout
    const fr = readFileSync(join(corpus, 'newstest2013.fra'), 'utf8').split('\n');
    const big = TmStore.open(join(dir, 'big.sqlite'), { create: true });
    await big.write((w) => en.slice(0, 2500).forEach((t, i) => fr[i] && w.add({ en: t, fr: fr[i], origin: { file: 'newstest2013', line: i + 1, method: 'parallel' } })));
    const m = FuzzyMatcher.open(big, 'en', { cache: false });
    let seed = 3;
    const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const queries: string[] = [];
    for (let i = 0; i < 40; i++) queries.push(en[rnd(2500)]);
    for (let i = 0; i < 40; i++) {
      const w = en[rnd(2500)].split(' ');
      w.splice(rnd(w.length), 1);
      w.splice(rnd(w.length), 0, 'however');
      queries.push(w.join(' '));
    }
    for (let i = 0; i < 40; i++) queries.push(en[2500 + i]);
    for (const q of queries) {
      const a = m.lookup(q, { limit: 3 }).map((x) => x.score);
      const b = m.exhaustive(q, { limit: 3 }).map((x) => x.score);
      // Below 75 only when nothing reaches 75 (the CAT tools' way): otherwise the same list.
      expect(a, q).toEqual((b[0] ?? 0) >= 75 ? b.filter((s) => s >= 75) : b);
    }
    big.close();
  });
});

describe('index cache', () => {
  it('is written beside the store, reused, and brought up to date after writes', async () => {
    const path = join(dir, 'cached.sqlite');
    const s = TmStore.open(path, { create: true });
    await s.write((w) => UNITS.forEach(([en, frText], i) => w.add({ en, fr: frText, origin: { file: 'a', line: i, method: 'keyed' } })));
    expect(FuzzyMatcher.open(s, 'fr').source).toBe('built');
    expect(existsSync(cachePath(path, 'fr'))).toBe(true);
    expect(FuzzyMatcher.open(s, 'fr').source).toBe('cache');
    // A new unit and a changed translation after the cache was written.
    await s.write((w) => {
      w.add({ en: 'Roundtable', fr: 'Tour de table', origin: { file: 'b', line: 1, method: 'inline' } });
      w.add({ en: 'Agenda', fr: 'Programme', origin: { file: 'b', line: 2, method: 'inline' } });
    });
    const m = FuzzyMatcher.open(s, 'fr');
    expect(m.source).toBe('cache');
    expect(m.lookup('Tour de table')[0]?.unit.en).toBe('Roundtable');
    expect(m.lookup('Programme')[0]?.unit.en).toBe('Agenda');
    expect(m.lookup('Ordre du jour')).toEqual([]);
    s.close();
  });
});
