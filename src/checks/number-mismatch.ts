// number-mismatch: numbers, amounts, percentages, phone numbers and codes agree once each
// locale's way of writing them is read.
//
// `4,250,000` ≡ `4 250 000`, `3.5` ≡ `3,5`, `$2.5 million` ≡ `2,5 millions de dollars`,
// `40 percent` ≡ `40 %`, `1st` ≡ `1er`; but `4,250,000` ≢ `4 520 000`. Values are matched as
// multisets, kind by kind and then across kinds (`25` against `25 $`); money also compares
// currencies. List enumerators (`1.` at the start of a line) are not quantities; years of dates
// belong to the dates (date-mismatch). What is left over:
//  - the same digits read as two values (`1,500` in French is 1,5): the French is written the
//    English way (warning);
//  - on both sides: year ranges (`2025–26`, `2026-2027`) pair up as ranges, then the closest
//    values pair up as a mismatch (error);
//  - on one side only: reported at `missing` severity when the other side has no trace of it —
//    no digit run with those digits (`1990s`, `COVID-19`) outside the values already matched, no
//    number word (`two`, `vingt-cinq`, `first`), no Roman numeral (`XXIe siècle` for `21st
//    century`).
// Codes (`C-11`, `s. 21(1)(a)`) are compared only against codes of the same shape, as names such
// as `COVID-19` are often dropped or rephrased.

import { defineCheck, type CheckContext } from './types.js';
import { JOINER, LETTER, kindOf } from './util/words.js';
import type { Pair, Segment } from '../core/types.js';
import { scaleOf, type CodeValue, type MoneyValue, type NumberValue, type PercentValue, type PhoneValue, type Value } from '../lang/values.js';
import { fractionsIn, numeratorAt } from './util/fractions.js';
import { Evidence, holdReports, LABEL, at, comparable, digitsOf, formatMoney, formatNumber, matchPass, other, severityOption, similarLength, spelledNumber, numberWordRuns, type Side } from './util/values-compare.js';

type Item = NumberValue | MoneyValue | PercentValue | PhoneValue | CodeValue;
type Numeric = NumberValue | MoneyValue | PercentValue;

export default defineCheck({
  id: 'number-mismatch',
  description: 'Numbers, amounts, percentages, phone numbers and codes agree once locale formats are normalised',
  severity: 'error',
  options: { missing: 'warning' },
  help: `Numbers are compared as values, each side read in its own locale: 4,250,000 and 4 250 000 are
equal, 3.5 and 3,5 too, $2.5 million and 2,5 millions de dollars, 40 percent and 40 %, 1st and 1er.
4,250,000 against 4 520 000 is an error, and so is €25 against 25 $ or US$25 against 25 $ CAN (the
currency changed; a bare $ says nothing of it). Imperial units are converted (140 mph ≡ 225 km/h).
The values of the two sides are matched regardless of their order. Year ranges (fiscal years)
are compared as ranges: 2025–26 against 2026-2027 is one mismatch. Phone numbers are compared by
their digits, codes (C-11, s. 21(1)(a) ⇄ art. 21(1)a)) by their normalised form, version strings
(3.12.0, v20.11.1) as written, their v aside. List numbers at
the start of a line and years inside dates are not compared here.

The same digits read as two values (1,500 written in a French text, which reads 1,5) are a
warning with the French form as suggestion. A number on one side only is reported at the
\`missing\` severity (warning by default; 'off' turns it off) unless the other side writes it
another way: in words (two, deux, first), as a Roman numeral (XXIe siècle), or inside another
value. Numbers written in words on both sides that differ (two parking spaces / trois places) are
a warning; articles (one, un), compounds, ratios (deux fois moins), hours in words and lengths of
time in other units (two weeks / quinze jours) are left alone. A number on one side only that the
other side gave a few lines before or after (in digits, or a cardinal from two up in words) is
info, naming that line: the translation spelled out what "this" stood for, or left a repeated
year to "cette année".

Example: "Budget: 4,250,000" / "Budget : 4 520 000" → EN 4,250,000, FR 4 520 000 is 4,520,000
(suggestion: 4 250 000).`,
  check(ctx) {
    if (!comparable(ctx.pair)) return;
    spelledCardinals(ctx);
    spelledFractions(ctx);
    const en = itemsOf(ctx, 'en');
    const fr = itemsOf(ctx, 'fr');
    if (en.length === 0 && fr.length === 0) return;
    const usedEn = en.map(() => false);
    const usedFr = fr.map(() => false);
    sameYearRanges(ctx, en, usedEn, fr, usedFr);
    matchPass(en, usedEn, fr, usedFr, sameValue);
    // `$25` says nothing of the currency: it matches `25 $ US` as well as `25 $`.
    matchPass(en, usedEn, fr, usedFr, (a, b) => a.kind === 'money' && b.kind === 'money' && near(a.amount, b.amount) && (!explicitCurrency(a.raw) || !explicitCurrency(b.raw)) && dollar(a.currency) && dollar(b.currency));
    if (!usedEn.includes(false) && !usedFr.includes(false)) return;
    // Reports wait for `flush`: none for a copy, or for English left on the French side.
    const held = holdReports(ctx);
    leftovers(held.ctx, en, fr, usedEn, usedFr);
    held.flush();
  },
});

