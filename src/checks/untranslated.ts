// untranslated: the French side is English (or the English side French), or a copy of the other
// side where a translation was due.
//
// Identical sides are often right: `Introduction`, `Ottawa`, `Commander`, names, codes, numbers,
// URLs, titles of works (`Game of Thrones`). A copy is reported when its words are English beyond
// doubt (the per-word log-odds of src/lang/identify.ts) and it is neither a name nor a title. A
// word that is French too (`canal`, `programme`, `café`) does not save a copy that is plainly an
// English sentence (English function words, and English evidence well beyond it); a date with an
// English month or weekday name, or a time with a.m./p.m., makes a copy a notice, not a title,
// however many of its words are capitalised (`Guided Walk: Saturday, July 12, 10:00 a.m.`).
// A French side that differs from the English but is English (an old source left in a target) is
// reported when it shares most of its words with the English, or when the English evidence is
// overwhelming; the reverse likewise. Language evidence on short general-vocabulary sentences is
// weak (`Mon frère est stupide.` holds few words the lexicon knows), hence the word-overlap test.
// Quoted passages and capitalised multi-word names are left out of the evidence: an English
// headline quoting a French party name is still English. Bibliographic references (titles of
// works keep their language) and notes pointing to the other version (`This report is also
// available in English`) are left alone.

import { defineCheck, type CheckContext } from './types.js';
import type { Segment } from '../core/types.js';
import { scoreText, type LangScore } from '../lang/identify.js';
import { isAllCaps } from '../lang/tokens.js';
import type { TimeValue, Value } from '../lang/values.js';
import { segmentScore, clearlyEnglish, clearlyFrench, looksEnglish, looksFrench } from './util/segment-lang.js';
import { isReference, isTranslatable, segmentTranslatable } from './util/translatable.js';
import { isLanguageNote } from '../lang/language-notes.js';
import { dictionary, fold, leansByWordLists } from '../lang/dictionary.js';
import { TITLE_CASE, wordPass } from './util/word-pass.js';
import { nextWordStart, wordEnd, words as wordsOf } from './util/words.js';
import { sentencesAndItems } from './util/spans.js';
import { cellSpans, TABLE_ROW } from '../core/table-rows.js';
import { COPY_MIN_WORDS, lowerCaseWords, sameWordsApartFromValues, SENTENCE_CASE, sharedEnds, withoutLeadingLabel } from '../lang/copies.js';
import { FRENCH_PROVINCE_NAMES } from '../lang/provinces.js';
import { FRENCH_STREET_TYPES } from '../lang/addresses.js';
import { isKnownPlace } from '../lang/places.js';

/** How much longer or shorter a copy with its values put the other way may be. */
const VALUE_COPY_SLACK = 12;
const DIGIT = /\d/;
/** A sentence ends with its stop (a name or a heading does not). */
const SENTENCE_END = /[.!?…]["»”’)]*\s*$/u;

const QUOTED = /"[^"]*"|“[^”]*”|«[^»]*»|‘[^’]*’/gu;
/** Evidence so strong that no overlap with the other side is needed. */
const OVERWHELMING = 8;
/** Words the lexicon knows in a copied value of a keyed file for English evidence to outweigh a word French has too. */
const KEYED_COPY_KNOWN = 3;

function normalise(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').replace(/[\s.:;!?…]+$/u, '').trim();
}

/**
 * An ASCII character that normalise keeps as it is (lower-cased): not white space, and not a
 * sign it strips from the end.
 */
function plainAscii(c: number): boolean {
  return c > 32 && c < 127 && c !== 46 && c !== 58 && c !== 59 && c !== 33 && c !== 63; // . : ; ! ?
}

/**
 * Whether the words of three letters or more are English: none in the French word list alone,
 * and one at least in the English list alone (`Lunch (on your own)`: `lunch` and `your` are in
 * both lists, `own` in the English one only).
 */
function onlyEnglishWords(text: string): boolean {
  return leansByWordLists(text, 'en');
}

/** Words in small letters a copy under a label needs: a sentence, not a name and its contact details. */
const LABELLED_COPY_MIN_LOWER = 2;

/**
 * normalise(a) === normalise(b). Texts that differ mostly do so first at a plain ASCII character
 * on both sides: up to there they normalise alike (the same characters, or ASCII letters that
 * differ in case only), ASCII composes with nothing before it nor with what follows below U+0300,
 * and that difference survives. Other texts are normalised in full.
 */
function sameNormalised(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && !((x | 32) === (y | 32) && (x | 32) >= 97 && (x | 32) <= 122)) break;
  }
  if (i < n && plainAscii(a.charCodeAt(i)) && plainAscii(b.charCodeAt(i))) {
    const nx = i + 1 < a.length ? a.charCodeAt(i + 1) : 0;
    const ny = i + 1 < b.length ? b.charCodeAt(i + 1) : 0;
    if (nx < 0x300 && ny < 0x300) return false;
  }
  return normalise(a) === normalise(b);
}

