// Groups cleaned lines into units: a line, or lines that belong together because a **bold**
// span wraps over them, the next line continues the sentence (it starts in lower case), or a
// heading in capitals wraps over several lines in the same language.

import { LETTER_ABBREVIATION, type CleanLine } from './lines.js';
import { MappedText, MappedTextBuilder } from '../core/mapped-text.js';
import { isAllCaps } from '../lang/tokens.js';
import { sameStems, swappedTwins, wordStems } from '../lang/copies.js';
import { scoreText, langOfScore } from '../lang/identify.js';
import { dictionary, fold } from '../lang/dictionary.js';
import { extractValues, isEnglishMonthName, isWeekdayName } from '../lang/values.js';
import { valueKeys } from './anchors.js';
import { streetNameTwins } from '../lang/addresses.js';

export interface Unit {
  lines: CleanLine[];
  /** The lines' texts joined with one space. */
  text: MappedText;
  marker: string;
  firstLine: number;
  lastLine: number;
  /** The unit was written in bold (a heading in extracted PDF text) or is a Markdown heading. */
  heading: boolean;
  /** The language its markup declares for every line of it (lines.ts), if any. */
  declared?: 'en' | 'fr';
  /** The left cell of a row of two columns whose right cell is empty (`…   |`): one cell. */
  oneCell?: boolean;
}

