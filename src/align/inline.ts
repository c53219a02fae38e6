// Reads the languages inside one unit (a line or a wrapped block). The unit is cut into pieces at
// separators (` / `, `/`, ` – `, parentheses, commas, `: ` before shared material); each piece
// gets a language score; runs of pieces in one language become segments. A unit with one run is
// monolingual (a candidate for stacking with a neighbour); with runs in both languages it holds
// inline pairs (`Agenda/Ordre du jour`, `Update/Roundtable – Mise à jour/Tour de table`); a unit
// whose pieces mix both languages inside themselves (`284 rue Wellington Street, Pièce/Rm 5362`)
// is bilingual shared material, like a unit with no language at all (`s.21(1)(a)`, `[REDACTED]`).

import type { MappedText } from '../core/mapped-text.js';
import { CODE_SPAN } from '../core/markdown-fences.js';
import { isSpace } from '../core/mapped-text.js';
import { scoreText, decidePair, type LangScore } from '../lang/identify.js';
import { isAllCaps, wordTokens } from '../lang/tokens.js';
import { ENGLISH_PROVINCE_NAMES, FRENCH_ONLY_PROVINCE_NAMES, FRENCH_PROVINCE_NAMES } from '../lang/provinces.js';
import { isKnownPlace } from '../lang/places.js';
import { dictionary, fold } from '../lang/dictionary.js';
import { stemKeysOfWord } from './base-lexicon.js';
import { restyledCopy, SENTENCE_CASE, sharedEnds, swappedTwins } from '../lang/copies.js';
import { FRENCH_STREET_TYPES } from '../lang/addresses.js';
import { extractValues, type TimeRangeValue, type TimeStyle, type Value } from '../lang/values.js';
import { FRENCH_ENCLOSURE } from '../lang/letter-forms.js';

export type PieceLang = 'en' | 'fr' | 'und';

export interface Piece {
  from: number;
  to: number;
  /** Strength of the separator before this piece: 2 strong (/ – parentheses), 1 weak (, ; :), 0 start. */
  sepBefore: number;
  lang: PieceLang;
  score: LangScore;
  /** Holds words that carry meaning (not only digits, codes, names, punctuation). */
  wordy: boolean;
  /** Evidence of a language from how its values are written (1:30 p.m. vs 13 h 30). */
  valueLean: number;
  /** A code, URL or e-mail address: shared material that belongs to neither side. */
  code: boolean;
  /** Given its language by contrast with the pieces of the other language around it (a column). */
  paired?: boolean;
}

export interface Run {
  lang: 'en' | 'fr';
  from: number;
  to: number;
  /** Language score of the run's text, for confidence. */
  score: number;
  firstPiece: number;
  lastPiece: number;
}

export type UnitReading =
  /** `cut`: the unit could be split at its one slash or dash by the document's order (readUnit's `firstLang`). */
  | { kind: 'mono'; lang: 'en' | 'fr'; score: number; cut?: boolean }
  | { kind: 'neutral' }
  | { kind: 'inline'; runs: Run[]; pieces: Piece[] };

/** A piece scoring beyond this is in a language on its own. */
const PIECE_THRESHOLD = 1.0;
/** A piece whose words are all guessed from their letters needs more. */
const GUESSED_THRESHOLD = 2.0;
/** Single words this strong in both directions inside one short piece make it a mixed piece. */
const MIXED_WORD = 1.5;
/** A run this much weaker than the unit's main run, in the other language, is not a translation. */
const MINORITY_RATIO = 0.25;
const MINORITY_MAX = 3;

// Strong: spaced dashes, slashes, parentheses, pipes, and column gaps (a tab, or two spaces or
// more: tables laid out as text put the EN column and the FR column side by side). Weak: , ; and `: `.
/** An acronym right before or after a bare slash, and a separator between spaces elsewhere on the line. */
const ACRONYM_BEFORE = /(?<![\p{L}\d])\p{Lu}{2,5}$/u;
const ACRONYM_AFTER = /^\p{Lu}{2,5}(?![\p{L}\d])/u;
const SPACED_CUT = /\s[–—/|]\s/;
/** A piece that is one acronym (`EI`, `CPP`). */
const ACRONYM_ONLY = /^\p{Lu}{2,5}$/u;
const SEPARATOR = /\s+[–—-]\s+|\s*\/\s*|\s*[()[\]]\s*(?:[–—-]\s+|[/|]\s*)?|\s*\|\s*|\s*\t\s*| {2,}|[,;]\s+|(?<=:)\s+/gu;
// URLs, e-mail addresses and file paths (lower-case parts joined by slashes, or ending in an
// extension) are shared material, never a language boundary.
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()]+/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A file name at the end of a lower-case path may have capitals (`src/screens/language/Language.tsx`).
const PATH = /(?<![\p{L}\p{N}])(?:\.{0,2}\/)?[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)*\/[\w.-]*\w\.[a-z]{1,4}\b|(?<![\p{L}\p{N}])(?:\.{0,2}\/)?[a-z0-9_.-]+(?:\/[a-z0-9_.-]+){2,}\/?|(?<![\p{L}\p{N}])[\w.-]+\/[\w.-]+\.[a-z]{1,4}\b/gu;
// A web address written without its scheme: a host name then a path (`canada.ca/en/services`).
const BARE_URL = /(?<![\p{L}\p{N}@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,10}\/[^\s<>()]*/gu;

/** A short text in quotation marks: a title, a name, a phrase. */
const QUOTED = /«[^«»\n]{1,120}»|“[^“”\n]{1,120}”|"[^"\n]{1,120}"/gu;

/** Values whose inside is never a separator (a time range's dash, a code's parentheses). */
const PROTECTED = new Set(['code', 'time-range', 'time', 'date', 'phone', 'money', 'percent']);
/** Roman numerals and single letters used as enumerators: (ii), iv, b. */
const ENUMERATOR = /^(?:[ivxlcdm]{1,6}|[a-z])\.?$/i;
// An abbreviation that both languages write alike, then codes or numbers only (`ex. SCRIBE.NWCSTG.10.24.06Z`,
// `p. 12`, `No. 4`): the piece says nothing of its language (`Tél. : 613…` does, and is not one).
const SHARED_ABBREVIATION_AND_CODE = /^(?:[Ee]x|[Ee]\.g|[Pp]p?|[Nn][Oo]s?|[Vv]ol|[Aa]rt|[Ff]ig|[Mm]in|[Mm]ax|[Rr][Ee][Ff])\.\s+(?!.*\p{Ll}{2})/u;

/** A lot's code (`lot 0314B`, `Lot A-2291`): both languages write it so (a recall's product, a lease's land). */
const LOT_CODE = /^[Ll]ot\s+(?=[\w-]*\d)[A-Z\d][\w-]*\.?$/;

interface Span {
  start: number;
  end: number;
}

/** Spans of text the configuration declares language-neutral (`neutral:` patterns). */
export type NeutralFinder = (text: string) => Span[];

export function splitPieces(text: string, neutral?: NeutralFinder): Piece[] {
  const pieces: Piece[] = [];
  const values = extractValues(text, 'und');
  const protectedSpans: Span[] = values.filter((v) => PROTECTED.has(v.kind));
  // Codes (s.21(1)(a)), URLs and e-mail addresses are pieces of their own: shared material.
  // (With the groups of digits that go on after it: `PPL-2026-48213`, a file number, is one piece.)
  const neutralSpans: Span[] = values.filter((v) => v.kind === 'code').map((v) => withDigitGroups(text, v));
  // Each pattern runs only when its tell-tale character is there (most lines have none).
  const slashes = countChar(text, 47);
  if (text.includes('://') || text.includes('www.')) addMatches(URL, text, neutralSpans);
  if (text.includes('@')) addMatches(EMAIL, text, neutralSpans);
  if (text.includes('`')) addMatches(CODE_SPAN, text, neutralSpans, true);
  if (slashes >= 1) addMatches(BARE_URL, text, neutralSpans, true);
  if (slashes >= 2 || (slashes === 1 && /\/[\w-]+\.[a-z]{1,4}\b/.test(text))) addMatches(PATH, text, neutralSpans, true);
  neutralSpans.sort((a, b) => a.start - b.start);
  if (neutral) mergeSpans(neutralSpans, neutral(text));
  protectedSpans.push(...neutralSpans);
  const quoted: Span[] = [];
  if (/[«“"]/.test(text)) addMatches(QUOTED, text, quoted);
  const mixedCase = !isAllCaps(text);
  const ctx: PieceContext = { text, values, neutralSpans, mixedCase };
  let last = 0;
  let sep = 0;
  // A time or time range opening the unit, before words, is a column of its own
  // (`10:20 – 10:30 Break — Pause`): shared material, not the first words of one side.
  const lead = values.find((v) => (v.kind === 'time' || v.kind === 'time-range') && text.slice(0, v.start).trim() === '');
  let leadCut = lead && /^ \p{L}/u.test(text.slice(lead.end)) ? lead.end : -1;
  SEPARATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEPARATOR.exec(text)) !== null) {
    const tok = m[0];
    const core = tok.trim();
    const at = m.index;
    const end = at + tok.length;
    if (protectedSpans.some((v) => end > v.start && at < v.end)) continue;
    // A dash, comma or colon inside quotation marks is the quoted title's (`« Growing Mi'kmaw
    // Speakers – Language Nest Expansion »` in French text): a slash or a bar may still cut a
    // title written in both languages (`"Fall Fair / Foire d'automne"`).
    // Not one inside words of a sentence around the quotation (`Each line is "English / Français".`):
    // that quotes an example.
    if (quoted.length && !tok.includes('\t') && quoted.some((v) => at > v.start && end < v.end && ((core !== '/' && core !== '|') || quotedInSentence(text, v)))) continue;
    if (leadCut >= 0 && leadCut <= at) {
      pushWithNeutral(pieces, ctx, last, leadCut, sep);
      sep = 1;
      last = leadCut + 1;
      leadCut = -1;
    }
    // Dates and fractions written with a bare slash keep it (12/09/2011).
    if (tok === '/' && isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(end))) continue;
    // So do two acronyms of one language (`GST/HST`, `TPS/TVH`) on a line that a spaced separator cuts.
    if (tok === '/' && ACRONYM_BEFORE.test(text.slice(Math.max(0, at - 6), at)) && ACRONYM_AFTER.test(text.slice(end, end + 6)) && SPACED_CUT.test(text)) continue;
    // A bare hyphen between digits is a range, not a separator.
    if (core === '-' && /\d\s*$/.test(text.slice(0, at)) && /^\s*\d/.test(text.slice(end))) continue;
    pushWithNeutral(pieces, ctx, last, at, sep);
    sep = strength(tok, core);
    last = end;
  }
  if (leadCut >= 0) {
    pushWithNeutral(pieces, ctx, last, leadCut, sep);
    sep = 1;
    last = leadCut + 1;
  }
  pushWithNeutral(pieces, ctx, last, text.length, sep);
  return pieces;
}

/** Groups of digits joined by hyphens right after a code. */
const DIGIT_GROUPS = /^(?:-\d+)+(?![\p{L}\d])/u;

/** A code's span with the groups of digits that go on after it (`PPL-2026` of `PPL-2026-48213`). */
function withDigitGroups(text: string, span: Span): Span {
  const more = DIGIT_GROUPS.exec(text.slice(span.end, span.end + 24));
  return more ? { start: span.start, end: span.end + more[0].length } : { start: span.start, end: span.end };
}

/** Words of a line outside a quotation that make it a quotation inside a sentence. */
const QUOTING_WORDS = 3;

function quotedInSentence(text: string, quote: Span): boolean {
  return (text.slice(0, quote.start) + ' ' + text.slice(quote.end)).split(/[^\p{L}]+/u).filter((w) => w.length > 1).length >= QUOTING_WORDS;
}

function countChar(text: string, code: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) n++;
  return n;
}

/** Adds the matches of a pattern; with `skipInside`, not those inside a span already found (a URL's path). */
function addMatches(re: RegExp, text: string, spans: Span[], skipInside = false): void {
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(text)) !== null; ) {
    const start = m.index;
    const end = start + m[0].length;
    if (skipInside && spans.some((s) => start < s.end && end > s.start)) continue;
    spans.push({ start, end });
  }
}

interface PieceContext {
  text: string;
  values: Value[];
  neutralSpans: Span[];
  mixedCase: boolean;
}

/** Pushes the text [from, to) as pieces, with any neutral span inside it as a piece of its own. */
function pushWithNeutral(pieces: Piece[], ctx: PieceContext, from: number, to: number, sep: number): void {
  let pos = from;
  for (const c of ctx.neutralSpans) {
    if (c.start < from || c.end > to) continue;
    pushPiece(pieces, ctx, pos, c.start, sep, false);
    pushPiece(pieces, ctx, c.start, c.end, 1, true);
    sep = 1;
    pos = c.end;
  }
  pushPiece(pieces, ctx, pos, to, sep, false);
}