/** Every word of four letters or more capitalised: a name, a title, a headline. */
function titleCase(seg: Segment): boolean {
  if ((wordPass(seg) & TITLE_CASE) === 0) return false;
  // One such word, the first: a sentence's capital (`Sign out`, `Wheelchair accessible`), as
  // likely as a title; a name has two (`Microsoft Teams`, `Parks Canada`).
  const capitalised = seg.text.match(LONG_CAPITALISED_WORD) ?? [];
  if (capitalised.length === 1 && seg.text.trimStart().startsWith(capitalised[0])) return false;
  // Short words in small letters that a title would capitalise (`Tell us how we did`: us, how,
  // we, did) make it a sentence whose long words happen to be capitalised.
  const minor = seg.text.match(SHORT_LOWER_WORD) ?? [];
  for (const w of minor) if (!TITLE_MINOR.has(w)) return false;
  // A full stop after two of them (`Interpretation in Arabic, Tagalog, Punjabi, Spanish and
  // Ukrainian.`): a sentence whose names English capitalises, not a title (a title may end with
  // `?` or `!`: `Are You Afraid of the Dark?`).
  if (minor.length >= 2 && FULL_STOP_END.test(seg.text)) return false;
  return true;
}

/** Parts of a comma list that read plainly as English before a title-case copy is no name. */
const ENGLISH_TITLE_PARTS = 2;
/** How plainly English a part must read (the score of identify.ts, negative for English). */
const ENGLISH_PART_SCORE = -2.5;

/**
 * Whether a text in title case lists, after a name, parts that read plainly as English (titles,
 * organisations, regions): `Jasmine Thiessen, Regional Manager, Canadian Heritage, Prairies and
 * Northern Region`, not `Microsoft Teams, Zoom, Webex`.
 */
function titlesAfterName(text: string): boolean {
  const parts = text.split(/,\s+/);
  if (parts.length < 3) return false;
  let english = 0;
  for (let k = 1; k < parts.length; k++) if (scoreText(parts[k]).score <= ENGLISH_PART_SCORE) english++;
  return english >= ENGLISH_TITLE_PARTS;
}

/**
 * A position's title opening a text, before a comma or `of` (`Director, Community Programs
 * Division`, `Manager of Operations`, `Senior Program Officer`, `Zone Training Officer, Winnipeg
 * Zone`: up to three words before the position's noun): French translates a title, so a copy of
 * one in title case is English left, not a name.
 */
const JOB_TITLE = /^(?:\p{Lu}[\p{L}-]+\s+){0,3}(Director|Manager|Coordinator|Officer|Advisor|Adviser|Analyst|President|Vice-President|Chair|Chairperson|Supervisor|Administrator|Commissioner|Superintendent|Specialist|Clerk|Inspector|Registrar|Technician|Consultant|Counsellor|Planner)(?:\s+General)?(?:,\s|\s+of\s|$)/u;

