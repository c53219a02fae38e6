// punctuation-mismatch: end punctuation, brackets and quotations that differ between the sides.
//
//  - End punctuation: a question that became a statement (`?` ⇄ `.` or `!`) is a warning; other
//    differences (`.` ⇄ none, `?` ⇄ none, `:` ⇄ `.`) are info: translators legitimately recast
//    sentences, but the difference is worth a look. An abbreviation's period (`approx.`, `etc.`,
//    `p.m.`) is not end punctuation. In an inline pair (`Dial-in number/Numéro à composer:`) the
//    trailing sign after the last part belongs to both parts: a first part without it is fine.
//  - Brackets: a bracket left open on one side only is a warning; parentheses on one side and
//    none on the other are info (translators often drop an acronym given in brackets); a
//    language note such as `(en anglais)` after a link has no counterpart by nature, nor has a
//    province or territory in parentheses after a place name in the French where the English has
//    a comma (`Gatineau (Québec)` for `Gatineau, Quebec` or `Gatineau, QC`: the Canadian French
//    convention).
//  - Quotations: a different number of quoted passages (`"…"`, `“…”` and `« … »` are the same
//    thing) is info.

import { readFileSync } from 'node:fs';
import { defineCheck, type CheckContext, type ReportInput } from './types.js';
import type { Pair, Segment } from '../core/types.js';
import { resourcePath } from '../core/resources.js';
import { segmentTranslatable } from './util/translatable.js';
import { PROVINCES } from '../lang/provinces.js';
import { ENGLISH_CLOSING, FRENCH_CLOSING, SALUTATION } from '../lang/letter-forms.js';

type End = '?' | '!' | '.' | '…' | ':' | ';' | '' | 'abbr';

const END_NAMES: Record<End, string> = { '?': '"?"', '!': '"!"', '.': 'a period', '…': 'an ellipsis', ':': 'a colon', ';': 'a semicolon', '': 'no punctuation', abbr: 'an abbreviation' };

/** The abbreviations of the provinces and territories, without their final period (`Ont`, `C.-B`, `N.W.T`). */
const PROVINCE_ABBREVIATIONS = new Set(PROVINCES.flatMap((p) => [...p.fr, ...p.en]).filter((f) => f.endsWith('.')).map((f) => f.slice(0, -1)));

let abbreviations: Set<string> | undefined;

/** Lower-cased abbreviations of both languages, without their final period (rules/lang/abbreviations.json). */
function abbrevs(): Set<string> {
  if (!abbreviations) {
    const a = JSON.parse(readFileSync(resourcePath('rules/lang/abbreviations.json'), 'utf8')) as { en: string[]; fr: string[]; both: string[] };
    abbreviations = new Set([...a.en, ...a.fr, ...a.both].map((x) => x.toLowerCase()));
  }
  return abbreviations;
}

/** Closing marks and spaces that may follow the end punctuation: `"yes."`, `(approx.)`, `oui »`. */
function isCloser(c: number): boolean {
  // space, tab, ) ] } » " ” ’ ' * _ no-break spaces
  return c === 32 || c === 9 || c === 41 || c === 93 || c === 125 || c === 0xbb || c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 42 || c === 95 || c === 0xa0 || c === 0x202f || c === 10 || c === 13;
}

/** Length of the text without its trailing closing marks and spaces. */
function coreLength(text: string): number {
  let n = text.length;
  while (n > 0 && isCloser(text.charCodeAt(n - 1))) n--;
  return n;
}

const LETTER = /\p{L}/u;

/** The word before a final period (`approx`, `p.m`, `U.S`, `V`), for abbreviations. */
function wordBeforePeriod(text: string, n: number): string {
  let i = n - 1;
  while (i > 0 && n - 1 - i < 12) {
    const c = text[i - 1];
    if (c === '.' || c === '-' || LETTER.test(c)) i--;
    else if (c === ' ' && i >= 2 && text[i - 2] === '.') i--; // `p. ex.`
    else break;
  }
  return text.slice(i, n - 1);
}