// Cardinals written in words, alone (not in a compound such as `twenty-five`): `one`, `un` and
// `une` are also articles, `neuf` also means new, `second` is also a unit of time, `Sept.` a month.
// Literal alternatives grouped by first letter (each longest first) between ASCII word bounds, the
// other bounds (apostrophes, hyphens, accented letters) tested after the match: a look-behind at
// every position cost a percent of a large catalog's run.
const EN_CARDINALS = /\b(?:t(?:hirteen|hirty|hree|welve|wenty|wo|en)|f(?:ourteen|ifteen|orty|ifty|our|ive)|s(?:eventeen|ixteen|eventy|even|ixty|ix)|e(?:ighteen|ighty|ight|leven)|nine(?:teen|ty)?)\b/gi;
const FR_CARDINALS = /\b(?:d(?:eux|ouze|ix)|t(?:rois|reize|rente)|qu(?:atorze|atre|inze|arante)|c(?:inquante|inq)|s(?:eize|oixante|ix|ept)|huit|onze|vingt)\b/gi;
const NOT_A_COUNT = /^\s+(?:times|fois|heures?|o['’]clock|to\s+\p{L}+\s+in\s+the)\b/iu;

/** The words of a cardinal said in words, from two up (not `all`, `half`, `first` nor the article `un`). */
const CARDINAL_WORDS: Record<Side, Set<string>> = {
  en: new Set('two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety one hundred thousand and'.split(' ')),
  fr: new Set('deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt vingts trente quarante cinquante soixante un une cent cents mille et'.split(' ')),
};

/** Whether a run of number words is a cardinal in words (`trente-deux`, `two hundred forty-four`), its first word no article. */
function cardinalRun(text: string, side: Side): boolean {
  const words = text.toLowerCase().split(/[\s\u2011-]+/);
  return !/^(?:un|une|one|and|et)$/.test(words[0]) && words.every((w) => CARDINAL_WORDS[side].has(w));
}

/** A letter, a digit, an apostrophe or a hyphen (the word reader's classes): what a cardinal word may not touch. */
function joins(c: number): boolean {
  return (c >= 48 && c <= 57) || (kindOf(c) & (LETTER | JOINER)) !== 0;
}

/** The cardinals a text writes in words, with their places. */
function cardinalsIn(text: string, side: Side): Array<{ value: number; word: string; start: number; end: number }> {
  const re = side === 'en' ? EN_CARDINALS : FR_CARDINALS;
  const out: Array<{ value: number; word: string; start: number; end: number }> = [];
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(text)) !== null; ) {
    const start = m.index;
    const end = start + m[0].length;
    if ((start > 0 && joins(text.charCodeAt(start - 1))) || (end < text.length && joins(text.charCodeAt(end)))) continue;
    // A ratio (`deux fois moins chers` for `fifty percent less`) or an hour in words (`Ten to six`,
    // `Cinq heures moins dix`) is said another way as often as not.
    if (NOT_A_COUNT.test(text.slice(end, end + 12))) continue;
    // `two thirds`: a fraction's numerator, which spelledFractions compares.
    if (numeratorAt(text, end)) continue;
    const value = spelledNumber(m[0].toLowerCase(), side);
    if (value !== undefined) out.push({ value, word: m[0], start, end });
  }
  return out;
}

/**
 * The same length of time counted in other units: `two weeks` is `quinze jours` (French counts a
 * week as eight days, two as fifteen) or `quatorze jours`, `three decades` is `trente ans`.
 */
function sameSpan(enText: string, a: { value: number; end: number }, frText: string, b: { value: number; end: number }): boolean {
  const enUnit = /^\s+(weeks?|decades?)\b/i.exec(enText.slice(a.end, a.end + 12))?.[1].toLowerCase() ?? '';
  const frUnit = /^\s+(jours|ans|années)\b/i.exec(frText.slice(b.end, b.end + 12))?.[1].toLowerCase() ?? '';
  if (enUnit.startsWith('week')) return frUnit === 'jours' && (b.value === a.value * 7 || b.value === a.value * 7 + 1);
  if (enUnit.startsWith('decade')) return (frUnit === 'ans' || frUnit === 'années') && b.value === a.value * 10;
  return false;
}

/**
 * A number written in words on both sides, and not the same one (`two parking spaces` / `trois
 * places`): each side's number is found on the other in no form (digits, words, numeral). A warning:
 * words are less often a quantity to copy exactly than digits are.
 */
function spelledCardinals(ctx: CheckContext): void {
  const enText = ctx.pair.en!.text;
  const frText = ctx.pair.fr!.text;
  const en = cardinalsIn(enText, 'en');
  if (en.length === 0) return;
  const fr = cardinalsIn(frText, 'fr');
  if (fr.length === 0) return;
  // Most pairs say the same numbers in words on both sides (`two` / `deux`): settled before any
  // other form is looked for.
  const unmatchedEn = en.filter((w) => !fr.some((x) => x.value === w.value));
  if (unmatchedEn.length === 0) return;
  const unmatchedFr = fr.filter((x) => !en.some((w) => w.value === x.value));
  if (unmatchedFr.length === 0) return;
  const frEvidence = new Evidence(frText, 'fr');
  const enEvidence = new Evidence(enText, 'en');
  const lonelyEn = unmatchedEn.filter((w) => !frEvidence.hasNumber(w.value));
  const lonelyFr = unmatchedFr.filter((w) => !enEvidence.hasNumber(w.value));
  const a = lonelyEn.find((x) => !lonelyFr.some((y) => sameSpan(enText, x, frText, y)));
  const b = lonelyFr.find((y) => !lonelyEn.some((x) => sameSpan(enText, x, frText, y)));
  if (!a || !b) return;
  const held = holdReports(ctx);
  held.ctx.report({ message: `EN ${a.word} is ${a.value}, FR ${b.word} is ${b.value}`, ...at('en', a), ...at('fr', b), severity: 'warning' });
  held.flush();
}

/**
 * A fraction written in words on both sides, and not the same one (`one third` / `le quart`): a
 * warning, as for cardinals in words.
 */
function spelledFractions(ctx: CheckContext): void {
  const en = fractionsIn(ctx.pair.en!.text, 'en');
  if (en.length === 0) return;
  const fr = fractionsIn(ctx.pair.fr!.text, 'fr');
  const a = en.find((x) => !fr.some((y) => y.value === x.value));
  const b = fr.find((y) => !en.some((x) => x.value === y.value));
  if (!a || !b) return;
  const held = holdReports(ctx);
  held.ctx.report({ message: `EN ${a.word} is ${a.label}, FR ${b.word} is ${b.label}`, ...at('en', a), ...at('fr', b), severity: 'warning' });
  held.flush();
}