function strength(tok: string, core: string): number {
  // White space alone is a column gap (strong) or the space after a colon (weak).
  if (core === '') return tok.includes('\t') || tok.includes('  ') ? 2 : 1;
  if (core === ',' || core === ';' || core === ':') return 1;
  return 2;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** How the values inside [from, to) are written: 1:30 p.m. and $5 lean English, 13 h 30 and 5 $ French. */
/** A range says its style at either end: `1:30 to 7:30 p.m.` has its a.m./p.m. at the end. */
function rangeStyle(v: TimeRangeValue): TimeStyle {
  for (const style of ['en-12h', 'fr-h'] as const) if (v.from.style === style || v.to.style === style) return style;
  return v.from.style;
}

function valueLean(values: Value[], from: number, to: number): number {
  let lean = 0;
  for (const v of values) {
    if (v.start < from || v.end > to) continue;
    const style = v.kind === 'time' ? v.style : v.kind === 'time-range' ? rangeStyle(v) : null;
    if (style === 'en-12h') lean -= 1.5;
    else if (style === 'fr-h') lean += 1.5;
    // A dollar sign before the amount is English; after it, French (1 500 $).
    else if (v.kind === 'money') lean += /^\s*(?:US|C|CA)?\$/.test(v.raw) ? -1.5 : /\$\s*(?:CA|US)?\s*$/.test(v.raw) ? 1.5 : 0;
    // A percentage with a decimal point against the sign is English (4.5%); with a decimal comma
    // and a space before the sign, French (5,4 %).
    else if (v.kind === 'percent') lean += /\d\.\d+%$/.test(v.raw) ? -1.5 : /\d,\d+[\s\u00a0\u202f]%$/.test(v.raw) ? 1.5 : 0;
  }
  return lean;
}

/** A word of four letters that either word list has (`PETS`), not a code (`CYUY`). */
function listedWordOfFour(s: string): boolean {
  const w = fold(s.replace(/[^\p{L}]/gu, ''));
  return w.length === 4 && (dictionary('en').has(w) || dictionary('fr').has(w));
}

function pushPiece(pieces: Piece[], ctx: PieceContext, from: number, to: number, sepBefore: number, neutral: boolean): void {
  const { text } = ctx;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (to <= from) return;
  const s = text.slice(from, to);
  const score = scoreText(blankValues(ctx.values, s, from, to, TIME_KINDS));
  const lean = neutral ? 0 : valueLean(ctx.values, from, to);
  const wordy =
    !neutral &&
    (/\p{L}{2,}/u.test(s) || FRENCH_ENCLOSURE.test(s)) &&
    !ENUMERATOR.test(s) &&
    score.words > 0 &&
    !(score.words === 1 && (SHARED_ABBREVIATION_AND_CODE.test(s) || LOT_CODE.test(s)) && !FRENCH_ENCLOSURE.test(s)) &&
    !isNameLike(score) &&
    !isEditorialMark(text, from, to) &&
    // Digits beside words no lexicon knows are a row of data (CYUY 71000 ROUYN-NARANDA), not text.
    !(score.known === 0 && /\d/.test(s)) &&
    // A short capitalised word no lexicon knows, alone, is a code or an acronym (NCH, CYUY);
    // not a word of four letters that a word list has, in a line in capitals (`PETS / ANIMAUX`).
    !(score.known === 0 && !/\s/.test(s) && isAllCaps(s) && s.replace(/[^\p{L}]/gu, '').length <= 4 && !(!ctx.mixedCase && listedWordOfFour(s))) &&
    // A lone word in capitals inside mixed-case text is an acronym (HAE, EST, PSDI).
    !(ctx.mixedCase && isAllCaps(s) && !/\s/.test(s));
  const threshold = score.known === 0 ? GUESSED_THRESHOLD : PIECE_THRESHOLD;
  let lang: PieceLang = 'und';
  // A civic number, its comma, then the kind of street in small letters (`101, avenue King
  // Edward`) is an address as only French writes it, whatever the name's words score.
  if (wordy && FRENCH_STREET.test(s) && /\d[A-Z]?,\s*$/.test(text.slice(Math.max(0, from - 8), from)) && /^\p{Ll}/u.test(s)) lang = 'fr';
  else if (wordy) lang = score.score >= threshold ? 'fr' : score.score <= -threshold ? 'en' : FRENCH_STREET.test(s) ? 'fr' : 'und';
  else if (!neutral && Math.abs(lean) >= 1.5) lang = lean > 0 ? 'fr' : 'en';
  pieces.push({ from, to, sepBefore: Math.max(sepBefore, pieces.length === 0 ? 0 : 1), lang, score, wordy, valueLean: lean, code: neutral });
}

/**
 * Values blanked before a piece's language is scored: times and zones. `AM`, `h` and `EST` are how
 * a value is written (valueLean weighs that), not words of a language (`EST` would read as French
 * `est`).
 */
const TIME_KINDS: ReadonlySet<Value['kind']> = new Set(['time', 'time-range', 'zone']);

/** `s`, the text at [from, to), with the values of the given kinds (all when none are given) blanked. */
function blankValues(values: Value[], s: string, from: number, to: number, kinds?: ReadonlySet<Value['kind']>): string {
  let out = s;
  for (const v of values) {
    if (v.end <= from || v.start >= to || (kinds && !kinds.has(v.kind))) continue;
    const a = Math.max(v.start, from) - from;
    const b = Math.min(v.end, to) - from;
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

/**
 * A street the French way: its kind in lower case before the name (`promenade Sussex`, `rue
 * Elgin`, `200, chemin Montréal`), where English puts it after (`Sussex Drive`). `promenade` and
 * `place` are English words too; the order tells.
 */
const FRENCH_STREET = new RegExp(`^(?:\\d+[A-Z]?,?\\s+)?(?:${FRENCH_STREET_TYPES})\\s+(?:(?:de|du|des|de la|d’|d')\\s*)?\\p{Lu}`, 'u');

/**
 * Only capitalised words no lexicon knows, two or more: a personal name (Natacha Guilbault). A
 * lower-case word that reads as a language (`Kellys Beach boardwalk`) makes it a phrase.
 */
function isNameLike(s: LangScore): boolean {
  return s.known === 0 && s.unseenCapitalised >= 2 && s.words <= s.unseenCapitalised;
}

/** A bracketed mark in capitals: [REDACTED], [TRANSLATION], [CAVIARDÉ]. */
function isEditorialMark(text: string, from: number, to: number): boolean {
  return text.charAt(from - 1) === '[' && text.charAt(to) === ']' && isAllCaps(text.slice(from, to));
}

/** A short piece with strong words of both languages: `284 rue Wellington Street`, `av. Laurier Ave.` */
function isMixed(p: Piece, text: string): boolean {
  // Codes, e-mail addresses and URLs (`open-ouvert@tbs-sct.example`) are no language at all.
  if (p.code || !p.wordy) return false;
  if (p.score.maxFr < MIXED_WORD || p.score.maxEn > -MIXED_WORD) return false;
  const words = wordTokens(text.slice(p.from, p.to)).length;
  // A place whose name has words of both (`Grand Falls`) is a name (knownPlaces), not a mix.
  return words <= 6 && Math.abs(p.score.score) < Math.min(p.score.maxFr, -p.score.maxEn) + 0.5 && !isKnownPlace(text.slice(p.from, p.to));
}

/** The same words on both sides of the unit's one slash or dash (`Microsoft Teams — Microsoft Teams`): a name, shared. */
function sameBothSides(pieces: Piece[], text: string): boolean {
  const cut = onlyPairCut(pieces, text);
  // Two sides alike have about the same length: most units are ruled out before any folding.
  if (cut < 0 || Math.abs(pieces[cut - 1].to - pieces[0].from - (pieces[pieces.length - 1].to - pieces[cut].from)) > 4) return false;
  const fold = (a: number, b: number): string => text.slice(pieces[a].from, pieces[b].to).toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
  return fold(0, cut - 1) === fold(cut, pieces.length - 1);
}

/** An English weekday or month name (not `May`, a modal too), or a time of the English clock: written so only in English. */
const ENGLISH_VALUE_WORDS = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b|\d\s?[ap]\.m\./;

/** The small words of names and titles (`Lake of the Woods`, `Place de la Francophonie`). */
const NAME_PARTICLES = new Set('of the and at on in for to by a an de la le les du des et en au aux sur à'.split(' '));

/** Words, nearly all known, that a side copied on both sides of the cut must have to be a sentence rather than a name. */
const COPY_WORDS = 4;

/**
 * `Bring your own containers and a shovel. / Bring your own containers and a shovel.`: a
 * sentence clearly in one language on both sides of the unit's one cut was left untranslated
 * on one of them. It is read as a pair (the first side in its language, the second in the other)
 * for the checks to judge; a name or a short label copied (`Microsoft Teams — Microsoft Teams`)
 * stays shared material (null).
 */
function copiedBothSides(pieces: Piece[], text: string): UnitReading | null {
  const cut = onlyPairCut(pieces, text);
  const sideText = text.slice(pieces[0].from, pieces[cut - 1].to);
  const side = scoreText(sideText);
  // A title in capitals with its date and times written the English way (`Webinar 26 – Winter
  // Readiness – Tuesday, December 1, 2026, 2:00–3:00 p.m. NST`) is English however name-like.
  const englishValues = side.score < 0 && ENGLISH_VALUE_WORDS.test(sideText);
  // Fewer words do when all but one are known and only the first is capitalised (`Wheelchair
  // accessible counter / Wheelchair accessible counter`): a label in sentence case, not a name.
  // So do three or more, two of them in small letters and no title's small words (`Rivière-à-la-Pêche
  // Campground stays open`): a name has no verb in small letters (`Lake of the Woods` has `of the`).
  const lowerWords = (sideText.match(/(?<![\p{L}'’-])\p{Ll}{2,}(?![\p{L}'’-])/gu) ?? []).filter((w) => !NAME_PARTICLES.has(w)).length;
  // (A name in parentheses after the label is no part of its case: `Virtual session (Zoom)`.)
  const label = sideText.trim().replace(/\s*\([^()]*\)?$/, '');
  const fewWords = (side.words >= 2 && side.known >= Math.max(2, side.words - 1) && SENTENCE_CASE.test(label)) || (side.words >= 3 && lowerWords >= 2);
  if (!englishValues && ((side.words < COPY_WORDS && !fewWords) || (side.known < COPY_WORDS - 1 && !fewWords) || Math.abs(side.score) < SIDE_SURE * 2 || isNameLike(side))) return null;
  return pairAtCut(pieces, text, cut, side.score > 0 ? 'fr' : 'en', side.score);
}

/**
 * `4:45 p.m. – Wrap-up of Day 1 | 16 h 45 – Wrap-up of Day 1`: the two sides of the unit's one
 * cut have the same words, one side's values written the French way and the other's not. A
 * translation left undone, read as a pair (the side with the English values in English) for the
 * checks to judge.
 */
function restyledBothSides(pieces: Piece[], text: string): UnitReading | null {
  const cut = onlyPairCut(pieces, text);
  if (cut < 1) return null;
  const a = text.slice(pieces[0].from, pieces[cut - 1].to);
  const b = text.slice(pieces[cut].from, pieces[pieces.length - 1].to);
  const first = restyledCopy(a, b) ? 'en' : restyledCopy(b, a) ? 'fr' : null;
  return first ? pairAtCut(pieces, text, cut, first, scoreText(first === 'en' ? a : b).score) : null;
}

/** The unit read as a pair cut at piece `cut`: the first side in `lang`, the second in the other. */
function pairAtCut(pieces: Piece[], text: string, cut: number, lang: 'en' | 'fr', score: number): UnitReading {
  const last = pieces.length - 1;
  const other = lang === 'fr' ? 'en' : 'fr';
  pieces.forEach((p, i) => (p.lang = i < cut ? lang : other));
  const runs: Run[] = [
    { lang, from: pieces[0].from, to: pieces[cut - 1].to, score, firstPiece: 0, lastPiece: cut - 1 },
    { lang: other, from: pieces[cut].from, to: pieces[last].to, score, firstPiece: cut, lastPiece: last },
  ];
  // Each side takes the closing marks of the brackets it opens (`… (12:30 p.m. EST)`).
  for (const r of runs) closeBrackets(r, text);
  return { kind: 'inline', runs, pieces };
}

/** A civic address: a number, then the words of the street (`200 Promenade du Portage`). */
const CIVIC_ADDRESS = /^\s*\d{1,5}[A-Za-z]?,?\s+\p{L}/u;

/** A label of one or two words with its colon written the French way (`Couple :`). */
const FRENCH_LABEL = /^\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*)?[\s\u00a0\u202f]:$/u;

/** How clearly each side of a unit's one pair mark must read as its language. */
const SIDE_SURE = PIECE_THRESHOLD * 2;

/** How far a side's undecided opening must lean to the side's language to be taken as its. */
const HEAD_LEAN = 1;

/**
 * `Location: 200 Promenade du Portage, Room 4C-112 / Lieu : 200, promenade du Portage, salle
 * 4C-112`: a unit whose one slash or spaced dash has English text on one side and French on the
 * other, each side read whole, holds one language a side: an address that reads as the other
 * language inside a side (a French street name in an English address) belongs to its side.
 */
function sidesOfOneCut(pieces: Piece[], text: string): void {
  const cut = onlyPairCut(pieces, text);
  if (cut < 1) return;
  const read = (a: number, b: number): PieceLang => {
    const s = scoreText(
      pieces
        .slice(a, b)
        .filter((p) => p.wordy)
        .map((p) => text.slice(p.from, p.to))
        .join(' '),
    );
    return s.score <= -SIDE_SURE ? 'en' : s.score >= SIDE_SURE ? 'fr' : 'und';
  };
  const left = read(0, cut);
  const right = read(cut, pieces.length);
  if (left === 'und' || right === 'und' || left === right) return;
  // An address that reads as the other language (a civic number and a French street name), a word
  // that reads so only weakly, or a label with its colon written the French way on the French side
  // (`Couple :`, a French word that the lexicon reads as English), takes its side's language, and
  // so do the undecided words beside it on that side (`Location:`).
  // A name written on both sides (`Speaker: Claire Doucet, Mayor | Conférencière : Claire Doucet,
  // mairesse`) is each side's.
  const leftText = text.slice(pieces[0].from, pieces[cut - 1].to);
  const rightText = text.slice(pieces[cut].from, pieces[pieces.length - 1].to);
  let moved = false;
  // A name that opens both sides (`OTTAWA – Passport Office / OTTAWA – Bureau des passeports`)
  // is each side's: the heading of the English line and of the French one.
  const headLeft = pieces[0];
  const headRight = pieces[cut];
  const head = text.slice(headLeft.from, headLeft.to);
  if (headLeft.lang === 'und' && headRight.lang === 'und' && !headLeft.code && head === text.slice(headRight.from, headRight.to) && /\p{Lu}/u.test(head)) {
    headLeft.lang = left;
    headRight.lang = right;
  }
  pieces.forEach((p, k) => {
    const own = k < cut ? left : right;
    const piece = text.slice(p.from, p.to);
    // (A name with its number may open a sentence on one side only: `Zone 4` / `zone 4`.)
    const other = k < cut ? rightText : leftText;
    const onBothSides = NAME_VALUE.test(piece) && (other.includes(piece) || (/\d/.test(piece) && other.toLowerCase().includes(piece.toLowerCase())));
    if (p.lang !== 'und' && p.lang !== own && (CIVIC_ADDRESS.test(piece) || onBothSides || Math.abs(p.score.score) < SIDE_SURE || (own === 'fr' && FRENCH_LABEL.test(piece)))) {
      p.lang = own;
      moved = true;
    }
  });
  // A title that opens a side, before words of that side's language, and leans to it (`Toddler
  // Storytime (18 months to 3 years): … / Heure du conte …`), is the side's opening, not a name
  // both sides share (`Jean-François Lavoie (président / Chair)` is).
  for (const [from, to, own] of [[0, cut, left], [cut, pieces.length, right]] as const) {
    const head = pieces[from];
    const leans = own === 'en' ? head.score.score <= -HEAD_LEAN : head.score.score >= HEAD_LEAN;
    if (to - from >= 2 && head.lang === 'und' && !head.code && leans && pieces[from + 1].lang === own) head.lang = own;
  }
  if (!moved) return;
  pieces.forEach((p, k) => {
    if (p.wordy && p.lang === 'und') p.lang = k < cut ? left : right;
  });
}

/**
 * `Hearing format / Mode d'audience : Videoconference / Vidéoconférence`: a label pair and its
 * value pair, the label's languages decided, in that order. The values are in the labels' order: an
 * undecided value takes its label's language, and a value copied on both sides (`photo ID / photo
 * ID`, left untranslated) is each side's, so that the copy is seen as one.
 */
function labelledValues(pieces: Piece[], text: string): void {
  if (pieces.length !== 4) return;
  const [l1, l2, v1, v2] = pieces;
  if (!isPairGap(text, l1.to, l2.from) || !isPairGap(text, v1.to, v2.from) || text.charCodeAt(l2.to - 1) !== 58 /* : */) return;
  if (!l1.wordy || !l2.wordy || l1.lang === 'und' || l2.lang === 'und' || l1.lang === l2.lang) return;
  if (!v1.wordy || !v2.wordy || (v1.lang === l2.lang && v2.lang === l1.lang)) return;
  v1.lang = l1.lang;
  v2.lang = l2.lang;
  v1.paired = v2.paired = true;
}

/** A place's name before its province: capitalised words (`Smiths Falls`, `Grand-Sault`, `St. John's`). */
const PLACE_BEFORE_PROVINCE = /^\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*)*$/u;

/**
 * `Ottawa (Ontario)`: a place with its province in parentheses, as French writes it (English
 * writes `Ottawa, Ontario`). Its names read as English to the lexicon; in parentheses they are no
 * English run (`Le 19 juin 2026 – Ottawa (Ontario) – Sécurité publique Canada` is French), and
 * are left to the language around them.
 */
function placeWithProvince(pieces: Piece[], text: string): void {
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i];
    const place = pieces[i - 1];
    // The province may read as neither language (`Ontario`): its place is still a French address's.
    const province = text.slice(p.from, p.to);
    if (text[p.from - 1] !== '(' || text[p.to] !== ')' || !FRENCH_PROVINCE_NAMES.has(province)) continue;
    const frenchOnly = FRENCH_ONLY_PROVINCE_NAMES.has(province);
    if (p.lang === 'fr' && !frenchOnly) continue;
    if (!PLACE_BEFORE_PROVINCE.test(text.slice(place.from, place.to))) continue;
    // A name only French gives the province (`Nouveau-Brunswick`, `Terre-Neuve-et-Labrador`) makes
    // the line French (`Fredericton (Nouveau-Brunswick)  E3B 5P4`, the city read as English).
    p.lang = frenchOnly ? 'fr' : 'und';
    if (place.lang === 'en') place.lang = 'und';
  }
  // The English way (`Clair, New Brunswick: 8:00 a.m. to 10:00 p.m. AST`): a place before a comma
  // and an English province's name is a name, of no language, though it reads as French.
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i];
    const place = pieces[i - 1];
    if (place.lang !== 'fr' || p.lang !== 'en' || !/^,\s+$/.test(text.slice(place.to, p.from))) continue;
    const province = /^[\p{L} .]+/u.exec(text.slice(p.from, p.to))?.[0].trim() ?? '';
    if (!ENGLISH_PROVINCE_NAMES.has(province) || !PLACE_BEFORE_PROVINCE.test(text.slice(place.from, place.to))) continue;
    place.lang = 'und';
  }
}

/**
 * `Tuesday, March 24 / le mardi 24 mars – Conflict resolution / Conflict resolution – 10:00 a.m. /
 * 10 h`: a line of several pairs cut by slashes, in one order, one of whose pairs has the same
 * words on both sides. That pair is in the line's order too: its second side is the translation
 * left in the first side's language, which `untranslated` then reports.
 */
