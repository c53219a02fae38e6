// Fractions written in words (`one third`, `two thirds`, `half of`; `le quart`, `les deux tiers`,
// `la moitié`), read as a numerator and a denominator, for number-mismatch to compare across the
// sides of a pair: `About one third of applicants` / `Environ le quart des demandeurs`.
//
// The words are also ordinals (`the third floor`, `le cinquième étage`), parts of names (`third
// party`, `tiers`), fiscal periods (`first quarter`) and times (`a quarter past ten`, `et quart`):
// a word counts as a fraction only with a numerator before it (`half` and `moitié` need none),
// and an ordinal with an article before it (`a third of`, `un cinquième des`, `le tiers de`) only
// with `of`/`de` after it. Plural denominators after a numeral (`two thirds`, `trois quarts`) are
// fractions however they go on.

import type { Side } from './values-compare.js';

export interface SpelledFraction {
  /** The words as written (`two thirds`, `le quart`). */
  word: string;
  value: number;
  /** `2/3`. */
  label: string;
  start: number;
  end: number;
}

const EN_DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
const FR_DENOMINATORS: Record<string, number> = {
  moitié: 2, demi: 2, demie: 2, tiers: 3, quart: 4, quarts: 4, cinquième: 5, cinquièmes: 5,
  sixième: 6, sixièmes: 6, septième: 7, septièmes: 7, huitième: 8, huitièmes: 8,
  neuvième: 9, neuvièmes: 9, dixième: 10, dixièmes: 10,
};
const EN_NUMERATORS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const FR_NUMERATORS: Record<string, number> = { un: 1, une: 1, le: 1, la: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9 };

// An optional numerator, then a denominator, as whole words (a hyphen may join them: `one-third`).
const EN_FRACTION = /\b(?:(a|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?(half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/gi;
const FR_FRACTION = /(?<![\p{L}\p{N}])(?:(?:les\s+)?(un|une|le|la|deux|trois|quatre|cinq|six|sept|huit|neuf)\s+)?(moitié|demie?|tiers|quarts?|(?:cinqu|six|sept|huit|neuv|dix)ièmes?)(?![\p{L}\p{N}])/giu;
/** What a fraction whose numerator may be an article needs after it: `of`, `de`. */
const EN_OF = /^\s+of\b/i;
const FR_OF = /^\s+(?:(?:de|des|du)(?![\p{L}])|d['’])/iu;
/** Times in words (`half past ten`, `a quarter to six`) and `third party`. */
const EN_NOT_FRACTION = /^(?:\s+(?:past|to|after|till)\b|[\s-]+part(?:y|ies)\b)/i;

/**
 * A denominator's letters, looked for before the full pattern: most texts have none, and the full
 * pattern tries its numerator at every word.
 */
const EN_DENOMINATOR_HINT = /hal[fv]|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth/i;
const FR_DENOMINATOR_HINT = /moiti|demi|tiers|quart|ième/i;

/** The fractions a text writes in words, with their places. */
export function fractionsIn(text: string, side: Side): SpelledFraction[] {
  if (!(side === 'en' ? EN_DENOMINATOR_HINT : FR_DENOMINATOR_HINT).test(text)) return [];
  const re = side === 'en' ? EN_FRACTION : FR_FRACTION;
  const out: SpelledFraction[] = [];
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(text)) !== null; ) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const numeratorWord = m[1]?.toLowerCase();
    const denominatorWord = m[2].toLowerCase();
    const denominator = (side === 'en' ? EN_DENOMINATORS : FR_DENOMINATORS)[denominatorWord];
    let numerator = numeratorWord ? (side === 'en' ? EN_NUMERATORS : FR_NUMERATORS)[numeratorWord] : undefined;
    if (side === 'en') {
      if (EN_NOT_FRACTION.test(after)) continue;
      // `half` alone (`half of`, `by almost half`): a share, save a time (`half past`).
      if (denominator === 2 && numerator === undefined) numerator = 1;
      if (numerator === undefined) continue;
      // `a third term`, `a fifth grade`: with an article for numerator, an ordinal unless `of`
      // follows (a quarter is no ordinal: `by a quarter`).
      if (numeratorWord === 'a' && denominator > 2 && !denominatorWord.startsWith('quarter') && !EN_OF.test(after)) continue;
    } else {
      // `midi moins le quart`, `trois heures moins le quart`: a time.
      if (/\bmoins\s+$/i.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
      if (denominator === 2 && numerator === undefined) numerator = 1;
      if (numerator === undefined) continue;
      // `le cinquième étage`, `un tiers` (a third party): with an article, a share only before `de`
      // (a quarter is no ordinal: `d'un quart les décès`).
      if (numerator === 1 && denominator > 2 && denominator !== 4 && !FR_OF.test(after)) continue;
    }
    // A plural denominator is counted by a numeral (`two thirds`); a singular one by one (`one third`).
    if (numerator > 1 && !/s$/i.test(denominatorWord) && denominatorWord !== 'tiers') continue;
    out.push({ word: m[0], value: numerator / denominator, label: `${numerator}/${denominator}`, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A denominator in words right after a number word (`two thirds`, `trois quarts`): the number is a fraction's numerator. */
const DENOMINATOR_AFTER = /^[\s-]+(?:halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|tiers|quarts?|(?:cinqu|six|sept|huit|neuv|dix)ièmes?)(?![\p{L}])/iu;

/** Whether the text at `end` goes on with a denominator: the number before it counts parts of a fraction. */
export function numeratorAt(text: string, end: number): boolean {
  return DENOMINATOR_AFTER.test(text.slice(end, end + 16));
}
