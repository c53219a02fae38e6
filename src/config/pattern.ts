// User regular expressions (YAML rules, `neutral:` patterns) run on RE2 (re2-wasm: Google's RE2
// compiled to WebAssembly). RE2 matches in time linear in the text whatever the pattern, so a
// catastrophic pattern such as `(a+)+$` cannot hang a run; the price is that lookarounds and
// backreferences do not exist in RE2, and patterns using them are refused with a clear message.
// RE2 always works in Unicode mode; its `\b` and `\w` are ASCII-only, so word boundaries around
// matches are checked here instead (letters with accents count as letters).

import { createRequire } from 'node:module';
import { isAbsolute, sep } from 'node:path';
import type { RE2 } from 're2-wasm';
import { UserError } from '../core/errors.js';
import { resourcePath } from '../core/resources.js';
import type { Where } from './yaml.js';
import { foldForFilter, meets, requiredLiterals, shadowPattern, twinPattern } from './prefilter.js';

export interface PatternMatch {
  start: number;
  end: number;
  /** Capture groups (index 0 is the whole match). */
  groups: Array<string | undefined>;
  named?: Record<string, string>;
}

export interface UserPattern {
  source: string;
  ignoreCase: boolean;
  /**
   * Every non-overlapping match, left to right. `folded` (foldForFilter of the text), when the
   * caller has it, saves folding the text again for the literal prefilter.
   */
  matchAll(text: string, folded?: string): PatternMatch[];
  /** Whether matchAll's prefilter reads the folded text (callers fold it only then). */
  readonly usesFolded: boolean;
  /**
   * The prefilter matchAll applies: text without any of these literals (as written, or in the
   * folded text when `folded`) has no match. Null when every text is tried.
   */
  readonly prefilter: { literals: string[]; folded: boolean } | null;
}

export interface PatternOptions {
  ignoreCase?: boolean;
  /** Only matches that do not start or end inside a word (default true). */
  word?: boolean;
  /**
   * The pattern comes from a rule file shipped with bitext: compiled on RE2 only if a text needs
   * it (a test compiles every shipped pattern). Without it, a file under bitext's rules/ folder
   * named by its absolute path counts as shipped.
   */
  shipped?: boolean;
}