function copiedInSlashPairs(pieces: Piece[], text: string): void {
  const pairs = slashCuts(pieces, text).map((i): [Piece, Piece] => [pieces[i - 1], pieces[i]]);
  if (pairs.length < 2) return;
  const decided = pairs.filter(([a, b]) => a.lang !== 'und' && b.lang !== 'und' && a.lang !== b.lang);
  if (decided.length === 0 || decided.some(([a]) => a.lang !== decided[0][0].lang)) return;
  const [first, second] = [decided[0][0].lang, decided[0][1].lang];
  for (const [a, b] of pairs) {
    const copied = a.wordy && b.wordy && (a.lang === b.lang || a.lang === 'und' || b.lang === 'und') && twinForm(text.slice(a.from, a.to)) === twinForm(text.slice(b.from, b.to));
    if (!copied) continue;
    a.lang = first;
    b.lang = second;
    a.paired = b.paired = true;
  }
}

/**
 * `3:00 p.m. – Roundtable: departmental updates / 15 h – Roundtable: departmental updates`: one
 * slash between a side and its copy whose values alone are written the French way (src/lang/copies.ts).
 * The copy is the French side, left in English but for its times or amounts; `untranslated`
 * reports it. Either order.
 */
function restyledSlashHalves(pieces: Piece[], text: string): void {
  const cuts = slashCuts(pieces, text);
  if (cuts.length !== 1) return;
  const cut = cuts[0];
  const a = text.slice(pieces[0].from, pieces[cut - 1].to);
  const b = text.slice(pieces[cut].from, pieces[pieces.length - 1].to);
  const order: ['en' | 'fr', 'en' | 'fr'] | null = restyledCopy(a, b) ? ['en', 'fr'] : restyledCopy(b, a) ? ['fr', 'en'] : null;
  if (!order) return;
  pieces.forEach((p, k) => {
    p.lang = k < cut ? order[0] : order[1];
    p.paired = true;
  });
}

/** A bar between spaces, which cuts a line into pairs as a slash does. */
export const BAR_CUT = /\s\|\s/;
/** How much a cut at a bar between cells outweighs the balance of pieces on its two sides. */
const CELL_BAR = 4;

/**
 * The sign that cuts a line of both languages: a slash (`Agenda / Ordre du jour`), a bar, or a
 * dash where every line is cut there (`Sans frais : 1-866-742-3644 – Toll-free: 1-866-742-3644`).
 */
export type CutMark = '/' | '–' | '|';

/** The pieces that the sign alone (a slash unless told) separates from the piece before them. */
function slashCuts(pieces: Piece[], text: string, mark: CutMark = '/'): number[] {
  const out: number[] = [];
  for (let i = 1; i < pieces.length; i++) {
    const gap = text.slice(pieces[i - 1].to, pieces[i].from).trim();
    if (mark === '–' ? gap === '–' || gap === '—' : gap === mark) out.push(i);
  }
  return out;
}

/** Letters, digits and the words' order of a side, for comparing twin sides (case, spaces and punctuation aside). */
function twinForm(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * `SITE 2 : OTTAWA (CENTRE-VILLE) / SITE 2: OTTAWA (DOWNTOWN)`: the two sides of the unit's one
 * cut are written alike but for one stretch, which reads as French on one side and English on
 * the other. The sides are a pair: each takes the language of its own stretch, the shared words
 * (a label and a name) with it.
 */
function twinSides(pieces: Piece[], text: string): void {
  const cut = onlyPairCut(pieces, text);
  if (cut < 1) return;
  const a = twinForm(text.slice(pieces[0].from, pieces[cut - 1].to)).split(' ');
  const b = twinForm(text.slice(pieces[cut].from, pieces[pieces.length - 1].to)).split(' ');
  const { head, tail } = sharedEnds(a, b);
  // Most of each side shared, and a stretch of its own on each.
  const da = a.slice(head, a.length - tail).join(' ');
  const db = b.slice(head, b.length - tail).join(' ');
  if (!da || !db || head + tail === 0 || head + tail < Math.max(a.length, b.length) / 2) return;
  const la = scoreText(da).score;
  const lb = scoreText(db).score;
  // One stretch clearly in a language, the other leaning to the other one.
  if (Math.max(Math.abs(la), Math.abs(lb)) < SIDE_SURE || la * lb >= 0) return;
  const left = la > 0 ? 'fr' : 'en';
  const right = left === 'fr' ? 'en' : 'fr';
  pieces.forEach((p, k) => {
    if (!p.wordy) return;
    p.lang = k < cut ? left : right;
    p.paired = true;
  });
}

/** The index of the piece after the unit's one pair mark, or -1 when there is none or several. */
function onlyPairCut(pieces: Piece[], text: string): number {
  let cut = -1;
  let bar = -1;
  let bars = 0;
  let gaps = 0;
  for (let i = 1; i < pieces.length; i++) {
    if (!isPairGap(text, pieces[i - 1].to, pieces[i].from)) continue;
    gaps++;
    cut = i;
    // The bar may follow the first side's closing bracket (`… (12:30 p.m. EST) | …`).
    if (/^[\s)\]]*[|/]\s*$/.test(text.slice(pieces[i - 1].to, pieces[i].from))) {
      bars++;
      bar = i;
    }
  }
  if (gaps === 1) return cut;
  // Dashes inside each side's title (`Service Canada Centre – Sudbury | Centre Service Canada –
  // Sudbury`): the one bar or slash is the cut.
  return bars === 1 ? bar : -1;
}

/** The most words of each side of a cut that the shipped word list may read as a translation. */
const SHORT_SIDE_WORDS = 3;

/**
 * `3. Hearings / Audiences`: short sides of the unit's one cut, not yet read as two languages,
 * that hold a word and its translation by the shipped word list (`hearing` / `audience`) are the
 * two languages, whatever each reads as alone (`audiences` is an English word too).
 */
function translatedShortSides(pieces: Piece[], text: string): void {
  const cut = onlyPairCut(pieces, text);
  if (cut < 1) return;
  const sides = [pieces.slice(0, cut), pieces.slice(cut)];
  const wordy = sides.map((side) => side.filter((p) => p.wordy));
  if (wordy.some((side) => side.length === 0)) return;
  const langs = wordy.map((side) => new Set(side.map((p) => p.lang)));
  if (langs[0].size === 1 && langs[1].size === 1 && [...langs[0]][0] !== 'und' && [...langs[1]][0] !== 'und' && [...langs[0]][0] !== [...langs[1]][0]) return;
  const words = wordy.map((side) => side.flatMap((p) => text.slice(p.from, p.to).toLowerCase().match(/[\p{L}\p{M}]{3,}/gu) ?? []));
  if (words.some((w) => w.length === 0 || w.length > SHORT_SIDE_WORDS)) return;
  const keys = (list: string[], lang: 'en' | 'fr'): Set<string> => new Set(list.flatMap((w) => [...stemKeysOfWord(w, lang), ...(w.endsWith('s') ? stemKeysOfWord(w.slice(0, -1), lang) : [])]));
  const meet = (a: Set<string>, b: Set<string>): boolean => [...a].some((k) => b.has(k));
  const firstEnglish = meet(keys(words[0], 'en'), keys(words[1], 'fr'));
  if (!firstEnglish && !meet(keys(words[0], 'fr'), keys(words[1], 'en'))) return;
  wordy.forEach((side, k) => {
    for (const p of side) {
      p.lang = (k === 0) === firstEnglish ? 'en' : 'fr';
      p.paired = true;
    }
  });
}

/** The most words a piece read as a repeated name may have. */
const REPEATED_NAME_WORDS = 3;

/**
 * A short piece of capitalised words that the unit writes again inside a longer piece is a name,
 * not a language (`Sundre – Le mardi 9 juin 2026, …, Centre communautaire de Sundre`, `Red Deer –
 * …, hôtel Cambridge Red Deer`): its letters read as English, and the line would be cut in two.
 */
function repeatedNames(pieces: Piece[], text: string): void {
  for (const p of pieces) {
    if (p.code || !p.wordy) continue;
    const words = text.slice(p.from, p.to).split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > REPEATED_NAME_WORDS || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    const name = words.join(' ');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    // Inside a longer piece with words of its own (`Date :` is the same label, not a name in a sentence).
    const inside = (q: Piece): boolean => q !== p && re.test(text.slice(q.from, q.to)) && /\p{L}/u.test(text.slice(q.from, q.to).replace(re, ''));
    if (!pieces.some(inside)) continue;
    // A name carries no meaning of a language (Piece.wordy): no side takes it over later.
    p.lang = 'und';
    p.wordy = false;
  }
}

/** The most words of a name in parentheses that both sides of a line write alike (twinParentheses). */
const PARENTHESISED_NAME_WORDS = 6;

/**
 * A capitalised piece in parentheses that the line writes again, the same, in parentheses
 * (`… le mercredi 24 juin 2026 (Fête nationale du Québec) | … Wednesday, June 24, 2026 (Fête
 * nationale du Québec)`): a name both languages write alike, the English side's as much as the
 * French side's, not a run of its own.
 */
function twinParentheses(pieces: Piece[], text: string): void {
  const inParentheses = (p: Piece): boolean => text.charCodeAt(p.from - 1) === 40 /* ( */ && text.charCodeAt(p.to) === 41; /* ) */
  const named = pieces.filter((p) => p.wordy && inParentheses(p) && /^\p{Lu}/u.test(text.slice(p.from, p.to)));
  for (const p of named) {
    const s = text.slice(p.from, p.to);
    if (s.split(/\s+/).length > PARENTHESISED_NAME_WORDS || !named.some((q) => q !== p && text.slice(q.from, q.to) === s)) continue;
    p.lang = 'und';
    p.wordy = false;
  }
}

/** Decided pieces of one language must weigh this much to outweigh a mixed piece among them. */
const MIXED_OUTWEIGH = 4;

/**
 * A piece mixing both languages (`284 rue Wellington Street`, `chemin Old Chelsea`) makes the
 * unit bilingual shared material, unless the unit's other pieces are clearly in one language:
 * then it is an address inside a sentence and says nothing (returns true, the unit goes on).
 */
function setAsideMixed(pieces: Piece[], text: string): boolean {
  const mixed = pieces.filter((p) => isMixed(p, text));
  if (mixed.length === 0) return true;
  const decided = pieces.filter((p) => p.lang !== 'und' && p.wordy && !mixed.includes(p));
  const langs = new Set(decided.map((p) => p.lang));
  const weight = decided.reduce((a, p) => a + Math.abs(p.score.score), 0);
  // A line of one slash or bar whose sides, each read whole, are plainly the two languages
  // (`Grand Manan ferry: 7:30 a.m. departure from Blacks Harbour… / Traversier de Grand Manan :
  // départ de 7 h 30 de Blacks Harbour…`): a mixed piece is a name inside its side.
  if ((langs.size !== 1 || weight < MIXED_OUTWEIGH) && !twoPlainSides(pieces, text)) return false;
  for (const p of mixed) p.lang = 'und';
  return true;
}

/** Whether the unit's one slash or bar has English on one side and French on the other, each read whole. */
function twoPlainSides(pieces: Piece[], text: string): boolean {
  const cut = onlyPairCut(pieces, text);
  if (cut < 1 || !/^\s+[/|]\s+$/.test(text.slice(pieces[cut - 1].to, pieces[cut].from))) return false;
  const a = scoreText(text.slice(pieces[0].from, pieces[cut - 1].to)).score;
  const b = scoreText(text.slice(pieces[cut].from, pieces[pieces.length - 1].to)).score;
  return (a <= -SIDE_SURE && b >= SIDE_SURE) || (a >= SIDE_SURE && b <= -SIDE_SURE);
}

/**
 * Reads one unit. `firstLang`, when given, is the language that the document's inline lines put
 * first: a line cut in two by a slash or dash whose one side is undecided (`Pause – Break` in a
 * document of `French – English` lines) is then read as the document's other lines are.
 */
export function readUnit(mt: MappedText, neutral?: NeutralFinder, firstLang?: 'en' | 'fr', cellLangs?: Array<'en' | 'fr' | null>): UnitReading {
  const text = mt.text;
  const pieces = splitPieces(text, neutral);
  if (pieces.length === 0) return { kind: 'neutral' };
  const forced = cellLangs ? forceCellLanguages(pieces, text, cellLangs) : null;
  if (sameBothSides(pieces, text)) return copiedBothSides(pieces, text) ?? { kind: 'neutral' };
  if (labelPairWithValues(text)) return { kind: 'neutral' };
  const fields = contactFields(text);
  if (fields) {
    // One language's line: the one its labels are written in (accents, or French's space before the colon).
    const score = scoreText(text).score;
    return fields === 'und' ? { kind: 'neutral' } : { kind: 'mono', lang: fields, score: fields === 'fr' ? Math.max(score, 1) : Math.min(score, -1) };
  }
  const restyled = restyledBothSides(pieces, text);
  if (restyled) return restyled;
  repeatedNames(pieces, text);
  twinParentheses(pieces, text);
  hyphenatedNameBeforeEnglishColon(pieces, text);
  // (Before a piece of both languages' words is weighed: `Stationnement gratuit : 45 places, dont 4
  // places accessibles.`, whose `places` reads as English, is French throughout.)
  valueAfterFrenchColon(pieces, text);
  // In a table's English and French columns, a cell of both languages' words (`Code de lot :`)
  // is its column's (forced below), when no other cell mixes them.
  if (!(forced?.size && pieces.every((p) => forced.has(p) || !isMixed(p, text))) && !setAsideMixed(pieces, text)) return mixedReading(pieces, text);
  knownPlaces(pieces, text);
  nameBeforeGloss(pieces, text);
  frenchSpacedLabels(pieces, text);
  nameAfterLabel(pieces, text);
  nameBeforeFrenchColon(pieces, text);
  numberAfterFrenchColon(pieces, text);
  namesBetweenCommas(pieces, text);
  nameOpeningAddress(pieces, text);
  namesInList(pieces, text);
  namesInColumns(pieces, text);
  weakCellsInRow(pieces, text);
  numberedTwins(pieces, text);
  labelTwins(pieces, text);
  translatedShortSides(pieces, text);
  cellTwins(pieces, text);
  labelledValues(pieces, text);
  copiedInSlashPairs(pieces, text);
  restyledSlashHalves(pieces, text);
  resolveUndecided(pieces, text);
  sidesOfOneCut(pieces, text);
  twinSides(pieces, text);
  if (forced) for (const [p, lang] of forced) p.lang = lang;
  placeWithProvince(pieces, text);
  labelAmidOtherLanguage(pieces, text);
  let runs = buildRuns(pieces, text);
  runs = dropWeakMinority(runs, pieces, text);
  if (runs.length === 0 && firstLang && reorderedTwins(pieces, text, firstLang)) runs = buildRuns(pieces, text);
  if (runs.length === 0 && firstLang && sidesByOrder(pieces, text, firstLang)) runs = buildRuns(pieces, text);
  if (runs.length === 0) {
    const whole = wholeReading(pieces, text);
    // Read again in the document's order (reorderedTwins) when it has one cut to read by.
    return whole.kind === 'mono' && !firstLang && onlyPairCut(pieces, text) >= 0 ? { ...whole, cut: true } : whole;
  }
  if (runs.every((r) => r.lang === runs[0].lang)) {
    if (!firstLang || !(splitByOrder(pieces, text, runs[0].lang, firstLang) || reorderedTwins(pieces, text, firstLang))) {
      const cut = !firstLang && pieces.some((p) => p.wordy && p.lang === 'und') && onlyPairCut(pieces, text) >= 0;
      return { kind: 'mono', lang: runs[0].lang, score: scoreText(text).score, ...(cut ? { cut } : {}) };
    }
    runs = buildRuns(pieces, text);
  }
  // Runs that do not meet at the line's one slash, when its two sides each read plainly as one
  // language taken whole (`Objet : Modernisation des ascenseurs … - Place du Portage, phase III /
  // Elevator modernization … - Place du Portage, Phase III`: the name read as French on both sides).
  // Only when the two sides are the two runs whole: nothing left to neither (a number after a
  // French colon, `… : 204-555-0184`; a name, `Lego Builders (6 to 12 years): … / Bâtisseurs Lego`).
  // So with a line's one bar, whatever dashes and slashes its sides hold (`22 Wing North Bay —
  // School Bus Timetable | 22e Escadre North Bay — Horaire des autobus scolaires`).
  for (const mark of ['/', '|'] as const) {
    if (firstLang || (runs.length === 2 && runsMeetAt(runs, text, mark))) continue;
    const first = plainSlashSides(text, mark);
    const bySlash = first ? readByOnlySlash(mt, neutral, first, true, mark) : null;
    if (bySlash?.kind === 'inline' && bySlash.runs.length === 2 && runsMeetAt(bySlash.runs, text, mark) && text.slice(0, bySlash.runs[0].from).trim() === '' && text.slice(bySlash.runs[1].to).trim() === '') return bySlash;
  }
  return inlineReading(runs, pieces, text);
}

