// File globs for `ignore` and `overrides[].files`, matched against paths relative to the folder of
// the configuration file that wrote them (as ESLint's flat config does). Syntax: `*` (within a
// folder), `**` (any number of folders), `?`, `[abc]`, `{md,txt}`; a pattern without a slash
// matches the file name at any depth (`*.tmp`); a trailing slash or a folder name matches
// everything inside it (`drafts/`). Node's own path.matchesGlob prints an "experimental" warning
// on Node 20, hence this small translator.

import { isAbsolute, relative, resolve, sep } from 'node:path';

export interface Glob {
  pattern: string;
  /** Folder the pattern is relative to (absolute). */
  base: string;
  regex: RegExp;
}

export function compileGlob(pattern: string, base: string): Glob {
  let p = pattern.replace(/\\/g, '/');
  if (p.startsWith('./')) p = p.slice(2);
  p = p.replace(/\/+$/, '');
  // A leading slash, or any slash inside, anchors the pattern at the base folder; without one
  // the pattern is about names, at any depth.
  const anchored = p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  // `(?:/.*)?`: a pattern naming a folder also matches everything inside it.
  const src = `${anchored ? '^' : '^(?:.*/)?'}${translate(p)}(?:/.*)?$`;
  return { pattern, base, regex: new RegExp(src, 'u') };
}

/** Whether a file (absolute, or relative to cwd) matches the glob. */
export function globMatches(g: Glob, file: string, cwd: string): boolean {
  const abs = isAbsolute(file) ? file : resolve(cwd, file);
  const rel = relative(g.base, abs).split(sep).join('/');
  if (rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return false;
  return g.regex.test(rel);
}

/** What is wrong with a pattern (a message without position), or undefined. */
export function globProblem(pattern: string): string | undefined {
  let depth = 0;
  let inClass = false;
  for (const c of pattern) {
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    if (depth < 0) return `unbalanced '}' in glob '${pattern}'`;
  }
  if (inClass) return `unclosed '[' in glob '${pattern}'`;
  if (depth !== 0) return `unclosed '{' in glob '${pattern}'`;
  if (pattern.trim() === '') return 'empty glob';
  return undefined;
}

function translate(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') {
      if (p[i + 1] === '*') {
        // `**/` is zero or more folders; a final `**` is anything.
        if (p[i + 2] === '/') {
          out += '(?:[^/]*/)*';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = p.indexOf(']', i + 1);
      let cls = p.slice(i + 1, end);
      if (cls.startsWith('!')) cls = '^' + cls.slice(1);
      out += `[${cls.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (c === '{') {
      const end = matchingBrace(p, i);
      const alts = splitTop(p.slice(i + 1, end)).map(translate);
      out += `(?:${alts.join('|')})`;
      i = end;
    } else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return out;
}

function matchingBrace(p: string, open: number): number {
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    if (p[i] === '{') depth++;
    else if (p[i] === '}' && --depth === 0) return i;
  }
  return p.length;
}

function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '{') depth++;
    if (c === '}') depth--;
    if (c === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}
