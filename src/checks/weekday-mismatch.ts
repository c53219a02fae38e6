// weekday-mismatch: a weekday that does not fit its date, or EN and FR weekdays that differ.
//
// `Monday, May 10, 2011`: 10 May 2011 was a Tuesday. A date written without its year
// (`le lundi 9 mai`) takes the year of the same date on the other side of the pair; without one,
// the year that puts it nearest the last dated line above it (checkCorpus), save in keyed files. A wrong weekday is reported once, on the side(s) that have it. Weekdays
// of the two sides are then matched as multisets (`Monday to Friday` / `du lundi au vendredi`);
// one left on each side is a mismatch, one left on a side alone is not (a translation may add
// or drop the weekday).
//
// Unlike the other comparisons, a weekday against its date is a fact of one side: orphan
// segments are checked too, and text both sides hold (a quoted mail's `Sent: Thursday, January 9,
// 2026`, `Le jeudi 12 février 2027 à 16 h 05, … a écrit :`), read in either language.

import { defineCheck, type CheckContext, type CorpusContext } from './types.js';
import type { Pair } from '../core/types.js';
import { extractValues, type DateValue, type Value } from '../lang/values.js';
import { LABEL, at, comparable, dayOfWeek, formatDate, fullDate, matchPass, other, unused, weekdayName, type Side } from './util/values-compare.js';

interface Day {
  day: number;
  start: number;
  end: number;
  raw: string;
  date?: DateValue;
}

export default defineCheck({
  id: 'weekday-mismatch',
  description: 'A weekday fits its date, and EN and FR weekdays agree',
  severity: 'error',
  help: `A weekday written with a date must be the weekday of that date: "Monday, May 10, 2011" is wrong,
10 May 2011 was a Tuesday. Either the weekday or the date is wrong; the message says which
weekday the date falls on. A date without a year (le lundi 9 mai) takes the year of the same date
on the other side; without one, outside keyed files, the year that puts it nearest the last date
with a year above it in the file (a warning that names that line). The weekdays of the two sides must also agree: "Monday to Friday" with "du
mardi au vendredi" is reported.

Example: "Monday, May 10, 2011" / "le lundi 10 mai 2011" → 10 May 2011 is a Tuesday
(suggestion: Tuesday, May 10, 2011).`,
  sharedPairs: true,
  check(ctx) {
    const pair = ctx.pair;
    if (pair.method === 'shared') {
      sharedWeekdays(ctx);
      return;
    }
    const year = lastDated(ctx.values.en) ?? lastDated(ctx.values.fr);
    if (year) dated.set(pair, { ...year, years: yearsOf(ctx.values.en, ctx.values.fr) });
    const en = pair.en && pair.en.lang !== 'und' ? daysOf(ctx.values.en) : [];
    const fr = pair.fr && pair.fr.lang !== 'und' ? daysOf(ctx.values.fr) : [];
    if (en.length === 0 && fr.length === 0) return;
    const wrong = new Set<Day>();
    checkAgainstDates(ctx, en, fr, wrong);
    // Dates without a year on either side: dated in checkCorpus by a date above them.
    const yearless = [...en.filter((d) => !wrong.has(d) && yearlessDate(d, ctx.values.fr)).map((d) => ({ side: 'en' as const, d })), ...fr.filter((d) => !wrong.has(d) && yearlessDate(d, ctx.values.en)).map((d) => ({ side: 'fr' as const, d }))];
    if (yearless.length > 0 && pair.method !== 'keyed') {
      undated.set(pair, { en, fr, yearless });
      undatedCount++;
    }
    if (!comparable(pair) || en.length === 0 || fr.length === 0) return;
    const usedEn = en.map((d) => wrong.has(d));
    const usedFr = fr.map((d) => wrong.has(d));
    matchPass(en, usedEn, fr, usedFr, (a, b) => a.day === b.day);
    const leftEn = unused(usedEn);
    const leftFr = unused(usedFr);
    const n = Math.min(leftEn.length, leftFr.length);
    for (let k = 0; k < n; k++) {
      const a = en[leftEn[k]];
      const b = fr[leftFr[k]];
      // Each weekday fits its own date and the dates differ (`Monday, December 1` / `mardi
      // 2 décembre`): the date is what is wrong, which date-mismatch reports.
      if (fitsItsDate(a, ctx.values.fr) && fitsItsDate(b, ctx.values.en) && (a.date!.month !== b.date!.month || a.date!.day !== b.date!.day)) continue;
      ctx.report({
        message: `EN ${englishSaid(a.raw, a.day)}, FR ${b.raw} is ${weekdayName(b.day, 'en')}`,
        ...at('en', a),
        ...at('fr', b),
        suggestion: weekdayName(a.day, 'fr'),
      });
    }
  },
  checkCorpus(ctx) {
    // Most runs have no yearless weekday: their pairs are not walked.
    if (undatedCount === 0) return;
    undatedCount = 0;
    // The nearest date with a year above a yearless one, in the same file, gives its year: the
    // one that puts the date nearest it (`Thursday, December 11` under `December 9, 2026` is in
    // 2026, `Tuesday, January 5` under it in 2027).
    // A weekday that fits its date in any year its file gives is not reported: the nearest date
    // above may be a document's own date, a year before its schedule.
    const fileYears = new Map<string, Set<number>>();
    for (const pair of ctx.pairs) {
      const own = dated.get(pair);
      const file = pair.en?.place.file;
      if (!own || file === undefined) continue;
      let set = fileYears.get(file);
      if (!set) fileYears.set(file, (set = new Set()));
      for (const y of own.years) set.add(y);
    }
    let above: { file: string; line: number; date: { year: number; month: number; day: number }; years: Set<number> } | null = null;
    for (const pair of ctx.pairs) {
      // The English side's file sets the context (a French orphan of a parallel pair of files
      // neither ends it nor starts one).
      const seg = pair.en;
      if (seg && above && above.file !== seg.place.file) above = null;
      const days = undated.get(pair);
      if (days) {
        undated.delete(pair);
        if (above) reportYearless(ctx, pair, days, above);
      }
      const own = dated.get(pair);
      if (own) {
        dated.delete(pair);
        if (seg) above = { file: seg.place.file, line: seg.place.line, date: { year: own.year, month: own.month, day: own.day }, years: fileYears.get(seg.place.file)! };
      }
    }
  },
});