/** A full stop, with the closing marks after it, ending a text. */
const FULL_STOP_END = /\.["»”’)]*\s*$/u;

/** A word of two or three small letters. */
const LONG_CAPITALISED_WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{M}]{3,}/gu;
const SHORT_LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}{2,3}(?![\p{L}\p{N}'’-])/gu;
/** The short words titles leave in small letters: articles, conjunctions, prepositions (English and French). */
const TITLE_MINOR = new Set('an the and but or nor for of on in at to by as up via per vs off out from de du des la le les et ou à au aux en sur par une un'.split(' '));

/**
 * Placeholders of resource strings (`{hospitalized}`, `{{count}}`, `${name}`, `%s`, `%(name)s`):
 * their names are code, the same in both languages, and say nothing of the language around them.
 * Only names: the branches of an ICU message (`{# nuit}`) are the text.
 */
const PLACEHOLDER = /\$?\{\{?\s*[\w.-]+\s*\}\}?|%(?:\d+\$|\([\w.-]+\))?[-+#0]*\d*(?:\.\d+)?[sdifuxXeEgG@](?![\p{L}\d])/gu;

/** The text without quoted passages and placeholders, for language evidence. */
function unquoted(text: string): string {
  return withoutPlaceholders(text.replace(QUOTED, ' '));
}

/** The text without its placeholders (an ICU message keeps its branches, which are its text). */
function withoutPlaceholders(text: string): string {
  return ICU_MESSAGE.test(text) ? text : text.replace(PLACEHOLDER, ' ');
}

/**
 * Whether a text has words outside its placeholders: `{clinicName}, {street}, {city}`, the same
 * in both languages, has none to translate.
 */
function wordsBesidePlaceholders(text: string): boolean {
  return /\p{L}{2}/u.test(withoutPlaceholders(text));
}

/** An ICU plural or select message, whose branches (`{elle}`, `{# nuit}`) are its text. */
const ICU_MESSAGE = /\{\s*[\w.$-]+\s*,\s*(?:plural|select|selectordinal)\s*,/;

const BUCKETS = 128;
const bucketsA = new Int32Array(BUCKETS);
const bucketsB = new Int32Array(BUCKETS);

/**
 * Counts the words of a text by a hash of their lower-cased form (equal words, case aside, fall
 * in the same bucket); returns how many buckets are not empty, a lower bound of the number of
 * distinct words.
 */
function bucketWords(text: string, counts: Int32Array): number {
  counts.fill(0);
  let used = 0;
  for (let start = nextWordStart(text, 0); start >= 0; ) {
    const end = wordEnd(text, start);
    let h = 0;
    let ascii = true;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        ascii = false;
        break;
      }
      h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
    }
    if (!ascii) {
      const lower = text.slice(start, end).toLowerCase();
      h = 0;
      for (let i = 0; i < lower.length; i++) h = (Math.imul(h, 31) + lower.charCodeAt(i)) | 0;
    }
    const k = (h ^ (h >>> 7)) & (BUCKETS - 1);
    if (counts[k]++ === 0) used++;
    start = nextWordStart(text, end);
  }
  return used;
}

/**
 * An upper bound of overlap(a, b): the words two texts share are at most, bucket by bucket, the
 * fewer of their counts, and each text has at least as many distinct words as buckets. Most pairs
 * share few words, and the bound rules them out without making a string of each word.
 */
function overlapAtMost(a: Segment, b: Segment): number {
  const x = bucketWords(a.text, bucketsA);
  const y = bucketWords(b.text, bucketsB);
  if (x === 0 || y === 0) return 0;
  let both = 0;
  for (let k = 0; k < BUCKETS; k++) both += Math.min(bucketsA[k], bucketsB[k]);
  return (2 * both) / (x + y);
}

/** Dice overlap of the lower-cased word sets of two segments. */
function overlap(a: Segment, b: Segment): number {
  const x = new Set(wordsOf(a.text).all());
  const y = new Set(wordsOf(b.text).all());
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return (2 * both) / (x.size + y.size);
}

function evidence(seg: Segment): LangScore {
  const t = unquoted(seg.text);
  return t === seg.text ? segmentScore(seg) : scoreText(t);
}

/** Units of measure, as a pattern's alternatives. */
const UNITS = String.raw`mm|cm|km\/h|km|m|kg|g|ml|l|%`;

/** A number and its unit of measure (`20-30 cm`, `60 km/h`, `2.4 m`, `18 %`). */
const MEASURE = new RegExp(String.raw`\d[\d.,\s–-]*(?:\s?(?:${UNITS})(?![\p{L}]))?`, 'gu');

/** A unit of measure after a number. */
const UNIT = new RegExp(String.raw`\d\s?(?:${UNITS})(?![\p{L}])`, 'u');

/**
 * Whether a text is names (each word capitalised) and measures only, two words at least and a
 * measure with its unit (not an agenda item's time: `1:30 PM – Opening Remarks` is a copy).
 */
function namesAndMeasures(text: string): boolean {
  if (!UNIT.test(text)) return false;
  const words = text.replace(MEASURE, ' ').match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Words two sides share at their start or end that make a name both write alike. */
const SHARED_NAME_WORDS = 2;

/**
 * `École secondaire publique Louis-Riel, cafeteria` / `École secondaire publique Louis-Riel,
 * cafétéria`: two sides the same at their start or end, each with words of its own in the rest:
 * the rest was translated, and what both write alike is a name (a French school's in the English
 * column), not an English side left in French.
 */
function translatedBesideName(en: string, fr: string): boolean {
  const words = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const [a, b] = [words(en), words(fr)];
  const { head, tail } = sharedEnds(a, b);
  const shared = [...a.slice(0, head), ...a.slice(a.length - tail)].filter((w) => /\p{L}/u.test(w)).length;
  if (shared < SHARED_NAME_WORDS || head + tail >= a.length || head + tail >= b.length) return false;
  // The English side's own words read as English (`cafeteria`), not as French (`au` for `à votre`),
  // or have words that only English has and none that only French has (`Atikamekw
  // mentor-apprentice pairs`: `pairs` is a French word too).
  const own = a.slice(head, a.length - tail).join(' ');
  return scoreText(own).score < 0 || onlyEnglishWords(own);
}

export default defineCheck({
  id: 'untranslated',
  description: 'The French side is in French (not English, not a copy of the English where a translation was due)',
  severity: 'warning',
  options: { minScore: 3, minScoreCopy: 2.5, minOverlap: 0.5 },
  fixable: false,
  help: `A French side left in English is the commonest slip of translation files: a new string
copied into the target to be translated later, an old English source left behind after an edit.

The check reports a French side that is English beyond doubt (enough English words and no French
one of weight: \`minScore\` is the evidence needed, in summed per-word log-odds) and shares most of
its words with the English (\`minOverlap\`), and an English side that is French on the same terms.
A French side identical to its English is reported when its words are English (\`minScoreCopy\`)
and it is not a name or a title: "Introduction", "Ottawa", "Microsoft Teams", "Game of Thrones",
codes, numbers and URLs are legitimately the same in both languages. A word that is French too
("canal", "programme") does not save a copy that is plainly an English sentence, and a copy with an
English date or time ("Saturday, July 12", "10:00 a.m.") is not taken for a title because its
names are capitalised. A title's short words in small letters are articles and prepositions
("Tell us how we did" is a sentence), and one word in small letters that English has and French
lacks ("preparedness") is reported however lightly the lexicon weighs it. A sentence of the English
left as it is inside an otherwise translated French side is reported at that sentence. Quoted
passages do not count as evidence. A copy under a label of its own ("A: Tenants can apply…" /
"R : Tenants can apply…") is a copy when what follows the labels is text of four words or more;
the title of a work that a French list of references cites as written is not, nor is a one-word
copy that French sentences nearby use as a name (a project's name as its README's title). A
French side whose address is written the French way (55, promenade Colonel By; Ottawa (Ontario))
is not English for its names.

Example: EN "Submit your application" / FR "Submit your application" → the French side is a copy
of the English.`,
  check(ctx) {
    const { en, fr } = ctx.pair;
    if (!en || !fr || ctx.pair.method === 'shared' || en.lang === 'und' || fr.lang === 'und') return;
    // Whether the sides are text to translate is asked only before a report: most pairs are
    // settled sooner, and the answer does not change what else is found.
    const translatable = () => segmentTranslatable(en) && segmentTranslatable(fr) && wordsBesidePlaceholders(en.text);
    if (Math.abs(en.text.length - fr.text.length) <= 4 && en.text.charAt(0).toLowerCase() === fr.text.charAt(0).toLowerCase() && sameNormalised(en.text, fr.text)) {
      if (translatable()) copy(ctx, en, Number(ctx.options.minScoreCopy ?? 2.5));
      return;
    }
    // A copy under a label of its own (`A: Tenants can apply…` / `R : Tenants can apply…`).
    if (Math.abs(en.text.length - fr.text.length) <= 12 && en.text.includes(':') && fr.text.includes(':')) {
      const [e, f] = [withoutLeadingLabel(en.text), withoutLeadingLabel(fr.text)];
      // The copy must be text to translate, not a value the labels share (`Phone: 1-800-…`), nor
      // a name with its number and address (`Secretariat: Kevin Tremblay, 416-555-0198, on-sec@…`).
      if (e !== null && f !== null && wordsOf(e).count >= COPY_MIN_WORDS && lowerCaseWords(e) >= LABELLED_COPY_MIN_LOWER && isTranslatable(e) && sameNormalised(e, f)) {
        if (translatable()) copy(ctx, en, Number(ctx.options.minScoreCopy ?? 2.5));
        return;
      }
    }
    // A copy whose values alone were put the other way (`11:30 a.m. – Update on the Flood Mapping
    // Program` / `11 h 30 – Update on the Flood Mapping Program`): its capitalised words do not
    // make it a title, since its date or time says it is a line of a notice.
    if (Math.abs(en.text.length - fr.text.length) <= VALUE_COPY_SLACK && DIGIT.test(en.text) && DIGIT.test(fr.text) && sameWordsApartFromValues(en.text, fr.text)) {
      // Names and measures only (`Smiths Falls - Lanark - 20-30 cm  60 km/h`, a row of a table of
      // regions): nothing to translate but the measures, which are.
      if (translatable() && !namesAndMeasures(en.text)) copy(ctx, en, Number(ctx.options.minScoreCopy ?? 2.5));
      return;
    }
    // Fewer words do when each is English and no French word (`4:15 p.m. – Roundtable` / `16 h 15 –
    // Roundtable`): a word both languages write (`Introduction`, `Lunch`) may stand in either.
    if (Math.abs(en.text.length - fr.text.length) <= VALUE_COPY_SLACK && DIGIT.test(en.text) && DIGIT.test(fr.text) && sameWordsApartFromValues(en.text, fr.text, 1) && onlyEnglishWords(fr.text)) {
      if (translatable() && !namesAndMeasures(en.text)) copy(ctx, en, Number(ctx.options.minScoreCopy ?? 2.5));
      return;
    }
    const minScore = Number(ctx.options.minScore ?? 3);
    const minOverlap = Number(ctx.options.minOverlap ?? 0.5);
    // Most pairs are settled by a glance at their function words, before any scoring: a side is
    // scored only if it has the other language's function words, or shares its words with the
    // other side.
    let near: boolean | undefined;
    const isNear = () => (near ??= overlapAtMost(en, fr) >= minOverlap && overlap(en, fr) >= minOverlap);
    if (!looksFrench(fr) && !titleCase(fr) && (looksEnglish(fr) || isNear())) {
      const s = evidence(fr);
      // A word of weight for French (`tours`, `minutes`) does not save a side whose English
      // outweighs it well, when it is plainly an English sentence (its function words).
      const english = clearlyEnglish(s, minScore) || (looksEnglish(fr) && s.known >= 5 && outweighsFrench(s, minScore + OVERWHELMING));
      if (english && ((s.score <= -OVERWHELMING && s.known >= 5) || isNear()) && !exempt(en, fr)) {
        if (!translatable()) return;
        ctx.report({ message: 'FR side is in English: expected a French translation, found English text', fr: 'whole' });
        return;
      }
    }
    if (!looksEnglish(en) && !titleCase(en) && (looksFrench(en) || isNear())) {
      const s = evidence(en);
      if (clearlyFrench(s, minScore) && ((s.score >= OVERWHELMING && s.known >= 5) || isNear()) && !exempt(en, fr) && !translatedBesideName(en.text, fr.text)) {
        if (!translatable()) return;
        ctx.report({ message: 'EN side is in French: expected English text, found French', en: 'whole' });
        return;
      }
    }
    if (!copiedSentence(ctx, en, fr, minScore, translatable) && !englishSentence(ctx, fr, minScore, translatable)) copiedCell(ctx, en, fr, minScore, translatable);
  },
});

/**
 * A cell of a table row left in English in the French table (`| 1 | Share good practices for
 * bilingual meetings | Tous les membres | 16 avril 2026 |`): the row's other cells are French, so
 * the row as a whole reads French. Reported at the cell when it is the English row's cell in the
 * same column, word for word, and English text of four words or more beyond doubt.
 */
/** An acronym after a text's first word, with the space before it. */
const LATER_ACRONYM = /\s+\p{Lu}{2,6}(?=[\s,]|$)/gu;

function copiedCell(ctx: CheckContext, en: Segment, fr: Segment, minScore: number, translatable: () => boolean): void {
  const f = fr.text;
  // Most pairs have no pipe: settled before any string is made.
  if (en.text.indexOf('|') < 0 || f.indexOf('|') < 0 || !TABLE_ROW.test(en.text.trim()) || !TABLE_ROW.test(f.trim())) return;
  const enCells = cellSpans(en.text);
  const frCells = cellSpans(f);
  if (enCells.length !== frCells.length) return;
  // Whether the row's other cells were put into French (`5,00 $`, `1er avril 2026`): a cell left
  // as it was in such a row needs fewer words to be a copy.
  let localised = false;
  for (let c = 0; c < frCells.length && !localised; c++) localised = f.slice(frCells[c].from, frCells[c].to) !== en.text.slice(enCells[c].from, enCells[c].to);
  for (let c = 0; c < frCells.length; c++) {
    const cell = f.slice(frCells[c].from, frCells[c].to);
    if (cell !== en.text.slice(enCells[c].from, enCells[c].to)) continue;
    const words = wordsOf(cell).count;
    // Two words the English word list has and the French one does not, in sentence case (not a
    // name, an identifier or an address), in a row whose other cells are French: `Oversized
    // vehicle surcharge`, where `surcharge` is French too.
    // (An acronym after the first word leaves it in sentence case: `Revise MSOC notification procedures`.)
    const fewWords = localised && words >= 2 && SENTENCE_CASE.test(cell.replace(LATER_ACRONYM, '').trim()) && leansByWordLists(cell, 'en', 2);
    if (!fewWords && (words < COPY_MIN_WORDS || lowerCaseWords(cell) < LABELLED_COPY_MIN_LOWER)) continue;
    if ((!fewWords && !clearlyEnglish(scoreText(cell), minScore)) || !translatable()) continue;
    ctx.report({ message: 'FR cell is a copy of the EN: expected a French translation, found the English text', fr: frCells[c] });
    return;
  }
}

/**
 * The English side's first or last characters looked for in the French before any sentence is
 * split, and the shortest sentence looked for as a copy.
 */
const COPY_PROBE = 24;

/**
 * A sentence of the English left as it is inside the French (`Laissez couler l'eau froide jusqu'à
 * ce qu'elle redevienne claire. Please do not use your washing machine until the water runs
 * clear.`): the rest of the French is translated, so the side as a whole reads French. Reported
 * at the copied sentence when it is an English sentence of four words or more beyond doubt, not
 * in quotation marks (a title quoted in its language). Most pairs are ruled out by looking for
 * the English side's first and last characters in the French. True when it reports one.
 */
function copiedSentence(ctx: CheckContext, en: Segment, fr: Segment, minScore: number, translatable: () => boolean): boolean {
  const e = en.text;
  const f = fr.text;
  if (e.length < COPY_PROBE || f.length <= COPY_PROBE) return false;
  // Lines joined in one segment (rows of two columns, items of a list) are looked at one by one.
  // A sentence from the middle of the English is looked for when the French has English words
  // (`… Premières Nations. This partnership shows what we can achieve when…`).
  if (!en.items && !f.includes(e.slice(-COPY_PROBE)) && !f.includes(e.slice(0, COPY_PROBE)) && !sentenceOpeningIn(e, f)) return false;
  for (const span of sentencesAndItems(en, 'en')) {
    // Without the closing mark of a quotation it ends (the French closes it its own way: `»`).
    const sentence = e.slice(span.start, span.end).replace(CLOSING_QUOTES, '');
    if (sentence.length < COPY_PROBE || sentence.length >= f.trim().length) continue;
    const at = f.indexOf(sentence);
    // Quoted (an English example or title the French quotes as it is): its language is meant.
    if (at < 0 || quotedAt(f, at, sentence)) continue;
    const s = scoreText(sentence);
    if (wordsOf(sentence).count < COPY_MIN_WORDS || !clearlyEnglish(s, minScore) || !translatable()) continue;
    ctx.report({ message: 'FR sentence is a copy of the EN: expected a French translation, found the English text', fr: { from: at, to: at + sentence.length } });
    return true;
  }
  return false;
}

/** Closing quotation marks at the end of a sentence. */
const CLOSING_QUOTES = /["”’]+$/u;

/** English function words, case aside, which French text does not have. */
const ENGLISH_WORDS = /(?:^|\s)(?:the|and|of|to|we|is|are|with|your|you|will|be|for|this|that|please)\s/i;

/** Where a sentence opens after the one before it. */
const SENTENCE_OPENING = /[.!?]["'”’»)]*\s+(?=[\p{Lu}\d«"“(])/gu;
/** A text with a sentence after its first (SENTENCE_OPENING, for one test). */
const SENTENCE_BREAK_IN = new RegExp(SENTENCE_OPENING.source, 'u');

/** Whether the sentence at `at` in `f` is quoted: it opens with a quotation mark, or one stands right before it. */
function quotedAt(f: string, at: number, sentence: string): boolean {
  return /^[«“"‘]/u.test(sentence) || /[«“"‘]\s*$/u.test(f.slice(Math.max(0, at - 2), at));
}

/**
 * Whether the French holds the opening (COPY_PROBE characters) of a sentence of the English after
 * its first, and English words (looked for once the English is found to have such a sentence: most
 * texts are one sentence).
 */
function sentenceOpeningIn(e: string, f: string): boolean {
  SENTENCE_OPENING.lastIndex = 0;
  let english: boolean | undefined;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_OPENING.exec(e)) !== null) {
    const at = m.index + m[0].length;
    if (e.length - at < COPY_PROBE) continue;
    if (!(english ??= ENGLISH_WORDS.test(f))) return false;
    if (f.includes(e.slice(at, at + COPY_PROBE))) return true;
  }
  return false;
}

/**
 * A sentence of a French side that is otherwise French, written in English though it copies no
 * English sentence (`Veuillez apporter votre carte d'identité ministérielle. Please wear a
 * short-sleeved top. Après la vaccination…`): reported at that sentence when it is English beyond
 * doubt, four words or more, and not quoted. Looked for only in a French side of several
 * sentences that reads as French as a whole and has English function words. True when it reports
 * one.
 */
function englishSentence(ctx: CheckContext, fr: Segment, minScore: number, translatable: () => boolean): boolean {
  const f = fr.text;
  if (!ENGLISH_WORDS.test(f) || !SENTENCE_BREAK_IN.test(f) || segmentScore(fr).score <= 0) return false;
  for (const span of sentencesAndItems(fr, 'fr')) {
    const sentence = f.slice(span.start, span.end);
    if (wordsOf(sentence).count < COPY_MIN_WORDS || quotedAt(f, span.start, sentence)) continue;
    if (!clearlyEnglish(scoreText(sentence), minScore) || !translatable()) continue;
    ctx.report({ message: 'FR sentence is in English: expected a French translation, found English text', fr: { from: span.start, to: span.end } });
    return true;
  }
  return false;
}

/** Language notes and references are in the language they must be in; editorial marks are no text. */
function exempt(en: Segment, fr: Segment): boolean {
  return isLanguageNote(fr.text) || isLanguageNote(en.text) || isReference(fr.text) || isReference(en.text) || EDITORIAL_MARKS.test(fr.text) || frenchAddress(fr, en.text);
}

/**
 * An address the French side writes the French way where the English does not: a civic number
 * with its comma before the street (`55, promenade Colonel By`), or a place with its province in
 * parentheses (`Ottawa (Ontario)`). Its names read as English (`Colonel By`, `Shaw`); the line was
 * translated all the same, unless English sentence words stand around it.
 */
function frenchAddress(frSeg: Segment, en: string): boolean {
  // An English sentence around the address is still English.
  if (looksEnglish(frSeg)) return false;
  const fr = frSeg.text;
  const street = FRENCH_CIVIC.test(fr) && !FRENCH_CIVIC.test(en);
  const province = FRENCH_PROVINCE.exec(fr);
  return street || (province !== null && !en.includes(province[0]));
}

const FRENCH_CIVIC = new RegExp(`\\b\\d+[A-Z]?, (?:${FRENCH_STREET_TYPES})(?![\\p{L}])`, 'u');
const FRENCH_PROVINCE = new RegExp(`\\((?:${[...FRENCH_PROVINCE_NAMES].join('|')})\\)`, 'u');

/** Pairs around this one read for the rest of its paragraph. */
const PARAGRAPH_REACH = 8;

/**
 * Whether the pair is a sentence of a list of references, cut from its paragraph by the sentence
 * splitter: the title of a work (`The time course of visual word recognition…`), which a French
 * text cites as written, between its authors and its journal.
 */
function inReferences(ctx: CheckContext): boolean {
  const fr = ctx.pair.fr;
  if (!fr || !ctx.pairs || ctx.index === undefined) return false;
  const parts: string[] = [];
  for (let i = Math.max(0, ctx.index - PARAGRAPH_REACH); i <= Math.min(ctx.pairs.length - 1, ctx.index + PARAGRAPH_REACH); i++) {
    const other = ctx.pairs[i].fr;
    if (other && other.place.file === fr.place.file && other.place.line <= fr.place.endLine && other.place.endLine >= fr.place.line) parts.push(other.text);
  }
  return parts.length > 1 && isReference(parts.join(' '));
}

/** How many pairs around a copy of one word are read for French sentences that use it. */
const NAME_REACH = 12;

/**
 * A copy of one word (`# tender-watch`, a project's name as a README's title) that a French
 * sentence nearby uses as it is (`tender-watch recueille les avis…`): the French keeps it as a name.
 */
function namedInFrench(ctx: CheckContext): boolean {
  const fr = ctx.pair.fr;
  if (!fr || !ctx.pairs || ctx.index === undefined) return false;
  const word = fr.text.replace(/^[#\s*_>-]+|[\s*_.:!?]+$/gu, '');
  if (!word || /\s/.test(word)) return false;
  for (let i = Math.max(0, ctx.index - NAME_REACH); i <= Math.min(ctx.pairs.length - 1, ctx.index + NAME_REACH); i++) {
    const other = ctx.pairs[i].fr;
    if (i === ctx.index || !other || other.place.file !== fr.place.file || other.text.length < 2 * word.length + 20) continue;
    if (standsAlone(other.text, word) && looksFrench(other)) return true;
  }
  return false;
}

/** Whether `word` occurs in `text` as a word of its own (no letter, digit, `_` or `-` against it). */
function standsAlone(text: string, word: string): boolean {
  const joined = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_-]/u.test(c);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!joined(text[i - 1]) && !joined(text[i + word.length])) return true;
  }
  return false;
}

/**
 * Only marks an editor put in brackets, in capitals (`[REDACTED]`, `4. [REDACTED]`, `[TRANSLATION]`),
 * with list numbers and punctuation: what was removed from a released document, the same in both
 * versions.
 */
const EDITORIAL_MARKS = /^[\s\d.,;:)(-]*(?:\[[\p{Lu}\p{N}\s.,/-]+\][\s.,;:]*)+$/u;

/**
 * English month and weekday names as English writes them, capitalised (French writes `juillet`,
 * `samedi`, and puts the day first: `12 sept.`).
 */
const ENGLISH_DATE_WORD = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun)\b/;

