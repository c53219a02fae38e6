// Typed values in a segment: times, time ranges, dates, weekdays, numbers, money, percentages,
// phone numbers, time zones and language-neutral codes. One parser serves the aligner (values are
// anchors: `1:30 pm` and `13 h 30` are the same minute) and the checks (they compare values, not
// strings). See FRENCH.md for the conventions on each side.
//
// How it works: a fixed sequence of passes, each one precompiled regular expression. A span taken
// by an earlier pass cannot be taken by a later one, so the order encodes precedence: things that
// yield no value (URLs, e-mail addresses, version strings) first, then codes and phone numbers
// (their digits are not quantities), dates, times, money, percentages and last bare numbers.

import { NUMBER_UNITS, ZONES, type ZoneInfo, type ZoneRegion } from './value-data.js';

export type { ZoneRegion } from './value-data.js';

interface Span {
  /** UTF-16 offset of the first character in the text. */
  start: number;
  /** UTF-16 offset after the last character (exclusive). */
  end: number;
  /** The matched text, `text.slice(start, end)`. */
  raw: string;
}

export type TimeStyle = 'en-12h' | '24h-colon' | 'fr-h';

export interface TimeValue extends Span {
  kind: 'time';
  /** Minutes since midnight, 0..1439. */
  minutes: number;
  /** am/pm (or noon/midnight, midi/minuit) was written. */
  hasMeridiem: boolean;
  /** A 12-hour form without am/pm (`1:45`): the time may be `minutes` or `minutes + 720`. */
  ambiguous: boolean;
  style: TimeStyle;
}

export interface TimeRangeValue extends Span {
  kind: 'time-range';
  from: TimeValue;
  to: TimeValue;
}

export interface DateValue extends Span {
  kind: 'date';
  year?: number;
  /** 1..12 */
  month?: number;
  day?: number;
  /** 0 = Sunday, when a weekday is written in the same expression. */
  weekday?: number;
}

export interface WeekdayValue extends Span {
  kind: 'weekday';
  /** 0 = Sunday. */
  day: number;
}

export interface NumberValue extends Span {
  kind: 'number';
  value: number;
  integer: boolean;
  /** `1st`, `2nd`, `1er`, `2e`, `18^e`. */
  ordinal?: boolean;
  /** A list enumerator at the start of a line (`1.`, `6)`): consumers usually ignore it. */
  enumerator?: boolean;
}

export interface MoneyValue extends Span {
  kind: 'money';
  amount: number;
  /** ISO 4217; 'CAD' unless stated. */
  currency: string;
}

export interface PercentValue extends Span {
  kind: 'percent';
  value: number;
}

export interface PhoneValue extends Span {
  kind: 'phone';
  /** Digits only, without the NANP country code 1. */
  digits: string;
}

export interface ZoneValue extends Span {
  kind: 'zone';
  /** The abbreviation as written, upper-cased (`EST`, `HNE`, `HAEST`); for spelled-out names the
   * abbreviation they stand for (`Eastern Standard Time` → `EST`, `heure de l'Est` → `HE`). */
  zone: string;
  region: ZoneRegion | null;
  /** null: generic (`ET`, `HE`, `Eastern time`) or unknown (`HSE`). */
  daylight: boolean | null;
  lang: 'en' | 'fr';
  /** false for forms that are not the Canadian standard ones (`HSE`, `HAEst`). */
  standard: boolean;
  /** Offset from UTC in minutes when written (`UTC−4`, `-04:00`). */
  offset?: number;
}

export interface CodeValue extends Span {
  kind: 'code';
  /** Normalised form, equal on both sides: `s. 21(1)(a)` and `art. 21(1)a)` → `21(1)(a)`. */
  code: string;
}

export type Value =
  | TimeValue
  | TimeRangeValue
  | DateValue
  | WeekdayValue
  | NumberValue
  | MoneyValue
  | PercentValue
  | PhoneValue
  | ZoneValue
  | CodeValue;

export type ValueLang = 'en' | 'fr' | 'und';

// ---------------------------------------------------------------------------------------------
// Building blocks of the patterns.

/** Letters of the Latin scripts, modifier letters (the ᵉʳ of `1ᵉʳ`) included: the patterns run
 * without the `u` flag, which makes V8's regular expressions several times slower here. */
const L = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u02B0-\\u02FF\\u1D00-\\u1DBF\\u1E00-\\u1EFF';
/** Horizontal spaces that may sit inside a value: space, no-break space, narrow and thin spaces. */
const H = '[ \\u00A0\\u202F\\u2009]';
/** A group separator: one space, or a no-break one that an editor may have doubled with a space
 * (`10&thinsp; 000`). Canadian English uses spaces too (SI style, `40 000 subscribers`), so a
 * plain space groups digits in every language: `3 100-metre races` reads as 3100. */
const G = '(?:[\\u00A0\\u202F\\u2009] ?| |&(?:nbsp|thinsp|#160|#8239|#8201|#x202[fF]);)';
/** A number ends here: no further digit, and no decimal or group separator followed by a digit. */
const NUM_END = '(?![0-9]|[.,]\\d)';

/** The shape of a number in each locale; which alternative matched decides how it is read. */
function numberPattern(lang: ValueLang): string {
  if (lang === 'en') {
    return `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:${G}\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`;
  }
  if (lang === 'fr') {
    return `\\d{1,3}(?:${G}\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?`;
  }
  return `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:${G}\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?`;
}

const MONTHS = new Map<string, { month: number; en: boolean; fr: boolean; full: boolean }>();
function addMonths(names: string[], en: boolean, fr: boolean, full: boolean): void {
  names.forEach((n, i) => {
    if (!n) return;
    for (const variant of n.split('|')) {
      const prev = MONTHS.get(variant);
      MONTHS.set(variant, {
        month: i + 1,
        en: en || (prev?.en ?? false),
        fr: fr || (prev?.fr ?? false),
        full: full || (prev?.full ?? false),
      });
    }
  });
}
addMonths(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  true,
  false,
  true,
);
addMonths(['jan', 'feb', 'mar', 'apr', '', 'jun', 'jul', 'aug', 'sep|sept', 'oct', 'nov', 'dec'], true, false, false);
addMonths(
  ['janvier', 'février|fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre'],
  false,
  true,
  true,
);
addMonths(['janv', 'févr|fevr|fév|fev', '', 'avr', '', '', 'juil', '', 'sept', 'oct', 'nov', 'déc|dec'], false, true, false);

