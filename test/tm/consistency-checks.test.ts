// The two consistency checks on fixture cases (expectations beside each case in the YAML), and
// inconsistent-translation against a translation memory.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeFixtures, buildInput } from '../checks/fixture-loader.js';
import { runChecks } from '../../src/checks/run.js';
import { builtinChecks } from '../../src/checks/index.js';
import { TmStore } from '../../src/tm/store.js';
import { readInputs } from '../../src/formats/index.js';
import type { CasePair } from '../checks/fixture-loader.js';
import { readParallelInputs } from '../../src/align/parallel-inputs.js';
import type { Finding } from '../../src/core/types.js';

describeFixtures('inconsistent-translation', 'test/fixtures/tm/inconsistent-translation.yaml');
describeFixtures('inconsistent-source', 'test/fixtures/tm/inconsistent-source.yaml');

describe('inconsistent-translation in a catalog with contexts', () => {
  it('reports one text translated two ways in another msgctxt (or with one on one side only) as info', async () => {
    const rules = Object.fromEntries(builtinChecks.filter((c) => c.id !== 'inconsistent-translation').map((c) => [c.id, { severity: 'off' as const }]));
    const found = await runChecks(await readInputs(['test/fixtures/tm/contexts.po']), { rules });
    expect(found.map((f) => [f.line, f.severity, f.message])).toEqual([
      [12, 'info', '"Apply" translated "Postuler" here, "Présenter une demande" in another place (contexts.po:8), in another msgctxt'],
      [19, 'info', '"Close" translated "Clore" here, "Fermer" in another place (contexts.po:15), in another msgctxt'],
    ]);
  });
});

describe('inconsistent-source in a catalog with plural entries', () => {
  it('takes the singular and plural of one entry, translated alike, for one entry; two entries sharing a translation are still reported', async () => {
    const rules = Object.fromEntries(builtinChecks.filter((c) => c.id !== 'inconsistent-source').map((c) => [c.id, { severity: 'off' as const }]));
    const found = await runChecks(await readInputs(['test/fixtures/tm/plurals.po']), { rules });
    expect(found.map((f) => [f.line, f.message])).toEqual([[16, '"Enregistrer" translates "Save changes" here, "Save" in another place (plurals.po:12)']]);
  });
});

describe('inconsistent-source in nested locales with plural categories', () => {
  it('takes the one and other forms of a message, translated alike, for one message; two keys sharing a translation are still reported', async () => {
    const rules = Object.fromEntries(builtinChecks.filter((c) => c.id !== 'inconsistent-source').map((c) => [c.id, { severity: 'off' as const }]));
    const found = await runChecks(await readInputs(['test/fixtures/tm/plural-locales/en.yml']), { rules });
    expect(found.map((f) => [f.line, f.message])).toEqual([[7, '"Enregistrer" translates "Save changes" here, "Save" in another place (en.yml:6)']]);
  });
});

describe('inconsistent-translation across separate articles', () => {
  it('reports a heading worded anew in another article (each translated in its own context) as info, not a warning', async () => {
    const rules = Object.fromEntries(builtinChecks.filter((c) => c.id !== 'inconsistent-translation').map((c) => [c.id, { severity: 'off' as const }]));
    const dir = 'test/fixtures/tm/articles';
    const files = ['first.en.md', 'first.fr.md', 'second.en.md', 'second.fr.md'].map((f) => join(dir, f));
    const found = await runChecks(await readParallelInputs(files), { rules });
    expect(found.map((f) => [f.file.split('/').pop(), f.line, f.severity])).toEqual([
      ['second.fr.md', 5, 'info'],
      ['second.fr.md', 9, 'info'],
    ]);
    expect(found[0].message).toContain('"Working together to deliver better services" translated "Collaborer pour mieux servir" here');
    expect(found[1].message).toContain('"Let us know!" translated "Dites-le-nous!" here');
  });

  it('holds the lines of one document to one translation (a warning)', async () => {
    const found = await runChecks([
      buildInput({
        pairs: [
          { en: 'Let us know!', fr: 'Faites-nous part de vos commentaires!', method: 'parallel' },
          { en: 'Let us know!', fr: 'Dites-le-nous!', method: 'parallel', blankBefore: 1 },
        ],
        expect: [],
      }),
    ], { rules: Object.fromEntries(builtinChecks.filter((c) => c.id !== 'inconsistent-translation').map((c) => [c.id, { severity: 'off' as const }])) });
    expect(found.map((f) => [f.line, f.severity])).toEqual([[5, 'warning']]);
  });
});