/** What is left once equal values are paired: other currencies, other units, numbers written the other language's way, wrong values, values on one side only. */
function leftovers(ctx: CheckContext, en: Item[], fr: Item[], usedEn: boolean[], usedFr: boolean[]): void {
  // Same amount in another currency.
  matchPass(en, usedEn, fr, usedFr, (a, b) => {
    if (a.kind !== 'money' || b.kind !== 'money' || !near(a.amount, b.amount)) return false;
    ctx.report({
      message: `EN ${a.raw} is ${formatNumber(a.amount, 'en')} ${a.currency}, FR ${b.raw} is ${formatNumber(b.amount, 'en')} ${b.currency}`,
      ...at('en', a),
      ...at('fr', b),
      suggestion: formatMoney(a.amount, a.currency, 'fr'),
    });
    return true;
  });
  matchPass(en, usedEn, fr, usedFr, (a, b) => numeric(a) && numeric(b) && near(amountOf(a), amountOf(b)));
  matchPass(en, usedEn, fr, usedFr, (a, b) => numeric(a) && numeric(b) && near(Math.abs(amountOf(a)), Math.abs(amountOf(b))));
  // 140 mph is 225 km/h: a conversion, not a mismatch.
  matchPass(en, usedEn, fr, usedFr, (a, b) => numeric(a) && numeric(b) && converts(ctx.pair.en!.text, a, ctx.pair.fr!.text, b));
  // Grade 9 is 3e secondaire in Quebec's schools: the same year of school, said the French way.
  matchPass(en, usedEn, fr, usedFr, (a, b) => numeric(a) && numeric(b) && sameSchoolYear(ctx.pair.en!.text, a, ctx.pair.fr!.text, b));
  // The same digits read two ways: a number written the other language's way (`1,500` in French
  // reads 1,5; `42.000` in English reads 42).
  matchPass(en, usedEn, fr, usedFr, (a, b) => {
    if (!numeric(a) || !numeric(b) || !plainDigits(a.raw) || !plainDigits(b.raw) || digitsOf(a.raw) !== digitsOf(b.raw)) return false;
    ctx.report({ ...twoReadings(a, b, ctx.pair.en!.text), ...at('en', a), ...at('fr', b), severity: 'warning' });
    return true;
  });
  // Left on both sides: codes of one shape and phone numbers differ.
  matchPass(en, usedEn, fr, usedFr, (a, b) => {
    if (a.kind !== 'code' || b.kind !== 'code' || shape(a.code) !== shape(b.code)) return false;
    reportDiffer(ctx, a, b, undefined);
    return true;
  });
  matchPass(en, usedEn, fr, usedFr, (a, b) => {
    if (a.kind !== 'phone' || b.kind !== 'phone') return false;
    reportDiffer(ctx, a, b, a.raw);
    return true;
  });
  yearRangePass(ctx, en, usedEn, fr, usedFr);
  // What the other side writes another way (in words, inside another value) is not compared;
  // the closest of the other numbers pair up as mismatches.
  const repeatsEn: Numeric[] = [];
  const repeatsFr: Numeric[] = [];
  const leftEn = unexplained(ctx, en, usedEn, 'en', fr, usedFr, repeatsEn);
  const leftFr = unexplained(ctx, fr, usedFr, 'fr', en, usedEn, repeatsFr);
  // A number that repeats a matched one (`18 et 18 pour cent`) is no mismatch of its own, unless
  // the other side has a number left that it stands for: `section 6.1` against `article 6.2` in
  // a paragraph numbered 6.2 on both sides.
  if (leftEn.length > leftFr.length) leftFr.push(...repeatsFr.slice(0, leftEn.length - leftFr.length));
  else if (leftFr.length > leftEn.length) leftEn.push(...repeatsEn.slice(0, leftFr.length - leftEn.length));
  // Each side repeats a number that the other writes fewer times (`safety (25 points), climate (25
  // points)` against `sécurité (20 points), climat (25 points)` beside another `20 points`): one
  // was put for the other, not said twice.
  // Digits that both sides repeat are one number read two ways (`1m` against `1 millions`).
  if (leftEn.length === leftFr.length && repeatsEn.length > 0 && repeatsFr.length > 0) {
    const digitsEn = new Set(repeatsEn.map((v) => digitsOf(v.raw)));
    const digitsFr = new Set(repeatsFr.map((v) => digitsOf(v.raw)));
    const onlyEn = repeatsEn.filter((v) => !digitsFr.has(digitsOf(v.raw)));
    const onlyFr = repeatsFr.filter((v) => !digitsEn.has(digitsOf(v.raw)));
    const k = Math.min(onlyEn.length, onlyFr.length);
    leftEn.push(...onlyEn.slice(0, k));
    leftFr.push(...onlyFr.slice(0, k));
  }
  // The same digits read otherwise pair first (`$648 million` with `648 milliards $`), then the
  // closest in size.
  for (let a = 0; a < leftEn.length; a++) {
    const b = leftFr.findIndex((v) => digitsReadOtherwise(leftEn[a], 'en', v, 'fr'));
    if (b < 0) continue;
    reportDiffer(ctx, leftEn[a], leftFr[b], inScaleOf(leftFr[b], leftEn[a]) ?? frenchForm(leftEn[a], ctx.pair.en!.text));
    leftEn.splice(a--, 1);
    leftFr.splice(b, 1);
  }
  while (leftEn.length > 0 && leftFr.length > 0) {
    let best: [number, number, number] = [Infinity, 0, 0];
    for (let a = 0; a < leftEn.length; a++) {
      for (let b = 0; b < leftFr.length; b++) {
        const d = distance(leftEn[a], leftFr[b]);
        if (d < best[0]) best = [d, a, b];
      }
    }
    const a = leftEn[best[1]];
    const b = leftFr[best[2]];
    reportDiffer(ctx, a, b, inScaleOf(b, a) ?? frenchForm(a, ctx.pair.en!.text), conversionNote(ctx.pair.en!.text, a, ctx.pair.fr!.text, b));
    leftEn.splice(best[1], 1);
    leftFr.splice(best[2], 1);
  }
  // One number left on one side, and on the other a compound number in words that the first
  // side does not say (`31 years` / `trente-deux années`): the same place said with another value.
  for (const [side, left, otherLeft] of [
    ['en', leftEn, leftFr],
    ['fr', leftFr, leftEn],
  ] as const) {
    if (left.length !== 1 || otherLeft.length !== 0) continue;
    const v = left[0];
    if (v.kind !== 'number' || v.ordinal || !Number.isInteger(v.value) || v.value < 2 || v.value >= 1000) continue;
    const otherSide = other(side);
    const evidence = new Evidence(ctx.pair[side]!.text, side);
    const otherText = ctx.pair[otherSide]!.text;
    const words = numberWordRuns(otherText, otherSide).filter(
      (r) => r.words.length > 1 && r.value !== v.value && cardinalRun(otherText.slice(r.start, r.end), otherSide) && !evidence.hasNumber(r.value),
    );
    if (words.length !== 1) continue;
    const w = words[0];
    const said = otherText.slice(w.start, w.end);
    ctx.report({ message: `${LABEL[side]} ${v.raw}, ${LABEL[otherSide]} ${said} is ${w.value}`, ...at(side, v), ...at(otherSide, w), severity: 'warning' });
    left.length = 0;
  }
  const missing = severityOption(ctx.options.missing, 'warning');
  if (missing === 'off' || !similarLength(ctx.pair)) return;
  for (const [side, left] of [
    ['en', leftEn],
    ['fr', leftFr],
  ] as const) {
    for (const v of left) {
      const otherSide = other(side);
      if (ownedByLine(ctx.pair, side, v)) continue;
      // Said by the other side just before (`at least 2 syllables`, then `good examples of this` /
      // `de bons exemples de mots d'au moins 2 syllabes`): the translation spells out what `this` is.
      // In words, only cardinals from two up: `un`, `une` are the French article too.
      const near = saidNearby(ctx, otherSide, v.raw, v.kind === 'number' && !v.ordinal && v.value >= 2 ? v.value : undefined);
      ctx.report({
        message: `${valueSaid(LABEL[side], v.raw, describe(v))}; ${LABEL[otherSide]} has no such ${v.kind === 'money' ? 'amount' : v.kind === 'percent' ? 'percentage' : 'number'}${near ? ` (${LABEL[otherSide]} gives it just ${near.after ? 'after' : 'before'}, at line ${near.line})` : ''}`,
        ...at(side, v),
        severity: near ? 'info' : missing,
      });
    }
  }
}