const WEEKDAYS = new Map<string, { day: number; en: boolean; abbr: boolean }>();
function addWeekdays(names: string[], en: boolean, abbr: boolean): void {
  names.forEach((n, i) => {
    for (const variant of n.split('|')) WEEKDAYS.set(variant, { day: i, en, abbr });
  });
}
addWeekdays(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'], true, false);
addWeekdays(['sun', 'mon', 'tue|tues', 'wed', 'thu|thur|thurs', 'fri', 'sat'], true, true);
addWeekdays(['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'], false, false);
addWeekdays(['dim', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam'], false, true);

/** A month or weekday written in full, in either language, any case: `NOVEMBER`, `Mardi`. */
export function isCalendarName(word: string): boolean {
  const w = word.toLowerCase();
  return MONTHS.get(w)?.full === true || WEEKDAYS.get(w)?.abbr === false;
}

/** A weekday written in full, in either language, any case: `jeudi`, `FRIDAY`. */
export function isWeekdayName(word: string): boolean {
  return WEEKDAYS.get(word.toLowerCase())?.abbr === false;
}

/** An English month written in full, any case: `February`. */
export function isEnglishMonthName(word: string): boolean {
  const m = MONTHS.get(word.toLowerCase());
  return m !== undefined && m.en && m.full;
}

/** Longest first, so that an alternation tries `sept` before `sep`. */
function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}
const MONTH_ALT = alternation(MONTHS.keys());
const WEEKDAY_ALT = alternation(WEEKDAYS.keys());
const DAY_ORD = 'st|nd|rd|th|er|re|\\^\\{er\\}|\\^er|ᵉʳ';

// ---------------------------------------------------------------------------------------------
// Patterns, compiled once. Those that run on most lines do not start with a look-behind: V8 then
// tries every position, while a pattern that starts on a literal or a small class lets it skip
// ahead. Their boundary is checked in code (wordBefore, numberStartOk) and the scan resumes one
// character further on when it fails.

/** The inline codes of XLIFF and TMX as the readers show them: `{/1}` closing, `{2/}` standalone. */
export const INLINE_CODE_TOKEN = '\\{\\/[\\w.:-]+\\}|\\{[\\w.:-]+\\/\\}';

/** Spans with digits that carry no value: URLs, domains and paths, e-mail addresses, HTML tags,
 * version strings, hexadecimal and percent-encoded runs. */
const EXCLUDE_RE = new RegExp(
  [
    '(?:https?|ftp)://[^\\s<>"\'\\])]+',
    'www\\.[^\\s<>"\'\\])]+',
    '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+',
    '(?<![\\w.-])[\\w-]+(?:\\.[\\w-]+)*\\.(?:ca|com|org|net|int|gov|edu|io|fr|qc\\.ca)(?:/[^\\s<>"\'\\])]*)?(?![\\w.-])',
    '</?[A-Za-z][^<>\\n]*>',
    // placeholders of message formats: <0></0> (Lingui), {0} {{count}} (ICU, i18next), %1$s %04x (printf)
    '</?\\d+/?>',
    '(?<!\\^)\\{\\{?[\\w.]+\\}\\}?',
    INLINE_CODE_TOKEN,
    // (not a percent sign after a number: `36 % d’entre eux` is 36 %; the look back comes after
    // the % so that it is tried only where there is one)
    '%(?<![0-9][ \\u00a0\\u202f]?%)(?:\\d+\\$)?[-+ 0#]?\\d*(?:\\.\\d+)?[sdifuxXo](?![A-Za-z])',
    // Markdown link targets and site paths: `](/2017/08/24/picking-our-projects/)`
    '\\]\\([^()\\s]*\\)',
    '(?<![\\w/])/[\\w.%-]+/[\\w.%/-]*',
    `(?<![${L}0-9_.])(?!\\d{3}\\.\\d{3}\\.\\d{4}(?!\\d))[vV]?\\d+(?:\\.\\d+){2,}(?![0-9])`,
    `(?<![${L}0-9_.])[vV]\\d+(?:\\.\\d+)?(?![0-9])`,
    '(?:%[0-9A-F]{2}){2,}',
    // HTML entities: the 8220 of `&#8220;` is a quotation mark
    // (a no-break space written `&nbsp;` between digits groups them: `1&nbsp;000`)
    '(?<!\\d)&#?\\w{1,8};|&#?\\w{1,8};(?!\\d)|&(?!(?:nbsp|thinsp|#160|#8239|#8201|#x202[fF]);)#?\\w{1,8};',
    '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
  ].join('|'),
  'g',
);

/** Access-to-information exemptions (`s.21(1)(a)`, `art. 21(1)a)`), UN document symbols
 * (`A/65/201`), conference and file codes (`2596210#`), letter-hyphen-number names (`COVID-19`,
 * `C-11`). Group 1 holds the section prefix so the normalised code can drop it. */
const CODE_RE = new RegExp(
  [
    // exemption with a prefix: the prefix alone makes it a section reference
    `(?<![${L}0-9'’])((?:ss?|art|arts|sec|para|al)\\.${H}?)(\\d{1,3}(?:\\.\\d+)?(?:\\(\\d{1,3}(?:\\.\\d)?\\))*(?:\\(?[a-z]{1,4}\\)|\\([ivx]{1,5}\\))*)(?![${L}0-9])`,
    // without a prefix it needs at least one parenthesised subsection: 21(1)(a), 69(1)g)
    `(?<![${L}0-9(./])(\\d{1,3}\\(\\d{1,3}\\)(?:\\(?[a-z]{1,4}\\)|\\([ivx]{1,5}\\))*)(?![${L}0-9])`,
    // UN and similar document symbols: at least two slashes and a digit (checked in code)
    `(?<![${L}0-9/])([A-Z]{1,4}(?:/[A-Z0-9][A-Za-z0-9.]*){2,})(?![${L}0-9/])`,
    // a conference code, its digits maybe grouped (`2596210#`, `482 617 539#`)
    `(?<![${L}0-9])(\\d{1,3}(?:${H}\\d{3})+#|\\d{3,}#)`,
    // standards: EN 301 549, ISO 9001, ISO/IEC 27001, WCAG 2.1, CAN/CSA-B651
    `(?<![${L}0-9/])((?:EN|ISO(?:/IEC)?|IEC|CSA|CAN/CSA|NIST${H}SP|ANSI|ETSI|WCAG|RFC)${H}?-?\\d+(?:[.:]\\d+)*(?:${H}\\d{3}(?![0-9]))*)(?![${L}0-9]|[.,]\\d)`,
    // COVID-19, C-11, F-35, SARS-CoV-2, HCoV-229E: the number is part of a name
    // (not AM-11 of `10:00 AM-11:30 AM`: a meridiem and the next time)
    `(?<![${L}0-9-])(?!(?:AM|PM)-\\d{1,2}(?::\\d\\d|${H}?[AaPp]\\.?[Mm]))([A-Z][A-Za-z]{0,9}(?:-[A-Za-z]+)*-\\d+(?:\\.\\d+)?(?:[A-Z]{1,2}(?![${L}0-9]))?)(?![${L}0-9]|[.,]\\d)`,
    // a room, suite or office numbered with a letter: Room 1105A, pièce 1150A, bureau 204B
    `(?<=(?<![${L}])(?:[Rr]oom|[Ss]uite|[Uu]nit|[Oo]ffice|[Ss]alle|[Pp]ièce|[Bb]ureau|[Ll]ocal)${H})(\\d{1,5}[A-Z])(?![${L}0-9])`,
  ].join('|'),
  'g',
);

const PHONE_RE = new RegExp(
  `(?<![${L}0-9+\\-./])(?:\\+?1${H}?[-.]?${H}?)?(?:\\(\\d{3}\\)${H}?|\\d{3}(?:${H}|[-.]))\\d{3}(?:${H}|[-.])\\d{4}(?![0-9]|-\\d)`,
  'g',
);

/** Tried only at the start of each line. */
const ENUMERATOR_AT_RE = /[ \t>#*-]*(\d{1,3})[.)](?=[ \t\u00A0\r\n]|$)/y;

const ISO_RE = new RegExp(
  `(?<![${L}0-9\\-/.])(\\d{4})-(\\d{2})-(\\d{2})(?:(T|${H})(\\d{2}):(\\d{2})(?::\\d{2}(?:[.,]\\d+)?)?(?:${H}?(Z|[+\\-−]\\d{2}:?\\d{2}))?)?(?![0-9])`,
  'g',
);
const SLASH_DATE_RE = new RegExp(`(?<![${L}0-9/.])(\\d{1,4})/(\\d{1,2})/(\\d{2,4})(?![0-9/])`, 'g');

const YEAR_TAIL = `((?:,?${H}+|,)(\\d{4})(?![${L}0-9]|[.,:]\\d))?`;
/** Month first: `Monday, May 9, 2011`, `Sept. 12, 2011`; not across the gap of two columns (`octobre       9 h`). */
const DATE_MD_RE = new RegExp(
  `(?:(${WEEKDAY_ALT})(?![${L}])\\.?,?${H}+)?(${MONTH_ALT})(?![${L}])(\\.?)${H}{1,2}(\\d{1,2})(?:st|nd|rd|th)?(?![${L}0-9]|[.,:]\\d)${YEAR_TAIL}`,
  'gi',
);
/** Day first: `12 September 2011`, `le lundi 9 mai`, `1^{er} février 2011`, `the 12th of May`. */
const DATE_DM_RE = new RegExp(
  `(?:(${WEEKDAY_ALT})(?![${L}])\\.?,?${H}+)?(?:the${H}+)?(\\d{1,2})(?:${DAY_ORD})?(?:${H}+of)?${H}{1,2}(${MONTH_ALT})(?![${L}])(\\.?)${YEAR_TAIL}`,
  'gi',
);
/** Month and year, or a month name alone: `September 2011`, `en mai 2023`, `in June`. */
const DATE_M_RE = new RegExp(`(${MONTH_ALT})(?![${L}])(\\.?)${YEAR_TAIL}`, 'gi');
/** `June 12-14, 2012`: the second day after a month-first date. */
const DATE_MD_SECOND_RE = new RegExp(
  `${H}*(?:([-–—]|to|through)|and|or)${H}*(\\d{1,2})(?:st|nd|rd|th)?(?![${L}0-9]|[.,:]\\d)${YEAR_TAIL}`,
  'yi',
);
/** A day before a comma, at the end of what precedes a listed day (`24, ` before `25 et 26 décembre`). */
const DAY_BEFORE_COMMA_RE = new RegExp(`(?<![0-9])(\\d{1,2}),${H}*$`);
/** `, 25 and 26, 2026` after `December 24`: more days of the month listed with commas, and the year. */
const DATE_MD_LIST_RE = new RegExp(`(?:,${H}*\\d{1,2}(?![0-9:]))+,?${H}+(?:and|or|&)${H}+\\d{1,2}(?:st|nd|rd|th)?(?![${L}0-9]|[.,:]\\d)(?:,?${H}*((?:19|20)\\d{2})(?![0-9]))?`, 'yi');
/** What ends a second day given without a year (`January 18 or 19, check`): no word may follow it (`March 3 and 4 more`). */
const DAY_ALONE_END = new RegExp(`^${H}*(?:[,.;:!?)]|$)`);
/** `du 12 au 14 juin`, `12-14 June`: the first day before a day-first date. */
const DATE_DM_FIRST_RE = new RegExp(`(\\d{1,2})(?:${DAY_ORD})?${H}*(?:[-–—]|au|to|et|and|ou)${H}*(?:le${H}+)?$`, 'i');
/** Between two dates of a range, so the first can take the year of the second. */
const DATE_GAP_RE = new RegExp(
  `^${H}*(?:[-–—]|to|through|until|and|au|à|et|jusqu['’]au)${H}*(?:le${H}+|the${H}+)?$`,
  'i',
);

const T_EN = `(\\d{1,2})(?:[:.]([0-5]\\d))?${H}?([aApP])(?:\\.${H}?[mM]\\.?|[mM])(?![${L}])`;
const T_24 = `(\\d{1,2}):([0-5]\\d)(?::[0-5]\\d(?:[.,]\\d+)?)?(?![0-9]|[:.,]\\d)`;
const T_FR = `([01]?\\d|2[0-3])${H}?[hH](?:${H}?([0-5]\\d))?(?![${L}0-9])`;
const T_NOON = `(?:(12)${H}?)?(noon|midnight|Noon|Midnight|NOON|MIDNIGHT)(?![${L}])`;
const T_MIDI = `(?<![${L}-])(midi|minuit|Midi|Minuit|MIDI|MINUIT)(?![${L}-])`;
const TIME_SRC = `(?<![${L}0-9_:.,/])(?:${T_EN}|${T_24}|${T_FR}|${T_NOON})|${T_MIDI}`;
/** For lines with noon, midnight, midi or minuit. */
const TIME_RE = new RegExp(TIME_SRC, 'g');
/** For the others: starting on a digit lets V8 skip ahead; the boundary before is checked in code. */
const TIME_DIGITS_RE = new RegExp(`${T_EN}|${T_24}|${T_FR}`, 'g');
const TIME_AT_RE = new RegExp(TIME_SRC, 'y');
const RANGE_SEP_RE = new RegExp(
  `${H}*[-–—‑]${H}*|${H}+(?:to|à|au|until|till|through|jusqu['’]à|and|et|TO|À|AU|AND|ET)${H}+`,
  'y',
);
const BARE_BEFORE_RE = new RegExp(
  `(\\d{1,2})(?:[:.]([0-5]\\d))?(${H}*[-–—‑]${H}*|${H}+(?:to|à|au|and|et|until|till)${H}+)$`,
  '',
);
const BETWEEN_BEFORE_RE = new RegExp(`(?:between|entre)${H}+$`, 'i');
const Z_AFTER_RE = new RegExp(`${H}?Z(?![${L}0-9])`, 'y');
const BEFORE_BOUNDARY_RE = new RegExp(`[${L}0-9_:.,/]`);

function moneyPrefixPattern(): string {
  return `(?:(US|CA|C|CAN|CDN|AU)?\\$|(CAD|USD|EUR|CDN)${H}?|(€))${H}?(${numberPattern('und')})${NUM_END}(?:${H}?([Mm]illions?|[Bb]illions?|[Tt]housand|[Tt]rillions?|M|B|bn|K|k)(?![${L}]))?(?:${H}(CAD|USD|US|CDN|CA)(?![${L}]))?`;
}
function moneySuffixPattern(lang: ValueLang): string {
  return `(${numberPattern(lang)})${NUM_END}(?:${H}?(millions?|milliards?|billions?|thousand|mille|Mds?|M|G|k|K)(?![${L}]))?${H}?(?:(?:de|d['’]|of)${H}?)?(\\$|dollars?|€|euros?|CAD|USD|EUR)(?:${H}?(CAN|CA|US|É\\.-U\\.|américains|canadiens|CAD|USD))?(?![${L}])`;
}
function percentPattern(lang: ValueLang): string {
  // `40 p. 100` is the old French form; in English `5 p. 100` is more likely a page
  const p100 = lang === 'en' ? '' : `|p\\.${H}?100`;
  return `([-−]?)(${numberPattern(lang)})${NUM_END}${H}?(?:%(?![0-9A-F]{2})|(?:percent|per${H}cent|pour${H}cent${p100})(?![${L}0-9]))`;
}
const ORD = [
  'ième', 'ieme', 'ière', 'ème', 'eme', 'ers', 'res', 'ier', 'st', 'nd', 'rd', 'th', 'ST', 'ND', 'RD', 'TH',
  'er', 're', 'es', 'e', 'E', 'ER', 'RE',
  '\\^\\{(?:er|re|e|ers|res|es|ème|e)\\}', '\\^(?:er|re|es|e)', 'ᵉʳ', 'ʳᵉ', 'ᵉ',
].join('|');
function numberTokenPattern(lang: ValueLang): string {
  // the boundary before is checked in code (numberStartOk): a leading look-behind is slow
  return `([-−](?=\\d))?(${numberPattern(lang)})(?:(${ORD})(?![${L}])|${H}?(millions?|milliards?|billions?|thousand|trillions?|mille|M|(?<=\\d)[Kk])(?![${L}$€]))?${NUM_END}`;
}

interface LangPatterns {
  moneySuffix: RegExp;
  percent: RegExp;
  /** Sticky: tried where scanNumbers finds a number that is more than a run of digits. */
  number: RegExp;
}
const MONEY_PREFIX_RE = new RegExp(moneyPrefixPattern(), 'g');
const BY_LANG: Record<ValueLang, LangPatterns> = {
  en: compileLang('en'),
  fr: compileLang('fr'),
  und: compileLang('und'),
};
function compileLang(lang: ValueLang): LangPatterns {
  return {
    moneySuffix: new RegExp(moneySuffixPattern(lang), 'g'),
    percent: new RegExp(percentPattern(lang), 'g'),
    number: new RegExp(numberTokenPattern(lang), 'y'),
  };
}

const ZONE_RE = new RegExp(
  [
    `([NAECMPY][SD]T|H[NA][TAECRP]|HSE|H[NA]Est|H[NA]EST|ET|CT|MT|PT|AT|NT|HE|HC|HR|HP|HA|HT)(?![${L}0-9])`,
    `(UTC|GMT)((?:${H}?[+\\-−]${H}?\\d{1,2}(?::?\\d{2})?)?)(?![${L}0-9])`,
    `([Ee]astern|[Cc]entral|[Mm]ountain|[Pp]acific|[Aa]tlantic|[Nn]ewfoundland)(?:${H}+([Ss]tandard|[Dd]aylight(?:${H}+[Ss]aving)?|[Pp]revailing))?${H}+[Tt]ime(?![${L}])`,
    `[Hh]eure${H}+(?:(normale|avancée|d['’]été)${H}+)?(de${H}+l['’]Est|du${H}+Centre|des${H}+Rocheuses|du${H}+Pacifique|de${H}+l['’]Atlantique|de${H}+Terre-Neuve)(?![${L}])`,
  ].join('|'),
  'g',
);
const LONG_EN_REGION: Record<string, ZoneRegion> = {
  eastern: 'E', central: 'C', mountain: 'M', pacific: 'P', atlantic: 'A', newfoundland: 'N',
};
const LONG_FR_REGION: Record<string, ZoneRegion> = {
  est: 'E', centre: 'C', rocheuses: 'M', pacifique: 'P', atlantique: 'A', 'terre-neuve': 'N',
};

const WEEKDAY_RE = new RegExp(
  `(?:(${alternation([...WEEKDAYS].filter(([, w]) => !w.abbr).map(([k]) => k))})(s?)|(${alternation([...WEEKDAYS].filter(([, w]) => w.abbr).map(([k]) => k))})\\.)(?![${L}])`,
  'gi',
);

// Cheap tests that decide which passes can find anything in a line. They may say yes wrongly
// (ASCII word boundaries), never no wrongly.
const KW_MONTH = 1;
const KW_WEEKDAY = 2;
const KW_NOON = 4;
const KW_ZONE = 8;
/** The words of the keyword test, lower case, and what each one opens. A word that is a month
 * and a weekday (`mar`) counts as a month, and `mars` as a month, not `mar` + s. */
const KEYWORDS = new Map<string, number>();
for (const w of MONTHS.keys()) KEYWORDS.set(w, KW_MONTH);
for (const w of WEEKDAYS.keys()) for (const v of [w, `${w}s`]) if (!KEYWORDS.has(v)) KEYWORDS.set(v, KW_WEEKDAY);
for (const w of ['noon', 'midnight', 'midi', 'minuit']) KEYWORDS.set(w, KW_NOON);
for (const w of ['eastern', 'central', 'mountain', 'pacific', 'atlantic', 'newfoundland', 'heure']) KEYWORDS.set(w, KW_ZONE);

/** The words as a trie (`sep(?:t(?:ember|embre)?)?`…): a flat alternation of a hundred words
 * costs a test per word at every word start. */
function trieAlternation(words: Iterable<string>): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const parts = [...node.next].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, child]) => ch + emit(child));
    if (parts.length === 0) return '';
    const alt = parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
    // greedy: the longer word first, the word itself when what follows is no boundary
    return node.end ? `(?:${alt})?` : alt;
  };
  return emit(root);
}
/** One of KEYWORDS as a whole word. At any place at most one of them is a whole word, so the
 * matches are those of the plain alternation `\b(?:months|weekdays s?|…)\b`. */
