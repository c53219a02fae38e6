// Whether a segment is text that needs a translation, as opposed to material that reads the same
// in both languages: URLs, e-mail addresses, paths, rows of a data table (station codes and
// coordinates), numbers and codes. The aligner already makes most such lines `shared`; these
// tests catch what it left as orphans or pairs. Several checks ask about both sides of every
// pair, so the answer is kept per segment.

import type { Segment } from '../../core/types.js';
import { CODE_SPAN } from '../../core/markdown-fences.js';
import { RecentSegments } from './recent-segments.js';
import { dictionary, fold } from '../../lang/dictionary.js';
import { isAllCaps } from '../../lang/tokens.js';

const URLISH = /^(?:[a-z][a-z0-9+.-]*:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\.{0,2}\/)?[\w.-]+(?:\/[\w.-]+)+\/?|[\w-]+\.(?:txt|md|json|xml|html?|csv|pdf|py|js|ts|yml|yaml|po|env))$/i;
const NUMERIC = /^[-+−]?[\d.,:/%$°]+[a-zA-Z]?$/;
const WORDISH = /^\p{L}[\p{L}\p{M}'’-]*\.?$/u;
const STRIP = /^[([{"'«“‘]+|[)\]}"'»”’.,;:!?|]+$/g;
/** Three words of running text in a row: prose, whatever else the segment holds. */
const PROSE = /\p{Ll}{2,}[ ,]+\p{L}{2,}[ ,]+\p{L}{2,}/u;

/** Whitespace tokens with surrounding punctuation removed; pure punctuation dropped. */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[\s|]+/)) {
    const t = raw.replace(STRIP, '');
    if (t && /[\p{L}\p{N}]/u.test(t)) out.push(t);
  }
  return out;
}

/** A token that is a code rather than a word: digits inside, underscores, or a short acronym. */
function codeLike(t: string): boolean {
  if (NUMERIC.test(t)) return true;
  if (/[_\d]/.test(t)) return true;
  return t.length <= 4 && t === t.toUpperCase() && t !== t.toLowerCase();
}

/**
 * An identifier in kebab case (`notify-static-after`, an image's name as its alt text): lower-case
 * parts joined by hyphens, three or more, none of them a word that joins the parts of an English
 * compound (`up-to-date`, `state-of-the-art`, `step-by-step` are words to translate).
 */
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}$/;
const COMPOUND_JOINERS = /(?:^|-)(?:to|of|the|by|and|in|on|a|for|at)(?:-|$)/;
/**
 * Two lower-case parts (`opendata-loader`, a repository's name as a README's title) make an
 * identifier when a part of three letters or more is a word of neither language: `follow-up`,
 * `long-term` and `bien-être` are words to translate.
 */
const KEBAB_TWO = /^[a-z][a-z0-9]*-[a-z0-9]+$/;

function kebabIdentifier(t: string): boolean {
  if (KEBAB.test(t)) return !COMPOUND_JOINERS.test(t);
  if (!KEBAB_TWO.test(t)) return false;
  return t.split('-').some((p) => p.length >= 3 && /^[a-z]+$/.test(p) && !dictionary('en').has(p) && !dictionary('fr').has(p));
}

/**
 * A word of four letters or more that a dictionary of either language knows: some of it in small
 * letters, or the whole text in capitals (`DOCUMENTS TO HAVE ON HAND`, a heading, not a row of
 * codes).
 */
function dictionaryWord(t: string, inCapitals: boolean): boolean {
  if (t.length < 4 || !/^\p{L}+$/u.test(t) || (!inCapitals && !/\p{Ll}/u.test(t))) return false;
  const folded = fold(t);
  return dictionary('en').has(folded) || dictionary('fr').has(folded);
}

/** Whether the text holds words to translate (see the file comment for what does not). */
export function isTranslatable(text: string): boolean {
  // Code spans (`npm install -g yarn`) are code, whatever words they hold.
  if (text.includes('`')) {
    const code = text.match(CODE_SPAN) ?? [];
    text = text.replace(CODE_SPAN, ' ');
    // A tool named beside the command that installs it (`node (\`brew install node\`)`).
    const rest = tokens(text);
    if (rest.length === 1 && /^\p{Ll}+$/u.test(rest[0]) && code.some((c) => c.split(/[^\p{L}]+/u).includes(rest[0]))) return false;
  }
  if (PROSE.test(text) && text.indexOf('   ') < 0) return true;
  const ts = tokens(text);
  if (ts.length === 0) return false;
  if (ts.length === 1 && kebabIdentifier(ts[0])) return false;
  if (ts.every((t) => URLISH.test(t) || codeLike(t))) return false;
  // A row of a data table: several cells, mostly numbers and codes, unless two of them are words
  // of a dictionary (`Cultural Supports   20   11,472,000   9.7%`, a row of a table of figures
  // whose label is text to translate).
  if (ts.length >= 4) {
    const codes = ts.filter((t) => codeLike(t) || URLISH.test(t)).length;
    const inCapitals = isAllCaps(text);
    if (codes >= 0.6 * ts.length && ts.filter((t) => dictionaryWord(t, inCapitals)).length < 2) return false;
  }
  const words = ts.filter((t) => !URLISH.test(t));
  // A name beside its address (`Jest https://jestjs.io/`, `NextJS [https://nextjs.org/]`): a link.
  if (words.length < ts.length && words.length <= 2 && words.every((t) => /^\p{Lu}/u.test(t))) return false;
  return words.some((t) => WORDISH.test(t) && t.replace(/[^\p{L}]/gu, '').length >= 2);
}

const recent = new RecentSegments(isTranslatable, false);

/** isTranslatable for a segment (remembered while its pair is being checked). */
export function segmentTranslatable(seg: Segment): boolean {
  return recent.get(seg);
}

/**
 * A bibliographic reference (`REITERER, H.; OPPERMANN, R. (1993) «Evaluation of…»`): titles of
 * works stay in their language in both versions. Two signs of a reference are needed among
 * initials, a year in brackets, an editor mark and volume or page marks.
 */
export function isReference(text: string): boolean {
  let signs = 0;
  if (/\b\p{Lu}\.\s?(?:\p{Lu}\.|[,;])/u.test(text)) signs++;
  if (/\((?:1[5-9]|20)\d\d[a-z]?\)/.test(text)) signs++;
  if (/\((?:eds?|éds?|dir)\.?\)|\beds?\.,|\bédit(?:é|ed) (?:par|by)\b/i.test(text)) signs++;
  if (/\b(?:vol|no|n°|pp?)\.\s?\d/i.test(text)) signs++;
  return signs >= 2;
}