/** Whether two runs meet at a spaced `mark` between them. */
function runsMeetAt(runs: Run[], text: string, mark: string): boolean {
  return text.slice(runs[0].to, runs[1].from).trim() === mark;
}

/**
 * The language of the side before a line's one spaced slash (or bar), when each side reads
 * plainly as one language taken whole, the two opposite; else null. A slash with a bar or a dash
 * elsewhere on the line is no such cut, nor a bar with a slash.
 */
function plainSlashSides(text: string, mark: '/' | '|' = '/'): 'en' | 'fr' | null {
  const m = onlySpacedSlash(text, mark);
  // (A bar with a slash too is no such cut: `Point 1 / Item 1 – Mot de bienvenue | Welcome`.)
  if (!m || (mark === '/' ? /\s[|–—]\s/ : /\s\/\s/).test(text)) return null;
  const a = scoreText(text.slice(0, m.index)).score;
  const b = scoreText(text.slice(m.index + m[0].length)).score;
  return a >= SIDE_SURE && b <= -SIDE_SURE ? 'fr' : a <= -SIDE_SURE && b >= SIDE_SURE ? 'en' : null;
}

/**
 * A line of one slash or bar between two sides (`Videoconference: Microsoft Teams / Vidéoconférence
 * : Microsoft Teams`) that the pieces' languages cut into more runs than two (the names on both
 * sides read as English), in a document whose lines put `first` before the other language: read
 * as its two sides in that order. Null when the line has no such single cut, or when its sides
 * read plainly the other way round. A second side in the first side's language (`4:15 p.m. –
 * Roundtable / 16 h 15 – Roundtable`) is a translation left undone, which `untranslated` judges.
 */
export function readByOnlySlash(mt: MappedText, neutral: NeutralFinder | undefined, first: 'en' | 'fr', halvesRead = false, mark: CutMark = '/'): UnitReading | null {
  const text = mt.text;
  const pieces = splitPieces(text, neutral);
  const cuts = slashCuts(pieces, text, mark);
  // One slash between spaces, and no bar: `Point 1 / Item 1 – Mot de bienvenue | Welcome` is two
  // pairs, and a slash between two words (`Public Safety/Sécurité publique`) pairs those words.
  if (cuts.length !== 1 || (mark !== '|' && BAR_CUT.test(text))) return null;
  const cut = cuts[0];
  if (!/^\s+\S\s+$/.test(text.slice(pieces[cut - 1].to, pieces[cut].from))) return null;
  const second = first === 'en' ? 'fr' : 'en';
  // French scores above zero: the sides the wrong way round, each plainly so. Asked to, each side
  // must read, taken whole, as its language.
  const sign = first === 'en' ? 1 : -1;
  const fits = ([sa, sb]: [number, number]): boolean => !(sign * sa >= SIDE_SURE && sign * sb <= -SIDE_SURE) && (!halvesRead || (sign * sa < 0 && sign * sb > 0));
  const sides: [string, string] = [text.slice(pieces[0].from, pieces[cut - 1].to), text.slice(pieces[cut].from, pieces[pieces.length - 1].to)];
  const scores = (s: [string, string]): [number, number] => [scoreText(s[0]).score, scoreText(s[1]).score];
  // Else without a name both sides write (`Stop 5, École secondaire catholique Algonquin: 8:05 a.m.
  // | Arrêt 5, École secondaire catholique Algonquin : 8 h 05`): it says nothing of either side's language.
  if (!fits(scores(sides)) && !fits(scores(withoutSharedName(...sides)))) return null;
  if (!pieces.slice(0, cut).some((p) => p.wordy) || !pieces.slice(cut).some((p) => p.wordy)) return null;
  // Cut at a dash, each side is the whole of its language's line, names and numbers included
  // (`Cégep Limoilou, 1300, 8e Avenue, local 1241`): nothing before or after is shared.
  pieces.forEach((p, k) => {
    if (!p.wordy && mark === '/') return;
    p.lang = k < cut ? first : second;
    p.paired = true;
  });
  const runs = buildRuns(pieces, text);
  return runs.length === 2 ? inlineReading(runs, pieces, text) : null;
}

/** Fewest words of a name both sides of a line write, set aside when their languages are read. */
const SHARED_NAME_WORDS = 2;

/**
 * Two sides of a line without the longest run of words both write alike, when it has a
 * capitalised word and SHARED_NAME_WORDS words or more (a name); as they are otherwise.
 */
function withoutSharedName(a: string, b: string): [string, string] {
  const wa = [...a.matchAll(/[\p{L}-]+/gu)];
  const wb = [...b.matchAll(/[\p{L}-]+/gu)];
  let best = { length: 0, i: 0, j: 0 };
  for (let i = 0; i < wa.length; i++) {
    for (let j = 0; j < wb.length; j++) {
      let k = 0;
      while (i + k < wa.length && j + k < wb.length && wa[i + k][0] === wb[j + k][0]) k++;
      if (k > best.length) best = { length: k, i, j };
    }
  }
  if (best.length < SHARED_NAME_WORDS || !wa.slice(best.i, best.i + best.length).some((w) => /^\p{Lu}/u.test(w[0]))) return [a, b];
  const cutOut = (s: string, words: RegExpMatchArray[], at: number): string => s.slice(0, words[at].index) + s.slice(words[at + best.length - 1].index! + words[at + best.length - 1][0].length);
  return [cutOut(a, wa, best.i), cutOut(b, wb, best.j)];
}

/** The one slash (or bar, or dash) between spaces of a line, or null when it has none or several. */
export function onlySpacedSlash(text: string, mark: CutMark = '/'): RegExpExecArray | null {
  const re = mark === '/' ? /\s\/\s/g : mark === '|' ? /\s\|\s/g : /\s[–—]\s/g;
  const m = re.exec(text);
  return m && !re.test(text) ? m : null;
}

/**
 * Whether runs read as pairs one after the other put both runs of a pair on the same side of the
 * unit's one slash between spaces (`Friday, April 17, 2026 – Chéticamp, Centre communautaire,
 * 10:00 a.m. to 4:00 p.m. / Vendredi 17 avril 2026 – …`, the French place name read as a French
 * run of the English side): pairs of a line cut by its slash straddle it.
 */
export function pairBesideOnlySlash(runs: Run[], text: string): boolean {
  const m = onlySpacedSlash(text);
  if (!m || BAR_CUT.test(text)) return false;
  for (let k = 0; k + 1 < runs.length; k += 2) if (runs[k + 1].to <= m.index || runs[k].from >= m.index + m[0].length) return true;
  return false;
}

/**
 * The word pieces of a table row's cells in a column of one language take that language (`| 4:15
 * p.m. | Round table | Round table | All members |`, the French column holding a copy of the
 * English): what each piece was given, to set again after the other rules.
 */
function forceCellLanguages(pieces: Piece[], text: string, cellLangs: Array<'en' | 'fr' | null>): Map<Piece, 'en' | 'fr'> {
  const forced = new Map<Piece, 'en' | 'fr'>();
  let cell = -1;
  let at = 0;
  const cells: number[] = [];
  for (const p of pieces) {
    for (; at < p.from; at++) if (text.charCodeAt(at) === 124 /* | */ && text.charCodeAt(at - 1) !== 92 /* \ */) cell++;
    cells.push(cell);
  }
  // A cell of a label and its code (`UPC: 0 55742 33019 0` beside `CUP : 0 55742 33019 0`; `MCTS
  // Placentia: 709-227-2181`, an acronym and a name) has no word of a language: its label, any
  // capitalised text before its colon, is its column's.
  const wordyCells = new Set(pieces.flatMap((p, k) => (p.wordy ? [cells[k]] : [])));
  pieces.forEach((p, k) => {
    const lang = cells[k] >= 0 ? cellLangs[cells[k]] : null;
    if (!lang) return;
    if (!p.wordy && (wordyCells.has(cells[k]) || !/^\p{Lu}[^:]*:$/u.test(text.slice(p.from, p.to).trim()))) return;
    p.lang = lang;
    p.paired = true;
    forced.set(p, lang);
  });
  return forced;
}

/**
 * A unit with a piece of both languages' words that its other pieces do not outweigh: read whole
 * when those other pieces say one language only, and the whole says it too (`— Annie Cloutier,
 * President, Grande-Rivière Harbour Authority`); neutral otherwise (`284 rue Wellington Street`,
 * or two languages side by side).
 */
function mixedReading(pieces: Piece[], text: string): UnitReading {
  const decided = new Set(pieces.filter((p) => p.wordy && p.lang !== 'und' && !isMixed(p, text)).map((p) => p.lang));
  if (decided.size !== 1) return { kind: 'neutral' };
  const whole = wholeReading(pieces, text);
  return whole.kind === 'mono' && decided.has(whole.lang) ? whole : { kind: 'neutral' };
}

/**
 * A unit whose pieces settle no language, read whole: its word pieces together may still be one
 * (long prose cut by commas into weak pieces; `— Annie Cloutier, President, Grande-Rivière Harbour
 * Authority`, whose place name mixes the two). Codes, URLs and names say nothing.
 */
function wholeReading(pieces: Piece[], text: string): UnitReading {
  const words = pieces.filter((p) => p.wordy).map((p) => text.slice(p.from, p.to));
  if (words.length === 0) return { kind: 'neutral' };
  const whole = scoreText(words.join(' '));
  if (whole.words >= 2 && !isNameLike(whole)) {
    if (whole.score >= PIECE_THRESHOLD * 1.5) return { kind: 'mono', lang: 'fr', score: whole.score };
    if (whole.score <= -PIECE_THRESHOLD * 1.5) return { kind: 'mono', lang: 'en', score: whole.score };
  }
  return { kind: 'neutral' };
}

/**
 * Gives a language to undecided word pieces next to a decided one across a strong separator,
 * when the pair reads as two languages (`Agenda` beside `Ordre du jour`).
 */
/** A label's number at its end: `Item 3`, `Salle 7C-120`. */
const TRAILING_NUMBER = /\s(\d[\w.-]*)$/;

/**
 * `Point 1 / Item 1`, `Salle 4120 / Room 4120`: two labels on either side of a slash that end with
 * the same number are one label in two languages, and an undecided one (`Point` is English too)
 * takes the language the other lacks.
 */
function numberedTwins(pieces: Piece[], text: string): void {
  for (let i = 1; i < pieces.length; i++) {
    const a = pieces[i - 1];
    const b = pieces[i];
    if (b.sepBefore !== 2 || (a.lang === 'und') === (b.lang === 'und') || !/^\s*\/\s*$/.test(text.slice(a.to, b.from))) continue;
    const na = TRAILING_NUMBER.exec(text.slice(a.from, a.to));
    if (!na || na[1] !== TRAILING_NUMBER.exec(text.slice(b.from, b.to))?.[1]) continue;
    const [undecided, decided] = a.lang === 'und' ? [a, b] : [b, a];
    if (!undecided.wordy) continue;
    undecided.lang = decided.lang === 'en' ? 'fr' : 'en';
    undecided.paired = true;
  }
}

/** Labels each language writes its own way around the same values (the same word with accents is French's too). */
const LABEL_TWINS: ReadonlyArray<readonly [string, string]> = [
  ['ext', 'poste'],
  ['fax', 'telec'],
  ['tty', 'ats'],
  ['email', 'courriel'],
  ['mobile', 'cellulaire'],
];
const LABEL_PAIR = /(?<![\p{L}])([\p{L}][\p{L}.-]{1,11})\s*\/\s*([\p{L}][\p{L}.-]{1,11})(?![\p{L}])/u;

/**
 * `Tel. / Tél. 613-462-8831 | nadia.fortin@ised-isde.gc.ca`, `418-763-2290, ext. / poste 204`: a
 * line whose only words are one label in both languages, beside numbers, e-mails and links, is
 * written for both: no colon says which side is which, as labelTwins reads it.
 */
export function labelPairWithValues(text: string): boolean {
  const m = LABEL_PAIR.exec(text);
  // With a colon, the side each label is on is told by it (labelTwins).
  if (!m || /^\s*:/.test(text.slice(m.index + m[0].length))) return false;
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).replace(URL, ' ').replace(EMAIL, ' ');
  if (/\p{L}/u.test(rest) || !/\d/.test(rest)) return false;
  const [a, b] = [foldLetters(m[1]), foldLetters(m[2])];
  const sameButAccents = a === b && a.length >= 3 && /[^\p{ASCII}]/u.test(m[1]) !== /[^\p{ASCII}]/u.test(m[2]);
  return sameButAccents || LABEL_TWINS.some(([en, fr]) => (a === en && b === fr) || (a === fr && b === en));
}

