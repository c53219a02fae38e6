// fr-typography: French spacing, times, ordinals and number forms, by locale profile
// (rules/profiles/fr-CA.json by default, fr-FR.json on request; FRENCH.md).
//
// What is flagged on the French side of a pair:
//  - spacing around signs (util/french-spacing.ts): a missing space is a finding at the rule's
//    severity; a plain space where a no-break one is due, and a space where the profile wants
//    none (`Questions ?` in Canadian federal style), are `info` by default: both are common in
//    text typed without care for line breaks, and neither changes the meaning;
//  - times not written the French way: `13h30` → `13 h 30`, and in fr-CA `14:30` → `14 h 30`; an
//    English `2:00 pm` left in the French; `14 h 00` → `14 h` and `08 h` → `8 h` are info; a range
//    is suggested as `13 h 30 à 15 h 30`;
//  - ordinals: `2ème` → `2e`, `1ère` → `1re`, `1ier` → `1er`, `2nd` → `2e`;
//  - amounts written the English way: `$25` → `25 $`, `1,500,000` → `1 500 000`.
// A French side that is plainly English is left to `untranslated`.
//
// A habit is one problem: when a file repeats the same slip (`composer:`, `conférence:`… — the
// same sign, the same kind of fault) `habitAt` times or more, its first place is reported at the
// rule's severity and names how many more there are; the others are info, each with its fix.
// That is why the check looks at the whole run at once rather than pair by pair.

import { defineCheck, type CorpusContext, type GatherContext, type ReportInput } from './types.js';
import type { Pair, Severity } from '../core/types.js';
import type { LocaleProfile } from '../config/profile.js';
import { extractValues, formatTimeFr, type TimeValue, type Value } from '../lang/values.js';
import { restyledCopy, sameWordsApartFromValues } from '../lang/copies.js';
import { NBSP, NNBSP, maySpace, scanFrenchSpacing, type SpacingIssue } from './util/french-spacing.js';
import { fixable } from './util/spans.js';
import { segmentScore, clearlyEnglish, looksEnglish, looksFrench } from './util/segment-lang.js';

type Level = Severity | 'off';

/** A problem found on the French side of a pair, before severities are settled. */
interface Issue extends ReportInput {
  /** What makes two issues the same habit: `missing :`, `time glued`, `ordinal`… */
  key: string;
  pair: Pair;
}

/** What the scanners need to know about the pair under examination. */
interface Scope {
  pair: Pair;
  text: string;
  profile: LocaleProfile;
  out: Issue[];
}

const SIGN_NAMES: Record<string, string> = {
  ':': 'the colon',
  ';': 'the semicolon',
  '?': 'the question mark',
  '!': 'the exclamation mark',
  '%': 'the percent sign',
  $: 'the dollar sign',
  '€': 'the euro sign',
  '«': '«',
  '»': '»',
};

const SPACE_NAMES: Record<string, string> = { [NBSP]: 'a no-break space', [NNBSP]: 'a narrow no-break space' };