/** A time written the English way, with a.m. or p.m. (French writes `10 h`, `14 h 30`). */
function englishTime(v: TimeValue): boolean {
  return v.style === 'en-12h' && v.hasMeridiem;
}

/**
 * Whether a text holds a date written with an English month or weekday name (`Saturday, July 12`,
 * `March 2025`) or a time with a.m./p.m.: English that French writes otherwise, and what a notice
 * or a sentence holds, not a name or the title of a work.
 */
function englishDateOrTime(values: readonly Value[]): boolean {
  for (const v of values) {
    // With a day or a year: a month alone may be a name (`August Rush`, `March of Dimes`).
    if (v.kind === 'date' && /\d/.test(v.raw) && ENGLISH_DATE_WORD.test(v.raw)) return true;
    if (v.kind === 'time' && englishTime(v)) return true;
    if (v.kind === 'time-range' && (englishTime(v.from) || englishTime(v.to))) return true;
  }
  return false;
}

/**
 * Whether a copy whose words are French is a French sentence left on the English side, not the
 * name of an organisation that English keeps in French (`Société de transport de Montréal`): four
 * words or more ending with a stop (or a closing's comma), not in title case, and no English word
 * of weight unless the French evidence plainly outweighs it (the mirror of the English copy's
 * test below).
 */
