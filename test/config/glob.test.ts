import { describe, it, expect } from 'vitest';
import { compileGlob, globMatches, globProblem } from '../../src/config/glob.js';

const base = '/proj';
const m = (pattern: string, file: string): boolean => globMatches(compileGlob(pattern, base), file, '/proj');

describe('globs', () => {
  it('matches names at any depth when the pattern has no slash', () => {
    expect(m('*.tmp', 'a.tmp')).toBe(true);
    expect(m('*.tmp', 'docs/deep/a.tmp')).toBe(true);
    expect(m('*.tmp', 'a.tmp.md')).toBe(false);
  });

  it('anchors patterns with a slash at the configuration folder', () => {
    expect(m('docs/*.md', 'docs/a.md')).toBe(true);
    expect(m('docs/*.md', 'docs/x/a.md')).toBe(false);
    expect(m('docs/**/*.md', 'docs/x/y/a.md')).toBe(true);
    expect(m('docs/**/*.md', 'docs/a.md')).toBe(true);
    expect(m('/top.md', 'sub/top.md')).toBe(false);
  });

  it('treats a folder as everything inside it', () => {
    expect(m('drafts/', 'drafts/x/a.txt')).toBe(true);
    expect(m('drafts', 'drafts/a.txt')).toBe(true);
    expect(m('drafts', 'final/a.txt')).toBe(false);
  });

  it('knows ?, classes and braces', () => {
    expect(m('v?.md', 'v1.md')).toBe(true);
    expect(m('[ab].md', 'b.md')).toBe(true);
    expect(m('[!ab].md', 'b.md')).toBe(false);
    expect(m('*.{md,txt}', 'x/y.txt')).toBe(true);
  });

  it('never matches outside its folder', () => {
    expect(globMatches(compileGlob('*.md', '/proj/sub'), '/proj/a.md', '/proj')).toBe(false);
    expect(globMatches(compileGlob('**', '/proj/sub'), 'sub/a.md', '/proj')).toBe(true);
  });

  it('reports malformed globs', () => {
    expect(globProblem('a{b')).toMatch(/unclosed '\{'/);
    expect(globProblem('[ab')).toMatch(/unclosed '\['/);
    expect(globProblem('ok/*.md')).toBeUndefined();
  });
});
