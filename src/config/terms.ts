// Finding terms in segment text, for glossaries and the YAML rule kinds. Text and terms are cut
// into word tokens (runs of letters and digits); a term matches a run of consecutive tokens
// whose keys equal the term's keys and whose gaps (the spaces, hyphens, apostrophes between
// them) fit the term's gaps.
//
// With `inflect`, keys are folded (lower case, no accents, œ → oe) and reduced to a stem that
// French plurals and feminines, and English plurals, share: `procureurs généraux` and
// `procureure générale` both give `procureur general`, `Attorneys General` gives `attorney
// general`. Elision needs nothing special: the apostrophe of `l'ébauche` is a gap, so
// `ébauche` is a token of its own. Acronyms in a term (`CRA`, `HNE`) always match case-sensitively
// (with an optional plural `s`), so that `EST` never matches the French word `est`.

export interface Token {
  /** Text as written. */
  text: string;
  start: number;
  end: number;
}

export type GapKind = 'space' | 'hyphen' | 'apostrophe' | 'other';

export interface MatchOptions {
  lang: 'en' | 'fr';
  /** Fold case, accents and inflection (glossaries and `term` rules). */
  inflect: boolean;
  /** Ignore case (without `inflect`; `inflect` always ignores case). */
  ignoreCase: boolean;
  /** Gaps must be of the same kind as the term's (a space is not a hyphen). */
  strictGaps: boolean;
}

export interface CompiledTerm<T = unknown> {
  /** The term as written. */
  text: string;
  keys: string[];
  /** Gap kinds between the term's tokens (length keys.length - 1); `other` gaps hold their text. */
  gaps: Array<{ kind: GapKind; text: string }>;
  /** Per token: must be written in capitals (an acronym in the term). */
  caps: boolean[];
  /** Per token: the token as written in the term. */
  words: string[];
  data: T;
}

