// missing-translation: segments with no counterpart in the other language (orphans).
//
// One finding per stretch of untranslated text, not one per line: an English-only report of
// two hundred lines is one thing to act on. How orphans are grouped:
//  - a *block* is orphans of one language separated only by blank lines: one finding;
//  - neutral material (codes, names, `[REDACTED]`, page numbers: `shared` pairs) does not end a
//    run, a translated pair does; a run of at least `groupAt` orphans is one finding from its
//    first line to its last, while shorter runs are reported block by block (the credit lines of
//    an agenda, between its numbered items, are separate omissions);
//  - inside a long run, a short island of the other language (at most `maxIsland` segments, a
//    fifth of the run around it) is part of the run: an English report quoting a French
//    agency name is English material, not a missing English translation.
// Left out: orphans that need no translation (codes, URLs, data rows, a line of code, notes
// pointing to the other version, the header of a forwarded e-mail, a `Traduction :` caption, the
// gloss of a quote in the other language) and pairs of orphans that are each other's translation by the
// aligner's own evidence, sentences of parallel text merged into a neighbour in the translation
// (paragraph lengths); a file of two unaligned halves gets one warning instead. In keyed files,
// units whose French translates a neighbouring unit's English (util/misaligned-units.ts).
// A finding whose text is a single word (a lone label or heading) is a warning; prose is an error.
// Per pair: an English sentence dropped inside a passage the aligner paired with low confidence
// (fewer French sentences, nothing of the sentence in the French) is a warning.

import { defineCheck, type CheckContext, type CorpusContext } from './types.js';
import type { Pair, Segment } from '../core/types.js';
import type { InputFile } from '../formats/index.js';
import type { SourceDocument } from '../core/document.js';
import { segmentScore } from './util/segment-lang.js';
import { scoreText } from '../lang/identify.js';
import { isTranslatable } from './util/translatable.js';
import { dictionary, fold } from '../lang/dictionary.js';
import { sentencesAndItems } from './util/spans.js';
import { isLanguageNote } from '../lang/language-notes.js';
import { compat, features, FR_EN_RATIO, valueKeys, type Features } from '../align/anchors.js';
import { extractValues } from '../lang/values.js';
import { words as wordsOf } from './util/words.js';
import { loadGlossary } from '../config/glossary-file.js';
import { resourcePath } from '../core/resources.js';
import { stemKeysOfWord, stemTranslationKeys } from '../align/base-lexicon.js';
import { inMailHeader } from '../lang/mail-header.js';
import { ENGLISH_STREET_LINE, FRENCH_CIVIC_ADDRESS } from '../lang/addresses.js';
import { TermEngine } from '../rules/term-engine.js';
import { misalignedUnits, type MisalignedStretch } from './util/misaligned-units.js';
import { where } from '../tm/consistency.js';

/** Evidence (src/align/anchors.ts `compat`) that two orphans translate each other. */
const COUNTERPART = 2.5;
/** What a word of the shipped list and its translation add to that evidence, and at most (as cognates do). */
const KNOWN_WORD_WEIGHT = 0.4;
const KNOWN_WORDS_MAX = 1.5;
/** Fewest orphans in each language for a file to be taken as two unaligned halves. */
const MIN_HALF = 3;

interface Orphan {
  pair: Pair;
  seg: Segment;
  side: 'en' | 'fr';
  /** Index of the pair in its file's pair list. */
  index: number;
}

