import { describe, it, expect } from 'vitest';
import { SaxesParser } from 'saxes';
import { formatJunit } from '../../src/reporters/junit.js';
import { bilingual, clean, pair, seg, finding } from './fixtures.js';
import type { RunResult } from '../../src/core/types.js';

const opts = { color: false, cwd: '/project' };

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

/** Parses with a conforming XML parser (errors on anything not well-formed) into a small tree. */
function parse(xml: string): El {
  const parser = new SaxesParser({ xmlns: false });
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (t) => {
    const el: El = { name: t.name, attrs: t.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => void (stack.at(-1)!.text += t));
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

describe('junit reporter', () => {
  it('matches the snapshot', async () => {
    await expect(formatJunit(bilingual, opts)).toMatchFileSnapshot('__snapshots__/junit-bilingual.xml');
  });

  it('has one suite per file and one case per finding, with consistent counts', () => {
    const doc = parse(formatJunit(bilingual, opts));
    expect(doc.name).toBe('testsuites');
    expect(doc.children.map((s) => s.attrs.name)).toEqual(['agenda.txt', 'docs/en/guide.md', 'docs/fr/guide.md', 'notes, 50% "draft".txt']);
    let tests = 0;
    let failures = 0;
    for (const suite of doc.children) {
      const cases = suite.children;
      const failed = cases.filter((c) => c.children.some((x) => x.name === 'failure')).length;
      expect(Number(suite.attrs.tests)).toBe(cases.length);
      expect(Number(suite.attrs.failures)).toBe(failed);
      tests += cases.length;
      failures += failed;
    }
    expect(Number(doc.attrs.tests)).toBe(tests);
    expect(Number(doc.attrs.failures)).toBe(failures);
    // 12 findings, 11 of them errors or warnings; the FR file of the parallel pair has none: one passing case.
    expect(tests).toBe(13);
    expect(failures).toBe(11);
  });

  it('reports infos as passing cases with their text, errors and warnings as failures', () => {
    const doc = parse(formatJunit(bilingual, opts));
    const cases = doc.children[0].children;
    const info = cases.find((c) => c.attrs.classname === 'whitespace')!;
    expect(info.children.map((c) => c.name)).toEqual(['system-out']);
    expect(info.children[0].text).toContain('Trailing space');
    const tz = cases.find((c) => c.attrs.classname === 'timezone')!;
    expect(tz.children[0].name).toBe('failure');
    expect(tz.children[0].attrs.type).toBe('error');
    expect(tz.children[0].text).toContain('EN 11: September 12, 2011 – 2:00 pm-4:00pm EST\nFR 12: Le 12 septembre 2011 – 14h00-16h00 HSE\nSuggestion: EDT');
  });

  it('shows a clean file as one passing case, so dashboards show green', () => {
    const doc = parse(formatJunit(clean, opts));
    expect(doc.attrs).toMatchObject({ tests: '2', failures: '0', errors: '0' });
    for (const suite of doc.children) {
      expect(suite.children).toHaveLength(1);
      expect(suite.children[0].children).toEqual([]);
      expect(suite.children[0].attrs.name).toBe('no problems (1 pair)');
    }
  });

  it('escapes markup, quotes, line breaks and characters XML cannot hold', () => {
    const text = 'Tom & "Jerry" <b>\u0001 it\'s';
    const p = pair('p1', seg('a&b.txt', 'en', [1, 1, text]), seg('a&b.txt', 'fr', [2, 1, 'Tom & Jerry\tici']), 'stacked');
    const r: RunResult = {
      files: ['a&b.txt'],
      pairs: [p],
      findings: [finding(p, { rule: 'punctuation-mismatch', severity: 'error', message: 'Quotes "x" & <y>\nline two\r', en: 'whole', suggestion: ']]> & </failure>' })],
    };
    const xml = formatJunit(r, opts);
    const doc = parse(xml);
    const c = doc.children[0].children[0];
    expect(doc.children[0].attrs.name).toBe('a&b.txt');
    expect(c.attrs.name).toBe('1:1 Quotes "x" & <y> line two');
    const failure = c.children[0];
    expect(failure.attrs.message).toBe('Quotes "x" & <y> line two');
    expect(failure.text).toContain('EN 1: Tom & "Jerry" <b>\ufffd it\'s');
    expect(failure.text).toContain('FR 2: Tom & Jerry\tici');
    expect(failure.text).toContain('Suggestion: ]]> & </failure>');
    expect(failure.text).toContain('line two\r');
  });
});
