// A cheap test run before a user pattern: the literal text a match cannot do without. Crossing
// into WebAssembly costs about 30 µs per RE2 call (the string is copied), against well under a
// microsecond for a substring search, and most segments match none of a rule's patterns: when a
// pattern requires `Janvier` and the segment does not contain it (case aside), RE2 is not called.
//
// The analysis is conservative: any construct it does not follow gives "no requirement" (always
// run RE2), so a requirement is never wrong. Containment is tested on case-folded text, which is
// implied by a case-sensitive match, so flags need not be known.

/** Alternatives: the text must contain at least one of these (already folded). */
export type Requirement = string[] | null;

/** Folds case the way RE2's (?i) does for the characters whose lower case is not enough. */
export function foldForFilter(s: string): string {
  return s.toLowerCase().replace(/[ſ\u212a\u212bµςϑϐϕϖϰϱϵẛ]/g, (c) => FOLD_EXTRA[c] ?? c);
}

const FOLD_EXTRA: Record<string, string> = {
  ſ: 's',
  '\u212a': 'k',
  '\u212b': 'å',
  µ: 'μ',
  ς: 'σ',
  ϑ: 'θ',
  ϐ: 'β',
  ϕ: 'φ',
  ϖ: 'π',
  ϰ: 'κ',
  ϱ: 'ρ',
  ϵ: 'ε',
  ẛ: 'ṡ',
};

/** Escapes that stand for themselves. */
const LITERAL_ESCAPES = new Set([...'.\\[](){}*+?|^$/-#\'" ,:;<>=!&%@~`_']);

class Bail extends Error {}

/**
 * The requirement of a pattern, or null when nothing useful is certain. Folded for a containment
 * test on folded text, unless `fold` is false: then the literals are as written, for a pattern
 * known to match case-sensitively (a plain `includes` on the text, with no folding of it).
 */
export function requiredLiterals(source: string, fold = true): Requirement {
  try {
    const p = new Parser(source);
    const r = p.alternation();
    if (p.pos !== source.length) return null;
    if (!r || r.some((s) => s.length === 0)) return null;
    return [...new Set(fold ? r.map(foldForFilter) : r)];
  } catch (e) {
    if (e instanceof Bail) return null;
    throw e;
  }
}

/** Whether folded text meets a requirement. */
export function meets(folded: string, req: Requirement): boolean {
  return req === null || req.some((lit) => folded.includes(lit));
}

/** Pieces of a concatenation: a literal character, or a sub-requirement, or nothing certain. */
type Piece = { lit: string } | { req: Requirement };

class Parser {
  pos = 0;
  constructor(private readonly s: string) {}

  /** branch ('|' branch)*: one of the branches' requirements must hold. */
  alternation(): Requirement {
    const branches: Requirement[] = [this.concat()];
    while (this.s[this.pos] === '|') {
      this.pos++;
      branches.push(this.concat());
    }
    if (branches.length === 1) return branches[0];
    if (branches.some((b) => b === null)) return null;
    return branches.flat() as string[];
  }

  /** A sequence of atoms: the best single requirement among them (the longest literal run). */
  concat(): Requirement {
    let best: Requirement = null;
    let run = '';
    const consider = (r: Requirement): void => {
      if (r && (!best || minLen(r) > minLen(best))) best = r;
    };
    const endRun = (): void => {
      if (run) consider([run]);
      run = '';
    };
    while (this.pos < this.s.length && this.s[this.pos] !== '|' && this.s[this.pos] !== ')') {
      const piece = this.atom();
      const q = this.quantifier();
      if (q === 'optional') {
        endRun();
        continue;
      }
      if ('lit' in piece) {
        // A repeated character (a+, a{2,}) still needs one occurrence, but ends the run.
        run += piece.lit;
        if (q === 'repeat') endRun();
      } else {
        endRun();
        consider(piece.req);
      }
    }
    endRun();
    return best;
  }