/**
 * How far from the current pair a number left over may have been said: pairs (sentences, in
 * parallel text), and lines above or below the current side's (the paragraph before or after).
 */
const NEARBY = 8;
const NEARBY_LINES = 4;
/** How many digits a number needs for the same digits nearby, written another way, to be it. */
const NEARBY_DIGITS = 3;

/**
 * Where a pair just before the current one, or else just after it (same file, a few lines away),
 * has the number `raw` on `side`, or else a cardinal `value` in words (`10 tips` in a page's
 * summary, `Dix conseils` in its French title): the translation moved it to a neighbouring
 * sentence (`every 15 minutes` in the English sentence, `toutes les 15 minutes` in the French one
 * after it). Null when no pair in reach has it.
 */
function saidNearby(ctx: CheckContext, side: Side, raw: string, value?: number): { line: number; after: boolean } | null {
  const here = ctx.pair[side]?.place;
  if (!here || !ctx.pairs || ctx.index === undefined) return null;
  const inReach: Array<{ seg: Segment; after: boolean }> = [];
  for (const after of [false, true]) {
    for (let k = 1; k <= NEARBY; k++) {
      const i = after ? ctx.index + k : ctx.index - k;
      if (i < 0 || i >= ctx.pairs.length) break;
      const seg = ctx.pairs[i][side];
      if (!seg || seg.place.file !== here.file) continue;
      if (after ? seg.place.line < here.line || seg.place.line > here.endLine + NEARBY_LINES : seg.place.line > here.line || seg.place.line < here.line - NEARBY_LINES) continue;
      const at = seg.text.indexOf(raw);
      if (at >= 0 && !/\d/.test(seg.text[at - 1] ?? '') && !/\d/.test(seg.text[at + raw.length] ?? '')) return { line: seg.place.line, after };
      inReach.push({ seg, after });
    }
  }
  // Then the same digits written the other language's way (`$90,997` in the English sentence,
  // `90 997 $` in the French one before it): a long run of digits is no coincidence.
  if (digitsOf(raw).length >= NEARBY_DIGITS) for (const { seg, after } of inReach) if (new Evidence(seg.text, side).hasDigits(raw)) return { line: seg.place.line, after };
  // Digits as written first, anywhere in reach: words are the weaker sign.
  if (value !== undefined) for (const { seg, after } of inReach) if (new Evidence(seg.text, side).hasNumber(value)) return { line: seg.place.line, after };
  return null;
}

/** `2025–26`, `2026-2027`, `2019/20`: a year range (a fiscal year), two numbers of a side. */
interface YearRange {
  first: number;
  second: number;
  from: number;
  to: number;
  start: number;
  end: number;
}

const YEAR_RANGE_JOIN_RE = /^\s?[-–/]\s?$/;

function yearRanges(text: string, list: Item[]): YearRange[] {
  const out: YearRange[] = [];
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (a.kind !== 'number' || b.kind !== 'number' || !/^\d{4}$/.test(a.raw) || !/^\d{2}(?:\d{2})?$/.test(b.raw)) continue;
    if (a.value < 1900 || a.value >= 2100 || !YEAR_RANGE_JOIN_RE.test(text.slice(a.end, b.start))) continue;
    let to = b.raw.length === 2 ? Math.floor(a.value / 100) * 100 + b.value : b.value;
    if (b.raw.length === 2 && to <= a.value) to += 100;
    if (to <= a.value || to - a.value > 10) continue;
    out.push({ first: i, second: i + 1, from: a.value, to, start: a.start, end: b.end });
  }
  return out;
}

/**
 * Year ranges equal on both sides go together first (`2022–23 and 2023–24` / `2022-2023 et
 * 2023-2024`): matched number by number, the French 2023 that ends one range would take the
 * English 2023 that starts the next.
 */
function sameYearRanges(ctx: CheckContext, en: Item[], usedEn: boolean[], fr: Item[], usedFr: boolean[]): void {
  if (en.length < 2 || fr.length < 2) return;
  const rangesEn = yearRanges(ctx.pair.en!.text, en);
  if (rangesEn.length === 0) return;
  const rangesFr = yearRanges(ctx.pair.fr!.text, fr);
  for (const a of rangesEn) {
    const b = rangesFr.find((r) => r.from === a.from && r.to === a.to && !usedFr[r.first] && !usedFr[r.second]);
    if (!b || usedEn[a.first] || usedEn[a.second]) continue;
    usedEn[a.first] = usedEn[a.second] = true;
    usedFr[b.first] = usedFr[b.second] = true;
  }
}

/**
 * Year ranges left on both sides are compared as ranges: `2025–26` against `2026-2027` is one
 * mismatch of fiscal years, not 2025 against 2027 and 26 left over.
 */
function yearRangePass(ctx: CheckContext, en: Item[], usedEn: boolean[], fr: Item[], usedFr: boolean[]): void {
  const open = (r: YearRange, used: boolean[]) => !used[r.first] || !used[r.second];
  if (!usedEn.includes(false) || !usedFr.includes(false)) return;
  const enText = ctx.pair.en!.text;
  const frText = ctx.pair.fr!.text;
  const rangesEn = yearRanges(enText, en).filter((r) => open(r, usedEn));
  if (rangesEn.length === 0) return;
  const rangesFr = yearRanges(frText, fr).filter((r) => open(r, usedFr));
  const n = Math.min(rangesEn.length, rangesFr.length);
  for (let k = 0; k < n; k++) {
    const a = rangesEn[k];
    const b = rangesFr[k];
    usedEn[a.first] = usedEn[a.second] = true;
    usedFr[b.first] = usedFr[b.second] = true;
    if (a.from === b.from && a.to === b.to) continue;
    // The English range as the French wrote its own: its dash, its two or four digits.
    const frEnd = fr[b.second].raw;
    const join = frText.slice(fr[b.first].end, fr[b.second].start);
    const to = frEnd.length === 2 ? String(a.to % 100).padStart(2, '0') : String(a.to);
    ctx.report({
      message: `EN ${enText.slice(a.start, a.end)} is ${a.from}–${a.to}, FR ${frText.slice(b.start, b.end)} is ${b.from}–${b.to}`,
      ...at('en', a),
      ...at('fr', b),
      suggestion: `${a.from}${join}${to}`,
    });
  }
}

/**
 * A number on an edge of an inline line, outside the words the two halves translate, belongs to
 * the line rather than to one half: a civic number before a street both halves name (`90 Elgin
 * Street/rue Elgin`), a room number after the last label (`Salle/Room 4120`). It is written once
 * for both languages, and is no omission; so is a reference code in parentheses ending the line.
 */