function frenchSentence(en: Segment, s: LangScore, words: number, minScore: number): boolean {
  // (A letter's closing ends with a comma: `Merci de votre collaboration,`.)
  if (words < COPY_MIN_WORDS || !(SENTENCE_END.test(en.text) || CLOSING_COMMA.test(en.text) || frenchImperative(en.text) || unendedSentence(en.text) || frenchLabelOpening(en.text)) || titleCase(en)) return false;
  if (s.maxEn <= -1 && !(looksFrench(en) && s.score >= minScore - 2 * s.maxEn)) return false;
  return !isLanguageNote(en.text) && !isReference(en.text);
}

/** Words in small letters (of three letters or more) of a sentence left without its period (see unendedSentence). */
const UNENDED_SENTENCE_LOWER = 4;
/** A French subject pronoun, the reflexive `se`, or a common form of être, avoir, pouvoir or devoir, in small letters. */
const FRENCH_VERB_SIGN = /(?:^|\s)(?:se|s['’]|il|ils|elle|elles|nous|vous|on|est|sont|sera|seront|était|ont|peut|peuvent|doit|doivent)(?=\s|$)/u;

/**
 * A sentence without its period, as signs and inline lines write them (`Le club de lecture d'été se
 * poursuit à la bibliothèque Dina-Bélanger`): a capital, words in small letters, and a verb's sign
 * (a pronoun, `est`, `sera`), which a name or a title lacks (`Fête nationale du Québec`,
 * `Programme des bâtiments communautaires verts et inclusifs`).
 */
function unendedSentence(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}/u.test(t) && lowerCaseWords(t) >= UNENDED_SENTENCE_LOWER && FRENCH_VERB_SIGN.test(t.slice(1));
}

/**
 * A label that French writes and English hardly does, its space before the colon and all
 * (`Objet : Séances d'information à l'intention des vétérans – automne 2026`): a letter's subject
 * line, in French.
 */
function frenchLabelOpening(text: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)[\u00a0\u202f ]:/u.exec(text.trim());
  if (!m) return false;
  const label = fold(m[1]);
  // (English lists `objet`, as in `objet d'art`, rarely.)
  return dictionary('fr').has(label) && dictionary('fr').cost(label) + 1 < dictionary('en').cost(label);
}

