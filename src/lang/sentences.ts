// Sentence splitting for English and French prose as official texts write it.
//
// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it) when
// white space follows and the next word can start a sentence (a capital, a digit, an opening
// quote or bracket, a dash). The period does not end a sentence after:
//  - an abbreviation of rules/lang/abbreviations.json (`Mr.`, `M.`, `Mme`, `approx.`, `env.`,
//    `p. ex.`, `c.-à-d.`), except those that often close a sentence (`etc.`, `p.m.`, `Inc.`),
//    which end one when a capital follows (but not `p.m. Eastern time`);
//  - a number abbreviation (`no.`, `art.`, `s.`, `p.`, `vol.`) followed by a number;
//  - an initial (`J. Smith`) or an enumerator at the start (`1.`, `a.`, `iv.`).
// French punctuation keeps its space: `Vraiment ?` and `« Oui. »` end where they should.

import { readFileSync } from 'node:fs';
import { resourcePath } from '../core/resources.js';

export interface SentenceSpan {
  /** Offsets in the text, [start, end), without surrounding white space. */
  start: number;
  end: number;
}

export type SentenceLang = 'en' | 'fr' | 'und';

interface Abbreviations {
  en: string[];
  fr: string[];
  both: string[];
}

interface AbbrevSets {
  /** Written as listed (`Mr`, `M`, `Mme`). */
  exact: Set<string>;
  /** Lower-case entries, matched in any case (`approx` = `Approx`). */
  folded: Set<string>;
}

let loaded: Record<SentenceLang, AbbrevSets> | undefined;

function abbreviations(lang: SentenceLang): AbbrevSets {
  if (!loaded) {
    const data = JSON.parse(readFileSync(resourcePath('rules/lang/abbreviations.json'), 'utf8')) as Abbreviations;
    const make = (lists: string[][]): AbbrevSets => {
      const exact = new Set<string>();
      const folded = new Set<string>();
      for (const list of lists) {
        for (const a of list) {
          exact.add(a);
          if (a === a.toLowerCase()) folded.add(a);
        }
      }
      return { exact, folded };
    };
    loaded = { en: make([data.en, data.both]), fr: make([data.fr, data.both]), und: make([data.en, data.fr, data.both]) };
  }
  return loaded[lang];
}