function ownedByLine(pair: Pair, side: Side, v: Item): boolean {
  if (pair.method !== 'inline') return false;
  const seg = pair[side]!;
  const o = pair[other(side)]!;
  if (seg.place.line !== o.place.line || seg.place.endLine !== seg.place.line || o.place.endLine !== o.place.line) return false;
  const text = seg.text;
  if (v.start === 0 && seg.place.column < o.place.column) {
    // The name after the number is one the other half writes too.
    const name = /^[\s\u00a0]*(\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(v.end));
    return name !== null && new RegExp(`(?<![\\p{L}])${name[1]}(?![\\p{L}])`, 'u').test(o.text);
  }
  if (v.end >= text.trimEnd().length && seg.place.column > o.place.column) {
    // After a one-word label (`Room 4120`, `Pièce 5362`).
    return /^\p{L}+\.?$/u.test(text.slice(0, v.start).trim());
  }
  // A reference code in parentheses ending the line (`Subject: CSJ 2026 – Amended agreement /
  // EÉC 2026 – Entente modifiée (2026-QC-004817)`): the file both halves are about.
  if (seg.place.column > o.place.column) return /^[A-Z\d-]*\)\s*$/.test(text.slice(v.end)) && /\([A-Z\d][A-Z\d-]*-$/.test(text.slice(0, v.start));
  return !/\d/.test(o.text) && leadingCode(text, v);
}

/**
 * Whether a number is part of a reference code of letters and digits that opens the first half
 * of a line, after a mail's labels at most, with a dash after it (`Subject: RE: EP930-261147/A –
 * Snow removal / Déneigement – Place du Portage III`): the file both halves are about, written once
 * (when the other half has no number of its own).
 */
function leadingCode(text: string, v: Item): boolean {
  let s = v.start;
  let e = v.end;
  while (s > 0 && CODE_CHAR.test(text[s - 1])) s--;
  while (e < text.length && CODE_CHAR.test(text[e])) e++;
  const code = text.slice(s, e);
  return /[A-Z]/.test(code) && /\d/.test(code) && LABELS_ONLY.test(text.slice(0, s)) && /^\s+[–—-]\s/.test(text.slice(e));
}

const CODE_CHAR = /[A-Za-z\d./-]/;
/** Nothing, or labels with their colons (`Subject: RE: `, `Objet : TR : `). */
const LABELS_ONLY = /^(?:\p{L}+\s?:\s*)*$/u;

function itemsOf(ctx: CheckContext, side: Side): Item[] {
  let out: Item[] | undefined;
  for (const v of ctx.values[side]) {
    switch (v.kind) {
      case 'number':
        if (v.enumerator) break;
      // falls through
      case 'money':
      case 'percent':
      case 'phone':
      case 'code':
        (out ??= []).push(v);
    }
  }
  return out ?? [];
}

function numeric(v: Item): v is Numeric {
  return v.kind === 'number' || v.kind === 'money' || v.kind === 'percent';
}

function amountOf(v: Numeric): number {
  return v.kind === 'money' ? v.amount : v.value;
}

/** Equal, allowing for the rounding of decimals (`4.1 million`); two whole numbers must be equal (`263 554 819 207` is not `… 270`). */
function near(a: number, b: number): boolean {
  if (a === b) return true;
  if (Number.isInteger(a) && Number.isInteger(b)) return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function sameValue(a: Item, b: Item): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'number':
      return near(a.value, (b as NumberValue).value);
    case 'percent':
      return near(a.value, (b as PercentValue).value);
    case 'money':
      return near(a.amount, (b as MoneyValue).amount) && a.currency === (b as MoneyValue).currency;
    case 'phone':
      return a.digits === (b as PhoneValue).digits;
    case 'code':
      return a.code === (b as CodeValue).code;
  }
}

/** Which side wrote the number the other language's way, and how it should read. */
function twoReadings(a: Numeric, b: Numeric, enText: string): { message: string; suggestion?: string } {
  const core = (raw: string) => raw.replace(/[$€%\s\u00A0\u202F\u2009]/g, '');
  const ea = core(a.raw);
  const fb = core(b.raw);
  const enValue = `EN ${a.raw} is ${formatNumber(amountOf(a), 'en')}`;
  // 5,829% is not five thousand per cent: the English has a decimal comma
  const enDecimalComma = /^\d+,\d+$/.test(ea) && (a.kind === 'percent' ? amountOf(a) > 100 : !/^\d{1,3}(?:,\d{3})+$/.test(ea));
  if (/^\d{1,3}(?:,\d{3})+$/.test(fb) && !enDecimalComma) {
    return { message: `FR ${b.raw} is written the English way: French reads it as ${formatNumber(amountOf(b), 'fr')} (${enValue})`, suggestion: frenchForm(a, enText, true) };
  }
  if (/^\d{1,3}(?:\.\d{3})+$/.test(fb)) {
    return { message: `FR ${b.raw} groups digits with dots, which French reads as a decimal point (${enValue})`, suggestion: frenchForm(a, enText, true) };
  }
  if (/^\d{1,3}(?:\.\d{3})+$/.test(ea)) {
    return { message: `EN ${a.raw} groups digits with dots: English reads it as ${formatNumber(amountOf(a), 'en')} (FR ${b.raw} is ${formatNumber(amountOf(b), 'en')})`, suggestion: formatNumber(amountOf(b), 'en') };
  }
  if (enDecimalComma) {
    return { message: `EN ${a.raw} has a decimal comma: English reads it as ${formatNumber(amountOf(a), 'en')} (FR ${b.raw} is ${formatNumber(amountOf(b), 'en')})`, suggestion: formatNumber(amountOf(b), 'en') };
  }
  return { message: `${enValue}, FR ${b.raw} is ${formatNumber(amountOf(b), 'en')}: the same digits read two ways` };
}

/** Digits and separators only (no scale word, no currency or percent sign around them). */
function plainDigits(raw: string): boolean {
  return /^[-−]?[\d.,\s\u00A0\u202F\u2009]+(?:[$%€]|\s?%)?$/.test(raw.replace(/^[$€]/, ''));
}

/** A code with its digits blanked: `C-11` and `C-12` have one shape, `COVID-19` another. */
function shape(code: string): string {
  return code.replace(/\d+/g, '#');
}

