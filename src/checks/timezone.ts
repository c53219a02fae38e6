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
//   British Columbia: they are reported as info only.
// - EN/FR: EST ⇄ HNE, EDT ⇄ HAE (and the other regions); generic ET/HE go with either. Zones of
//   different regions are an error; standard against daylight is an error when no date settles
//   which side is wrong (with a date, the wrong side is reported against it). An English
//   abbreviation on the French side (`14 h EST`) or the reverse is a warning. A zone on one side
//   only is `missing` (info by default).
// - Non-standard forms (`HSE`, `HAEst`): a warning, with HNE or HAE as the date (or the other side)
//   says.
// - A zone stated for a whole line (`(all times EDT)`, `HEURES EN HAP`) has no time before it; the
//   extractor reads it (values.ts `statedZone`) and it is checked against its date like the others.
// Suggestions give the canonical form with the time: `13 h 30 HAE`, `1:30 p.m. EDT`.

import { defineCheck, type CheckContext, type ReportInput } from './types.js';
import type { Pair, Severity } from '../core/types.js';
import { extractValues, formatTimeEn, formatTimeFr, zoneAbbr, zonePartner, type DateValue, type TimeValue, type Value, type ZoneValue } from '../lang/values.js';
import { LABEL, at, daylightOn, formatDate, other, severityOption, similarLength, type Side } from './util/values-compare.js';
import { fixable } from './util/spans.js';

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
or, when the pair has none, against the nearest date in the \`contextLines\` lines above it. A
date after the zone counts only in the zone's sentence ("by 8:00 p.m. EDT. Payments for November
3…" is dated by the update above), and a zone whose sentence says today ("at noon EDT today") is
not dated by the sentence before it.
A zone stated for a whole line, without a time ("Monday, November 2, 2026 (all times EDT)",
"toutes les heures sont en HNE"), is checked the same way. CST/MST in summer are right in
Saskatchewan and the Yukon: listed in \`yearRoundStandard\`, they are reported as info only.

The two sides must name the same zone: EST with HNE, EDT with HAE (and likewise HNC/HAC, HNR/HAR,
HNP/HAP, HNA/HAA, HNT/HAT); ET and HE go with either. HSE and HAEst are not Canadian
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
    if ((refs.en || refs.fr) && ownDates(pair, ctx.values, en, fr)) dateChecks(ctx.report, pair, ctx.options, ctx.values, en, fr, refs, both);
    // Without a date of its own, the pair is measured in checkCorpus against the dates above it.
    else undated.set(pair, ctx.values);
  },
  checkCorpus(ctx) {
    const lines = typeof ctx.options.contextLines === 'number' ? ctx.options.contextLines : 6;
    const pairs = ctx.pairs;
    for (let k = 0; k < pairs.length; k++) {
      const pair = pairs[k];
      const values = undated.get(pair);
      if (!values) continue;
      undated.delete(pair);
      const en = zonesOf(values.en);
      const fr = zonesOf(values.fr);
      const both = pair.en !== null && pair.fr !== null && pair.method !== 'orphan';
      const found = contextDate(pairs, k, lines, values);
      const refs = { en: found, fr: found };
      dateChecks((r) => ctx.report({ ...r, pair }), pair, ctx.options, values, en, fr, refs, both);
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
  return { date: best, label: formatDate(best, 'en') };
}

/** The date nearest before `zone` on its side, else the side's date, else the other side's. */
function dateFor(pair: Pair, values: { en: Value[]; fr: Value[] }, side: Side, zone: ZoneValue, refs: Record<Side, DateRef | null>): DateRef | null {
  const from = earliestOwnDate(pair[side]?.text ?? '', zone);
  let best: DateValue | null = null;
  for (const v of values[side]) {
    if (v.kind !== 'date' || v.start > zone.start || v.start < from || daylightOn(v) === null) continue;
    best = v;
  }
  if (best) return { date: best, label: formatDate(best, 'en') };
  return refs[side] ?? refs[other(side)];
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

/** Whether date d can be zone z's: before it (not in an earlier sentence when z's says `today`), or after it in its sentence. */
function dateOfZone(text: string, d: DateValue, z: ZoneValue): boolean {
  return d.start < z.start ? d.start >= earliestOwnDate(text, z) : d.start < sentenceAround(text, z.start)[1];
}

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

/** The nearest date above a pair, on the zone side's lines, within `lines` lines. A date without a
 * year in the pair itself takes the year of that date. */
function contextDate(pairs: Pair[], k: number, lines: number, values: { en: Value[]; fr: Value[] }): DateRef | null {
  const pair = pairs[k];
  const seg = pair.en ?? pair.fr!;
  const file = seg.place.file;
  const line = seg.place.line;
  for (let j = k - 1; j >= 0; j--) {
    const p = pairs[j];
    const s = p.en?.place.file === file ? p.en : p.fr?.place.file === file ? p.fr : null;
    if (!s) break;
    if (line - s.place.endLine > lines) break;
    const vs = {
      en: p.en ? extractValues(p.en.text, p.en.lang === 'und' ? 'und' : 'en') : [],
      fr: p.fr && p.fr !== p.en ? extractValues(p.fr.text, p.fr.lang === 'und' ? 'und' : 'fr') : [],
    };
    for (const side of ['en', 'fr'] as const) {
      for (const v of vs[side]) {
        if (v.kind !== 'date' || v.year === undefined) continue;
        // The pair's own day and month, with the year from above.
        for (const own of [...values.en, ...values.fr]) {
          if (own.kind === 'date' && own.month !== undefined && own.day !== undefined && own.year === undefined && goesWithZones(pair, values, own)) {
            const d = { year: v.year, month: own.month, day: own.day };
            if (daylightOn(d) !== null) return { date: d, label: `${formatDate(d, 'en')} (the year from line ${s.place.line})` };
          }
        }
        if (daylightOn(v) !== null) return { date: v, label: `${formatDate(v, 'en')} (line ${s.place.line})` };
      }
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
): void {
  const yearRound = new Set(Array.isArray(options.yearRoundStandard) ? options.yearRoundStandard.map((z) => String(z).toUpperCase()) : []);
  const settled = new Set<ZoneValue>();
  for (const side of ['en', 'fr'] as const) {
    for (const z of side === 'en' ? en : fr) {
      if (z.region === null || z.region === 'UTC') continue;
      const ref = dateFor(pair, values, side, z, refs);
      const time = timeBefore(values[side], z);
      const daylight = ref ? daylightOn(ref.date, time?.from.minutes) : null;
      if (daylight !== null) settled.add(z);
      if (!z.standard) {
        nonStandard(report, pair, side, z, time, daylight, ref, partnerDaylight(side === 'en' ? fr : en, z));
        continue;
      }
      if (daylight === null || z.daylight === null || z.daylight === daylight) continue;
      const want = zoneAbbr(z.region, daylight, z.lang)!;
      const kind = (d: boolean) => (d ? 'daylight' : 'standard');
      // CST in July is right in Saskatchewan.
      const severity: Severity | undefined = daylight && yearRound.has(z.zone) ? 'info' : undefined;
      const where = severity ? ` (right only where ${z.zone} is kept all year, as in ${z.region === 'C' ? 'Saskatchewan' : 'the Yukon'})` : '';
      report({
        message: `${LABEL[side]} ${z.raw} is ${kind(z.daylight)} time, but ${ref!.label} is in ${kind(daylight)} time: ${want}${where}`,
        ...at(side, z),
        suggestion: canonical(time, want, z.lang),
        ...(severity ? { severity } : {}),
        ...fixFor(pair, side, z, want),
      });
    }
  }
  // Standard against daylight across the sides, when no date says which one is wrong.
  if (!both) return;
  const left = fr.filter((z) => z.daylight !== null && z.standard && !settled.has(z));
  for (const a of en) {
    if (a.daylight === null || settled.has(a)) continue;
    const k = left.findIndex((b) => b.region === a.region);
    if (k < 0) continue;
    const b = left[k];
    left.splice(k, 1);
    if (b.daylight === a.daylight) continue;
    report({
      message: `EN ${a.raw} is ${a.daylight ? 'daylight' : 'standard'} time, FR ${b.raw} is ${b.daylight ? 'daylight' : 'standard'} time`,
      ...at('en', a),
      ...at('fr', b),
      suggestion: zonePartner(a) ?? undefined,
    });
  }
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
  for (let i = 0; i < en.length; i++) {
    if (usedEn[i]) continue;
    const j = fr.findIndex((b, k) => !usedFr[k] && same(en[i], b));
    if (j >= 0) {
      usedEn[i] = true;
      usedFr[j] = true;
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
