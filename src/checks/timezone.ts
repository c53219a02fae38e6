// timezone: a zone that contradicts its date, EN/FR zones that disagree, non-standard forms.
//
// - Against the date: daylight time runs from the second Sunday of March to the first Sunday of
//   November (since 2007; values.ts `expectedZone` knows the earlier rules and the 2:00 changeover),
//   so `2:00 pm EST` on September 12, 2011 should be EDT, and `HAE` in January should be `HNE`.
//   The date is the pair's own (the one nearest before the zone on its side, else one of the other
//   side; a date after the zone only in its sentence, and none from an earlier sentence when the
//   zone's says `today`: the zone is then dated as a pair without a date is). A date without a
//   year counts when every year since 2007 gives the same answer (29 March is always in daylight
//   time). A pair without a date takes the nearest date above it in the same
//   file, within `contextLines` lines (an agenda's date line over its time line), and the message
//   says so. CST and MST (HNC, HNR) in summer are right in Saskatchewan, the Yukon and parts of
//   British Columbia: they are reported as info only, not at all when the nearest place named
//   says it keeps standard time all year, and as errors when it changes to daylight time or the
//   other side gives daylight time.
// - EN/FR: EST ⇄ HNE, EDT ⇄ HAE (and the other regions); generic ET/HE go with either. Zones of
//   different regions are an error; standard against daylight is an error when no date settles
//   which side is wrong (with a date, the wrong side is reported against it; else the date of the
//   section's heading names the wrong side, and without one no side is suggested). An English
//   abbreviation on the French side (`14 h EST`) or the reverse is a warning. A zone on one side
//   only is `missing` (info by default).
// - Non-standard forms (`HSE`, `HAEst`): a warning, with HNE or HAE as the date (or the other side)
//   says.
// - A zone stated for a whole line (`(all times EDT)`, `HEURES EN HAP`) has no time before it; the
//   extractor reads it (values.ts `statedZone`) and it is checked against its date like the others.
// Suggestions give the canonical form with the time: `13 h 30 HAE`, `1:30 p.m. EDT`.

import { defineCheck, type CheckContext, type ReportInput } from './types.js';
import type { Pair, Segment, Severity } from '../core/types.js';
import type { SourceDocument } from '../core/document.js';
import { dayOfWeek, extractValues, formatTimeEn, formatTimeFr, zoneAbbr, zonePartner, type DateValue, type TimeValue, type Value, type ZoneValue } from '../lang/values.js';
import { LABEL, at, daylightOn, formatDate, other, severityOption, similarLength, type Side } from './util/values-compare.js';
import { fixable } from './util/spans.js';
import { words } from './util/words.js';

/**
 * A date as the messages state it, in English: with its weekday only when the calendar agrees (a
 * wrong weekday is weekday-mismatch's to report, not to be repeated as a fact here).
 */
function dateLabel(d: { year?: number; month?: number; day?: number; weekday?: number }): string {
  const right = d.weekday === undefined || d.year === undefined || d.month === undefined || d.day === undefined || dayOfWeek(d.year, d.month, d.day) === d.weekday;
  return formatDate(right ? d : { ...d, weekday: undefined }, 'en');
}

const REGION_EN: Record<string, string> = { N: 'Newfoundland', A: 'Atlantic', E: 'Eastern', C: 'Central', M: 'Mountain', P: 'Pacific', Y: 'Yukon', UTC: 'UTC' };

/** Where the zones of a pair are measured against a date, and where that date comes from. */
interface DateRef {
  date: { year?: number; month?: number; day?: number };
  /** `12 September 2011`, and where it was found when not in the pair. */
  label: string;
}

export default defineCheck({
  id: 'timezone',
  description: 'Time zones fit their date (EST on a daylight-time date), EN/FR zones agree (EST ⇄ HNE, EDT ⇄ HAE), standard abbreviations (not HSE)',
  severity: 'error',
  fixable: true,
  options: { contextLines: 6, missing: 'info', yearRoundStandard: ['CST', 'MST', 'HNC', 'HNR'] },
  help: `Eastern Standard Time (EST, French HNE) applies from the first Sunday of November to the second
Sunday of March; Eastern Daylight Time (EDT, HAE) the rest of the year. "2:00 pm EST" on September
12, 2011 is wrong: that day, Ottawa was on EDT. The check measures each zone against the date of
its pair (a date without a year counts when the answer is the same every year, as for 29 March),
or, when the pair has none, against the nearest date in the \`contextLines\` lines above it (not
across a Markdown heading or a row of bold cells, which starts a section; nor, in a catalogue or
memory, from another unit). A
date after the zone counts only in the zone's sentence ("by 8:00 p.m. EDT. Payments for November
3…" is dated by the update above), and a zone whose sentence says today ("at noon EDT today") is
not dated by the sentence before it.
A zone stated for a whole line, without a time ("Monday, November 2, 2026 (all times EDT)",
"toutes les heures sont en HNE"), is checked the same way. CST/MST in summer are right in
Saskatchewan and the Yukon: listed in \`yearRoundStandard\`, they are reported as info only, not at
all under a place that keeps them all year (Regina, Saskatchewan), and as errors under a place
that changes to daylight time (Winnipeg) or against daylight time on the other side (CST / HAC).

The two sides must name the same zone: EST with HNE, EDT with HAE (and likewise HNC/HAC, HNR/HAR,
HNP/HAP, HNA/HAA, HNT/HAT); ET and HE go with either. When they disagree on standard against
daylight time and no date settles it, the date of the section's heading (further up than
\`contextLines\`) names the wrong side; without one, no side is suggested. HSE and HAEst are not Canadian
abbreviations: the suggestion is HNE or HAE, as the date says. A zone written on one side only is
reported at the \`missing\` severity (info by default).

Severities within the rule: a zone that contradicts its date, or zones of the two sides that
contradict each other, are errors. A non-standard form whose meaning is clear (HSE on a date in
daylight time is still Eastern time, only misspelled) and an English abbreviation on the French
side (14 h EST) are warnings; a non-standard form that also contradicts its date is an error. A
severity set in the configuration applies to every finding of the rule.

Example: "September 12, 2011 – 2:00 pm-4:00pm EST" / "Le 12 septembre 2011 – 14h00-16h00 HSE" →
EN EST is standard time, but September 12, 2011 is in daylight time (suggestion: 2:00 p.m. to
4:00 p.m. EDT); FR HSE is not a Canadian abbreviation (suggestion: 14 h à 16 h HAE).`,
  check(ctx) {
    const pair = ctx.pair;
    if (pair.method === 'shared') return;
    const en = zonesOf(ctx.values.en);
    const fr = zonesOf(ctx.values.fr);
    if (en.length === 0 && fr.length === 0) return;
    const both = pair.en !== null && pair.fr !== null && pair.method !== 'orphan';
    if (both) compareSides(ctx, en, fr);
    const refs = { en: pairDate(ctx.values, 'en'), fr: pairDate(ctx.values, 'fr') };
    if ((refs.en || refs.fr) && ownDates(pair, ctx.values, en, fr)) {
      // A zone some places keep all year (CST in Saskatchewan) is judged in checkCorpus, where a
      // place named above the pair can say whether it is kept there.
      const yearRound = yearRoundZones(ctx.options);
      // So is a zone dated by a day whose year is in the lines above.
      if (needsYear(pair, ctx.values, refs)) dated.set(pair, { values: ctx.values, refs, needsYear: true });
      else if (yearRound.size && (en.some((z) => yearRound.has(z.zone)) || fr.some((z) => yearRound.has(z.zone)))) dated.set(pair, { values: ctx.values, refs });
      else dateChecks(ctx.report, pair, ctx.options, ctx.values, en, fr, refs, both, null);
    }
    // Without a date of its own, the pair is measured in checkCorpus against the dates above it.
    else undated.set(pair, ctx.values);
  },
  checkCorpus(ctx) {
    const lines = typeof ctx.options.contextLines === 'number' ? ctx.options.contextLines : 6;
    const pairs = ctx.pairs;
    const docs = new Map<string, SourceDocument>();
    for (const i of ctx.inputs) if (i.document) docs.set(i.document.file, i.document);
    for (let k = 0; k < pairs.length; k++) {
      const pair = pairs[k];
      const own = dated.get(pair);
      const values = own?.values ?? undated.get(pair);
      if (!values) continue;
      dated.delete(pair);
      undated.delete(pair);
      const en = zonesOf(values.en);
      const fr = zonesOf(values.fr);
      const both = pair.en !== null && pair.fr !== null && pair.method !== 'orphan';
      let refs = own?.refs;
      if (!refs) {
        const found = contextDate(pairs, k, lines, values, docs);
        refs = { en: beforeThatDate(pair.en?.text, found), fr: beforeThatDate(pair.fr?.text, found) };
      }
      const around: Around = { place: (region) => placeAbove(pairs, k, lines, region), sectionDate: () => sectionDate(pairs, k, lines) };
      const year = own?.needsYear ? (contextDate(pairs, k, lines, values, docs) ?? sectionDate(pairs, k, lines))?.date.year : undefined;
      dateChecks((r) => ctx.report({ ...r, pair }), pair, ctx.options, values, en, fr, refs, both, around, year);
    }
  },
});