/** The numbers of a side still without a counterpart, less those the other side writes another way and (into `repeats`) those that repeat a matched one. */
function unexplained(ctx: CheckContext, list: Item[], used: boolean[], side: Side, otherList: Item[], otherUsed: boolean[], repeats: Numeric[]): Numeric[] {
  let ev: Evidence | undefined;
  const out: Numeric[] = [];
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (used[i] || !numeric(v)) continue;
    const otherSide = other(side);
    ev ??= new Evidence(withoutMatched(ctx.pair[otherSide]!.text, otherList, otherUsed), otherSide);
    const n = amountOf(v);
    // Written twice on this side, once on the other (`18 et 18 pour cent`): a repetition.
    if (otherList.some((o, j) => otherUsed[j] && numeric(o) && (near(amountOf(o), n) || digitsOf(o.raw) === digitsOf(v.raw)))) {
      repeats.push(v);
      continue;
    }
    // The other side's digits are those of a value of its own that reads otherwise (`$2.5 million`
    // against `25 millions de dollars`): two amounts that differ, not one written another way.
    const misread = otherList.some((o, j) => !otherUsed[j] && numeric(o) && digitsReadOtherwise(v, side, o, otherSide));
    if (!misread && ev.hasDigits(v.raw)) continue;
    // The other side's digits hold this number, unless only as the whole part of a decimal there
    // (`7.0` against `7,5`: two values that differ, not one written inside another).
    if (ev.hasNumber(n) && !wholePartOnly(ctx.values[otherSide], n)) continue;
    // `50 %` for `la moitié`, `100%` for `la totalité`
    if (v.kind === 'percent' && ev.hasNumber(n / 100)) continue;
    // `9 to 5` for `de 9 h à 17 h`: the hour of a time
    if (v.kind === 'number' && Number.isInteger(n) && n >= 0 && n <= 24 && hourOf(ctx.values[otherSide], n)) continue;
    // `2019-20`: the end of a year range, written in full on the other side (`2019-2020`);
    // `les années 90`: a decade, `the 1990s` on the other side
    const text = ctx.pair[side]!.text;
    const year = yearRangeEnd(text, v);
    if (year !== null && ev.hasNumber(year)) continue;
    // `2017-2018` for `2017-18`
    if (Number.isInteger(n) && n >= 1900 && n < 2100 && ev.hasNumber(n - 1) && ev.hasDigits(String(n % 100).padStart(2, '0'))) continue;
    // a part of a fraction or of `24/7`: `1/5th` may be `22,3 %`
    if (inFraction(text, v)) continue;
    // `24 hours a day, 7 days a week` for `jour et nuit`, `en tout temps`: round the clock, in words
    if (roundTheClock(text, v, n) && ROUND_THE_CLOCK[otherSide].test(ctx.pair[otherSide]!.text)) continue;
    // `tous les 6 mois` for `semi-annually`, `3 months` for `trimestriel`: a period said as a frequency
    if (MONTHS_AFTER.test(text.slice(v.end, v.end + 24)) && frequencyMonths(ctx.pair[otherSide]!.text, otherSide).includes(n)) continue;
    if (decade(text, v) && (ev.hasNumber(1900 + amountOf(v)) || ev.hasNumber(2000 + amountOf(v)))) continue;
    out.push(v);
  }
  return out;
}

/** A scale word after a number (`million`, `milliards`, `M`), and what it multiplies by in each language. */
const SCALE_WORD = /[\d\s\u00a0\u202f$](thousand|mille|millions?|milliards?|billions?|trillions?|Mds?|M|G|bn)(?![\p{L}])/u;
/** Digits grouped by three after a comma or a dot (`3.571`, `12,000`): a separator that reads either way. */
const GROUPED = /\d[.,]\d{3}(?!\d)/;

/** What the scale word of an amount as written multiplies by; 0 when it has none. */
function scaleIn(raw: string, side: Side): number {
  const w = SCALE_WORD.exec(raw)?.[1];
  return w === undefined ? 0 : scaleOf(w, side);
}

/**
 * Whether two large amounts are the same digits read otherwise: the decimal point moved (`$2.5
 * million` against `25 millions de dollars`) or another scale (`$648 million` against `648
 * milliards $`, `12 billion` against `12 billions`): a wrong amount, though the other side holds
 * the digits. Digits grouped by three (`3.571 millions`) may be a grouping, and `thousand` or a
 * scale word on one side only (`4 thousand million`, `$7.3 million` against `$7.3`) may be a
 * reading the extractor missed: none of them counts.
 */
function digitsReadOtherwise(a: Numeric, aSide: Side, b: Numeric, bSide: Side): boolean {
  if (digitsOf(a.raw) !== digitsOf(b.raw) || near(amountOf(a), amountOf(b))) return false;
  if (GROUPED.test(a.raw) || GROUPED.test(b.raw)) return false;
  return scaleIn(a.raw, aSide) >= 1e6 && scaleIn(b.raw, bSide) >= 1e6;
}

/** A number of months (`6 mois`, `3 months`), or one of a list of them (`4, 6 ou 12 mois`). */
const MONTHS_AFTER = /^(?:[\s\u00a0]*,?[\s\u00a0]*(?:ou|or|et|and|to|à)?[\s\u00a0]*\d{1,2})*[\s\u00a0]*(?:months?|mois)\b/i;

/** Frequencies that say a number of months, in each language. */
const FREQUENCIES: Record<Side, Array<[RegExp, number]>> = {
  en: [
    [/\bquarterly\b/i, 3],
    [/\b(?:semi-?annual(?:ly)?|bi-?annual(?:ly)?|half-yearly|twice a year)\b/i, 6],
    [/\b(?:annual(?:ly)?|yearly|once a year|every year)\b/i, 12],
    [/\bmonthly\b/i, 1],
  ],
  fr: [
    [/\btrimestriel(?:le)?s?\b|\btrimestriellement\b|\bchaque trimestre\b/i, 3],
    [/\bsemestriel(?:le)?s?\b|\bsemestriellement\b|\bdeux fois par an(?:née)?\b/i, 6],
    [/\bannuel(?:le)?s?\b|\bannuellement\b|\bune fois par an(?:née)?\b|\bchaque année\b/i, 12],
    [/\bmensuel(?:le)?s?\b|\bmensuellement\b/i, 1],
  ],
};

/** The numbers of months that a text's frequency words say. */
function frequencyMonths(text: string, side: Side): number[] {
  return FREQUENCIES[side].filter(([re]) => re.test(text)).map(([, n]) => n);
}

/** Round the clock said in words, in each language. */
const ROUND_THE_CLOCK: Record<Side, RegExp> = {
  en: /\b(?:a?round the clock|day and night|night and day|at all times|any time of (?:the )?day)\b|\b24\/7\b/i,
  fr: /\b(?:jour et nuit|nuit et jour|en tout temps|en permanence|à toute heure)\b|\b24 ?h ?(?:\/|sur) ?24\b|\b24 heures sur 24\b/i,
};

