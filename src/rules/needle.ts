// What a YAML rule looks for in a segment: a list of tokens, each carrying its data (a
// replacement, a variant group). Three ways to match, chosen by the rule:
//  - literal (default): the token as written, whole words only, any run of spaces for a space,
//    case-insensitive unless `ignoreCase: false`; compiled into one alternation, so a rule with
//    hundreds of swaps is one pass (a literal cannot backtrack badly);
//  - inflect: words match whatever their plural or feminine ending (config/terms.ts);
//  - regex: the token is a regular expression, run on RE2 (config/pattern.ts).

import type { Where } from '../config/yaml.js';
import { compilePattern, hasNestedQuantifier, type PatternMatch } from '../config/pattern.js';
import { foldForFilter } from '../config/prefilter.js';
import { TermIndex, longestFirst, type TermMatch } from '../config/terms.js';
import { UserError } from '../core/errors.js';

export interface NeedleHit<T> {
  start: number;
  end: number;
  data: T;
  /** The token (as written in the rule) that matched. */
  token: string;
  regex?: PatternMatch;
  term?: TermMatch<T>;
}

export interface NeedleOptions {
  lang: 'en' | 'fr';
  ignoreCase: boolean;
  inflect: boolean;
  regex: boolean;
  /** For regex tokens: only matches at word edges (default true). */
  word: boolean;
  /** The tokens come from a rule file shipped with bitext (PatternOptions.shipped). */
  shipped?: boolean;
}

export interface NeedleToken<T> {
  text: string;
  data: T;
  where: Where;
}

export interface Needle<T> {
  find(text: string): NeedleHit<T>[];
}

/** Builds a needle; `warn` receives advice that is not an error (nested quantifiers). */
export function buildNeedle<T>(tokens: NeedleToken<T>[], opts: NeedleOptions, warn: (w: Where, msg: string) => void): Needle<T> {
  if (opts.regex) return regexNeedle(tokens, opts, warn);
  if (opts.inflect) return inflectNeedle(tokens, opts);
  return literalNeedle(tokens, opts);
}

function regexNeedle<T>(tokens: NeedleToken<T>[], opts: NeedleOptions, warn: (w: Where, msg: string) => void): Needle<T> {
  const pats = tokens.map((t) => {
    const p = compilePattern(t.text, { ignoreCase: opts.ignoreCase, word: opts.word, shipped: opts.shipped }, t.where);
    if (hasNestedQuantifier(t.text)) {
      warn(t.where, `pattern '${t.text}' nests unbounded quantifiers: it would backtrack exponentially in most regex engines; bitext runs it on RE2, in linear time`);
    }
    return { p, t };
  });
  // One glance for the literals of all the patterns before any is tried: a substitution rule
  // such as month-case has a dozen patterns, and most segments hold none of their literals.
  const any = anyLiteral(pats.map(({ p }) => p.prefilter));
  return {
    find(text) {
      const hits: NeedleHit<T>[] = [];
      let folded: string | undefined;
      if (any && !any.exact?.test(text) && !(any.folded && any.folded.test((folded ??= foldForFilter(text))))) return hits;
      for (const { p, t } of pats) {
        if (p.usesFolded) folded ??= foldForFilter(text);
        for (const m of p.matchAll(text, folded)) hits.push({ start: m.start, end: m.end, data: t.data, token: t.text, regex: m });
      }
      return leftmostLongest(hits);
    },
  };
}

/**
 * The union of the patterns' prefilters as two regular expressions of literals (as written, and
 * folded), or null when a pattern has no prefilter (every text is tried then).
 */