  /** 'none', 'optional' (may match zero times), or 'repeat' (at least once). */
  quantifier(): 'none' | 'optional' | 'repeat' {
    const c = this.s[this.pos];
    let kind: 'none' | 'optional' | 'repeat' = 'none';
    if (c === '*' || c === '?') {
      this.pos++;
      kind = 'optional';
    } else if (c === '+') {
      this.pos++;
      kind = 'repeat';
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.s.slice(this.pos));
      if (!m) throw new Bail();
      this.pos += m[0].length;
      kind = Number(m[1]) === 0 ? 'optional' : 'repeat';
    }
    if (kind !== 'none' && this.s[this.pos] === '?') this.pos++;
    if (this.s[this.pos] === '*' || this.s[this.pos] === '+' || this.s[this.pos] === '?' || this.s[this.pos] === '{') throw new Bail();
    return kind;
  }

  atom(): Piece {
    const s = this.s;
    const c = s[this.pos];
    if (c === '(') {
      this.pos++;
      if (s[this.pos] === '?') {
        // (?:…), (?P<name>…), (?<name>…), (?flags) and (?flags:…)
        const m = /^\?(?:P?<[A-Za-z_][A-Za-z0-9_]*>|[a-zA-Z-]*:|[a-zA-Z-]+\))/.exec(s.slice(this.pos));
        if (!m) throw new Bail();
        this.pos += m[0].length;
        if (m[0].endsWith(')') && !m[0].startsWith('?P<') && !m[0].startsWith('?<')) return { req: null };
      }
      const r = this.alternation();
      if (s[this.pos] !== ')') throw new Bail();
      this.pos++;
      return { req: r };
    }
    if (c === '[') {
      this.skipClass();
      return { req: null };
    }
    if (c === '\\') {
      const n = s[this.pos + 1];
      if (n === undefined) throw new Bail();
      if (n === 'Q') throw new Bail();
      if (n === 'p' || n === 'P') {
        this.pos += 2;
        if (s[this.pos] === '{') {
          const end = s.indexOf('}', this.pos);
          if (end < 0) throw new Bail();
          this.pos = end + 1;
        } else this.pos++;
        return { req: null };
      }
      if (n === 'x') {
        const m = /^\\x(?:\{[0-9A-Fa-f]+\}|[0-9A-Fa-f]{2})/.exec(s.slice(this.pos));
        if (!m) throw new Bail();
        this.pos += m[0].length;
        return { req: null };
      }
      this.pos += 2;
      if (LITERAL_ESCAPES.has(n)) return { lit: n };
      return { req: null };
    }
    if (c === '.' || c === '^' || c === '$') {
      this.pos++;
      return { req: null };
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ']' || c === '}') throw new Bail();
    // A literal character (a surrogate pair stays whole).
    const cp = s.codePointAt(this.pos)!;
    const ch = String.fromCodePoint(cp);
    this.pos += ch.length;
    return { lit: ch };
  }

  skipClass(): void {
    const s = this.s;
    this.pos++;
    if (s[this.pos] === '^') this.pos++;
    if (s[this.pos] === ']') this.pos++;
    while (this.pos < s.length && s[this.pos] !== ']') {
      if (s[this.pos] === '\\') this.pos += 2;
      else if (s.startsWith('[:', this.pos)) {
        const end = s.indexOf(':]', this.pos + 2);
        if (end < 0) throw new Bail();
        this.pos = end + 2;
      } else this.pos++;
    }
    if (s[this.pos] !== ']') throw new Bail();
    this.pos++;
  }
}

function minLen(r: string[]): number {
  return Math.min(...r.map((x) => x.length));
}

/** Escapes that stand for the same character in both engines (JavaScript's `u` mode allows no others). */
const SYNTAX_ESCAPES = new Set([...'^$\\.*+?()[]{}|/']);
/** Escapes for the same set of characters in both engines (RE2's `\s` is a subset of JavaScript's). */
const SAME_CLASSES = new Set([...'dDwWsbBntrf']);
/** Most ways a shadow pattern may try to match at one place (see shadowPattern). */
const MAX_PATHS = 256;
/** The largest bound of a repetition in a shadow pattern. */
const MAX_REPEAT = 16;

/**
 * A JavaScript regular expression that matches wherever RE2 matches `source` (read
 * case-sensitively), and perhaps elsewhere: a text it does not match is spared the call into
 * RE2, which costs far more (the text is copied into WebAssembly). Only patterns in the part of
 * the syntax both engines read alike get one: literals, `\d \D \w \W \s \b \B`, classes of
 * literals and ranges, groups, alternatives, `^` and `$`; JavaScript's `\s` holds more spaces than
 * RE2's, which only widens what it matches. JavaScript backtracks where RE2 runs in linear time,
 * so repetitions must be bounded (`?`, `{n,m}` up to MAX_REPEAT, a group only optional and
 * without repetitions inside) and the ways to match at one place few (MAX_PATHS). Null for any
 * other pattern (`*`, `+`, inline flags, `.`, negated classes, Unicode classes, characters beyond
 * U+D7FF, …).
 */
export function shadowPattern(source: string): RegExp | null {
  return translate(source, false);
}