/** Contact labels by what they name: two labels of one group may be a label in two languages. */
const CONTACT_LABEL_GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['tel', 'telephone', 'phone']),
  new Set(['cell', 'cellulaire', 'mobile']),
  new Set(['fax', 'telec', 'telecopieur']),
  new Set(['tty', 'ats', 'ati']),
  new Set(['ext', 'poste']),
];
const CONTACT_FIELD = /^\s*([\p{L}][\p{L}.]{1,12})\s*:?\s*(\+?[\d(][\d\s().+-]{6,})\s*$/u;

/**
 * `Tél. : 902-555-0148 | Cell. : 902-555-0193`: two contact fields of one language side by side,
 * their labels naming different things (a phone and a cell) and their numbers different, are a
 * line of one language, not a label in two (labelTwins): no side is the other's translation.
 * Its language is French when a label has accents or a space before its colon, English when
 * neither has and both colons are there; null when the line is no such pair of fields.
 */
function contactFields(text: string): 'en' | 'fr' | 'und' | null {
  const bar = text.indexOf('|');
  const slash = text.indexOf(' / ');
  const at = bar >= 0 && slash < 0 && text.indexOf('|', bar + 1) < 0 ? bar : slash >= 0 && bar < 0 && text.indexOf(' / ', slash + 1) < 0 ? slash + 1 : -1;
  if (at < 0) return null;
  const sides = [text.slice(0, at), text.slice(at + 1)];
  const [a, b] = sides.map((side) => CONTACT_FIELD.exec(side));
  if (!a || !b || a[2].replace(/\D/g, '') === b[2].replace(/\D/g, '')) return null;
  const ga = CONTACT_LABEL_GROUPS.findIndex((g) => g.has(foldLetters(a[1])));
  const gb = CONTACT_LABEL_GROUPS.findIndex((g) => g.has(foldLetters(b[1])));
  if (ga < 0 || gb < 0 || ga === gb) return null;
  if (sides.some((side) => /[^\p{ASCII}]/u.test(side) || /\p{L}\.?\s:/u.test(side))) return 'fr';
  return sides.every((side) => /\p{L}\.?:/u.test(side)) ? 'en' : 'und';
}

/** Letters of a word with its accents, case and punctuation taken off: `Tél. :` gives `tel`. */
function foldLetters(s: string): string {
  return s.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase();
}

/**
 * `Tel: 613-555-0178 | Tél. : 613-555-0187`, `Fax: 819-555-0162 / Téléc. : 819-555-0126`: the
 * unit's one slash or pipe between two sides that are each a label, its colon and values, is a
 * label in two languages; so is `Tel. / Tél. : 902-426-3187`, two labels before one colon and
 * the values both share. The same word written with accents on one side only is French there
 * (English writes no accents), whatever each reads as alone (`tel` is a French word too); an
 * undecided label beside a decided one is the other language when its colon is written that
 * language's way (French puts white space before it), and of two undecided labels the one whose
 * colon is written the French way is French.
 */
function labelTwins(pieces: Piece[], text: string): void {
  // Two labels before one colon may open a line that goes on past a bar (`Tel. / Tél. :
  // 416-555-0192 | name@example.ca`): their slash is then the cut.
  const opening = pieces.length > 2 && /^\s*\/\s*$/.test(text.slice(pieces[0].to, pieces[1].from)) && /:\s*$/.test(text.slice(pieces[1].from, pieces[2].from)) ? 1 : -1;
  const cut = opening > 0 ? opening : onlyPairCut(pieces, text);
  if (cut < 1) return;
  const a = pieces[0];
  const b = pieces[cut];
  // A label is words, or an acronym (`TTY:`, `ATS :`).
  const label = (p: Piece): boolean => p.wordy || /^\p{Lu}{2,5}\s?:$/u.test(text.slice(p.from, p.to).trim());
  if (!label(a) || !label(b) || pieces.some((p, k) => k !== 0 && k !== cut && p.wordy)) return;
  const sa = text.slice(a.from, pieces[1].from);
  const sb = text.slice(b.from, pieces[cut + 1]?.from ?? text.length);
  const accented = (s: string): boolean => /[^\p{ASCII}]/u.test(s.replace(/[^\p{L}]/gu, ''));
  const colon = (s: string): boolean => /:\s*$/.test(s);
  const sameButAccents = accented(sa) !== accented(sb) && foldLetters(sa).length >= 3 && foldLetters(sa) === foldLetters(sb);
  const frenchColon = (p: Piece): boolean => /\s:\s*$/.test(p === a ? sa : sb);
  let french: Piece;
  // Two labels before one colon (`Tel. / Tél. : 902-426-3187`): the accented second is French.
  if (cut === 1 && !colon(sa) && colon(sb)) {
    if (!sameButAccents || accented(sa)) return;
    french = b;
  } else if (!colon(sa) || !colon(sb)) return;
  else if (sameButAccents) french = accented(sa) ? a : b;
  else if ((a.lang === 'und') !== (b.lang === 'und')) {
    const [undecided, decided] = a.lang === 'und' ? [a, b] : [b, a];
    if (frenchColon(undecided) === frenchColon(decided) || frenchColon(undecided) !== (decided.lang === 'en')) return;
    french = decided.lang === 'en' ? undecided : decided;
  }
  // Two labels neither language's words tell (`TTY: 1-866-335-3237 – ATS : 1-866-353-3237`): the
  // colon each is written with does.
  else if (a.lang === 'und' && b.lang === 'und' && frenchColon(a) !== frenchColon(b)) french = frenchColon(a) ? a : b;
  else return;
  const english = french === a ? b : a;
  english.lang = 'en';
  french.lang = 'fr';
  english.paired = french.paired = true;
}

/** A season or a month with its year, alone (`SUMMER 2026`, `juin 2026`). */
const SEASON_AND_YEAR = /^(?:summer|winter|spring|fall|autumn|été|hiver|printemps|automne|january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}$/iu;

/**
 * Capitalised words, two or more, one a place and the others words both word lists have as
 * written (`Service Canada`, `Information Québec`): a name both languages write alike.
 */
function sharedPlaceName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  const place = (w: string): boolean => w === 'Canada' || isKnownPlace(w) || (ENGLISH_PROVINCE_NAMES.has(w) && FRENCH_PROVINCE_NAMES.has(w));
  const places = words.filter(place);
  return places.length > 0 && places.length < words.length && words.every((w) => place(w) || (dictionary('en').has(fold(w)) && dictionary('fr').has(fold(w)) && !dictionary('fr').accentsOnly(fold(w))));
}

function resolveUndecided(pieces: Piece[], text: string): void {
  // Only when every decided piece is in one language: otherwise the unit already has its pair,
  // save for a column cut off on both sides inside the other language (below).
  const langs = new Set(pieces.filter((p) => p.lang !== 'und').map((p) => p.lang));
  if (langs.size === 2) {
    resolveEnclosed(pieces);
    resolveLabel(pieces, text);
    resolveSlashPartners(pieces, text);
    return;
  }
  if (langs.size !== 1) return;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.lang !== 'und' || !p.wordy) continue;
    const prev = i > 0 && pieces[i].sepBefore === 2 ? pieces[i - 1] : undefined;
    const next = i + 1 < pieces.length && pieces[i + 1].sepBefore === 2 ? pieces[i + 1] : undefined;
    // A name of words both languages write alike and a place (`Service Canada` beside
    // `Gouvernement du Canada`) is the same in both: its letters say nothing.
    if ((next?.lang !== 'und' || prev?.lang !== 'und') && sharedPlaceName(text.slice(p.from, p.to))) continue;
    for (const q of [next, prev]) {
      if (!q || q.lang === 'und') continue;
      // One word both languages write alike (`Date`, `Signature`), set off by a column gap from a
      // decided cell, is a field of a form (`Sous-ministre          Date`), not its translation.
      const between = q === next ? text.slice(p.to, q.from) : text.slice(q.to, p.from);
      if (COLUMN_GAP.test(between) && !/\s/.test(text.slice(p.from, p.to).trim()) && Math.abs(p.score.score) < ONE_WORD_CELL) continue;
      // A capitalised word no lexicon knows, across a dash from a heading (`Séance 2 – Thompson`),
      // is a place or a name: its letters (`th`) say nothing of the heading's language.
      if (/^\s*[–—-]\s*$/.test(between) && p.score.known === 0 && /^\p{Lu}\p{Ll}+$/u.test(text.slice(p.from, p.to).trim())) continue;
      // A season or a month and its year across a dash (`ACTIVE CONSTRUCTION SITES — SUMMER 2026`)
      // dates the heading; its language says nothing of the heading's words.
      if (/^\s*[–—-]\s*$/.test(between) && SEASON_AND_YEAR.test(text.slice(q.from, q.to).trim())) continue;
      const d = decidePair(p.score, q.score);
      if (d && d.b === q.lang) {
        p.lang = d.a;
        break;
      }
      // A line of two words or terms across a slash, one clearly decided (`Minutes / Procès-verbal`:
      // `minutes` is French too), is a bilingual title: the known word that barely leans either way
      // is the other language.
      if (pieces.length === 2 && /^\s*\/\s*$/.test(text.slice(pieces[0].to, pieces[1].from)) && bilingualTitle(p, q)) {
        p.lang = q.lang === 'fr' ? 'en' : 'fr';
        break;
      }
    }
  }
}

/**
 * In a line of terms each given in both languages across a slash (`[ ] Yes / Oui   [ ] No /
 * Non`), an undecided word after a slash that leans, however weakly, to the other language than
 * the word before it is that word's translation (`Non`, a French word English knows too).
 */
function resolveSlashPartners(pieces: Piece[], text: string): void {
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i];
    const q = pieces[i - 1];
    if (p.lang !== 'und' || !p.wordy || q.lang === 'und' || !/^\s*\/\s*$/.test(text.slice(q.to, p.from))) continue;
    const other = q.lang === 'fr' ? 'en' : 'fr';
    if ((other === 'fr' ? p.score.score : -p.score.score) > 0) p.lang = other;
  }
}

/**
 * A cell of a table row that is a term in both languages across a slash (`| Co-chairs /
 * Coprésidence |` beside cells of both languages): its undecided half (`Coprésidence`, a word no
 * lexicon knows) is the other language when the two halves read as two languages.
 */
function cellTwins(pieces: Piece[], text: string): void {
  if (!text.includes('|')) return;
  const edge = (from: number, to: number): boolean => from >= to || text.slice(from, to).includes('|');
  for (let i = 1; i < pieces.length; i++) {
    const a = pieces[i - 1];
    const b = pieces[i];
    if (!a.wordy || !b.wordy || (a.lang === 'und') === (b.lang === 'und') || !/^\s*\/\s*$/.test(text.slice(a.to, b.from))) continue;
    if (!edge(i >= 2 ? pieces[i - 2].to : 0, a.from) || !edge(b.to, i + 1 < pieces.length ? pieces[i + 1].from : text.length)) continue;
    const [undecided, decided] = a.lang === 'und' ? [a, b] : [b, a];
    const d = decidePair(undecided.score, decided.score);
    if (d && d.b === decided.lang) {
      undecided.lang = d.a;
      undecided.paired = true;
    }
  }
}

/** How far a lone word in a cell must lean to be read against the cell beside it. */
const ONE_WORD_CELL = 0.5;

/** Whether undecided piece p beside decided piece q reads as q's title in the other language. */
function bilingualTitle(p: Piece, q: Piece): boolean {
  return Math.abs(p.score.score) < LABEL_UNDECIDED && Math.abs(q.score.score) >= LABEL_DECIDED && p.score.known >= 1 && p.score.unseenCapitalised === 0;
}

/** The reading of a unit cut into runs: undecided pieces attached to them, brackets closed, runs scored. */
function inlineReading(runs: Run[], pieces: Piece[], text: string): UnitReading {
  attachBetween(runs, pieces, text);
  attachLeading(runs, pieces, text);
  attachEdges(runs, pieces, text);
  attachLabelledCodes(runs, pieces, text);
  for (const r of runs) closeBrackets(r, text);
  for (const r of runs) r.score = scoreText(text.slice(r.from, r.to)).score;
  return { kind: 'inline', runs, pieces };
}

/** A tab or three spaces: the gap between two columns of a row (an English and a French one, or a table's). */
export const COLUMN_GAP = /\t| {3}/;
/** A cell leaning this much to the language of the other column is not in its column's language. */
const CELL_AGAINST = 2;

/**
 * Reads a row of two cells cut by one wide gap (a tab, three spaces) in a document laid out in
 * an English and a French column, `left` being the language of the left one: each cell is in
 * its column's language unless its words clearly say otherwise. Rows of words both languages
 * use (`Queensway Avenue      avenue Queensway`, `Suite 200      bureau 200`) are pairs there.
 * Returns null when the unit is no such row.
 */
export function readColumnRow(mt: MappedText, left: 'en' | 'fr', neutral?: NeutralFinder, copies = false): UnitReading | null {
  const text = mt.text;
  const pieces = splitPieces(text, neutral);
  // The cut between the columns: the row's one wide gap, or the widest of its gaps when the
  // others are narrower (`4:30 p.m.   Adjournment      13.  16 h 30   Levée de la séance`, each
  // column setting its time apart from its item).
  let cut = -1;
  let widest = 0;
  let tie = false;
  for (let i = 1; i < pieces.length; i++) {
    const gap = text.slice(pieces[i - 1].to, pieces[i].from);
    if (!COLUMN_GAP.test(gap)) continue;
    const width = gap.replace(/\t/g, '    ').length;
    if (width > widest) {
      tie = false;
      widest = width;
      cut = i;
    } else if (width === widest) tie = true;
  }
  if (cut < 0 || tie || (!copies && sameBothSides(pieces, text))) return null;
  const right = left === 'en' ? 'fr' : 'en';
  const cells: Array<[Piece[], 'en' | 'fr']> = [
    [pieces.slice(0, cut), left],
    [pieces.slice(cut), right],
  ];
  // A row of two values and nothing else (`613-960-9251      613-960-9215`): each column's, so
  // that the value checks compare them; the same value in both is shared material.
  const valueOnly = (cell: Piece[]): boolean => cell.every((p) => !/\p{L}/u.test(text.slice(p.from, p.to)) && /\d/.test(text.slice(p.from, p.to)));
  const values = valueOnly(cells[0][0]) && valueOnly(cells[1][0]) && text.slice(cells[0][0][0].from, cells[0][0].at(-1)!.to) !== text.slice(cells[1][0][0].from, cells[1][0].at(-1)!.to);
  const cellText = (cell: Piece[]): string => text.slice(cell[0].from, cell[cell.length - 1].to);
  const wordsOfCell = cells.map(([cell]) => new Set(cellText(cell).toLowerCase().match(/\p{L}+/gu) ?? []));
  for (const [k, [cell, lang]] of cells.entries()) {
    // A place named in the other language (`50 Place de la Cité` in the English cell) says nothing;
    // nor do words both cells have (`Smiths Falls, ON` beside `Smiths Falls (Ontario)`).
    const other = wordsOfCell[1 - k];
    // Nor does a label's acronym (`CUP :`, the French UPC, reads as the English `cup`).
    const own = cellText(cell)
      .replace(NAME_WITH_PARTICLE, ' ')
      .replace(ACRONYM_LABEL, ' ')
      .replace(/\p{L}+/gu, (w) => (other.has(w.toLowerCase()) ? ' ' : w));
    const score = scoreText(own).score;
    if ((lang === 'en' ? score : -score) >= CELL_AGAINST) return null;
    // A label and its value (`UPC: 0 62847 11203 5` beside `CUP : 0 62847 12103 5`): the label,
    // an acronym as often as not, and the value are the cell's, for the value checks to compare.
    const labelled = /^\p{L}[\p{L}.'’ -]*[\s\u00a0\u202f]?:$/u.test(text.slice(cell[0].from, cell[0].to).trim());
    for (const [i, p] of cell.entries()) {
      const piece = text.slice(p.from, p.to);
      // The label and the values after it.
      const inLabelledCell = labelled && (i === 0 || !/\p{L}/u.test(piece));
      p.lang = !inLabelledCell && (p.code || (!values && !/\p{L}/u.test(piece))) ? 'und' : lang;
      p.paired = true;
    }
  }
  const runs = buildRuns(pieces, text);
  if (runs.length !== 2 || runs[0].lang === runs[1].lang) return null;
  return inlineReading(runs, pieces, text);
}

/** Capitalised words joined by particles, a place name: `Place de la Cité`, `Côte-des-Neiges`, `Rivière du Loup`. */
const NAME_WITH_PARTICLE = /\p{Lu}[\p{L}'’-]*(?:\s+(?:de|du|des|de la|d['’]|la|le)\s*\p{Lu}[\p{L}'’-]*)+/gu;

/**
 * In a unit that already holds both languages, an undecided word piece cut off by strong
 * separators on both sides, between pieces of one language, is the other language when it reads
 * as such beside them: the header row `Item / Point | Subject / Sujet` gives `Point` to French.
 * Undecided pieces between (codes, numbers, a `Date` column) are looked through.
 */
function resolveEnclosed(pieces: Piece[]): void {
  for (let i = 1; i + 1 < pieces.length; i++) {
    const p = pieces[i];
    if (p.lang !== 'und' || !p.wordy || p.sepBefore !== 2 || pieces[i + 1].sepBefore !== 2) continue;
    let a = i - 1;
    while (a >= 0 && pieces[a].lang === 'und') a--;
    let b = i + 1;
    while (b < pieces.length && pieces[b].lang === 'und') b++;
    if (a < 0 || b >= pieces.length) continue;
    const prev = pieces[a];
    const next = pieces[b];
    if (prev.lang === 'und' || prev.lang !== next.lang) continue;
    const d = decidePair(p.score, next.score);
    const e = decidePair(p.score, prev.score);
    if (d && e && d.b === next.lang && e.b === prev.lang) {
      p.lang = d.a;
      p.paired = true;
    }
  }
}

/** Language scores of a bilingual label's words: below the first, undecided; from the second, decided. */
const LABEL_UNDECIDED = 1;
const LABEL_DECIDED = 2;

/**
 * A bilingual label opening the unit, before a colon: `Videoconference / Vidéoconférence :
 * Microsoft Teams`, `Dress / Tenue : Business attire / Tenue de ville`, `Vidéoconférence |
 * Videoconference : Microsoft Teams`. An undecided label reads as the other language beside the
 * decided one, and what follows the colon (a name, a number) is the value of both.
 */
function resolveLabel(pieces: Piece[], text: string): void {
  if (pieces.length < 3) return;
  const [a, b, c] = pieces;
  if (!a.wordy || !b.wordy || b.sepBefore !== 2 || c.sepBefore !== 1) return;
  // The label ends on its colon (`Vidéoconférence :`), or the colon stands alone before the value.
  if (!labelBefore(text, b, c)) return;
  if ((a.lang === 'und') !== (b.lang === 'und')) {
    // Beside a clearly decided label, an undecided one is the other language, also when it barely
    // leans either way (`Attire / Tenue :`: `attire` is a French verb too).
    const [undecided, decided] = a.lang === 'und' ? [a, b] : [b, a];
    const d = decidePair(undecided.score, decided.score);
    if (d && d.b === decided.lang) undecided.lang = d.a;
    else if (Math.abs(undecided.score.score) < LABEL_UNDECIDED && Math.abs(decided.score.score) >= LABEL_DECIDED) undecided.lang = decided.lang === 'fr' ? 'en' : 'fr';
    else return;
    undecided.paired = true;
  } else if (a.lang === b.lang) return;
  // A name after the colon (`Microsoft Teams`, `Grand Hall, Gatineau (Québec)`) is the value of
  // both labels, shared. A value in two languages goes on (`Dress / Tenue : Business attire /
  // Tenue de ville`).
  const v = text.slice(c.from, c.to);
  if (pieces.slice(3).every((p) => p.lang === 'und') && (NAME_VALUE.test(v) || PLACE_NAME.test(v))) asName(c);
}

/** Whether `label` ends on a colon before `value`: a label and its value. */
function labelBefore(text: string, label: Piece, value: Piece): boolean {
  return /:\s*$/.test(text.slice(label.from, value.from));
}

/** Sets a piece aside as a name inside the unit, in no language. */
function asName(p: Piece): void {
  p.lang = 'und';
  p.wordy = false;
}

/**
 * `Secretary: Martin Côté`, `Our office: 200 Promenade du Portage`, `Location: Place du Portage,
 * Room 7C-120`: a name or a place after a label's colon, the only piece of its language, is the
 * value of the label, in no language (`Côté` is a French word too). The unit is the label's.
 */
function nameAfterLabel(pieces: Piece[], text: string): void {
  for (let i = 1; i < pieces.length; i++) {
    const label = pieces[i - 1];
    const value = pieces[i];
    if (label.lang === 'und' || value.lang === 'und' || value.lang === label.lang || value.sepBefore !== 1 || !labelBefore(text, label, value)) continue;
    // The value is the only piece of its language; the line may go on in the label's (`, Room 7C-120, Gatineau`).
    if (pieces.some((q) => q !== value && q.lang === value.lang)) continue;
    // A French label must read as French: with the colon English puts right after its word and
    // only words English has too (`Site 1: Kuujjuaq Water Treatment Plant Upgrade`), it is the
    // English line's label.
    if (label.lang === 'fr' && englishColonLabel(text, label)) continue;
    const v = text.slice(value.from, value.to);
    if (NAME_VALUE.test(v) || PLACE_NAME.test(v) || frenchNameAfterEnglishLabel(text, label, value)) asName(value);
  }
}

/** Whether a label ends on a colon right after its last character, every word of it an English word. */
function englishColonLabel(text: string, label: Piece): boolean {
  const colon = text.indexOf(':', label.from);
  if (colon < 1 || /\s/.test(text[colon - 1])) return false;
  const words = text.slice(label.from, colon).match(/\p{L}{2,}/gu) ?? [];
  return words.length > 0 && words.every((w) => dictionary('en').has(fold(w)));
}

/**
 * `10:00 a.m. – Lecture: Quantum Sensors in Everyday Life`: a label of one word before its colon,
 * after a time and its dash, that reads as the other language (`lecture` is a French word) between
 * pieces of one language is a label of that line, not a run of its own.
 */
function labelAmidOtherLanguage(pieces: Piece[], text: string): void {
  for (let i = 1; i + 1 < pieces.length; i++) {
    const p = pieces[i];
    const label = text.slice(p.from, pieces[i + 1].from).trim();
    if (p.lang === 'und' || !/^[\p{L}'’-]+[\s\u00a0\u202f]?:$/u.test(label)) continue;
    // After a time or a date and its spaced dash, as a schedule's entries go (not `From / De : …`,
    // a label and its translation).
    const before = pieces[i - 1];
    if (before.wordy || !/^\s+[–—-]\s+$/.test(text.slice(before.to, p.from))) continue;
    const after = pieces.slice(i + 1).find((q) => q.lang !== 'und');
    if (before.lang !== 'und' && after && before.lang === after.lang && before.lang !== p.lang) p.lang = before.lang;
  }
}

/**
 * `WESTPORT (ÎLE BRIER)` under `WESTPORT (BRIER ISLAND)`: a single name that no dictionary knows,
 * with a bracket that ends the unit after it, is the place the bracket glosses, in no language;
 * the unit is the bracket's. (`Agenda (Ordre du jour)`: a word, the English of the bracket.)
 */
function nameBeforeGloss(pieces: Piece[], text: string): void {
  if (pieces.length !== 2 || pieces[1].lang === 'und' || !/^\s*\($/.test(text.slice(pieces[0].to, pieces[1].from)) || !/^\)\s*$/.test(text.slice(pieces[1].to))) return;
  const name = text.slice(pieces[0].from, pieces[0].to);
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(name)) return;
  const word = fold(name);
  if (dictionary('en').has(word) || dictionary('fr').has(word)) return;
  asName(pieces[0]);
}

/**
 * `St. John's, le mardi 21 avril 2026`: a piece that is the name of a Canadian place of the
 * shipped list (rules/lang/places-ca.txt), in a line with words of the other language, is a name
 * of the line, in no language; not when it stands across a slash or dash from the rest (`Thunder
 * Bay / Thunder Bay`).
 */
function knownPlaces(pieces: Piece[], text: string): void {
  if (pieces.length < 2) return;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.lang === 'und' || (p.sepBefore === 2 && !placeAfterDash(pieces, i, text)) || !isKnownPlace(text.slice(p.from, p.to))) continue;
    if (!pieces.some((q) => q !== p && q.lang !== 'und' && q.lang !== p.lang)) continue;
    asName(p);
  }
}