interface Run {
  side: 'en' | 'fr';
  orphans: Orphan[];
  /** Orphans of the other language absorbed into the run. */
  islands: Orphan[];
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

export default defineCheck({
  id: 'missing-translation',
  description: 'Every segment has a counterpart in the other language; runs of untranslated lines are reported once',
  severity: 'error',
  options: { groupAt: 8, maxIsland: 2 },
  fixable: false,
  help: `A segment in one language with no counterpart in the other is usually a forgotten
translation: a speaker's credit line left in English, a paragraph added to the English version
after the French was done, a whole section never sent for translation.

Consecutive untranslated segments are reported once, spanning their lines: an English-only
report of two hundred lines is one finding. Neutral lines (codes, names, page numbers) do not
break a run; a translated pair does. A run of at least \`groupAt\` segments (default 8) is one
finding; a shorter run is reported block by block, a block being segments separated only by
blank lines. A short island of the other language inside a long run (at most \`maxIsland\`
segments, default 2) belongs to the run. A lone word is a warning, anything longer an error.
In a pair of resource files (strings.json + strings.fr.json), a key whose value is empty in one
file is reported on its own, at that empty value, where its translation goes.

Not reported: material that needs no translation (codes, URLs, data rows, a line of code, a
company's name with its legal form, notes such as "English version follows", the From:/Sent:/To:
header of a forwarded e-mail, a "Traduction :" caption that translates a screenshot, the gloss of
a sentence quoted in the other language with a remark such as "(Epicene writing)"), and an English
orphan and a French orphan that are plainly each other's translation (shared values, names, cognates) but could not be aligned, and, in
parallel text, a sentence the translation merged into its neighbour (its paragraph's
translation is as long as the whole paragraph, not short by the sentence) or split off it (it
translates what the pair beside it has in the other language only). A file whose
English and French come as two unpaired halves gets one warning saying so.

An English sentence dropped inside a passage the aligner could pair only with low confidence
(two English sentences against one French, \`No alternate date will be offered.\` left out), or
inside a paragraph laid out over a shorter French one in a mixed document, is
reported as a warning when it is the passage's first or last sentence, has five words or more,
and nothing of it (no cognate, value or name) is in the French while the rest of the English is.

In a keyed file (TMX, XLIFF, PO, CSV, JSON), units whose French translates the English of a
neighbouring unit (a target column that slipped by a row, two targets exchanged) are reported,
one finding per stretch, saying where the translations are; so are four units in a row or more
whose long English shares no name, number or cognate with their French (a memory aligned wrongly).

Example: in an agenda, "(Mark Scrivens, Senior Counsel, PSDI ADAG's Office)" under an item with
no French credit line is reported: expected a French counterpart, found none.`,
  check(ctx: CheckContext) {
    droppedSentence(ctx);
  },
  checkCorpus(ctx: CorpusContext) {
    const groupAt = Math.max(1, Number(ctx.options.groupAt ?? 8));
    const maxIsland = Math.max(0, Number(ctx.options.maxIsland ?? 2));
    const byFile = filesOf(ctx);
    // Each segment's document by file name: with --parallel the French segments are listed under
    // the English file, while their document is the French file's.
    const docs = new Map<string, SourceDocument>();
    for (const i of ctx.inputs) if (i.document) docs.set(i.document.file, i.document);
    for (const pairs of byFile) {
      const secs = withoutSplitOff(withoutMerged(withoutCrossedClosing(withoutUnaligned(sections(pairs, docs)), pairs), pairs), pairs);
      if (unalignedHalves(ctx, pairs, secs, groupAt)) continue;
      for (const section of secs) {
        // A key left empty in the other file is reported there, on its own: where its translation goes.
        const orphans: Orphan[] = [];
        for (const o of section) {
          if (o.pair.meta?.emptyTarget) report(ctx, o.side, [o], []);
          else orphans.push(o);
        }
        for (const run of absorbIslands(sideRuns(orphans), maxIsland)) {
          if (run.orphans.length + run.islands.length >= groupAt) report(ctx, run.side, run.orphans, run.islands);
          else for (const block of blocks(run.orphans, docs)) report(ctx, run.side, block, []);
        }
      }
      reportMisaligned(ctx, pairs, misalignedUnits(pairs));
    }
  },
});

/** The pairs of each file, in file order (the runner hands every pair of the run at once). */
function filesOf(ctx: CorpusContext): Pair[][] {
  if (ctx.inputs.length > 0) return ctx.inputs.map((i: InputFile) => i.pairs);
  return [ctx.pairs];
}

/** Orphans between translated pairs, in order; neutral pairs are skipped over. */
function sections(pairs: Pair[], docs: Map<string, SourceDocument>): Orphan[][] {
  const out: Orphan[][] = [];
  let cur: Orphan[] = [];
  // The two pairs before this one, latest first (the quote a gloss translates stands there).
  let last: Pair | null = null;
  let lastButOne: Pair | null = null;
  // The postal codes of the orphans: an address's last line given in one language only is no
  // omission, one given in both is matched with its twin below.
  const postalCodes = new Map<string, number>();
  for (const pair of pairs) {
    const seg = pair.en && !pair.fr ? pair.en : pair.fr && !pair.en ? pair.fr : null;
    const code = seg && POSTAL_LINE.exec(seg.text.trim())?.[1].replace(/\s/g, '');
    if (code) postalCodes.set(code, (postalCodes.get(code) ?? 0) + 1);
  }
  // The files, and the lines of each file, that hold text of each language (a side of a pair, or an orphan).
  const written: Record<'en' | 'fr', Set<string>> = { en: new Set(), fr: new Set() };
  for (const pair of pairs) {
    if (pair.method === 'shared') continue;
    for (const side of ['en', 'fr'] as const) {
      const seg = pair[side];
      if (!seg) continue;
      written[side].add(seg.place.file);
      for (let l = seg.place.line; l <= seg.place.endLine; l++) written[side].add(`${seg.place.file}\u0000${l}`);
    }
  }
  const loneAddressEnd = (text: string): boolean => {
    const code = POSTAL_LINE.exec(text.trim())?.[1].replace(/\s/g, '');
    return code !== undefined && postalCodes.get(code) === 1;
  };
  pairs.forEach((pair, index) => {
    if (pair.method === 'shared') return;
    const [before, beforeThat] = [last, lastButOne];
    lastButOne = last;
    last = pair;
    const seg = pair.en && !pair.fr ? pair.en : pair.fr && !pair.en ? pair.fr : null;
    if (!seg) {
      if (cur.length) out.push(cur);
      cur = [];
      return;
    }
    // Neutral orphans (a number, a code, a row of station identifiers) need no translation.
    const doc = docs.get(seg.place.file);
    if (seg.lang === 'und' || !isTranslatable(seg.text) || segmentScore(seg).words === 0 || isLanguageNote(seg.text) || isCode(seg, doc) || isMailHeader(seg, doc) || isTranslationCaption(seg, doc) || isPersonName(seg.text) || isCompanyName(seg.text) || INSTITUTION_NAME.test(seg.text.trim()) || isStreetAddress(seg.text) || loneAddressEnd(seg.text) || isSignatureTitle(seg, doc)) return;
    if (isGloss(seg, pair.en ? 'en' : 'fr', before, doc) || isGloss(seg, pair.en ? 'en' : 'fr', beforeThat, doc)) return;
    if (doc && quotedInOneLanguage(seg, pair.en ? 'fr' : 'en', doc, written)) return;
    cur.push({ pair, seg, side: pair.en ? 'en' : 'fr', index });
  });
  if (cur.length) out.push(cur);
  return out;
}

/** A line of a quoted e-mail (`> Hello,`, `>> …`). */
const QUOTED_LINE = /^\s*>/;

/**
 * Whether a segment is in a quoted e-mail whose quoted lines hold no text of the other language
 * (a member of the public's message under a bilingual reply, written in its writer's language):
 * a message quoted as it was sent, not a text to translate. A quoted bilingual message (a notice
 * forwarded with its two versions) still has its omissions found.
 */
function quotedInOneLanguage(seg: Segment, other: 'en' | 'fr', doc: SourceDocument, written: Record<'en' | 'fr', Set<string>>): boolean {
  // (In a file of both languages: a quotation in one version of a pair of files is that version's text.)
  if (!written[other].has(seg.place.file) || !QUOTED_LINE.test(doc.line(seg.place.line))) return false;
  let first = seg.place.line;
  while (first > 1 && QUOTED_LINE.test(doc.line(first - 1))) first--;
  let last = seg.place.endLine;
  while (last < doc.lineCount && QUOTED_LINE.test(doc.line(last + 1))) last++;
  for (let l = first; l <= last; l++) if (written[other].has(`${seg.place.file}\u0000${l}`)) return false;
  return true;
}

/** Words a quoted sentence has at least. */
const QUOTE_MIN_WORDS = 4;
/** How plainly a text reads as one language (log-odds, as scoreText gives them). */
const QUOTE_LEAN = 2;
const REMARK_LEAN = 1;
/** A closing remark in parentheses: `(Epicene writing)`, `(Écriture épicène)`. */
const TRAILING_REMARK = /\s*\([^()]*\)\s*$/;
/** How far above the gloss (lines) its quote may stand, in one of the two pairs before it. */
const GLOSS_LINES = 4;
const MARKUP = /<[^>]*>|\*\*|__/g;

/**
 * An orphan right after a sentence that its version quotes in the other language, with a remark
 * of its own on the quote's line, and about as long as the quote: its translation for the reader
 * (an English article on French usage quotes `La direction est responsable de l’évaluation du
 * personnel. (Epicene writing)` and glosses it `Management is responsible for evaluating the
 * staff.`). The other version has the quote and needs no gloss. A version that merely holds a
 * copy of the other (a line left untranslated) has no remark of its own and quotes nothing.
 */
function isGloss(seg: Segment, side: 'en' | 'fr', before: Pair | null, doc: SourceDocument | undefined): boolean {
  const own = before?.[side];
  const other = side === 'en' ? before?.fr : before?.en;
  if (!doc || !own || !other || own.place.file !== seg.place.file || seg.place.line - own.place.endLine > GLOSS_LINES) return false;
  const quote = other.text.replace(TRAILING_REMARK, '').trim();
  const ownward = side === 'en' ? -1 : 1;
  if (!own.text.includes(quote) || wordsOf(quote).count < QUOTE_MIN_WORDS || ownward * scoreText(quote).score > -QUOTE_LEAN) return false;
  const ratio = seg.text.length / quote.length;
  if (ratio < 0.5 || ratio > 2) return false;
  // The quote's lines as read (tags and emphasis inside the quote dropped), less the quote.
  let lines = '';
  for (let l = own.place.line; l <= own.place.endLine; l++) lines += doc.line(l) + ' ';
  lines = lines.replace(MARKUP, '').replace(/\s+/g, ' ');
  const spaced = quote.replace(/\s+/g, ' ');
  const at = lines.indexOf(spaced);
  if (at < 0) return false;
  const remark = scoreText(lines.slice(0, at) + ' ' + lines.slice(at + spaced.length));
  return remark.words >= 2 && ownward * remark.score >= REMARK_LEAN;
}

/**
 * A file holding its English text and its French text one after the other, which the aligner
 * could not pair: most of its segments are orphans, and both languages have a comparable amount
 * of them. Reporting each language as untranslated would be wrong; one warning says that the
 * file could not be checked pair by pair.
 */
function unalignedHalves(ctx: CorpusContext, pairs: Pair[], secs: Orphan[][], groupAt: number): boolean {
  const all = secs.flat();
  const en = all.filter((o) => o.side === 'en');
  const fr = all.filter((o) => o.side === 'fr');
  if (en.length < MIN_HALF || fr.length < MIN_HALF || en.length + fr.length < groupAt) return false;
  const chars = (os: Orphan[]) => os.reduce((k, o) => k + o.seg.text.length, 0);
  const [a, b] = [chars(en), chars(fr)];
  if (Math.min(a, b) < 0.4 * Math.max(a, b)) return false;
  const translated = pairs.filter((p) => p.en && p.fr && p.method !== 'shared').length;
  if (all.length < 2 * translated) return false;
  if (!halves(all)) return false;
  const first = all[0];
  const lines = (os: Orphan[]) => `${os[0].seg.place.line}–${Math.max(...os.map((o) => o.seg.place.endLine))}`;
  const last = all.reduce((x, y) => (y.seg.place.endLine > x.seg.place.endLine ? y : x));
  const other = first.side === 'en' ? fr[0] : en[0];
  ctx.report({
    pair: first.pair,
    message:
      `The English (lines ${lines(en)}, ${en.length} segments) and the French (lines ${lines(fr)}, ${fr.length} segments) have no counterparts ` +
      `(${translated} pair${translated === 1 ? '' : 's'} found): the file looks like two halves that could not be aligned, so a missing translation in it ` +
      'cannot be told from an unaligned one; split the halves and check them with --parallel',
    [first.side]: 'whole',
    related: [{ place: other.seg.place, text: other.seg.text }],
    through: last.seg.place,
    severity: 'warning',
  });
  return true;
}

/** Whether one language's orphans come mostly before the other's (two halves, in either order). */
function halves(all: Orphan[]): boolean {
  const n = all.length;
  const enTotal = all.filter((o) => o.side === 'en').length;
  let best = 0;
  let enBefore = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0 && all[k - 1].side === 'en') enBefore++;
    const frBefore = k - enBefore;
    const frTotal = n - enTotal;
    // EN then FR: EN orphans before k, FR after; or the reverse.
    const enFirst = enBefore + (frTotal - frBefore);
    const frFirst = frBefore + (enTotal - enBefore);
    best = Math.max(best, enFirst, frFirst);
  }
  return best >= 0.85 * n;
}

