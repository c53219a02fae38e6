// Sentence splitting on the cases of test/fixtures/parallel/sentences.yaml.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitSentences, type SentenceLang } from '../../src/lang/sentences.js';

interface Case {
  lang: SentenceLang;
  text: string;
  expect: string[];
}

const cases = parse(readFileSync('test/fixtures/parallel/sentences.yaml', 'utf8')) as Case[];

describe('splitSentences', () => {
  it.each(cases.map((c) => [c.text, c] as const))('%s', (_, c) => {
    const spans = splitSentences(c.text, c.lang);
    expect(spans.map((s) => c.text.slice(s.start, s.end))).toEqual(c.expect);
  });

  it('covers the text without overlaps, trimmed', () => {
    const text = '  First one.   Second one!  Third?  ';
    const spans = splitSentences(text, 'en');
    for (let k = 1; k < spans.length; k++) expect(spans[k].start).toBeGreaterThanOrEqual(spans[k - 1].end);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one!', 'Third?']);
  });
});