/** RE2's `\s`: JavaScript's holds more spaces (U+00A0, U+2003…). */
const RE2_SPACE = '\\t\\n\\f\\r ';

/**
 * A JavaScript regular expression that matches exactly where RE2 matches `source` (read
 * case-sensitively), with the same groups: the shadow pattern's syntax, with RE2's `\s` spelled
 * out and the groups kept. Such a pattern needs no call into RE2 at all (the shipped rules' own
 * patterns have one: re2-wasm, 30 MiB once loaded, is then never loaded for them); its
 * backtracking is bounded as the shadow's is. Null when the pattern has none.
 */
export function twinPattern(source: string): RegExp | null {
  return translate(source, true);
}

function translate(source: string, exact: boolean): RegExp | null {
  const s = source;
  let out = '';
  let i = 0;
  const plain = (c: string): boolean => c.charCodeAt(0) < 0xd800;
  // Per open group (the pattern itself first): alternatives so far, and whether it repeats anything.
  const groups: Array<{ branches: number; repeats: boolean }> = [{ branches: 1, repeats: false }];
  let paths = 1;
  // What the next quantifier would apply to: nothing, one character (or class), or a group.
  let atom: 'none' | 'char' | 'group' = 'none';
  let groupRepeats = false;
  while (i < s.length) {
    const c = s[i];
    if (c === '?' || c === '{' || c === '*' || c === '+') {
      let min = 0;
      let max = 1;
      if (c === '{') {
        const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(i, i + 24));
        if (!m) return null;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        out += m[0];
        i += m[0].length;
      } else {
        if (c !== '?') return null;
        out += c;
        i++;
      }
      if (s[i] === '?') {
        out += '?';
        i++;
      }
      if (atom === 'none' || max > MAX_REPEAT || max < min) return null;
      if (atom === 'group' && (c !== '?' || groupRepeats)) return null;
      paths *= max - min + 1;
      groups[groups.length - 1].repeats = true;
      atom = 'none';
      continue;
    }
    atom = 'char';
    if (c === '\\') {
      const n = s[i + 1];
      if (n === undefined || !(SYNTAX_ESCAPES.has(n) || SAME_CLASSES.has(n))) return null;
      out += exact && n === 's' ? `[${RE2_SPACE}]` : c + n;
      i += 2;
    } else if (c === '[') {
      // Not negated, not starting with `]`, no POSIX classes: literals, ranges and escapes.
      let j = i + 1;
      if (s[j] === '^' || s[j] === ']') return null;
      let body = '';
      while (j < s.length && s[j] !== ']') {
        const d = s[j];
        if (d === '\\') {
          const n = s[j + 1];
          if (n === undefined || !(SYNTAX_ESCAPES.has(n) || n === '-' || n === 'd' || n === 'D' || n === 'w' || n === 'W' || n === 's')) return null;
          body += exact && n === 's' ? RE2_SPACE : d + n;
          j += 2;
          continue;
        }
        if (d === '[' || !plain(d)) return null;
        body += d;
        j++;
      }
      if (j >= s.length) return null;
      out += `[${body}]`;
      i = j + 1;
    } else if (c === '(') {
      // Plain, non-capturing and named groups; any other `(?` (flags, lookarounds) is not followed.
      let open = exact ? '(' : '(?:';
      if (s[i + 1] === '?') {
        const m = /^\(\?(?::|P?<([A-Za-z_][A-Za-z0-9_]*)>)/.exec(s.slice(i, i + 40));
        if (!m) return null;
        i += m[0].length;
        if (exact) open = m[1] === undefined ? '(?:' : `(?<${m[1]}>`;
      } else i++;
      out += open;
      groups.push({ branches: 1, repeats: false });
      atom = 'none';
    } else if (c === ')') {
      const g = groups.pop();
      if (!g || groups.length === 0) return null;
      paths *= g.branches;
      if (g.repeats) groups[groups.length - 1].repeats = true;
      groupRepeats = g.repeats;
      atom = 'group';
      out += c;
      i++;
    } else if (c === '|') {
      groups[groups.length - 1].branches++;
      atom = 'none';
      out += c;
      i++;
    } else if (c === '^' || c === '$') {
      atom = 'none';
      out += c;
      i++;
    } else if (c === '.' || c === ']' || c === '}' || !plain(c)) {
      return null;
    } else {
      out += c;
      i++;
    }
    if (paths > MAX_PATHS) return null;
  }
  if (groups.length !== 1) return null;
  paths *= groups[0].branches;
  if (paths > MAX_PATHS) return null;
  try {
    return new RegExp(out, exact ? 'gu' : 'u');
  } catch {
    return null;
  }
}
