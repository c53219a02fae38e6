// The JSON report encodes its pairs straight to bytes: a file holds the same text as formatJson
// (the same bytes, collected in memory), escapes, meta and all, and each pair is JSON.stringify's.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePiecesAtomic } from '../../src/core/atomic-write.js';
import { formatJson, jsonReport, pairJson } from '../../src/reporters/pairs-json.js';
import type { RunResult } from '../../src/core/types.js';
import { bilingual, clean } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-json-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const place = (line: number, file = 'a.po') => ({ file, line, column: 1, endLine: line, endColumn: 9 });
const odd: RunResult = {
  files: ['a.po', 'b "quoted".po'],
  pairs: [
    {
      id: 'p1',
      method: 'keyed',
      score: 0.75,
      en: { text: 'Say "hi"\\ \n\ttab \u0001 and \ud83d\ude00 and a lone \ud800 surrogate', lang: 'en', place: place(1) },
      fr: { text: 'Dites « bonjour » — déjà vu, 𝒳, ﬁ', lang: 'fr', place: place(2, 'b "quoted".po') },
      meta: { key: 'ctx|Say "hi"', notes: ['n1', 'é'], state: 'fuzzy', fuzzy: true, props: { msgctxt: 'ctx', '2': 'two', '1': 'one' } },
    },
    { id: 'p2', method: 'orphan', score: -0, en: null, fr: { text: 'x'.repeat(400_000) + 'é', lang: 'fr', place: place(3) }, meta: { state: undefined, n: 3, d: new Date(0) } as never },
    { id: 'p3', method: 'orphan', score: Number.NaN, en: { text: 'plain', lang: 'en', place: { ...place(4), line: 1e16 } }, fr: null, meta: {} },
  ],
  findings: [],
};

describe('JSON report written as bytes', () => {
  for (const [name, run] of [
    ['the reporter fixtures', bilingual],
    ['a clean run', clean],
    ['escapes, surrogates, meta of every kind and a text larger than the buffer', odd],
    ['an empty run', { files: [], pairs: [], findings: [] }],
  ] as Array<[string, RunResult]>) {
    it(`writes ${name} as formatJson does`, () => {
      const file = join(dir, 'report.json');
      writePiecesAtomic(file, jsonReport(run));
      const text = formatJson(run);
      // A boolean: comparing megabytes byte by byte through the matcher is slow.
      expect(readFileSync(file).equals(Buffer.from(text, 'utf8'))).toBe(true);
      const pairLines = text.split('\n').filter((line) => line.startsWith('    {"id":'));
      const expected = run.pairs.map((p, i) => '    ' + JSON.stringify(pairJson(p)) + (i + 1 < run.pairs.length ? ',' : ''));
      expect(pairLines.length === expected.length && pairLines.every((line, i) => line === expected[i])).toBe(true);
    });
  }
});