/** An English letter's closing: `Yours sincerely,`, `Sincerely`, `Best regards,`, `Respectfully yours`. */
const VALEDICTION_EN = /^(?:(?:very\s+)?(?:yours\s+)?(?:truly|sincerely|faithfully|respectfully|cordially)(?:\s+yours)?|yours|(?:with\s+)?(?:best|kind|kindest|warm|warmest|warm\s+best)\s+regards|regards|best\s+wishes)[\s,.!]*$/i;
/** A French letter's closing formula (`Veuillez agréer, Monsieur, l'expression de…`), or a short one. */
const VALEDICTION_FR_FORMULA = /^(?:je\s+vous\s+prie|nous\s+vous\s+prions|veuillez|recevez|agréez)\b.*(?:salutations|sentiments|considération|l['’]expression)/isu;
const VALEDICTION_FR_SHORT = /^(?:(?:bien\s+|très\s+)?cordialement|(?:avec\s+)?(?:mes\s+|nos\s+)?(?:sincères|meilleures|cordiales)\s+salutations|salutations(?:\s+distinguées|\s+cordiales)?|bien\s+à\s+vous)[\s,.!]*$/iu;

function valedictionFr(text: string): boolean {
  return VALEDICTION_FR_SHORT.test(text) || (text.length <= 200 && VALEDICTION_FR_FORMULA.test(text));
}

/**
 * Removes the orphans that have a counterpart among the other language's orphans of the file:
 * segments the aligner could not place (a French half far below its English), not missing
 * translations. A counterpart is the mutual best match by the aligner's own evidence (values,
 * names, cognates, length), and a strong one.
 */
function withoutUnaligned(secs: Orphan[][]): Orphan[][] {
  const all = secs.flat();
  const en = all.filter((o) => o.side === 'en');
  const fr = all.filter((o) => o.side === 'fr');
  if (en.length === 0 || fr.length === 0) return secs;
  const fe = en.map((o) => features(o.seg.text, 'en'));
  const ff = fr.map((o) => features(o.seg.text, 'fr'));
  // Words the shipped list translates weigh as cognates do (`improve` / `améliorer`): two
  // sentences whose order the translation swapped share few cognates.
  const ke = en.map((o) => stemTranslationKeys(o.seg.text, 'en'));
  const kf = fr.map((o) => stemTranslationKeys(o.seg.text, 'fr'));
  const score = (i: number, j: number): number => {
    let known = 0;
    for (const k of ke[i]) if (kf[j].has(k)) known++;
    return compat(fe[i], ff[j]) + Math.min(KNOWN_WORDS_MAX, KNOWN_WORD_WEIGHT * known);
  };
  // Large files: compare each orphan with the nearest ones of the other language only.
  const window = en.length * fr.length > 250_000 ? 250 : Infinity;
  const near = (a: Orphan, b: Orphan) => Math.abs(a.index - b.index) <= window * 2;
  const bestFr = en.map((o, i) => best(fr.map((x, j) => (near(o, x) ? score(i, j) : -Infinity))));
  const bestEn = fr.map((o, j) => best(en.map((x, i) => (near(x, o) ? score(i, j) : -Infinity))));
  const gone = new Set<Orphan>();
  bestFr.forEach(([j, score], i) => {
    if (j >= 0 && score >= COUNTERPART && bestEn[j][0] === i) {
      gone.add(en[i]);
      gone.add(fr[j]);
    }
  });
  // A letter's closing, which the two languages word apart (`Yours sincerely,` against `Je vous
  // prie d'agréer, Madame, l'expression de mes sentiments les meilleurs.`): an English closing
  // and the nearest French one left over are each other's translation.
  for (const e of en) {
    if (gone.has(e) || !VALEDICTION_EN.test(e.seg.text.trim())) continue;
    let partner: Orphan | undefined;
    for (const f of fr) {
      if (gone.has(f) || !near(e, f) || !valedictionFr(f.seg.text.trim())) continue;
      if (!partner || Math.abs(f.index - e.index) < Math.abs(partner.index - e.index)) partner = f;
    }
    if (partner) {
      gone.add(e);
      gone.add(partner);
    }
  }
  if (gone.size === 0) return secs;
  return secs.map((sec) => sec.filter((o) => !gone.has(o))).filter((sec) => sec.length > 0);
}

/** How many pairs apart a letter's closing, the pair it crossed and the orphans may stand. */
const CLOSING_REACH = 3;
/** Words of a signature's line (a title: `Deputy Minister` / `La sous-ministre,`) at most. */
const SIGNATURE_LINE_WORDS = 5;

/**
 * Leaves out a French closing formula and an English signature line left over where the aligner
 * paired the English closing with the French signature line above the name, as French letters
 * place it (`Yours sincerely,` / `La sous-ministre,`; the French formula and `Deputy Minister` left
 * alone): the English closing translates the formula, and the signature line the English one
 * that shares a cognate, a name or a value with it.
 */
function withoutCrossedClosing(secs: Orphan[][], pairs: Pair[]): Orphan[][] {
  const all = secs.flat();
  const gone = new Set<Orphan>();
  for (const f of all) {
    if (f.side !== 'fr' || gone.has(f) || !valedictionFr(f.seg.text.trim())) continue;
    for (let k = Math.max(0, f.index - CLOSING_REACH); k <= Math.min(pairs.length - 1, f.index + CLOSING_REACH); k++) {
      const p = pairs[k];
      if (!p.en || !p.fr || !VALEDICTION_EN.test(p.en.text.trim()) || valedictionFr(p.fr.text.trim()) || wordsOf(p.fr.text).count > SIGNATURE_LINE_WORDS) continue;
      const title = features(p.fr.text, 'fr');
      const e = all.find(
        (o) => o.side === 'en' && !gone.has(o) && Math.abs(o.index - k) <= CLOSING_REACH && wordsOf(o.seg.text).count <= SIGNATURE_LINE_WORDS && sharedAnchors(features(o.seg.text, 'en'), title) > 0,
      );
      if (!e) continue;
      gone.add(f);
      gone.add(e);
      break;
    }
  }
  if (gone.size === 0) return secs;
  return secs.map((sec) => sec.filter((o) => !gone.has(o))).filter((sec) => sec.length > 0);
}

/** Gale and Church's variance of a translation's length, per character of its source. */
const LENGTH_VARIANCE = 6.8;
/**
 * How much closer (in standard deviations) the lengths must fit with an orphan counted than
 * without it for the orphan to be taken as merged: a translation that spells out acronyms or
 * adds a word here and there lengthens a paragraph by chance as much as a merged sentence does.
 */
const MERGE_MARGIN = 0.3;

/**
 * Leaves out the orphans of a paragraph whose translation is one paragraph, itself translating
 * only that one, when the paragraphs' lengths say the orphans' content is there: the translation
 * merged two sentences into one, or split one sentence in two, and the aligner kept one sentence
 * apart. A sentence truly left out shows as a paragraph short by about its length. The lengths are
 * compared as Gale and Church's aligner does (a normal deviation from the file's own length ratio),
 * for each choice of which side's orphans are missing; the orphans are kept unless another choice
 * fits clearly better than "all missing". Only paragraphs that the parallel aligner cut
 * (`Segment.paragraph`) are read.
 */
function withoutMerged(secs: Orphan[][], pairs: Pair[]): Orphan[][] {
  const para = (seg: Segment | null, side: 'en' | 'fr') => (seg?.paragraph === undefined ? undefined : `${side} ${seg.place.file} ${seg.paragraph}`);
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = links.get(a) ?? new Set<string>();
    set.add(b);
    links.set(a, set);
  };
  // The paragraphs' segments: their lengths, and the cognates of their text.
  const segments = new Map<string, Segment[]>();
  const add = (k: string, seg: Segment) => {
    const list = segments.get(k);
    if (list) list.push(seg);
    else segments.set(k, [seg]);
  };
  let enChars = 0;
  let frChars = 0;
  for (const p of pairs) {
    if (p.method === 'shared') continue;
    const pe = para(p.en, 'en');
    const pf = para(p.fr, 'fr');
    if (pe !== undefined) add(pe, p.en!);
    if (pf !== undefined) add(pf, p.fr!);
    if (pe === undefined || pf === undefined) continue;
    link(pe, pf);
    link(pf, pe);
    enChars += p.en!.text.length;
    frChars += p.fr!.text.length;
  }
  if (links.size === 0) return secs;
  // The file's own French/English length ratio; the usual one when it has too few pairs to tell.
  const ratio = enChars >= 500 ? frChars / enChars : FR_EN_RATIO;
  const deviation = (en: number, fr: number) => Math.abs(fr - ratio * en) / Math.sqrt(Math.max(en, 1) * LENGTH_VARIANCE);
  // The orphans of each paragraph, by side.
  const orphansOf = new Map<string, Orphan[]>();
  for (const o of secs.flat()) {
    const k = para(o.seg, o.side);
    if (k === undefined) continue;
    const list = orphansOf.get(k);
    if (list) list.push(o);
    else orphansOf.set(k, [o]);
  }
  const length = (segs: Segment[] | undefined) => (segs ?? []).reduce((n, seg) => n + seg.text.length, 0);
  const sum = (os: Orphan[] | undefined) => length(os?.map((o) => o.seg));
  const present = new Set<Orphan>();
  for (const [k, os] of orphansOf) {
    const other = links.get(k);
    if (other?.size !== 1) continue;
    const q = [...other][0];
    if (links.get(q)?.size !== 1) continue;
    const [ke, kf] = os[0].side === 'en' ? [k, q] : [q, k];
    // Each paragraph pair once: from its English side, or from its French side when the English has no orphans.
    if (os[0].side === 'fr' && orphansOf.has(ke)) continue;
    const le = length(segments.get(ke));
    const lf = length(segments.get(kf));
    const oe = sum(orphansOf.get(ke));
    const of = sum(orphansOf.get(kf));
    // Which orphans are missing: [English, French], each choice only for a side that has some.
    let best: [boolean, boolean] = [oe > 0, of > 0];
    let bestDeviation = deviation(le - oe, lf - of) - MERGE_MARGIN;
    for (const choice of [[false, false], [oe > 0, false], [false, of > 0]] as Array<[boolean, boolean]>) {
      const d = deviation(le - (choice[0] ? oe : 0), lf - (choice[1] ? of : 0));
      if (d < bestDeviation) {
        best = choice;
        bestDeviation = d;
      }
    }
    // Whatever the lengths say, orphans whose words have their cognates in the translation, and
    // nowhere else in their own paragraph, were translated there (`Detour signs will be posted.`
    // merged into `…, et une signalisation de détour sera mise en place.`; `This method involves
    // using neutral terms.` merged into `Cette méthode consiste donc à utiliser des termes
    // neutres, en remplaçant…`): a translation that merges sentences is often wordier or terser
    // than the lengths allow for. Orphans on one side only.
    if (best[0] && of === 0 && traced(orphansOf.get(ke)!, segments.get(ke)!, segments.get(kf)!, 'en', 'fr')) best = [false, false];
    if (best[1] && oe === 0 && traced(orphansOf.get(kf)!, segments.get(kf)!, segments.get(ke)!, 'fr', 'en')) best = [false, false];
    if (!best[0]) for (const o of orphansOf.get(ke) ?? []) present.add(o);
    if (!best[1]) for (const o of orphansOf.get(kf) ?? []) present.add(o);
  }
  if (present.size === 0) return secs;
  return secs.map((sec) => sec.filter((o) => !present.has(o))).filter((sec) => sec.length > 0);
}

/** Words of an orphan that must translate what its neighbour's translation holds beyond it. */
const SPLIT_MIN_WORDS = 2;

/**
 * Leaves out the orphans of parallel text that hold what a neighbouring pair of their paragraph
 * has in the other language and not in their own: the translation split one sentence in two, or
 * merged two into one, and the aligner paired one half. `…travelled across Canada to learn from
 * students and entrepreneurs about their perspectives on digital government.` paired with `…a
 * parcouru le Canada pour rencontrer des étudiants et des entrepreneurs.` leaves `perspectives on
 * digital government` over, and the French orphan after it, `Nous voulions connaître leur opinion
 * au sujet du gouvernement numérique.`, translates that. withoutMerged weighs whole paragraphs,
 * where a word such as `numérique` is often written again elsewhere; this reads the one pair
 * beside the orphan. A sentence truly left out has nothing of its own in a faithful neighbour.
 */
function withoutSplitOff(secs: Orphan[][], pairs: Pair[]): Orphan[][] {
  const present = new Set<Orphan>();
  for (const o of secs.flat()) {
    if (o.seg.paragraph === undefined) continue;
    const mine = wordAnchors(o.seg.text, o.side);
    if (mine.length < SPLIT_MIN_WORDS) continue;
    // A number or date of its own that the neighbour's other side lacks is no split (`…dont la
    // résolution horizontale est de 25km.`, which the English never says).
    const values = features(o.seg.text, o.side).values;
    const otherSide = o.side === 'en' ? 'fr' : 'en';
    for (const step of [-1, 1]) {
      const p = neighbourPair(pairs, o, step);
      if (p && values.length > 0) {
        const there = features(p[otherSide]!.text, otherSide).values;
        if (values.some((k) => !there.includes(k))) continue;
      }
      if (p && splitOff(mine, p, o.side)) {
        present.add(o);
        break;
      }
    }
  }
  if (present.size === 0) return secs;
  return secs.map((sec) => sec.filter((o) => !present.has(o))).filter((sec) => sec.length > 0);
}

/**
 * The nearest pair with both sides before (−1) or after (+1) an orphan, in the orphan's paragraph
 * (or on the line next to it, where each line is a paragraph).
 */
function neighbourPair(pairs: Pair[], o: Orphan, step: number): Pair | undefined {
  for (let i = o.index + step; i >= 0 && i < pairs.length; i += step) {
    const p = pairs[i];
    const seg = p[o.side];
    if (p.method === 'shared') continue;
    if (!seg) {
      // Another orphan of the same side between them: look past it.
      if (p[o.side === 'en' ? 'fr' : 'en']) continue;
      return undefined;
    }
    if (seg.place.file !== o.seg.place.file) return undefined;
    // Text of a sentence a line, each line a paragraph of its own: the line right under or over.
    const nextLine = step > 0 ? seg.place.line === o.seg.place.endLine + 1 : seg.place.endLine === o.seg.place.line - 1;
    if (seg.paragraph !== o.seg.paragraph && !(nextLine && seg.paragraph !== undefined && Math.abs(seg.paragraph - o.seg.paragraph!) === 1)) return undefined;
    return p.en && p.fr ? p : undefined;
  }
  return undefined;
}

/**
 * Whether the orphan's words (their anchors) translate what pair `p` holds on the other side and
 * not on the orphan's: at least SPLIT_MIN_WORDS of them and a third of its words that have anchors
 * (a quarter, from one more), and no more than the pair's own side accounts for.
 */
function splitOff(mine: string[][], p: Pair, side: 'en' | 'fr'): boolean {
  const other = side === 'en' ? 'fr' : 'en';
  // What the pair's own side accounts for, counted: a word written twice in the other side needs two.
  const own = new Map<string, number>();
  for (const keys of wordAnchors(p[side]!.text, side)) for (const k of keys) own.set(k, (own.get(k) ?? 0) + 1);
  const left = new Map<string, number>();
  let accounted = 0;
  for (const keys of wordAnchors(p[other]!.text, other)) {
    const k = keys.find((x) => (own.get(x) ?? 0) > 0);
    if (k !== undefined) {
      own.set(k, own.get(k)! - 1);
      accounted++;
    } else for (const x of keys) left.set(x, (left.get(x) ?? 0) + 1);
  }
  if (left.size === 0) return false;
  let n = 0;
  for (const keys of mine) {
    const k = keys.find((x) => (left.get(x) ?? 0) > 0);
    if (k === undefined) continue;
    left.set(k, left.get(k)! - 1);
    n++;
  }
  // The pair must be at least as much a translation as the orphan is of what it leaves over:
  // otherwise the aligner paired the wrong sentence (`However, landlords may apply…` with `Seuls
  // les propriétaires peuvent présenter une demande`, the orphan being `Only owners can apply`),
  // and the orphan stands for the sentence left out.
  return n >= SPLIT_MIN_WORDS && (3 * n >= mine.length || (n > SPLIT_MIN_WORDS && 4 * n >= mine.length)) && accounted >= n;
}

/**
 * The anchors of each word of a text that has some, in a form both languages share: cognates as
 * the aligner reads them (the first four letters, accents aside, of words of five letters or
 * more), and the shipped lexicon's keys (`digital` / `numérique`).
 */
function wordAnchors(text: string, lang: 'en' | 'fr'): string[][] {
  const out: string[][] = [];
  for (const w of text.toLowerCase().match(WORD) ?? []) {
    const keys: string[] = [];
    if (w.length >= 5) keys.push(fold(w).slice(0, 4));
    for (const k of stemKeysOfWord(w, lang)) keys.push(k);
    if (keys.length) out.push(keys);
  }
  return out;
}

/** Below this confidence, the aligner's pair of an English passage and a shorter French one is looked into. */
const DOUBTFUL_PAIR = 0.5;
/** Below this confidence, it is looked into as a laid-out paragraph is (short by part of the sentence). */
const FAIRLY_SURE_PAIR = 0.8;
/** How much of the whole English's expected length a keyed unit's French may have with its last sentence left out. */
const TRAILING_SHORT = 0.9;
/** Words a dropped sentence has at least (shorter ones are often folded into a neighbour). */
const DROPPED_MIN_WORDS = 5;
/** Anchors (cognates, values, names) the rest of the passage must share with the French. */
const DROPPED_REST_ANCHORS = 2;

const DIGITS = /\d+/g;

/** Whether a run of digits of `sentence` is nowhere in `fr` (the cheap test before its values are read). */
function digitsAbsent(sentence: string, fr: string): boolean {
  for (const d of sentence.match(DIGITS) ?? []) if (!fr.includes(d)) return true;
  return false;
}

/**
 * Whether a sentence has values (numbers, dates, amounts) of its own, none of them in the French,
 * while every value of the rest of its passage is there (and the rest has some, unless
 * `restMayHaveNone`).
 */
function valuesGone(sentence: string, restText: string, fr: () => Features, restMayHaveNone = false): boolean {
  const own = valueKeys(extractValues(sentence, 'en'));
  if (own.length === 0) return false;
  const there = new Set(fr().values);
  if (own.some((k) => there.has(k))) return false;
  const rest = valueKeys(extractValues(restText, 'en'));
  return (rest.length > 0 || restMayHaveNone) && own.every((k) => !rest.includes(k)) && rest.every((k) => there.has(k));
}

/** Cognates, values and names of `a` found in `b` (anchors as the aligner reads them). */
function sharedAnchors(a: Features, b: Features): number {
  let n = 0;
  for (const k of a.stems) if (b.stems.has(k)) n++;
  for (const k of a.shared) if (b.shared.has(k)) n++;
  for (const k of a.values) if (b.values.includes(k)) n++;
  return n;
}

/**
 * The anchors of a sentence with only the stems that some French word of `fr` continues as the
 * English word does (`processing` is not in `prochaines`, though both open with `proc`): a
 * sentence's own words are few, and one stem met by chance would say it is there.
 */
function close(own: Features, sentence: string, fr: string): Features {
  if (own.stems.size === 0) return own;
  const frWords = (fr.match(/[\p{L}\p{M}]{5,}/gu) ?? []).map((w) => fold(w.toLowerCase()));
  const stems = new Set<string>();
  for (const w of sentence.match(/[\p{L}\p{M}]{5,}/gu) ?? []) {
    const e = fold(w.toLowerCase());
    const stem = e.slice(0, 4);
    if (!own.stems.has(stem) || stems.has(stem)) continue;
    if (frWords.some((f) => f.startsWith(stem) && cognatePrefix(e, f))) stems.add(stem);
  }
  return { ...own, stems };
}

/** Whether two words sharing a stem go on alike: five letters, or most of the shorter word (`letter`, `lettre`). */
function cognatePrefix(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i >= 5 || i >= COGNATE_SHARE * n;
}

/** The share of the shorter word two cognates open with alike, when fewer than five letters. */
const COGNATE_SHARE = 0.6;

/** Where a sentence may end and another start (sentencesAndItems reads them as they are). */
const SENTENCE_BREAK = /[.!?…]["'”’»)\]]*\s+[\p{Lu}\d«"“(]/u;

/** The anchors of `a` that `b` does not have. */
function onlyIn(a: Features, b: Features): Features {
  return {
    ...a,
    stems: new Set([...a.stems].filter((k) => !b.stems.has(k))),
    shared: new Set([...a.shared].filter((k) => !b.shared.has(k))),
    values: a.values.filter((k) => !b.values.includes(k)),
  };
}

/**
 * An English sentence left out of the French of a passage, more English sentences against fewer
 * French ones (`Bidders who do not attend will not be eligible. No alternate date will be
 * offered.` against one French sentence), where the passage is a pair the aligner doubted, a
 * paragraph laid out over its translation, or a unit of a keyed file: the one sentence of the
 * English, of five words or more, that the French has nothing of (none of its own cognates,
 * values, names or known translations), while the rest of the English has some there. French
 * that splits an English sentence in two is the usual free translation, and is not looked into.
 */
function droppedSentence(ctx: CheckContext): void {
  const { en, fr, score, method } = ctx.pair;
  // Paragraphs laid out one over the other in a mixed document are paired by their place, not by
  // their sentences, and so are the units of a keyed file (an XLIFF target, a CSV cell): any of
  // them is looked into; parallel text only where the aligner doubted.
  // So are the two sides of a line of both languages (`… of the nest. Car seats are supplied. |
  // Le transport est offert …`).
  const laidOut = method === 'block' || method === 'stacked' || method === 'keyed' || method === 'inline';
  // List items the aligner joined on the English side against fewer French ones: translations do
  // not merge list items, so the pair is looked into however sure the aligner was.
  const joinedItems = method === 'parallel' && (en?.items?.length ?? 0) > (fr?.items?.length ?? 0);
  if (!en || !fr || (!laidOut && !joinedItems && (score >= FAIRLY_SURE_PAIR || method !== 'parallel'))) return;
  // A pair the aligner was fairly sure of is judged as a laid-out paragraph is: short by part of
  // the sentence (a free translation that merges a sentence into the one before is as long as the
  // English).
  const fairlySure = method === 'parallel' && !joinedItems && score >= DOUBTFUL_PAIR;
  if (en.lang !== 'en' || fr.lang !== 'fr') return;
  const e = en.text;
  // Most units of a keyed file are one sentence: settled before the sentences are read.
  if (method === 'keyed' && !en.items && !SENTENCE_BREAK.test(e)) return;
  const spans = sentencesAndItems(en, 'en');
  if (spans.length < 2 || sentencesAndItems(fr, 'fr').length >= spans.length) return;
  // The French's anchors, read when a sentence gets that far.
  let other: Features | undefined;
  let keysThere: Map<string, string[]> | undefined;
  // Every sentence is weighed; one alone that the French has nothing of is reported (two or more
  // say a free translation, not a sentence left out).
  let dropped: { start: number; end: number } | null = null;
  for (const span of spans) {
    const sentence = e.slice(span.start, span.end);
    if (wordsOf(sentence).count < DROPPED_MIN_WORDS) continue;
    // Laid out paragraphs (no aligner's doubt to go by) must also be short by a third of the
    // sentence; the units of a keyed file, paired by their keys alone, and passages the aligner
    // was fairly sure of, by two thirds of it (a free translation that merges a sentence into the
    // next is as long as the English).
    const short = method === 'keyed' || fairlySure ? (2 * sentence.length) / 3 : sentence.length / 3;
    const restText = e.slice(0, span.start) + ' ' + e.slice(span.end);
    // A French longer than the whole English less a third of the sentence has it, merged (`Les
    // contrevenants s'exposent à de lourdes sanctions : un particulier peut…`), however much the
    // aligner doubted the pair; not so list items, whose lengths vary more than a sentence's.
    const long = !joinedItems && fr.text.length > FR_EN_RATIO * (e.length - short);
    // A number or date of its own that the French does not have is evidence the length cannot
    // outweigh (a wordy French paragraph that leaves out `…will add 64 units in Montague by the
    // end of 2026.`), when the rest's values are all there.
    // (Values need digits, and most are in the French as written: most sentences are settled
    // without reading them.)
    // The last sentence of a keyed unit whose French is short of the whole English all the same
    // (`… before April 9. A buddy will be assigned to them.` against a wordy French of the first
    // sentence alone): a trailing sentence is the one a translator leaves out, and it is looked
    // into with stronger evidence asked below.
    const trailing = long && method === 'keyed' && span === spans[spans.length - 1] && fr.text.length <= TRAILING_SHORT * FR_EN_RATIO * e.length;
    if (long && !trailing && !(digitsAbsent(sentence, fr.text) && valuesGone(sentence, restText, () => (other ??= features(fr.text, 'fr'))))) continue;
    const rest = features(restText, 'en');
    // What only this sentence says: a cognate the rest of the passage also has (`penalty` in
    // the sentence before) tells nothing of this one; nor does a word of the shipped lexicon
    // whose translation the rest accounts for. One such word translated in the French shows the
    // sentence is there (`Keep all payroll records` / `Conservez tous les registres de paie`);
    // in a list's short items, where one word is often a chance (`space` in `un espace de
    // rangement`, the French of another item), two.
    const own = onlyIn(features(sentence, 'en'), rest);
    // Few words of its own, but numbers of its own that the French lacks (`Each photo must
    // measure 50 mm x 70 mm.`, the rest's `photos` translated): that says as much.
    if (own.stems.size < 2 && !(own.stems.size === 1 && digitsAbsent(sentence, fr.text) && valuesGone(sentence, restText, () => (other ??= features(fr.text, 'fr')), true))) continue;
    other ??= features(fr.text, 'fr');
    // A long sentence needs two anchors there: one of its many words may begin as a French word
    // of the passage does by chance (`remembers`, `remercions`).
    // (A trailing sentence in a long French, one: a free translation merges it, `sans faire de
    // victimes, conséquence d'une apparente querelle…`.)
    if (sharedAnchors(close(own, sentence, fr.text), other) >= (own.stems.size >= LONG_SENTENCE_STEMS && !trailing ? 2 : 1)) continue;
    keysThere ??= keysWithStems(fr.text, 'fr');
    const keysRest = stemTranslationKeys(restText, 'en');
    let translated = 0;
    // Not through a French word that a cognate in the rest accounts for (`schedules` / `programme`
    // beside `Program` in the rest of the passage).
    for (const k of stemTranslationKeys(sentence, 'en')) if (!keysRest.has(k) && keysThere.get(k)?.some((stem) => !rest.stems.has(stem))) translated++;
    if (translated >= (joinedItems ? 2 : 1)) continue;
    // The rest of the passage is in the French: its anchors, or in a paragraph laid out over its
    // translation words the shipped list translates (`Thank you for your generosity.` / `Merci de
    // votre générosité.`; a keyed unit's free translation meets the list's words by chance).
    let restThere = sharedAnchors(rest, other);
    // So does a list item joined to the item with no French (`a health care worker or a caregiver`
    // / `êtes une ou un travailleur de la santé ou une personne proche aidante`).
    if (restThere < DROPPED_REST_ANCHORS && (method === 'stacked' || method === 'block' || joinedItems)) for (const k of keysRest) if (keysThere.has(k)) restThere++;
    // A keyed unit whose French is no longer than halfway between the rest of the English and the
    // whole (`Babies can get very sick from whooping cough. The first signs look like a cold…`
    // against `Les bébés peuvent tomber gravement malades à cause de la coqueluche.`): a French
    // that merged the sentence into the rest would be as long as the whole.
    if (restThere < DROPPED_REST_ANCHORS && method === 'keyed' && fr.text.length <= (FR_EN_RATIO * (restText.length + e.length)) / 2) restThere = DROPPED_REST_ANCHORS;
    if (restThere < DROPPED_REST_ANCHORS) continue;
    // A trailing sentence in a French that is long: two words of its own and more of the rest there.
    if (trailing && (own.stems.size < 2 || restThere < DROPPED_REST_ANCHORS + 1)) continue;
    if (dropped) return;
    dropped = span;
  }
  if (!dropped) return;
  ctx.report({
    message: 'No French translation for this English sentence: the French of its passage has nothing of it (no cognate, value or name)',
    en: { from: dropped.start, to: dropped.end },
    severity: 'warning',
  });
}

/** The stem keys of a text's words (stemTranslationKeys), each with the cognate stems of the words that have it. */
function keysWithStems(text: string, lang: 'en' | 'fr'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []) {
    for (const k of stemKeysOfWord(w, lang)) {
      const stem = fold(w).slice(0, 4);
      const list = out.get(k);
      if (!list) out.set(k, [stem]);
      else if (!list.includes(stem)) list.push(stem);
    }
  }
  return out;
}

/** Stems of its own from which a sentence needs two anchors in the French to be there. */
const LONG_SENTENCE_STEMS = 6;

/** Cognates of the orphans' words that only the translation accounts for, before the orphans count as merged. */
const MIN_TRACED = 2;

/**
 * Whether enough of the orphans' content words have a cognate in the other paragraph that the
 * rest of their own paragraph does not account for: at least MIN_TRACED, and a third of them.
 */
function traced(orphans: Orphan[], own: Segment[], other: Segment[], lang: 'en' | 'fr', otherLang: 'en' | 'fr'): boolean {
  // Terms of the shipped glossary count as cognates do, two each (`Privacy Act` / `Loi sur la
  // protection des renseignements personnels`, `Treasury Board` / `Conseil du Trésor`).
  const terms = glossaryEvidence(orphans, own, other, lang, otherLang);
  // Cognates as the aligner's anchors read them: the first four letters, accents aside, of words
  // of five letters or more (`detour` / `détour`, `signs` / `signalisation`).
  const stems = (segs: Segment[], l: 'en' | 'fr', into = new Set<string>()): Set<string> => {
    for (const seg of segs) for (const k of features(seg.text, l).stems) into.add(k);
    return into;
  };
  // Words whose translation the shipped lexicon knows (`reading` / `lecture`, as the aligner reads
  // them: src/align/base-lexicon.ts) count as cognates do, once each whatever their translations.
  const known = translatedWords(orphans.map((o) => o.seg), lang);
  const mine = stems(orphans.map((o) => o.seg), lang);
  if (mine.size + known.size + terms < MIN_TRACED) return false;
  const orphanSegs = new Set(orphans.map((o) => o.seg));
  const restSegs = own.filter((seg) => !orphanSegs.has(seg));
  const rest = stems(restSegs, lang);
  const there = stems(other, otherLang);
  let n = terms;
  for (const k of mine) if (there.has(k) && !rest.has(k)) n++;
  // A known word that the rest of its paragraph also holds tells nothing either way: left out.
  let told = 0;
  if (known.size) {
    const keysThere = new Set<string>();
    for (const seg of other) stemTranslationKeys(seg.text, otherLang, keysThere);
    const keysRest = new Set<string>();
    for (const seg of restSegs) stemTranslationKeys(seg.text, lang, keysRest);
    for (const keys of known.values()) {
      const fresh = keys.filter((k) => !keysRest.has(k));
      if (fresh.length === 0) continue;
      told++;
      if (fresh.some((k) => keysThere.has(k))) n++;
    }
  }
  return n >= MIN_TRACED && 3 * n >= mine.size + told + terms;
}

/** The words of segments that the shipped lexicon translates, with their translation keys. */
function translatedWords(segs: Segment[], lang: 'en' | 'fr'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const seg of segs) {
    for (const w of seg.text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []) {
      if (out.has(w)) continue;
      const keys = stemKeysOfWord(w, lang);
      if (keys.length) out.set(w, [...keys]);
    }
  }
  return out;
}