const MAX_BOLD_SPAN = 8;
const TERMINAL = /[.!?:;]["»”’)]*$/;
const CODE_START = /^\p{Ll}{1,3}\.\s?\d/u;
/** An e-mail address, or a web address with its path (`museum.ca/programme`). */
const ADDRESS = String.raw`(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:ca|com|org|net|gov|int|info)(?:\/\S*)?)`;
/** A line of e-mail and web addresses alone, between separators or columns (`name@museum.ca`, `museum.ca | musee.ca`). */
const ADDRESSES_ONLY = new RegExp(String.raw`^${ADDRESS}(?:(?:\s*[|/,]\s*| {2,})${ADDRESS})*$`);
/** An e-mail or web address, then a bar or a slash between spaces: the first cell of a contact line. */
const ADDRESS_THEN_CELL = new RegExp(String.raw`^${ADDRESS}\s+[|/]\s`);
/** How plainly each of two lines must read as its language for them to be told apart. */
const PLAINLY = 8;

/** Whether two lines read plainly as opposite languages. */
function otherLanguages(a: string, b: string): boolean {
  const sa = scoreText(a).score;
  if (Math.abs(sa) < PLAINLY) return false;
  const sb = scoreText(b).score;
  return Math.abs(sb) >= PLAINLY && Math.sign(sa) !== Math.sign(sb);
}

/** Values a line must hold for its twin to be told by them: a date and a time, say. */
const TWIN_VALUES = 2;

/** Whether two lines of opposite languages hold the same values, two at least (dates, times, numbers). */
function sameValues(a: string, b: string): boolean {
  const ka = valueKeys(extractValues(a, scoreText(a).score > 0 ? 'fr' : 'en'));
  if (ka.length < TWIN_VALUES) return false;
  const kb = new Set(valueKeys(extractValues(b, scoreText(b).score > 0 ? 'fr' : 'en')));
  return ka.every((k) => kb.has(k));
}

/** A slash between spaces: a line of both languages (`Monday / lundi`). */
const SPACED_SLASH = /\S \/ \S/;
/** The end of a contact line: a number or an address. */
const CONTACT_END = /(?:\d|@[\w-]+(?:\.[\w-]+)+|\.(?:ca|com|org|net))$/;

export function groupUnits(lines: CleanLine[]): Unit[] {
  const units: Unit[] = [];
  const widths = blockWidths(lines);
  let i = 0;
  while (i < lines.length) {
    const start = i;
    const first = lines[i];
    let heading = first.heading;
    // A bold span opened on this line and closed on a later one.
    if (first.boldAtStart && first.boldMarks % 2 === 1) {
      for (let j = i + 1; j < lines.length && j - i < MAX_BOLD_SPAN; j++) {
        if (lines[j].line - lines[j - 1].line > 2) break;
        if (lines[j].boldMarks % 2 === 1) {
          i = j;
          heading = true;
          break;
        }
      }
    } else if (first.boldAtStart && first.boldAtEnd) {
      heading = true;
    }
    // Continuation lines: adjacent, starting in lower case, after a line that does not end a sentence.
    // A heading in capitals that translates the one above it (`EXERCICE COASTAL SHIELD 2026` under
    // `EXERCISE COASTAL SHIELD 2026`) is whole: the next heading does not go on from it.
    const twin = i > 0 && lines[i - 1].line + 1 === first.line && isAllCaps(first.text.text) && isAllCaps(lines[i - 1].text.text) && twinHeadings(lines[i - 1].text.text, first.text.text);
    if (!twin && start === i) i = wrappedProse(lines, i, widths[i]);
    while (!twin && i + 1 < lines.length && continues(lines[i], lines[i + 1], i > 0 ? lines[i - 1] : undefined)) i++;
    units.push(makeUnit(lines.slice(start, i + 1), heading));
    i++;
  }
  return units;
}

/** The narrowest width (in characters) at which text is taken for prose wrapped by its writer. */
const PROSE_WRAP_WIDTH = 65;
/**
 * A slash or bar between spaces (a line of both languages: `Bienvenue / Welcome`), bars of a table
 * row, or dots leading to a page number (a table of contents): never wrapped prose.
 */
const NOT_PROSE = / [/|] |\|.*\||\.{4,}/;
/** Characters by which a line wrapped by hand may fall short of the widest (the next word would have fitted, just). */
export const WRAP_SLACK = 6;
/** Lines wrapped before the last one of a paragraph taken for wrapped prose. */
const WRAPPED_LINES_MIN = 2;
/** A wrapped line fills this much of its block's width at least. */
const WRAPPED_FILL = 0.6;

/** For each line, the longest line of the block of adjacent lines (no blank line between them) that holds it. */
function blockWidths(lines: CleanLine[]): number[] {
  const widths = new Array<number>(lines.length);
  for (let a = 0; a < lines.length; ) {
    let b = a + 1;
    while (b < lines.length && lines[b].follows === lines[b - 1].line) b++;
    let width = 0;
    for (let k = a; k < b; k++) width = Math.max(width, lines[k].text.length);
    widths.fill(width, a, b);
    a = b;
  }
  return widths;
}

/**
 * The last line of a paragraph wrapped by its writer at a fixed width that opens at line i (a
 * text e-mail, a text export): each line but the last fills the width so far that the next
 * line's first word would not have fitted on it (give or take WRAP_SLACK characters, for text
 * wrapped by hand), and the lines read as one language (stacked lines of two languages are each
 * whole). Returns i when line i does not open one.
 */
function wrappedProse(lines: CleanLine[], i: number, width: number): number {
  if (width < PROSE_WRAP_WIDTH) return i;
  let j = i;
  let lang: 'en' | 'fr' | null = null;
  // Every line but the last reads as the language (a line of names or numbers says nothing).
  const sameLanguage = (l: CleanLine, last: boolean): boolean => {
    const score = scoreText(l.text.text);
    // The last line may be a place or a name that leans weakly (`Winnipeg (Manitoba) R3B 3A3.`).
    const s = last && Math.abs(score.score) < WEAK_LAST_LINE ? 'und' : langOfScore(score.score);
    if (s === 'und') return last;
    if (lang !== null && lang !== s) return false;
    lang = s;
    return true;
  };
  while (j + 1 < lines.length) {
    const a = lines[j];
    const b = lines[j + 1];
    if (b.follows !== a.line || b.marker || a.heading || b.heading || a.declared !== b.declared) break;
    const at = a.text.text;
    const bt = b.text.text;
    if (COLUMNS.test(at) || COLUMNS.test(bt) || SPACED_COLUMNS.test(at) || SPACED_COLUMNS.test(bt) || NOT_PROSE.test(at) || NOT_PROSE.test(bt)) break;
    // A sentence that ends at the line's end before one that opens the next: lines of a sentence
    // each (an outage notice), whatever their width.
    if (TERMINAL.test(at) && /^\P{Ll}/u.test(bt)) break;
    // A heading in capitals over its text in small letters (`FONDS POUR LE LOGEMENT ABORDABLE – …`
    // over `Mise à jour : 30 septembre 2026. Les points de presse…`): no one paragraph.
    if (isAllCaps(at) !== isAllCaps(bt)) break;
    // Labelled lines, one after the other (`Garden Hill: Tuesday, November 10, 2026, 9:30 a.m. to
    // 4:00 p.m. CST` over `St. Theresa Point: Thursday, …`): items of a list, not prose.
    if (LABELLED_LINE.test(at) && LABELLED_LINE.test(bt)) break;
    // The same with a dash after the label (`Gander – Friday, May 29, 2026, 9:30 a.m.…` over
    // `St. John's – Tuesday, June 2…`).
    if (DASHED_LABEL.test(at) && DASHED_LABEL.test(bt)) break;
    if (sameOpening(at, bt)) break;
    // Two lines that open with a time (`3:00 p.m. – Panel discussion…` over `15 h – Panel
    // discussion…`): rows of a schedule.
    if (TIME_START.test(at) && TIME_START.test(bt)) break;
    const firstWord = /^\S+/.exec(bt)?.[0].length ?? 0;
    if (at.length < WRAPPED_FILL * width || at.length + 1 + firstWord <= width - WRAP_SLACK) break;
    if ((j === i && !sameLanguage(a, false)) || !sameLanguage(b, j + 2 >= lines.length || lines[j + 2].follows !== b.line)) break;
    j++;
  }
  // One line filled is a long item of a list as often (`Head of the Department of International
  // Security and Arms Control` over `Ministry of Foreign Affairs`): two at least.
  return j - i >= WRAPPED_LINES_MIN ? j : i;
}

/** A line this long is prose, not a label or a heading. */
const PROSE_LINE = 40;
/** A word or two, capitalised, that end a sentence with its stop (`Road.`, `Spring Garden.`). */
const SENTENCE_TAIL = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?\.$/u;
/** A capitalised word that ends a line: a name the next line may go on with (`… at Balmertown`, `… 150 O'Connor`). */
const NAME_END = /(?:^|\s)\p{Lu}[\p{L}'’-]*$/u;

/**
 * Whether line `b` is the last word or two of the sentence of line `a`: `a` is prose that stops on
 * a name, with no stop of its own, and `b` reads as `a`'s language or as neither (`Welcome!` under
 * a French heading is its own line).
 */
function sentenceTail(a: string, b: string): boolean {
  if (a.length < PROSE_LINE || !SENTENCE_TAIL.test(b) || isAllCaps(b) || isAllCaps(a) || !NAME_END.test(a)) return false;
  const la = langOfScore(scoreText(a).score);
  const lb = langOfScore(scoreText(b).score);
  return la !== 'und' && (lb === la || lb === 'und');
}

/** A line's first two words, the first capitalised, and what stands between them; or its first word and a number with an item's mark (`Phase 1:`, not `Highway 16 will`). */
const FIRST_TWO_WORDS = /^\p{Lu}\p{L}*[\s,]+(?:\p{L}+|\d+(?=\s?[:.)]\s))/u;

/**
 * Lines that open with the same two words, the first capitalised (`Saturday, January 23, 2027,
 * 9:00 a.m. … – Moncton…` over `Saturday, January 30, 2027…`), with a weekday and a month each
 * (`Tuesday, March 23…` over `Tuesday, April 6…`), or with the same word and a number (`Phase 1:
 * …` over `Phase 2: …`): items of a list, however wide.
 */
function sameOpening(a: string, b: string): boolean {
  const key = (t: string): string | undefined => {
    const m = FIRST_TWO_WORDS.exec(t);
    if (!m) return undefined;
    // A weekday and a month (`Tuesday, March 23, 2027, at 12 p.m. …` over `Tuesday, April 6, …`): a date opens both.
    const [first, second] = m[0].split(/[\s,]+/);
    if (isWeekdayName(first) && isEnglishMonthName(second)) return 'a date';
    return m[0].replace(/\d+$/, '#');
  };
  const opening = key(a);
  return opening !== undefined && opening === key(b);
}

/** How weakly the last line of wrapped prose may lean to another language and still end it. */
const WEAK_LAST_LINE = 2;

/** A line that opens with a label of up to five words and its colon (`St. Theresa Point:`, `Garden Hill :`), its first capitalised. */
export const LABELLED_LINE = /^\p{Lu}[\p{L}.'’-]*(?:\s[\p{L}.'’-]+){0,4}[\s\u00a0\u202f]?:\s/u;