/** `24 hours` (`24 heures`) or `7 days` (`7 jours`): a number that says round the clock. */
function roundTheClock(text: string, v: Numeric, n: number): boolean {
  if (n !== 24 && n !== 7) return false;
  const after = text.slice(v.end, v.end + 10);
  return n === 24 ? /^[\s\u00a0]*(?:hours?|heures?|h\b)/i.test(after) : /^[\s\u00a0]*(?:days?|jours?)\b/i.test(after);
}

/** The text with the values already matched to the other side blanked out: the 2 of a matched
 * `5.2` is no trace of a `2` (the `3` against it is then a mismatch, not a number left out). */
function withoutMatched(text: string, list: Item[], used: boolean[]): string {
  let out = text;
  for (let i = 0; i < list.length; i++) {
    if (!used[i]) continue;
    const v = list[i];
    out = out.slice(0, v.start) + '_'.repeat(v.end - v.start) + out.slice(v.end);
  }
  return out;
}

/** Whether `n` is among `values` only as the whole part of a decimal number (7 of 7.5). */
function wholePartOnly(values: Value[], n: number): boolean {
  let part = false;
  for (const w of values) {
    if (w.kind !== 'number' && w.kind !== 'percent' && w.kind !== 'money') continue;
    const a = amountOf(w);
    if (near(a, n)) return false;
    if (Math.trunc(a) === n) part = true;
  }
  return part;
}

/** A time on that side at that hour (in either half of the day), on the hour. */
function hourOf(values: Value[], n: number): boolean {
  for (const v of values) {
    const ends = v.kind === 'time' ? [v] : v.kind === 'time-range' ? [v.from, v.to] : [];
    for (const t of ends) if (t.minutes % 60 === 0 && (t.minutes / 60) % 12 === n % 12) return true;
  }
  return false;
}

/** `1/5th`, `2/5ths`, `24/7`: digits joined by a slash. */
function inFraction(text: string, v: Numeric): boolean {
  return (v.start >= 2 && text[v.start - 1] === '/' && /\d/.test(text[v.start - 2])) || (text[v.end] === '/' && /\d/.test(text[v.end + 1] ?? ''));
}

const YEAR_BEFORE_RE = /(\d{2})\d{2}\s?[-–/]\s?$/;
const DECADE_BEFORE_RE = /(?:années|the|early|late|mid-?)\s+$/i;
const DECADE_AFTER_RE = /^(?:'?s\b|['’])/;

/** `les années 90`, `the 80's`, `années 50'`: a two-digit decade. */
function decade(text: string, v: Numeric): boolean {
  if (v.kind !== 'number' || !/^\d0$/.test(v.raw)) return false;
  return DECADE_BEFORE_RE.test(text.slice(Math.max(0, v.start - 12), v.start)) || DECADE_AFTER_RE.test(text.slice(v.end, v.end + 3));
}