/**
 * A place after a dash that follows words which are no place (`Bureau de secteur – St. John's`):
 * where the office is, not the English of the words before it.
 */
function placeAfterDash(pieces: Piece[], i: number, text: string): boolean {
  const before = pieces[i - 1];
  return before !== undefined && /^\s+[–—-]\s+$/.test(text.slice(before.to, pieces[i].from)) && !isKnownPlace(text.slice(before.from, before.to));
}

/**
 * `Two Jack Lakeside : le jeudi 21 mai 2026 à midi HAR`: a name of English words (two or more,
 * each capitalised) before a colon spaced the French way, followed by French only, is the name the
 * French line is about, not an English side: the colon's space is French typography.
 */
function nameBeforeFrenchColon(pieces: Piece[], text: string): void {
  if (pieces.length < 2) return;
  const [label, value] = pieces;
  if (label.lang !== 'en' || value.lang !== 'fr' || value.sepBefore !== 1 || !/[\s\u00a0\u202f]:\s*$/.test(text.slice(label.from, value.from))) return;
  // The rest of the line French or undecided (`Garden Hill : le mardi 3 novembre 2026, de 9 h 30 à 16 h HNC`).
  if (pieces.slice(2).some((p) => p.lang === 'en')) return;
  const name = text.slice(label.from, label.to).replace(/[\s\u00a0\u202f]*:\s*$/, '');
  if (countWords(name) >= 2 && NAME_VALUE.test(name)) asName(label);
}

/**
 * `Grande-Entrée: Tuesday, September 15, 2026, 7:00 p.m., Community Hall`: a place's name of
 * capitalised parts joined by hyphens (particles between: `L'Étang-du-Nord`), before a colon
 * written the English way (none before it) that opens a line of English and nothing French, is a
 * name, though its words read as French.
 */
function hyphenatedNameBeforeEnglishColon(pieces: Piece[], text: string): void {
  if (pieces.length < 2) return;
  const label = pieces[0];
  if (label.lang !== 'fr' || !/^\S+:$/.test(text.slice(label.from, label.to).trim())) return;
  const name = text.slice(label.from, label.to).trim().slice(0, -1);
  if (!/^\p{Lu}[\p{L}'’]*(?:-(?:\p{Lu}[\p{L}'’]*|de|du|des|la|le|les|aux|au|sur|en))*-\p{Lu}[\p{L}'’]*$/u.test(name)) return;
  const rest = pieces.slice(1);
  if (rest.some((p) => p.lang === 'fr') || !rest.some((p) => p.lang === 'en' && p.wordy)) return;
  asName(label);
}

/**
 * `… (score: 96%) / Vérification … le 28 janvier 2027 (note : 96 %)`, `Bénéficiaire : Capitol
 * Theatre Heritage Foundation`: a label of one word of the French word list, undecided by the
 * lexicon, its colon spaced the French way, is French: English puts no space before its colon.
 * Only a label in parentheses, or before words in a line of one side.
 */
function frenchSpacedLabels(pieces: Piece[], text: string): void {
  // (In a line of two languages, one colon may serve both labels: `Absente / Regrets : Sophie
  // Bélanger`; a label in parentheses is its side's.)
  const twoSides = /\s[/|]\s/.test(text);
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (p.lang !== 'und' || !p.wordy) continue;
    // Out of parentheses, a label before words (a name), not a region's count (`Atlantique : 30`
    // in a list both halves write alike).
    if (text.charCodeAt(p.from - 1) !== 40 /* ( */ && (twoSides || !pieces[k + 1]?.wordy)) continue;
    const m = /^(\p{L}+)[\s\u00a0\u202f]:$/u.exec(text.slice(p.from, p.to).trim());
    if (m && dictionary('fr').has(fold(m[1]))) p.lang = 'fr';
  }
}

/** Words of a value after a French colon (`10 places`) taken for the French line's. */
const FRENCH_COLON_VALUE_WORDS = 3;

/**
 * `Poupons (de 6 à 18 mois) : 10 places`: a short value after a colon spaced the French way, after
 * French and nothing English, is the French line's though its words read as English (`places`,
 * which both languages write): English puts no space before its colon.
 */
function valueAfterFrenchColon(pieces: Piece[], text: string): void {
  // Not in a line of pairs cut by a slash or a bar (`Attire / Tenue : Business attire / Tenue de ville`).
  if (/\s[/|]\s/.test(text)) return;
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i];
    const value = text.slice(p.from, p.to);
    // A name (`Microsoft Teams`) is no language's: a value with a word in small letters is taken.
    if (p.lang !== 'en' || countWords(value) > FRENCH_COLON_VALUE_WORDS || !/(?<![\p{L}])\p{Ll}/u.test(value) || !/[\s\u00a0\u202f]:\s*$/.test(text.slice(0, p.from))) continue;
    const before = pieces.slice(0, i);
    if (!before.some((q) => q.lang === 'fr') || before.some((q) => q.lang === 'en')) continue;
    p.lang = 'fr';
  }
}

/**
 * `Duty officer (24/7): 204-555-0148 / Agent de service (24 h sur 24, 7 jours sur 7) :
 * 204-555-0184`: a number ending the line after a colon spaced the French way, right after a
 * French piece, is that French piece's value (its English twin has its own), for the value checks.
 */
function numberAfterFrenchColon(pieces: Piece[], text: string): void {
  const n = pieces.length;
  const last = pieces[n - 1];
  if (n < 3 || last.wordy || last.code || last.lang !== 'und' || !/\d/.test(text.slice(last.from, last.to))) return;
  // The colon is a piece of its own, between the French piece and the number.
  const colon = pieces[n - 2];
  const before = pieces[n - 3];
  if (text.slice(colon.from, colon.to) !== ':' || before.lang !== 'fr' || !/^[)\]]?[\s\u00a0\u202f]+$/.test(text.slice(before.to, colon.from))) return;
  colon.lang = 'fr';
  last.lang = 'fr';
}

/**
 * `Location: Palais des congrès de Montréal`: a French name after a label of English words (the
 * lexicon knows them; not an acronym) written with the English colon, no white space before it
 * (`SCRIBE : Nom du système…` is a French line).
 */
function frenchNameAfterEnglishLabel(text: string, label: Piece, value: Piece): boolean {
  const v = text.slice(value.from, value.to);
  const l = text.slice(label.from, value.from).trimEnd();
  return value.lang === 'fr' && label.lang === 'en' && label.score.known > 0 && /[^\s]:$/.test(l) && countWords(l) <= LABEL_WORDS && FRENCH_NAME.test(v) && NAME_PARTICLE.test(v);
}

/** An acronym of capitals before a colon: a label (`CUP :`, `UPC:`), no word of a language. */
const ACRONYM_LABEL = /(?<![\p{L}])\p{Lu}{2,5}(?=[\s\u00a0\u202f]?:)/gu;

/** Words of a label before its colon (`Location:`, `Meeting room:`). */
const LABEL_WORDS = 3;

/**
 * A French name as French writes it, its first word alone capitalised (`Palais des congrès de
 * Montréal`, `Maison de la culture`, `Musée des beaux-arts`): words only, a few of them. Joined
 * by a particle (NAME_PARTICLE), after an English label's colon, it is the label's value.
 */
const FRENCH_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){1,6}$/u;
const NAME_PARTICLE = /\s(?:de|du|des|aux)\s|\sd['’]\p{L}|\sà\sla\s/u;

/**
 * `Room 6E-210, 200 Promenade du Portage, Gatineau, Quebec`, `401 Burrard Street, Suite 200`: a
 * place name of the other language between commas (capitalised words, their particles, maybe a
 * civic number; a unit and its number) is a name inside the line, not its translation, when it
 * is the only piece of its language.
 */
function namesBetweenCommas(pieces: Piece[], text: string): void {
  let cut: number | undefined;
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.lang === 'und' || p.sepBefore !== 1 || (i + 1 < pieces.length && pieces[i + 1].sepBefore !== 1)) continue;
    const part = text.slice(p.from, p.to);
    if (!/^,/.test(text.slice(pieces[i - 1].to, p.from).trim()) || !(PLACE_NAME.test(part) || UNIT_NUMBER.test(part))) continue;
    if (!pieces.some((q) => q !== p && q.lang !== 'und' && q.lang !== p.lang) || pieces.some((q) => q !== p && q.lang === p.lang)) continue;
    // Across the unit's one slash or pipe from all of the other language, it is the other side of
    // a pair (`Service Canada, Quebec Region | Service Canada, Région du Québec`).
    const at = (cut ??= onlyPairCut(pieces, text));
    if (at >= 0 && pieces.every((q, k) => q.lang === 'und' || q.lang === p.lang || k >= at !== i >= at)) continue;
    asName(p);
  }
}

/**
 * `Hôtel Westin Nova Scotian, salle Harbour, 1181, rue Hollis`, `Complexe Guy-Favreau, East Tower,
 * 200 René-Lévesque Boulevard West`: a place name that opens a line, before a comma and two pieces
 * of the other language or more (the room, the street), is the name of the venue the line goes on
 * to locate, not its translation. One piece after it (`Health Canada, Santé Canada`) is a pair.
 */
function nameOpeningAddress(pieces: Piece[], text: string): void {
  const p = pieces[0];
  if (pieces.length < 3 || p.lang === 'und' || pieces[1].sepBefore !== 1 || !/^\s*,\s*$/.test(text.slice(p.to, pieces[1].from))) return;
  if (!PLACE_NAME.test(text.slice(p.from, p.to))) return;
  const rest = pieces.slice(1);
  if (rest.some((q) => q.sepBefore === 2 || q.lang === p.lang) || rest.filter((q) => q.lang !== 'und').length === 0) return;
  asName(p);
}

/** A person's name: two or three capitalised words (`Geneviève Côté`, `Marie-Ève Lavoie`). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u;

/**
 * A list of people's names between commas (`…, Geneviève Côté, Rajinder Sandhu, Émilie
 * Bouchard`): a name whose letters read as one language (`Côté` is a French word) is a name of
 * the list, like its undecided neighbours, not a run of that language.
 */
function namesInList(pieces: Piece[], text: string): void {
  const isName = (q: Piece | undefined): boolean => q !== undefined && PERSON_NAME.test(text.slice(q.from, q.to));
  const comma = (a: Piece, b: Piece): boolean => /^,$/.test(text.slice(a.to, b.from).trim());
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.lang === 'und' || !isName(p)) continue;
    const prev = i > 0 && comma(pieces[i - 1], p) ? pieces[i - 1] : undefined;
    const next = i + 1 < pieces.length && comma(p, pieces[i + 1]) ? pieces[i + 1] : undefined;
    // Neighbours across commas that are undecided names too: the one before and the one after,
    // or the next two.
    const names = [prev, next].filter((q) => q !== undefined && q.lang === 'und' && isName(q)).length;
    const further = next !== undefined && i + 2 < pieces.length && comma(next, pieces[i + 2]) && pieces[i + 2].lang === 'und' && isName(pieces[i + 2]);
    if (names === 2 || (names === 1 && next !== undefined && further)) asName(p);
  }
}

