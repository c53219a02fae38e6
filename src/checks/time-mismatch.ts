// time-mismatch: the times of the two sides agree once read as minutes of the day.
//
// `1:30 pm` ≡ `13 h 30` ≡ `13h30` ≡ `13:30`; ranges are compared end by end (`2:00 pm-4:00pm` ≡
// `14h00-16h00`). The times of each side are matched as multisets (a translation may reorder
// them); a 12-hour time written without am/pm (`1:45`) matches either reading unless the option
// `tolerateMissingMeridiem` is false. What is left over on both sides is a wrong time (error);
// a time left on one side only is reported as a warning when the other side has no trace of it
// (no digit run with its hour: `9 to 5` for `de 9 h à 17 h`), and never for a bare French hour
// (`pendant 2 h` is as often a duration as a time of day).

import { defineCheck, type CheckContext } from './types.js';
import { flattenTimes, formatTimeEn, formatTimeFr, type TimeValue } from '../lang/values.js';
import { Evidence, holdReports, LABEL, at, clock, comparable, matchPass, other, severityOption, unused, similarLength, type Side } from './util/values-compare.js';

export default defineCheck({
  id: 'time-mismatch',
  description: 'Times and time ranges agree once normalised (1:30 pm ≡ 13 h 30 ≡ 13h30)',
  severity: 'error',
  options: { tolerateMissingMeridiem: true, missing: 'warning' },
  help: `A time of day is a value, not a string: 1:30 pm, 1:30 p.m., 13:30, 13 h 30 and 13h30 are the
same minute, and the check compares minutes. The times of each side are matched regardless of
their order; ranges are compared end by end. A 12-hour time without am/pm (1:45) matches both of
its readings (1:45 and 13:45) unless \`tolerateMissingMeridiem\` is false, in which case it is
reported when only the afternoon reading fits.

A time present on both sides with different values is an error. A time on one side only is
reported at the \`missing\` severity (warning by default; 'off' turns it off), unless the other
side writes its hour some other way (9 to 5 for de 9 h à 17 h). A bare French hour (2 h) alone is
not reported: it is as often a duration.

Example: "Meeting at 11:30 am" / "Réunion à 12h30" → EN 11:30 am is 11:30, FR 12h30 is 12:30
(suggestion: 11 h 30).`,
  check(ctx) {
    if (!comparable(ctx.pair)) return;
    const en = timesOf(ctx, 'en');
    const fr = timesOf(ctx, 'fr');
    if (en.length === 0 && fr.length === 0) return;
    const tolerate = ctx.options.tolerateMissingMeridiem !== false;
    const usedEn = en.map(() => false);
    const usedFr = fr.map(() => false);
    matchPass(en, usedEn, fr, usedFr, (a, b) => a.minutes === b.minutes);
    if (tolerate) matchPass(en, usedEn, fr, usedFr, (a, b) => sameEitherWay(a, b));
    if (!usedEn.includes(false) && !usedFr.includes(false)) return;
    // Reports wait for `flush`: none for a copy, or for English left on the French side.
    const held = holdReports(ctx);
    leftovers(held.ctx, en, fr, usedEn, usedFr, tolerate);
    held.flush();
  },
});