/** A comma that ends a text: a letter's closing or salutation. */
const CLOSING_COMMA = /,\s*$/;

/** A first word in -ez, a French verb's imperative (`Apportez`, `Inscrivez-vous`). */
const IMPERATIVE_START = /^(\p{Lu}\p{Ll}+ez)(?:-vous)?\s/u;

/**
 * A French instruction without its period (`Apportez une pièce d'identité avec photo`): it opens
 * with an imperative that the French dictionary knows, which no name does.
 */
function frenchImperative(text: string): boolean {
  const m = IMPERATIVE_START.exec(text.trim());
  return m !== null && dictionary('fr').has(fold(m[1])) && !dictionary('en').has(fold(m[1]));
}

/**
 * One word in small letters that the English dictionary knows and the French one does not
 * (`preparedness` copied into a glossary's French column), or such a word of six letters or more
 * capitalised, that the lexicon does not know and that names no place (`Washrooms` on a sign):
 * an English word left, however lightly the lexicon weighs it. A word of both languages (`total`,
 * `format`) or a name is not.
 */
function englishWordOnly(text: string, s: LangScore): boolean {
  // A label's word before its amount or number is read alone (`Incidentals: $17.30`).
  const t = text.trim().replace(LABELLED_AMOUNT, '');
  // Capitalised, as a sign's word is (`Washrooms`), when it is no place's name (`Kingston`).
  const lower = /^\p{Ll}{4,}$/u.test(t);
  const capitalised = !lower && /^\p{Lu}\p{Ll}{5,}$/u.test(t) && s.known === 0 && !isKnownPlace(t);
  // (Read as English at all in small letters; as English or as neither capitalised.)
  if (s.maxFr > 0 || (lower ? s.score >= 0 : !capitalised || s.score > 0)) return false;
  const folded = fold(t);
  return dictionary('en').has(folded) && !dictionary('fr').has(folded);
}