function anyLiteral(filters: Array<{ literals: string[]; folded: boolean } | null>): { exact: RegExp | null; folded: RegExp | null } | null {
  if (filters.length < 2 || filters.some((f) => f === null)) return null;
  const exact: string[] = [];
  const folded: string[] = [];
  for (const f of filters) (f!.folded ? folded : exact).push(...f!.literals);
  // Literals match as code units (no `u` flag), as String.prototype.includes does.
  const union = (lits: string[]): RegExp | null => (lits.length ? new RegExp(lits.map((l) => l.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|')) : null);
  return { exact: union(exact), folded: union(folded) };
}

function inflectNeedle<T>(tokens: NeedleToken<T>[], opts: NeedleOptions): Needle<T> {
  const index = new TermIndex<{ data: T; token: string }>({ lang: opts.lang, inflect: true, ignoreCase: true, strictGaps: true });
  for (const t of tokens) {
    if (!index.add(t.text, { data: t.data, token: t.text })) throw noWords(t);
  }
  // A glance for the terms' first letters before the index is asked: the index reads every word of
  // the text, and most texts hold no term (`sous ministre`: `sou` is in few texts).
  const starts = firstLetters(tokens.map((t) => t.text));
  return {
    find(text) {
      if (starts && !starts.test(text)) return [];
      return longestFirst(index.matchAll(text)).map((m) => ({
        start: m.start,
        end: m.end,
        data: m.term.data.data,
        token: m.term.data.token,
        term: m as unknown as TermMatch<T>,
      }));
    },
  };
}

/** Letters of a term's first word that every inflected form keeps (`sou` of `sous`, `minist…`). */
const FIRST_LETTERS = 3;

/**
 * A case-insensitive pattern for the first letters of the terms' first words, or null when one of
 * them is shorter or not plain ASCII (an inflected or accented form could then escape it).
 */
function firstLetters(terms: string[]): RegExp | null {
  const heads = new Set<string>();
  for (const t of terms) {
    const head = t.trim().split(/\s+/)[0].slice(0, FIRST_LETTERS).toLowerCase();
    if (!/^[a-z]{3}$/.test(head)) return null;
    heads.add(head);
  }
  return heads.size ? new RegExp([...heads].join('|'), 'i') : null;
}

const SPACE = '[\\s\\u00a0\\u202f\\u2007\\u2009]+';
const WORDCH = /[\p{L}\p{M}\p{N}_]/u;

function literalNeedle<T>(tokens: NeedleToken<T>[], opts: NeedleOptions): Needle<T> {
  const byKey = new Map<string, NeedleToken<T>>();
  const alts: string[] = [];
  for (const t of tokens) {
    const text = t.text.trim();
    if (text === '') throw noWords(t);
    const key = literalKey(text, opts.ignoreCase);
    if (byKey.has(key)) continue;
    byKey.set(key, t);
    const body = text
      .split(/[\s\u00a0\u202f\u2007\u2009]+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      .join(SPACE);
    const before = WORDCH.test(text[0]) ? '(?<![\\p{L}\\p{M}\\p{N}_])' : '';
    const after = WORDCH.test(text[text.length - 1]) ? '(?![\\p{L}\\p{M}\\p{N}_])' : '';
    alts.push(`${before}${body}${after}`);
  }
  // Longer tokens first, so that `de la Commonwealth` wins over `la Commonwealth` at the same place.
  const order = [...alts.keys()].sort((a, b) => alts[b].length - alts[a].length);
  const re = new RegExp(order.map((i) => `(?:${alts[i]})`).join('|'), opts.ignoreCase ? 'giu' : 'gu');
  return {
    find(text) {
      const hits: NeedleHit<T>[] = [];
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const t = byKey.get(literalKey(m[0], opts.ignoreCase));
        if (t) hits.push({ start: m.index, end: m.index + m[0].length, data: t.data, token: t.text });
      }
      return hits;
    },
  };
}

function literalKey(s: string, ignoreCase: boolean): string {
  const k = s.trim().replace(/[\s\u00a0\u202f\u2007\u2009]+/g, ' ');
  return ignoreCase ? k.toLowerCase() : k;
}

/** Keeps, among overlapping hits, the one starting first (then the longest). */
export function leftmostLongest<T>(hits: NeedleHit<T>[]): NeedleHit<T>[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NeedleHit<T>[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.start < end) continue;
    out.push(h);
    end = h.end;
  }
  return out;
}

function noWords(t: NeedleToken<unknown>): UserError {
  return new UserError(`'${t.text}' has no letters or digits to match as words; set regex: true to match it as a pattern`, t.where);
}