/** What is left once equal times are paired: wrong times, a missing am/pm, times on one side only. */
function leftovers(ctx: CheckContext, en: TimeValue[], fr: TimeValue[], usedEn: boolean[], usedFr: boolean[], tolerate: boolean): void {
  let leftEn = unused(usedEn);
  let leftFr = unused(usedFr);
  // Without am/pm the afternoon reading matched: accepted, or reported as a missing am/pm.
  if (!tolerate) {
    leftEn = leftEn.filter((i) => !meridiemOnly(ctx, en[i], fr, leftFr, 'en'));
    leftFr = leftFr.filter((i) => !meridiemOnly(ctx, fr[i], en, leftEn, 'fr'));
  }
  const n = Math.min(leftEn.length, leftFr.length);
  for (let k = 0; k < n; k++) reportDiffer(ctx, en[leftEn[k]], fr[leftFr[k]]);
  const missing = severityOption(ctx.options.missing, 'warning');
  if (missing === 'off' || !similarLength(ctx.pair)) return;
  for (const [side, list, left] of [
    ['en', en, leftEn.slice(n)],
    ['fr', fr, leftFr.slice(n)],
  ] as const) {
    if (left.length === 0) continue;
    const otherSide = other(side);
    const evidence = new Evidence(ctx.pair[otherSide]!.text, otherSide);
    for (const i of left) {
      const t = list[i];
      if (!clearTime(t) || explained(t, evidence)) continue;
      const message = `${LABEL[side]} ${t.raw} is ${clock(t)}; ${LABEL[otherSide]} has no such time`;
      ctx.report({ message, ...at(side, t), severity: missing, suggestion: side === 'en' ? formatTimeFr(t.minutes) : undefined });
    }
  }
}

function timesOf(ctx: CheckContext, side: Side): TimeValue[] {
  const vs = ctx.values[side];
  for (const v of vs) if (v.kind === 'time' || v.kind === 'time-range') return flattenTimes(vs);
  return [];
}

/** Equal under the other reading of a time written without am/pm. */
function sameEitherWay(a: TimeValue, b: TimeValue): boolean {
  const a2 = a.ambiguous ? (a.minutes + 720) % 1440 : -1;
  const b2 = b.ambiguous ? (b.minutes + 720) % 1440 : -2;
  return a2 === b.minutes || b2 === a.minutes || a2 === b2;
}

/** With `tolerateMissingMeridiem: false`: a time without am/pm whose other reading is on the
 * other side is reported as such, and not also as a wrong time. */
function meridiemOnly(ctx: CheckContext, t: TimeValue, others: TimeValue[], left: number[], side: Side): boolean {
  if (!t.ambiguous) return false;
  const k = left.findIndex((j) => sameEitherWay(t, others[j]));
  if (k < 0) return false;
  const o = others[left[k]];
  left.splice(k, 1);
  const otherSide = other(side);
  ctx.report({
    message: `${LABEL[side]} ${t.raw} has no am/pm: it reads ${clock(t)}, and ${LABEL[otherSide]} ${o.raw} is ${clock(o)}`,
    ...at(side, t),
    ...at(otherSide, o),
    severity: 'warning',
    suggestion: side === 'en' ? formatTimeEn(o.minutes) : formatTimeFr(o.minutes),
  });
  return true;
}

function reportDiffer(ctx: CheckContext, en: TimeValue, fr: TimeValue): void {
  ctx.report({
    message: `EN ${en.raw} is ${clock(en)}, FR ${fr.raw} is ${clock(fr)}`,
    en: { from: en.start, to: en.end },
    fr: { from: fr.start, to: fr.end },
    // the English is the source: the French as it should read (none when am/pm is missing)
    suggestion: en.ambiguous ? undefined : formatTimeFr(en.minutes),
  });
}

/** Written as a time beyond doubt, in digits with am/pm, minutes or a colon (not `2 h`, which may be a duration). */
function clearTime(t: TimeValue): boolean {
  // `near noon` may become `en mi-journée`
  if (!/\d/.test(t.raw)) return false;
  if (t.hasMeridiem) return true;
  if (t.style === '24h-colon') return true;
  return /\d\s*[hH]\s*\d/.test(t.raw);
}

/** The other side gives the hour in digits or words (`at 9`, `nine o'clock`, `14 heures`). */
function explained(t: TimeValue, ev: Evidence): boolean {
  const h = Math.floor(t.minutes / 60);
  const m = t.minutes % 60;
  if (m !== 0 && !ev.hasNumber(m)) return false;
  return ev.hasNumber(h) || ev.hasNumber(h % 12 || 12) || (t.ambiguous && ev.hasNumber(h + 12));
}
