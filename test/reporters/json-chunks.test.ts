// The JSON report written in pieces is the same text as the whole report written at once, and
// that text is the report object: top level indented, a pair or a finding per line.

import { describe, expect, it } from 'vitest';
import { chunkedReporters, reporters } from '../../src/reporters/index.js';
import { formatJson, jsonReport, reportObject } from '../../src/reporters/pairs-json.js';
import { utf8String } from '../../src/core/utf8-out.js';
import type { RunResult } from '../../src/core/types.js';
import { bilingual, clean } from './fixtures.js';

const opts = { color: false, cwd: '/project' };

/** The expected text, made from the report object: top level indented, a pair or a finding per line. */
function reportText(r: RunResult): string {
  const o = reportObject(r);
  const keys = Object.keys(o);
  const member = (key: string): string => {
    const v = o[key];
    if ((key === 'pairs' || key === 'findings') && Array.isArray(v)) {
      return v.length ? '[\n' + v.map((x) => '    ' + JSON.stringify(x)).join(',\n') + '\n  ]' : '[]';
    }
    return JSON.stringify(v, null, 2).replace(/\n/g, '\n  ');
  };
  return '{\n' + keys.map((key) => '  ' + JSON.stringify(key) + ': ' + member(key)).join(',\n') + '\n}\n';
}

const withMeta: RunResult = {
  files: ['messages-fr.po'],
  pairs: [
    {
      id: 'p1',
      method: 'keyed',
      score: 1,
      en: { text: 'Open "file"\n\tnow', lang: 'en', place: { file: 'messages-fr.po', line: 3, column: 8, endLine: 4, endColumn: 2 } },
      fr: { text: 'Ouvrir « fichier » — maintenant', lang: 'fr', place: { file: 'messages-fr.po', line: 5, column: 9, endLine: 5, endColumn: 40 } },
      meta: { key: 'menu|Open', notes: ['a note', 'another'], state: 'fuzzy', fuzzy: true, props: { msgctxt: 'menu', flags: 'fuzzy' } },
    },
    { id: 'p2', method: 'orphan', score: 0.5, en: { text: 'Only English', lang: 'en', place: { file: 'messages-fr.po', line: 9, column: 1, endLine: 9, endColumn: 13 } }, fr: null, meta: {} },
    { id: 'p3', method: 'orphan', score: 0.25, en: null, fr: { text: 'Seulement en français', lang: 'fr', place: { file: 'other.po', line: 1, column: 1, endLine: 1, endColumn: 22 } } },
  ],
  findings: [],
};

describe('JSON report in pieces', () => {
  for (const [name, run] of [
    ['the reporter fixtures', bilingual],
    ['a clean run', clean],
    ['pairs with meta, nulls and escapes', withMeta],
    ['an align run (no findings)', { files: withMeta.files, pairs: withMeta.pairs }],
    ['an empty run', { files: [], pairs: [], findings: [] }],
  ] as Array<[string, RunResult]>) {
    it(`writes ${name} as the whole report, one item per line`, () => {
      const whole = reportText(run);
      expect(JSON.parse(whole)).toEqual(JSON.parse(JSON.stringify(reportObject(run))));
      const lines = whole.split('\n');
      // A line for the braces, version, files (and their names), the arrays' brackets, each item and the summary.
      expect(lines.filter((l) => /^ {4}[{]"(id|rule)"/.test(l))).toHaveLength(run.pairs.length + (run.findings?.length ?? 0));
      expect(utf8String(jsonReport(run))).toBe(whole);
      expect(formatJson(run)).toBe(whole);
      expect(utf8String(chunkedReporters.json!(run, opts))).toBe(reporters.json(run, opts));
    });
  }
});