const KEYWORD_RE = new RegExp(`\\b${trieAlternation(KEYWORDS.keys())}\\b`, 'gi');
/** Confirm what the hint scan only suspects (all-capital words, path-like slashes, dots before
 * a digit or a domain, a hyphen five characters before another). */
const ZONE_HINT_RE = /\b(?:[NAECMPY][SD]T|H[NA][TAECRP]|HSE|H[NA]E[Ss][Tt]|UTC|GMT)\b/;
/** A word that states the zone of a whole line (`all times PT`, `heures en HE`). */
const STATED_HINT_RE = /\b(?:[Tt]imes?|TIMES?|[Hh]eures?|HEURES?)\b/;
const PATH_HINT_RE = /\/[\w.%-]+\//;
const DOT_HINT_RE = /\.(?:\d+\.\d|(?:ca|com|org|net|int|gov|edu|io|fr)\b)/;
const UUID_HINT_RE = /-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-/;
const CODE_HINT_RE = /[a-z]\.[ \u00A0]?\d|\d\(|[A-Z]\/[A-Z0-9]|\d#|[A-Za-z]-\d|\d[A-Z]\b|\b(?:EN|ISO|IEC|CSA|NIST|ANSI|ETSI|WCAG|RFC)\b/;
const PHONE_HINT_RE = /\d{3}\)?[-. \u00A0\u202F\u2009]{1,2}\d{3}[-. \u00A0\u202F\u2009]\d{4}/;
const DIGIT_RE = /\d/;

// What one pass over the code units of a line (scanHints) finds out: which passes can find
// anything. `H_*_MAYBE` bits are necessary conditions that a hint pattern then confirms (or that
// the pass they open needs to match at all); the others are exact.
const H_DIGIT = 1 << 4;
const H_EXCLUDE = 1 << 5;
/** `$`, `€`, `CAD`, `USD`, `EUR`, `CDN` (`dollar` and `euro` are looked for afterwards). */
const H_MONEY = 1 << 6;
/** `%`, `p. 100`, `p.100` (`cent` is looked for afterwards). */
const H_PERCENT = 1 << 7;
/** A digit before `:`, or before a, p or h (one space between at most). */
const H_TIME_MAYBE = 1 << 8;
/** A digit on each side of a hyphen (ISO dates), of a slash (numeric dates). */
const H_ISO_MAYBE = 1 << 9;
const H_SLASH_MAYBE = 1 << 10;
/** Two capitals at a word start. */
const H_ZONE_MAYBE = 1 << 11;
const H_CODE_MAYBE = 1 << 12;
/** Three digits before a separator. */
const H_PHONE_MAYBE = 1 << 13;
const H_PATH_MAYBE = 1 << 14;
const H_DOT_MAYBE = 1 << 15;
const H_UUID_MAYBE = 1 << 16;

// Classes of the code units below 128 for the hint scan.
/** A word character of `\b` without the `u` flag. */
const C_WORD = 1;
/** Worth a closer look (lookHints): digits, capitals, the punctuation some pass starts on. */
const C_LOOK = 2;
const CHAR_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/\w/.test(ch)) CHAR_CLASS[c] |= C_WORD;
  if ('0123456789$%@&<{:]/.#(-'.includes(ch) || (c >= 65 && c <= 90)) CHAR_CLASS[c] |= C_LOOK;
}

function isAsciiWordCode(c: number): boolean {
  return c >= 0 && c < 128 && (CHAR_CLASS[c] & C_WORD) !== 0;
}
function isAsciiUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}
/** a, A, p, P, h, H: what follows the hour of a time (`2 pm`, `2:30pm`, `14 h`). */
function meridiemOrHCode(c: number): boolean {
  const l = c | 32;
  return l === 97 || l === 112 || l === 104;
}
/** Three code units at `i`. */
function codesAt(text: string, i: number, a: number, b: number, c: number): boolean {
  return codeAt(text, i) === a && codeAt(text, i + 1) === b && codeAt(text, i + 2) === c;
}

/**
 * One pass over `text` in place of some twenty pattern and substring tests: digits, and for each
 * later pass whether it can match. Every bit says exactly what the test it replaces said
 * (`includes('$')`, `/\d/`) or is a necessary condition for it (H_*_MAYBE), confirmed by the
 * test itself in extractValues. Most code units cost a table look-up; digits, capitals and some
 * punctuation get a closer look out of the loop. (Keywords are left to KEYWORD_RE: V8's pattern
 * engine finds word starts faster than a loop can.)
 */
function scanHints(text: string): number {
  const n = text.length;
  let hints = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((CHAR_CLASS[c] & C_LOOK) !== 0) hints |= lookHints(text, i, c);
    } else if (c === 0x20ac) {
      hints |= H_MONEY;
    }
  }
  return hints;
}

/** What a digit, a capital or a punctuation mark at `i` tells. */
function lookHints(text: string, i: number, c: number): number {
  if (c >= 48 && c <= 57) {
    let h = H_DIGIT;
    const b = codeAt(text, i - 1);
    const d = codeAt(text, i + 1);
    // a version (`v2`)
    if ((b | 32) === 118) h |= H_EXCLUDE;
    if (d === 58 || meridiemOrHCode(d) || (isSpaceCode(d) && meridiemOrHCode(codeAt(text, i + 2)))) h |= H_TIME_MAYBE;
    if ((d === 41 || d === 45 || d === 46 || isSpaceCode(d)) && isDigitCode(b) && isDigitCode(codeAt(text, i - 2))) h |= H_PHONE_MAYBE;
    return h;
  }
  if (c >= 65 && c <= 90) {
    const a = codeAt(text, i + 1);
    // a number with a letter (`Room 1105A`)
    if (isDigitCode(codeAt(text, i - 1)) && !isAsciiWordCode(a)) return H_CODE_MAYBE;
    if (!isAsciiUpperCode(a)) return 0;
    // all-capital words: zone abbreviations (`EST`, `UTC`), standards (`ISO 9001`), currencies
    let h = isAsciiWordCode(codeAt(text, i - 1)) ? 0 : H_ZONE_MAYBE | H_CODE_MAYBE;
    const b = codeAt(text, i + 2);
    if ((c === 67 && ((a === 65 && b === 68) || (a === 68 && b === 78))) || (c === 85 && a === 83 && b === 68) || (c === 69 && a === 85 && b === 82)) h |= H_MONEY;
    return h;
  }
  switch (c) {
    case 36: // $
      return H_MONEY;
    case 37: // %
      return H_EXCLUDE | H_PERCENT;
    case 64: // @
    case 38: // &
    case 60: // <
    case 123: // {
      return H_EXCLUDE;
    case 58: // ://
      return codeAt(text, i + 1) === 47 && codeAt(text, i + 2) === 47 ? H_EXCLUDE : 0;
    case 93: // ](
      return codeAt(text, i + 1) === 40 ? H_EXCLUDE : 0;
    case 47: {
      // /: paths, numeric dates, document symbols (`A/65/201`)
      let h = 0;
      const b = codeAt(text, i - 1);
      const d = codeAt(text, i + 1);
      if (isAsciiWordCode(d) || d === 46 || d === 37 || d === 45) h |= H_PATH_MAYBE;
      if (isDigitCode(b) && isDigitCode(d)) h |= H_SLASH_MAYBE;
      if (isAsciiUpperCode(b)) h |= H_CODE_MAYBE;
      return h;
    }
    case 46: {
      // .: a version or a domain, www., a section (`s.21`), p. 100
      let h = 0;
      const b = codeAt(text, i - 1);
      const d = codeAt(text, i + 1);
      if (isDigitCode(d) || d === 99 || d === 111 || d === 110 || d === 105 || d === 103 || d === 101 || d === 102) h |= H_DOT_MAYBE;
      if (b >= 97 && b <= 122 && (isDigitCode(d) || ((d === 32 || d === 0xa0) && isDigitCode(codeAt(text, i + 2))))) h |= H_CODE_MAYBE;
      if (b === 119 && codeAt(text, i - 2) === 119 && codeAt(text, i - 3) === 119) h |= H_EXCLUDE;
      if (b === 112 && (codesAt(text, i + 1, 49, 48, 48) || (d === 32 && codesAt(text, i + 2, 49, 48, 48)))) h |= H_PERCENT;
      return h;
    }
    case 45: {
      // -: ISO dates, UUIDs, names with a number (`C-11`)
      let h = 0;
      const b = codeAt(text, i - 1);
      if (isDigitCode(codeAt(text, i + 1))) {
        if (isDigitCode(b)) h |= H_ISO_MAYBE;
        else if (isAsciiLetterCode(b)) h |= H_CODE_MAYBE;
      }
      if (codeAt(text, i + 5) === 45) h |= H_UUID_MAYBE;
      return h;
    }
    case 40: // ( after a digit: `21(1)`
    case 35: // # after a digit: `2596210#`
      return isDigitCode(codeAt(text, i - 1)) ? H_CODE_MAYBE : 0;
    default:
      return 0;
  }
}