export default defineCheck({
  id: 'fr-typography',
  description: 'French spacing and signs by locale profile: space before `:`, inside `« »`, before `%` and `$`; `13 h 30`; ordinals',
  severity: 'warning',
  options: { plainSpace: 'info', extraSpace: 'info', times: true, ordinals: true, amounts: true, habitAt: 3 },
  fixable: true,
  help: `French puts a no-break space before the colon, inside guillemets, before % and before a
currency sign written after its amount; times are written 13 h 30 (not 13h30, not 14 h 00); ordinals
are 1er, 1re, 2e (not 1ère, 2ème, 2nd). The conventions come from the locale profile: fr-CA (the
Translation Bureau's federal style, the default: no space before ; ? !) or fr-FR (a narrow no-break
space before ; ? !). Correct Canadian French such as "Questions?" and "Bienvenue!" is not flagged.

A missing space is reported at the rule's severity; a plain space where a no-break space is due
(the sign can wrap to the next line) and a space where the profile wants none are reported at
\`plainSpace\` and \`extraSpace\` (info by default). Options \`times\`, \`ordinals\` and \`amounts\` turn
those parts off. A slip a file repeats \`habitAt\` times or more (default 3) is a habit: its first
place is reported at full severity with the count, the others as info (each keeps its fix).
A sign inside words the French copies from the English as written, two on each side (an English
title quoted: "Good Services: How to design services that work"), keeps the English typography.

Example: "Numéro à composer: 1-877-413-4782" → "Numéro à composer : 1-877-413-4782" (no-break space).`,
  // The French side of each pair is examined in the per-pair pass, where its values are at hand;
  // the habits of each file are settled once all are in.
  gather(ctx: GatherContext) {
    let byPair = ctx.memo.get(MEMO) as Map<Pair, Issue[]> | undefined;
    if (!byPair) ctx.memo.set(MEMO, (byPair = new Map()));
    const found: Issue[] = [];
    examine(ctx, ctx.pair, found, () => ctx.values.fr);
    if (found.length) byPair.set(ctx.pair, found);
  },
  checkCorpus(ctx) {
    const plain = level(ctx.options.plainSpace, 'info');
    const extra = level(ctx.options.extraSpace, 'info');
    const habitAt = Math.max(2, Number(ctx.options.habitAt ?? 3));
    const gathered = ctx.memo?.get(MEMO) as Map<Pair, Issue[]> | undefined;
    const files = ctx.inputs.length ? ctx.inputs.map((i) => i.pairs) : [ctx.pairs];
    for (const pairs of files) {
      const found: Issue[] = [];
      for (const pair of pairs) {
        if (!gathered) examine(ctx, pair, found, () => extractValues(pair.fr!.text, 'fr'));
        else for (const issue of gathered.get(pair) ?? []) found.push(issue);
      }
      settle(ctx, found, { plain, extra, habitAt });
    }
  },
});

/** The memo entry of gather: each pair's issues. */
const MEMO = 'fr-typography';

function level(v: unknown, dflt: Level): Level {
  return v === 'error' || v === 'warning' || v === 'info' || v === 'off' ? v : dflt;
}

/**
 * Every issue of the French side of one pair; `frValues` gives the values of that side (as
 * extractValues(text, 'fr')), asked only when it has digits.
 */
function examine(ctx: { options: Record<string, unknown>; profile: LocaleProfile }, pair: Pair, out: Issue[], frValues: () => Value[]): void {
  const seg = pair.fr;
  if (!seg || seg.lang === 'und' || pair.method === 'shared') return;
  // Every issue needs a sign with spacing rules, a guillemet or a digit: most text has none.
  if (!maySpace(seg.text, ctx.profile)) return;
  // English text on the French side is another problem (untranslated), with other rules; so is
  // a copy of the English whose values alone were put the French way (`13 h 30 – Workshop B: …`).
  if (!looksFrench(seg) && looksEnglish(seg) && clearlyEnglish(segmentScore(seg))) return;
  if (pair.en && !looksFrench(seg) && (sameWordsApartFromValues(pair.en.text, seg.text) || restyledCopy(pair.en.text, seg.text))) return;
  const scope: Scope = { pair, text: seg.text, profile: ctx.profile, out };
  const issues = scanFrenchSpacing(seg.text, ctx.profile);
  for (let k = 0; k < issues.length; k++) {
    // Both spaces of one quotation missing: one finding, with the whole quotation as its fix.
    if (bothGuillemets(seg.text, issues[k], issues[k + 1])) quotation(scope, issues[k], issues[++k]);
    else if (!quotesEnglish(seg.text, issues[k], pair.en?.text)) spacing(scope, issues[k]);
  }
  // Times, ordinals and amounts all have digits.
  if (!/\d/.test(seg.text)) return;
  const doTimes = ctx.options.times !== false;
  const doAmounts = ctx.options.amounts !== false;
  // The values are asked for only when a time or an amount could be wrong.
  const values = (doTimes || doAmounts) && VALUE_HINT.test(seg.text) ? frValues() : [];
  if (doTimes) times(scope, values);
  if (ctx.options.ordinals !== false) ordinals(scope);
  if (doAmounts) amounts(scope, values);
}