/** The last date of a side's values with its year, month and day. */
function lastDated(values: Value[]): { year: number; month: number; day: number } | undefined {
  let out: { year: number; month: number; day: number } | undefined;
  for (const v of values) if (v.kind === 'date' && v.year !== undefined && v.month !== undefined && v.day !== undefined) out = { year: v.year, month: v.month, day: v.day };
  return out;
}

/** Whether a weekday's date has a month and a day but no year, here or on the other side. */
function yearlessDate(d: Day, others: Value[]): boolean {
  return d.date !== undefined && d.date.year === undefined && fullDate(d.date) && withYear(d.date, others) === null;
}

/**
 * Per pair, for checkCorpus: the last date with a year (pairs with a language; the runner leaves
 * shared material out), and the weekdays whose dates have none. Keyed by the pair object: nothing
 * outlives a run.
 */
const dated = new WeakMap<Pair, { year: number; month: number; day: number; years: number[] }>();

/** The years of a pair's dates. */
function yearsOf(en: Value[], fr: Value[]): number[] {
  const out: number[] = [];
  for (const v of en) if (v.kind === 'date' && v.year !== undefined) out.push(v.year);
  for (const v of fr) if (v.kind === 'date' && v.year !== undefined) out.push(v.year);
  return out;
}
const undated = new WeakMap<Pair, { en: Day[]; fr: Day[]; yearless: Array<{ side: Side; d: Day }> }>();
/** Pairs set in `undated` since the last checkCorpus. */
let undatedCount = 0;