function keywordFlags(text: string): number {
  const re = KEYWORD_RE;
  re.lastIndex = 0;
  let flags = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    flags |= KEYWORDS.get(m[0].toLowerCase()) ?? 0;
    if (flags === 15) break;
  }
  return flags;
}

/** URLs, paths, tags, placeholders, versions: the exclusion pass can match. */
function needsExclusions(text: string, hints: number): boolean {
  return (
    (hints & H_EXCLUDE) !== 0 ||
    ((hints & H_PATH_MAYBE) !== 0 && PATH_HINT_RE.test(text)) ||
    ((hints & H_DOT_MAYBE) !== 0 && DOT_HINT_RE.test(text)) ||
    ((hints & H_UUID_MAYBE) !== 0 && UUID_HINT_RE.test(text))
  );
}

/** The UTF-16 code unit at `i`, -1 past either end (out of range, charCodeAt costs optimised code). */
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiLetterCode(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}
/** The horizontal spaces of H: space, no-break, narrow no-break and thin spaces. */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

// ---------------------------------------------------------------------------------------------
// Extraction.

interface Ctx {
  text: string;
  lang: ValueLang;
  out: Value[];
  /** Claimed spans, flattened: start0, end0, start1, end1… */
  claims: number[];
  /** Ends of time and time-range values, for zones that must follow a time. */
  timeEnds: number[];
  /** A time or a spelled-out zone was seen: a lone `EST` is then a zone. */
  zoneContext: boolean;
}

/**
 * Typed values of `text`, in text order, non-overlapping. `lang` resolves ambiguous number forms
 * (`2,500` is 2.5 in French, 2500 in English) and which zone words are trusted without a time.
 */
export function extractValues(text: string, lang: ValueLang): Value[] {
  if (!text) return [];
  const hints = scanHints(text);
  const hasDigit = (hints & H_DIGIT) !== 0;
  const flags = keywordFlags(text);
  const zoneHint = (hints & H_ZONE_MAYBE) !== 0 && (ZONE_HINT_RE.test(text) || STATED_HINT_RE.test(text));
  if (!hasDigit && flags === 0 && !zoneHint) return [];
  const ctx: Ctx = { text, lang, out: [], claims: [], timeEnds: [], zoneContext: false };
  // URLs and paths hide month names too (`/fr/juin/`), not only digits
  if (needsExclusions(text, hints)) scanExclusions(ctx);
  if (hasDigit) {
    if (hints & H_CODE_MAYBE && CODE_HINT_RE.test(text)) scanCodes(ctx);
    if (hints & H_PHONE_MAYBE && PHONE_HINT_RE.test(text)) scanPhones(ctx);
    if (hints & H_PHONE_MAYBE && VANITY_HINT_RE.test(text)) scanVanityPhones(ctx);
    scanEnumerators(ctx);
    if (hints & H_ISO_MAYBE) scanIsoDates(ctx);
    if (hints & H_SLASH_MAYBE) scanSlashDates(ctx);
  }
  if (flags & KW_MONTH) scanNamedDates(ctx, hasDigit);
  if (flags & KW_NOON || hints & H_TIME_MAYBE) scanTimes(ctx, (flags & KW_NOON) !== 0);
  // before numbers, which would take the 4 of `UTC−4`
  ctx.zoneContext = ctx.timeEnds.length > 0;
  if (zoneHint || flags & KW_ZONE || ctx.zoneContext) scanZones(ctx);
  if (hasDigit) {
    if (hints & H_MONEY || text.includes('dollar') || text.includes('euro')) scanMoney(ctx);
    if (hints & H_PERCENT || text.includes('cent')) scanPercent(ctx);
    scanNumbers(ctx);
  }
  if (flags & KW_WEEKDAY) scanWeekdays(ctx);
  const out = ctx.out;
  if (out.length > 1 && !inTextOrder(out)) out.sort((a, b) => a.start - b.start);
  return out;
}

function inTextOrder(out: Value[]): boolean {
  for (let i = 1; i < out.length; i++) if (out[i].start < out[i - 1].start) return false;
  return true;
}

function overlaps(ctx: Ctx, s: number, e: number): boolean {
  const c = ctx.claims;
  for (let i = 0; i < c.length; i += 2) if (s < c[i + 1] && e > c[i]) return true;
  return false;
}

function emit(ctx: Ctx, v: Value): void {
  ctx.out.push(v);
  ctx.claims.push(v.start, v.end);
}

/** A version string (`3.12.0`, `v20.11.1`): a code of its own, compared as written. */
const VERSION_RE = /^[vV]?(\d+(?:\.\d+){2,})$/;

function scanExclusions(ctx: Ctx): void {
  const re = EXCLUDE_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    // A trailing full stop ends the sentence, not the URL.
    let end = m.index + m[0].length;
    while (end > m.index + 1 && /[.,;:]/.test(ctx.text[end - 1])) end--;
    const raw = ctx.text.slice(m.index, end);
    const version = DIGIT_RE.test(raw.charAt(raw.length - 1)) ? VERSION_RE.exec(raw) : null;
    if (version) emit(ctx, { kind: 'code', start: m.index, end, raw, code: version[1] });
    else ctx.claims.push(m.index, end);
  }
}

function scanCodes(ctx: Ctx): void {
  const { text } = ctx;
  const re = CODE_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(ctx, start, end)) continue;
    let code: string;
    if (m[2] !== undefined) code = normaliseSection(m[2]);
    else if (m[3] !== undefined) code = normaliseSection(m[3]);
    else if (m[4] !== undefined) {
      if (!DIGIT_RE.test(m[4])) continue;
      code = m[4];
    } else if (m[5] !== undefined) code = m[5].replace(/[\s\u00A0\u202F\u2009]+/g, '');
    else if (m[6] !== undefined) code = m[6].replace(/[\s\u00A0\u202F\u2009]+/g, ' ');
    else if (m[8] !== undefined) code = m[8];
    else {
      const name = m[7];
      // UTC-5 is a zone, not a name
      if (/^(?:UTC|GMT)-/.test(name)) continue;
      code = name.toUpperCase();
    }
    emit(ctx, { kind: 'code', start, end, raw: m[0], code });
  }
}

/** `21(1)a)` → `21(1)(a)`, spaces dropped, letters lower-cased. */
function normaliseSection(s: string): string {
  return s.replace(/\s+/g, '').replace(/(^|\))([a-z]{1,4})\)/g, '$1($2)').toLowerCase();
}

function scanPhones(ctx: Ctx): void {
  const re = PHONE_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(ctx, start, end)) continue;
    let digits = m[0].replace(/\D/g, '');
    if (digits.length === 11 && digits[0] === '1') digits = digits.slice(1);
    emit(ctx, { kind: 'phone', start, end, raw: m[0], digits });
  }
}

/** A toll-free prefix and a capital after it: a number spelled with letters may follow. */
const VANITY_HINT_RE = /1[-. \u00A0]?8(?:00|33|44|55|66|77|88)[-. \u00A0][A-Z]/;
/** A toll-free number spelled with letters (`1-800-O-Canada`, `1 800 O-Canada`, `1-888-ESTATE5`). */
const VANITY_RE = new RegExp(`(?<![${L}0-9+\\-./])1[-. \\u00A0]?(8(?:00|33|44|55|66|77|88))[-. \\u00A0]([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![${L}0-9])`, 'g');
/** The key of a telephone keypad that carries each letter, a to z. */
const KEYPAD = '22233344455566677778889999';

/**
 * Toll-free numbers spelled with letters, as phone numbers whose digits are the keypad's
 * (`1-800-O-Canada` is 1-800-622-6232): not the number 1,800 of `1 800 O-Canada`, and the same
 * number as its digits written out.
 */
function scanVanityPhones(ctx: Ctx): void {
  const re = VANITY_RE;
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(ctx.text)) !== null; ) {
    const start = m.index;
    const end = start + m[0].length;
    const keys = m[2].replace(/-/g, '').toLowerCase();
    if (keys.length < 7 || !/[a-z]/.test(keys) || overlaps(ctx, start, end)) continue;
    // Spelled as a number is (`1-800-…`, `O-Canada`, `FLOWERS`), not a count before a noun (`1 800 Canadiens`).
    if (!/^1-8\d\d-/.test(m[0]) && !m[2].includes('-') && m[2] !== m[2].toUpperCase()) continue;
    let digits = m[1];
    for (let k = 0; k < 7; k++) {
      const c = keys.charCodeAt(k);
      digits += c >= 97 && c <= 122 ? KEYPAD[c - 97] : keys[k];
    }
    emit(ctx, { kind: 'phone', start, end, raw: m[0], digits });
  }
}

function scanEnumerators(ctx: Ctx): void {
  const { text } = ctx;
  const re = ENUMERATOR_AT_RE;
  let at = 0;
  while (at < text.length) {
    let m: RegExpExecArray | null = null;
    if (enumeratorMayStart(text, at)) {
      re.lastIndex = at;
      m = re.exec(text);
    }
    if (m) {
      const start = at + m[0].length - m[1].length - 1;
      const end = start + m[1].length;
      if (!overlaps(ctx, start, end + 1)) {
        emit(ctx, { kind: 'number', start, end, raw: m[1], value: Number(m[1]), integer: true, enumerator: true });
      }
    }
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
  }
}

/** The line at `at` starts with a digit once list marks and indentation are skipped. */
function enumeratorMayStart(text: string, at: number): boolean {
  let k = at;
  for (;;) {
    const c = codeAt(text, k);
    // space, tab, >, #, *, -
    if (c === 32 || c === 9 || c === 62 || c === 35 || c === 42 || c === 45) k++;
    else return isDigitCode(c);
  }
}