const SUPERSCRIPT_DIGITS = '¹²³⁴⁵⁶⁷⁸⁹⁰';

/**
 * Where the sentence's own sign ends when a footnote marker follows it (`…give it meaning?(2).`,
 * `…done.[3]`, `…done.²`), or -1. Read from the end, character by character: it runs on every text.
 */
function endBeforeFootnote(text: string): number {
  let i = text.length;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  if (i > 0 && text[i - 1] === '.') i--;
  const close = text[i - 1];
  let digits = 0;
  if (close === ')' || close === ']') {
    i--;
    while (i > 0 && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) {
      i--;
      digits++;
    }
    if (digits === 0 || digits > 3 || text[i - 1] !== (close === ')' ? '(' : '[')) return -1;
    i--;
  } else {
    while (i > 0 && SUPERSCRIPT_DIGITS.includes(text[i - 1])) {
      i--;
      digits++;
    }
    if (digits === 0) return -1;
  }
  if (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  return i > 0 && '.?!…'.includes(text[i - 1]) ? i : -1;
}

/** The end punctuation of a text and where it is. */
export function endOf(text: string): { end: End; at: number } {
  const note = endBeforeFootnote(text);
  const n = note > 0 ? note : coreLength(text);
  if (n === 0) return { end: '', at: 0 };
  const c = text[n - 1];
  if (c === '…') return { end: '…', at: n - 1 };
  if (c === '?' || c === '!' || c === ':' || c === ';') return { end: c, at: n - 1 };
  if (c === '.') {
    if (n >= 3 && text[n - 2] === '.' && text[n - 3] === '.') return { end: '…', at: n - 3 };
    const word = wordBeforePeriod(text, n);
    // `approx.`, `etc.`, `p. ex.`, `a.m.`, `U.S.`, initials (`V.`): the period belongs to the word.
    // Initials may be joined by hyphens (`C.-B.`, `N.-É.`, `T.N.-O.`); a province's abbreviation
    // (`Ont.`, `Sask.`) is written with its capital.
    if (abbrevs().has(word.toLowerCase()) || /^(?:\p{L}\.-?)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word) || PROVINCE_ABBREVIATIONS.has(word)) return { end: 'abbr', at: n - 1 };
    return { end: '.', at: n - 1 };
  }
  return { end: '', at: n - 1 };
}

interface Counts {
  /** Pairs of round brackets, brackets left open, closing brackets with no opening one. */
  round: number;
  open: number;
  unopened: number;
  quotes: number;
}

/**
 * An enumerator closes no bracket: `a)`, `1)`, `ii)` at the start or after a space, and the
 * paragraph letter of a French legal reference (`alinéa 3.1b)`, `art. 21(1)a)`).
 */
const ENUMERATOR = /(?:^|\s)(?:[a-z]|\d{1,2}|[ivx]{1,4})$|[\d)][a-z]$/;