/** A line that opens with a label of up to four words, its first capitalised, and a spaced dash (`St. John's – `, `Corner Brook - `). */
export const DASHED_LABEL = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{L}[\p{L}.'’-]*){0,3}\s[–—-]\s/u;

/** A line that stops mid-sentence: on a comma or a word that cannot end one. */
export const OPEN_END = /(?:,|(?<![\p{L}'’])(?:and|or|of|the|to|with|by|for|in|at|from|than|et|ou|de|des|du|la|le|les|à|au|aux|en|par|pour|avec|sur|dans|chez|vers|plus|que))$/iu;
/** A line that opens with a number then a word in lower case (`12 heures de données`). */
export const NUMBER_THEN_WORD = /^\d[\d\s.,]*\s\p{Ll}{2,}/u;

/** A line that is only a number closing a sentence (`… at finance@example.ca or` / `705-555-0162.`). */
const NUMBER_ENDS_SENTENCE = /^[+(]?\d[\d\s().#-]*\d\)?[.;!]$/;

/** Text, a tab, text: a row of a table (`9 h 15 – 10 h 30<TAB>Séance 1`), never wrapped prose. */
const COLUMNS = /\S\t+\S/;
/** Text, a gap of three spaces or more, text: a row of columns laid out with spaces. */
const SPACED_COLUMNS = /\S {3,}\S/;
/** A line that opens with a time of day (`10:45 a.m. –`, `13 h 30`, `midi –`). */
const TIME_START = /^(?:\d{1,2}(?:[:h.]\s?\d{2}|\s?h\b|\s?[ap]\.?m\b)|midi\b|minuit\b|noon\b|midnight\b)/iu;

/** Words that stand before a time: `since`, `until`, `depuis`, `jusqu'à`, `vers`. */
const TIME_WORD_END = /(?<![\p{L}'’])(?:since|until|till|before|after|between|around|about|depuis|jusqu['’]à|dès|vers|avant|après|entre)$/iu;
/** A line that ends with a year (a date line). */
const YEAR_END = /\b(?:19|20)\d{2}$/;
/** A line that ends with a time (`1:30 a.m.`, `16 h 30`), before its zone. */
const TIME_END = /(?:\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?|\d{1,2}\s?h(?:\s?\d{2})?|noon|midnight|midi|minuit)$/iu;
/** A line that opens with a time zone and then ends its clause or sentence (`EDT. We…`, `HAE, et`). */
const ZONE_START = /^(?:[ECMPAN][SD]T|[ECMPA]T|H[NA][ECRPAT]|H[ECRPAT])(?=[.,;)]|$)/;

/**
 * A line that stops on an article or a preposition in small letters (`… through the` /
 * `GCcampus event page…`, `… main entrance on` / `Sussex Drive…`): no title or sentence ends
 * there, so the next line goes on with it even when it opens with a capital (a name).
 */
const DANGLING_END = /(?<![\p{L}'’])(?:the|a|an|of|to|with|by|for|from|in|at|on|into|le|la|les|un|une|des|du|de|au|aux|à|par|pour|avec|sur|dans|chez)$/u;
/**
 * A line that stops on an English possessive (`… streamed live on the City's` / `YouTube
 * channel.`): its noun follows, unless the next line reads as French (`… Road, St. John's` over
 * its French line). A place named so (`St. John's`) ends lines of addresses.
 */
const POSSESSIVE_END = /(?<!\bSt\.?\s\p{Lu}\p{Ll}*)\p{Ll}['’]s$/u;

/**
 * Whether line `b` goes on from line `a`, a line of English that stops on a possessive
 * (POSSESSIVE_END): `b` opens with a capital and reads as English or as neither. In a mixed
 * document `a` must be prose (`minLength` characters): a short line that ends with a name (`Guest
 * speaker: Amelia Chen, Queen's`, `Tim Horton's` in a list) stops there.
 */
export function goesOnAfterPossessive(a: string, b: string, minLength = 0): boolean {
  if (!POSSESSIVE_END.test(a) || a.length < minLength || !/^\p{Lu}/u.test(b) || TIME_START.test(b) || isAllCaps(b)) return false;
  return langOfScore(scoreText(a).score) === 'en' && langOfScore(scoreText(b).score) !== 'fr';
}

/** The last word of a line, before a comma (`Inscrivez-vous d'ici le jeudi`): a weekday before its date? */
const LAST_WORD = /(?<![\p{L}'’])(\p{L}+),?$/u;
/** A line that opens with a date: a day and a word (`6 février 2026 sur la page…`), or a word and a day (`February 6, 2026, on…`). */
const DATE_START = /^(?:\d{1,2}(?:er|re|st|nd|rd|th)?\s+\p{L}|(\p{L}+)\s+\d)/iu;

/** A line that ends with a weekday, then a line that opens with its date (`6 février`, `February 6`). */
function wrappedDate(at: string, bt: string): boolean {
  const last = LAST_WORD.exec(at);
  if (!last || !isWeekdayName(last[1])) return false;
  const date = DATE_START.exec(bt);
  return date !== null && (date[1] === undefined || isEnglishMonthName(date[1]));
}

/** A line that ends with the period of an abbreviation: `6:30 p.m.`, `e.g.`, `etc.` */
const ABBREVIATION_END = /(?:\b[ap]\.m\.|\be\.g\.|\bi\.e\.|\betc\.|\bvs\.|\bapprox\.)$/i;

/** A short label, its colon, then a number: `TTY: 1-800-555-0100`, `ATS : 1-800-555-0100`. */
export const LABELLED_NUMBER = /^[^:\d]{1,40}:\s*[+(]?\d[\d\s().#-]*$/u;

function continues(a: CleanLine, b: CleanLine, before?: CleanLine): boolean {
  if (b.follows !== a.line || b.marker || a.text.length === 0 || b.text.length === 0) return false;
  // Cells or blocks the markup says are in other languages are not one sentence.
  if (a.declared !== b.declared) return false;
  if (b.boldAtStart && b.boldMarks % 2 === 1) return false;
  const at = a.text.text;
  const bt = b.text.text;
  // A letter's abbreviation opens a line of its own (`c. c. : Gestionnaire…` under `cc: Housing
  // Manager…`), as a list marker does.
  if (LETTER_ABBREVIATION.test(bt)) return false;
  // A street's name as each language writes it (`WELLINGTON STREET` over `RUE WELLINGTON`): a
  // heading and its translation.
  if (streetNameTwins(at, bt)) return false;
  // A time zone wrapped onto the next line after its time (`… to 1:30 a.m.` / `EDT. We apologize…`).
  if (TIME_END.test(at) && ZONE_START.test(bt)) return true;
  // The period of an abbreviation (`from 6:30 p.m.` / `to 8:30 p.m.`) ends no sentence when the
  // next line goes on in small letters.
  if (TERMINAL.test(at) && !(ABBREVIATION_END.test(at) && /^\p{Ll}/u.test(bt))) return false;
  // Rows of a table or a schedule: `midi – 13 h  Dîner` after `10:45 a.m. – 12:00 p.m.  Session 2`
  // starts in lower case but is a row of its own.
  if (COLUMNS.test(at) || COLUMNS.test(bt) || (TIME_START.test(at) && TIME_START.test(bt))) return false;
  // A schedule's hours under its date line (`Lundi 13 avril 2026 / Monday, April 13, 2026` over
  // `midi à 18 h / noon to 6 p.m.`) are a row of their own.
  if (TIME_START.test(bt) && YEAR_END.test(at)) return false;
  // Two rows of text laid out in columns (`The office will be closed for the     Le bureau sera
  // fermé pendant` over `fire safety work.     les travaux…`): joined whole, the next row's
  // English cell would land inside the French one.
  if (SPACED_COLUMNS.test(at) && SPACED_COLUMNS.test(bt)) return false;
  // A contact block's address line (`genevieve.tremblay@museum.ca`, `museum.ca | musee.ca`)
  // under a phone number, an address or a line of both languages: a line of its own.
  // So is one that opens with an address and goes on across a bar (`nadia.thibodeau@… | Tel:
  // 418-649-3512` under `Service Canada | Government of Canada`).
  if ((ADDRESSES_ONLY.test(bt) || ADDRESS_THEN_CELL.test(bt)) && (CONTACT_END.test(at) || NOT_PROSE.test(at))) return false;
  // Two lines each of both languages across a spaced slash (`mercredi 20 janvier 2027 / Wednesday,
  // January 20, 2027` under `… (ACE) / CANADA CHILD BENEFIT (CCB)`): rows of their own, whatever
  // case the next one opens in.
  if (SPACED_SLASH.test(at) && SPACED_SLASH.test(bt)) return false;
  // A line of both languages that opens with a brand in mixed case (`oTENTiks at Petit-Gaspé: … /
  // oTENTiks à Petit-Gaspé : …`) under a line that has no slash: a row of its own, its small first
  // letter the brand's.
  if (MIXED_CASE_START.test(bt) && SPACED_SLASH.test(bt) && !SPACED_SLASH.test(at)) return false;
  const c = bt.charAt(0);
  // A line in small letters under a line of the other language, each plainly so, itself under a
  // line of the first one's language (`du vendredi 23 octobre, 22 h, …` under `In case of bad
  // weather, the closure will be postponed` under `En cas de mauvais temps, la fermeture sera
  // reportée`): a poster's stacked pairs, each sentence cut over two of them, not one line going
  // on. (A French paragraph whose last sentence was left in English goes on in English.)
  // Nor is a line in small letters under its translation, the same values in each (`Thursday,
  // April 16, 2026 – …, 1:00 p.m. to 3:00 p.m.` over `jeudi 16 avril 2026 – …, de 13 h à 15 h`):
  // French writes its weekdays and months in small letters.
  if (c !== c.toUpperCase() && c === c.toLowerCase() && !CODE_START.test(bt)) {
    if (!otherLanguages(at, bt)) return true;
    const stackedPairs = before !== undefined && before.line + 1 === a.line && otherLanguages(before.text.text, at);
    return !(stackedPairs || sameValues(at, bt));
  }
  // A sentence wrapped before a number (`… plus l'heure courante et` / `12 heures de données`,
  // `… or` / `705-555-0162.`), or before a time (`… available since` / `6:50 a.m. Payments were…`).
  if (OPEN_END.test(at) && (NUMBER_THEN_WORD.test(bt) || NUMBER_ENDS_SENTENCE.test(bt))) return true;
  if ((OPEN_END.test(at) || TIME_WORD_END.test(at)) && TIME_START.test(bt) && !TIME_START.test(at)) return true;
  if (DANGLING_END.test(at) && /^\p{Lu}/u.test(bt) && !TIME_START.test(bt) && !isAllCaps(bt)) return true;
  // The last word or two of a sentence wrapped alone onto a line (`… at Balmertown` / `Road.`),
  // under a line of prose that stops on a name, in one language.
  if (sentenceTail(at, bt)) return true;
  if (goesOnAfterPossessive(at, bt, PROSE_LINE)) return true;
  // A date wrapped after its weekday (`… d'ici le jeudi` / `6 février 2026 sur la page…`).
  if (wrappedDate(at, bt)) return true;
  // A heading in capitals wrapped over lines of the same language; a label and its number
  // (`TTY: 1-800-555-0100`) is a line of its own.
  if (isAllCaps(at) && isAllCaps(bt) && at.length < 60 && !LABELLED_NUMBER.test(at) && !LABELLED_NUMBER.test(bt)) {
    // The same words twice, in another order or with their other language's endings (`CONSULTATION
    // PUBLIQUE` over `PUBLIC CONSULTATION`): a heading and its translation, not one heading wrapped.
    if (twinHeadings(at, bt) || swappedTwins(at, bt)) return false;
    const la = langOfScore(scoreText(at).score);
    const lb = langOfScore(scoreText(bt).score);
    // A heading of one word that reads as neither language over a heading that reads as one
    // (`CONTACTS` over `PERSONNES-RESSOURCES`): a heading and its translation, unless the second
    // goes on from the first (`NOTICE` over `OF MEETING`).
    // The same word with its accents (`RESERVATIONS` over `RÉSERVATIONS`) stays one heading of both.
    if (la === 'und' && lb !== 'und' && !/\s/.test(at.trim()) && !CAPS_GOES_ON.test(bt) && fold(at.trim()) !== fold(bt.trim())) return false;
    return la === lb || la === 'und' || lb === 'und';
  }
  return false;
}

/** A heading line in capitals that opens with a word that goes on from the line above (`OF MEETING`, `DE LA SÉANCE`). */
const CAPS_GOES_ON = /^(?:(?:OF|AND|FOR|TO|IN|ON|THE|DE|DU|DES|ET|POUR|À|AU|AUX|EN|LA|LE|LES)(?![\p{L}])|[DL]['’])/u;

/** Letters of a word's start that stand for it when two headings are compared (`publ`: public, publique). */
const TWIN_STEM = 4;

/** Two headings whose words have the same stems, two at least, the lines being different. */
export function twinHeadings(a: string, b: string): boolean {
  if (a === b) return false;
  const sa = wordStems(a, TWIN_STEM).stems;
  return sa.length >= 2 && sameStems(sa, wordStems(b, TWIN_STEM).stems);
}

/** A line that ends inside a word cut by a hyphen (`infor-`), and the letters of that word there. */
const HYPHEN_END = /(\p{L}+)[-\u2010]$/u;
/** A word in mixed case opening a line, small letters then a capital (`oTENTiks`, `iPhone`). */
const MIXED_CASE_START = /^\p{Ll}+\p{Lu}/u;

/** The letters that open a line in lower case (`mation below`). */
const LOWER_START = /^\p{Ll}+/u;

/**
 * The texts of lines that make one paragraph, joined by a space that stands for each line break.
 * A word cut at the end of a line (`infor-` / `mation`) is joined again: without its hyphen when
 * the whole is a word (`information`), with it otherwise (`barrier-` / `free`: `barrier-free`).
 */
export function joinLineTexts(lines: CleanLine[]): MappedText {
  if (lines.length === 1) return lines[0].text;
  const b = new MappedTextBuilder();
  // The line before, when it ends with a hyphen held back until the next line tells what it is.
  let held: MappedText | null = null;
  for (const l of lines) {
    if (l.text.length === 0) continue;
    if (held) {
      const cut = HYPHEN_END.exec(held.text)!;
      const rest = LOWER_START.exec(l.text.text);
      if (!rest || !joinsIntoWord(cut[1], rest[0])) b.appendMapped(held.slice(held.length - 1));
      if (!rest) appendBreak(b, l.text);
    } else if (b.length > 0) appendBreak(b, l.text);
    held = HYPHEN_END.test(l.text.text) ? l.text : null;
    b.appendMapped(held ? l.text.slice(0, l.text.length - 1) : l.text);
  }
  if (held) b.appendMapped(held.slice(held.length - 1));
  return b.build();
}

/** The joining space, which stands for the line break before `next`. */
function appendBreak(b: MappedTextBuilder, next: MappedText): void {
  const at = next.offsetAt(0);
  b.appendReplacement(' ', at, at);
}

/**
 * Whether the halves of a word cut at a line end make one word: the whole is a word of either
 * language and a half is none (`infor` + `mation`), or the whole is at least as common as its
 * rarer half (`environ` + `ment`). Two words whose whole is rarer than both are a compound that
 * keeps its hyphen (`well-known`, not `wellknown`; `follow-up`).
 */
function joinsIntoWord(head: string, tail: string): boolean {
  const whole = wordCost(head + tail);
  return whole < Infinity && whole <= Math.max(wordCost(head), wordCost(tail));
}

/** −log10 probability of a word in the language that finds it commonest; Infinity when neither knows it. */
function wordCost(word: string): number {
  const folded = fold(word);
  return Math.min(dictionary('en').cost(folded), dictionary('fr').cost(folded));
}

/**
 * The only bar of a line, after a column gap and ending it: the divider of two columns whose right
 * cell is empty (a table row has bars of its own before its last).
 */
const EMPTY_CELL_END = /^[^|│]*?(\s{2,}[|│]\s*)$/;

export function makeUnit(lines: CleanLine[], heading: boolean): Unit {
  let text = joinLineTexts(lines);
  const empty = EMPTY_CELL_END.exec(text.text);
  if (empty) text = text.slice(0, empty.index + empty[0].length - empty[1].length);
  const unit: Unit = {
    lines,
    text,
    marker: lines[0].marker,
    firstLine: lines[0].line,
    lastLine: lines[lines.length - 1].line,
    heading,
  };
  const declared = lines[0].declared;
  if (declared && lines.every((l) => l.declared === declared)) unit.declared = declared;
  if (empty) unit.oneCell = true;
  return unit;
}
