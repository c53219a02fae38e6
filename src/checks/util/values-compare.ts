// Helpers shared by the value checks (time-mismatch, date-mismatch, weekday-mismatch,
// number-mismatch, timezone): multiset matching of values across the two sides, what the other
// side can explain without a value of the same kind (a digit run, a number word, a Roman
// numeral), and the words and forms used in messages and suggestions.

import type { Pair, Segment, Severity } from '../../core/types.js';
import type { DateValue, TimeValue, Value } from '../../lang/values.js';
import type { CheckContext, ReportInput } from '../types.js';
import { segmentScore, clearlyEnglish } from './segment-lang.js';
import { dayOfWeek, expectedZone, isCalendarName } from '../../lang/values.js';
import { valueLineTwins } from '../../lang/copies.js';

export type Side = 'en' | 'fr';

/** The other side. */
export function other(side: Side): Side {
  return side === 'en' ? 'fr' : 'en';
}

/** Side labels in messages. */
export const LABEL: Record<Side, string> = { en: 'EN', fr: 'FR' };

/**
 * Whether the two sides of a pair say the same thing and can be compared: both present, not
 * neutral material, and not two rows of a data table (`WPO 71148 PILOT_MOUND_(AU8) 49.20 -98.90
 * 475`: numbers and no word in lower case), which an aligner may pair by position.
 */
export function comparable(pair: Pair): boolean {
  const m = pair.method;
  if (pair.en === null || pair.fr === null || m === 'shared' || m === 'orphan') return false;
  // (Rows of data are compared when they are one row written twice: a signature's phone line.)
  return !(dataRow(pair.en.text) && dataRow(pair.fr.text)) || translatedTimes(pair.en.text, pair.fr.text) || translatedLabels(pair.en.text, pair.fr.text) || valueLineTwins(pair.en.text, pair.fr.text);
}