/** A colon and the amount or number after a label (`: $17.30`, `: 204`). */
const LABELLED_AMOUNT = /\s*:\s*\$?\d[\d.,\s]*\$?$/u;

/** Whether the English evidence of a text outweighs its words of weight for French by `margin` (and twice their weight). */
function outweighsFrench(s: LangScore, margin: number): boolean {
  return s.score <= -(margin + 2 * s.maxFr);
}

/**
 * Words in sentence case that lean English, one at least that the English dictionary knows and the
 * French one does not, and none the other way (`Wharf repairs` copied as a heading of the French
 * half: `wharf` is French too, `repairs` English only): English left, however lightly the lexicon
 * weighs its words.
 */
function englishInSentenceCase(text: string, words: number, s: LangScore): boolean {
  return words >= 2 && s.score < 0 && SENTENCE_CASE.test(text.trim()) && onlyEnglishWords(text);
}

/**
 * A word that French writes the same, accents and all, and uses about as often as English does
 * (`Lot`, `Date`, `Total`; not `Interpretation`, which French writes `Interprétation`, nor `Open`
 * or `Close`, which French borrows or uses rarely): a copy of it may be the French.
 */
function frenchToo(text: string): boolean {
  const word = /\p{L}+/u.exec(text)?.[0];
  if (!word) return false;
  const folded = fold(word);
  const fr = dictionary('fr');
  return folded === word.toLowerCase() && fr.has(folded) && !fr.accentsOnly(folded) && fr.cost(folded) <= dictionary('en').cost(folded) + FRENCH_TOO_MARGIN;
}