/** Imperial units on the English side and the metric ones they convert to. */
const CONVERSIONS: Array<{ en: RegExp; fr: RegExp; convert: (n: number) => number }> = [
  { en: /^[-\s\u00A0]?(?:mph|miles? (?:an|per) hour)\b/i, fr: /^[-\s\u00A0]?(?:km\/h|kilomètres?\/heure|kilomètres? à l'heure)/i, convert: (n) => n * 1.609344 },
  { en: /^[-\s\u00A0]?(?:miles?|mi)\b/i, fr: /^[-\s\u00A0]?(?:km|kilomètres?)\b/i, convert: (n) => n * 1.609344 },
  { en: /^[-\s\u00A0]?(?:feet|foot|ft)\b/i, fr: /^[-\s\u00A0]?(?:m|mètres?)\b/i, convert: (n) => n * 0.3048 },
  { en: /^[-\s\u00A0]?(?:yards?|yd)\b/i, fr: /^[-\s\u00A0]?(?:m|mètres?)\b/i, convert: (n) => n * 0.9144 },
  { en: /^[-\s\u00A0]?(?:inch(?:es)?|in\.)/i, fr: /^[-\s\u00A0]?(?:cm|centimètres?|mm|millimètres?)\b/i, convert: (n) => n * 2.54 },
  { en: /^[-\s\u00A0]?(?:pounds?|lbs?)\b/i, fr: /^[-\s\u00A0]?(?:de\s)?(?:kg|kilos?|kilogrammes?)\b/i, convert: (n) => n * 0.45359237 },
  { en: /^[-\s\u00A0]?(?:ounces?|oz)\b/i, fr: /^[-\s\u00A0]?(?:g|grammes?)\b/i, convert: (n) => n * 28.349523 },
  { en: /^[-\s\u00A0]?(?:gallons?|gal)\b/i, fr: /^[-\s\u00A0]?(?:l|L|litres?)\b/, convert: (n) => n * 3.785411 },
  { en: /^[-\s\u00A0]?(?:acres?)\b/i, fr: /^[-\s\u00A0]?(?:ha|hectares?)\b/i, convert: (n) => n * 0.4046856 },
  { en: /^\s?(?:°\s?F|degrees? Fahrenheit)/i, fr: /^\s?(?:°\s?C|degrés? Celsius)/i, convert: (n) => ((n - 32) * 5) / 9 },
];

/** ` (58 feet is about 17.7 in the French unit)` when the units differ and do not convert. */
function conversionNote(enText: string, a: Numeric, frText: string, b: Numeric): string {
  if (a.kind !== 'number' || b.kind !== 'number') return '';
  for (const c of CONVERSIONS) {
    const unit = c.en.exec(enText.slice(a.end, a.end + 24));
    const fr = c.fr.exec(frText.slice(b.end, b.end + 24));
    if (unit && fr) return ` (${a.raw}${unit[0]} is about ${formatNumber(Number(c.convert(a.value).toPrecision(3)), 'en')}${fr[0]})`;
  }
  return '';
}

/** The English amount in an imperial unit is the French amount in the metric one, within rounding. */
function converts(enText: string, a: Numeric, frText: string, b: Numeric): boolean {
  if (a.kind !== 'number' || b.kind !== 'number') return false;
  const enAfter = enText.slice(a.end, a.end + 24);
  const frAfter = frText.slice(b.end, b.end + 24);
  for (const c of CONVERSIONS) {
    if (!c.en.test(enAfter) || !c.fr.test(frAfter)) continue;
    const want = c.convert(a.value);
    return Math.abs(want - b.value) <= Math.max(0.5, 0.1 * Math.abs(want));
  }
  return false;
}

/** `grade 9`, `Grade 8`, `9th grade`. */
const GRADE_BEFORE = /\bgrade\s?$/i;
const GRADE_AFTER = /^(?:st|nd|rd|th)?[\s-]grade\b/i;
/** `3e secondaire`, `3e année du secondaire`, `secondaire 3`. */
const SECONDARY_AFTER = /^(?:e|re|ère)?\s?(?:année\s(?:du|de)\s)?secondaire\b/i;
const SECONDARY_BEFORE = /\bsecondaire\s?$/i;
/** Quebec numbers its five years of secondary school from grade 7. */
const SECONDARY_FROM_GRADE = 6;

/** An English grade and the year of Quebec's secondary school it is (grade 9, 3e secondaire). */
function sameSchoolYear(enText: string, a: Numeric, frText: string, b: Numeric): boolean {
  if (a.kind !== 'number' || b.kind !== 'number') return false;
  const grade = GRADE_BEFORE.test(enText.slice(Math.max(0, a.start - 8), a.start)) || GRADE_AFTER.test(enText.slice(a.end, a.end + 10));
  const secondary = SECONDARY_AFTER.test(frText.slice(b.end, b.end + 24)) || SECONDARY_BEFORE.test(frText.slice(Math.max(0, b.start - 12), b.start));
  return grade && secondary && a.value === b.value + SECONDARY_FROM_GRADE;
}

/** The full year a two-digit number stands for after `2019-`, else null. */
function yearRangeEnd(text: string, v: Numeric): number | null {
  if (v.kind !== 'number' || !/^\d{2}$/.test(v.raw)) return null;
  const m = YEAR_BEFORE_RE.exec(text.slice(Math.max(0, v.start - 8), v.start));
  return m ? Number(m[1]) * 100 + v.value : null;
}

/** Money whose currency is written (`US$`, `CAD`, `$ US`, `dollars canadiens`, `€`), not a bare `$`. */
function explicitCurrency(raw: string): boolean {
  return /US|CA|CDN|CAN|AU|É\.-U\.|américains|canadiens|€|EUR|euro/i.test(raw);
}

function dollar(currency: string): boolean {
  return currency === 'CAD' || currency === 'USD' || currency === 'AUD';
}

// A number named by what precedes it (`port 3000`, `ext. 23174`, `poste 2317`): an identifier.
const IDENTIFIER_BEFORE_RE = /(?:^|[^\p{L}])(?:port|ext\.?|extension|poste|local|room|salle|suite|unit|no\.?|n[o°º]|#)\s*$/iu;

/** The French form of a value: `4 250 000`, `2 500 000 $`, `40 %`. Digits the English left
 * ungrouped stay so in an identifier, and in a number of four digits (French often leaves them,
 * and never groups a year) unless the French grouped its own (`2.500` for `2 500`). */
function frenchForm(v: Numeric, enText: string, frGrouped = false): string {
  if (v.kind === 'money') return formatMoney(v.amount, v.currency, 'fr');
  if (v.kind === 'number' && /^\d+$/.test(v.raw) && ((v.raw.length <= 4 && !frGrouped) || IDENTIFIER_BEFORE_RE.test(enText.slice(Math.max(0, v.start - 12), v.start)))) return v.raw;
  // The decimals as written, zeros included (`7.0` is `7,0`, a score, not `7`).
  const decimals = /^\d{1,3}\.(\d{1,3})$/.exec(v.raw.replace(/\s*%$/, ''))?.[1].length;
  const n = decimals ? amountOf(v).toFixed(decimals).replace('.', ',') : formatNumber(amountOf(v), 'fr');
  return n + (v.kind === 'percent' ? '\u00A0%' : '');
}

const SCALE_RE = /^(\d+(?:[\s\u00A0\u202F]\d{3})*(?:,\d+)?)(\s*)(millions?|milliards?|billions?|M|G)(?!\p{L})(.*)$/su;
/** What the scale symbols multiply by (a word's scale is the amount's: inScaleOf). */
const SYMBOL_SCALES: Record<string, number> = { M: 1e6, G: 1e9 };

/**
 * The amount of `v` written as French value `like` writes its own, when that is with a scale
 * (`15,2 millions de dollars` for `$12.5 million` → `12,5 millions de dollars`, not
 * `12 500 000 $`): the translator keeps the style of the text. Null when `like` has no scale, is
 * of another kind or currency, or the amount takes more than three decimals at that scale.
 */
function inScaleOf(like: Numeric, v: Numeric): string | null {
  if (like.kind !== v.kind || (like.kind === 'money' && v.kind === 'money' && like.currency !== v.currency)) return null;
  const m = SCALE_RE.exec(like.raw);
  if (!m) return null;
  // A scale word is the one of the amount's size (`17 milliards` for `17 billion`, beside `17
  // millions` or the false friend `17 billions`, a thousand times more); a symbol is kept.
  const amount = amountOf(v);
  const symbol = m[3].length === 1;
  const scale = symbol ? SYMBOL_SCALES[m[3]] : Math.abs(amount) >= 1e9 ? 1e9 : 1e6;
  const n = amount / scale;
  if (Math.abs(n * 1000 - Math.round(n * 1000)) > 1e-6) return null;
  const number = formatNumber(Math.round(n * 1000) / 1000, 'fr');
  // French writes `1,5 million`, `2 millions`.
  const word = symbol ? m[3] : (scale === 1e9 ? 'milliard' : 'million') + (Math.abs(n) >= 2 ? 's' : '');
  return `${number}${m[2]}${word}${m[4]}`;
}

/** `EN 4 520 000 is 4,520,000`; a value read as written is only named (`EN 312`, not `EN 312 is 312`). */
function valueSaid(label: string, raw: string, value: string): string {
  // Spacing aside (`36 %` is the 36% it would be restated as), the text already says the value.
  const bare = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, '');
  return bare(raw) === bare(value) ? `${label} ${raw}` : `${label} ${raw} is ${value}`;
}

/** How far apart two numbers are, for pairing what is left: kind first, then magnitude. */
function distance(a: Numeric, b: Numeric): number {
  const x = Math.abs(amountOf(a));
  const y = Math.abs(amountOf(b));
  const ratio = x === 0 || y === 0 ? (x === y ? 0 : 10) : Math.abs(Math.log10(x / y));
  return (a.kind === b.kind ? 0 : 100) + ratio;
}

function describe(v: Item): string {
  switch (v.kind) {
    case 'number':
      // A number written without grouping (a year, a count) is shown as written: 2003, not 2,003.
      return (/^\d+$/.test(v.raw) ? v.raw : formatNumber(v.value, 'en')) + (v.ordinal ? ' (ordinal)' : '');
    case 'money':
      return `${formatNumber(v.amount, 'en')} ${v.currency}`;
    case 'percent':
      return `${formatNumber(v.value, 'en')}%`;
    case 'phone':
      return v.digits;
    case 'code':
      return v.code;
  }
}

function reportDiffer(ctx: CheckContext, en: Item, fr: Item, suggestion: string | undefined, note = ''): void {
  ctx.report({
    message: `${valueSaid('EN', en.raw, describe(en))}, ${valueSaid('FR', fr.raw, describe(fr))}${note}`,
    ...at('en', en),
    ...at('fr', fr),
    suggestion,
  });
}
