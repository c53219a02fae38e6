// User patterns on RE2: refusals with reasons, word edges, replacements, linear time.

import { describe, it, expect } from 'vitest';
import { compilePattern, expandReplacement, groupCount, hasNestedQuantifier } from '../../src/config/pattern.js';
import { UserError } from '../../src/core/errors.js';

const at = { file: 'rules/x.yaml', line: 4, column: 7 };

function refusal(source: string): string {
  try {
    compilePattern(source, {}, at);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).format();
  }
  throw new Error(`'${source}' was accepted`);
}

describe('compilePattern', () => {
  it('refuses what RE2 cannot do, saying why, at the given place', () => {
    expect(refusal('(?<=a)b')).toMatch(/^rules\/x\.yaml:4:7: pattern '\(\?<=a\)b': lookaround assertions .* RE2/);
    expect(refusal('a(?!b)')).toMatch(/lookaround assertions/);
    expect(refusal('(a)\\1')).toMatch(/backreferences/);
    expect(refusal('[')).toMatch(/^rules\/x\.yaml:4:7: bad regular expression '\[': missing \]/);
    expect(refusal('a*')).toMatch(/matches the empty string/);
  });

  it('does not mistake a class for a lookaround', () => {
    expect(() => compilePattern('[(?=]x', {}, at)).not.toThrow();
    expect(() => compilePattern('\\\\1x', {}, at)).not.toThrow();
  });

  it('finds matches with UTF-16 offsets, accents included', () => {
    const p = compilePattern('été|Noël', { ignoreCase: true }, at);
    const text = 'Un été 🎉 à NOËL';
    expect(p.matchAll(text).map((m) => text.slice(m.start, m.end))).toEqual(['été', 'NOËL']);
  });

  it('keeps matches at word edges (RE2 \\b is ASCII-only; the edge test knows accents)', () => {
    const p = compilePattern('mai', {}, at);
    expect(p.matchAll('le 9 mai, maintenant').map((m) => m.start)).toEqual([5]);
    const q = compilePattern('\\d+ème', {}, at);
    expect(q.matchAll('le 2ème et le x3ème').map((m) => m.start)).toEqual([3]);
    const loose = compilePattern('mai', { word: false }, at);
    expect(loose.matchAll('le 9 mai, maintenant')).toHaveLength(2);
  });

  it('runs a catastrophic pattern in linear time (RE2 has no backtracking)', () => {
    const p = compilePattern('(a+)+$', { word: false }, at);
    expect(p.matchAll('a'.repeat(50_000) + 'b')).toEqual([]);
    expect(p.matchAll('a'.repeat(10) + 'b' + 'a'.repeat(5))).toHaveLength(1);
  });
});

describe('replacements and analysis', () => {
  it('expands $1, ${1}, $<name>, $& and $$', () => {
    const p = compilePattern('(?P<d>\\d+)(ème)', {}, at);
    const m = p.matchAll('le 2ème')[0];
    expect(expandReplacement('$1e', m)).toBe('2e');
    expect(expandReplacement('${1}e', m)).toBe('2e');
    expect(expandReplacement('$<d>e [$&] $$', m)).toBe('2e [2ème] $');
  });

  it('counts groups', () => {
    expect(groupCount('(a)(?:b)(c)[(]')).toBe(2);
    expect(groupCount('(?P<x>a)(?<y>b)')).toBe(2);
  });

  it('spots nested unbounded quantifiers', () => {
    expect(hasNestedQuantifier('(a+)+$')).toBe(true);
    expect(hasNestedQuantifier('(\\w*)*')).toBe(true);
    expect(hasNestedQuantifier('((ab)+c)*')).toBe(true);
    expect(hasNestedQuantifier('(ab)+')).toBe(false);
    expect(hasNestedQuantifier('[a+]+')).toBe(false);
    expect(hasNestedQuantifier('(a+)')).toBe(false);
  });
});