/** Columns a row needs before a name cell in it is read as a column of names. */
const NAME_ROW_CELLS = 3;
/** Words of the row's sentence cell beside such a name. */
const NAME_ROW_SENTENCE = 3;

/**
 * A row of a table of three columns or more (`Envoyer les tableaux de l'enquête   Ontario   21
 * mars 2025`): a cell of one or two capitalised words (a province, a lead's name, an acronym) is
 * a column of names, not the translation of the sentence cell beside it. A bilingual table has
 * two columns, an English cell and a French one, and is left alone.
 */
function namesInColumns(pieces: Piece[], text: string): void {
  if (!COLUMN_GAP.test(text) || text.split(COLUMN_GAP).filter((c) => c.trim()).length < NAME_ROW_CELLS) return;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (!p.wordy) continue;
    const gapBefore = i === 0 || COLUMN_GAP.test(text.slice(pieces[i - 1].to, p.from));
    const gapAfter = i + 1 === pieces.length || COLUMN_GAP.test(text.slice(p.to, pieces[i + 1].from));
    const cell = text.slice(p.from, p.to);
    if (!gapBefore || !gapAfter || !NAME_VALUE.test(cell) || cell.split(/\s+/).length > 2) continue;
    if (pieces.some((q) => q !== p && q.lang !== 'und' && q.lang !== p.lang && countWords(text.slice(q.from, q.to)) >= NAME_ROW_SENTENCE)) asName(p);
  }
}

/** A cell this weakly in one language takes the language of a row's other cells. */
const CELL_WEAK = 1.5;

/**
 * A row of a table of three columns or more in one language (`Programme   Projets   Engagé ($)
 * Part`, `No   Mesure   Responsable`): a cell that reads weakly as the other language (`Part`,
 * `Total`) or is an abbreviation (`No`) is a word of the row's language, when two cells or more
 * are in that language and none is clearly in the other.
 */
function weakCellsInRow(pieces: Piece[], text: string): void {
  if (!COLUMN_GAP.test(text) || text.split(COLUMN_GAP).filter((c) => c.trim()).length < NAME_ROW_CELLS) return;
  const gap = (from: number, to: number): boolean => /\t| {2,}/.test(text.slice(from, to));
  // Weak: a whole cell of words with little evidence, or a word of three letters or fewer (`No`,
  // an abbreviation). A time beside its twin in one cell (`9 h 30 / 9:30 a.m.`) is no such cell.
  const weak = (p: Piece): boolean => {
    const i = pieces.indexOf(p);
    const whole = (i === 0 || gap(pieces[i - 1].to, p.from)) && (i + 1 === pieces.length || gap(p.to, pieces[i + 1].from));
    return p.wordy && whole && (Math.abs(p.score.score) < CELL_WEAK || /^\p{L}{1,3}\.?$/u.test(text.slice(p.from, p.to)));
  };
  const decided = pieces.filter((p) => p.lang === 'en' || p.lang === 'fr');
  for (const lang of ['en', 'fr'] as const) {
    const own = decided.filter((p) => p.lang === lang);
    const others = decided.filter((p) => p.lang !== lang);
    if (own.length < 2 || others.length === 0 || !others.every(weak)) continue;
    for (const p of others) p.lang = lang;
  }
}

/** A capitalised word and a number, a part of an address: `Suite 200`, `Room 7C-120`, `Bureau 300`. */
const UNIT_NUMBER = /^\p{Lu}\p{Ll}+\s\d[\w-]*$/u;

/**
 * Two capitalised words or more, with the particles of place names between (`Place du Portage`)
 * or an ampersand (a firm's name: `Boreal Pump & Controls`), after an optional civic number, which
 * a particle may follow (`2100 des Hêtres Boulevard`).
 */
const PLACE_NAME = /^(?:\d+[A-Z]?\s+(?:(?:de|du|des|de la)\s+)?)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|du|des|de la|la|le|of|the|&)\s+)?\p{Lu}[\p{L}'’-]*)+$/u;

/** Words that all start with a capital or a digit: a name, a product. */
export const NAME_VALUE = /^[\p{Lu}\d][\p{L}\p{N}.'’&+-]*(?:\s+[\p{Lu}\d][\p{L}\p{N}.'’&+-]*){0,3}$/u;

/** Two cell walls with only spaces between: an empty cell of a table row. */
const EMPTY_CELL = /\|[ \t\u00a0]*\|/;

function buildRuns(pieces: Piece[], text: string): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.lang === 'und') continue;
    const last = runs[runs.length - 1];
    // A run does not reach over a column of neutral material (a date column in a table row), nor
    // over an empty cell (`| Indigenous data sovereignty |  | Room 206 / Salle 206 |`: the French
    // cell left empty).
    if (last && last.lang === p.lang && !pieces.slice(last.lastPiece + 1, i).some((q) => isColumn(pieces, q, text)) && !EMPTY_CELL.test(text.slice(pieces[i - 1].to, p.from))) {
      last.to = p.to;
      last.lastPiece = i;
    } else {
      runs.push({ lang: p.lang, from: p.from, to: p.to, score: 0, firstPiece: i, lastPiece: i });
    }
  }
  for (const r of runs) r.score = scoreText(text.slice(r.from, r.to)).score + valueLean(extractValuesCached(text), r.from, r.to);
  return runs;
}

let lastValuesText = '';
let lastValues: Value[] = [];
function extractValuesCached(text: string): Value[] {
  if (text !== lastValuesText) {
    lastValuesText = text;
    lastValues = extractValues(text, 'und');
  }
  return lastValues;
}

/**
 * A sentence with a place name the letters make look English (`…au 22, rue Eddy, Gatineau
 * (Québec)…`) is one French sentence, not a pair: a run in the other language much weaker than the
 * unit's strongest run is undecided.
 */
function dropWeakMinority(runs: Run[], pieces: Piece[], text: string): Run[] {
  if (runs.length < 2) return runs;
  const strongest = runs.reduce((a, b) => (Math.abs(b.score) > Math.abs(a.score) ? b : a));
  let changed = false;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    if (r.lang === strongest.lang) continue;
    // Kept: a column read against its neighbours (`Point` beside `Item`), and a time or amount
    // beside its twin written the other language's way (`8:30 a.m. / 8 h 30`).
    if (pieces.slice(r.firstPiece, r.lastPiece + 1).some((p) => p.paired)) continue;
    if (valueOnly(r, pieces) && [runs[i - 1], runs[i + 1]].some((q) => q && q.lang !== r.lang && valueOnly(q, pieces))) continue;
    const weak = Math.abs(r.score) < MINORITY_MAX && Math.abs(r.score) < Math.abs(strongest.score) * MINORITY_RATIO;
    // A weakly French run in title case (`Rideau Canal National Historic Site – Draft Management
    // Plan`) is a name or an English title, however it is set off: French capitalises a title's
    // first word and its names only.
    // So is one in brackets after a run of the other language half as long again at least, reading a
    // little more than weakly (`… after 4 p.m.: no service (Grande-Grave Sea Festival).`: `grande`
    // and `grave` are French words); a translation in brackets is about as long as what it
    // translates (`Fisheries and Oceans Canada (Pêches et Océans Canada)`).
    const bracketed = i > 0 && /\(\s*$/.test(text.slice(runs[i - 1].to, r.from)) && /^\s*\)/.test(text.slice(r.to)) && runs[i - 1].to - runs[i - 1].from >= GLOSSED_RUN_RATIO * (r.to - r.from);
    if ((weak || (bracketed && Math.abs(r.score) < IN_BRACKET_MAX)) && r.lang === 'fr' && titleCased(text.slice(r.from, r.to))) {
      for (let k = r.firstPiece; k <= r.lastPiece; k++) pieces[k].lang = 'und';
      changed = true;
      continue;
    }
    // Kept: a run set off on each side by the unit's edge or a slash, spaced dash or column gap,
    // the marks that join two languages (`Contact / Personne-ressource : …`); a name inside a
    // sentence sits between commas or parentheses. Not a weak run after a comma inside brackets the
    // run before opened (`… (entrée libre, 210 places)`: `places` is an English word too).
    const inBracket = i > 0 && Math.abs(r.score) < IN_BRACKET_MAX && openBracketBefore(text, runs[i - 1].from, r.from) && /,\s*$/.test(text.slice(runs[i - 1].to, r.from));
    if (setOff(r, pieces, text) && !inBracket) continue;
    // Kept: a street written the French way (`125 Sussex Drive/promenade Sussex, Room/Salle …`),
    // French by its word order whatever its words score.
    if (r.lang === 'fr' && FRENCH_STREET.test(text.slice(r.from, r.to))) continue;
    // A run that holds strong words of the unit's main language is a name quoted inside it
    // (`Interpretation in Langue des signes québécoise (LSQ) and …`), not its translation.
    const mixedIn = pieces.slice(r.firstPiece, r.lastPiece + 1).some((p) => (r.lang === 'fr' ? -p.score.maxEn : p.score.maxFr) >= MIXED_WORD * 2);
    const enclosed = i > 0 && i + 1 < runs.length && runs[i - 1].lang !== r.lang && runs[i + 1].lang !== r.lang;
    const opening = i === 0 && runs.length === 2;
    if (weak || inBracket || mixedIn || ((enclosed || opening) && personalName(r, pieces, text)) || gloss(runs, i, text) || connective(runs, i, text, strongest)) {
      for (let k = r.firstPiece; k <= r.lastPiece; k++) pieces[k].lang = 'und';
      changed = true;
    }
  }
  return changed ? buildRuns(pieces, text) : runs;
}

/**
 * A sentence opening on a one-word connective before its comma (`Or, nous retenons 104,50 $…`,
 * `Alors, …`): the word is one the other language writes too (`or`, `alors` reads as nothing in
 * English but `or` is an English word), and the rest of the unit reads its own language many
 * times more strongly. The opening word is the sentence's, not a translation of it: a pair opens
 * on a label both languages would translate, and leans both ways about as strongly.
 */
function connective(runs: Run[], i: number, text: string, strongest: Run): boolean {
  const r = runs[i];
  if (i !== 0 || r === strongest) return false;
  const word = text.slice(r.from, r.to);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !/^\s*,/.test(text.slice(r.to))) return false;
  const otherLang = r.lang === 'en' ? 'fr' : 'en';
  if (!dictionary(otherLang).has(fold(word))) return false;
  const rest = runs.slice(1).filter((q) => q.lang !== r.lang).reduce((sum, q) => sum + Math.abs(q.score), 0);
  return rest >= CONNECTIVE_RATIO * Math.abs(r.score);
}

/** How many times more strongly the rest of a unit reads its language than an opening connective. */
const CONNECTIVE_RATIO = 5;

/** How many times longer than a name in brackets the run before it is (a translation is about as long). */
const GLOSSED_RUN_RATIO = 1.5;

/** The strongest a run after a comma inside the run before's brackets may read and still be its words. */
const IN_BRACKET_MAX = 6;

/** Whether a bracket opened between `from` and `to` is still open at `to`. */
function openBracketBefore(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Every word of four letters or more capitalised, and two such words at least (`National Historic Site`). */
function titleCased(text: string): boolean {
  const long = text.match(/[\p{L}’'-]{4,}/gu) ?? [];
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * The other language's term in parentheses inside a sentence, as French technical writing glosses
 * its terms (`soumettre des demandes de tirage (pull request) comme à l'habitude`, `un ensemble
 * prédéfini (case) de valeurs`): the sentence goes on after it, or the words before it are more
 * than twice as many. A translation in parentheses (`Agenda (Ordre du jour)`) ends its unit and is
 * about as long as what it translates.
 */
function gloss(runs: Run[], i: number, text: string): boolean {
  const r = runs[i];
  const open = text.slice(0, r.from).trimEnd();
  if (!open.endsWith('(') || !text.slice(r.to).trimStart().startsWith(')')) return false;
  const prev = runs[i - 1];
  const next = runs[i + 1];
  if (!prev || prev.lang === r.lang) return false;
  if (next && next.lang !== r.lang) return true;
  const words = countWords(text.slice(r.from, r.to));
  const before = countWords(text.slice(prev.from, prev.to));
  return words > 0 && before >= 4 && before > words * 2;
}

/** Words of two letters or more, without digits (`p.m.`, `19 h` and `7:00` are not words here). */
export function countWords(s: string): number {
  let n = 0;
  for (const t of wordTokens(s)) if (t.norm.length >= 2 && !/\d/.test(t.norm)) n++;
  return n;
}

/**
 * A person's name inside the other language's words (`Information: Sylvie Côté, Coordinator`):
 * two or three capitalised words, one of them unknown to the lexicon, in mixed-case text,
 * between commas or after a colon; or opening the unit before a comma, as a quotation's
 * attribution does (`– Claire Boudreau, Mayor of Riverbend`).
 */
function personalName(r: Run, pieces: Piece[], text: string): boolean {
  if (r.firstPiece !== r.lastPiece) return false;
  const p = pieces[r.firstPiece];
  const s = text.slice(p.from, p.to).replace(/[.,;:]+$/, '').replace(/^[–—-]\s+/, '');
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 3 || isAllCaps(text) || p.score.unseenCapitalised === 0) return false;
  // The colon of `Information:` stays with its piece.
  const prev = pieces[r.firstPiece - 1];
  const before = prev ? text.slice(Math.max(prev.from, prev.to - 1), p.from).trim() : '';
  const after = text.slice(p.to, pieces[r.lastPiece + 1]?.from ?? text.length).trim();
  const opening = !prev && after === ',';
  if (!opening && (!/^[^\s]?[,:;]$/.test(before) || !/^[,;]?$/.test(after))) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w));
}

/** A tab or two spaces in text[from, to): the gap between two columns of a table laid out as text. */
function isColumnGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 9 || (c === 32 && k + 1 < to && text.charCodeAt(k + 1) === 32)) return true;
  }
  return false;
}

/** A mark that joins two languages in text[from, to): a slash, pipe, spaced dash or column gap. */
function isPairGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 47 || c === 124 || c === 9) return true;
    if (c === 32 && k + 1 < to && text.charCodeAt(k + 1) === 32) return true;
    // – — - with white space on both sides.
    if ((c === 0x2013 || c === 0x2014 || c === 45) && k > from && k + 1 < to && isSpace(text.charCodeAt(k - 1)) && isSpace(text.charCodeAt(k + 1))) return true;
  }
  return false;
}

/** An undecided piece set off by column gaps (or the unit's edge) on both sides: a table cell. */
function isColumn(pieces: Piece[], p: Piece, text: string): boolean {
  if (p.lang !== 'und') return false;
  const k = pieces.indexOf(p);
  const gapBefore = k > 0 && isColumnGap(text, pieces[k - 1].to, p.from);
  const gapAfter = k < pieces.length - 1 && isColumnGap(text, p.to, pieces[k + 1].from);
  return (gapBefore || gapAfter) && (gapBefore || k === 0) && (gapAfter || k === pieces.length - 1);
}

function setOff(r: Run, pieces: Piece[], text: string): boolean {
  if (!pieces.slice(r.firstPiece, r.lastPiece + 1).some((p) => p.wordy)) return false;
  const before = r.firstPiece === 0 || isPairGap(text, pieces[r.firstPiece - 1].to, pieces[r.firstPiece].from);
  return before && (r.lastPiece === pieces.length - 1 || isPairGap(text, pieces[r.lastPiece].to, pieces[r.lastPiece + 1].from));
}

/** How far an undecided side may lean towards the unit's language and still be read as the other. */
const ORDER_LEAN_MAX = 0.8;

/**
 * Splits a monolingual-looking unit at its one slash or spaced dash when the words on one side
 * are all undecided and that side is where the document puts the other language. Returns
 * whether pieces changed language.
 */
function splitByOrder(pieces: Piece[], text: string, lang: 'en' | 'fr', firstLang: 'en' | 'fr'): boolean {
  const cut = onlyPairCut(pieces, text);
  if (cut < 0) return false;
  // The other language goes first when the document writes it first.
  const [from, to] = firstLang === lang ? [cut, pieces.length] : [0, cut];
  const side = pieces.slice(from, to).filter((p) => p.wordy);
  const rest = [...pieces.slice(0, from), ...pieces.slice(to)];
  if (side.length === 0 || side.some((p) => p.lang !== 'und') || !rest.some((p) => p.lang === lang)) return false;
  // Values and zones alone (`10:00 am-11:30 am EST` after a date) are no language: the line is
  // the date line of one language, not a pair.
  if (!side.some((p) => wordsBesideValues(text, p))) return false;
  const lean = scoreText(side.map((p) => text.slice(p.from, p.to)).join(' ')).score;
  if ((lang === 'fr' ? lean : -lean) > ORDER_LEAN_MAX) return false;
  for (const p of side) p.lang = lang === 'en' ? 'fr' : 'en';
  return true;
}