function validYmd(y: number, mo: number, d: number): boolean {
  return y >= 1000 && y <= 2999 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

function scanIsoDates(ctx: Ctx): void {
  const { text } = ctx;
  const re = ISO_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!validYmd(y, mo, d) || overlaps(ctx, start, start + m[0].length)) continue;
    emit(ctx, { kind: 'date', start, end: start + 10, raw: text.slice(start, start + 10), year: y, month: mo, day: d });
    if (m[5] === undefined) continue;
    const hh = Number(m[5]);
    const mm = Number(m[6]);
    if (hh > 23) continue;
    const tStart = start + 11;
    let tEnd = start + m[0].length;
    const zone = m[7];
    if (zone !== undefined) tEnd = text.lastIndexOf(zone, tEnd);
    while (tEnd > tStart && !isDigitCode(text.charCodeAt(tEnd - 1))) tEnd--;
    const time: TimeValue = {
      kind: 'time', start: tStart, end: tEnd, raw: text.slice(tStart, tEnd),
      minutes: hh * 60 + mm, hasMeridiem: false, ambiguous: false, style: '24h-colon',
    };
    emit(ctx, time);
    ctx.timeEnds.push(tEnd);
    if (zone !== undefined) {
      const zStart = start + m[0].length - zone.length;
      emit(ctx, offsetZone(ctx, zone, zStart, zStart + zone.length));
    }
  }
}

function offsetZone(ctx: Ctx, raw: string, start: number, end: number): ZoneValue {
  const lang = ctx.lang === 'fr' ? 'fr' : 'en';
  if (raw === 'Z') return { kind: 'zone', start, end, raw, zone: 'Z', region: 'UTC', daylight: false, lang, standard: true, offset: 0 };
  const offset = parseOffset(raw);
  return { kind: 'zone', start, end, raw, zone: raw.replace('−', '-'), region: 'UTC', daylight: null, lang, standard: true, offset };
}

/** `-0400`, `+05:30`, `−4` → minutes east of UTC. */
function parseOffset(s: string): number {
  const m = /([+\-−])\s*(\d{1,2}):?(\d{2})?/.exec(s);
  if (!m) return 0;
  const v = Number(m[2]) * 60 + (m[3] ? Number(m[3]) : 0);
  return m[1] === '+' ? v : -v;
}

function scanSlashDates(ctx: Ctx): void {
  const re = SLASH_DATE_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(ctx, start, end)) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    const c = Number(m[3]);
    let y: number;
    let mo: number;
    let d: number;
    if (m[1].length === 4) {
      [y, mo, d] = [a, b, c];
    } else if (m[3].length === 4) {
      y = c;
      // DD/MM or MM/DD: only a day above 12 (or equal parts) tells which
      if (a > 12 && b <= 12) [d, mo] = [a, b];
      else if (b > 12 && a <= 12) [mo, d] = [a, b];
      else if (a === b) [mo, d] = [a, b];
      else {
        ctx.claims.push(start, end);
        continue;
      }
    } else {
      ctx.claims.push(start, end);
      continue;
    }
    if (!validYmd(y, mo, d)) continue;
    emit(ctx, { kind: 'date', start, end, raw: m[0], year: y, month: mo, day: d });
  }
}

interface MonthHit {
  month: number;
  full: boolean;
}

/** English month names are capitalised; `may` and `mar` in lower case are words. */
function monthOf(word: string): MonthHit | null {
  const lower = word.toLowerCase();
  const info = MONTHS.get(lower);
  if (!info) return null;
  if (info.en && !info.fr && word[0] === lower[0]) return null;
  return info;
}

/** English weekday names are capitalised; `mar.` and `mer.` are left to the date patterns. */
function weekdayOf(word: string): number | null {
  const lower = word.toLowerCase();
  const info = WEEKDAYS.get(lower);
  if (!info) return null;
  if (info.en && info.abbr && word[0] === lower[0]) return null;
  return info.day;
}

function yearOf(m: RegExpExecArray, group: number): number | undefined {
  const s = m[group];
  if (s === undefined) return undefined;
  const y = Number(s);
  return y >= 1000 && y <= 2999 ? y : undefined;
}

function scanNamedDates(ctx: Ctx, hasDigit: boolean): void {
  const { text } = ctx;
  const first = ctx.out.length;
  let m: RegExpExecArray | null;
  if (hasDigit) {
    // Month first: `Monday, May 9, 2011`
    const md = DATE_MD_RE;
    md.lastIndex = 0;
    while ((m = md.exec(text)) !== null) {
      if (wordBefore(text, m.index)) {
        md.lastIndex = m.index + 1;
        continue;
      }
      const mon = monthOf(m[2]);
      const day = Number(m[4]);
      if (!mon || day < 1 || day > 31) continue;
      let start = m.index;
      let weekday: number | undefined;
      if (m[1] !== undefined) {
        const wd = weekdayOf(m[1]);
        // The end of a range of weekdays (`Monday to Friday, February 22 to April 30`) is no
        // weekday of the date after it.
        if (wd === null || WEEKDAY_RANGE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) start = m.index + m[0].indexOf(m[2], m[1].length);
        else weekday = wd;
      }
      let year = yearOf(m, 6);
      let end = m.index + m[0].length - (year === undefined && m[5] !== undefined ? m[5].length : 0);
      if (overlaps(ctx, start, end)) continue;
      // `December 24, 25 and 26, 2026`: more days of the month listed with commas, and the
      // year for all of them.
      DATE_MD_LIST_RE.lastIndex = end;
      const list = year === undefined ? DATE_MD_LIST_RE.exec(text) : null;
      if (list) {
        const listYear = list[1] !== undefined ? Number(list[1]) : undefined;
        const days: Array<[number, number]> = [];
        const digits = /\d{1,2}/g;
        const head = list[0].length - (list[1] !== undefined ? list[0].length - list[0].lastIndexOf(list[1]) : 0);
        for (let d: RegExpExecArray | null; (d = digits.exec(list[0].slice(0, head))) !== null; ) days.push([end + d.index, Number(d[0])]);
        const rising = days.every(([, n], k) => n <= 31 && n > (k === 0 ? day : days[k - 1][1]));
        const listEnd = end + list[0].length;
        if (rising && days.length >= 2 && (listYear !== undefined || DAY_ALONE_END.test(text.slice(listEnd))) && !overlaps(ctx, end, listEnd)) {
          emit(ctx, dateValue(text, start, end, listYear, mon.month, day, weekday));
          // The last day's value runs to the year, which is the dates' (no number of its own).
          days.forEach(([at, n], k) => {
            const to = k === days.length - 1 ? listEnd : at + String(n).length;
            emit(ctx, { kind: 'date', start: at, end: to, raw: text.slice(at, to), ...(listYear !== undefined ? { year: listYear } : {}), month: mon.month, day: n });
          });
          md.lastIndex = listEnd;
          continue;
        }
      }
      // `June 12-14, 2012`: a second day, and the year for both
      DATE_MD_SECOND_RE.lastIndex = end;
      const sec = year === undefined ? DATE_MD_SECOND_RE.exec(text) : null;
      let second: DateValue | null = null;
      if (sec) {
        const day2 = Number(sec[2]);
        const y2 = sec[3] !== undefined ? yearOf(sec, 4) : undefined;
        const s2 = end + sec[0].indexOf(sec[2]);
        const e2 = end + sec[0].length;
        if (day2 >= 1 && day2 <= 31 && y2 !== undefined) {
          if (!overlaps(ctx, s2, e2)) {
            year = y2;
            second = { kind: 'date', start: s2, end: e2, raw: text.slice(s2, e2), year: y2, month: mon.month, day: day2 };
          }
        } else if (y2 === undefined && day2 > day && day2 <= 31) {
          // `January 18 or 19, check`, `June 12-14 in Ottawa`: a later day of the same month,
          // after a range's dash or word, or after `and` / `or` with no word following it.
          if ((sec[1] !== undefined || DAY_ALONE_END.test(text.slice(e2))) && !overlaps(ctx, s2, e2)) {
            second = { kind: 'date', start: s2, end: e2, raw: text.slice(s2, e2), month: mon.month, day: day2 };
          }
        }
      }
      emit(ctx, dateValue(text, start, end, year, mon.month, day, weekday));
      if (second) {
        emit(ctx, second);
        end = second.end;
        md.lastIndex = end;
      }
    }
    // Day first: `le 12 septembre 2011`, `12 September 2011`
    const dm = DATE_DM_RE;
    dm.lastIndex = 0;
    while ((m = dm.exec(text)) !== null) {
      if (wordBefore(text, m.index)) {
        dm.lastIndex = m.index + 1;
        continue;
      }
      const mon = monthOf(m[3]);
      const day = Number(m[2]);
      if (!mon || day < 1 || day > 31) continue;
      let start = m.index;
      let weekday: number | undefined;
      if (m[1] !== undefined) {
        const wd = weekdayOf(m[1]);
        if (wd === null) start = m.index + m[0].indexOf(m[2], m[1].length);
        else weekday = wd;
      }
      const year = yearOf(m, 6);
      let end = m.index + m[0].length;
      if (year === undefined && m[5] !== undefined) end -= m[5].length;
      // a full month name followed by a full stop ends a sentence
      if (year === undefined && m[4] === '.' && mon.full) end -= 1;
      if (overlaps(ctx, start, end)) continue;
      emit(ctx, dateValue(text, start, end, year, mon.month, day, weekday));
      // `du 12 au 14 juin 2012`, `12-14 June 2012`: the bare first day
      if (weekday === undefined) {
        const before = text.slice(Math.max(0, start - 12), start);
        const fm = DATE_DM_FIRST_RE.exec(before);
        if (fm) {
          const s1 = start - before.length + fm.index;
          const day1 = Number(fm[1]);
          const e1 = s1 + fm[1].length;
          if (day1 >= 1 && day1 < day && (s1 === 0 || !BEFORE_BOUNDARY_RE.test(text[s1 - 1])) && !overlaps(ctx, s1, e1)) {
            let e1x = e1;
            const suffix = /^(?:er|re|st|nd|rd|th|\^\{er\}|\^er|ᵉʳ)/i.exec(text.slice(e1, e1 + 5));
            if (suffix) e1x += suffix[0].length;
            emit(ctx, dateValue(text, s1, e1x, year, mon.month, day1, undefined));
            // `les 24, 25 et 26 décembre 2026`: earlier days of a list, before commas.
            if (/(?:et|ou|and)\s*$/i.test(fm[0].replace(/\s*le\s*$/i, ''))) {
              let at = s1;
              let last = day1;
              for (let lm = DAY_BEFORE_COMMA_RE.exec(text.slice(Math.max(0, at - 6), at)); lm; lm = DAY_BEFORE_COMMA_RE.exec(text.slice(Math.max(0, at - 6), at))) {
                const from = at - (Math.min(6, at) - lm.index);
                const n = Number(lm[1]);
                if (n < 1 || n >= last || (from > 0 && BEFORE_BOUNDARY_RE.test(text[from - 1])) || overlaps(ctx, from, from + lm[1].length)) break;
                emit(ctx, dateValue(text, from, from + lm[1].length, year, mon.month, n, undefined));
                at = from;
                last = n;
              }
            }
          }
        }
      }
    }
  }
  // Month and year, or a month alone
  const mo = DATE_M_RE;
  mo.lastIndex = 0;
  while ((m = mo.exec(text)) !== null) {
    if (wordBefore(text, m.index)) {
      mo.lastIndex = m.index + 1;
      continue;
    }
    const mon = monthOf(m[1]);
    if (!mon) continue;
    const start = m.index;
    let year = yearOf(m, 4);
    if (year !== undefined && mon.full && m[2] === '.') year = undefined;
    if (year === undefined) {
      if (!mon.full) continue;
      const lower = m[1].toLowerCase();
      // May the verb; Mars the planet
      if (lower === 'may' || (lower === 'mars' && m[1][0] === 'M' && m[1] !== 'MARS')) continue;
    }
    let end = start + m[1].length;
    if (year !== undefined) end = start + m[0].length;
    if (overlaps(ctx, start, end)) continue;
    emit(ctx, dateValue(text, start, end, year, mon.month, undefined, undefined));
  }
  inheritYears(ctx, first);
}