/** Abbreviations that are often the last word of a sentence: they end one before a capital. */
const CLOSING = new Set(['etc', 'a.m', 'p.m', 'inc', 'ltd', 'jr', 'sr', 'corp', 'co', 'al', 'ibid', 'cit', 'enr', 'ltée', 'cie']);
/** Abbreviations that stand before a number: they end a sentence only when no number follows. */
// `poste` (extension), `jeu`, `mer` and the other short weekdays are French words as well: `par la
// poste.` and `à la mer.` end sentences, `poste 22` and `jeu. 12 mars` do not.
const BEFORE_NUMBER = new Set(['no', 'nos', 'nº', 'art', 's', 'ss', 'p', 'pp', 'vol', 'vols', 'ch', 'para', 'paras', 'paragr', 'fig', 'figs', 'ext', 'tel', 'tél', 'al', 'r', 'n', 'poste', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim']);
/** Words after `a.m.`/`p.m.` that continue the time, not a new sentence. */
const TIME_CONTINUATION = /^(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|AST|ADT|NST|NDT|ET|CT|MT|PT|AT|NT|UTC|GMT|HNE|HAE|HE|Eastern|Central|Mountain|Pacific|Atlantic|Newfoundland)\b/;

const TERMINATOR = /[.!?…]+["'”’»)\]\u00a0\u202f ]*?(?=[\s\u00a0\u202f]|$)/gu;
const CLOSERS = /^[\s\u00a0\u202f]*["'”’»)\]]+/u;
const STARTER = /^[\s\u00a0\u202f]*(?:[\p{Lu}\p{N}«"“'‘([¿¡•–—-]|\p{Lt})/u;
const ENUMERATOR = /^\s*(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlcdmIVXLCDM]{1,5})$/;

/** The word written just before position `end` (letters, inner periods, hyphens, apostrophes). */
function wordBefore(text: string, end: number): { word: string; start: number } {
  let s = end;
  while (s > 0 && /[\p{L}\p{M}.\-'’]/u.test(text[s - 1])) s--;
  // Leading periods belong to the previous abbreviation, not this word; an elided article
  // (`l'art.`, `d'env.`) is not part of it either.
  while (s < end && text[s] === '.') s++;
  const elided = /^(?:[ldjmnstc]|qu)['’]/iu.exec(text.slice(s, end));
  if (elided) s += elided[0].length;
  return { word: text.slice(s, end), start: s };
}

function isAbbreviation(word: string, sets: AbbrevSets): boolean {
  return sets.exact.has(word) || sets.folded.has(word.toLowerCase());
}

/** Does the period at `dot` (a single `.`) end a sentence, given what follows at `next`? */
function periodEnds(text: string, dot: number, next: string, sets: AbbrevSets): boolean {
  const { word, start } = wordBefore(text, dot);
  if (word === '') {
    // After a number or a symbol: an enumerator at the start (`1.`, `2.1.`) does not end anything.
    return !ENUMERATOR.test(text.slice(0, dot));
  }
  if (ENUMERATOR.test(text.slice(0, dot))) return false;
  // A two-word abbreviation: `p. ex.`, `s. o.`
  let two = '';
  if (start >= 2 && text[start - 1] === ' ' && text[start - 2] === '.') {
    const prev = wordBefore(text, start - 2);
    if (prev.word) two = `${prev.word}. ${word}`;
  }
  const lower = word.toLowerCase();
  const abbr = isAbbreviation(word, sets) || (two !== '' && isAbbreviation(two, sets));
  if (abbr) {
    if (BEFORE_NUMBER.has(lower) && /^\s*[\d(]/.test(next)) return false;
    if (CLOSING.has(lower) || BEFORE_NUMBER.has(lower)) {
      if ((lower === 'a.m' || lower === 'p.m') && TIME_CONTINUATION.test(next.trimStart())) return false;
      return /^\s*\p{Lu}/u.test(next);
    }
    return false;
  }
  // An initial: one capital letter (`J. Smith`, `M. Tremblay`).
  if (/^\p{Lu}$/u.test(word)) return false;
  // Initials run together (`U.S.`, `J.-P.`) are mostly followed by a name or a noun.
  if (/^(?:\p{Lu}\.-?)+\p{Lu}$/u.test(word)) return false;
  if (/^(?:\p{L}\.-?)+\p{L}$/u.test(word)) return /^\s*\p{Lu}/u.test(next);
  return true;
}

/** How far a parenthesis opened in a sentence may close in a later one and still hold them together. */
const PARENTHESIS_REACH = 400;

/**
 * The parentheses left open in a sentence being read, counted as far as asked (`openAt`):
 * each character is read once however many stops the sentence holds.
 */
class OpenParentheses {
  private from = 0;
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  /** Parentheses opened and not closed in text[from, at). */
  openAt(from: number, at: number): number {
    if (from !== this.from || at < this.pos) {
      this.from = this.pos = from;
      this.depth = 0;
    }
    for (; this.pos < at; this.pos++) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 40) this.depth++;
      else if (c === 41 && this.depth > 0) this.depth--;
    }
    return this.depth;
  }
}

/**
 * Whether a stop ending at `end` falls inside a parenthesis opened in the sentence and closed
 * soon after (`… (example: les avocat·e·s for “the lawyers”. The masculine form is avocat.)`):
 * the parenthesis is one aside, not two sentences.
 */
function closesSoon(text: string, end: number): boolean {
  const ahead = text.slice(end, end + PARENTHESIS_REACH);
  const close = ahead.indexOf(')');
  return close >= 0 && ahead.lastIndexOf('(', close) < 0;
}

/** Splits a paragraph into sentences. */
export function splitSentences(text: string, lang: SentenceLang = 'und'): SentenceSpan[] {
  const sets = abbreviations(lang);
  const out: SentenceSpan[] = [];
  let from = 0;
  const open = new OpenParentheses(text);
  TERMINATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINATOR.exec(text)) !== null) {
    let end = m.index + m[0].length;
    // Closing quotes and brackets after a space (`« Oui. »`) still belong to the sentence.
    const closers = CLOSERS.exec(text.slice(end));
    if (closers) end += closers[0].length;
    const next = text.slice(end, end + 40);
    if (!STARTER.test(next)) continue;
    const term = m[0].replace(/["'”’»)\]\s\u00a0\u202f]+$/u, '');
    if (term === '.' && !periodEnds(text, m.index, next, sets)) continue;
    if (open.openAt(from, m.index) > 0 && closesSoon(text, end)) continue;
    push(out, text, from, end);
    from = end;
    TERMINATOR.lastIndex = end;
  }
  push(out, text, from, text.length);
  return out;
}

function push(out: SentenceSpan[], text: string, a: number, b: number): void {
  while (a < b && /[\s\u00a0\u202f]/u.test(text[a])) a++;
  while (b > a && /[\s\u00a0\u202f]/u.test(text[b - 1])) b--;
  if (b > a) out.push({ start: a, end: b });
}