/**
 * What a time or an amount needs to be reported (a superset, tested before the values are
 * extracted): a digit before a colon and a digit (`14:30`, `2:00 pm`), before h, am/pm, noon or
 * midnight (`13h30`, `08 h`, `2pm`, `2 p.m.`, `12 noon`); a currency sign; English digit grouping
 * (`1,500,000`).
 */
const VALUE_HINT = /\d(?::\d|[ \u00a0\u202f\u2009]?(?:[hH]|[aApP]\.?[ \u00a0\u202f\u2009]?[mM]|[nN](?:oon|OON)|[mM](?:idnight|IDNIGHT)))|[$€]|\d,\d{3}/;

/** Severities: by kind, then habits (the first place in full, the repeats as info). */
function settle(ctx: CorpusContext, issues: Issue[], o: { plain: Level; extra: Level; habitAt: number }): void {
  const groups = new Map<string, Issue[]>();
  for (const i of issues) {
    const sev = i.key.startsWith('plain') ? o.plain : i.key.startsWith('extra') ? o.extra : undefined;
    if (sev === 'off') continue;
    if (sev) i.severity = sev;
    const g = groups.get(i.key);
    if (g) g.push(i);
    else groups.set(i.key, [i]);
  }
  for (const group of groups.values()) {
    const habit = group.length >= o.habitAt && group[0].severity !== 'info';
    group.forEach((issue, k) => {
      const { key: _key, ...r } = issue;
      if (habit && k === 0) r.message += ` (the same in ${group.length - 1} other places of this file)`;
      if (habit && k > 0) {
        const first = lineOf(group[0]);
        r.message += first === lineOf(issue) ? ' (a habit of this file: as earlier on this line)' : ` (a habit of this file: see line ${first})`;
        r.severity = 'info';
      }
      ctx.report(r);
    });
  }
}

function lineOf(i: Issue): number {
  const p = i.pair.fr!;
  const r = i.fr;
  return r && r !== 'whole' && p.locate ? p.locate(r.from, Math.max(r.to, r.from + 1)).line : p.place.line;
}

/** Records an issue with its fix, when the range maps to the file character by character. */
function add(s: Scope, key: string, from: number, to: number, replacement: string, message: string, range: { from: number; to: number } = { from, to }, suggestion = replacement, severity?: Severity): void {
  const seg = s.pair.fr!;
  const fix = fixable(seg, from, to) ? { side: 'fr' as const, from, to, text: replacement } : undefined;
  s.out.push({ key, pair: s.pair, message, fr: range, suggestion, ...(fix ? { fix } : {}), ...(severity ? { severity } : {}) });
}