function zonesOf(values: Value[]): ZoneValue[] {
  let out: ZoneValue[] | undefined;
  for (const v of values) if (v.kind === 'zone' && v.region !== null) (out ??= []).push(v);
  return out ?? [];
}

/**
 * Pairs with zones but no date, and their values, left by `check` for `checkCorpus` (which the
 * runner calls once every pair has been checked). Keyed by the pair object: nothing outlives a run.
 */
const undated = new WeakMap<Pair, { en: Value[]; fr: Value[] }>();
/** Pairs with a date of their own and a zone some places keep all year, left the same way. */
const dated = new WeakMap<Pair, { values: { en: Value[]; fr: Value[] }; refs: Record<Side, DateRef | null>; needsYear?: boolean }>();

/** The zones of option `yearRoundStandard`, in capitals (read once per run's options). */
function yearRoundZones(options: Record<string, unknown>): Set<string> {
  const v = options.yearRoundStandard;
  if (!Array.isArray(v)) return NONE;
  let set = YEAR_ROUND.get(v);
  if (!set) YEAR_ROUND.set(v, (set = new Set(v.map((z) => String(z).toUpperCase()))));
  return set;
}
const YEAR_ROUND = new WeakMap<unknown[], Set<string>>();
const NONE = new Set<string>();

/** What the lines around an undated or year-round zone say (in checkCorpus, which has every pair). */
interface Around {
  /** The nearest place named for a region's zone: whether it keeps standard time all year. */
  place(region: string): NamedPlace | null;
  /** The date of the section the pair is in (its heading's), beyond `contextLines`. */
  sectionDate(): DateRef | null;
}

// ---------------------------------------------------------------------------------------------
// Dates.

/** The date of a side that settles standard against daylight time (or gives a day and month). */
function pairDate(values: { en: Value[]; fr: Value[] }, side: Side): DateRef | null {
  let best: DateValue | null = null;
  for (const v of values[side]) {
    if (v.kind !== 'date' || daylightOn(v) === null) continue;
    best ??= v;
  }
  if (!best) return null;
  return { date: best, label: dateLabel(best) };
}

/** Words after a zone that put it after the date before it (`EDT after that`). */
const AFTER_THAT = /^\s*(?:after that|afterwards|thereafter|from then on|par la suite|ensuite|après cette date|à compter de cette date)\b/i;