/** A label before its colon: `UPC:`, `CUP :`. */
const LABEL_COLON_RE = /^([\p{L}][\p{L}.'’ -]*?)([ \u00a0\u202f]?):/u;

/**
 * A label and its codes on each side, the label translated (`UPC: 0 62847 11203 5` / `CUP : 0
 * 62847 12103 5`) or its colon spaced the French way: a translation, whose numbers are compared.
 */
function translatedLabels(en: string, fr: string): boolean {
  const a = LABEL_COLON_RE.exec(en);
  const b = LABEL_COLON_RE.exec(fr);
  return a !== null && b !== null && (a[1].toLowerCase() !== b[1].toLowerCase() || (a[2] === '' && b[2] !== ''));
}

const MERIDIEM_TIME_RE = /\d\s*[ap]\.?m\b/i;
const FRENCH_HOUR_RE = /\d\s*h\b/;

/**
 * Rows of times and nothing else (`11 a.m. EST / 10 a.m. CST` over `11 h HNE / 10 h HNC`): each
 * side written in its own language's way, a translation, not the same data row twice.
 */
function translatedTimes(en: string, fr: string): boolean {
  return MERIDIEM_TIME_RE.test(en) && FRENCH_HOUR_RE.test(fr);
}

const WORD_LOWER_RE = /[a-zà-öø-ÿ]{2}/;
const NUMERIC_TOKEN_RE = /(?:^|\s)[-−]?\d/g;

const COLUMNS_RE = /\S {2,}\S|_/;

const CAPITALS_WORD_RE = /[A-ZÀ-ÖØ-Þ]{3,}/g;

/** No word in lower case, and three numbers or a column layout (`49.20   -98.90`,
 * `SACHS_HARBOUR`): a row of a data table. A heading in capitals that writes a date in words
 * (`DAY 4 – TUESDAY, NOVEMBER 3, 2026`) has numbers too, but is text to compare. */
function dataRow(text: string): boolean {
  if (WORD_LOWER_RE.test(text)) return false;
  if (COLUMNS_RE.test(text)) return true;
  if ((text.match(NUMERIC_TOKEN_RE)?.length ?? 0) < 3) return false;
  for (const w of text.match(CAPITALS_WORD_RE) ?? []) if (isCalendarName(w)) return false;
  return true;
}

/**
 * Whether a value on one side only may be reported as missing: the sides are of comparable
 * length. A much shorter side is an omission (length-ratio) or a pair the aligner got wrong;
 * either way, a value missing from it says nothing more.
 */
export function similarLength(pair: Pair): boolean {
  const a = pair.en?.text.length ?? 0;
  const b = pair.fr?.text.length ?? 0;
  return Math.min(a, b) >= 0.5 * Math.max(a, b);
}

/** The segment of a side, when it is text in a language (not neutral material). */
export function sideSegment(pair: Pair, side: Side): Segment | null {
  const s = pair[side];
  return s && s.lang !== 'und' ? s : null;
}

// ---------------------------------------------------------------------------------------------
// Multiset matching.

/**
 * Marks as used the items of `a` and `b` that `eq` pairs, greedily in text order: each unused
 * item of `a` takes the first unused item of `b` it equals. Run it several times with looser
 * tests to let exact matches go first.
 */
export function matchPass<A, B>(a: readonly A[], usedA: boolean[], b: readonly B[], usedB: boolean[], eq: (x: A, y: B) => boolean): void {
  for (let i = 0; i < a.length; i++) {
    if (usedA[i]) continue;
    for (let j = 0; j < b.length; j++) {
      if (usedB[j] || !eq(a[i], b[j])) continue;
      usedA[i] = true;
      usedB[j] = true;
      break;
    }
  }
}

/** Indices not marked as used. */
export function unused(used: readonly boolean[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < used.length; i++) if (!used[i]) out.push(i);
  return out;
}

// ---------------------------------------------------------------------------------------------
// What the other side can explain: digit runs, number words, Roman numerals.

/**
 * What a side says in numbers without a value of the compared kind: the digit runs of its text
 * (separators removed: `1,500` → `1500`, `COVID-19` → `19`, `1990s` → `1990`), numbers written in
 * words (`two`, `vingt-cinq`, `first`) and Roman numerals (`XXIe siècle`). Built only when a value
 * is left without a counterpart.
 */
export class Evidence {
  private digits: Set<string> | undefined;
  private words: Set<number> | undefined;
  constructor(
    private readonly text: string,
    private readonly lang: Side,
  ) {}

  /** The digits of `raw` (separators removed) appear as a run on this side. */
  hasDigits(raw: string): boolean {
    const d = digitsOf(raw);
    if (d === '') return false;
    this.digits ??= digitRuns(this.text);
    return this.digits.has(d) || this.digits.has(d.replace(/^0+(?=\d)/, ''));
  }

  /** The number appears on this side as digits, in words or as a Roman numeral. */
  hasNumber(n: number): boolean {
    this.digits ??= digitRuns(this.text);
    if (Number.isInteger(n) && n >= 0 && this.digits.has(String(n))) return true;
    this.words ??= numberWords(this.text, this.lang);
    return this.words.has(n) || (n < 0 && this.words.has(-n));
  }
}

const DIGIT_RUN_RE = /\d(?:(?:[\d.,\u00A0\u202F\u2009 ]|&(?:nbsp|thinsp|#160|#8239|#8201|#x202[fF]);)*\d)?/g;
const NON_DIGIT_RE = /\D+/g;

export function digitsOf(raw: string): string {
  return raw.replace(NON_DIGIT_RE, '');
}

function digitRuns(text: string): Set<string> {
  const out = new Set<string>();
  DIGIT_RUN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGIT_RUN_RE.exec(text)) !== null) {
    out.add(digitsOf(m[0]));
    // each part too: `9 to 5` is not read as one run, but `12, 13` is
    for (const part of m[0].split(/[^\d]+/)) {
      if (part) {
        out.add(part);
        out.add(part.replace(/^0+(?=\d)/, ''));
      }
    }
  }
  return out;
}

const EN_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, dozen: 12,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, twentieth: 20, thirtieth: 30, fiftieth: 50, hundredth: 100,
  once: 1, twice: 2, single: 1, double: 2, triple: 3, both: 2, pair: 2, couple: 2, half: 0.5,
  quarter: 0.25, noon: 12, midnight: 0, dozens: 12, hundreds: 100, thousands: 1000, millions: 1e6,
  no: 0, none: 0, all: 1, entire: 1, entirely: 1, fully: 1, whole: 1,
};
const FR_WORDS: Record<string, number> = {
  zéro: 0, zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8,
  neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20,
  vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1000,
  million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, douzaine: 12, douzaines: 12,
  premier: 1, première: 1, premiers: 1, premières: 1, second: 2, seconde: 2, deuxième: 2,
  troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9,
  dixième: 10, onzième: 11, douzième: 12, vingtième: 20, trentième: 30, centième: 100,
  double: 2, triple: 3, demi: 0.5, demie: 0.5, moitié: 0.5, quart: 0.25, midi: 12, minuit: 0,
  centaines: 100, milliers: 1000, dizaine: 10, dizaines: 10,
  aucun: 0, aucune: 0, totalité: 1, intégralité: 1, intégralement: 1, entièrement: 1, tiers: 1 / 3,
};

// Ordinals of the simple cardinals: `fifteenth`, `quinzième`, and the French approximations
// `une vingtaine` (about twenty).
for (const [w, n] of Object.entries(EN_WORDS)) {
  if (n < 4 || n > 90 || !Number.isInteger(n) || w.endsWith('s') || w === 'dozen' || w === 'noon' || w === 'pair' || w === 'couple' || w === 'triple' || w === 'double' || w === 'single') continue;
  const ord = w.endsWith('y') ? `${w.slice(0, -1)}ieth` : w === 'five' ? 'fifth' : w === 'eight' ? 'eighth' : w === 'nine' ? 'ninth' : w === 'twelve' ? 'twelfth' : `${w}th`;
  EN_WORDS[ord] ??= n;
}
for (const [w, n] of Object.entries(FR_WORDS)) {
  if (n < 4 || n > 100 || !Number.isInteger(n) || w.endsWith('s') || w.endsWith('ième') || w === 'midi' || w === 'double' || w === 'triple' || w === 'douzaine') continue;
  const stem = w === 'cinq' ? 'cinqu' : w === 'neuf' ? 'neuv' : w.endsWith('e') ? w.slice(0, -1) : w;
  FR_WORDS[`${stem}ième`] ??= n;
  if (n % 10 === 0 || n === 12 || n === 15) FR_WORDS[`${stem}aine`] ??= n;
}

// Words of the tables that name a quantity or a time, not one number: `both files` and `two
// files` are not one text with another number.
const QUANTITY_WORDS = new Set([
  'once', 'twice', 'single', 'double', 'triple', 'both', 'pair', 'couple', 'half', 'quarter', 'noon', 'midnight', 'dozen', 'dozens',
  'hundreds', 'thousands', 'millions', 'no', 'none', 'all', 'entire', 'entirely', 'fully', 'whole', 'demi', 'demie', 'moitié', 'quart',
  'midi', 'minuit', 'douzaine', 'douzaines', 'centaines', 'milliers', 'dizaine', 'dizaines', 'aucun', 'aucune', 'totalité',
  'intégralité', 'intégralement', 'entièrement', 'tiers',
]);

/**
 * The number a word names exactly, a cardinal or an ordinal (`two`, `second`, `vingt`,
 * `deuxième`), in lower case; undefined for other words and for quantities (`both`, `half`,
 * `dizaine`, `une vingtaine`).
 */
export function spelledNumber(word: string, lang: Side): number | undefined {
  const v = (lang === 'fr' ? FR_WORDS : EN_WORDS)[word];
  if (typeof v !== 'number' || QUANTITY_WORDS.has(word) || (lang === 'fr' && word.endsWith('aine'))) return undefined;
  return v;
}

/** The value of a Roman numeral in capitals (`IV`, `XXI`), 0 for anything else. */
export function romanNumeral(s: string): number {
  return /^[IVXLC]{1,7}$/.test(s) ? roman(s) : 0;
}

const WORD_RE = /[A-Za-zÀ-ÖØ-öø-ÿ]+/g;
const AND_GAP_RE = /^ (?:and|et) $/;
const ROMAN_RE = /(?<![A-Za-z])([IVXLC]{1,7})(?:e|er|re|es|ème|\^\{?e\}?|ᵉ)?(?![A-Za-z])/g;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** A run of number words: its words' values, the value of the whole, and where it stands. */
export interface NumberWordRun {
  words: number[];
  value: number;
  start: number;
  end: number;
}

/**
 * The runs of number words of a text, single words and compounds (`twenty-five`,
 * `quatre-vingt-dix`, `vingt et un`), with their places.
 */
export function numberWordRuns(text: string, lang: Side): NumberWordRun[] {
  const table = lang === 'fr' ? FR_WORDS : EN_WORDS;
  const out: NumberWordRun[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let total = 0;
  let current = 0;
  let last = -1;
  let lastEnd = -1;
  let words: number[] = [];
  let start = -1;
  let end = -1;
  const flush = (): void => {
    if (words.length) out.push({ words, value: total + current, start, end });
    total = 0;
    current = 0;
    last = -1;
    words = [];
  };
  while ((m = WORD_RE.exec(text)) !== null) {
    const w = m[0].toLowerCase();
    const v = table[w];
    // what separates the word from the previous one: `-`, ` `, `‑` or ` and `/` et ` join a compound
    const gapLength = lastEnd < 0 ? -1 : m.index - lastEnd;
    const gapCode = gapLength === 1 ? text.charCodeAt(lastEnd) : -1;
    const joined = gapCode === 45 || gapCode === 32 || gapCode === 0x2011 || ((gapLength === 5 || gapLength === 4) && AND_GAP_RE.test(text.slice(lastEnd, m.index)));
    if ((w === 'and' || w === 'et') && words.length > 0 && gapCode === 32) continue;
    if (v === undefined) {
      flush();
      lastEnd = m.index + m[0].length;
      continue;
    }
    if (!joined) flush();
    if (words.length === 0) start = m.index;
    if (v === 100) current = (current || 1) * 100;
    else if (v >= 1000) {
      total += (current || 1) * v;
      current = 0;
    } else if (v === 20 && last === 4) current += 76; // quatre-vingt
    else current += v;
    last = v;
    words.push(v);
    lastEnd = end = m.index + m[0].length;
  }
  flush();
  return out;
}

/** Values named by number words (each word, and compounds such as `twenty-five`,
 * `quatre-vingt-dix`, `vingt et un`) and by Roman numerals. */
export function numberWords(text: string, lang: Side): Set<number> {
  const out = new Set<number>();
  for (const run of numberWordRuns(text, lang)) {
    for (const v of run.words) out.add(v);
    if (run.words.length > 1) out.add(run.value);
  }
  let m: RegExpExecArray | null;
  ROMAN_RE.lastIndex = 0;
  while ((m = ROMAN_RE.exec(text)) !== null) {
    const r = roman(m[1]);
    if (r > 0) out.add(r);
  }
  return out;
}

function roman(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Dates against the calendar.

/**
 * Whether daylight time applies on a day. A date without a year counts when every year since
 * 2007 gives the same answer (9 May is always daylight time, 5 March never; 10 March depends).
 * null when unknown.
 */
export function daylightOn(date: { year?: number; month?: number; day?: number }, minutes?: number): boolean | null {
  if (date.month === undefined || date.day === undefined) return null;
  if (date.year !== undefined) return expectedZone(date, 'E', minutes)?.daylight ?? null;
  const key = date.month * 100 + date.day;
  let hit = YEARLESS.get(key);
  if (hit === undefined) {
    let all: boolean | null | undefined;
    for (let y = 2007; y <= 2040 && all !== null; y++) {
      const d = expectedZone({ year: y, month: date.month, day: date.day }, 'E')?.daylight ?? null;
      all = all === undefined ? d : all === d ? all : null;
    }
    hit = all ?? null;
    YEARLESS.set(key, hit);
  }
  return hit;
}
const YEARLESS = new Map<number, boolean | null>();

/** A date with a day and a month that exists (no 31 April). */
export function fullDate(d: DateValue): boolean {
  if (d.month === undefined || d.day === undefined) return false;
  const max = d.year === undefined ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][d.month - 1] : new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  return d.day <= max;
}

export { dayOfWeek };

// ---------------------------------------------------------------------------------------------
// Words and forms for messages and suggestions.

const MONTHS_EN = names('en-CA', { month: 'long' }, (i) => new Date(Date.UTC(2001, i, 1)), 12);
const MONTHS_FR = names('fr-CA', { month: 'long' }, (i) => new Date(Date.UTC(2001, i, 1)), 12);
// 2001-01-07 was a Sunday
const DAYS_EN = names('en-CA', { weekday: 'long' }, (i) => new Date(Date.UTC(2001, 0, 7 + i)), 7);
const DAYS_FR = names('fr-CA', { weekday: 'long' }, (i) => new Date(Date.UTC(2001, 0, 7 + i)), 7);

function names(locale: string, opts: Intl.DateTimeFormatOptions, at: (i: number) => Date, n: number): string[] {
  const f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' });
  return Array.from({ length: n }, (_, i) => f.format(at(i)));
}

/** `Tuesday` / `mardi` (0 = Sunday). */
export function weekdayName(day: number, lang: Side): string {
  return (lang === 'fr' ? DAYS_FR : DAYS_EN)[day];
}

/** `September 12, 2011` / `12 septembre 2011`, `le 1er` style for French; partial dates too. */
export function formatDate(d: { year?: number; month?: number; day?: number; weekday?: number }, lang: Side): string {
  const parts: string[] = [];
  if (lang === 'fr') {
    if (d.weekday !== undefined && d.day !== undefined) parts.push(DAYS_FR[d.weekday]);
    if (d.day !== undefined) parts.push(d.day === 1 ? '1er' : String(d.day));
    if (d.month !== undefined) parts.push(MONTHS_FR[d.month - 1]);
    if (d.year !== undefined) parts.push(String(d.year));
    return parts.join(' ');
  }
  let s = '';
  if (d.weekday !== undefined && d.day !== undefined) s += `${DAYS_EN[d.weekday]}, `;
  if (d.month !== undefined) s += MONTHS_EN[d.month - 1];
  if (d.day !== undefined) s += `${s && !s.endsWith(' ') ? ' ' : ''}${d.day}`;
  if (d.year !== undefined) s += d.day !== undefined ? `, ${d.year}` : `${s ? ' ' : ''}${d.year}`;
  return s;
}

/** `13:45`, `9:05`; a 12-hour time without am/pm reads both ways: `1:45 or 13:45`. */
export function clock(t: TimeValue): string {
  const one = hhmm(t.minutes);
  if (!t.ambiguous) return one;
  return `${one} or ${hhmm((t.minutes + 720) % 1440)}`;
}

export function hhmm(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

/** Both readings of a time: itself, and 12 hours later when am/pm is missing. */
export function timeMatches(a: TimeValue, b: TimeValue, tolerateMissingMeridiem: boolean): boolean {
  if (a.minutes === b.minutes) return true;
  if (!tolerateMissingMeridiem) return false;
  const a2 = a.ambiguous ? (a.minutes + 720) % 1440 : -1;
  const b2 = b.ambiguous ? (b.minutes + 720) % 1440 : -2;
  return a2 === b.minutes || b2 === a.minutes || a2 === b2;
}

const NUM_FMT: Record<Side, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-CA', { maximumFractionDigits: 10 }),
  fr: new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 10 }),
};

/** `4,250,000` / `4 250 000` (no-break spaces, as Intl writes them in fr-CA). */
export function formatNumber(n: number, lang: Side): string {
  return NUM_FMT[lang].format(n);
}

/** `$2,500,000` / `2 500 000 $`; other currencies by their code (`US$25` / `25 $ US`). */
export function formatMoney(amount: number, currency: string, lang: Side): string {
  // Cents are written with two digits: 11,50 $, not 11,5 $.
  const n = formatNumber(amount, lang).replace(/([.,]\d)$/, '$10');
  if (lang === 'fr') {
    if (currency === 'CAD') return `${n}\u00A0$`;
    if (currency === 'USD') return `${n}\u00A0$\u00A0US`;
    if (currency === 'EUR') return `${n}\u00A0€`;
    return `${n}\u00A0${currency}`;
  }
  if (currency === 'CAD') return `$${n}`;
  if (currency === 'USD') return `US$${n}`;
  if (currency === 'EUR') return `€${n}`;
  return `${currency} ${n}`;
}

/** A value's own words in a message: the number as read, with the kind when it matters. */
export function describeValue(v: Value, lang: Side): string {
  switch (v.kind) {
    case 'number':
      return formatNumber(v.value, 'en');
    case 'money':
      return `${formatNumber(v.amount, 'en')} ${v.currency}`;
    case 'percent':
      return `${formatNumber(v.value, 'en')}%`;
    case 'phone':
      return v.digits;
    case 'code':
      return v.code;
    case 'time':
      return clock(v);
    case 'date':
      return formatDate(v, 'en');
    default:
      return lang === 'fr' ? v.raw : v.raw;
  }
}

/** The range of a value on one side, as `report` takes it: `{ en: { from, to } }`. */
export function at(side: Side, v: { start: number; end: number }): { en?: { from: number; to: number }; fr?: { from: number; to: number } } {
  return side === 'en' ? { en: { from: v.start, to: v.end } } : { fr: { from: v.start, to: v.end } };
}

/** A severity option (`missing: warning`), or 'off'. */
export function severityOption(v: unknown, dflt: Severity | 'off'): Severity | 'off' {
  return v === 'error' || v === 'warning' || v === 'info' || v === 'off' ? v : dflt;
}

/** E-mail addresses and web addresses (`impots@aines-moncton.example.ca`, `example.ca/impots`). */
const ADDRESSES = /[^\s@|]+@[^\s|]+|(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/[^\s|]*)?/g;

/** Whether a text has words besides its e-mail and web addresses, whose words say no language. */
function wordsBesideAddresses(text: string): boolean {
  return /\p{L}{2,}/u.test(text.replace(ADDRESSES, ' '));
}

/**
 * Reports held back until `flush`, which lets them through only when the French side is a
 * translation: a copy of the English, or English left on the French side, is `untranslated`'s
 * business, and its numbers read the English way. Judging the language costs more than the
 * comparisons, so it is done only for pairs with something to report. A line of values and
 * addresses only (a signature's `506-555-0138 | impots@…`) is no English left, whatever its
 * addresses' words.
 */
export function holdReports(ctx: CheckContext): { ctx: CheckContext; flush(): void } {
  const held: ReportInput[] = [];
  const report = (r: ReportInput): void => {
    held.push(r);
  };
  return {
    ctx: { pair: ctx.pair, pairs: ctx.pairs, index: ctx.index, values: ctx.values, options: ctx.options, profile: ctx.profile, report },
    flush() {
      if (held.length === 0) return;
      const { en, fr } = ctx.pair;
      if (en && fr && (en.text === fr.text || (clearlyEnglish(segmentScore(fr)) && wordsBesideAddresses(fr.text)))) return;
      for (const r of held) ctx.report(r);
    },
  };
}