/** Weight of a glossary term found in the orphans and translated in the other paragraph. */
const TERM_WEIGHT = 2;

/** The shipped GC glossary, matched as the glossary rule matches it (inflection, acronyms in capitals). */
let gcTerms: TermEngine | undefined;

/**
 * Weight of the shipped GC glossary's entries that stand in the orphans, are translated in the
 * other paragraph, and are not written elsewhere in the orphans' own paragraph.
 */
function glossaryEvidence(orphans: Orphan[], own: Segment[], other: Segment[], lang: 'en' | 'fr', otherLang: 'en' | 'fr'): number {
  gcTerms ??= new TermEngine(loadGlossary(resourcePath('rules/terms/gc-terms.csv')), { inflect: true, direction: 'both' });
  const orphanSegs = new Set(orphans.map((o) => o.seg));
  const joined = (segs: Segment[]): string => segs.map((seg) => seg.text).join('\n');
  const rest = gcTerms.entriesIn(lang, joined(own.filter((seg) => !orphanSegs.has(seg))));
  const there = gcTerms.entriesIn(otherLang, joined(other));
  let weight = 0;
  for (const i of gcTerms.entriesIn(lang, joined([...orphanSegs]))) if (!rest.has(i) && there.has(i)) weight += TERM_WEIGHT;
  return weight;
}