/**
 * `Roads / Routes` in a document whose lines put English first: no word decided, the line reads as
 * English taken whole, but its second side leans to English only weakly (`Routes` is a French word
 * too). The first side takes the line's language and the second is read by the document's order
 * (splitByOrder). False, and nothing changed, otherwise.
 */
function sidesByOrder(pieces: Piece[], text: string, firstLang: 'en' | 'fr'): boolean {
  const cut = onlyPairCut(pieces, text);
  if (cut < 1) return false;
  const whole = scoreText(text).score;
  const lang = whole <= -PIECE_THRESHOLD ? 'en' : whole >= PIECE_THRESHOLD ? 'fr' : null;
  if (lang !== firstLang) return false;
  const first = pieces.slice(0, cut).filter((p) => p.wordy && p.lang === 'und');
  if (first.length === 0) return false;
  for (const p of first) p.lang = lang;
  if (splitByOrder(pieces, text, lang, firstLang)) return true;
  for (const p of first) p.lang = 'und';
  return false;
}

/**
 * `Service Canada Centre – Sudbury | Centre Service Canada – Sudbury`, `… – Sturgeon Falls, 44 King
 * Street | Centre Service Canada – Sturgeon Falls, 44, rue King`: the two sides of the line's one
 * cut hold the same words in another order (a name whose order each language sets), but for a
 * few that read as the second side's language (`rue`). In a document whose lines put one language
 * first, the line is a pair in that order.
 */
function reorderedTwins(pieces: Piece[], text: string, firstLang: 'en' | 'fr'): boolean {
  const cut = onlyPairCut(pieces, text);
  if (cut < 0) return false;
  const words = (from: number, to: number): string[] => (text.slice(pieces[from].from, pieces[to - 1].to).toLowerCase().match(/\p{L}+/gu) ?? []);
  const a = words(0, cut);
  const b = words(cut, pieces.length);
  if (a.length < 2 || a.join(' ') === b.join(' ')) return false;
  const second = firstLang === 'en' ? 'fr' : 'en';
  // `Accessible voting / Vote accessible`: the words of a short heading in the other language's order.
  if (swappedTwins(text.slice(pieces[0].from, pieces[cut - 1].to), text.slice(pieces[cut].from, pieces[pieces.length - 1].to))) {
    pieces.forEach((p, k) => {
      if (!p.wordy) return;
      p.lang = k < cut ? firstLang : second;
      p.paired = true;
    });
    return true;
  }
  const onlyB = [...b];
  for (const w of a) {
    const k = onlyB.indexOf(w);
    if (k >= 0) onlyB.splice(k, 1);
  }
  if (onlyB.length > 0) {
    // Two thirds of the words shared, and the others the second language's.
    if (3 * (b.length - onlyB.length) < 2 * Math.max(a.length, b.length)) return false;
    const lean = scoreText(onlyB.join(' ')).score;
    if ((second === 'fr' ? lean : -lean) <= 0) return false;
  }
  pieces.forEach((p, k) => {
    p.lang = k < cut ? firstLang : second;
    p.paired = true;
  });
  return true;
}

/** Whether a piece has a word of two letters or more outside the values in it. */
function wordsBesideValues(text: string, p: Piece): boolean {
  return /\p{L}{2,}/u.test(blankValues(extractValuesCached(text), text.slice(p.from, p.to), p.from, p.to));
}

/** A run whose language comes only from how its values are written (times, amounts). */
function valueOnly(r: Run, pieces: Piece[]): boolean {
  for (let k = r.firstPiece; k <= r.lastPiece; k++) if (pieces[k].lang !== 'und' && (pieces[k].wordy || pieces[k].valueLean === 0)) return false;
  return true;
}

/**
 * Undecided pieces between two runs go to the side that makes the two sides look alike:
 * `Item 1 – Opening Remarks / Point 1 – Mot d'ouverture` gives FR `Point 1 – Mot d'ouverture`.
 */
function attachBetween(runs: Run[], pieces: Piece[], text: string): void {
  for (let k = 0; k + 1 < runs.length; k++) {
    const a = runs[k];
    const b = runs[k + 1];
    const between = b.firstPiece - a.lastPiece - 1;
    if (between <= 0) continue;
    // Pieces before the first run and after the last one mirror pieces of the other side
    // (`Hamilton, Ontario, June 12, 2024 / Hamilton (Ontario), le 12 juin 2024`): they count.
    const leading = k === 0 ? a.firstPiece : 0;
    const trailing = k + 2 === runs.length ? pieces.length - 1 - b.lastPiece : 0;
    // Candidate cut: the in-between pieces [a.lastPiece+1, cut) go left, [cut, b.firstPiece) right.
    let best = -1;
    let bestScore = -Infinity;
    for (let cut = a.lastPiece + 1; cut <= b.firstPiece; cut++) {
      const left = cut - a.firstPiece + leading;
      const right = b.lastPiece - cut + 1 + trailing;
      let s = -Math.abs(left - right);
      // Prefer cutting at the strongest separator, and at a mark that joins two languages
      // (slash, spaced dash) rather than a parenthesis.
      s += pieces[cut].sepBefore * 0.5;
      if (isPairGap(text, pieces[cut - 1].to, pieces[cut].from)) s += 0.25;
      // The civic number of a French address (`… / 344, rue Slater`) is the street's, whatever
      // the count of pieces says (a province in parentheses is one more piece on that side).
      if (cut + 1 === b.firstPiece && b.lang === 'fr' && /^\d+[A-Z]?$/.test(text.slice(pieces[cut].from, pieces[cut].to)) && FRENCH_STREET.test(text.slice(pieces[cut].from, pieces[cut + 1].to))) s += 2;
      // A bar between spaces divides cells (`702 5th Street, … | 702, 5e Rue, …`): a cut there
      // outweighs the balance of pieces on each side, bar a very lopsided row.
      if (BAR_CUT.test(text.slice(pieces[cut - 1].to, pieces[cut].from))) s += CELL_BAR;
      if (s > bestScore) {
        bestScore = s;
        best = cut;
      }
    }
    const leftGain = best - a.lastPiece - 1;
    const rightGain = b.firstPiece - best;
    // Codes, and undecided columns of their own (a date column), stay shared.
    const movable = (p: Piece): boolean => !p.code && !isColumn(pieces, p, text);
    if (leftGain > 0 && pieces.slice(a.lastPiece + 1, best).every(movable)) {
      a.lastPiece = best - 1;
      a.to = pieces[best - 1].to;
    }
    if (rightGain > 0 && pieces.slice(best, b.firstPiece).every(movable)) {
      b.firstPiece = best;
      b.from = pieces[best].from;
    }
  }
}

/**
 * A leading undecided label joined to the first run by a colon (`Presenter: Chief Audit
 * Executive`), or a leading acronym whose gloss in brackets opens the run (`EI (toll-free):
 * 1-800-206-7218 / AE (sans frais) : …`). Undecided pieces that open a bracket the first run
 * closes belong to it (`LFA 23 (Chaleur Bay – Miscou) opens …`: names, cut at a dash inside the
 * brackets).
 */
function attachLeading(runs: Run[], pieces: Piece[], text: string): void {
  const first = runs[0];
  const i = first.firstPiece - 1;
  if (i < 0) return;
  if (pieces.slice(0, first.firstPiece).every((p) => p.lang === 'und') && bracketDepth(text, 0, first.from) > 0 && bracketDepth(text, first.from, first.to) < 0) {
    first.firstPiece = 0;
    first.from = pieces[0].from;
    return;
  }
  const p = pieces[i];
  const between = text.slice(p.to, pieces[first.firstPiece].from).trim();
  if (p.lang === 'und' && ((p.wordy && between === ':') || (between === '(' && i === 0 && ACRONYM_ONLY.test(text.slice(p.from, p.to))))) {
    first.firstPiece = i;
    first.from = p.from;
  }
}

/**
 * Undecided pieces before the first run or after the last one join it when that makes the two
 * sides of the pair alike in length (`Location: 121 Bloor Street East, 7th Floor, Toronto /
 * Lieu : 121, rue Bloor Est, 7e étage, Toronto`; `Applications received: 128 / Demandes reçues
 * : 128`). A value only one side has (`Dial-in number/Numéro à composer: 1-877-413-4782`) and
 * codes stay shared material.
 */
function attachEdges(runs: Run[], pieces: Piece[], text: string): void {
  if (runs.length < 2) return;
  const tokens = (from: number, to: number): number => wordTokens(text.slice(from, to)).length;
  const first = runs[0];
  const second = runs[1];
  let i = first.firstPiece;
  while (i > 0 && !pieces[i - 1].code && pieces[i - 1].lang === 'und') i--;
  // A row number or a time column before the first run is not part of it.
  if (i < first.firstPiece && i === 0 && pieces.slice(0, first.firstPiece).some((p) => p.wordy)) {
    const other = tokens(second.from, second.to);
    if (Math.abs(tokens(pieces[i].from, first.to) - other) < Math.abs(tokens(first.from, first.to) - other)) {
      first.firstPiece = i;
      first.from = pieces[i].from;
    }
  }
  const last = runs[runs.length - 1];
  const before = runs[runs.length - 2];
  let j = last.lastPiece;
  while (j + 1 < pieces.length && !pieces[j + 1].code && pieces[j + 1].lang === 'und') j++;
  if (j > last.lastPiece && j === pieces.length - 1) {
    const other = tokens(before.from, before.to);
    // The same words close the other run (`… standard (version 2.1) / … métadonnées (version 2.1)`),
    // or the same value, which the other run holds as its own copy (`Last updated: 2025-01-06 /
    // Dernière mise à jour : 2025-01-06`): then the tail is this run's, not shared by both.
    const tail = fiscalYearsInFull(text.slice(pieces[last.lastPiece + 1].from, pieces[j].to).trim());
    const held = fiscalYearsInFull(text.slice(before.from, before.to));
    // Compared as words and numbers: `(C), 2025-26` holds `C) 2025-2026`.
    const words = (x: string): string => ` ${x.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    // A value compared without its spaces: `62 %` is the French of `62%`.
    const compact = (x: string): string => x.replace(/[\s\u00a0\u202f]+/g, '');
    const echoed = /\p{L}/u.test(tail) ? words(held).includes(words(tail)) : /\d/.test(tail) && (holdsValue(held, tail) || holdsValue(compact(held), compact(tail)));
    // Or the other run ends with a value of the same shape, its own (`Customer Service:
    // 506-555-0123 / Service à la clientèle : 506-555-0132`): each label has its value, which
    // the checks then compare.
    const digitsAs = (x: string): string => x.replace(/\d/g, '0');
    const shapeHeld = digitsAs(held.trimEnd());
    const shapeTail = digitsAs(tail);
    const sameShape =
      /^[\d\s().+-]+$/.test(tail) && /\d{3}/.test(tail) && shapeHeld.endsWith(shapeTail) && !/[\p{L}\p{N}]/u.test(shapeHeld.charAt(shapeHeld.length - shapeTail.length - 1));
    // Or a time zone after the run's time (`… à 8 h 30 (HNA)`), or where the other run ends with
    // its own zone (`… Central Daylight Time (CDT). <TAB> … heure avancée du Centre (HAC).`).
    const zoneOfTime = ZONE_TAIL.test(tail) && (TIME_AT_END.test(text.slice(last.from, last.to)) || ZONE_TAIL.test(held.trim().split(/\s+/).pop() ?? ''));
    if (echoed || sameShape || zoneOfTime || Math.abs(tokens(last.from, pieces[j].to) - other) < Math.abs(tokens(last.from, last.to) - other)) {
      last.lastPiece = j;
      last.to = pieces[j].to;
    }
  }
}

/** A time zone abbreviation, maybe in parentheses, maybe ending its sentence: `(HNA)`, `EDT`, `(HAC).`. */
const ZONE_TAIL = /^\(?(?:[ECMPAN][SD]T|[ECMPA]T|H[NA][ECRPATN]|H[ECRPAT]|UTC|TU)\)?[.;]?$/;
/** A text that ends with a time of day (`8 h 30`, `8:30 a.m.`, `midi`). */
const TIME_AT_END = /(?:\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?|\d{1,2}\s?h(?:\s?\d{2})?|\d{1,2}:\d{2}|noon|midnight|midi|minuit)$/iu;

/**
 * `Conference ID: 482 617 539# / ID de conférence : 482 617 539#`: a pair of two labels, each
 * followed by its own code, is two label-and-value sides; the codes are compared, not shared.
 * A code written once for both (`Access code / Code d'accès : 2596210#`) stays shared.
 */
function attachLabelledCodes(runs: Run[], pieces: Piece[], text: string): void {
  if (runs.length !== 2) return;
  const [a, b] = runs;
  const ca = pieces[a.lastPiece + 1];
  const cb = pieces[b.lastPiece + 1];
  if (!ca?.code || !cb?.code || a.lastPiece + 2 !== b.firstPiece || b.lastPiece + 2 !== pieces.length) return;
  if (!/:\s*$/.test(text.slice(a.from, ca.from)) || !/:\s*$/.test(text.slice(b.from, cb.from))) return;
  for (const [r, c] of [
    [a, ca],
    [b, cb],
  ] as const) {
    r.lastPiece++;
    r.to = c.to;
  }
}

/** Fiscal years written in full (`2025-26` → `2025-2026`), as one side may write them and not the other. */
function fiscalYearsInFull(s: string): string {
  return s.replace(/\b(\d{4})([-–])(\d{2})\b(?![-–]\d)/g, (m, y: string, dash: string, yy: string) => {
    const start = Number(y);
    const end = start - (start % 100) + Number(yy) + (Number(yy) < start % 100 ? 100 : 0);
    return end === start + 1 ? `${y}${dash}${end}` : m;
  });
}

/** Whether `value` is written in `text` as a whole (not inside a longer number or word). */
function holdsValue(text: string, value: string): boolean {
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    const end = at + value.length;
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(end))) return true;
  }
  return false;
}

const BRACKETS: Array<[number, number]> = [
  [40, 41], // ( )
  [91, 93], // [ ]
];

/** A run that opens a parenthesis or bracket takes its closing mark: `10 h – 13 h (HAE)`. */
function closeBrackets(r: Run, text: string): void {
  r.to = withClosingBrackets(text, r.from, r.to);
}

/**
 * Where text[from, to) ends once it takes the closing marks of the parentheses and brackets it
 * opens (`Gatineau (Québec` → `Gatineau (Québec)`): the pieces stop short of them, as they are
 * separators.
 */
/** Brackets opened less those closed in text[from, to): negative when it closes one it did not open. */
function bracketDepth(text: string, from: number, to: number): number {
  let depth = 0;
  let least = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (BRACKETS.some(([open]) => open === c)) depth++;
    else if (BRACKETS.some(([, close]) => close === c)) least = Math.min(least, --depth);
  }
  return least < 0 ? least : depth;
}

export function withClosingBrackets(text: string, from: number, to: number): number {
  let end = to;
  for (const [open, close] of BRACKETS) {
    let depth = 0;
    for (let k = from; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === open) depth++;
      else if (c === close) depth--;
    }
    if (depth <= 0) continue;
    let k = end;
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) === close) end = k + 1;
  }
  return end;
}

/** The separator strength at the boundary between two runs (the strongest between them). */
export function boundaryStrength(pieces: Piece[], a: Run, b: Run): number {
  let s = 0;
  for (let i = a.lastPiece + 1; i <= b.firstPiece; i++) s = Math.max(s, pieces[i].sepBefore);
  return s;
}

/** Adds spans to a sorted list, merging overlaps so that the list stays sorted and disjoint. */
function mergeSpans(into: Span[], more: Span[]): void {
  const all = [...into, ...more].sort((a, b) => a.start - b.start || b.end - a.end);
  into.length = 0;
  for (const s of all) {
    const last = into[into.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else into.push({ start: s.start, end: s.end });
  }
}
