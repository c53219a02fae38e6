// Parsing inline directives and the lines they cover.

import { describe, it, expect } from 'vitest';
import { SourceDocument } from '../../src/core/document.js';
import { documentDirectives } from '../../src/config/directives.js';

const parse = (text: string, format: string) =>
  documentDirectives(new SourceDocument('f', text), format).map((d) => ({ kind: d.kind, rules: d.rules, reason: d.reason, line: d.line, lines: d.lines }));

describe('documentDirectives', () => {
  it('reads rules, separated by commas or spaces, and the reason after --', () => {
    expect(parse('<!-- bitext-disable-next-line whitespace, glossary fr/sous-prefix -- quoted as published -->\nx\n', 'markdown')).toEqual([
      { kind: 'disable-next-line', rules: ['whitespace', 'glossary', 'fr/sous-prefix'], reason: 'quoted as published', line: 1, lines: [2, 2] },
    ]);
  });

  it('takes the reason after a spaced hyphen in XML, where -- is not allowed', () => {
    expect(parse('<!-- bitext-disable-next-line placeholders - brand name -->\n<target>x</target>\n', 'xliff')[0]).toMatchObject({ rules: ['placeholders'], reason: 'brand name' });
  });

  it('covers the next line holding text, skipping blank lines and other directives', () => {
    const ds = parse('bitext-disable-next-line a\n\nbitext-disable-next-line b\ntext\n', 'text');
    expect(ds.map((d) => d.lines)).toEqual([[4, 4], [4, 4]]);
  });

  it('covers a block up to its enable, or to the end without one', () => {
    const ds = parse('<!-- bitext-disable a -->\nx\n<!-- bitext-enable a -->\ny\n<!-- bitext-disable -->\nz\nw\n', 'markdown');
    expect(ds.filter((d) => d.kind === 'disable').map((d) => [d.rules, d.lines])).toEqual([
      [['a'], [1, 3]],
      [[], [5, 8]],
    ]);
  });

  it('uses each format’s comment syntax only', () => {
    expect(parse('# bitext-disable-line a\n', 'yaml')).toHaveLength(1);
    expect(parse('# bitext-disable-line a\n', 'markdown')).toHaveLength(0);
    expect(parse('text bitext-disable-line a\n', 'text')).toHaveLength(0);
    expect(parse('bitext-disable-line a\n', 'markdown')).toHaveLength(0);
    expect(parse('<!-- bitext-disable-line a -->\n', 'csv')).toHaveLength(0);
    expect(parse('<!-- not bitext-disable-line a -->\n', 'markdown')).toHaveLength(0);
  });

  it('ignores directives shown in Markdown code blocks', () => {
    expect(parse('```\n<!-- bitext-disable-line a -->\n```\n', 'markdown')).toHaveLength(0);
  });
});