/** `composer:` → `composer :`: the word before the sign and the sign, as found and as due. */
function spacing(s: Scope, issue: SpacingIssue): void {
  const text = s.text;
  const name = SIGN_NAMES[issue.sign] ?? `the unit ${issue.sign}`;
  // The excerpt: from the start of the word before to the sign (or after it, for «).
  let a = Math.min(issue.from, issue.signAt);
  // (Not into the markup before the word: `<strong>Remarque:`.)
  while (a > 0 && !/\s/.test(text[a - 1]) && text[a - 1] !== '>' && issue.from - a < 24) a--;
  let b = Math.max(issue.to, issue.signAt + 1);
  if (issue.sign === '«') while (b < text.length && !/\s/.test(text[b]) && b - issue.to < 24) b++;
  if (issue.sign.length > 1) b = issue.signAt + issue.sign.length;
  const found = text.slice(a, b);
  const fixed = text.slice(a, issue.from) + issue.replacement + text.slice(issue.to, b);
  const space = SPACE_NAMES[issue.replacement] ?? 'no space';
  const where = issue.sign === '«' ? 'after «' : issue.sign === '»' ? 'before »' : `before ${name}`;
  let message: string;
  if (issue.kind === 'missing') message = `French puts ${space} ${where}: expected "${fixed}", found "${found}"`;
  else if (issue.kind === 'plain') message = `French puts ${space} ${where}, not a plain space (the sign could wrap to the next line)`;
  else message = `${s.profile.id} puts no space ${where}: expected "${fixed}", found "${found}"`;
  // Point at the sign when inserting, at the space when replacing or removing it.
  const range = issue.from === issue.to ? { from: issue.signAt, to: issue.signAt + issue.sign.length } : { from: issue.from, to: issue.to };
  add(s, `${issue.kind} ${issue.sign}`, issue.from, issue.to, issue.replacement, message, range, fixed);
}

/** Letters or digits (a word's characters). */
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/** Words on each side of a sign that the French must copy from the English to be quoting it. */
const QUOTED_WORDS = 2;

/**
 * A sign inside words the French copies from the English as written, two on each side (`Good
 * Services: How to design services that work`, an English title the French quotes): the English
 * title keeps its own typography. A name or a number after the sign (`au Canada: Héma-Québec`,
 * `statu quo: 65`) is no quotation.
 */
function quotesEnglish(text: string, issue: SpacingIssue, en: string | undefined): boolean {
  if (!en || issue.kind !== 'missing' || issue.sign.length !== 1 || !':;!?'.includes(issue.sign)) return false;
  let a = issue.signAt;
  for (let w = 0; w < QUOTED_WORDS; w++) {
    if (w > 0) {
      if (a === 0 || text[a - 1] !== ' ') return false;
      a--;
    }
    const end = a;
    while (a > 0 && WORD_CHAR.test(text[a - 1])) a--;
    if (a === end) return false;
  }
  let b = issue.signAt + 1;
  for (let w = 0; w < QUOTED_WORDS; w++) {
    if (text[b] !== ' ') return false;
    b++;
    const start = b;
    while (b < text.length && WORD_CHAR.test(text[b])) b++;
    if (b === start || !/\p{L}/u.test(text[start])) return false;
  }
  return en.includes(text.slice(a, b));
}

/** Longest quotation shown whole in the message of a quotation missing both spaces. */
const QUOTATION_SHOWN = 60;

/** The next two issues are the missing spaces inside one short quotation (`«Releases»`). */
function bothGuillemets(text: string, open: SpacingIssue, close: SpacingIssue | undefined): close is SpacingIssue {
  if (!close || open.sign !== '«' || close.sign !== '»' || open.kind !== 'missing' || close.kind !== 'missing') return false;
  const inner = text.slice(open.to, close.from);
  return inner.length <= QUOTATION_SHOWN && !inner.includes('«') && !inner.includes('»');
}

/** `«Releases»` → `« Releases »`: one finding for the quotation, its two spaces one fix. */
function quotation(s: Scope, open: SpacingIssue, close: SpacingIssue): void {
  const text = s.text;
  const from = open.signAt;
  const to = close.signAt + 1;
  const found = text.slice(from, to);
  const fixed = text.slice(from, open.from) + open.replacement + text.slice(open.to, close.from) + close.replacement + text.slice(close.to, to);
  const space = SPACE_NAMES[open.replacement] ?? 'no space';
  add(s, 'missing «»', from, to, fixed, `French puts ${space} inside « »: expected "${fixed}", found "${found}"`, { from, to }, fixed);
}

const CANONICAL_TIMES = new Map<number, string>();