/** Reasons RE2 refuses a pattern, said in the user's terms. */
const UNSUPPORTED: Array<[RegExp, string]> = [
  [/\(\?<?[=!]/, 'lookaround assertions ((?=…), (?!…), (?<=…), (?<!…)) are not supported: user patterns run on RE2, which guarantees linear time and has no lookarounds'],
  [/(?<!\\)(?:\\\\)*\\[1-9]/, 'backreferences (\\1, \\2…) are not supported: user patterns run on RE2, which guarantees linear time and has no backreferences'],
  [/(?<!\\)(?:\\\\)*\\k</, 'named backreferences (\\k<name>) are not supported: user patterns run on RE2, which has no backreferences'],
];

// re2-wasm is loaded when a pattern is first compiled: its WebAssembly module costs about 75 ms
// of CPU and 14 MiB of memory, and the rules shipped with bitext (the default preset's month-case)
// compile their patterns only once a text gets past their prefilters, which most documents never do.
let re2Class: typeof RE2 | undefined;
function re2(): typeof RE2 {
  return (re2Class ??= (createRequire(import.meta.url)('re2-wasm') as typeof import('re2-wasm')).RE2);
}

/** Whether re2-wasm has been loaded in this process (for tests). */
export function re2Loaded(): boolean {
  return re2Class !== undefined;
}

/** Whether an absolute path is a file under bitext's own rules/ folder. */
export function isShippedRuleFile(abs: string): boolean {
  return isAbsolute(abs) && abs.startsWith(resourcePath('rules') + sep);
}

/** The RE2 object of a pattern, or a UserError at `where`. */
function compileRe2(source: string, opts: PatternOptions, where: Where): RE2 {
  let re: RE2;
  try {
    re = new (re2())(source, opts.ignoreCase ? 'giu' : 'gu');
  } catch (e) {
    // RE2 says `missing ): (unclosed`: the reason, then the part of the pattern at fault.
    const msg = String((e as Error).message)
      .replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')
      .replace(/^invalid perl operator: \(\?</, 'unsupported group syntax (?<')
      .replace(/^([^:]+): (.+)$/s, "$1 at '$2'");
    throw at(where, `bad regular expression '${source}': ${msg}`);
  }
  try {
    re.lastIndex = 0;
    const empty = re.exec('');
    if (empty && empty[0] === '') throw at(where, `pattern '${source}' matches the empty string, so it would match everywhere`);
  } finally {
    re.lastIndex = 0;
  }
  return re;
}

/**
 * Compiles a user pattern, or throws a UserError at `where`. A pattern from the user's files is
 * compiled (and so checked) at once; one from a rule file shipped with bitext when first needed.
 */
export function compilePattern(source: string, opts: PatternOptions, where: Where): UserPattern {
  for (const [re, why] of UNSUPPORTED) if (re.test(stripClasses(source))) throw at(where, `pattern '${source}': ${why}`);
  let compiled: RE2 | undefined = (opts.shipped ?? isShippedRuleFile(where.file)) ? undefined : compileRe2(source, opts, where);
  const word = opts.word ?? true;
  // A pattern that matches case-sensitively throughout (no `i` flag, inline or not) needs its
  // literals as written: tested on the text itself, which saves folding it and rules out more
  // texts (`Mai` is not in `mais`).
  const caseSensitive = !opts.ignoreCase && !/\(\?[a-zA-Z-]*i/.test(source);
  const exact = caseSensitive ? requiredLiterals(source, false) : null;
  const required = exact ? null : requiredLiterals(source);
  // A pattern with a JavaScript twin (bounded, in the syntax both engines read alike) runs on it:
  // no call into RE2, which copies the text into WebAssembly, and no RE2 loaded for it.
  const twin = caseSensitive ? twinPattern(source) : null;
  // Texts that hold the literals but do not match (`Mais` for `(\d{1,2}\s)Mai`) are mostly told
  // apart by a JavaScript regular expression, which costs far less than a call into RE2.
  const shadow = caseSensitive && !twin ? shadowPattern(source) : null;
  return {
    source,
    ignoreCase: opts.ignoreCase ?? false,
    usesFolded: required !== null,
    prefilter: exact ? { literals: exact, folded: false } : required ? { literals: required, folded: true } : null,
    matchAll(text: string, folded?: string): PatternMatch[] {
      if (exact && !exact.some((lit) => text.includes(lit))) return [];
      if (required && !meets(folded ?? foldForFilter(text), required)) return [];
      if (twin) return twinMatches(twin, text, word);
      if (shadow && !shadow.test(text)) return [];
      const re = (compiled ??= compileRe2(source, opts, where));
      // re2-wasm counts in code points (index, lastIndex); JavaScript strings in UTF-16 units.
      // They differ only after an astral character (an emoji): then offsets are converted.
      const units = /[\ud800-\udbff]/.test(text) ? codePointOffsets(text) : null;
      const toUnit = (cp: number): number => (units ? units[cp] : cp);
      const cpLength = units ? units.length - 1 : text.length;
      const out: PatternMatch[] = [];
      re.lastIndex = 0;
      while (re.lastIndex <= cpLength) {
        const m = re.exec(text);
        if (!m) break;
        const cpStart = m.index;
        const start = toUnit(cpStart);
        const end = start + (m[0] ?? '').length;
        if (end === start || (word && !atWordEdges(text, start, end))) {
          // An empty match, or one inside a word (which may hide one at its edge): go on one further.
          re.lastIndex = cpStart + 1;
          continue;
        }
        out.push({ start, end, groups: [...m], named: m.groups });
        re.lastIndex = cpStart + [...(m[0] ?? '')].length;
      }
      re.lastIndex = 0;
      return out;
    },
  };
}

/** matchAll on a pattern's JavaScript twin (offsets are UTF-16 units already). */
function twinMatches(re: RegExp, text: string, word: boolean): PatternMatch[] {
  const out: PatternMatch[] = [];
  re.lastIndex = 0;
  while (re.lastIndex <= text.length) {
    const m = re.exec(text);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    if (end === start || (word && !atWordEdges(text, start, end))) {
      // As on RE2: go on one character (code point) further.
      re.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    out.push({ start, end, groups: [...m], named: m.groups });
    re.lastIndex = end;
  }
  re.lastIndex = 0;
  return out;
}

/** UTF-16 offset of each code point of the text (and of its end). */
function codePointOffsets(text: string): number[] {
  const out: number[] = [];
  let i = 0;
  for (const ch of text) {
    out.push(i);
    i += ch.length;
  }
  out.push(i);
  return out;
}

/** Expands `$1`, `${1}`, `$<name>`, `$&` and `$$` in a replacement. */
export function expandReplacement(template: string, m: PatternMatch): string {
  return template.replace(/\$(\$|&|\{(\d{1,2})\}|\d{1,2}|<([^>]+)>)/g, (all, what: string, braced?: string, name?: string) => {
    if (what === '$') return '$';
    if (what === '&') return m.groups[0] ?? '';
    if (name !== undefined) return m.named?.[name] ?? '';
    const n = Number(braced ?? what);
    return n < m.groups.length ? (m.groups[n] ?? '') : all;
  });
}

/** The highest `$n` a replacement uses (to check it against the pattern's groups). */
export function groupCount(source: string): number {
  let n = 0;
  const s = stripClasses(source);
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === '(' && (s[i + 1] !== '?' || s[i + 2] === 'P' || (s[i + 2] === '<' && s[i + 3] !== '=' && s[i + 3] !== '!'))) n++;
  }
  return n;
}

const WORD = /[\p{L}\p{M}\p{N}_]/u;

function atWordEdges(text: string, start: number, end: number): boolean {
  const firstIsWord = WORD.test(text[start]);
  const lastIsWord = WORD.test(text[end - 1]);
  if (firstIsWord && start > 0 && WORD.test(text[start - 1])) return false;
  if (lastIsWord && end < text.length && WORD.test(text[end])) return false;
  return true;
}

/**
 * Nested unbounded quantifiers, as in `(a+)+` or `(\w*)*`: exponential in backtracking engines.
 * Harmless on RE2, but worth telling the user when the pattern is shared with other tools.
 */
export function hasNestedQuantifier(source: string): boolean {
  const s = stripClasses(source).replace(/\\./g, 'x');
  const stack: boolean[] = [];
  let inner = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') {
      stack.push(inner);
      inner = false;
    } else if (c === ')') {
      const hadQuant = inner;
      inner = stack.pop() ?? false;
      const q = s[i + 1];
      const unbounded = q === '+' || q === '*' || (q === '{' && /^\{\d*,\}/.test(s.slice(i + 1)));
      if (hadQuant && unbounded) return true;
      if (hadQuant) inner = true;
    } else if (c === '+' || c === '*' || (c === '{' && /^\{\d*,\}/.test(s.slice(i)))) inner = true;
  }
  return false;
}

/** The pattern with character classes blanked out (so `[(?=]` is not taken for a lookahead). */
function stripClasses(s: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      out += inClass ? '__' : c + (s[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        out += ']';
      } else out += '_';
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += '[';
      // A `]` right after `[` or `[^` is a literal.
      if (s[i + 1] === '^') {
        out += '_';
        i++;
      }
      if (s[i + 1] === ']') {
        out += '_';
        i++;
      }
      continue;
    }
    out += c;
  }
  return out;
}

function at(where: Where, message: string): UserError {
  return new UserError(message, where);
}