function dateValue(
  text: string,
  start: number,
  end: number,
  year: number | undefined,
  month: number,
  day: number | undefined,
  weekday: number | undefined,
): DateValue {
  const v: DateValue = { kind: 'date', start, end, raw: text.slice(start, end), month };
  if (year !== undefined) v.year = year;
  if (day !== undefined) v.day = day;
  if (weekday !== undefined) v.weekday = weekday;
  return v;
}

/** `du 28 mars au 8 avril 2022`: the first date of a range takes the year of the second. */
function inheritYears(ctx: Ctx, first: number): void {
  const n = ctx.out.length - first;
  if (n < 2) return;
  const dates = ctx.out.slice(first).filter((v): v is DateValue => v.kind === 'date');
  dates.sort((a, b) => a.start - b.start);
  for (let i = dates.length - 2; i >= 0; i--) {
    const a = dates[i];
    const b = dates[i + 1];
    if (a.year !== undefined || b.year === undefined || a.month === undefined) continue;
    if (DATE_GAP_RE.test(ctx.text.slice(a.end, b.start))) a.year = b.year;
  }
}

// ---------------------------------------------------------------------------------------------
// Times.

function timeFromMatch(m: RegExpExecArray, start: number): TimeValue | null {
  const raw = m[0];
  const end = start + raw.length;
  let minutes: number;
  let hasMeridiem = false;
  let ambiguous = false;
  let style: TimeStyle;
  if (m[1] !== undefined) {
    const h = Number(m[1]);
    const min = m[2] !== undefined ? Number(m[2]) : 0;
    if (h > 23) return null;
    style = 'en-12h';
    hasMeridiem = true;
    if (h === 0 || h > 12) minutes = h * 60 + min; // `13:00 pm`: the hour says it all
    else minutes = (h % 12) * 60 + min + (m[3] === 'p' || m[3] === 'P' ? 720 : 0);
  } else if (m[4] !== undefined) {
    const h = Number(m[4]);
    if (h > 23) return null;
    minutes = h * 60 + Number(m[5]);
    style = '24h-colon';
    // `1:45` could be 13:45; `01:45`, `12:30` and `13:45` could not
    ambiguous = h >= 1 && h <= 11 && m[4].length === 1;
  } else if (m[6] !== undefined) {
    minutes = Number(m[6]) * 60 + (m[7] !== undefined ? Number(m[7]) : 0);
    style = 'fr-h';
  } else if (m[9] !== undefined) {
    minutes = m[9].toLowerCase() === 'noon' ? 720 : 0;
    hasMeridiem = true;
    style = 'en-12h';
  } else if (m[10] !== undefined) {
    minutes = m[10].toLowerCase() === 'midi' ? 720 : 0;
    hasMeridiem = true;
    style = 'fr-h';
  } else {
    return null;
  }
  return { kind: 'time', start, end, raw, minutes, hasMeridiem, ambiguous, style };
}

/** An am/pm written on one end of a range applies to the other when that keeps it forward. */
function resolveRange(from: TimeValue, to: TimeValue, fromIsTwelveHour: boolean): void {
  if (!from.hasMeridiem && fromIsTwelveHour && to.hasMeridiem && to.style === 'en-12h' && from.minutes < 780) {
    const base = from.minutes % 720;
    const candidate = base + (to.minutes >= 720 ? 720 : 0);
    from.minutes = candidate <= to.minutes ? candidate : base;
    from.ambiguous = false;
  } else if (from.hasMeridiem && from.style === 'en-12h' && to.ambiguous) {
    if (to.minutes < from.minutes && to.minutes + 720 < 1440) to.minutes += 720;
    to.ambiguous = false;
  }
}

function scanTimes(ctx: Ctx, words: boolean): void {
  const { text } = ctx;
  const re = words ? TIME_RE : TIME_DIGITS_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    if (!words && start > 0 && BEFORE_BOUNDARY_RE.test(text[start - 1])) {
      re.lastIndex = start + 1;
      continue;
    }
    if (overlaps(ctx, start, start + m[0].length)) continue;
    const from = timeFromMatch(m, start);
    if (!from) continue;
    const range = extendRange(ctx, from);
    if (range) {
      emit(ctx, range);
      ctx.timeEnds.push(range.end);
      re.lastIndex = range.end;
      continue;
    }
    const bare = bareRangeStart(ctx, from);
    if (bare) {
      emit(ctx, bare);
      ctx.timeEnds.push(bare.end);
      continue;
    }
    emit(ctx, from);
    ctx.timeEnds.push(from.end);
    if (from.style === '24h-colon') {
      Z_AFTER_RE.lastIndex = from.end;
      const z = Z_AFTER_RE.exec(text);
      if (z) emit(ctx, offsetZone(ctx, 'Z', from.end + z[0].length - 1, from.end + z[0].length));
    }
  }
}

/** `2:00 pm-4:00pm`, `13 h 30 à 15 h 30`, `between 1:45 and 2:15`. */
function extendRange(ctx: Ctx, from: TimeValue): TimeRangeValue | null {
  const { text } = ctx;
  RANGE_SEP_RE.lastIndex = from.end;
  const sep = RANGE_SEP_RE.exec(text);
  if (!sep) return null;
  const word = sep[0].trim().toLowerCase();
  if ((word === 'and' || word === 'et') && !BETWEEN_BEFORE_RE.test(text.slice(Math.max(0, from.start - 10), from.start))) {
    return null;
  }
  TIME_AT_RE.lastIndex = from.end + sep[0].length;
  const tm = TIME_AT_RE.exec(text);
  if (!tm) return null;
  const to = timeFromMatch(tm, tm.index);
  if (!to || overlaps(ctx, to.start, to.end)) return null;
  resolveRange(from, to, from.ambiguous);
  return { kind: 'time-range', start: from.start, end: to.end, raw: text.slice(from.start, to.end), from, to };
}

/** `1-3pm`, `de 13 à 15 h`: a bare hour before a time that carries the marker. */
function bareRangeStart(ctx: Ctx, to: TimeValue): TimeRangeValue | null {
  if (!(to.style === 'fr-h' || (to.style === 'en-12h' && to.hasMeridiem && /\d/.test(to.raw)))) return null;
  const { text } = ctx;
  const base = Math.max(0, to.start - 16);
  const before = text.slice(base, to.start);
  const bm = BARE_BEFORE_RE.exec(before);
  if (!bm) return null;
  const s = base + bm.index;
  if (s > 0 && BEFORE_BOUNDARY_RE.test(text[s - 1])) return null;
  const word = bm[3].trim().toLowerCase();
  if ((word === 'and' || word === 'et') && !BETWEEN_BEFORE_RE.test(text.slice(Math.max(0, s - 10), s))) return null;
  const e = s + bm[0].length - bm[3].length;
  if (overlaps(ctx, s, e)) return null;
  const h = Number(bm[1]);
  const min = bm[2] !== undefined ? Number(bm[2]) : 0;
  if (h > (to.style === 'fr-h' ? 23 : 12)) return null;
  const from: TimeValue = {
    kind: 'time', start: s, end: e, raw: text.slice(s, e), minutes: h * 60 + min,
    hasMeridiem: false, ambiguous: to.style === 'en-12h' && h >= 1 && h <= 11, style: to.style,
  };
  resolveRange(from, to, to.style === 'en-12h');
  return { kind: 'time-range', start: s, end: to.end, raw: text.slice(s, to.end), from, to };
}

// ---------------------------------------------------------------------------------------------
// Numbers, money, percentages.