/** The French (Canada) form of a time, `13 h 30`, `14 h` (computed once per minute of the day). */
function canonicalTime(minutes: number): string {
  let t = CANONICAL_TIMES.get(minutes);
  if (t === undefined) {
    t = formatTimeFr(minutes);
    CANONICAL_TIMES.set(minutes, t);
  }
  return t;
}

function timeIsRight(t: TimeValue, profile: LocaleProfile): boolean {
  if (!/\d/.test(t.raw)) return true; // midi, minuit
  if (t.style === '24h-colon') return profile.timeStyle === 'h-or-colon';
  if (t.style === 'en-12h') return false;
  return t.raw.replace(/[\s\u00a0\u202f]+/g, ' ') === canonicalTime(t.minutes);
}

/** A time with seconds (`09:00:00`). */
const MACHINE_TIME = /\d:\d\d:\d\d/;
/** A time written with its zero minutes (`14 h 00`, `14h00`), or with a leading zero (`08 h`). */
const ZERO_MINUTES = /\d\s*h\s*00(?!\d)/i;
const LEADING_ZERO = /^0\d/;

function times(s: Scope, values: Value[]): void {
  const text = s.text;
  for (const v of values) {
    // A machine's time stamp (`2027-07-08T09:00:00-04:00`, `09:00:00`) is data, not French text.
    if (MACHINE_TIME.test(text.slice(v.start, v.end)) || /\dT$/.test(text.slice(Math.max(0, v.start - 2), v.start))) continue;
    const ends = v.kind === 'time' ? [v] : v.kind === 'time-range' ? [v.from, v.to] : [];
    // A 12-hour time without am/pm cannot be put in the 24-hour clock with certainty.
    const wrong = ends.filter((t) => !t.ambiguous && !timeIsRight(t, s.profile));
    if (wrong.length === 0) continue;
    const form = (t: TimeValue) => (wrong.includes(t) ? canonicalTime(t.minutes).replace(/ /g, NBSP) : t.raw);
    // A range is written `13 h 30 à 15 h 30` (Translation Bureau), and after `entre`, `13 h et
    // 15 h`: a connector word is kept as written, a dash becomes à.
    const joiner = v.kind === 'time-range' ? text.slice(v.from.end, v.to.start).trim() : '';
    const fixed = v.kind === 'time-range' ? `${form(v.from)} ${/^(?:et|à)$/i.test(joiner) ? joiner : 'à'} ${form(v.to)}` : form(v as TimeValue);
    const found = text.slice(v.start, v.end);
    // `13h30` and `14:30` are errors of form; `14 h 00` and `08 h` only of house style (info).
    const glued = wrong.some((t) => t.style !== 'fr-h' || /\dh|h\d/i.test(t.raw));
    // Only what the times found do wrong: `11h30` has no :00 to leave out.
    const omitted = [wrong.some((t) => ZERO_MINUTES.test(t.raw)) && ':00', wrong.some((t) => LEADING_ZERO.test(t.raw)) && 'leading zeros'].filter(Boolean).join(' and ');
    const why = wrong.some((t) => t.style === 'en-12h')
      ? 'French uses the 24-hour clock'
      : wrong.some((t) => t.style === '24h-colon')
        ? `${s.profile.id} writes times with h`
        : glued
          ? `French puts spaces around the h of a time${omitted ? ` and leaves out ${omitted}` : ''}`
          : `French leaves out ${omitted || ':00 and leading zeros'} in times`;
    add(s, glued ? 'time glued' : 'time style', v.start, v.end, fixed, `${why}: expected "${fixed}", found "${found}"`, undefined, fixed, glued ? undefined : 'info');
  }
}