/** What may stand between a zone and the date it is given right after (`7:30 a.m. NDT on March 8`, `7 h 30 HAT le 8 mars`). */
// The words between a zone and the date it goes by: `NDT on March 8`, `EST until February 24`,
// `ADT from March 11`, `HAE à compter du 10 mars`.
const ZONE_THEN_DATE = /^\)?,?\s*(?:(?:on|from|starting(?: on)?|beginning(?: on)?|as of|until|till|through|after|before|le|du|dès le|à compter du|à partir du|jusqu['’]au|avant le|après le)\s+)?(?:the\s+)?$/i;

/**
 * The date `zone` is given right after it (a range over two dates: `10:30 p.m. NST on March 7 to
 * 7:30 a.m. NDT on March 8`, where March 7 comes nearer before NDT; none when that date cannot
 * say), else the date nearest before it on its side, else the side's date, else the other side's.
 */
function dateFor(pair: Pair, values: { en: Value[]; fr: Value[] }, side: Side, zone: ZoneValue, refs: Record<Side, DateRef | null>, year?: number): DateRef | null {
  const text = pair[side]?.text ?? '';
  let best: DateValue | null = null;
  const after = dateRightAfter(text, values[side], zone);
  if (after) {
    // A day without its year (`EST from March 10`) takes the year the pair or the lines above give.
    // Its date, even when it cannot settle the zone (8 March without a year): the date before is another one's.
    const date = after.year === undefined ? { ...after, year: yearNearby(values, refs) ?? year } : after;
    return daylightOn(date) === null ? null : { date, label: dateLabel(after) };
  }
  // A day without its year (`It will reopen on Monday, November 2, at 8:30 a.m. ADT` after `…
  // October 30, 2026.`) takes its year from the date written before it, so that the date nearest
  // the zone is its date, not an earlier one that has its year.
  let before: DateValue | undefined;
  for (const v of values[side]) {
    if (v.kind !== 'date' || v.start > zone.start) continue;
    const withYear = v.year === undefined && before !== undefined ? { ...v, year: yearAfter(before, v) } : v;
    if (v.year !== undefined) before = v;
    if (daylightOn(withYear) === null || !dateOfZone(text, v, zone)) continue;
    best = withYear;
  }
  // A side that names both times of the zone's region speaks of the change itself when the zone
  // has no time (`November 1, when Atlantic Daylight Time ends and Atlantic Standard Time begins`)
  // or no date of its own (`12:30 p.m. NST, then 12:30 p.m. NDT after the change`): no date judges it.
  // Not the zone's own name or abbreviation beside it (`heure normale de l'Est (HAE)`, which contradicts itself).
  const beside = (v: ZoneValue) => v.start - zone.end <= 3 && zone.start - v.end <= 3;
  const bothTimes = values[side].some((v) => v.kind === 'zone' && v.region === zone.region && v.daylight !== null && zone.daylight !== null && v.daylight !== zone.daylight && !beside(v));
  if (bothTimes && (best === null || timeBefore(values[side], zone) === null)) return null;
  // So does one that gives this time after the date, the other before it (`1:00 p.m. EST until
  // March 10, 2027, and at 1:00 p.m. EDT after that`): the date ends the other's period.
  if (bothTimes && best !== null && AFTER_THAT.test(text.slice(zone.end, zone.end + 30))) return null;
  // A period that runs across a change of the clocks (`from April 28 to November 15, 2026. …
  // take effect at 5 p.m. (EDT)`): its daily time is in both, and no date of it settles the zone.
  if (best && acrossChange(text, values[side], best, zone)) return null;
  if (best) return { date: best, label: dateLabel(best) };
  return refs[side] ?? refs[other(side)];
}

/**
 * Whether the sentence of the date a zone goes by, before the zone, gives dates on both sides of a
 * change of the clocks (the period the zone's time recurs through).
 */
function acrossChange(text: string, values: Value[], date: DateValue, zone: ZoneValue): boolean {
  const [start, end] = sentenceAround(text, date.start);
  let daylight: boolean | null = null;
  for (const v of values) {
    if (v.kind !== 'date' || v.start < start || v.start >= Math.min(end, zone.start)) continue;
    const withYear = v.year === undefined ? { ...v, year: date.year } : v;
    const d = daylightOn(withYear);
    if (d === null) continue;
    if (daylight !== null && d !== daylight) return true;
    daylight = d;
  }
  return false;
}

/**
 * The year of a day written without it after a date that has one: of the year before that date's,
 * its year and the next, the one that puts the day nearest the date (`… October 30, 2026. …
 * Monday, November 2`: 2026; `Updated November 10, 2026. … restored on November 3`: 2026),
 * among those its weekday fits when it has one (`Notice posted November 20, 2026. … on Wednesday,
 * March 10`: 2027). Undefined when the weekday fits none.
 */
function yearAfter(dated: DateValue, day: DateValue): number | undefined {
  const year = dated.year!;
  if (day.month === undefined || day.day === undefined) return undefined;
  const at = Date.UTC(year, (dated.month ?? 1) - 1, dated.day ?? 1);
  let best: number | undefined;
  let bestGap = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    if (day.weekday !== undefined && dayOfWeek(y, day.month, day.day) !== day.weekday) continue;
    const gap = Math.abs(Date.UTC(y, day.month - 1, day.day) - at);
    if (gap < bestGap) [best, bestGap] = [y, gap];
  }
  return best;
}

/**
 * The date given right after a zone (`NDT on March 8`, `ADT from March 11`, `EST until February
 * 24`), or null. Not the end of a range that has its own time (`9:00 p.m. EST, until Sunday,
 * March 8, 2026, at 6:00 a.m. EDT`): that date is the later time's.
 */
function dateRightAfter(text: string, values: Value[], zone: ZoneValue): DateValue | null {
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v.kind !== 'date' || v.start < zone.end) continue;
    const between = text.slice(zone.end, v.start);
    if (!ZONE_THEN_DATE.test(between)) return null;
    const next = values[k + 1];
    if (RANGE_END.test(between) && next !== undefined && (next.kind === 'time' || next.kind === 'time-range') && /^[\s,]*(?:at|à)?\s*$/i.test(text.slice(v.end, next.start))) return null;
    return v;
  }
  return null;
}