export interface TermMatch<T = unknown> {
  term: CompiledTerm<T>;
  start: number;
  end: number;
  /** The text's tokens that matched, one per term token. */
  tokens: Token[];
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export function gapKind(gap: string): GapKind {
  if (/^[\s\u00a0\u202f\u2007\u2009]+$/.test(gap)) return 'space';
  if (/^[-\u2010\u2011]$/.test(gap)) return 'hyphen';
  if (/^['\u2019\u02bc]$/.test(gap)) return 'apostrophe';
  return 'other';
}

/** Gaps a tolerant match lets through: spacing, hyphens, apostrophes (and mixes of them). */
const LOOSE_GAP = /^[\s\u00a0\u202f\u2007\u2009\-\u2010\u2011'\u2019\u02bc]+$/;

function gapFits(termGap: { kind: GapKind; text: string }, gap: string, strict: boolean): boolean {
  if (!strict) return termGap.kind === 'other' ? normSpace(gap) === normSpace(termGap.text) : LOOSE_GAP.test(gap);
  const k = gapKind(gap);
  if (k !== termGap.kind) return false;
  return k !== 'other' || normSpace(gap) === normSpace(termGap.text);
}

function normSpace(s: string): string {
  return s.replace(/[\s\u00a0\u202f\u2007\u2009]+/g, ' ');
}

/** Folds case and accents: `Générale` → `generale`, `Œuvre` → `oeuvre`. */
export function fold(s: string): string {
  // Most words are plain ASCII: nothing to decompose.
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return s
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Feminine endings and the masculine they go back to. */
const FR_FEMININE: Array<[string, string]> = [
  ['trice', 'teur'],
  ['euse', 'eur'],
  ['eure', 'eur'],
  ['elle', 'el'],
  ['enne', 'en'],
  ['onne', 'on'],
  ['ette', 'et'],
  ['ale', 'al'],
  ['ail', 'al'],
  ['ive', 'if'],
  ['ere', 'er'],
  ['ee', 'e'],
];

/** A stem shared by a French word's plural and feminine forms (on folded text). */
export function frStem(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('eaux')) w = w.slice(0, -1);
  else if (w.endsWith('aux')) w = w.slice(0, -3) + 'al';
  else if (/(?:eu|ou)x$/.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('s') && w.length > 3) w = w.slice(0, -1);
  for (const [from, to] of FR_FEMININE) {
    if (w.endsWith(from) && w.length - from.length >= 2) {
      w = w.slice(0, -from.length) + to;
      break;
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** A stem shared by an English word and its plural (on folded text). */
export function enStem(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('men') && w.length > 4) return w.slice(0, -3) + 'man';
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Letters only, at least two, none lower-case: an acronym (`CRA`, `HNE`). */
export function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 8 && /^[\p{Lu}\p{N}]+$/u.test(word) && /\p{Lu}/u.test(word);
}

export function tokenKey(word: string, opts: MatchOptions): string {
  if (opts.inflect) {
    // Words repeat: their stems are kept (up to a bound, then the memo starts again).
    const memo = STEMS[opts.lang];
    let k = memo.get(word);
    if (k === undefined) {
      const f = fold(word);
      k = opts.lang === 'fr' ? frStem(f) : enStem(f);
      if (memo.size >= 100_000) memo.clear();
      memo.set(word, k);
    }
    return k;
  }
  return opts.ignoreCase ? word.toLowerCase() : word;
}

const STEMS: Record<'en' | 'fr', Map<string, string>> = { en: new Map(), fr: new Map() };

export function compileTerm<T>(text: string, data: T, opts: MatchOptions): CompiledTerm<T> | null {
  const toks = tokenize(text);
  if (toks.length === 0) return null;
  const gaps: Array<{ kind: GapKind; text: string }> = [];
  for (let i = 1; i < toks.length; i++) {
    const g = text.slice(toks[i - 1].end, toks[i].start);
    gaps.push({ kind: gapKind(g), text: g });
  }
  return {
    text,
    keys: toks.map((t) => (isAcronym(t.text) ? t.text : tokenKey(t.text, opts))),
    gaps,
    caps: toks.map((t) => isAcronym(t.text)),
    words: toks.map((t) => t.text),
    data,
  };
}

const keyCache = new WeakMap<Token[], Map<string, Array<{ key: string; acronym: string | null }>>>();

// First characters of keys, for a glance at a text before it is tokenised: the key of a word
// (and its acronym form) starts with the word's first character as written, lower-cased or
// folded, since stems only change the end of a word.
const UNSET = -2;
const SURROGATE = -1;
const firstKeyChar: Record<'fold' | 'lower', Int32Array> = { fold: new Int32Array(0), lower: new Int32Array(0) };
const tokenChar = new Int8Array(65536).fill(UNSET);
const TOKEN_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Latin letters end before U+0250 (see TermIndex.mayMatch). */
const LATIN_END = 0x250;

/** Whether a UTF-16 unit belongs to a token (letters, marks, digits); −1 for surrogates. */
function tokenClass(c: number): number {
  let k = tokenChar[c];
  if (k === UNSET) {
    k = c >= 0xd800 && c <= 0xdfff ? SURROGATE : TOKEN_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
    tokenChar[c] = k;
  }
  return k;
}

/** Where the token going on at `from` ends (the first unit of no token), or −1 at a surrogate. */
function tokenEnd(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const d = tokenClass(text.charCodeAt(i));
    if (d === SURROGATE) return -1;
    if (d === 0) break;
  }
  return i;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function keyChar(mode: 'fold' | 'lower', c: number): number {
  let t = firstKeyChar[mode];
  if (t.length === 0) t = firstKeyChar[mode] = new Int32Array(65536).fill(UNSET);
  let k = t[c];
  if (k === UNSET) {
    const ch = String.fromCharCode(c);
    k = (mode === 'fold' ? fold(ch) : ch.toLowerCase()).charCodeAt(0);
    t[c] = k;
  }
  return k;
}

/** A set of terms indexed by their first key, matched against tokenised text. */
export class TermIndex<T = unknown> {
  readonly opts: MatchOptions;
  private readonly byFirst = new Map<string, CompiledTerm<T>[]>();
  /** First UTF-16 units of the first keys. */
  private readonly firsts = new Set<number>();
  /**
   * Per UTF-16 unit, whether a token starting with it may start a term (1 yes, 2 no, 0 not known
   * yet): the two set lookups of a token start, done once per unit. Emptied when a term is added.
   */
  private startKind: Uint8Array | null = null;
  /** Finds the code units below U+0250 that may start a term, and letters beyond (see mayMatch). */
  private startFinder: RegExp | null = null;
  /** The first two UTF-16 units of the first keys of two units or more, as `first << 16 | second`. */
  private readonly firstPairs = new Set<number>();
  readonly size: number = 0;

  /** How a token's first unit is compared with the first keys (see keyChar). */
  private readonly keyMode: 'fold' | 'lower' | null;

  constructor(opts: MatchOptions) {
    this.opts = opts;
    this.keyMode = opts.inflect ? 'fold' : opts.ignoreCase ? 'lower' : null;
  }

  add(text: string, data: T): CompiledTerm<T> | null {
    const t = compileTerm(text, data, this.opts);
    if (!t) return null;
    const list = this.byFirst.get(t.keys[0]);
    if (list) list.push(t);
    else this.byFirst.set(t.keys[0], [t]);
    this.firsts.add(t.keys[0].charCodeAt(0));
    if (t.keys[0].length >= 2) this.firstPairs.add((t.keys[0].charCodeAt(0) << 16) | t.keys[0].charCodeAt(1));
    this.startKind = null;
    this.startFinder = null;
    (this as { size: number }).size++;
    return t;
  }

  /** The key of a text token, or its acronym form. */
  private keysOf(tok: Token): { key: string; acronym: string | null } {
    const raw = tok.text;
    // Only a word starting with a capital or a digit can be an acronym (`CRA`, `MPs`, `3D`).
    const c = raw.charCodeAt(0);
    const maybe = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && raw[0] !== raw[0].toLowerCase());
    const acronym = maybe && /^[\p{Lu}\p{N}]+s?$/u.test(raw) ? raw.replace(/s$/, '') : null;
    return { key: tokenKey(raw, this.opts), acronym: acronym && isAcronym(acronym) ? acronym : maybe && isAcronym(raw) ? raw : null };
  }

  /** Keys of a token list, computed once per list and options (indexes share them). */
  private keysFor(tokens: Token[]): Array<{ key: string; acronym: string | null }> {
    const sig = `${this.opts.lang}|${this.opts.inflect}|${this.opts.ignoreCase}`;
    let bySig = keyCache.get(tokens);
    if (!bySig) keyCache.set(tokens, (bySig = new Map()));
    let keys = bySig.get(sig);
    if (!keys) bySig.set(sig, (keys = tokens.map((t) => this.keysOf(t))));
    return keys;
  }

  /**
   * Whether some token of the text starts a term (its key or acronym form is a first key), found
   * without tokenising the text: only tokens whose first character can begin a first key have
   * their key computed. Most texts start no term.
   */
  private mayMatch(text: string): boolean {
    // V8's pattern engine skips to the next code unit of a class faster than a loop reads each
    // unit: it finds the units below U+0250 (Latin) that may start a term, and any unit beyond
    // Latin but for general punctuation (curly quotes, narrow spaces), which sends the text to
    // the loop below. Both ways give the same answer: the finder only skips units that cannot
    // start a term.
    const finder = (this.startFinder ??= this.buildStartFinder());
    finder.lastIndex = 0;
    while (finder.test(text)) {
      const start = finder.lastIndex - 1;
      const c = text.charCodeAt(start);
      if (c >= LATIN_END) return this.mayMatchByLoop(text);
      // Only at a token's start (its first unit; a unit before it of class −1 is beyond Latin
      // and was found first).
      if (start > 0 && tokenClass(text.charCodeAt(start - 1)) !== 0) continue;
      const end = tokenEnd(text, start + 1);
      if (end < 0) return true;
      finder.lastIndex = end;
      if (this.tokenStartsTerm(text, start, end)) return true;
    }
    return false;
  }

  /** The start finder of mayMatch for the terms now in the index. */
  private buildStartFinder(): RegExp {
    let units = '';
    for (let c = 0; c < LATIN_END; c++) if (tokenClass(c) === 1 && this.mayStart(c)) units += `\\u${c.toString(16).padStart(4, '0')}`;
    return new RegExp(`${units ? `[${units}]|` : ''}[^\\u0000-\\u024f\\u2000-\\u206f]`, 'g');
  }

  /** Whether a token starting with the code unit `c` may start a term (memoised per unit). */
  private mayStart(c: number): boolean {
    const starts = (this.startKind ??= new Uint8Array(65536));
    let may = starts[c];
    if (may === 0) {
      const mode = this.keyMode;
      starts[c] = may = this.firsts.has(c) || (mode && this.firsts.has(keyChar(mode, c))) ? 1 : 2;
    }
    return may === 1;
  }

  /** Whether the token text[start, end) starts a term, after the glance at its first two units. */
  private tokenStartsTerm(text: string, start: number, end: number): boolean {
    const mode = this.keyMode;
    // A token of two ASCII characters or more has keys (and an acronym form) of two or more that
    // begin with its first two characters, as written or lower-cased: stems only change endings.
    if (end - start >= 2) {
      const c = text.charCodeAt(start);
      const d = text.charCodeAt(start + 1);
      if (c < 128 && d < 128 && !this.firstPairs.has((c << 16) | d) && !(mode && this.firstPairs.has((lowerAscii(c) << 16) | lowerAscii(d)))) return false;
    }
    const key = this.keysOf({ text: text.slice(start, end), start, end });
    return this.byFirst.has(key.key) || (key.acronym !== null && this.byFirst.has(key.acronym));
  }

  /** mayMatch by reading every code unit (texts with letters beyond Latin). */
  private mayMatchByLoop(text: string): boolean {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const k = tokenClass(c);
      if (k === SURROGATE) return true;
      if (k === 0) {
        i++;
        continue;
      }
      const start = i;
      i = tokenEnd(text, i + 1);
      if (i < 0) return true;
      if (this.mayStart(c) && this.tokenStartsTerm(text, start, i)) return true;
    }
    return false;
  }

  /** Every match of every term in the text (overlapping ones included). */
  matchAll(text: string, tokens?: Token[]): TermMatch<T>[] {
    if (this.size === 0) return [];
    if (!tokens) {
      if (!this.mayMatch(text)) return [];
      tokens = tokenize(text);
    }
    if (tokens.length === 0) return [];
    const keys = this.keysFor(tokens);
    const out: TermMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const k = keys[i];
      const candidates = [...(this.byFirst.get(k.key) ?? []), ...(k.acronym && k.acronym !== k.key ? (this.byFirst.get(k.acronym) ?? []) : [])];
      for (const term of candidates) {
        if (i + term.keys.length > tokens.length) continue;
        let ok = true;
        for (let j = 0; j < term.keys.length && ok; j++) {
          const tk = keys[i + j];
          if (term.caps[j]) ok = tk.acronym === term.keys[j] || tokens[i + j].text === term.keys[j];
          else ok = tk.key === term.keys[j];
          if (ok && j > 0) ok = gapFits(term.gaps[j - 1], text.slice(tokens[i + j - 1].end, tokens[i + j].start), this.opts.strictGaps);
        }
        if (ok) {
          const ts = tokens.slice(i, i + term.keys.length);
          out.push({ term, start: ts[0].start, end: ts[ts.length - 1].end, tokens: ts });
        }
      }
    }
    return out;
  }

  /** Matches without overlaps, longest first (so `Deputy Attorney General` hides `Attorney General`). */
  matchLongest(text: string, tokens?: Token[]): TermMatch<T>[] {
    return longestFirst(this.matchAll(text, tokens));
  }
}

export function longestFirst<T>(matches: TermMatch<T>[]): TermMatch<T>[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermMatch<T>[] = [];
  for (const m of sorted) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The replacement for a matched term, carrying over what the text added to each word (its
 * inflection and case): `sous procureurs` with `sous procureur` ⇒ `sous-procureur` gives
 * `sous-procureurs`. Null when a word's inflection is not a plain suffix (no safe rewrite).
 */
export function inflectReplacement(m: TermMatch, replacement: string): string | null {
  const rTokens = tokenize(replacement);
  const used = new Set<number>();
  let out = '';
  let pos = 0;
  for (const rt of rTokens) {
    out += replacement.slice(pos, rt.start);
    pos = rt.end;
    // The term word this replacement word stands for: same word, ignoring case and accents.
    const j = m.term.words.findIndex((w, k) => !used.has(k) && fold(w) === fold(rt.text));
    if (j < 0) {
      out += rt.text;
      continue;
    }
    used.add(j);
    const written = m.tokens[j].text;
    if (fold(written) === fold(m.term.words[j])) {
      out += rt.text === m.term.words[j] ? written : rt.text;
      continue;
    }
    const lw = written.toLowerCase();
    const lt = m.term.words[j].toLowerCase();
    if (!lw.startsWith(lt)) return null;
    out += rt.text + written.slice(lt.length);
  }
  out += replacement.slice(pos);
  return matchCase(m.tokens[0].text, out);
}

/** Gives the replacement the capitalisation of the text it replaces (first letter, or all caps). */
export function matchCase(written: string, replacement: string): string {
  if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase()) return replacement.toUpperCase();
  const first = written.charAt(0);
  if (first !== first.toLowerCase() && replacement.charAt(0) === replacement.charAt(0).toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