/** The signs counts() looks at: a text with none has nothing to count. */
const COUNTED = /[()"“«]/;
const NO_COUNTS: Counts = Object.freeze({ round: 0, open: 0, unopened: 0, quotes: 0 });

const COUNTED_ALL = /[()"“«]/g;

function counts(text: string): Counts {
  let depth = 0;
  let round = 0;
  let unopened = 0;
  let straight = 0;
  let curly = 0;
  let guillemets = 0;
  // From one sign to the next: most of the text holds none. test() moves lastIndex past the sign
  // found without making a match array (exec made one per sign: most of this check's garbage).
  COUNTED_ALL.lastIndex = 0;
  while (COUNTED_ALL.test(text)) {
    const i = COUNTED_ALL.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 40) depth++; // (
    else if (c === 41) {
      // )
      if (depth > 0) {
        depth--;
        round++;
      } else if (!ENUMERATOR.test(text.slice(Math.max(0, i - 5), i))) unopened++;
    } else if (c === 34) straight++; // "
    else if (c === 0x201c) curly++; // “
    else guillemets++; // «
  }
  if (depth + round + unopened + straight + curly + guillemets === 0) return NO_COUNTS;
  return { round, open: depth, unopened, quotes: Math.floor(straight / 2) + curly + guillemets };
}

/**
 * The end punctuation of a text before abbreviations are told apart: '.' for a final period
 * (which endOf may find to be an ellipsis or an abbreviation's), the sign, or '' for none.
 */
function endSign(text: string): string {
  const n = coreLength(text);
  if (n === 0) return '';
  const c = text[n - 1];
  return c === '.' || c === '…' || c === '?' || c === '!' || c === ':' || c === ';' ? c : '';
}

/**
 * Whether the end punctuation of two texts can differ in a way endPunctuation reports. The same
 * sign (or none) on both sides cannot; nor can periods and ellipses (`.`, `...`, `…` and an
 * abbreviation's period are all alike to it), which settles most pairs without endOf.
 */
function endsMayDiffer(a: string, b: string): boolean {
  const x = endSign(a);
  const y = endSign(b);
  if (x === y) return false;
  return !((x === '.' || x === '…') && (y === '.' || y === '…'));
}

export default defineCheck({
  id: 'punctuation-mismatch',
  description: 'End punctuation, brackets and quotations agree between EN and FR',
  severity: 'warning',
  options: { endPunctuation: true, brackets: true, quotes: true },
  fixable: false,
  help: `A translation normally keeps the shape of its source: a question stays a question, a
parenthesis stays a parenthesis, a quotation stays a quotation (“…” in English, « … » in French
are the same). A difference often means a lost or added piece.

A question on one side and a statement or exclamation on the other is a warning, unless the
statement reports the question or asks for its answer (an indirect question "si les équipes…", a
thought reported "Nous nous sommes dit que…", an instruction "Tell us the type of place."), which
is info; other
end-punctuation differences (a sign on one side only, a colon against a period) are info, since
sentences are sometimes recast. A period
that ends an abbreviation (approx., etc., p.m.) is not end punctuation. In an inline pair such as
"Dial-in number/Numéro à composer: 1-877-413-4782", the colon after the last part belongs to both
parts and is not missing from the first. A bracket left open on one side only is a warning;
parentheses on one side only and a different number of quotations are info. A province or
territory in parentheses after a place name in the French, where the English puts it after a comma
("Gatineau (Québec)" for "Gatineau, Quebec" or "Gatineau, QC"), is the Canadian French convention
and not reported.

Example: "Any questions?" / "Des questions." → EN ends with "?", FR ends with a period.`,
  check(ctx) {
    const { en, fr } = ctx.pair;
    if (!en || !fr || en.lang === 'und' || fr.lang === 'und' || en.text === fr.text) return;
    // Most pairs end alike and hold no bracket or quotation mark: nothing to compare.
    const ends = ctx.options.endPunctuation !== false && endsMayDiffer(en.text, fr.text);
    const marked = (ctx.options.brackets !== false || ctx.options.quotes !== false) && (COUNTED.test(en.text) || COUNTED.test(fr.text));
    if (!ends && !marked) return;
    const found: ReportInput[] = [];
    if (ends) endPunctuation(ctx, en, fr, found);
    if (marked) marks(ctx, en, fr, found);
    // Whether the sides are text to translate is asked only of pairs with something to report.
    if (found.length === 0 || !segmentTranslatable(en) || !segmentTranslatable(fr)) return;
    for (const r of found) ctx.report(r);
  },
});

/** In an inline pair, which side comes first on the line (its trailing sign may sit after the other part). */
function firstSide(en: Segment, fr: Segment): 'en' | 'fr' {
  const a = en.place;
  const b = fr.place;
  return a.line < b.line || (a.line === b.line && a.column < b.column) ? 'en' : 'fr';
}

function endPunctuation(ctx: CheckContext, en: Segment, fr: Segment, out: ReportInput[]): void {
  const e = endOf(en.text);
  const f = endOf(fr.text);
  if (e.end === f.end || e.end === 'abbr' || f.end === 'abbr') return;
  // `;` and `:` at the end of list items, `…` against `.`: same role, different habits.
  const same = (x: End, y: End) => (x === '.' && y === '…') || (x === '…' && y === '.');
  if (same(e.end, f.end)) return;
  // A letter's set phrases, each language's way: English business letters end the salutation with
  // a colon, French ones with a comma (`Dear Mr. Arsenault:` / `Monsieur,`); an English closing
  // ends with a comma, the French one is a sentence (`Yours sincerely,` / `Veuillez agréer, …`).
  const enText = en.text.trim();
  const frText = fr.text.trim();
  if (SALUTATION.test(enText) && SALUTATION.test(frText)) return;
  if (ENGLISH_CLOSING.test(enText) && FRENCH_CLOSING.test(frText)) return;
  if (ctx.pair.method === 'inline') {
    // The sign after the last part of the line is shared: `Dial-in number/Numéro à composer:`.
    const first = firstSide(en, fr);
    const firstEnd = first === 'en' ? e.end : f.end;
    if (firstEnd === '') return;
  }
  // A question turned into a statement (or the reverse) changes what the text does; a sign on
  // one side only, or a colon for a period, is a matter of style.
  const question = (e.end === '?' && (f.end === '.' || f.end === '!')) || (f.end === '?' && (e.end === '.' || e.end === '!'));
  if (question && quotedQuestion(e.end === '?' ? en.text : fr.text, e.end === '?' ? e.at : f.at)) return;
  if (question && (e.end === '?' ? whClause(fr.text, 'fr') : whClause(en.text, 'en'))) return;
  if (question && TAG_QUESTION.test(e.end === '?' ? en.text : fr.text)) return;
  const range = (seg: Segment, x: { end: End; at: number }) => (x.end === '' ? lastWord(seg.text) : { from: x.at, to: x.at + (x.end === '…' && seg.text.startsWith('...', x.at) ? 3 : 1) });
  // A question the other side reports or asks for (`…why not apply this to our security culture?`
  // / `Nous nous sommes alors dit que ce serait une bonne idée…`) is a choice of the translator:
  // information. A statement that only lost the mark (`Des questions.`) is a warning.
  const recast = question && (e.end === '?' ? recastAsStatement(fr.text, 'fr') : recastAsStatement(en.text, 'en'));
  out.push({
    message: `EN ends with ${END_NAMES[e.end]}, FR ends with ${END_NAMES[f.end]}`,
    en: range(en, e),
    fr: range(fr, f),
    ...(question && !recast ? {} : { severity: 'info' as const }),
  });
}

/**
 * A question said as a statement that reports it or asks for the answer: an indirect question
 * (`si les équipes effectuent…`, `whether teams run…`), a thought reported (`Nous nous sommes alors
 * dit que…`, `We asked ourselves how…`), or an instruction to answer (`Tell us the type of place.`
 * for `De quel type de lieu s'agit-il?`). A statement that merely drops the mark (`Vous êtes
 * étudiant à temps plein.` for `Are you a full-time student?`) is none of these.
 */
const REPORTS_QUESTION: Record<'en' | 'fr', RegExp> = {
  en: /^(?:whether|if)\s|\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|know|find out|tell|told|decide[sd]?)\s+(?:(?:often|sometimes|always|then|also)\s+)?(?:(?:us|ourselves|themselves|myself|yourself|them|you)\s+)?(?:if|whether|how|why|what|where|when|which|who)\b|^(?:tell us|let us know|indicate|specify|enter|select|choose|describe|explain)\b/i,
  fr: /^si\s|\b(?:savoir|demand(?:er|e|es|ons|ez|ent|é|ée|és|ées|ait|aient)|interrog(?:er|e|ent|é|eait|eaient)|dit|dire|disons|sommes dit|suis dit)(?:[\s\u00a0\u202f]+(?:souvent|parfois|toujours|alors|aussi|donc|encore|bien|sans cesse))?(?:[\s\u00a0\u202f]*:)?[\s\u00a0\u202f]+(?:si|que|qu['’]|comment|pourquoi|quel(?:le)?s?|où|quand|combien)(?![\p{L}-])|^(?:indiquez|précisez|dites-nous|parlez-nous|racontez-nous|expliquez-nous|inscrivez|sélectionnez|choisissez|entrez|décrivez|expliquez)(?![\p{L}-])/iu,
};

/** The last sentence of a text reports a question rather than asking it. */
function recastAsStatement(text: string, lang: 'en' | 'fr'): boolean {
  const sentences = text.trim().split(/(?<=[.!?…])\s+(?=\P{Ll})/u);
  return REPORTS_QUESTION[lang].test(sentences[sentences.length - 1].replace(/^[^\p{L}]+/u, ''));
}

/** The opening quote of each closing one. */
const OPENER: Record<string, string> = { '’': '‘', '”': '“', '»': '«', '"': '"' };

/**
 * Whether the question mark at `at` ends a question quoted inside a statement (`…and ask myself
 * ‘would this stop users from reading?’”): its quotation opens after the sentence has begun, so
 * the sentence itself asks nothing, and a translation that reports the question indirectly
 * (`…à savoir si le contenu empêche la lecture.`) ends rightly with a period.
 */
function quotedQuestion(text: string, at: number): boolean {
  const closer = /["’”»]/.exec(text.slice(at + 1));
  if (!closer) return false;
  const open = text.lastIndexOf(OPENER[closer[0]], at);
  return open > 0 && LETTER.test(text.slice(0, open));
}

/**
 * A question word followed by a subject, not by a verb (`Why we chose Hugo, and how.`, `How to
 * apply.`, `Pourquoi nous avons choisi Hugo.`, `Comment bâtir la confiance.`): a headline that
 * asks indirectly. Rendering it as a direct question (`Pourquoi avons-nous choisi Hugo?`), or a
 * direct question as such a headline, keeps what the text does. `What is the deadline.` and
 * `Quelle est la date limite.` are questions that lost their mark, and stay reported.
 */
const WH_CLAUSE: Record<'en' | 'fr', RegExp> = {
  en: /^(?:how|why|what|when|where|who|which|whether)\s+(?:to|we|i|you|they|he|she|it|the|a|an|our|your|their|this|that|these|those|my|his|her|its|people|users|one)\b/i,
  fr: /^(?:(?:comment|pourquoi|quand|où)\s+(?:nous|vous|je|j['’]|il|elle|on|ils|elles|les?|la|l['’]|une?|des|notre|nos|votre|vos|leurs?|ce|cet|cette|ces|mon|ma|mes|son|sa|ses|\p{L}+(?:er|ir|re)(?![\p{L}-]))|ce\s+(?:que|qu['’]|qui)\s*\p{L})/iu,
};

/**
 * A statement with a question tagged on (`Plutôt ennuyeux, n'est-ce pas?`, `…, right?`): a
 * rhetorical turn a translator may add or drop, not a question asked.
 */
const TAG_QUESTION = /,[ \u00a0]*(?:n['’]est-ce pas|non|hein|right|you know|isn['’]t it|aren['’]t they|don['’]t you think)[ \u00a0\u202f]*\?["'”’»)\]\s]*$/iu;

function whClause(text: string, lang: 'en' | 'fr'): boolean {
  return WH_CLAUSE[lang].test(text.replace(/^[^\p{L}]+/u, ''));
}

function lastWord(text: string): { from: number; to: number } {
  const n = coreLength(text);
  let i = n;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return n > 0 ? { from: i, to: n } : { from: 0, to: text.length };
}

/** `(en anglais)` after a link to an English-only page, `(in French)`: notes with no counterpart. */
const LANGUAGE_NOTE = /\((?:en |in )?(?:anglais|english|français|french)(?: seulement| only)?\)/gi;

/** A form as a pattern: hyphens of any kind; capitals with or without their accent (`Ile`, `Edouard`). */
function formPattern(form: string): string {
  return form
    .replace(/[.]/g, '\\.')
    .replace(/-/g, '[-\u2010\u2011]')
    .replace(/ /g, '[ \u00a0]')
    .replace(/É/g, '[ÉE]')
    .replace(/Î/g, '[ÎI]');
}

/** The last word of a place name: capitalised, with its hyphens, apostrophes and periods (`St. John's`, `Val-d'Or`). */
const PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-\u2010\u2011]*";
const END = '(?![\\p{L}\\p{N}])';
interface ProvincePatterns {
  /** Per province (by its index), the French parenthesis after a place name: `Gatineau (Québec)`, `Halifax (N.-É.)`. */
  fr: RegExp[];
  /** Any province in parentheses, to settle most texts with one test. */
  anyFr: RegExp;
  /**
   * Per province, the English comma after a place name (`Ottawa, Ontario`, `Ottawa, ON`, `Wawa,
   * Ont.`), or a Canada Post address line (`OTTAWA ON  K1A 0B1`).
   */
  en: RegExp[];
}

let provincePatterns: ProvincePatterns | undefined;

/** The province patterns, made when a French text first has a parenthesis (some 20 ms of compiling at every start otherwise). */
function provinces(): ProvincePatterns {
  return (provincePatterns ??= {
    fr: PROVINCES.map((p) => new RegExp(`(${PLACE_WORD}[ \u00a0]+)(\\((?:${p.fr.map(formPattern).join('|')})\\))`, 'gu')),
    anyFr: new RegExp(`\\((?:${PROVINCES.flatMap((p) => p.fr.map(formPattern)).join('|')})\\)`, 'u'),
    en: PROVINCES.map((p) => {
      const post = p.en[p.en.length - 1];
      return new RegExp(`${PLACE_WORD}(?:,[ \u00a0]*(?:${p.en.map(formPattern).join('|')})${END}|[ \u00a0]+${post}[ \u00a0]+[A-Z]\\d[A-Z][ \u00a0]?\\d[A-Z]\\d${END})`, 'gu');
    }),
  });
}

/** The text with matches of a pattern blanked out, so that offsets into it are offsets into the text. */
function blank(text: string, re: RegExp): string {
  return text.replace(re, (m) => ' '.repeat(m.length));
}

/**
 * The French text with the provinces in parentheses after a place name blanked out, as many of
 * each as the English writes with a comma (`Gatineau (Québec)` for `Gatineau, Quebec`, the
 * Canadian French convention): a parenthesis that translates a comma has no counterpart to find.
 */
function withoutProvinces(frText: string, enText: string): string {
  if (!frText.includes('(') || (!enText.includes(',') && !/\d[A-Z]\d/.test(enText))) return frText;
  const re = provinces();
  if (!re.anyFr.test(frText)) return frText;
  let text = frText;
  for (let k = 0; k < PROVINCES.length; k++) {
    re.fr[k].lastIndex = 0;
    if (!re.fr[k].test(text)) continue;
    let left = enText.match(re.en[k])?.length ?? 0;
    text = text.replace(re.fr[k], (m, place: string, note: string) => (left-- > 0 ? place + ' '.repeat(note.length) : m));
  }
  return text;
}

/**
 * An acronym in parentheses (`(SPAC)`, `(HE)`) where the other side writes an acronym: one side
 * spells out the name the other abbreviates (`Services publics et Approvisionnement Canada (SPAC)`
 * for `PSPC`), a choice of each language's writer with no parenthesis to expect. An acronym the
 * other side leaves out altogether (`(MOSZ)` and no French one) is still noted. In a text all in
 * capitals, a word in parentheses is no acronym.
 */
const ACRONYM_NOTE = /\(\p{Lu}[\p{Lu}\d&.-]{1,9}\)/gu;
const ACRONYM = /(?<![\p{L}\d])\p{Lu}{2,}(?![\p{L}\d])/u;

function withoutAcronymNotes(text: string, other: string): string {
  // In a heading in capitals every word looks like an acronym: `(DOWNTOWN)` is a word.
  return ACRONYM.test(other) && /\p{Ll}/u.test(text) ? blank(text, ACRONYM_NOTE) : text;
}

/**
 * A named printf placeholder (`%(name)s`, Python's format): its parentheses are the placeholder's,
 * which `placeholders` checks. Its name starts with a letter: `57 %(1) des internautes` is a
 * percentage and a footnote.
 */
const NAMED_PRINTF = /%\([A-Za-z_][\w.]*\)[-#0+]*\d*(?:\.\d+)?[sdifrxXeEgGcuo]/g;

/** The text with its named printf placeholders blanked out (offsets kept). */
function withoutNamedPrintf(text: string): string {
  return text.includes('%(') ? blank(text, NAMED_PRINTF) : text;
}

/**
 * Whether the side's only bracket trouble is a `)` with no `(`, in the second half of a line that
 * holds both languages: the line was cut at the gloss's `(` (`Edit (Édition) > Entrez…` reads
 * `Edit` / `Édition) > Entrez…`), and the bracket closes it. A `(` left open there is the text's own.
 */
function glossClosed(pair: Pair, side: 'en' | 'fr', c: Counts): boolean {
  if (pair.method !== 'inline' || c.open > 0 || c.unopened === 0) return false;
  const here = pair[side]!.place;
  const there = pair[side === 'en' ? 'fr' : 'en']!.place;
  return here.line === there.line && here.column > there.column;
}

function marks(ctx: CheckContext, en: Segment, fr: Segment, out: ReportInput[]): void {
  const enPlain = withoutNamedPrintf(en.text);
  const frPlain = withoutNamedPrintf(fr.text);
  const enText = enPlain.includes('(') ? withoutAcronymNotes(blank(enPlain, LANGUAGE_NOTE), fr.text) : enPlain;
  const frText = frPlain.includes('(') ? withoutProvinces(withoutAcronymNotes(blank(frPlain, LANGUAGE_NOTE), en.text), en.text) : frPlain;
  const a = counts(enText);
  const b = counts(frText);
  if (ctx.options.brackets !== false) {
    const enBad = a.open + a.unopened > 0;
    const frBad = b.open + b.unopened > 0;
    if (enBad !== frBad) {
      const side = enBad ? 'en' : 'fr';
      const text = enBad ? enText : frText;
      const c = enBad ? a : b;
      const open = c.open > 0;
      const at = open ? text.lastIndexOf('(') : text.indexOf(')');
      if (!glossClosed(ctx.pair, side, c)) {
        out.push({
          message: `${side.toUpperCase()} has a bracket left ${open ? 'open' : 'unopened'}, the ${side === 'en' ? 'French' : 'English'} is balanced`,
          [side]: at >= 0 ? { from: at, to: at + 1 } : 'whole',
        });
      }
    } else if (!enBad && (a.round === 0) !== (b.round === 0)) {
      const withSide = a.round > 0 ? 'en' : 'fr';
      const seg = a.round > 0 ? en : fr;
      // Offsets in the text as counted: a language note or a province left out is not pointed at.
      const text = a.round > 0 ? enText : frText;
      const from = text.indexOf('(');
      const close = text.indexOf(')', from);
      out.push({
        message: `${withSide.toUpperCase()} has a parenthesis, ${withSide === 'en' ? 'FR' : 'EN'} has none: expected "${seg.text.slice(from, close + 1)}" to have a counterpart`,
        [withSide]: { from, to: close + 1 },
        severity: 'info',
      });
    }
  }
  if (ctx.options.quotes !== false && a.quotes !== b.quotes) {
    const q = (seg: Segment) => {
      const i = seg.text.search(/["“«]/);
      return i >= 0 ? { from: i, to: i + 1 } : ('whole' as const);
    };
    out.push({
      message: `EN has ${a.quotes} quotation${a.quotes === 1 ? '' : 's'}, FR has ${b.quotes}`,
      ...(a.quotes ? { en: q(en) } : {}),
      ...(b.quotes ? { fr: q(fr) } : {}),
      severity: 'info',
    });
  }
}