/** A period that ends before the date above (`Ceremonies held before that date are shown in EST`). */
const BEFORE_THAT_DATE = /\b(?:before|until|prior to) (?:that|this|the) (?:date|day|change)\b|\bavant (?:cette|la) (?:date|journée)\b|\bavant ce (?:jour|changement)\b|\bjusqu['’]à cette date\b/i;

/** The day before a date from the lines above when the side's text speaks of the time before it. */
function beforeThatDate(text: string | undefined, ref: DateRef | null): DateRef | null {
  if (!ref || text === undefined || !BEFORE_THAT_DATE.test(text) || ref.date.month === undefined || ref.date.day === undefined) return ref;
  return { date: shiftDays(ref.date, -1), label: `the days before ${ref.label}` };
}

/**
 * A day some days away. A day without its year steps as in a common year: only its daylight time
 * is read, which the days around the end of February do not change.
 */
function shiftDays(date: { year?: number; month?: number; day?: number }, days: number): { year?: number; month: number; day: number } {
  const d = new Date(Date.UTC(date.year ?? 2001, date.month! - 1, date.day! + days));
  return { month: d.getUTCMonth() + 1, day: d.getUTCDate(), ...(date.year !== undefined ? { year: d.getUTCFullYear() } : {}) };
}

/** An evening time before a morning one, on one side: the morning is the next day's. */
const EVENING = 18 * 60;
const MORNING = 12 * 60;

/**
 * The date of a zone's time that follows an evening time on its side (`The 11:45 p.m. sailing on
 * Saturday, March 7, arrives at 8:15 a.m. NDT`): the day after `ref`, which then says whether the
 * morning is in daylight time (the clocks change at 2 a.m.).
 */
function overnight(text: string, values: Value[], time: { from: TimeValue; to?: TimeValue } | null, ref: DateRef | null): DateRef | null {
  if (!ref || !time || time.to || time.from.ambiguous || time.from.minutes >= MORNING) return ref;
  const evening = values.filter((v): v is TimeValue => v.kind === 'time' && v.end <= time.from.start && !v.ambiguous && v.minutes >= EVENING).pop();
  if (!evening || ref.date.day === undefined || ref.date.month === undefined) return ref;
  // A date written after the morning time is that morning's own (`7 a.m. AST on March 8`); so is
  // one that ends a range after the evening (`de 22 h au dimanche 10 novembre, à 7 h HSE`).
  const at = (ref.date as { start?: number }).start;
  if (at !== undefined && values.some((v) => v.kind === 'date' && v.start === at)) {
    if (at > time.from.start) return ref;
    if (at > evening.end && RANGE_TO.test(text.slice(evening.end, at))) return ref;
  }
  return { date: shiftDays(ref.date, 1), label: `the morning after ${ref.label}` };
}

/** What leads from a range's start to its end, right before the end (`to`, `au`, a dash). */
const RANGE_TO = /(?:\b(?:to|until|till|through|au|jusqu['’]au)|[–—-])[\s,]*(?:(?:the|le)\s+)?$/i;

/** Words that open the end of a range (`until`, `jusqu'au`) rather than the day a zone goes by. */
const RANGE_END = /\b(?:until|till|through)\b|jusqu['’]au/i;

/**
 * Whether a zone of the pair goes by a date given right after it whose year only the lines above
 * can give (`11:00 a.m. EST from March 10`, under `… April 21, 2026`).
 */
function needsYear(pair: Pair, values: { en: Value[]; fr: Value[] }, refs: Record<Side, DateRef | null>): boolean {
  if (yearNearby(values, refs) !== undefined) return false;
  for (const side of ['en', 'fr'] as const) {
    const text = pair[side]?.text ?? '';
    for (const z of zonesOf(values[side])) {
      const d = dateRightAfter(text, values[side], z);
      if (d && d.year === undefined && daylightOn(d) === null) return true;
    }
  }
  return false;
}

/** The year of the pair's dates that give one, else of its reference dates (pairDate, or the lines above in checkCorpus). */
function yearNearby(values: { en: Value[]; fr: Value[] }, refs: Record<Side, DateRef | null>): number | undefined {
  for (const v of [...values.en, ...values.fr]) if (v.kind === 'date' && v.year !== undefined) return v.year;
  return refs.en?.date.year ?? refs.fr?.date.year;
}

/** Words that date a sentence by the day it is read: its zone is not that of a date in the sentence before. */
const TODAY = /\b(?:today|tonight|this (?:morning|afternoon|evening))\b|aujourd['’]hui|\bce (?:soir|matin)\b|\bcet après-midi\b/i;
/** A sentence ends: its mark, a space, and a capital or a digit; not the period of `a.m.` or of an initial. */
const SENTENCE_END = /(?<![ap]\.m|(?<![\p{L}])\p{Lu})[.!?]\s+(?=[\p{Lu}\d«"“])/giu;

/**
 * Whether every zone of the pair has a date of its own there: a date before it (not in an
 * earlier sentence when the zone's sentence says `today`), or after it in the same sentence; a
 * side without dates takes the other side's. A zone whose side has dates that are none of these
 * (`by 8:00 p.m. EDT. Payments for November 3 are not affected.`) is dated by the lines above
 * the pair, as a pair without a date is.
 */
function ownDates(pair: Pair, values: { en: Value[]; fr: Value[] }, en: ZoneValue[], fr: ZoneValue[]): boolean {
  for (const side of ['en', 'fr'] as const) {
    const text = pair[side]?.text;
    const dates = values[side].filter((v): v is DateValue => v.kind === 'date' && daylightOn(v) !== null);
    if (!text || dates.length === 0) continue;
    for (const z of side === 'en' ? en : fr) if (!dates.some((d) => dateOfZone(text, d, z))) return false;
  }
  return true;
}

/** Whether date `d` of the pair goes with every zone of its side (see ownDates). */
function goesWithZones(pair: Pair, values: { en: Value[]; fr: Value[] }, d: DateValue): boolean {
  const side: Side = values.en.includes(d) ? 'en' : 'fr';
  const text = pair[side]?.text ?? '';
  for (const z of values[side]) if (z.kind === 'zone' && z.region !== null && !dateOfZone(text, d, z)) return false;
  return true;
}

/** Words besides its date that a sentence before a zone may have and still date it (a dateline). */
const DATELINE_WORDS = 4;

/**
 * Whether date d can be zone z's: before it in its sentence, or in an earlier sentence when it
 * gives its year (`La visite du dimanche 14 juin 2026 aura lieu. Elle commencera à 10 h HAE.`) or
 * that sentence is little more than the date (a dateline), but not when z's sentence says `today`;
 * or after it in its sentence. A day and month mentioned in passing in an earlier sentence
 * (`Payments scheduled for Monday, November 3, are not affected. We will post an update by 8:00
 * p.m. EDT.`) is not the zone's: the heading above dates it.
 */
function dateOfZone(text: string, d: DateValue, z: ZoneValue): boolean {
  const [start, end] = sentenceAround(text, z.start);
  // After the zone, in its sentence, unless a dash or a colon opens what follows (`10 h 20 HNP –
  // Rappel des dates limites : le 30 avril 2027`: the item's subject, not its day).
  if (d.start >= z.start) return d.start < end && !ITEM_BREAK.test(text.slice(z.end, d.start));
  if (d.start >= start) return true;
  if (d.start < earliestOwnDate(text, z)) return false;
  if (d.year !== undefined) return true;
  const [ds, de] = sentenceAround(text, d.start);
  return words(text.slice(ds, d.start) + ' ' + text.slice(d.end, de)).count <= DATELINE_WORDS;
}

/** A dash between spaces, or a colon with white space beside it (not a clock's): what follows is an item's text, not the time's date. */
const ITEM_BREAK = /\s[–—-]\s|:\s|\s:/;

/** Where the dates before a zone may start: anywhere, or its sentence when that says `today`. */
function earliestOwnDate(text: string, zone: ZoneValue): number {
  const [start, end] = sentenceAround(text, zone.start);
  return start > 0 && TODAY.test(text.slice(start, end)) ? start : 0;
}

/** [start, end) of the sentence of `text` that holds position `at`. */
function sentenceAround(text: string, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) {
    const next = m.index + m[0].length;
    if (next <= at) start = next;
    else {
      end = m.index + 1;
      break;
    }
  }
  return [start, end];
}

/** The side of a pair that is in `file` (the English one first), or null: where the lines above a pair are read. */
function sideInFile(p: Pair, file: string): Segment | null {
  return p.en?.place.file === file ? p.en : p.fr?.place.file === file ? p.fr : null;
}

/** The nearest date above a pair, on the zone side's lines, within `lines` lines. A date without a
 * year in the pair itself takes the year of that date. */
function contextDate(pairs: Pair[], k: number, lines: number, values: { en: Value[]; fr: Value[] }, docs?: Map<string, SourceDocument>): DateRef | null {
  const pair = pairs[k];
  const seg = pair.en ?? pair.fr!;
  const file = seg.place.file;
  const line = seg.place.line;
  // The pair's own line first (the other cells of a table row, `effective_en` after `unit_en`),
  // then the lines above.
  for (let j = k + 1; j < pairs.length; j++) {
    const s = sideInFile(pairs[j], file);
    if (!s || s.place.line !== line) break;
    const ref = dateOfPair(pair, values, pairs[j], s, valuesOf(pairs[j]));
    if (ref === ACROSS_CHANGE) return null;
    if (ref) return ref;
  }
  // The units of a catalogue or memory (PO, XLIFF, TMX, JSON) are strings of their own, shown
  // apart: a unit above dates none of them, save the other cells of a table's row.
  const keyed = pair.method === 'keyed';
  for (let j = k - 1; j >= 0; j--) {
    const p = pairs[j];
    const s = sideInFile(p, file);
    if (!s) break;
    if (line - s.place.endLine > (keyed ? 0 : lines)) break;
    const vs = valuesOf(p);
    const ref = dateOfPair(pair, values, p, s, vs);
    if (ref === ACROSS_CHANGE) return null;
    if (ref) return ref;
    // Days of the week without a date (`Monday, Wednesday and Friday`, `Monday to Friday`) head a
    // schedule that recurs: the lines under them are of no one dated day.
    if (recurringDays(vs)) return null;
    // A heading marked as one (`## Deer Lake`, a row of bold cells) starts a section of its own.
    if (markedHeading(docs?.get(file), s.place.line)) break;
  }
  return null;
}

/**
 * Whether a side of a pair names two days of the week or more and nothing else of value (no date,
 * time or zone): the heading of a schedule, not an item of a dated day (`Départ de Saint John :
 * 9 h HNA, du lundi au samedi` under `Horaire d'hiver (du 5 janvier au 7 mars 2026)`).
 */
function recurringDays(vs: { en: Value[]; fr: Value[] }): boolean {
  return [vs.en, vs.fr].some((side) => side.length >= 2 && side.every((v) => v.kind === 'weekday'));
}

/** The values of each side of a pair (a side the same segment as the other is read once). */
function valuesOf(p: Pair): { en: Value[]; fr: Value[] } {
  return {
    en: p.en ? extractValues(p.en.text, p.en.lang === 'und' ? 'und' : 'en') : [],
    fr: p.fr && p.fr !== p.en ? extractValues(p.fr.text, p.fr.lang === 'und' ? 'und' : 'fr') : [],
  };
}

/** A Markdown heading, or a line (a table row) of bold text only: `| **Deer Lake (YDF)** | **Deer Lake (YDF)** |`. */
const MARKED_HEADING = /^\s*(?:#{1,6}\s|\|?(?:\s*\*\*[^*|]+\*\*\s*\|?)+\s*$)/;

function markedHeading(doc: SourceDocument | undefined, line: number): boolean {
  return doc !== undefined && line >= 1 && line <= doc.lineCount && MARKED_HEADING.test(doc.line(line));
}

/** What dateOfPair gives for a line whose dates fall on both sides of a change of clocks: a period that dates no line under it. */
const ACROSS_CHANGE = 'across-change';

/**
 * The dated day a pair near `pair` gives it (its own day and month with that pair's year, or that
 * pair's date), from that pair's values `vs`; ACROSS_CHANGE for a period across a change of clocks,
 * which ends the search.
 */
function dateOfPair(pair: Pair, values: { en: Value[]; fr: Value[] }, p: Pair, s: Segment, vs: { en: Value[]; fr: Value[] }): DateRef | typeof ACROSS_CHANGE | null {
  for (const side of ['en', 'fr'] as const) {
    // A line above with a time zone of its own is an item of the day being dated; a date its
    // text names after its zone (`10:20 a.m. PST – Reminder of the deadlines: April 30, 2027`)
    // is its subject, not the day of the items under it.
    const zones = vs[side].filter((v) => v.kind === 'zone');
    const text = side === 'en' ? p.en?.text : p.fr?.text;
    for (const v of vs[side]) {
      if (v.kind !== 'date' || v.year === undefined) continue;
      if (text !== undefined && zones.some((z) => z.end <= v.start && ITEM_BREAK.test(text.slice(z.end, v.start)))) continue;
      // The pair's own day and month, with the year from above.
      for (const own of [...values.en, ...values.fr]) {
        if (own.kind === 'date' && own.month !== undefined && own.day !== undefined && own.year === undefined && goesWithZones(pair, values, own)) {
          const d = { year: v.year, month: own.month, day: own.day };
          if (daylightOn(d) !== null) return { date: d, label: `${dateLabel(d)} (the year from line ${s.place.line})` };
        }
      }
      const daylight = daylightOn(v);
      if (daylight === null) continue;
      // A period across a change of clocks (`From Thursday, January 8, to Sunday, March 29, 2026`)
      // dates none of the lines under it.
      if (vs[side].some((o) => o.kind === 'date' && o.month !== undefined && o.day !== undefined && daylightOn({ ...o, year: o.year ?? v.year }) === !daylight)) return ACROSS_CHANGE;
      return { date: v, label: `${dateLabel(v)} (line ${s.place.line})` };
    }
  }
  return null;
}

/** The time a zone qualifies: the time or range that ends just before it on its side. */
function timeBefore(values: Value[], zone: ZoneValue): { from: TimeValue; to?: TimeValue } | null {
  let hit: { from: TimeValue; to?: TimeValue } | null = null;
  for (const v of values) {
    if (v.start >= zone.start) break;
    if (v.kind === 'time') hit = { from: v };
    else if (v.kind === 'time-range') hit = { from: v.from, to: v.to };
    else if (v.kind !== 'zone') hit = null;
  }
  return hit;
}

// ---------------------------------------------------------------------------------------------
// Checks against the date (and non-standard forms, whose suggestion needs it).

type Report = (r: ReportInput) => void;

function dateChecks(
  report: Report,
  pair: Pair,
  options: Record<string, unknown>,
  values: { en: Value[]; fr: Value[] },
  en: ZoneValue[],
  fr: ZoneValue[],
  refs: Record<Side, DateRef | null>,
  both: boolean,
  around: Around | null,
  year?: number,
): void {
  const yearRound = yearRoundZones(options);
  // A name spelled out with its abbreviation after it is one zone, judged against the date and
  // reported once; across the sides, each is matched with its like (a name can disagree with its
  // own abbreviation: `l'heure avancée de l'Est (HNE)`).
  const merged = new Map<ZoneValue, ZoneValue>();
  const spelled = { en: spelledOnce(en, pair.en?.text, merged), fr: spelledOnce(fr, pair.fr?.text, merged) };
  const settled = new Map<ZoneValue, { daylight: boolean; ref: DateRef }>();
  // A standard zone against the date that settles it: reported when the date is in the other time.
  const judge = (side: Side, z: ZoneValue, time: ReturnType<typeof timeBefore>, daylight: boolean, ref: DateRef): void => {
    if (z.daylight === null || z.daylight === daylight) return;
    const want = zoneAbbr(z.region!, daylight, z.lang)!;
    const kind = (d: boolean) => (d ? 'daylight' : 'standard');
    // CST in July is right in Saskatchewan: an info, unless the other side gives daylight time
    // (the two sides disagree wherever it is) or a place named nearby settles it.
    let severity: Severity | undefined;
    let where = '';
    if (daylight && yearRound.has(z.zone)) {
      const partner = both ? (side === 'en' ? fr : en).find((o) => o.region === z.region && o.standard && o.daylight === true) : undefined;
      const place = partner ? null : (around?.place(z.region!) ?? null);
      if (place?.allYear) return;
      if (partner) where = ` (${LABEL[other(side)]} ${partner.raw} is daylight time)`;
      else if (place) where = ` (${place.name}, ${place.line === 0 ? 'named here' : `line ${place.line}`}, observes daylight time)`;
      else {
        severity = 'info';
        where = ` (right only where ${z.zone} is kept all year, as in ${z.region === 'C' ? 'Saskatchewan' : 'the Yukon'})`;
      }
    }
    report({
      message: `${LABEL[side]} ${z.raw} is ${kind(z.daylight)} time, but ${ref.label} is in ${kind(daylight)} time: ${want}${where}`,
      ...at(side, z),
      suggestion: canonical(time, want, z.lang),
      ...(severity ? { severity } : {}),
      ...fixFor(pair, side, z, want),
    });
  };
  for (const side of ['en', 'fr'] as const) {
    for (const z of spelled[side]) {
      if (z.region === null || z.region === 'UTC') continue;
      const time = timeBefore(values[side], z);
      const ref = overnight(pair[side]?.text ?? '', values[side], time, dateFor(pair, values, side, z, refs, year));
      const daylight = ref ? daylightOn(ref.date, time?.from.minutes) : null;
      if (ref && daylight !== null) settled.set(z, { daylight, ref });
      if (!z.standard) {
        nonStandard(report, pair, side, z, time, daylight, ref, partnerDaylight(side === 'en' ? fr : en, z));
        continue;
      }
      if (ref && daylight !== null) judge(side, z, time, daylight, ref);
    }
  }
  // A zone that no date of its side settles (its date in another sentence: `Election day is
  // Monday, March 15. Polls are open … EDT.` over its French) is judged by the date that settles
  // its twin, the other side's one zone of its region, when its side names no other day than
  // that date (a side that names both times of a region speaks of the change).
  if (both) {
    const ofRegion = (zones: ZoneValue[], z: ZoneValue): ZoneValue[] => zones.filter((o) => o.region === z.region);
    for (const side of ['en', 'fr'] as const) {
      for (const z of spelled[side]) {
        if (z.region === null || z.region === 'UTC' || !z.standard || settled.has(z) || ofRegion(spelled[side], z).length !== 1) continue;
        const twins = ofRegion(spelled[other(side)], z);
        const by = twins.length === 1 ? settled.get(twins[0]) : undefined;
        if (!by) continue;
        const days = values[side].filter((v): v is DateValue => v.kind === 'date' && v.month !== undefined && v.day !== undefined);
        if (days.some((d) => d.month !== by.ref.date.month || d.day !== by.ref.date.day)) continue;
        settled.set(z, by);
        judge(side, z, timeBefore(values[side], z), by.daylight, by.ref);
      }
    }
  }
  // Standard against daylight across the sides, when no date says which one is wrong.
  if (!both) return;
  // A zone is settled when the zone it makes with its name or abbreviation is.
  const isSettled = (z: ZoneValue): boolean => settled.has(merged.get(z) ?? z);
  const left = fr.filter((z) => z.daylight !== null && z.standard && !isSettled(z));
  // Name against name and abbreviation against abbreviation: one finding per zone of each side.
  const reported = new Set<string>();
  for (const zone of en) {
    if (zone.daylight === null || isSettled(zone)) continue;
    const k = left.findIndex((o) => o.region === zone.region);
    if (k < 0) continue;
    const found = left[k];
    left.splice(k, 1);
    if (found.daylight === zone.daylight) continue;
    // Reported as the zone the name and its abbreviation make together, once.
    const a = merged.get(zone) ?? zone;
    const b = merged.get(found) ?? found;
    if (reported.has(`${a.start} ${b.start}`)) continue;
    reported.add(`${a.start} ${b.start}`);
    const message = `EN ${a.raw} is ${a.daylight ? 'daylight' : 'standard'} time, FR ${b.raw} is ${b.daylight ? 'daylight' : 'standard'} time`;
    // The date of the section says which side is wrong; without one, either may be, and no
    // suggestion is made (the side it would change may be the right one).
    const section = around?.sectionDate() ?? null;
    const daylight = section ? daylightOn(section.date, timeBefore(values.en, a)?.from.minutes) : null;
    const wrong = daylight === null ? undefined : a.daylight !== daylight ? a : b;
    if (!section || !wrong) {
      report({ message: `${message}: no date says which is right`, ...at('en', a), ...at('fr', b) });
      continue;
    }
    const side: Side = wrong === a ? 'en' : 'fr';
    const want = zoneAbbr(wrong.region!, !wrong.daylight, wrong.lang)!;
    report({
      message: `${message}; ${section.label} is in ${wrong.daylight ? 'standard' : 'daylight'} time: ${want}`,
      ...at(side, wrong),
      suggestion: canonical(timeBefore(values[side], wrong), want, wrong.lang),
      ...fixFor(pair, side, wrong, want),
    });
  }
}

/**
 * The zones with each name spelled out and its abbreviation in parentheses right after it
 * (`Eastern Standard Time (EST)`, `heure normale de l'Est (HNE)`) taken as one zone spanning both.
 * An abbreviation that names another zone than its name stays apart: one of the two is wrong.
 */
function spelledOnce(zones: ZoneValue[], text: string | undefined, merged: Map<ZoneValue, ZoneValue>): ZoneValue[] {
  if (zones.length < 2 || text === undefined) return zones;
  const out: ZoneValue[] = [];
  for (let k = 0; k < zones.length; k++) {
    const z = zones[k];
    const name = zones[k - 1];
    if (name && out[out.length - 1] === name && name.zone === z.zone && name.lang === z.lang && name.raw.length > z.raw.length && /^\s*\(\s*$/.test(text.slice(name.end, z.start)) && text[z.end] === ')') {
      const both = { ...name, raw: `${name.raw} (${z.raw})`, end: z.end + 1 };
      out[out.length - 1] = both;
      merged.set(name, both);
      merged.set(z, both);
    } else out.push(z);
  }
  return out;
}

/** A place named near a zone of a region some places keep standard all year. */
interface NamedPlace {
  name: string;
  /** Its line, 0 in the pair itself. */
  line: number;
  /** Whether the place keeps standard time all year. */
  allYear: boolean;
}

// Places of the Central and Mountain zones, by whether they keep standard time all year
// (Saskatchewan, the Yukon, north-eastern British Columbia) or change to daylight time.
const PLACES: Record<string, Array<[RegExp, boolean]>> = {
  C: [
    [/\b(?:Saskatchewan|Sask\.|Regina|Saskatoon|Moose Jaw|Prince Albert|Swift Current|Yorkton)\b/, true],
    [/\b(?:Manitoba|Winnipeg|Brandon)\b/, false],
  ],
  M: [
    [/\b(?:Yukon|Whitehorse|Dawson Creek|Fort St\. John|Fort Nelson|Creston)\b/, true],
    [/\b(?:Alberta|Calgary|Edmonton|Lethbridge|Red Deer|Yellowknife|Northwest Territories|Territoires du Nord-Ouest)\b/, false],
  ],
};

/**
 * The place named nearest above a zone of `region` (in the pair itself, then within `lines` lines
 * above it in the file) when it says one thing: `Regina, Saskatchewan` over `noon CST` in March.
 */
function placeAbove(pairs: Pair[], k: number, lines: number, region: string): NamedPlace | null {
  const table = PLACES[region];
  if (!table) return null;
  const start = pairs[k].en ?? pairs[k].fr!;
  // The pair's own line first, the cells after it on that line included (`2:00 p.m. CST` before
  // `Regina` in a row of a table), then the lines above.
  const order: number[] = [k];
  for (let j = k + 1; j < pairs.length; j++) {
    const s = sideInFile(pairs[j], start.place.file);
    if (!s || s.place.line < start.place.line || s.place.line > start.place.endLine) break;
    order.push(j);
  }
  for (let j = k - 1; j >= 0; j--) order.push(j);
  for (const j of order) {
    const p = pairs[j];
    const s = sideInFile(p, start.place.file);
    if (!s || start.place.line - s.place.endLine > lines) break;
    const text = `${p.en?.text ?? ''}\n${p.fr?.text ?? ''}`;
    const named = table.map(([re, allYear]) => ({ m: re.exec(text), allYear })).filter((x) => x.m);
    if (named.length === 0) continue;
    // Places of both kinds (`Manitoba and Saskatchewan`) settle nothing.
    if (named.some((x) => x.allYear !== named[0].allYear)) return null;
    return { name: named[0].m![0], line: j >= k && s.place.line <= start.place.endLine ? 0 : s.place.line, allYear: named[0].allYear };
  }
  return null;
}

/** Lines above a pair searched for the heading of its section. */
const SECTION_LINES = 60;
/** A heading: a short line that ends with no sentence mark. */
const HEADING_WORDS = 12;

/**
 * The date of the heading of the section a pair is in (`Summer schedule – Wednesday, July 15,
 * 2026` over a list of hours), beyond the `lines` lines contextDate reads: the nearest heading
 * above, if it has a date. A heading without one starts a section the date does not reach.
 */
function sectionDate(pairs: Pair[], k: number, lines: number): DateRef | null {
  // A keyed unit has no section (contextDate).
  if (pairs[k].method === 'keyed') return null;
  const start = pairs[k].en ?? pairs[k].fr!;
  for (let j = k - 1; j >= 0; j--) {
    const p = pairs[j];
    const s = sideInFile(p, start.place.file);
    if (!s || start.place.line - s.place.endLine > SECTION_LINES) break;
    if (!p.en || !p.fr || !heading(p.en.text) || !heading(p.fr.text)) continue;
    const values = extractValues(p.en.text, 'en');
    if (values.some((v) => v.kind === 'time' || v.kind === 'time-range' || v.kind === 'zone')) continue;
    const d = values.find((v): v is DateValue => v.kind === 'date' && daylightOn(v) !== null);
    // A label and its value without a date (`Speaker: Claire Doucet, Mayor`) is a line of the
    // section, not its heading.
    if (!d && LABEL_AND_VALUE.test(p.en.text.trim())) continue;
    if (!d) return null;
    // Within `lines` lines, contextDate has read it already.
    if (start.place.line - s.place.endLine <= lines) return null;
    return { date: d, label: `${dateLabel(d)} (the heading at line ${s.place.line})` };
  }
  return null;
}

/** A label of three words at most, its colon, and its value (`Speaker: Claire Doucet, Mayor`). */
const LABEL_AND_VALUE = /^[\p{L}'’-]+(?:\s[\p{L}'’-]+){0,2}\s?:\s+\S/u;

/** A label and its value (`Teleconference: 1-877-555-0142`, `Conference ID: 482 617 539#`): no heading. */
const LABELLED_VALUE = /^[^:]{1,40}\s?:\s.*\d/;

function heading(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && !/[.:;,!?]$/.test(t) && t.split(/\s+/).length <= HEADING_WORDS && !LABELLED_VALUE.test(t);
}

/** Whether the other side's zone of the same region says daylight or standard time. */
function partnerDaylight(others: ZoneValue[], z: ZoneValue): boolean | null {
  for (const o of others) if (o.region === z.region && o.daylight !== null && o.standard) return o.daylight;
  return null;
}

function nonStandard(report: Report, pair: Pair, side: Side, z: ZoneValue, time: { from: TimeValue; to?: TimeValue } | null, daylight: boolean | null, ref: DateRef | null, partner: boolean | null): void {
  const region = z.region!;
  const lang = z.lang;
  const settled = daylight ?? z.daylight ?? partner;
  const std = zoneAbbr(region, false, lang)!;
  const dst = zoneAbbr(region, true, lang)!;
  const contradicts = daylight !== null && z.daylight !== null && z.daylight !== daylight;
  let message = `${LABEL[side]} ${z.raw} is not a Canadian abbreviation`;
  if (settled === null) {
    message += `: ${std} (standard time) or ${dst} (daylight time), or ${zoneAbbr(region, null, lang)} for ${REGION_EN[region]} time in general`;
    report({ message, ...at(side, z), severity: 'warning', suggestion: `${std} / ${dst}` });
    return;
  }
  const want = zoneAbbr(region, settled, lang)!;
  if (daylight !== null) message += `${contradicts ? ` and ${ref!.label} is in ${daylight ? 'daylight' : 'standard'} time` : ''}: on ${ref!.label} ${REGION_EN[region]} time is ${want}`;
  else if (z.daylight !== null) message += `: ${want}`;
  else message += `: the ${LABEL[other(side)]} side's zone is ${want}`;
  report({
    message,
    ...at(side, z),
    severity: contradicts ? 'error' : 'warning',
    suggestion: canonical(time, want, lang),
    ...fixFor(pair, side, z, want),
  });
}

/** `14 h à 16 h HAE`, `2:00 p.m. to 4:00 p.m. EDT`, or the abbreviation alone. `noon` and `midi`
 * stay as written: only the zone is wrong. */
function canonical(time: { from: TimeValue; to?: TimeValue } | null, zone: string, lang: 'en' | 'fr'): string {
  if (!time) return zone;
  const digits = lang === 'fr' ? formatTimeFr : formatTimeEn;
  const f = (t: TimeValue) => (/^\p{L}+$/u.test(t.raw) ? t.raw : digits(t.minutes));
  if (time.from.ambiguous || time.to?.ambiguous) return zone;
  const t = time.to ? `${f(time.from)} ${lang === 'fr' ? 'à' : 'to'} ${f(time.to)}` : f(time.from);
  return `${t} ${zone}`;
}

/** A fix replaces an abbreviation (not a spelled-out name) where the text maps one to one. */
function fixFor(pair: Pair, side: Side, z: ZoneValue, want: string): Pick<ReportInput, 'fix'> {
  const seg = pair[side];
  if (!seg || !/^[A-Za-z]{2,5}$/.test(z.raw) || !fixable(seg, z.start, z.end)) return {};
  return { fix: { side, from: z.start, to: z.end, text: want } };
}

// ---------------------------------------------------------------------------------------------
// EN against FR, whatever the date.

function compareSides(ctx: CheckContext, en: ZoneValue[], fr: ZoneValue[]): void {
  // A zone in the other language's abbreviation: `14 h EST` in French.
  for (const side of ['en', 'fr'] as const) {
    for (const z of side === 'en' ? en : fr) {
      if (z.region === 'UTC' || z.lang === side || !z.standard) continue;
      const want = zonePartner(z);
      if (!want) continue;
      const fix = fixFor(ctx.pair, side, z, want);
      const values = ctx.values[side];
      ctx.report({
        message: `${LABEL[side]} ${z.raw} is the ${side === 'en' ? 'French' : 'English'} abbreviation: ${side === 'en' ? 'English' : 'French'} writes ${want}`,
        ...at(side, z),
        severity: 'warning',
        suggestion: canonical(timeBefore(values, z), want, side),
        ...fix,
      });
    }
  }
  const usedEn = en.map((z) => z.region === null);
  const usedFr = fr.map((z) => z.region === null);
  const same = (a: ZoneValue, b: ZoneValue) => a.region === b.region && (a.region !== 'UTC' || a.offset === undefined || b.offset === undefined || a.offset === b.offset);
  // Zones of the same kind first (PST with HNP, not with the `Pacific time` a sentence opens
  // with), then of the same region.
  for (const kind of [true, false]) {
    for (let i = 0; i < en.length; i++) {
      if (usedEn[i]) continue;
      const j = fr.findIndex((b, k) => !usedFr[k] && same(en[i], b) && (!kind || en[i].daylight === b.daylight));
      if (j >= 0) {
        usedEn[i] = true;
        usedFr[j] = true;
      }
    }
  }
  const leftEn = en.filter((_, i) => !usedEn[i]);
  const leftFr = fr.filter((_, i) => !usedFr[i]);
  const n = Math.min(leftEn.length, leftFr.length);
  for (let k = 0; k < n; k++) {
    const a = leftEn[k];
    const b = leftFr[k];
    ctx.report({
      message: `EN ${a.raw} is ${regionName(a)}, FR ${b.raw} is ${regionName(b)}`,
      ...at('en', a),
      ...at('fr', b),
      suggestion: zonePartner(a) ?? undefined,
    });
  }
  const missing = severityOption(ctx.options.missing, 'info');
  if (missing === 'off' || !similarLength(ctx.pair)) return;
  for (const [side, left] of [
    ['en', leftEn.slice(n)],
    ['fr', leftFr.slice(n)],
  ] as const) {
    for (const z of left) {
      // Only a zone that qualifies a time the other side also gives.
      if (!timeBefore(ctx.values[side], z)) continue;
      if (!ctx.values[other(side)].some((v) => v.kind === 'time' || v.kind === 'time-range')) continue;
      const want = zonePartner(z);
      ctx.report({
        message: `${LABEL[side]} gives the zone ${z.raw}, ${LABEL[other(side)]} gives none`,
        ...at(side, z),
        severity: missing,
        ...(want ? { suggestion: want } : {}),
      });
    }
  }
}

function regionName(z: ZoneValue): string {
  if (z.region === 'UTC') return z.offset !== undefined ? `UTC${z.offset < 0 ? '−' : '+'}${Math.abs(z.offset / 60)}` : 'UTC';
  return `${REGION_EN[z.region!]} time`;
}