describe('inconsistent-translation with --tm', () => {
  let dir: string;
  let store: TmStore;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bitext-tm-check-'));
    store = TmStore.open(join(dir, 'tm.sqlite'), { create: true });
    await store.write((w) => {
      // Seen in 14 places; an earlier translation replaced by the current one.
      w.add({ en: 'Conference code', fr: 'Code de la conférence', origin: { file: 'old.txt', line: 1, method: 'inline' }, changedAt: '2020-01-01T00:00:00Z' });
      for (let line = 1; line <= 14; line++) w.add({ en: 'Conference code', fr: 'Code de conférence', origin: { file: 'agendas.txt', line, method: 'inline' } });
      for (let line = 1; line <= 3; line++) w.add({ en: `Room ${200 + line}`, fr: `Salle ${200 + line}`, origin: { file: 'rooms.txt', line, method: 'stacked' } });
      w.add({ en: 'Agenda', fr: 'Ordre du jour', origin: { file: 'agendas.txt', line: 20, method: 'inline' } });
    });
  });

  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function run(pairs: CasePair[]): Promise<Finding[]> {
    const rules: Record<string, { severity: 'off' }> = {};
    for (const c of builtinChecks) if (c.id !== 'inconsistent-translation') rules[c.id] = { severity: 'off' };
    return runChecks([buildInput({ pairs, expect: [] })], { rules, tm: store, directives: false });
  }

  it('reports the document against the memory, with the memory translation as the suggestion', async () => {
    const found = await run([{ en: 'Conference code', fr: 'Code de la conférence', method: 'stacked' }]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'inconsistent-translation', severity: 'warning', line: 1, suggestion: 'Code de conférence' });
    expect(found[0].message).toBe(
      '"Conference code" translated "Code de la conférence" here, "Code de conférence" in the TM 14 times; "Code de la conférence" is an earlier translation there, replaced ' +
        found[0].message.slice(-10),
    );
  });

  it('carries the numbers of the pair into the memory translation of the pattern', async () => {
    const found = await run([{ en: 'Room 5362', fr: 'Pièce 5362', method: 'stacked' }]);
    expect(found.map((f) => [f.message, f.suggestion])).toEqual([['"Room 5362" translated "Pièce 5362" here, "Salle 201" in the TM 3 times', 'Salle 5362']]);
  });

  it('takes the memory as the reference even when the files agree among themselves', async () => {
    const found = await run([
      { en: 'Agenda', fr: 'Programme', method: 'stacked' },
      { en: 'Agenda', fr: 'Programme', method: 'stacked', blankBefore: 1 },
    ]);
    expect(found.map((f) => [f.line, f.suggestion])).toEqual([
      [1, 'Ordre du jour'],
      [4, 'Ordre du jour'],
    ]);
  });

  it('is clean when the files use the memory translation (case, spacing, punctuation aside)', async () => {
    const found = await run([
      { en: 'Conference code', fr: 'Code de conférence{nbsp}:', method: 'stacked' },
      { en: 'Room 17', fr: 'Salle 17', method: 'stacked', blankBefore: 1 },
      { en: 'AGENDA', fr: 'ORDRE DU JOUR', method: 'stacked', blankBefore: 1 },
    ]);
    expect(found).toEqual([]);
  });

  it('compares English the memory does not know among the files', async () => {
    const found = await run([
      { en: 'Roundtable', fr: 'Tour de table', method: 'stacked' },
      { en: 'Roundtable', fr: 'Table ronde', method: 'stacked', blankBefore: 1 },
    ]);
    expect(found.map((f) => f.message)).toEqual(['"Roundtable" translated "Table ronde" here, "Tour de table" in another place (case.txt:2)']);
  });
});