const ORDINAL = /(?<![\p{L}\p{N}.,_/-])(\d{1,4})(\p{L}{1,5})(?![\p{L}\p{N}])/gu;
/** The suffixes of English ordinals. */
const ENGLISH_ORDINAL = /^(?:st|nd|rd|th)$/i;
/** The generic of an English street name, after its ordinal. */
const ENGLISH_ODONYM = /^\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Crescent|Line|Concession|Sideroad|Way|Place|Court|Trail)(?![\p{L}])/u;
/** What every ordinal has: a digit followed by a letter. */
const DIGIT_LETTER = /\d\p{L}/u;

function ordinals(s: Scope): void {
  const text = s.text;
  if (!DIGIT_LETTER.test(text)) return;
  const rules = s.profile.ordinals;
  ORDINAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORDINAL.exec(text)) !== null) {
    const suffix = m[2];
    let right = rules.wrong[suffix.toLowerCase()];
    if (right === undefined) continue;
    // An English ordinal in an English street's official name (`96, 2nd Avenue NW`, `17th Street
    // East`) is the name as the municipality writes it, kept in French.
    if (ENGLISH_ORDINAL.test(suffix) && ENGLISH_ODONYM.test(text.slice(m.index + m[0].length))) continue;
    const n = Number(m[1]);
    // Plural forms keep their s: 1ères → 1res, 2èmes → 2es.
    const plural = right.length > 1 && right.endsWith('s');
    const base = plural ? right.slice(0, -1) : right;
    right = (n === 1 ? (base === rules.first.feminine ? rules.first.feminine : rules.first.masculine) : rules.other) + (plural ? 's' : '');
    const from = m.index + m[1].length;
    add(s, 'ordinal', from, from + suffix.length, right, `French ordinals are ${m[1]}${right}: expected "${m[1]}${right}", found "${m[0]}"`, undefined, `${m[1]}${right}`);
  }
}

function amounts(s: Scope, values: Value[]): void {
  const locale = s.profile.id;
  for (const v of values) {
    if (v.kind === 'money') {
      const m = /^(?:CA|C|US)?([$€])/.exec(v.raw);
      if (!m) {
        // The sign or the currency after the amount, its digits grouped the English way
        // (`4,250,000 $`, `2,500,000 dollars`): the digits are regrouped, the rest is right.
        const digits = ENGLISH_GROUPING.exec(v.raw)?.[0];
        if (digits) regroup(s, v.start, digits);
        continue;
      }
      if (!s.profile.currencyAfterAmount.includes(m[1])) continue;
      const decimals = /[.,](\d{1,2})(?!\d)/.exec(v.raw.slice(m[0].length))?.[1]?.length ?? 0;
      const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(v.amount);
      const sign = v.currency === 'USD' ? `${m[1]}${NBSP}US` : m[1];
      const right = `${amount}${NBSP}${sign}`;
      // Moving the sign also regroups the digits: a suggestion, not an automatic fix.
      s.out.push({ key: 'amount sign', pair: s.pair, message: `French writes the currency sign after the amount: expected "${right}", found "${v.raw}"`, fr: { from: v.start, to: v.end }, suggestion: right });
      continue;
    }
    if (v.kind !== 'number' || v.ordinal || v.enumerator) continue;
    if (ENGLISH_GROUPING.exec(v.raw)?.[0] === v.raw) regroup(s, v.start, v.raw);
  }
}

// English digit grouping is unambiguous only with two groups or a decimal point after one
// (`1,500` is also a French decimal).
const ENGLISH_GROUPING = /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?(?![\d.,])|^\d{1,3}(?:,\d{3})+\.\d+(?![\d.,])/;

/** The digits `raw` at `start`, grouped the English way, regrouped the French way. */
function regroup(s: Scope, start: number, raw: string): void {
  const decimals = raw.includes('.') ? raw.length - raw.indexOf('.') - 1 : 0;
  const right = new Intl.NumberFormat(s.profile.id, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(Number(raw.replace(/,/g, '')));
  add(s, 'grouping', start, start + raw.length, right, `French groups digits with spaces and uses a decimal comma: expected "${right}", found "${raw}"`);
}