const SPACE_RE = /[ \u00A0\u202F\u2009]|&(?:nbsp|thinsp|#160|#8239|#8201|#x202[fF]);/g;

/**
 * Reads a number written in either locale. `lang` settles `2,500` (2.5 in French, 2500
 * otherwise); spaces are always group separators; with both `,` and `.` the last one is decimal.
 */
export function parseNumber(s: string, lang: ValueLang): number {
  const hadSpace = SPACE_RE.test(s);
  SPACE_RE.lastIndex = 0;
  let t = hadSpace ? s.replace(SPACE_RE, '') : s;
  const comma = t.lastIndexOf(',');
  const dot = t.lastIndexOf('.');
  if (comma < 0) {
    if (dot >= 0 && t.indexOf('.') !== dot) t = t.replace(/\./g, '');
    return Number(t);
  }
  if (dot > comma) return Number(t.replace(/,/g, ''));
  if (dot >= 0) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (t.indexOf(',') !== comma) return Number(t.replace(/,/g, ''));
  const decimals = t.length - comma - 1;
  if (decimals === 3 && !hadSpace && lang !== 'fr') return Number(t.replace(',', ''));
  return Number(t.replace(',', '.'));
}

/** What a scale word multiplies by (`million` 10⁶, `milliards` 10⁹, the French `billion` 10¹²); 1 for none. */
export function scaleOf(word: string | undefined, lang: ValueLang): number {
  if (word === undefined) return 1;
  const w = word.toLowerCase();
  if (w.startsWith('thousand') || w === 'mille' || w === 'k') return 1e3;
  if (w.startsWith('million') || word === 'M' || w === 'm') return 1e6;
  if (w.startsWith('milliard') || w === 'md' || w === 'mds' || word === 'G' || w === 'b' || w === 'bn') return 1e9;
  // the French billion is a thousand times the English one
  if (w.startsWith('billion')) return lang === 'fr' ? 1e12 : 1e9;
  if (w.startsWith('trillion')) return 1e12;
  return 1;
}

function scaled(n: number, scale: number): number {
  return scale === 1 ? n : Number((n * scale).toPrecision(15));
}

function currencyOf(...marks: (string | undefined)[]): string {
  for (const raw of marks) {
    if (raw === undefined) continue;
    const m = raw.toLowerCase();
    if (m === 'us' || m === 'usd' || m === 'é.-u.' || m === 'américains') return 'USD';
    if (m === 'eur' || m === '€' || m.startsWith('euro')) return 'EUR';
    if (m === 'au') return 'AUD';
  }
  return 'CAD';
}

function scanMoney(ctx: Ctx): void {
  const { text, lang } = ctx;
  let m: RegExpExecArray | null;
  const pre = MONEY_PREFIX_RE;
  pre.lastIndex = 0;
  while ((m = pre.exec(text)) !== null) {
    if (wordBefore(text, m.index)) {
      pre.lastIndex = m.index + 1;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(ctx, start, end)) continue;
    const amount = scaled(parseNumber(m[4], 'und'), scaleOf(m[5], 'en'));
    emit(ctx, { kind: 'money', start, end, raw: m[0], amount, currency: currencyOf(m[1], m[2], m[3], m[6]) });
  }
  const suf = BY_LANG[lang].moneySuffix;
  suf.lastIndex = 0;
  while ((m = suf.exec(text)) !== null) {
    if (wordOrSeparatorBefore(text, m.index)) {
      suf.lastIndex = m.index + 1;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(ctx, start, end)) continue;
    // `000 $` is the tail of a number split by a stray space, not an amount
    if (m[1].length > 1 && m[1][0] === '0' && m[1][1] >= '0' && m[1][1] <= '9') continue;
    const amount = scaled(parseNumber(m[1], lang), scaleOf(m[2], lang));
    emit(ctx, { kind: 'money', start, end, raw: m[0], amount, currency: currencyOf(m[3], m[4]) });
  }
}

function scanPercent(ctx: Ctx): void {
  const { text, lang } = ctx;
  const re = BY_LANG[lang].percent;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (wordOrSeparatorBefore(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    let start = m.index;
    const end = start + m[0].length;
    let sign = 1;
    if (m[1]) {
      if (negativeSignAt(text, start)) sign = -1;
      else start += 1;
    }
    if (overlaps(ctx, start, end)) continue;
    emit(ctx, { kind: 'percent', start, end, raw: text.slice(start, end), value: sign * parseNumber(m[2], lang) });
  }
}

/** A hyphen is a minus sign only where it cannot be a dash: `-2.5%`, `(-3)` but not `10-12`,
 * `10 - 12` or `abc-5`. */
function negativeSignAt(text: string, i: number): boolean {
  if (text[i] === '−') return true;
  if (i > 0 && !/[\s([]/.test(text[i - 1])) return false;
  let j = i - 1;
  while (j >= 0 && /\s/.test(text[j])) j--;
  return j < 0 || !/[0-9\-–—]/.test(text[j]);
}

const NEXT_DIGIT_RE = /\d/g;

// Most numbers are a bare run of digits: scanNumbers reads those itself, and asks the number
// pattern only where something follows that could extend them (decimals, groups, an ordinal, a
// scale word, a sign before).
function scanNumbers(ctx: Ctx): void {
  const { text, lang } = ctx;
  const re = BY_LANG[lang].number;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // where the pattern can start: a digit, or a minus sign before one
    if (!isDigitCode(text.charCodeAt(i))) {
      NEXT_DIGIT_RE.lastIndex = i;
      if (!NEXT_DIGIT_RE.test(text)) break;
      const d = NEXT_DIGIT_RE.lastIndex - 1;
      const before = codeAt(text, d - 1);
      i = d - 1 >= i && (before === 45 || before === 0x2212) ? d - 1 : d;
    }
    const digit = isDigitCode(text.charCodeAt(i));
    if (!numberStartOk(text, i)) {
      i++;
      continue;
    }
    if (digit) {
      let j = i + 1;
      while (j < n && isDigitCode(codeAt(text, j))) j++;
      if (digitsEndToken(text, j)) {
        const start = i;
        i = j;
        if (overlaps(ctx, start, j)) continue;
        const digits = text.slice(start, j);
        if (j - start > 1 && allZeros(text, start, j)) continue;
        const value = Number(digits);
        emit(ctx, { kind: 'number', start, end: j, raw: digits, value, integer: Number.isInteger(value) });
        continue;
      }
    }
    re.lastIndex = i;
    const m = re.exec(text);
    if (m === null) {
      i++;
      continue;
    }
    let start = i;
    const end = start + m[0].length;
    i = end;
    const digits = m[2];
    const ord = m[3];
    let sign = 1;
    if (m[1]) {
      if (negativeSignAt(text, start)) sign = -1;
      else start += 1;
    }
    if (overlaps(ctx, start, end)) continue;
    if (ord === undefined && end < text.length && isWordChar(text, end)) {
      // `10km` is a number with a unit; `1990s`, `4G`, `3D` are names
      if (!NUMBER_UNITS.has(letterRun(text, end))) continue;
    }
    if (ord !== undefined) {
      if (!/^\d+$/.test(digits)) continue;
      const value = Number(digits);
      emit(ctx, { kind: 'number', start, end, raw: text.slice(start, end), value, integer: true, ordinal: true });
      continue;
    }
    // `000` is the tail of a number split by a stray space
    if (digits.length > 1 && /^0+$/.test(digits)) continue;
    const scale = scaleOf(m[4], lang);
    let value = sign * scaled(parseNumber(digits, lang), scale);
    // `2 millions et demi` is 2.5 million.
    let to = end;
    if (m[4] !== undefined && scale > 1) {
      const half = AND_A_HALF_RE.exec(text.slice(end, end + 12));
      if (half) {
        value += (sign * scale) / 2;
        to = end + half[0].length;
      }
    }
    emit(ctx, { kind: 'number', start, end: to, raw: text.slice(start, to), value, integer: Number.isInteger(value) });
  }
}

/** What follows a French scale word to add half of it: `2 millions et demi`. */
const AND_A_HALF_RE = /^\s+et\s+demie?(?![\p{L}])/u;

/**
 * Whether a run of digits ending at `j` is a whole number token: nothing after it that the
 * pattern could take (a decimal or group separator before a digit, a group space before a digit,
 * a scale word after a space, a letter, `^`, `&nbsp;`), and nothing that ends it badly.
 */
function digitsEndToken(text: string, j: number): boolean {
  if (j >= text.length) return true;
  const c = codeAt(text, j);
  if (c === 46 || c === 44) return !isDigitCode(codeAt(text, j + 1));
  if (isSpaceCode(c)) {
    const d = codeAt(text, j + 1);
    // a digit or space (groups), m, b, t, M (millions, billions, thousand, trillions, mille, M)
    return !(isDigitCode(d) || d === 32 || d === 109 || d === 98 || d === 116 || d === 77);
  }
  if (c >= 128) return false;
  return !isAsciiLetterCode(c) && c !== 95 && c !== 94 && c !== 38;
}

function allZeros(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (codeAt(text, k) !== 48) return false;
  return true;
}

const LETTER_RE = new RegExp(`[${L}]`);

/** A letter, digit or underscore (the classes the patterns use), by code unit. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return LETTER_RE.test(text[i]);
}

/** A letter or digit just before `i`. */
function wordBefore(text: string, i: number): boolean {
  return i > 0 && isWordChar(text, i - 1);
}

/** A letter, digit, `.` or `,` just before `i`: `i` is inside a number or a word. */
function wordOrSeparatorBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  return c === 46 || c === 44 || isWordChar(text, i - 1);
}

/** Not inside a word or a number: not after a letter or digit, nor after `2.`, `2,` or `P.`. */
function numberStartOk(text: string, i: number): boolean {
  if (i === 0) return true;
  if (isWordChar(text, i - 1)) return false;
  const c = text.charCodeAt(i - 1);
  // `2.5` seen from the 5, `ITSP.40.062` from the 40
  return !((c === 46 || c === 44) && i >= 2 && isWordChar(text, i - 2));
}
const LETTER_RUN_RE = new RegExp(`[${L}]+`, 'y');
function letterRun(text: string, i: number): string {
  LETTER_RUN_RE.lastIndex = i;
  const m = LETTER_RUN_RE.exec(text);
  return m ? m[0] : '';
}

// ---------------------------------------------------------------------------------------------
// Zones and weekdays.

/** A time (or range) ends just before `i`, with at most a space, comma or parenthesis between. */
function followsTime(ctx: Ctx, i: number): boolean {
  const { text } = ctx;
  let j = i;
  const stop = Math.max(0, i - 3);
  while (j > stop && /[\s(,[]/.test(text[j - 1])) j--;
  return ctx.timeEnds.includes(j);
}

/** The neighbouring word is in capitals: `LA RÉUNION EST ANNULÉE` is French, not a zone. */
function inCapitals(text: string, start: number, end: number): boolean {
  return capsWordAt(text, start, -1) || capsWordAt(text, end, 1);
}
function capsWordAt(text: string, i: number, dir: 1 | -1): boolean {
  let j = dir < 0 ? i - 1 : i;
  while (j >= 0 && j < text.length && (text[j] === ' ' || text[j] === '\u00A0')) j += dir;
  let letters = 0;
  while (j >= 0 && j < text.length && LETTER_RE.test(text[j])) {
    if (text[j] === text[j].toLowerCase()) return false;
    letters++;
    j += dir;
  }
  return letters >= 2;
}

function scanZones(ctx: Ctx): void {
  const { text, lang } = ctx;
  const re = ZONE_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (wordBefore(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(ctx, start, end)) continue;
    let v: ZoneValue | null = null;
    if (m[1] !== undefined) {
      const abbr = m[1].toUpperCase();
      const info = ZONES[abbr];
      if (!info || !zoneAllowed(ctx, info, abbr, start, end)) continue;
      v = zoneValue(start, end, m[0], abbr, info);
    } else if (m[2] !== undefined) {
      const zl = lang === 'fr' ? 'fr' : 'en';
      v = { kind: 'zone', start, end, raw: m[0], zone: m[2], region: 'UTC', daylight: m[3] ? null : false, lang: zl, standard: true };
      if (m[3]) v.offset = parseOffset(m[3]);
    } else if (m[4] !== undefined) {
      const region = LONG_EN_REGION[m[4].toLowerCase()];
      const kind = m[5]?.toLowerCase();
      const daylight = kind === undefined || kind === 'prevailing' ? null : !kind.startsWith('standard');
      const abbr = region + (daylight === null ? 'T' : daylight ? 'DT' : 'ST');
      v = zoneValue(start, end, m[0], abbr, ZONES[abbr] ?? { region, daylight, lang: 'en', standard: true });
    } else if (m[7] !== undefined) {
      const place = m[7].split(/\s+/).pop() ?? '';
      const region = LONG_FR_REGION[place.replace(/^l['’]/, '').toLowerCase()];
      const kind = m[6]?.toLowerCase();
      const daylight = kind === undefined ? null : kind !== 'normale';
      const abbr = zoneAbbr(region, daylight, 'fr') ?? '';
      const standard = kind === undefined || kind === 'normale' || kind === 'avancée';
      const info = ZONES[abbr] ?? { region, daylight, lang: 'fr', standard };
      v = zoneValue(start, end, m[0], abbr, { ...info, standard });
    }
    if (v) {
      emit(ctx, v);
      if (m[1] === undefined) ctx.zoneContext = true;
    }
  }
  scanStatedRegions(ctx);
}

/** `All times are Eastern.`, `ALL TIMES PACIFIC`: a region named for a line's times, without `time`. */
const STATED_REGION_RE = new RegExp(
  `(?:[Tt]imes?|TIMES?)${H}+(?:(?:are|ARE)${H}+)?(?:(?:in|IN)${H}+)?(Eastern|Central|Mountain|Pacific|Atlantic|Newfoundland|EASTERN|CENTRAL|MOUNTAIN|PACIFIC|ATLANTIC|NEWFOUNDLAND)(?![${L}])`,
  'g',
);

function scanStatedRegions(ctx: Ctx): void {
  const { text } = ctx;
  const re = STATED_REGION_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const start = end - m[1].length;
    if (wordBefore(text, m.index) || !STATED_AFTER_RE.test(text.slice(end, end + 3)) || overlaps(ctx, start, end)) continue;
    const abbr = `${LONG_EN_REGION[m[1].toLowerCase()]}T`;
    emit(ctx, zoneValue(start, end, m[1], abbr, ZONES[abbr]));
  }
}

function zoneAllowed(ctx: Ctx, info: ZoneInfo, abbr: string, start: number, end: number): boolean {
  const { text, lang } = ctx;
  const afterTime = followsTime(ctx, start);
  if (abbr.length === 2) {
    // ET, HE, PT… are words or initials elsewhere; after a time they are zones, unless a second
    // time follows (`14 H ET 16 H` is a range in capitals)
    return (afterTime && !/^\s*\d/.test(text.slice(end, end + 3))) || statedZone(text, start, end) || afterSpelledZone(ctx, start);
  }
  if (afterTime || statedZone(text, start, end)) return true;
  if (!info.standard) return lang === 'fr';
  if (inCapitals(text, start, end) || joinedToWord(text, start, end)) return false;
  // EST is French for "is", CST a French acronym, PST the provincial sales tax: alone, an English
  // abbreviation counts only in English text that also has a time or a spelled-out zone
  if (info.lang === 'en') return lang !== 'fr' && ctx.zoneContext;
  return true;
}

/** A weekday and `to` or `through` right before another weekday: the first end of a range of weekdays. */
const WEEKDAY_RANGE_BEFORE = /(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:to|through|thru|-|–)\s*$/i;

// A zone stated for a whole line or section, with no time before it: `(all times EDT)`, `ALL
// TIMES ARE PT`, `Times shown are EDT`, `toutes les heures sont en HNE`, `les heures indiquées sont
// en HNE`, `(HEURES EN HAP)`. French needs its `en` (or a
// colon): `L'HEURE EST` is a verb. The zone ends its clause, so `TIMES ET DATES` is not one.
const STATED_EN_BEFORE_RE = /(?:^|[^\p{L}])times?(?:\s+(?:are|is|shown|listed|given|indicated)){0,2}(?:\s+in)?\s*:?\s*\(?$/iu;
const STATED_FR_BEFORE_RE = /(?:^|[^\p{L}])heures?(?:\s+(?:sont|indiquées|données|affichées)){0,2}(?:\s+en\s*|\s*:\s*)\(?$/iu;
const STATED_AFTER_RE = /^\s*(?:$|[)\],;.]|[–—-]\s)/;

function statedZone(text: string, start: number, end: number): boolean {
  if (!STATED_AFTER_RE.test(text.slice(end, end + 3))) return false;
  const before = text.slice(Math.max(0, start - 32), start);
  return STATED_EN_BEFORE_RE.test(before) || STATED_FR_BEFORE_RE.test(before);
}

/** In parentheses right after a zone spelled out (`heure du Pacifique (HE)`, `Pacific Time (PT)`): its abbreviation. */
function afterSpelledZone(ctx: Ctx, start: number): boolean {
  for (let k = ctx.out.length - 1; k >= 0; k--) {
    const v = ctx.out[k];
    if (v.kind !== 'zone' || v.end > start) continue;
    return v.raw.length > 4 && /^\s*\(\s*$/.test(ctx.text.slice(v.end, start));
  }
  return false;
}

/** `GST/PST`, `GST+PST`: an acronym among acronyms. */
function joinedToWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return before === '/' || before === '+' || before === '&' || after === '/' || after === '+' || after === '&';
}

function zoneValue(start: number, end: number, raw: string, zone: string, info: ZoneInfo): ZoneValue {
  return { kind: 'zone', start, end, raw, zone, region: info.region, daylight: info.daylight, lang: info.lang, standard: info.standard };
}

function scanWeekdays(ctx: Ctx): void {
  const { text } = ctx;
  const re = WEEKDAY_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (wordBefore(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(ctx, start, end)) continue;
    let day: number | null;
    if (m[1] !== undefined) {
      day = weekdayOf(m[1]);
    } else {
      // abbreviations only where they cannot be words: `Sun.` is a newspaper, `mar.` March,
      // `mer.` the sea, `Sam.` a name, `dim.` a dimension
      const w = m[3];
      const lower = w.toLowerCase();
      const info = WEEKDAYS.get(lower);
      if (!info) continue;
      // Any of them before a numeric date (`mer. 2026-09-15`, `Sun. 2026-09-20`): a weekday.
      const ok = ISO_DATE_AFTER.test(text.slice(end, end + 12))
        ? true
        : info.en
          ? w[0] !== lower[0] && lower !== 'sun'
          : w === lower && (lower === 'lun' || lower === 'jeu' || lower === 'ven' || lower === 'sam');
      day = ok ? info.day : null;
    }
    if (day === null) continue;
    emit(ctx, { kind: 'weekday', start, end, raw: m[0], day });
  }
  // Two abbreviations joined by a dash without their periods (`Mon–Thu`, `lun-ven`): a range of
  // days, which no word is.
  const range = WEEKDAY_RANGE_RE;
  range.lastIndex = 0;
  while ((m = range.exec(text)) !== null) {
    if (wordBefore(text, m.index)) continue;
    const second = m.index + m[0].length - m[2].length;
    for (const [word, start] of [
      [m[1], m.index],
      [m[2], second],
    ] as const) {
      const info = WEEKDAYS.get(word.toLowerCase());
      if (info && !overlaps(ctx, start, start + word.length)) emit(ctx, { kind: 'weekday', start, end: start + word.length, raw: word, day: info.day });
    }
  }
}

/** A numeric date right after a weekday abbreviation: `mer. 2026-09-15`. */
const ISO_DATE_AFTER = /^,?\s\d{4}-\d{2}-\d{2}/;

/** A weekday abbreviation as each language writes it in a range: `Mon`, `Thurs`, `lun`. */
const RANGE_DAY = alternation([...WEEKDAYS].filter(([, w]) => w.abbr).map(([k, w]) => (w.en ? k[0].toUpperCase() + k.slice(1) : k)));
/** Two weekday abbreviations joined by a dash: `Mon–Fri`, `Tue-Sat`, `lun–jeu`. */
const WEEKDAY_RANGE_RE = new RegExp(`(${RANGE_DAY})\\s?[-–]\\s?(${RANGE_DAY})(?![${L}.])`, 'g');

// ---------------------------------------------------------------------------------------------
// Helpers for the checks.

/** The region letter in French abbreviations: Terre-Neuve, Rocheuses. */
const FR_REGION_LETTER: Record<ZoneRegion, string> = { N: 'T', A: 'A', E: 'E', C: 'C', M: 'R', P: 'P', Y: 'Y', UTC: 'UTC' };

/** Times in text order, ranges expanded into their two ends. */
export function flattenTimes(values: readonly Value[]): TimeValue[] {
  const out: TimeValue[] = [];
  for (const v of values) {
    if (v.kind === 'time') out.push(v);
    else if (v.kind === 'time-range') out.push(v.from, v.to);
  }
  return out;
}

/** `2011-09-12`; partial dates as ISO 8601 allows: `2011-09`, `--09-12`, `2011`. */
export function isoDate(d: { year?: number; month?: number; day?: number }): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  if (d.year !== undefined) {
    if (d.month === undefined) return String(d.year);
    return d.day === undefined ? `${d.year}-${p2(d.month)}` : `${d.year}-${p2(d.month)}-${p2(d.day)}`;
  }
  if (d.month === undefined) return d.day === undefined ? '' : `---${p2(d.day)}`;
  return d.day === undefined ? `--${p2(d.month)}` : `--${p2(d.month)}-${p2(d.day)}`;
}

const FMT_FR = new Intl.DateTimeFormat('fr-CA', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
const FMT_EN = new Intl.DateTimeFormat('en-CA', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

function minutesDate(minutes: number): Date {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return new Date(Date.UTC(2000, 0, 1, Math.floor(m / 60), m % 60));
}

function zoneLabel(zone: string | ZoneValue | undefined, lang: 'en' | 'fr'): string {
  if (zone === undefined) return '';
  const abbr = typeof zone === 'string' ? zone.toUpperCase() : zone.zone;
  const info = ZONES[abbr];
  if (!info || info.lang === lang || info.region === 'UTC') return abbr;
  return zonePartner(abbr) ?? abbr;
}

/** French (Canada) form of a time: `13 h 30`, `14 h` (not `14 h 00`), with the French zone. */
export function formatTimeFr(minutes: number, zone?: string | ZoneValue): string {
  const s = FMT_FR.format(minutesDate(minutes)).replace(/[\s\u00A0\u202F]+/g, ' ').replace(/ h 00$/, ' h');
  const z = zoneLabel(zone, 'fr');
  return z ? `${s} ${z}` : s;
}

/** English (Canada) form of a time: `1:30 p.m.`, with the English zone. */
export function formatTimeEn(minutes: number, zone?: string | ZoneValue): string {
  const s = FMT_EN.format(minutesDate(minutes)).replace(/[\s\u00A0\u202F]+/g, ' ');
  const z = zoneLabel(zone, 'en');
  return z ? `${s} ${z}` : s;
}

/** The other language's standard abbreviation: EST ⇄ HNE, EDT ⇄ HAE, ET ⇄ HE; `HSE` → `HE`. */
export function zonePartner(zone: string | ZoneValue): string | null {
  const abbr = typeof zone === 'string' ? zone.toUpperCase() : zone.zone;
  const info = ZONES[abbr];
  if (!info) return null;
  if (info.region === 'UTC') return abbr === 'GMT' || abbr === 'Z' ? 'UTC' : abbr;
  if (info.region === null) return null;
  return zoneAbbr(info.region, info.daylight, info.lang === 'en' ? 'fr' : 'en');
}

/** Standard abbreviation of a Canadian zone in a language: ('E', true, 'fr') → `HAE`. */
export function zoneAbbr(region: ZoneRegion, daylight: boolean | null, lang: 'en' | 'fr'): string | null {
  if (region === 'UTC') return 'UTC';
  if (lang === 'en') return region + (daylight === null ? 'T' : daylight ? 'DT' : 'ST');
  if (region === 'Y') return null;
  const r = FR_REGION_LETTER[region];
  return 'H' + (daylight === null ? '' : daylight ? 'A' : 'N') + r;
}

/**
 * Whether daylight saving time applies in Canada on a day, and the zone to write. Since 2007 it
 * runs from the second Sunday of March to the first Sunday of November (1987–2006: first Sunday
 * of April to last Sunday of October). On a changeover day the time of day decides when given
 * (the change is at 2:00); without it the day counts as the regime it spends most hours in.
 * Saskatchewan and Yukon keep one time all year: callers that know the place must say so.
 */
export function expectedZone(
  date: { year?: number; month?: number; day?: number },
  region: ZoneRegion | null,
  minutes?: number,
): { daylight: boolean; en: string; fr: string } | null {
  if (region === null || date.year === undefined || date.month === undefined || date.day === undefined) return null;
  let daylight = false;
  if (region !== 'UTC') {
    const { year, month, day } = date;
    const [startM, startD, endM, endD] = dstBounds(year);
    const key = month * 100 + day;
    const startKey = startM * 100 + startD;
    const endKey = endM * 100 + endD;
    daylight = key > startKey && key < endKey;
    if (key === startKey) daylight = minutes === undefined || minutes >= 120;
    if (key === endKey) daylight = minutes !== undefined && minutes < 120;
  }
  const en = zoneAbbr(region, daylight, 'en') ?? '';
  const fr = zoneAbbr(region, daylight, 'fr') ?? '';
  return { daylight, en, fr };
}

/** Day of week (0 = Sunday) of a Gregorian date. */
export function dayOfWeek(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The nth (1-based; -1 = last) Sunday of a month. */
function nthSunday(year: number, month: number, n: number): number {
  if (n > 0) {
    const first = dayOfWeek(year, month, 1);
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  }
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return last - dayOfWeek(year, month, last);
}

function dstBounds(year: number): [number, number, number, number] {
  if (year >= 2007) return [3, nthSunday(year, 3, 2), 11, nthSunday(year, 11, 1)];
  if (year >= 1987) return [4, nthSunday(year, 4, 1), 10, nthSunday(year, 10, -1)];
  return [4, nthSunday(year, 4, -1), 10, nthSunday(year, 10, -1)];
}