function best(scores: number[]): [number, number] {
  let k = -1;
  let s = -Infinity;
  scores.forEach((v, i) => {
    if (v > s) {
      s = v;
      k = i;
    }
  });
  return [k, s];
}

/** Two to four capitalised words (`Claire Bouchard`, `Marie-Ève Lavoie`, `J. R. Smith`, `Étienne LeBlanc`). */
const NAME_SHAPE = /^(?:(?:\p{Lu}\.|\p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}+)*)\s+){1,3}\p{Lu}(?:\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}?\p{Ll}+)*|['’]\p{Lu}\p{Ll}+)$/u;

/** The courtesy title before an addressee's name (`Monsieur Étienne LeBlanc`, `Ms. Tremblay`). */
const HONORIFIC = /^(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle|Me|Dre?|Dr\.|Mr\.?|Mrs\.?|Ms\.?)\s+(?=\p{Lu})/u;

/**
 * A place, its province and its postal code on a line of their own (`Moncton (Nouveau-Brunswick)
 * E1C 5J7`, `Gatineau QC  K1A 0J9`, `Tracadie, New Brunswick  E1X 1B8`): the last line of an
 * address, which a letter gives once.
 */
const POSTAL_LINE = /^\p{Lu}[\p{L}'’. -]*(?:,\s*\p{Lu}[\p{L}'’. -]*|\s*\([\p{L}'’. -]+\))?,?\s+([A-Z]\d[A-Z]\s?\d[A-Z]\d)$/u;

/**
 * A person's name on a line of its own (a memo's or a letter's signature, `Claire Bouchard`): the
 * same in both languages. Its last word is a surname neither dictionary knows; a title in title
 * case (`Next Steps`) has words they do. So is an addressee's name after a courtesy title
 * (`Monsieur Étienne LeBlanc`), which a letter gives once, in the addressee's language.
 */
function isPersonName(text: string): boolean {
  const t = text.trim().replace(HONORIFIC, '');
  if (!NAME_SHAPE.test(t)) return false;
  // After a courtesy title, capitalised words are a name whatever the dictionaries hold (`LeBlanc`).
  if (t.length < text.trim().length) return true;
  const last = fold(t.slice(t.lastIndexOf(' ') + 1).split('-').pop()!);
  return !dictionary('en').has(last) && !dictionary('fr').has(last);
}

/**
 * A company's name with its legal form on a line of its own (`Transports Roy et Fils inc.` under a
 * bilingual signature's title): a name both languages write alike, whatever language its words
 * are. (The aligner still pairs it with a translation it has: `Marine Atlantic Inc.` /
 * `Marine Atlantique S.C.C.`.)
 */
const COMPANY_NAME = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|&|et|and|de|du|des|of|the))*,?\s+(?:[Ii]nc|INC|[Ll]tée|LTÉE|[Ll]td|LTD|[Ll]imited|[Ll]imitée|[Ee]nr|[Cc]orp|[Cc]ie|S\.C\.C)\.?$/u;

/**
 * A French school's, school board's, college's, university's, clinic's or hospital's name on a
 * line of its own (`École secondaire publique Gisèle-Lalonde` under a teacher's bilingual title,
 * `Centre de services scolaire de la Capitale`, `Université de Saint-Boniface`, `Clinique
 * médicale Saint-Denis` in a doctor's address):
 * its name in English too. It ends with a capitalised word, the name (`École secondaire` alone is
 * a heading to translate).
 */
const INSTITUTION_NAME = /^(?:École|Collège|Université|Cégep|CÉGEP|Lycée|Académie|Clinique|Hôpital|Centre de services scolaire|Commission scolaire|Conseil scolaire)(?:\s+[\p{L}'’.-]+){0,5}\s+\p{Lu}[\p{L}'’.-]*$/u;

/** A French signature's title, before the name (`La directrice générale,`). */
const FRENCH_SIGNATURE_TITLE = /^(?:Le|La|L['’])\s?\p{Ll}[\p{L}'’ -]{2,60},$/u;

/**
 * A French signature's title on the line over the signer's name (`La directrice générale,` over
 * `Marie-Josée Tremblay`): French writes it there, English under the name (`Director General`),
 * where it is paired with the French title under the name or the branch's; it is the signature's
 * title, not a line with no translation.
 */
function isSignatureTitle(seg: Segment, doc: SourceDocument | undefined): boolean {
  if (doc === undefined || seg.lang !== 'fr' || !FRENCH_SIGNATURE_TITLE.test(seg.text.trim())) return false;
  // (The signer's branch may stand between: `La gestionnaire,` / `Traitement de la Sécurité de la
  // vieillesse – Région du Québec` / `Nathalie Bouchard`.)
  let branch = false;
  for (let l = seg.place.endLine + 1; l <= Math.min(doc.lineCount, seg.place.endLine + 4); l++) {
    const next = doc.line(l).trim();
    if (next === '' || next === '[Signature]') continue;
    if (NAME_SHAPE.test(next)) return true;
    if (branch || /[.!?:;,]$/.test(next)) return false;
    branch = true;
  }
  return false;
}

/** Characters of a street address on a line of its own, at most (a civic number, a street, a suite). */
const ADDRESS_LINE_MAX = 60;

/**
 * A street address on a line of its own (`412, rue des Érables, app. 3`, `1050 Notre Dame Avenue,
 * Suite 200`): a letter gives its addressee's address once, written the addressee's way, and an
 * address has no translation to miss.
 */
function isStreetAddress(text: string): boolean {
  const t = text.trim();
  return t.length <= ADDRESS_LINE_MAX && !/[.!?]$/.test(t.replace(/\b(?:app|bur|Apt|Ste)\.$/, '')) && ((/^\d/.test(t) && FRENCH_CIVIC_ADDRESS.test(t)) || ENGLISH_STREET_LINE.test(t));
}

/** A company's name, or its two names, one each side of a slash (`Marine Atlantic Inc. / Marine Atlantique S.C.C.`). */
function isCompanyName(text: string): boolean {
  return text.split(/\s\/\s/).every((name) => COMPANY_NAME.test(name.trim()));
}

/** A line that is all code span (`` `npm install` ``): a command, the same in both languages. */
const CODE_LINE = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(`+)[^`]+\1\s*$/;

/**
 * A line of the header of a forwarded e-mail or of a meeting invitation (lang/mail-header.ts): the
 * mail program wrote it in its own language, so it has no translation to miss.
 */
function isMailHeader(seg: Segment, doc: SourceDocument | undefined): boolean {
  return doc !== undefined && inMailHeader((l) => doc.line(l), doc.lineCount, seg.place.line, seg.place.endLine);
}

/** A line that opens with `Traduction :` or `Translation:` (markup, bold or a tag before it). */
const TRANSLATION_CAPTION = /^\s*(?:<[^>\n]*>|[*_>#\s])*(?:traduction(?: libre)?|free translation|translation)(?:&nbsp;|[\s\u00a0\u202f*_]|<\/?\w+>)*:/i;

/**
 * Text of a paragraph that opens with `Traduction :` (a caption translating a screenshot or a quote
 * left in the other language): it is the translation, added to one version only, with no
 * counterpart to miss.
 */
function isTranslationCaption(seg: Segment, doc: SourceDocument | undefined): boolean {
  if (!doc) return false;
  for (let l = seg.place.line; l >= 1 && doc.line(l).trim() !== ''; l--) if (TRANSLATION_CAPTION.test(doc.line(l))) return true;
  return false;
}

function isCode(seg: Segment, doc: SourceDocument | undefined): boolean {
  if (!doc) return false;
  for (let l = seg.place.line; l <= seg.place.endLine; l++) if (!CODE_LINE.test(doc.line(l))) return false;
  return true;
}

/** Maximal runs of one language. */
function sideRuns(orphans: Orphan[]): Run[] {
  const runs: Run[] = [];
  for (const o of orphans) {
    const last = runs[runs.length - 1];
    if (last && last.side === o.side) last.orphans.push(o);
    else runs.push({ side: o.side, orphans: [o], islands: [] });
  }
  return runs;
}

/** Joins A, short B, A into one A run when B is small beside its neighbours. */
function absorbIslands(runs: Run[], maxIsland: number): Run[] {
  if (maxIsland === 0) return runs;
  const out: Run[] = [];
  let i = 0;
  while (i < runs.length) {
    let cur = runs[i];
    i++;
    while (i + 1 < runs.length) {
      const island = runs[i];
      const next = runs[i + 1];
      const size = island.orphans.length;
      if (next.side !== cur.side || size > maxIsland || size * 5 > cur.orphans.length + next.orphans.length) break;
      cur = { side: cur.side, orphans: [...cur.orphans, ...next.orphans], islands: [...cur.islands, ...island.orphans, ...island.islands, ...next.islands] };
      i += 2;
    }
    out.push(cur);
  }
  return out;
}

/** Orphans separated only by blank lines (or, without the file's text, by nothing at all). */
function blocks(orphans: Orphan[], docs: Map<string, SourceDocument>): Orphan[][] {
  const out: Orphan[][] = [];
  for (const o of orphans) {
    const block = out[out.length - 1];
    const prev = block?.[block.length - 1];
    if (prev && adjacent(prev, o, docs.get(o.seg.place.file))) block.push(o);
    else out.push([o]);
  }
  return out;
}

function adjacent(a: Orphan, b: Orphan, doc: SourceDocument | undefined): boolean {
  if (b.index !== a.index + 1) return false;
  const pa = a.seg.place;
  const pb = b.seg.place;
  if (pa.file !== pb.file) return false;
  if (!doc || doc.file !== pa.file) return pb.line <= pa.endLine + 1;
  for (let l = pa.endLine + 1; l < pb.line; l++) if (doc.line(l).trim() !== '') return false;
  // Two segments on one line (inline pieces) are adjacent too.
  return true;
}

/**
 * Stretches of keyed units whose French does not translate their English (util/misaligned-units.ts):
 * one finding per stretch, at its English, saying where their translations are when they were found.
 */
function reportMisaligned(ctx: CorpusContext, pairs: Pair[], stretches: MisalignedStretch[]): void {
  for (const { first, last, translatedAt } of stretches) {
    const head = pairs[first];
    const n = last - first + 1;
    const startLine = head.en!.place.line;
    const endLine = pairs[last].en!.place.endLine;
    const lineOf = (j: number) => (pairs[j].fr!.place.file === head.en!.place.file ? String(pairs[j].fr!.place.line) : where(pairs[j], 'fr'));
    const found = translatedAt.filter((j) => j >= 0).length;
    // The offset most of the units found share: a column that slipped by a row.
    const offsets = new Map<number, number>();
    translatedAt.forEach((j, k) => j >= 0 && offsets.set(j - (first + k), (offsets.get(j - (first + k)) ?? 0) + 1));
    const slip = offsets.size === 1 && 2 * found >= n ? [...offsets.keys()][0] : 0;
    const unitsAway = (d: number) => `${Math.abs(d) === 1 ? 'the unit' : `${Math.abs(d)} units`} ${d < 0 ? 'before' : 'after'} it`;
    let message: string;
    if (n === 1) message = `No French translation for this English in its unit: the French at line ${lineOf(translatedAt[0])} translates it (has the unit's French slipped?)`;
    else {
      message = `No French translation for ${n} English segments in their units (lines ${startLine}–${endLine}): `;
      if (slip !== 0) {
        message += `${found === n ? "each one's English is" : `the English of ${found} of them is`} translated by the French of ${unitsAway(slip)}: the French has slipped by ${Math.abs(slip) === 1 ? 'one unit' : `${Math.abs(slip)} units`}`;
      } else if (n === 2 && translatedAt[0] === last && translatedAt[1] === first) {
        message += `each one's English is translated by the other's French: their French is exchanged`;
      } else if (2 * found >= n) {
        const k = translatedAt.findIndex((j) => j >= 0);
        message += `${found === n ? "each one's English is" : `the English of ${found} of them is`} translated by the French of another unit (line ${pairs[first + k].en!.place.line}'s at line ${lineOf(translatedAt[k])}): the units are misaligned`;
      } else message += `their French has none of their English's names, numbers or cognates: the units are misaligned`;
    }
    ctx.report({
      pair: head,
      message,
      en: 'whole',
      through: n > 1 ? pairs[last].en!.place : undefined,
      related: translatedAt.filter((j) => j >= 0).map((j) => ({ place: pairs[j].fr!.place, text: pairs[j].fr!.text })),
    });
  }
}

/** Longest unit key named in a message. */
const KEY_SHOWN_MAX = 80;

function report(ctx: CorpusContext, side: 'en' | 'fr', orphans: Orphan[], islands: Orphan[]): void {
  const first = orphans[0];
  const last = orphans[orphans.length - 1];
  const lang = side === 'en' ? 'English' : 'French';
  const other = side === 'en' ? 'French' : 'English';
  const startLine = first.seg.place.line;
  const endLine = Math.max(last.seg.place.endLine, ...islands.map((o) => o.seg.place.endLine));
  const n = orphans.length;
  const lines = endLine > startLine ? `lines ${startLine}–${endLine}` : `line ${startLine}`;
  // A keyed unit is named by its key (`payments.directDeposit`): what a developer searches for.
  // Not a key made of the text itself (a PO msgid) or of its place (a CSV row without an id column: `row 12`).
  const rawKey = n === 1 ? first.pair.meta?.key : undefined;
  const key = rawKey !== undefined && rawKey.length <= KEY_SHOWN_MAX && !rawKey.includes(first.seg.text) && !/^row \d/.test(rawKey) ? rawKey : undefined;
  let message: string;
  const empty = n === 1 ? first.pair.meta?.emptyTarget : undefined;
  if (n === 1) {
    const what = key !== undefined ? `key ${key}` : `this ${lang} ${endLine > startLine ? `text (${lines})` : 'text'}`;
    message = `No ${other} translation for ${what}: expected ${other === 'English' ? 'an' : 'a'} ${other} counterpart, found ${empty ? 'an empty value' : 'none'}`;
  } else {
    message = `No ${other} translation for ${n} ${lang} segments (${lines}): expected ${other} counterparts, found none`;
  }
  if (islands.length) {
    message += `; ${islands.length} ${other} segment${islands.length > 1 ? 's' : ''} inside the run (line${islands.length > 1 ? 's' : ''} ${islands.map((o) => o.seg.place.line).join(', ')}) taken as part of it`;
  }
  const words = orphans.reduce((k, o) => k + (o.seg.text.match(WORD)?.length ?? 0), 0);
  const lastPlace = [last, ...islands].reduce((a, b) => (b.seg.place.endLine > a.seg.place.endLine ? b : a)).seg.place;
  ctx.report({
    pair: first.pair,
    message,
    [side]: 'whole',
    through: orphans.length > 1 || islands.length ? lastPlace : undefined,
    empty: empty ? { side: side === 'en' ? 'fr' : 'en', place: empty } : undefined,
    ...(words <= 1 && !orphans.some((o) => /\d/.test(o.seg.text)) ? { severity: 'warning' as const } : {}),
  });
}