/** The days between two dates. */
function daysBetween(a: { year: number; month: number; day: number }, b: { year: number; month: number; day: number }): number {
  return Math.abs(Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000;
}

/** Reports the yearless dates of a pair whose weekday is not theirs in the year the date above gives. */
function reportYearless(ctx: CorpusContext, pair: Pair, sides: { en: Day[]; fr: Day[]; yearless: Array<{ side: Side; d: Day }> }, above: { line: number; date: { year: number; month: number; day: number }; years: Set<number> }): void {
  const done = new Set<Day>();
  const days = sides.yearless;
  for (const { side, d } of days) {
    if (done.has(d)) continue;
    const { month, day } = d.date!;
    // The other side gives this date another weekday: the sides disagree, which check reports.
    if (sides[other(side)].some((o) => o.day !== d.day && o.date?.month === month && o.date?.day === day)) continue;
    let year = above.date.year;
    for (const y of [year - 1, year + 1]) if (daysBetween({ year: y, month: month!, day: day! }, above.date) < daysBetween({ year, month: month!, day: day! }, above.date)) year = y;
    // February 29 of a year that has none: no weekday to compare.
    if (!fullDate({ ...d.date!, year })) continue;
    const actual = dayOfWeek(year, month!, day!);
    if (actual === d.day || [...above.years].some((y) => dayOfWeek(y, month!, day!) === d.day)) continue;
    done.add(d);
    // The other side's same date with the same weekday: one finding for both.
    const twin = days.find((o) => o.side !== side && !done.has(o.d) && o.d.day === d.day && o.d.date!.month === month && o.d.date!.day === day);
    if (twin) done.add(twin.d);
    const en1 = side === 'en' ? d : twin?.d;
    const fr1 = side === 'fr' ? d : twin?.d;
    const said = en1 && fr1 ? `EN ${en1.raw} and FR ${fr1.raw}` : `${LABEL[side]} ${d.raw}`;
    const spans = (s: Side, x: Day | undefined) => (x ? { [s]: { from: x.start, to: x.end } } : {});
    ctx.report({
      pair,
      message: `${said}: ${formatDate({ year, month, day }, 'en')} (the year from line ${above.line}) is a ${weekdayName(actual, 'en')}, not a ${weekdayName(d.day, 'en')}`,
      ...spans('en', en1),
      ...spans('fr', fr1),
      severity: 'warning',
      suggestion: formatDate({ ...d.date!, weekday: actual }, side),
    });
  }
}

/** Weekdays of a side: those of dates and those written alone. */
function daysOf(values: Value[]): Day[] {
  let out: Day[] | undefined;
  for (const v of values) {
    if (v.kind === 'weekday') (out ??= []).push({ day: v.day, start: v.start, end: v.end, raw: v.raw });
    else if (v.kind === 'date' && v.weekday !== undefined) (out ??= []).push({ day: v.weekday, start: v.start, end: v.end, raw: v.raw, date: v });
    else if (v.kind === 'date' && out) {
      // A weekday right before a numeric date (`Tue. 2026-09-15`, `mer., 2026-09-15`) is that date's.
      const last = out[out.length - 1];
      if (!last.date && v.start - last.end <= WEEKDAY_GAP && /^\d/.test(v.raw)) {
        last.date = v;
        last.end = v.end;
        last.raw = `${last.raw} ${v.raw}`;
      }
    }
  }
  return out ?? [];
}

/**
 * Weekdays that do not fit their dates in text both sides hold, which has no language of its own:
 * its dates read as English and as French (one finding per weekday), each with its own year.
 */
function sharedWeekdays(ctx: CheckContext): void {
  const seg = ctx.pair.en ?? ctx.pair.fr;
  if (!seg || !/\d{4}/.test(seg.text)) return;
  const done = new Set<number>();
  for (const lang of ['en', 'fr'] as const) {
    for (const d of daysOf(extractValues(seg.text, lang))) {
      if (!d.date || d.date.year === undefined || !fullDate(d.date) || done.has(d.start)) continue;
      const actual = dayOfWeek(d.date.year, d.date.month!, d.date.day!);
      if (actual === d.day) continue;
      done.add(d.start);
      const when = formatDate({ year: d.date.year, month: d.date.month, day: d.date.day }, 'en');
      // Either reader may know the other language's names: the weekday as written tells.
      const written = d.raw.toLowerCase().startsWith(weekdayName(d.day, 'fr').toLowerCase()) ? 'fr' : 'en';
      ctx.report({
        message: `${d.raw}: ${when} is a ${weekdayName(actual, 'en')}, not a ${weekdayName(d.day, 'en')}`,
        ...at(ctx.pair.en ? 'en' : 'fr', d),
        suggestion: formatDate({ ...d.date, weekday: actual }, written),
      });
    }
  }
}

/** Characters between a weekday and the date it names (a comma and a space). */
const WEEKDAY_GAP = 2;

/** Weekdays of dates that fall on another day; the same wrong date on both sides is one finding. */
function checkAgainstDates(ctx: CheckContext, en: Day[], fr: Day[], wrong: Set<Day>): void {
  const lists: Record<Side, Day[]> = { en, fr };
  for (const side of ['en', 'fr'] as const) {
    const others = lists[side === 'en' ? 'fr' : 'en'];
    for (const d of lists[side]) {
      if (!d.date || wrong.has(d)) continue;
      const date = withYear(d.date, ctx.values[side === 'en' ? 'fr' : 'en']);
      if (!date) continue;
      const actual = dayOfWeek(date.year!, date.month!, date.day!);
      if (actual === d.day) continue;
      // The weekday is the other side's, whose own date it fits (`Monday, July 7` / `lundi
      // 8 juillet`): the date is what is wrong, which date-mismatch reports with the right fix.
      // Not when the other side has this very date: then its weekday is what is wrong.
      const sameDate = ctx.values[side === 'en' ? 'fr' : 'en'].some((v) => v.kind === 'date' && v.month === date.month && v.day === date.day);
      const rightElsewhere = !sameDate && others.some((o) => o.day === d.day && o.date && fullDate(o.date) && o.date.year !== undefined && dayOfWeek(o.date.year, o.date.month!, o.date.day!) === o.day);
      if (rightElsewhere) {
        wrong.add(d);
        continue;
      }
      wrong.add(d);
      // The other side's same date with the same wrong weekday: one finding for both.
      const twin = others.find((o) => o.date && !wrong.has(o) && o.day === d.day && o.date.month === date.month && o.date.day === date.day && (o.date.year ?? date.year) === date.year);
      if (twin) wrong.add(twin);
      const when = formatDate({ year: date.year, month: date.month, day: date.day }, 'en');
      const sides = twin ? `EN ${(side === 'en' ? d : twin).raw} and FR ${(side === 'fr' ? d : twin).raw}` : `${LABEL[side]} ${d.raw}`;
      const en1 = side === 'en' ? d : twin;
      const fr1 = side === 'fr' ? d : twin;
      ctx.report({
        message: `${sides}: ${when} is a ${weekdayName(actual, 'en')}, not a ${weekdayName(d.day, 'en')}`,
        ...(en1 ? at('en', en1) : {}),
        ...(fr1 ? at('fr', fr1) : {}),
        suggestion: formatDate({ ...d.date, weekday: actual }, side),
      });
    }
  }
}

/** Whether a weekday written with a date is that date's (the year taken from the other side when needed). */
function fitsItsDate(d: Day, others: Value[]): boolean {
  if (!d.date) return false;
  const date = withYear(d.date, others);
  return date !== null && dayOfWeek(date.year!, date.month!, date.day!) === d.day;
}

/** A date complete enough to have a weekday: its own year, or that of the same date on the other side. */
function withYear(d: DateValue, others: Value[]): DateValue | null {
  if (!fullDate(d)) return null;
  if (d.year !== undefined) return d;
  for (const o of others) {
    if (o.kind === 'date' && o.year !== undefined && o.month === d.month && o.day === d.day) return { ...d, year: o.year };
  }
  return null;
}

/** The English weekday as written, named again only when the text does not spell it (`Mon.` is Monday). */
function englishSaid(raw: string, day: number): string {
  const name = weekdayName(day, 'en');
  return raw.toLowerCase().startsWith(name.toLowerCase()) ? raw : `${raw} is ${name}`;
}
