// date-mismatch: the dates of the two sides agree (day, month, year) in any EN/FR notation.
//
// `September 12, 2011` ≡ `le 12 septembre 2011` ≡ `2011-09-12` ≡ `Sept. 12, 2011`; `February 1`
// ≡ `le 1er février`. Dates are matched as multisets. A date that leaves out a part the other
// side gives (`May 9, 2011` / `le 9 mai`) still matches: only parts written on both sides are
// compared. What is left over on both sides is a wrong date (error). A date on one side only is
// reported (warning) when it names a day and the other side has no trace of it (no digit run with
// its day); a month alone (`en juin`) is not, as English leaves many of them unparsed (`in May`).
// Weekdays are weekday-mismatch's business.

import { defineCheck, type CheckContext } from './types.js';
import type { DateValue } from '../lang/values.js';
import { isoDate } from '../lang/values.js';
import { Evidence, holdReports, LABEL, at, comparable, formatDate, matchPass, other, severityOption, unused, similarLength, type Side } from './util/values-compare.js';

export default defineCheck({
  id: 'date-mismatch',
  description: 'Dates agree (day, month, year) in any EN/FR notation',
  severity: 'error',
  options: { missing: 'warning' },
  help: `Dates are compared as values: September 12, 2011, Sept. 12, 2011, 2011-09-12 and le 12 septembre
2011 are the same day; le 1er février is February 1. The dates of each side are matched regardless
of their order, and a part written on one side only (the year of May 9, 2011 against le 9 mai) is
not a mismatch. Numeric dates that could be read day-first or month-first (05/06/2011) are not
compared.

A date on both sides with different parts is an error. A date with a day on one side only is
reported at the \`missing\` severity (warning by default; 'off' turns it off) when the other side
has no number that could be its day.

Example: "June 12, 2012" / "le 21 juin 2012" → EN June 12, 2012 is 2012-06-12, FR 21 juin 2012 is
2012-06-21 (suggestion: 12 juin 2012).`,
  check(ctx) {
    if (!comparable(ctx.pair)) return;
    const en = datesOf(ctx, 'en');
    const fr = datesOf(ctx, 'fr');
    if (en.length === 0 && fr.length === 0) return;
    const usedEn = en.map(() => false);
    const usedFr = fr.map(() => false);
    matchPass(en, usedEn, fr, usedFr, same);
    matchPass(en, usedEn, fr, usedFr, compatible);
    if (!usedEn.includes(false) && !usedFr.includes(false)) return;
    // Reports wait for `flush`: none for a copy, or for English left on the French side.
    const held = holdReports(ctx);
    leftovers(held.ctx, en, fr, usedEn, usedFr);
    held.flush();
  },
});

/** What is left once equal dates are paired: wrong dates, dates on one side only. */
function leftovers(ctx: CheckContext, en: DateValue[], fr: DateValue[], usedEn: boolean[], usedFr: boolean[]): void {
  // Left on both sides: the pairs that share the most parts go together.
  const leftEn = unused(usedEn);
  const leftFr = unused(usedFr);
  while (leftEn.length > 0 && leftFr.length > 0) {
    let best: [number, number, number] = [-1, 0, 0];
    for (let a = 0; a < leftEn.length; a++) {
      for (let b = 0; b < leftFr.length; b++) {
        const s = shared(en[leftEn[a]], fr[leftFr[b]]);
        if (s > best[0]) best = [s, a, b];
      }
    }
    const [, a, b] = best;
    reportDiffer(ctx, en[leftEn[a]], fr[leftFr[b]]);
    leftEn.splice(a, 1);
    leftFr.splice(b, 1);
  }
  const missing = severityOption(ctx.options.missing, 'warning');
  if (missing === 'off' || !similarLength(ctx.pair)) return;
  for (const [side, list, left] of [
    ['en', en, leftEn],
    ['fr', fr, leftFr],
  ] as const) {
    if (left.length === 0) continue;
    const otherSide = other(side);
    const evidence = new Evidence(ctx.pair[otherSide]!.text, otherSide);
    for (const i of left) {
      const d = list[i];
      if (d.day === undefined || d.month === undefined || evidence.hasNumber(d.day)) continue;
      ctx.report({
        message: `${LABEL[side]} ${d.raw} is ${isoDate(d)}; ${LABEL[otherSide]} has no such date`,
        ...at(side, d),
        severity: missing,
        suggestion: side === 'en' ? formatDate(d, 'fr') : undefined,
      });
    }
  }
}

function datesOf(ctx: CheckContext, side: Side): DateValue[] {
  let out: DateValue[] | undefined;
  for (const v of ctx.values[side]) if (v.kind === 'date') (out ??= []).push(v);
  return out ?? [];
}

function same(a: DateValue, b: DateValue): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Every part written on both sides agrees, and they share at least the month or the year. */
function compatible(a: DateValue, b: DateValue): boolean {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  return (a.month !== undefined && b.month !== undefined) || (a.year !== undefined && b.year !== undefined);
}

/** How many parts two dates share (for pairing what is left). */
function shared(a: DateValue, b: DateValue): number {
  return (a.year !== undefined && a.year === b.year ? 1 : 0) + (a.month !== undefined && a.month === b.month ? 1 : 0) + (a.day !== undefined && a.day === b.day ? 1 : 0);
}

/** `EN June 2 is 2026-06-02`; a date written as its ISO form is only named. */
function dateSaid(label: string, d: DateValue): string {
  const iso = isoDate(d);
  return d.raw === iso ? `${label} ${d.raw}` : `${label} ${d.raw} is ${iso}`;
}

function reportDiffer(ctx: CheckContext, en: DateValue, fr: DateValue): void {
  // The French as it should read: the English date, with the parts the French wrote.
  const want: { year?: number; month?: number; day?: number; weekday?: number } = {
    year: fr.year !== undefined ? en.year : undefined,
    month: fr.month !== undefined ? en.month : undefined,
    day: fr.day !== undefined ? en.day : undefined,
  };
  // The suggestion keeps the French writing: an ISO date stays ISO (`2025-09-09`), and a weekday
  // written with the date is the corrected date's (`lundi 7 juillet 2025`, not `7 juillet 2025`).
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(fr.raw) && want.year !== undefined && want.month !== undefined && want.day !== undefined;
  if (fr.weekday !== undefined && want.year !== undefined && want.month !== undefined && want.day !== undefined) want.weekday = new Date(Date.UTC(want.year, want.month - 1, want.day)).getUTCDay();
  ctx.report({
    message: `${dateSaid('EN', en)}, ${dateSaid('FR', fr)}`,
    en: { from: en.start, to: en.end },
    fr: { from: fr.start, to: fr.end },
    suggestion: (iso ? isoDate(want) : formatDate(want, 'fr')) || undefined,
  });
}