/** How much rarer in French than in English (−log10 frequency) a word copied alone may be and still be French too. */
const FRENCH_TOO_MARGIN = 0.5;

function copy(ctx: CheckContext, en: Segment, minScore: number): void {
  const words = wordsOf(en.text).count;
  const s = segmentScore(en);
  if (s.score >= minScore) {
    if (frenchSentence(en, s, words, minScore)) ctx.report({ message: 'EN is a copy of FR: expected English text, found the French text', en: 'whole' });
    return;
  }
  if (s.score > -minScore && !englishWordOnly(en.text, s) && !englishInSentenceCase(en.text, words, s)) return;
  // A date or a time written the English way: a name or a title holds none (`Guided Walk:
  // Saturday, July 12, 10:00 a.m.`, where the names of days and months are capitalised anyway).
  const dated = words > 1 && englishDateOrTime(ctx.values.en);
  // A word of weight for French (`canal`, `programme`, `café` are French words too) is a sign of
  // a French text or a name, unless the text is plainly an English sentence (two English function
  // words and not two French ones) or an English date, and the English evidence outweighs it
  // well: `Paddle the canal with a guide and learn about its history.`
  // So is a copy whose English evidence is overwhelming over words the lexicon knows (`Your session
  // will expire in 5 minutes due to inactivity.`, one English function word, `session` French too).
  // So is a copy of three known words or more in a keyed file, where a value copied from the
  // source is the translator's placeholder (`Free parking on site`: `parking` is French too), or
  // in both cells of a line of two languages, written alike.
  const given = (ctx.pair.method === 'inline' || ctx.pair.method === 'keyed') && ctx.pair.fr?.text.trim() === en.text.trim();
  const plainly = dated || looksEnglish(en) || (s.known >= 5 && s.score <= -OVERWHELMING) || ((ctx.pair.method === 'keyed' || given) && s.known >= KEYED_COPY_KNOWN);
  // Nor is a position's title whose noun French writes otherwise (`Zone Training Officer, Winnipeg
  // Zone`: `zone` is French too, `Officer` is not).
  const title = JOB_TITLE.exec(en.text.trim());
  const englishTitle = title !== null && !dictionary('fr').has(fold(title[1]));
  if (s.maxFr >= 1 && !(plainly && outweighsFrench(s, minScore)) && !englishTitle) return;
  // One word: a name unless the lexicon knows it (`Ottawa` no, `Summary` yes). Several: a name or
  // a title when written in title case (`Microsoft Teams`, `Game of Thrones`).
  // Not a speaker's line in title case (`Jasmine Thiessen, Regional Manager, Canadian Heritage,
  // Prairies and Northern Region`): a name with titles and places that French translates.
  // Not a heading in capitals with two English function words (`DOCUMENTS TO HAVE ON HAND`): a
  // phrase, which a name in capitals seldom is.
  // (A word the lexicon does not know is a name, unless a line of both languages or a keyed file
  // gives it as the translation: `Washrooms / Washrooms`, `map.elevator=Elevator`; a document's
  // list may name a library or an index, `Leaflet`, `Humidex`.)
  // Written alike, case and all: French writes the names of languages in small letters
  // (`Chipewyan` / `chipewyan` is a translation).
  if (words === 1 ? (s.known === 0 && !(given && englishWordOnly(en.text, s))) || frenchToo(en.text) : titleCase(en) && !dated && !titlesAfterName(en.text) && !JOB_TITLE.test(en.text.trim()) && !(isAllCaps(en.text) && looksEnglish(en))) return;
  if (isLanguageNote(en.text) || isReference(en.text) || EDITORIAL_MARKS.test(en.text) || inReferences(ctx) || namedInFrench(ctx)) return;
  // At the French side: the copy is there (the English is shown beside it).
  ctx.report({ message: 'FR is a copy of EN: expected a French translation, found the English text', fr: 'whole' });
}
