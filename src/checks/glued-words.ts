// glued-words: words run together (`PRATIQUESUR` for `PRATIQUE SUR`), and the same words written
// joined in one place and apart (or hyphenated) in another (`CYBERSECURITY` / `CYBER SECURITY`).
//
// Glued words: a word that no dictionary of either language knows, and that splits into two or
// three known words one of which is a function word (`sur`, `the`): two content words run
// together are as often a compound the dictionaries lack (`barcode`, `timestep`), and are left to
// the variant check. The likeliest split has common parts, parts seen elsewhere in the run or
// with a cognate on the other side of the pair, and above all is written apart elsewhere in the
// documents. Left alone: names, acronyms, product names (WhatsApp), code, URLs, e-mail, hashtags,
// words with digits (src/lang/splitter.ts); misspellings one letter away from a word (`parmis`);
// compounds with a prefix (`onclick`, `postsecondary`), a particle (`workon`) or `-less`;
// words repeated through the documents (a term of theirs); words copied on both sides (a name).
//
// Variants: a joined word that the documents also write apart or with a hyphen, reported once per
// group at the rarer form; hyphen against apart alone is grammar (`real time` / `real-time`).
//
// The run is indexed once (src/lang/word-index.ts): words become ids in a flat stream, so that
// looking for phrases and variants across 100,000 pairs stays a pass over integers.

import { defineCheck, type CorpusContext } from './types.js';
import { keysOfWord } from '../align/base-lexicon.js';
import type { Pair, Place, Segment } from '../core/types.js';
import { dictionary, fold, type Dictionary, type DictLang } from '../lang/dictionary.js';
import { gluesLikeFunctionWord, nearKnownWord, scanFolded, splitWord, TokenBuffer, type Split, type WordSpan } from '../lang/splitter.js';
import { IdSet, PairMap, T_APOSTROPHE, T_HYPHEN, T_MIXED, T_NON_ASCII, T_SHAPE, T_SPACE, T_UPPER, WordIndex, type IndexedSegment, type Vocabulary } from '../lang/word-index.js';

/** A part costs at most this (−log10 probability: about ten in a million words) to count as common. */
const COMMON = 5;
/** How rare a French word may be and still be common enough beside a cognate to make a glued pair. */
const COMMON_BESIDE_COGNATE = 6;
/** Letters of an English compound, at least, for a cognate and a common word to make it two words. */
const COGNATE_COMPOUND_MIN = 12;
/** Parts this common make a split safe to apply without other evidence. */
const FIX_COMMON = 4.5;
/** The cost of a word the dictionaries know but no word count has seen. */
const KNOWN_WORD = 6.5;
/** Letters, at least, of two English words translated on the French side when the first has four. */
const SHORT_HEAD_COMPOUND_MIN = 13;
/** Letters of each of two common English words run together, at least, to be two words without other evidence. */
const ENGLISH_LONG_PART = 7;
/** Letters, at least, of a word of two of the commonest English words run together (`businessdays`). */
const ENGLISH_COMMON_PAIR = 12;
/** English compounds of a trade or role with -person (`journeyperson`, `tradespersons`): one word. */
const PERSON_COMPOUND = /^(?:person|persons|people)$/;
/** Letters of each of two French words the dictionary knows, run together without a sign from the other side. */
const KNOWN_PAIR_PART = 6;
/** French auxiliaries of two syllables or more, which stand before a participle or an adjective. */
const FR_AUXILIARIES = new Set('être avoir été sont sera seront serait seraient était étaient avait avaient aura auront aurait auraient'.split(' '));
/**
 * First words of the compounds the 1990 French spelling reform writes as one word (a verb and its
 * noun, `porte-clés` → `porteclés`; `haut-parleur` → `hautparleur`).
 */
const REFORM_WELDED = new Set(
  'porte passe tire garde coupe croque pare presse casse cache compte couvre essuie gratte lave ouvre perce pique serre tourne vide brise chauffe monte pince pousse seche attrape ramasse taille range lance haut bas mille'.split(' '),
);
/** English determiners, which stand before a noun (`its own`, `each other`). */
const EN_DETERMINERS = new Set('the its their your our his her each every this these those'.split(' '));
/** French numbers that stand before a noun as determiners do. */
const FR_NUMBERS = new Set('deux trois quatre cinq six sept huit neuf dix'.split(' '));
/** English numbers, from two, run onto the plural after them (`threejudges`). */
const EN_NUMBERS = new Set('two three four five six seven eight nine ten'.split(' '));
/** French determiners, which stand before a noun. */
const FR_DETERMINERS = new Set([...'le la les un une des du au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs chaque plusieurs aucun aucune'.split(' '), ...FR_NUMBERS]);
/** A preposition or relative pronoun run onto the French word after it (`pourpatiner`, `quihabite`). */
const FR_FUNCTION_BEFORE = /^(?:pour|qui|que|sans|avec|dans|chez|vers|pendant)$/;
/** A preposition or conjunction that a French word is run onto (`allègementpour`, `notionsde`, `échéancieret`, `Mettreà`, `RADIATEURSEN`, `immatriculéauprès`). */
const FR_PREPOSITION_AFTER = /^(?:d(?:e|u|es)|à|en|pour|sur|dans|avec|par|sans|chez|contre|entre|vers|envers|depuis|pendant|durant|selon|parmi|malgré|auprès|après|avant|dès|et|ou)$/;
/** French determiners a word is run onto (`alimenteles`): the plural ones and `une` (`le`, `la`, `un` end many words). */
const FR_DETERMINER_AFTER = /^(?:les|des|une|ces|ses|leurs|cette)$/;
/** A preposition, article or conjunction that an English word is run onto (`backupof`). */
const EN_PREPOSITION_AFTER = /^(?:of|the|and|to|for|in|on|with|from|by)$/;
/** Function words this common, run together, are glued even as a word of the other language (`tousles`). */
const FUNCTION_GLUE_COST = 3;
/** Short words glue only from very common ones (`ofthe`, `surla`). */
const SHORT_WORD = 6;
const SHORT_COMMON = 3.5;
/** Letters of the word that `à` is run onto, at least. */
const GRAVE_WORD_MIN = 4;
/** A French plural at least this long, run onto a word two letters shorter at least, is two words. */
const LONG_PLURAL = 7;
/** An unknown word seen this often, never written apart, is a term of the documents. */
const TERM_REPEATS = 3;
/** Upper-case words this short are acronyms unless the documents write them apart. */
const ACRONYM_MAX = 5;
/** Shortest word checked against misspellings one edit away (shorter ones have many neighbours). */
const MISSPELLING_MIN = 6;
/** Places kept per phrase written apart (for the message and related places). */
const KEEP_PLACES = 8;
/** A heading in title case: every word of this many letters capitalised, in a segment this short at most. */
const HEADLINE_WORD = 5;
const HEADLINE_MAX_WORDS = 15;
/** Longest word looked at for splits or variants. */
const MAX_WORD = 40;
/** First parts that make ordinary compounds (post + secondary, on + click, télé + travail). */
const PREFIXES: Record<DictLang, Set<string>> = {
  en: new Set(
    ('post pre non multi inter intra sub super over under anti co re self cross counter out mid semi mini micro macro mega bio eco geo ' +
      'cyber tele web up down back off fore after hyper ultra infra trans extra auto photo hydro electro thermo on in by').split(' '),
  ),
  fr: new Set(
    ('cyber tele auto co re pre post anti inter intra multi sous sur contre non mini micro macro mega bio eco geo neo pseudo semi mi ' +
      'extra hyper super ultra infra trans web photo hydro electro thermo').split(' '),
  ),
};
/** English particles that end verb + particle nouns (workaround, signin, rollback), after short verbs. */
const PHRASAL_VERB_MAX = 6;
/** French prefixes that are prepositions as well (`sur demande`, `sous réserve`). */
const FR_PREPOSITION_PREFIXES = new Set(['sur', 'sous', 'contre', 'entre']);
/** A date after a word: a day's number, or a month's or a weekday's English name. */
const DATE_AFTER = /^\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)/;
const PARTICLES = new Set('up down out off over back in on through away around about along'.split(' '));
/** Two-letter words that start sentences, written in capitals there (Lapartie, Inaddition). */
const STARTERS: Record<DictLang, Set<string>> = {
  en: new Set('a an as at by he if in it my no of on so to we'.split(' ')),
  fr: new Set('a au ce de du en il je la le ma on sa si ta tu un'.split(' ')),
};
/** Function words that end ordinary compounds (serverless, businesslike). */
const SUFFIXES = new Set(['less', 'like']);

/** What the dictionaries say of a word id (pass 1). */
const KNOWN = 1;
const ACCENTED = 2;
const UNKNOWN = 3;
const NOT_LETTERS = 4;
/** With UNKNOWN: a word of the other language's dictionary (`dateset` in a French text). */
const OTHER_LANGUAGE = 8;
/**
 * With KNOWN: a French word only ever written with accents (`delà`, `après`). Written in lower
 * case without them (`dela`) it is not that word as written: French keeps its accents in lower
 * case (capitals may drop them), so it is looked at like an unknown word.
 */
const ACCENTS_DROPPED = 16;
/**
 * With KNOWN: a French word no word count has seen that opens with a function word (`enligne`, a
 * form of the Quebec `enligner`): looked at as that word run onto the next (`en ligne`), and
 * reported only where the other side of its pair has the next word's translation (`online`).
 */
const RARE = 32;
/** French function words that such a rare word may open with. */
const RARE_OPENING = /^(?:en|de|des|du|la|le|les|au|aux|sur|pour|par|dans|avec|sans|un|une)(?=[a-z]{4})/;

/** Whether the shipped lexicon gives the folded French `part` for the English word `en`. */
function translatesTo(en: string, part: string): boolean {
  return keysOfWord(en, 'en').some((key) => fold(key.slice(key.indexOf('\t') + 1)) === part);
}

/** The folded French words the shipped lexicon gives for an English word, or for its singular. */
function frenchOf(en: string): string[] {
  const out: string[] = [];
  for (const form of [en, en.replace(/(?:es|s)$/, ''), en.replace(/s$/, '')]) {
    for (const key of keysOfWord(form, 'en')) out.push(fold(key.slice(key.indexOf('\t') + 1)));
  }
  return out;
}

/** Where a word or phrase was seen: pair, side and range in that side's text. */
interface Occurrence {
  pair: Pair;
  side: 'en' | 'fr';
  from: number;
  to: number;
  text: string;
}

/** A phrase looked for in the stream: first token of each place it is written apart. */
interface Phrase {
  tokens: number[];
  length: number;
}

type Form = 'joined' | 'split' | 'hyphen';

/** A form of a variant group in the stream: its segment and first token. */
interface VariantPlace {
  segment: number;
  token: number;
  form: Form;
  /** How the place is capitalised (see caseClass): only places of one class are compared. */
  kind: CaseClass;
}

/**
 * `common`: a common word (small letters, a sentence's capital, capitals or title case of a
 * heading); `name`: a name in running text, every part capitalised (`Youtube`, `You Tube`, `White
 * House`); `part`: a word of a longer name (`Women in Cybersecurity`, `National Cyber Security
 * Centre`), whose spelling is its owner's; `mixed`: a name beside a common word (`a Slack bot`,
 * not `Slackbot` written apart).
 */
type CaseClass = 'common' | 'name' | 'part' | 'mixed';

function optionWords(v: unknown): Set<string> {
  return new Set(Array.isArray(v) ? v.filter((w): w is string => typeof w === 'string').map(fold) : []);
}

/** Writes `target` with the case pattern of `model` (CYBERSECURITY, Cybersecurity, cybersecurity). */
function withCaseOf(model: string, target: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return target.toUpperCase();
  if (model[0] !== model[0].toLowerCase()) return target[0].toUpperCase() + target.slice(1).toLowerCase();
  return target.toLowerCase();
}

function placeOf(o: Occurrence): Place {
  const seg = o.pair[o.side]!;
  return seg.locate ? seg.locate(o.from, o.to) : seg.place;
}

/** Whether an occurrence's text stands as one run in its file (no markup inside it). */
function contiguous(o: Occurrence, place: Place): boolean {
  return place.line === place.endLine && place.endColumn - place.column === o.to - o.from;
}

/**
 * `lines 37, 69`, `line fr.txt:37` when in another file than `file`, `… and 3 more` when there are
 * more than `max` or than the places given (`total` of them in all).
 */
function lineList(places: Place[], file: string, total = places.length, max = 4): string {
  const names: string[] = [];
  for (const p of places) {
    const name = p.file === file ? String(p.line) : `${p.file.split(/[\\/]/).pop()}:${p.line}`;
    if (!names.includes(name)) names.push(name);
  }
  const shown = names.slice(0, max);
  const more = names.length - shown.length + Math.max(0, total - places.length);
  return `${names.length === 1 && more === 0 ? 'line' : 'lines'} ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** Longest common prefix of two folded words, to spot cognates (securite / security). */
/**
 * Function words that are also endings of Latin and Greek words (`herpes genitalis` beside
 * `herpès génital` is no `genital is`): a word of the other side with one of these after it is
 * still a near copy.
 */
const FOREIGN_ENDINGS = new Set(['is', 'us', 'as', 'es', 'os']);

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

const LETTERS = /^[a-z]+$/;

/** The letters after a hyphen at `at` (`vous` in `rendez-vous`). */
const AFTER_HYPHEN = /^[-\u2011]([\p{L}]+)/u;

/** Whether `part`, with the hyphen and word after `at` in `text`, is a word of the dictionary. */
function opensCompound(text: string, at: number, part: string, dict: Dictionary): boolean {
  const m = AFTER_HYPHEN.exec(text.slice(at, at + 24));
  return m !== null && dict.has(`${part}-${fold(m[1])}`);
}
/** What lies between the halves of a word cut by a hyphen: the hyphen, and the line break's space. */
const HYPHEN_CUT = /^[-\u2010]\s*$/;
/** The letters of English and French words, loanwords included (café, naïve). */
const LATIN = /^[a-zA-ZàâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆñÑ]+$/;

export default defineCheck({
  id: 'glued-words',
  description: 'Words run together (PRATIQUESUR for PRATIQUE SUR), and the same words written joined and apart across the documents',
  severity: 'error',
  fixable: true,
  // Its word index of every segment (about 45 MiB at 100,000 pairs) is freed before the per-pair pass.
  corpusFirst: true,
  options: {
    /** Shortest word (in letters) that is looked at. */
    minLength: 4,
    /** Report words written joined in one place and apart or hyphenated in another. */
    variants: true,
    /** Severity of those variant findings (a matter of consistency: both forms may be words). */
    variantSeverity: 'warning',
    /**
     * Severity when no file holds both forms (one article writes `life-long`, another `lifelong`):
     * separate documents, often by separate authors, are a weaker case for one spelling.
     */
    variantAcrossFilesSeverity: 'info',
    /** Words of the documents that are not glued (product names, terms), in any case. */
    words: [],
  },
  help:
    'A word that no English or French dictionary knows but that splits into known words, one of them a function word, was ' +
    'probably typed without its space: `GROUPE DE PRATIQUESUR LA SÉCURITÉ` → `PRATIQUE SUR`. Splits are ranked by how common ' +
    'their words are, whether the documents write them apart elsewhere, and cognates on the other side of the pair; a fix is ' +
    'offered when the evidence is strong. The rule also reports a word written joined in one place and apart or hyphenated in ' +
    'another (`CYBERSECURITY` and `CYBER SECURITY`), once per group, at the less frequent form, as a warning (as information ' +
    'when no one file holds both forms). Names, acronyms, ' +
    'product names (`WhatsApp`), code, URLs, e-mail addresses, hashtags, words with digits and misspellings are not reported; ' +
    'list the terms of your documents in the `words` option.',

  checkCorpus(ctx: CorpusContext): void {
    const minLength = typeof ctx.options.minLength === 'number' ? ctx.options.minLength : 4;
    const variantsOn = ctx.options.variants !== false;
    const allowed = optionWords(ctx.options.words);
    const dicts: Record<DictLang, Dictionary> = { en: dictionary('en'), fr: dictionary('fr') };

    // Pass 1: index the run.
    const ix = new WordIndex(ctx.pairs);
    const { tokens, flags, segmentStarts } = ix;

    // The words no dictionary knows, settled once per word id (on the first token that needs it):
    // known in its language or listed, or too short or long to look at (KNOWN); known in the other
    // language only as written with accents (agréât, for `agreat`: ACCENTED); or UNKNOWN; with
    // NOT_LETTERS when its folded form has letters outside a–z.
    const status: Record<DictLang, Uint8Array> = { en: new Uint8Array(ix.vocab.en.size), fr: new Uint8Array(ix.vocab.fr.size) };
    const settle = (lang: DictLang, word: string): number => {
      if (word.length < minLength || word.length > MAX_WORD) return KNOWN;
      const other = dicts[lang === 'en' ? 'fr' : 'en'];
      // A word the other language knows is looked at too, but reported only when the documents
      // write its parts apart (DATESET beside `dates et`): most are loanwords and names.
      if (allowed.has(word)) return KNOWN;
      if (dicts[lang].has(word)) {
        if (lang !== 'fr') return KNOWN;
        if (dicts.fr.accentsOnly(word)) return KNOWN | ACCENTS_DROPPED;
        return RARE_OPENING.test(word) && dicts.fr.cost(word) >= dicts.fr.rareCost ? KNOWN | RARE : KNOWN;
      }
      const known = !other.has(word) ? UNKNOWN : other.accentsOnly(word) ? ACCENTED : UNKNOWN | OTHER_LANGUAGE;
      return known | (LETTERS.test(word) ? 0 : NOT_LETTERS);
    };
    // A French word run onto the elided article or pronoun after it (`avecl'équipe` for `avec
    // l'équipe`, `pourqu'il`): the part before the apostrophe is no elision, but a word of the
    // dictionary that glues like a function word followed by one, and the part after it is a word.
    // Settled once per word of the vocabulary.
    const elided = new Uint8Array(ix.vocab.fr.size);
    const elidedTokens: number[] = [];
    const elidedSegments: number[] = [];
    // French words in mixed case (checked as written when reported: `desForces`).
    const mixedTokens: number[] = [];
    const mixedSegments: number[] = [];
    // Short words that may be `à` run onto an article or pronoun (checked as written when reported).
    const graveTokens: number[] = [];
    const graveSegments: number[] = [];
    // `àla`: too short to be looked at as a word, but no French word opens with `à`. Settled once
    // per word of the vocabulary (1: no, 2: maybe), asked only of tokens with a letter outside ASCII;
    // reported only when written with the `à` (`aménager` folds to `a` and a word too).
    const graveWord = new Uint8Array(ix.vocab.fr.size);
    const graveGlued = (t: number, id: number, si: number): void => {
      // (A word of the dictionary too once folded: `àjour` is `ajour`, `à jour` run together.)
      if (graveWord[id] === 0) {
        const w = ix.vocab.fr.words[id];
        graveWord[id] = A_GLUED.test(w) || (w.startsWith('a') && w.length > GRAVE_WORD_MIN && dicts.fr.has(w.slice(1))) ? 2 : 1;
      }
      if (graveWord[id] === 2) {
        graveTokens.push(t);
        graveSegments.push(si);
      }
    };
    const elisionGlued = (id: number): boolean => {
      if (elided[id] === 0) elided[id] = gluedElision(ix.vocab.fr.words[id], dicts.fr) ? 2 : 1;
      return elided[id] === 2;
    };
    // Unknown words by token, with their segment and how each is written there (splits depend on
    // accents and case): the segments that have one are scanned again for it.
    const unknownTokens: number[] = [];
    const unknownSegments: number[] = [];
    const unknownWritten: string[] = [];
    // The places of the words of the segment looked at (scanned again when it has an unknown word).
    const wordPlaces = new TokenBuffer();
    for (let si = 0; si < ix.segmentCount; si++) {
      const lang = ix.langOf(si);
      const start = segmentStarts[si];
      const end = segmentStarts[si + 1];
      const st = status[lang];
      const words = ix.vocab[lang].words;
      let text: string | undefined;
      for (let t = start; t < end; t++) {
        const id = tokens[t];
        let k = st[id];
        // Most tokens are words already found in the dictionary: settled before any other test.
        if (k === KNOWN) {
          if (lang === 'fr' && flags[t] & T_NON_ASCII) graveGlued(t, id, si);
          continue;
        }
        const f = flags[t];
        // camelCase, WhatsApp, iPhone, NaCl: code and names, never glued words; save a function
        // word run onto a capitalised word (`desForces armées`, `theTablelands`), looked at when reported.
        if ((f & T_SHAPE) === T_MIXED) {
          mixedTokens.push(t);
          mixedSegments.push(si);
          continue;
        }
        // An apostrophe inside: an elision (`l'équipe`, `aujourd'hui`), looked at on its own below.
        if (f & T_APOSTROPHE) {
          if (lang === 'fr' && elisionGlued(id)) {
            elidedTokens.push(t);
            elidedSegments.push(si);
          }
          continue;
        }
        if (k === 0) st[id] = k = settle(lang, words[id]);
        if (k === KNOWN) {
          if (lang === 'fr' && flags[t] & T_NON_ASCII) graveGlued(t, id, si);
          continue;
        }
        // A word known with accents, here without them, in lower case or in capitals (DELA, where
        // `de la` is likelier than `delà`), and not in a compound (`au-dela` is `au-delà` without
        // its accent).
        const shape = f & T_SHAPE;
        if (k & ACCENTS_DROPPED && ((shape !== 0 && shape !== T_UPPER) || f & (T_NON_ASCII | T_HYPHEN) || (t + 1 < end && flags[t + 1] & T_HYPHEN))) continue;
        if (k & RARE && (shape !== 0 || f & (T_NON_ASCII | T_HYPHEN) || (t + 1 < end && flags[t + 1] & T_HYPHEN))) continue;
        if (f & T_NON_ASCII) {
          // Known as written with accents, or letters of neither alphabet (měnila, łódź): a foreign word.
          if ((k & 3) !== UNKNOWN) continue;
          if (k & NOT_LETTERS) continue;
        }
        if (text === undefined) {
          text = ix.textOf(si);
          ix.placesOf(si, wordPlaces);
        }
        const written = text.slice(wordPlaces.start[t - start], wordPlaces.end[t - start]);
        if (f & T_NON_ASCII && !LATIN.test(written)) continue;
        if (cutByHyphen(text, t, start, end, lang, words)) continue;
        unknownTokens.push(t);
        unknownSegments.push(si);
        unknownWritten.push(written);
      }
    }

    /**
     * Whether token t is one half of a word cut by a hyphen (`infor-mation`, `infor- mation`, a word
     * hyphenated at a line break): the two halves make a word of the dictionary.
     */
    function cutByHyphen(text: string, t: number, start: number, end: number, lang: DictLang, words: string[]): boolean {
      const joined = (a: number): boolean => {
        if (a < start || a + 1 >= end) return false;
        const between = text.slice(wordPlaces.end[a - start], wordPlaces.start[a + 1 - start]);
        return HYPHEN_CUT.test(between) && dicts[lang].has(words[tokens[a]] + words[tokens[a + 1]]);
      };
      return joined(t) || joined(t - 1);
    }

    // The splits of each distinct unknown word as written, and the phrases they would make.
    const splitsOf = new Map<string, Split[]>();
    const candidates: Array<{ token: number; segment: number; written: string }> = [];
    const phrases2: Record<DictLang, PairMap<Phrase>> = { en: new PairMap(), fr: new PairMap() };
    const phrases3: Record<DictLang, PairMap<Map<number, Phrase>>> = { en: new PairMap(), fr: new PairMap() };
    unknownTokens.forEach((token, k) => {
      const segment = unknownSegments[k];
      const lang = ix.langOf(segment);
      const written = unknownWritten[k];
      const key = `${lang}\u0000${written}`;
      let splits = splitsOf.get(key);
      if (!splits) {
        splits = splitWord(written, dicts[lang]);
        splitsOf.set(key, splits);
        for (const s of splits) {
          const ids = s.parts.map((p) => ix.vocab[lang].id(p.folded));
          if (ids.some((x) => x < 0)) continue; // never written in the run
          if (ids.length === 2) {
            if (!phrases2[lang].get(ids[0], ids[1])) phrases2[lang].set(ids[0], ids[1], { tokens: [], length: 2 });
          } else {
            let thirds = phrases3[lang].get(ids[0], ids[1]);
            if (!thirds) phrases3[lang].set(ids[0], ids[1], (thirds = new Map()));
            if (!thirds.has(ids[2])) thirds.set(ids[2], { tokens: [], length: 3 });
          }
        }
      }
      if (splits.length) candidates.push({ token, segment, written });
    });

    // Function words by id (never half of a pair written apart).
    const functionIds: Record<DictLang, Uint8Array> = { en: new Uint8Array(ix.vocab.en.size), fr: new Uint8Array(ix.vocab.fr.size) };
    const isFunctionId = (lang: DictLang, id: number): boolean => {
      const known = functionIds[lang];
      if (known[id] === 0) known[id] = gluesLikeFunctionWord(ix.vocab[lang].words[id], lang) ? 2 : 1;
      return known[id] === 2;
    };

    // Joined words of the run that split into two other words of the run (variant keys), with the
    // first words of those that can be written apart (two content words, long enough) or with a
    // hyphen: pass 2 looks a pair up only after such a first word.
    const joinedOf: Record<DictLang, PairMap<number>> = { en: new PairMap(), fr: new PairMap() };
    const apartFirsts: Record<DictLang, IdSet> = { en: new IdSet(), fr: new IdSet() };
    const hyphenFirsts: Record<DictLang, IdSet> = { en: new IdSet(), fr: new IdSet() };
    if (variantsOn) {
      for (const lang of ['en', 'fr'] as const) {
        const v = ix.vocab[lang];
        for (let id = 0; id < v.size; id++) {
          const w = v.words[id];
          if (w.length < 5 || w.length > MAX_WORD || !LETTERS.test(w)) continue;
          for (let i = 1; i < w.length - 1; i++) {
            const a = v.idOfPart(w, 0, i);
            if (a < 0) continue;
            const b = v.idOfPart(w, i, w.length);
            if (b < 0) continue;
            joinedOf[lang].set(a, b, id);
            const la = i;
            const lb = w.length - i;
            if (la >= 2 && lb >= 2 && la + lb >= 6 && !isFunctionId(lang, a) && !isFunctionId(lang, b)) apartFirsts[lang].add(a);
            if ((la >= 2 || w[0] === 'e') && lb >= 2) hyphenFirsts[lang].add(a);
          }
        }
      }
    }

    // Pass 2: where the documents write those phrases apart, and where they write a joined word
    // apart or with a hyphen.
    const plain = (t: number, lang: DictLang, caps: boolean): boolean => {
      const shape = ix.shape(t);
      const w = ix.vocab[lang].words[tokens[t]];
      return shape !== 'mixed' && (caps || shape !== 'upper' || w.length === 1) && LETTERS.test(w);
    };
    // Segments in title case (a heading): their capitals are style.
    const headline = new Int8Array(ix.segmentCount); // 0 unknown, 1 no, 2 yes
    const isHeadline = (si: number): boolean => {
      if (headline[si] === 0) {
        // Every word of five letters or more after the first capitalised (title case leaves short
        // words such as `with` and `from` in small letters), two at least, in a short segment.
        let lower = 0;
        let all = 0;
        for (let t = segmentStarts[si] + 1; t < segmentStarts[si + 1]; t++) {
          if (ix.vocab[ix.langOf(si)].words[tokens[t]].length < HEADLINE_WORD) continue;
          all++;
          if (ix.shape(t) === 'lower') lower++;
        }
        const words = segmentStarts[si + 1] - segmentStarts[si];
        headline[si] = all >= 2 && lower === 0 && words <= HEADLINE_MAX_WORDS ? 2 : 1;
      }
      return headline[si] === 2;
    };
    const capitalised = (t: number): boolean => ix.shape(t) === 'title' || ix.shape(t) === 'upper';
    /** How the n words from token t of segment si are capitalised (see CaseClass). */
    const caseClass = (si: number, t: number, n: number, lang: DictLang): CaseClass => {
      if (ix.capsOf(si) || isHeadline(si)) return 'common';
      const start = segmentStarts[si];
      const end = segmentStarts[si + 1];
      let titled = 0;
      for (let k = t; k < t + n; k++) if (capitalised(k)) titled++;
      // After another word and white space only: inside a sentence, where a capital is a name's.
      const inside = t > start && (flags[t] & (T_SPACE | T_HYPHEN)) !== 0;
      if (titled === 0 || (!inside && titled === 1 && capitalised(t))) return 'common';
      if (titled < n) return 'mixed';
      // A capitalised word next to it, or across a short word (`Women in Cybersecurity`): a longer name.
      const words = ix.vocab[lang].words;
      const before = inside && (capitalised(t - 1) || (t - 2 >= start && words[tokens[t - 1]].length <= 3 && (flags[t - 1] & T_SPACE) !== 0 && capitalised(t - 2)));
      const after = t + n < end && (flags[t + n] & T_SPACE) !== 0 && (capitalised(t + n) || (t + n + 1 < end && words[tokens[t + n]].length <= 3 && (flags[t + n + 1] & T_SPACE) !== 0 && capitalised(t + n + 1)));
      return before || after ? 'part' : inside ? 'name' : 'common';
    };
    /**
     * Whether two words apart are a phrase of their own rather than the joined word split: a verb
     * and its particle (`set up`, `log out`, `back up` beside the nouns `setup`, `logout`,
     * `backup`), or in French two words beside a word the dictionary knows (`une main tenant un
     * cellulaire` beside `maintenant`, `une autre fois` beside `autrefois`). French writes its
     * compounds with a hyphen; it joins a prefix (`cyber sécurité` for `cybersécurité`).
     */
    const otherPhrase = (lang: DictLang, first: string, second: string, joined: number, lower: boolean): boolean =>
      lang === 'en'
        ? PARTICLES.has(second)
        : // Two French words in small letters; not a brand or a name (`You Tube`, `border line`).
          lower && !PREFIXES.fr.has(first) && dicts.fr.has(first) && dicts.fr.has(second) && dicts.fr.has(ix.vocab.fr.words[joined]);
    // Keyed by joined word id and language (id * 2, + 1 in French), in the order first seen.
    const variantPlaces = new Map<number, VariantPlace[]>();
    for (let si = 0; si < ix.segmentCount; si++) {
      const lang = ix.langOf(si);
      const start = segmentStarts[si];
      const end = segmentStarts[si + 1];
      const p2 = phrases2[lang];
      const p3 = phrases3[lang];
      const jo = joinedOf[lang];
      const af = apartFirsts[lang];
      const hf = hyphenFirsts[lang];
      for (let t = start + 1; t < end; t++) {
        const f = flags[t] & (T_SPACE | T_HYPHEN);
        if (f === 0) continue;
        const a = tokens[t - 1];
        const b = tokens[t];
        if (f === T_SPACE) {
          if (p2.hasFirst(a)) {
            const ph = p2.get(a, b);
            if (ph && ph.tokens.length < KEEP_PLACES) ph.tokens.push(t - 1);
          }
          if (p3.hasFirst(a) && t + 1 < end && flags[t + 1] & T_SPACE) {
            const ph3 = p3.get(a, b)?.get(tokens[t + 1]);
            if (ph3 && ph3.tokens.length < KEEP_PLACES) ph3.tokens.push(t - 1);
          }
        }
        if (!variantsOn || !(f === T_SPACE ? af : hf).has(a)) continue;
        const joined = jo.get(a, b);
        if (joined === undefined || !plain(t - 1, lang, ix.capsOf(si)) || !plain(t, lang, ix.capsOf(si))) continue;
        const wa = ix.vocab[lang].words[a];
        const wb = ix.vocab[lang].words[b];
        let form: Form | null = null;
        const inCompound = (t - 1 > start && flags[t - 1] & T_HYPHEN) || (t + 1 < end && flags[t + 1] & T_HYPHEN);
        // Two words apart, neither part of a hyphenated compound (a short cut-off is no shortcut),
        // nor a phrase with a grammar of its own (below).
        if (f === T_SPACE && !inCompound && wa.length >= 2 && wb.length >= 2 && wa.length + wb.length >= 6 && !isFunctionId(lang, a) && !isFunctionId(lang, b) && !otherPhrase(lang, wa, wb, joined, (flags[t - 1] & T_SHAPE) === 0 && (flags[t] & T_SHAPE) === 0))
          form = 'split';
        // Two hyphenated words, not part of a longer compound (e-mail, co-ordinate).
        else if (f === T_HYPHEN && !inCompound) {
          if ((wa.length >= 2 || wa === 'e') && wb.length >= 2) form = 'hyphen';
        }
        if (!form) continue;
        const key = joined * 2 + (lang === 'fr' ? 1 : 0);
        let list = variantPlaces.get(key);
        if (!list) variantPlaces.set(key, (list = []));
        list.push({ segment: si, token: t - 1, form, kind: caseClass(si, t - 1, 2, lang) });
      }
    }

    // Occurrences with their places.
    const occurrence = (segment: number, token: number, length: number): Occurrence => {
      const s = ix.segment(segment);
      ix.placesOf(segment, wordPlaces);
      const from = wordPlaces.start[token - s.start];
      const to = wordPlaces.end[token + length - 1 - s.start];
      return { pair: s.pair, side: s.side, from, to, text: s.seg.text.slice(from, to) };
    };
    const phraseOf = (lang: DictLang, split: Split): Phrase | undefined => {
      const ids = split.parts.map((p) => ix.vocab[lang].id(p.folded));
      if (ids.some((x) => x < 0)) return undefined;
      return ids.length === 2 ? phrases2[lang].get(ids[0], ids[1]) : phrases3[lang].get(ids[0], ids[1])?.get(ids[2]);
    };

    // The other side's words and the misspelling test, once per segment and per word: a word
    // repeated through the run is judged at each occurrence.
    const foldedWords: Record<DictLang, Map<Segment, string[]>> = { en: new Map(), fr: new Map() };
    const foldedWordsOf = (seg: Segment, lang: DictLang): string[] => {
      let words = foldedWords[lang].get(seg);
      if (!words) foldedWords[lang].set(seg, (words = scanFolded(seg.text, lang)));
      return words;
    };
    /** The folded words of the other side of a segment's pair (none when it has no other side). */
    const otherWordsOf = (s: IndexedSegment): string[] => {
      const otherSide = s.side === 'en' ? 'fr' : 'en';
      const other = s.pair[otherSide];
      return other && other !== s.seg ? foldedWordsOf(other, otherSide) : [];
    };
    const misspellings = new Map<string, boolean>();
    const misspelling = (lang: DictLang, folded: string, protect: Array<{ from: number; to: number }>, contentCost: number): boolean => {
      const key = `${lang}\u0000${folded}\u0000${protect.map((p) => `${p.from}-${p.to}`).join(',')}\u0000${contentCost}`;
      let near = misspellings.get(key);
      if (near === undefined) misspellings.set(key, (near = nearKnownWord(folded, dicts[lang], protect, contentCost + 1, contentCost - 0.5)));
      return near;
    };

    // Glued words, one finding per occurrence.
    const gluedIds: Record<DictLang, Set<number>> = { en: new Set(), fr: new Set() };
    for (const { token, segment } of candidates) {
      const s = ix.segment(segment);
      const word = ix.wordAt(segment, token);
      const verdict = judge(s, word);
      if (!verdict) continue;
      gluedIds[s.lang].add(tokens[token]);
      const { split, apart, strong } = verdict;
      const at: Occurrence = { pair: s.pair, side: s.side, from: word.start, to: word.end, text: word.text };
      const suggestion = split.parts.map((p) => p.text).join(' ');
      const elsewhere = apart.map((t) => occurrence(ix.segmentOf(t), t, split.parts.length)).filter((o) => o.pair !== s.pair || o.side !== s.side);
      const place = placeOf(at);
      const places = elsewhere.map(placeOf);
      ctx.report({
        pair: s.pair,
        [s.side]: { from: at.from, to: at.to },
        message: `${word.text} looks like ${suggestion} run together` + (places.length ? ` (written apart at ${lineList(places, place.file)})` : ''),
        suggestion,
        // Only where the word is written in one piece in the file (not across a link's markup).
        ...(strong && contiguous(at, place) ? { fix: { side: s.side, from: at.from, to: at.to, text: suggestion } } : {}),
        related: elsewhere.map((o) => ({ place: placeOf(o), text: o.text })),
      });
    }

    // A word reported cut in two where `cutAt` says (-1: not reported), with its fix.
    const reportCut = (segment: number, token: number, cutAt: (word: string) => number): void => {
      const s = ix.segment(segment);
      const word = ix.wordAt(segment, token);
      const cut = cutAt(word.text);
      if (cut < 0) return;
      const suggestion = `${word.text.slice(0, cut)} ${word.text.slice(cut)}`;
      const at: Occurrence = { pair: s.pair, side: s.side, from: word.start, to: word.end, text: word.text };
      ctx.report({
        pair: s.pair,
        [s.side]: { from: at.from, to: at.to },
        message: `${word.text} looks like ${suggestion} run together`,
        suggestion,
        ...(contiguous(at, placeOf(at)) ? { fix: { side: s.side, from: at.from, to: at.to, text: suggestion } } : {}),
      });
    };
    graveTokens.forEach((token, k) => reportCut(graveSegments[k], token, (w) => (/^[àÀ]/.test(w) ? 1 : -1)));
    mixedTokens.forEach((token, k) => {
      const segment = mixedSegments[k];
      const lang = ix.langOf(segment);
      const otherWords = (): string[] => otherWordsOf(ix.segment(segment));
      const otherText = (): string => {
        const s = ix.segment(segment);
        return s.pair[s.side === 'en' ? 'fr' : 'en']?.text ?? '';
      };
      reportCut(segment, token, (w) =>
        lang === 'fr' ? Math.max(functionThenName(w, dicts, otherWords), wordThenName(w, dicts.fr, otherWords)) : Math.max(englishFunctionThenName(w, dicts, ix.vocab.en), nameThenWord(w, dicts.en, otherWords, otherText)),
      );
    });
    elidedTokens.forEach((token, k) => reportCut(elidedSegments[k], token, elisionCut));

    if (variantPlaces.size) reportVariants();

    /** Whether and how to split a word; null when it is probably not glued. */
    function judge(s: IndexedSegment, w: WordSpan): { split: Split; apart: number[]; strong: boolean } | null {
      const lang = s.lang;
      const vocab = ix.vocab[lang];
      const dict = dicts[lang];
      const splits = splitsOf.get(`${lang}\u0000${w.text}`) ?? [];
      if (splits.length === 0) return null;
      const otherWords = otherWordsOf(s);
      // Copied on the other side, or nearly (Sadate / Sadat): a name or a term, not a typo. Not
      // when the word is the other side's with function words run onto it: `interruptionde`
      // beside `service interruption` is the very typo this check is for.
      const n = w.folded.length;
      const runOnto = (o: string): boolean =>
        splits.some(
          (sp) =>
            sp.parts[0].folded.length >= 4 &&
            o.startsWith(sp.parts[0].folded) &&
            sp.parts.slice(1).every((p) => !FOREIGN_ENDINGS.has(p.folded) && gluesLikeFunctionWord(w.text.slice(p.from, p.to), lang)),
        );
      if (otherWords.some((o) => o === w.folded || (commonPrefix(o, w.folded) >= Math.max(5, n - 2) && !runOnto(o)))) return null;
      // Letters doubled in one language and not the other (`address` / `adresse`) are set aside.
      // The other side's words undoubled once per word judged, not once per part and split.
      let otherUndoubled: string[] | undefined;
      const isCognate = (part: string): boolean => {
        if (part.length < 4) return false;
        if (otherWords.some((o) => commonPrefix(o, part) >= Math.min(5, part.length))) return true;
        otherUndoubled ??= otherWords.map(undoubled);
        const u = undoubled(part);
        return otherUndoubled.some((o) => commonPrefix(o, u) >= Math.min(5, u.length));
      };
      // A French part that an English word of the other side translates to (shipped lexicon).
      const translatedThere = (part: string): boolean => s.side === 'fr' && otherWords.some((o) => translatesTo(o, part));
      // An English part whose French translation (or its plural or feminine) the other side writes.
      const frenchThere = (part: string): boolean => s.side === 'en' && frenchOf(part).some((t) => otherWords.some((o) => o === t || (t.length >= 4 && o.length - t.length <= 2 && o.startsWith(t))));
      // A cognate on the other side makes a rare part likely; so does (for ranking only: in a
      // large run every word turns up somewhere) a part written elsewhere in the documents.
      // So does its translation there (`entretenir` in `etentretenir` beside `maintain`).
      const partCost = (part: string): number => (isCognate(part) || translatedThere(part) ? Math.min(dict.cost(part), COMMON) : dict.cost(part));
      let best: { split: Split; score: number; apart: number[] } | null = null;
      for (const sp of splits) {
        // Three parts need a content word of four letters at least: three short words are noise
        // (iraquien is not ira qui en), and such a split must not outrank a reading of two
        // (`etparle` is `et parle`, not `et par le`).
        if (sp.parts.length === 3 && !sp.parts.some((p) => p.folded.length >= 4 && !gluesLikeFunctionWord(w.text.slice(p.from, p.to), lang))) continue;
        const apart = phraseOf(lang, sp)?.tokens ?? [];
        let score = sp.parts.length - 1 - (apart.length ? 10 : 0);
        for (const p of sp.parts) score += vocab.count(p.folded) > 0 ? Math.min(partCost(p.folded), COMMON) : partCost(p.folded);
        if (!best || score < best.score) best = { split: sp, score, apart };
      }
      if (!best) return null;
      const { split, apart } = best;
      // A French word written without its accents is glued only when the split is the likelier
      // reading: `dela` is `de la` (delà is rare), `apres` is `après` (not `a près`).
      // A tie with a word no word count has seen (`deplanification`, `de planification` without
      // its accent) goes to the split: a rare word written without its accents is the less likely.
      const wordStatus = status[lang][vocab.id(w.folded)];
      if (wordStatus & ACCENTS_DROPPED) {
        const splitCost = split.parts.reduce((c, p) => c + dict.cost(p.folded), split.parts.length - 1);
        const wordCost = dict.cost(w.folded);
        if (splitCost > wordCost || (splitCost === wordCost && wordCost < dict.rareCost)) return null;
      }
      // Function-word tests read the word as written here (`dé` is no `de`).
      const parts = split.parts.map((p) => ({ ...p, text: w.text.slice(p.from, p.to) }));
      const fn = parts.map((p) => gluesLikeFunctionWord(p.text, lang));
      const last = parts.length - 1;
      // Two content words: a compound as often as a typo (variants handle them). Not in French,
      // which joins no two words without a hyphen, when the other side has both, as cognates or
      // translations (`postalcanadien` beside `Canadian postal code`).
      // A French plural run onto the word after it (remorquesdoivent, zonesinondables): a French
      // word does not go on after the -s or -x of a plural; a common one needs no other sign.
      // The plural's cognate or translation on the other side (`accidents` beside `rail accidents`),
      // not the compound itself (`dropsondes` beside `dropsonde`).
      // Whether a word of the other side opens as the word's first `n` letters do.
      const otherOpensLike = (n: number): boolean => otherWords.some((o) => o.startsWith(w.folded.slice(0, n)));
      const pluralThere = (part: string): boolean => (isCognate(part) || translatedThere(part)) && !otherOpensLike(part.length + 2);
      const plural =
        lang === 'fr' &&
        parts.length === 2 &&
        !fn[0] &&
        parts[0].folded.length >= 5 &&
        /[sx]$/.test(parts[0].folded) &&
        dict.has(parts[0].folded.slice(0, -1)) &&
        parts[1].folded.length >= 4 &&
        w.shape === 'lower';
      // An English plural of six letters or more run onto a common word after it
      // (`applicationssubmitted`): the compounds that keep a plural's -s (`salesperson`,
      // `sportswear`) are the dictionary's; one it lacks, of two common words, is two words.
      const englishPlural =
        lang === 'en' &&
        parts.length === 2 &&
        !fn[0] &&
        !fn[1] &&
        w.shape === 'lower' &&
        parts[0].folded.length >= 6 &&
        parts[1].folded.length >= 4 &&
        englishPluralOfWord(parts[0].folded, dict) &&
        parts.every((p) => dict.cost(p.folded) <= COMMON) &&
        otherWords.length > 0;
      // A long plural of the dictionary run onto a long word of it (`logementsabordables`) needs no
      // word count: the counts come from few texts and miss everyday nouns, and the misspelling
      // test below still sets aside a word one letter from the dictionary's.
      const longPluralThenWord = parts[0].folded.length >= LONG_PLURAL && parts[1].folded.length >= LONG_PLURAL - 2 && dict.cost(parts[1].folded) <= KNOWN_WORD;
      // A French number before its noun glues as a determiner does (`cinqdernières`), though
      // it is a content word elsewhere (`Lestrois`: `les` and `trois`).
      // So does an English one before a plural (`threejudges`); `threefold`, `twosome` are the dictionary's.
      const numberFirst =
        parts.length === 2 &&
        !fn[1] &&
        (lang === 'fr' ? FR_NUMBERS.has(parts[0].text.toLowerCase()) : EN_NUMBERS.has(parts[0].text.toLowerCase()) && parts[1].folded.length >= 4 && /s$/.test(parts[1].folded) && w.shape === 'lower');
      // Two common French words in lower case, neither a function word (`calendrierscolaire`,
      // `transportscolaire`): French writes its compounds apart or with a hyphen, and a word of
      // two common ones that the dictionary lacks is rarely a word of its own; save the verb and
      // noun that the 1990 spelling reform welds (`porteclés`, `passepartout`).
      // A word in a heading in capitals is read as one in lower case (`D'INFORMATIONCOMMUNAUTAIRES`):
      // there the capitals say nothing of a name or an acronym.
      const lowerOrHeading = w.shape === 'lower' || (w.shape === 'upper' && s.caps);
      // Two French words whose English is on the other side (`accidentsferroviaires`), or one of
      // them there and the other a common word (`postalecommunautaire` beside `community
      // mailbox`, `Démonstrationspratiques` beside `demonstrations`).
      // Not when a word of the other side goes on past the first part as the word does
      // (`sacralistes` beside `sacralized`: one word of the same stem, not `sacra listes`).
      const there = (part: string): boolean => isCognate(part) || translatedThere(part);
      const cognatePair = (a: string, b: string): boolean =>
        a.length >= 4 && b.length >= 4 && ((there(a) && there(b)) || (there(a) && !otherOpensLike(a.length + 1) && dict.cost(b) <= COMMON_BESIDE_COGNATE) || (there(b) && dict.cost(a) <= COMMON_BESIDE_COGNATE));
      // Two English words of five letters or more, each with its cognate on the French side
      // (`officiallanguages` beside `langues officielles`): two words, which the French writes apart.
      const englishCognates = lang === 'en' && parts.length === 2 && lowerOrHeading && !fn[0] && !fn[1] && parts.every((p) => p.folded.length >= 5 && isCognate(p.folded));
      // An English word with its cognate on the French side, and a common English word, each of
      // five letters or more (`radiochannels` beside `voies radio`, `ferryterminal` beside
      // `terminal du traversier`, `wirelessmicrophone` beside `micro sans fil`: a word before the
      // cognate may be a little less common): French writes the term apart, so the two words are two. Short
      // compounds are often English words the dictionary lacks (`touchpoint`).
      const englishCognateAndWord =
        lang === 'en' &&
        parts.length === 2 &&
        lowerOrHeading &&
        !fn[0] &&
        !fn[1] &&
        parts.every((p) => p.folded.length >= 5) &&
        w.folded.length >= COGNATE_COMPOUND_MIN &&
        ((isCognate(parts[0].folded) && !otherOpensLike(parts[0].folded.length + 1) && dict.cost(parts[1].folded) <= COMMON) ||
          (isCognate(parts[1].folded) && dict.cost(parts[0].folded) <= COMMON_BESIDE_COGNATE));
      // Two common English words of four letters or more, each with its French translation (the
      // shipped lexicon) or its cognate on the French side, one at least by translation or both
      // cognates of five letters or more (a shorter cognate is a closed compound's part as often:
      // `longlist` beside `longue liste`) (`paymentamount` beside `montant du paiement`,
      // `loadingdock` beside `quai de chargement`, `Canadiandollars` inside a sentence beside
      // `dollars canadiens`): French writes the two words as two. A closed compound the dictionary
      // lacks is mostly translated otherwise (`touchpoint`: `point de contact`, `screenreader`:
      // `lecteur d'écran`, whose `reader` the lexicon lacks), or opens on a word of four letters
      // (`fireline`, `datetime`, `lockstations`, `Infoline`): such a word must be long.
      const englishTranslatedPair =
        lang === 'en' &&
        parts.length === 2 &&
        (lowerOrHeading || (w.shape === 'title' && !w.initial)) &&
        !fn[0] &&
        !fn[1] &&
        !PREFIXES.en.has(parts[0].folded) &&
        !PERSON_COMPOUND.test(parts[1].folded) &&
        (parts[0].folded.length >= 5 || w.folded.length >= SHORT_HEAD_COMPOUND_MIN) &&
        parts.every((p) => p.folded.length >= 4 && dict.cost(p.folded) <= COMMON && ((p.folded.length >= 5 && isCognate(p.folded)) || frenchThere(p.folded))) &&
        (parts.some((p) => frenchThere(p.folded)) || parts.every((p) => p.folded.length >= 5 && isCognate(p.folded)));
      // Two content words in lower case, the first no prefix: the shape of the pairs below.
      const lowerContentPair = parts.length === 2 && w.shape === 'lower' && !fn[0] && !fn[1] && !PREFIXES[lang].has(parts[0].folded);
      // Two common English words of seven letters or more each (`statutoryholidays`), in lower
      // case beside a text of the other language: the closed compounds the dictionary lacks are
      // of shorter parts (`touchpoint`, `timestep`, `barcode`).
      const englishLongPair =
        lang === 'en' &&
        lowerContentPair &&
        !PERSON_COMPOUND.test(parts[1].folded) &&
        (parts.every((p) => p.folded.length >= ENGLISH_LONG_PART && dict.cost(p.folded) <= COMMON) ||
          // (Or two of the commonest words, the second a plural, the whole as long: `businessdays`;
          // the compounds the dictionary lacks end otherwise: `auditability`, `frontcountry`.)
          (w.folded.length >= ENGLISH_COMMON_PAIR && englishPluralOfWord(parts[1].folded, dict) && parts.every((p) => p.folded.length >= 4 && dict.cost(p.folded) <= FIX_COMMON))) &&
        otherWords.length > 0;
      const commonPair =
        lang === 'fr' && parts.length === 2 && lowerOrHeading && !REFORM_WELDED.has(parts[0].folded) && parts.every((p) => p.folded.length >= 4 && dict.cost(p.folded) <= COMMON);
      // Two French words the dictionary knows, of six letters or more, neither a prefix, in lower
      // case beside a text of the other language (`buanderiegratuit`, `pistestracées`): the word
      // counts come from few texts and miss everyday words (`buanderie`), and French writes no two
      // such words as one. Shorter parts are most often a term's pieces (`coloc` and `alisés` in
      // `colocalisés`, `drops` and `ondes` in `dropsondes`); the misspelling test below still sets
      // aside a word one letter from the dictionary's.
      const knownPair =
        lang === 'fr' &&
        lowerContentPair &&
        !REFORM_WELDED.has(parts[0].folded) &&
        (parts.every((p) => p.folded.length >= KNOWN_PAIR_PART && dict.cost(p.folded) <= KNOWN_WORD) ||
          // (Or a common word of five letters and a word of six or more: `ordrealéatoire`.)
          parts.every((p, k) => dict.cost(p.folded) <= KNOWN_WORD && (p.folded.length >= KNOWN_PAIR_PART || (p.folded.length === KNOWN_PAIR_PART - 1 && dict.cost(p.folded) <= FIX_COMMON && parts[1 - k].folded.length >= KNOWN_PAIR_PART)))) &&
        otherWords.length > 0;
      // A French name of two words run together inside a sentence, each word's English on the
      // other side (`Conseilnational mixte` beside `National Joint Council`): a name of one word
      // would be copied there, and a copy is set aside above.
      const namedThere = lang === 'fr' && parts.length === 2 && w.shape === 'title' && !w.initial && parts.every((p) => p.folded.length >= 4 && there(p.folded));
      if (
        !fn.some(Boolean) &&
        !numberFirst &&
        !commonPair &&
        !knownPair &&
        !(plural && (dict.cost(parts[0].folded) <= COMMON || pluralThere(parts[0].folded) || longPluralThenWord)) &&
        !englishPlural &&
        !englishCognates &&
        !englishCognateAndWord &&
        !englishLongPair &&
        !englishTranslatedPair &&
        !(lang === 'fr' && parts.length === 2 && (lowerOrHeading || (w.shape === 'title' && w.initial)) && parts.every((p) => p.folded.length >= 4) && cognatePair(parts[0].folded, parts[1].folded)) &&
        !namedThere
      )
        return null;
      // A rare word of the dictionary that opens with a function word, beside the translation of
      // the word after it (`enligne` beside `online`).
      const rare = (wordStatus & RARE) !== 0;
      // Not after an elision (`s'ensuivre` is a verb), nor a word the documents repeat (a spelling of
      // theirs: `pourcent`, which the variants compare with `pour cent`).
      if (rare) {
        const before = s.seg.text.charCodeAt(w.start - 1);
        if (before === 39 || before === 0x2019 || vocab.count(w.folded) >= TERM_REPEATS) return null;
        if (!(parts.length === 2 && fn[0] && !fn[1] && dict.cost(parts[1].folded) <= FIX_COMMON && translatedThere(parts[1].folded))) return null;
      }
      // Ordinary compounds: prefix + word (onclick, postsecondary), verb + particle (workon),
      // word + less (serverless).
      // Not when the word goes on with a hyphen into a compound of the dictionary (`surrendez-vous`
      // is `sur rendez-vous`: a prefix does not join a compound).
      // Not a French prefix that is a preposition too, before a word whose translation the other
      // side has (`surdemande` beside `on request`: `sur demande`), in a word the dictionary lacks
      // (`survols` beside `flights` is a word).
      const prepositionThenWord = lang === 'fr' && !rare && parts.length === 2 && FR_PREPOSITION_PREFIXES.has(parts[0].folded) && w.shape === 'lower' && translatedThere(parts[1].folded);
      if (PREFIXES[lang].has(parts[0].folded) && !fn[1] && parts[1].folded.length >= 4 && !prepositionThenWord && !opensCompound(s.seg.text, w.end, parts[last].folded, dict)) return null;
      // Not a verb run onto `on` before a date (`heldon November 18`: `held on`).
      const onBeforeDate = parts[last].folded === 'on' && DATE_AFTER.test(s.seg.text.slice(w.end, w.end + 12));
      if (lang === 'en' && PARTICLES.has(parts[last].folded) && !fn[0] && parts[0].folded.length >= 3 && parts[0].folded.length <= PHRASAL_VERB_MAX && !onBeforeDate) return null;
      if (lang === 'en' && SUFFIXES.has(parts[last].folded)) return null;
      // Capitalised words are names unless they start with a word that starts sentences (Lapartie,
      // Inaddition) or a longer word: Deque is not De que, Uswitch not Us witch, Catalana not
      // Catalan a.
      if (w.shape === 'title') {
        if (parts[0].folded.length < 3 && !STARTERS[lang].has(parts[0].folded)) return null;
        // A one-letter part is a name's last letter, save the French `à` (`Mettreà jour`).
        if (parts.some((p) => p.folded.length < 2 && p.text !== 'à') || !parts.some((p, k) => !fn[k] && p.folded.length >= 4)) return null;
      }
      // The cheap tests come before the misspelling test below (a few hundred dictionary lookups):
      // every test only rules the word out, so their order does not change the verdict.
      const evidence = apart.length > 0;
      if (!evidence) {
        // A word of the other language is a loanword or a name, unless it is two of this
        // language's commonest function words run together, six letters or more (`tousles` in
        // French, though English has `tousles`; `aula` is no `au la`).
        if (status[lang][ix.vocab[lang].id(w.folded)] & OTHER_LANGUAGE && !(n >= SHORT_WORD && fn.every(Boolean) && parts.every((p) => dict.cost(p.folded) <= FUNCTION_GLUE_COST))) return null;
        // A short word in capitals is an acronym, unless a heading in capitals has two of the
        // commonest function words run together there (`UPDATE ONTHE GOVERNMENT…`).
        // Not a word written without its accents (`PAR DELA` is `par delà`).
        const functionPair = parts.length === 2 && !(wordStatus & ACCENTS_DROPPED) && fn.every(Boolean) && parts.every((p) => dict.cost(p.folded) <= FUNCTION_GLUE_COST);
        if (w.shape === 'upper' && (!s.caps || (n <= ACRONYM_MAX && !functionPair))) return null;
        // A capitalised word inside a sentence is a name, unless a word the other side writes
        // too has a function word run onto it (`services Internetà large bande` beside `Internet`).
        if (w.shape === 'title' && !w.initial && !namedThere && !englishTranslatedPair && !(parts.length === 2 && !fn[0] && fn[1] && parts[0].folded.length >= 5 && otherWords.includes(parts[0].folded))) return null;
        if (vocab.count(w.folded) >= TERM_REPEATS) return null;
        // Three words run together end with their content word (delasécurité, ofthemeeting);
        // perte ne ce is a foreign word (pertenece), not three French ones.
        if (parts.length === 3 && fn[2]) return null;
        // A French determiner run onto a word the dictionary knows (ledépôt, lavoiture; `de`
        // before a plural noun, debordures): the word counts, taken from few texts, miss many
        // everyday nouns (père, café, voisin). In lower case, or in a heading in capitals
        // (SÉANCES DUSOIR) whose pair has another side, where a name (LAVOIE, DUMONT) would be
        // written too (a copy is no glued word, above).
        const article = parts[0].text.toLowerCase();
        const determinerNoun =
          lang === 'fr' &&
          parts.length === 2 &&
          (FR_DETERMINERS.has(article) || (article === 'de' && /[sx]$/.test(parts[1].folded))) &&
          parts[1].folded.length >= 4 &&
          (w.shape === 'lower' || (w.shape === 'upper' && s.caps && otherWords.length > 0));
        // So is a French auxiliary run onto the participle or adjective after it (êtreadmissibles,
        // sontinscrits): no French word starts with these.
        // So is an English determiner run onto the word after it (`itsown`, `theirown`,
        // `eachother`): the words that open with one are the dictionary's (`thesis`, `herald`).
        const englishDeterminerWord =
          lang === 'en' && parts.length === 2 && EN_DETERMINERS.has(parts[0].text.toLowerCase()) && parts[1].folded.length >= 3 && w.shape === 'lower' && otherWords.length > 0;
        const auxiliaryWord = lang === 'fr' && parts.length === 2 && FR_AUXILIARIES.has(parts[0].text.toLowerCase()) && parts[1].folded.length >= 4 && w.shape === 'lower';
        // So is a word run onto the `de`, the preposition or the conjunction after it (notionsde
        // base, émettrede, allègementpour, échéancieret; backupof), also at the start of a
        // sentence (`Apportezde l'eau`, `Mettreà jour`); a common word of four letters in lower
        // case before `de` (`avisde cotisation`, `prèsde Slocan`; `nordet`, the wind, is a word).
        const wordThenDe =
          parts.length === 2 &&
          (lang === 'fr' ? FR_PREPOSITION_AFTER : EN_PREPOSITION_AFTER).test(parts[1].text.toLowerCase()) &&
          (parts[0].folded.length >= 5 || (parts[0].folded.length === 4 && w.shape === 'lower' && /^d(?:e|u|es)$/.test(parts[1].folded) && dict.cost(parts[0].folded) <= FIX_COMMON)) &&
          (lowerOrHeading || (w.shape === 'title' && w.initial)) &&
          otherWords.length > 0;
        // So is a French word of five letters or more run onto the plural determiner or `une`
        // after it, in lower case (`alimenteles réservoirs`): the words that end so are the
        // dictionary's plurals (`capitales`, `mondiales`).
        const wordThenDeterminer =
          lang === 'fr' && parts.length === 2 && FR_DETERMINER_AFTER.test(parts[1].text) && parts[0].folded.length >= 5 && w.shape === 'lower' && otherWords.length > 0;
        // So is a French preposition or relative pronoun run onto the word after it (pourpatiner,
        // quihabite): no French word starts with these and goes on as another word.
        const functionThenWord =
          lang === 'fr' && parts.length === 2 && FR_FUNCTION_BEFORE.test(parts[0].text.toLowerCase()) && parts[1].folded.length >= 5 && w.shape === 'lower' && otherWords.length > 0;
        // So is a French plural run onto the word after it (above), beside a text of the other language.
        const pluralThenWord = plural && otherWords.length > 0;
        // So is a French function word run onto the number after it (`dans un délai desept jours`).
        const functionThenNumber = lang === 'fr' && parts.length === 2 && fn[0] && FR_NUMBERS.has(parts[1].text.toLowerCase()) && w.shape === 'lower';
        // So is `de` run onto a noun of six letters or more (`clubs demotoneige`), beside a text of
        // the other language with no word that opens as it does: a French word in dé- written
        // without its accent and unknown to the dictionary (`decarbonisation`) has its cognate there.
        const deThenNoun =
          lang === 'fr' && parts.length === 2 && parts[0].text === 'de' && parts[1].folded.length >= 6 && w.shape === 'lower' && otherWords.length > 0 && !otherOpensLike(5);
        // So is a French verb of the first or second person plural run onto the article or
        // pronoun after it (`nous renouvelonsle Musée`, `vérifiezles documents`): no French word
        // goes on after those endings.
        const verbThenArticle =
          lang === 'fr' && parts.length === 2 && /^(?:le|la|les)$/.test(parts[1].text) && /(?:ons|ez)$/.test(parts[0].folded) && parts[0].folded.length >= 5 && w.shape === 'lower' && otherWords.length > 0;
        // So is `à` run onto the word after it (`àconcurrence`): no French word opens with `à`.
        const graveThenWord = lang === 'fr' && parts.length === 2 && /^[àÀ]$/.test(parts[0].text) && parts[1].folded.length >= GRAVE_WORD_MIN;
        const limit = knownPair || determinerNoun || englishDeterminerWord || auxiliaryWord || wordThenDe || wordThenDeterminer || functionThenWord || pluralThenWord || functionThenNumber || deThenNoun || graveThenWord || verbThenArticle ? KNOWN_WORD : n <= SHORT_WORD && !onBeforeDate ? SHORT_COMMON : COMMON;
        // Beside a cognate, its fellow part may be a little rarer (`postale` beside `community`'s
        // `communautaire`, `wireless` beside `microphone`'s `micro`).
        const besideCognate = (lang === 'fr' && parts.length === 2 && cognatePair(parts[0].folded, parts[1].folded)) || englishCognateAndWord;
        if (parts.some((p) => partCost(p.folded) > (besideCognate ? Math.max(limit, COMMON_BESIDE_COGNATE) : limit))) return null;
      }
      // A letter left out, added or doubled (parmis for parmi, additionelles) is a misspelling.
      // When the documents write the split apart, only a doubled letter outweighs that: `deseaux`
      // beside `des eaux` is those words run together, though one letter from `réseaux`; `atrait`
      // is still `attrait`.
      // A rare word of the dictionary (`enligne` beside `en ligne`) is none.
      if (evidence) return !rare && w.folded.length === w.text.length && nearKnownWord(w.folded, dict, [], Infinity, -Infinity, true) ? null : { split, apart, strong: true };
      const protect = parts.filter((_, k) => fn[k]).map((p) => ({ from: p.from, to: p.to }));
      const content = parts.filter((_, k) => !fn[k]);
      const contentCost = Math.min(...(content.length ? content : parts).map((p) => dict.cost(p.folded)));
      // A word of the dictionary is no misspelling of another.
      // Nor is a word whose doubled letter is two letters as written (`àaucun`: à and aucun, not aucun with its a doubled).
      if (!rare && w.folded.length >= MISSPELLING_MIN && w.folded.length === w.text.length && !accentSplitsDoubling(w.text, w.folded) && misspelling(lang, w.folded, protect, contentCost)) return null;
      const strong = parts.every((p) => dict.cost(p.folded) <= FIX_COMMON);
      return { split, apart, strong };
    }

    /** Joined / apart / hyphenated forms of the same words: one finding per group, at the rarer form. */
    function reportVariants(): void {
      // Pass 3: the joined form of each group (a pass over integers).
      const groupIds: Record<DictLang, IdSet> = { en: new IdSet(), fr: new IdSet() };
      for (const key of variantPlaces.keys()) {
        const lang = key & 1 ? 'fr' : 'en';
        if (!gluedIds[lang].has(key >> 1)) groupIds[lang].add(key >> 1);
      }
      for (let si = 0; si < ix.segmentCount; si++) {
        const lang = ix.langOf(si);
        const ids = groupIds[lang];
        if (ids.size === 0) continue;
        const end = segmentStarts[si + 1];
        for (let t = segmentStarts[si]; t < end; t++) {
          if (!ids.has(tokens[t])) continue;
          const inCompound = flags[t] & T_HYPHEN || (t + 1 < end && flags[t + 1] & T_HYPHEN);
          if (inCompound || !plain(t, lang, ix.capsOf(si))) continue;
          variantPlaces.get(tokens[t] * 2 + (lang === 'fr' ? 1 : 0))!.push({ segment: si, token: t, form: 'joined', kind: caseClass(si, t, 1, lang) });
        }
      }
      for (const [key, all] of variantPlaces) {
        const lang: DictLang = key & 1 ? 'fr' : 'en';
        if (!groupIds[lang].has(key >> 1)) continue; // reported as glued words already
        for (const kind of ['common', 'name'] as const) reportGroup(key, lang, all.filter((p) => p.kind === kind));
      }
    }

    /** One group of places of one case class: a finding at the rarer form when the forms differ. */
    function reportGroup(key: number, lang: DictLang, places: VariantPlace[]): void {
      const word = ix.vocab[lang].words[key >> 1];
      const byForm = new Map<Form, VariantPlace[]>();
      for (const p of places) {
        let list = byForm.get(p.form);
        if (!list) byForm.set(p.form, (list = []));
        list.push(p);
      }
      if (!byForm.has('joined') || byForm.size < 2) return;
      // The form written most often is the reference; on a tie, a joined form the dictionaries
      // know, then a form apart or hyphenated of known words, then an unknown joined form, then
      // one apart with a part no dictionary knows; then the first written (the stream is in order).
      const isKnown = allowed.has(word) || dicts[lang].has(word);
      // Parts no dictionary knows (`walk throughs` beside `walkthroughs`) make the weakest form.
      const wordOf = (t: number): string => ix.vocab[lang].words[tokens[t]];
      const known = (w: string): boolean => allowed.has(w) || dicts[lang].has(w);
      const knownParts = (f: Form): boolean => {
        const p = byForm.get(f)![0];
        const [a, b] = [wordOf(p.token), wordOf(p.token + 1)];
        return (f === 'hyphen' && known(`${a}-${b}`)) || (known(a) && known(b));
      };
      const rank = (f: Form): number => (f !== 'joined' ? (knownParts(f) ? 1 : -1) : isKnown ? 2 : 0);
      const firstOf = (list: VariantPlace[]): number => list.reduce((m, p) => Math.min(m, p.token), Infinity);
      // French joins its prefixes (`superutilisateur`, OQLF; `cybersécurité`): the joined form is
      // the reference however rare, against a prefix written apart, or against one hyphenated when
      // the dictionary knows the joined form and not the hyphenated one. (English dictionaries hold
      // joined forms that are not the usual spelling, such as `facemask`: there the documents'
      // usage decides.)
      const prefixOf = (f: Form): boolean => byForm.has(f) && PREFIXES.fr.has(fold(wordOf(byForm.get(f)![0].token)));
      const hyphen = byForm.get('hyphen')?.[0];
      const hyphenKnown = hyphen !== undefined && known(`${wordOf(hyphen.token)}-${wordOf(hyphen.token + 1)}`);
      const prefixed = lang === 'fr' && (prefixOf('split') || (isKnown && prefixOf('hyphen')));
      const dictionaryFirst = (f: Form): number => (f === 'joined' && prefixed && !hyphenKnown ? 1 : 0);
      const forms = [...byForm.entries()].sort((a, b) => dictionaryFirst(b[0]) - dictionaryFirst(a[0]) || b[1].length - a[1].length || rank(b[0]) - rank(a[0]) || firstOf(a[1]) - firstOf(b[1]));
      const [refForm, refs] = forms[0];
      // Hyphenated against apart is grammar (a real-time feed, in real time): only the joined
      // form is compared with the others.
      const others = forms
        .slice(1)
        .filter(([f]) => refForm === 'joined' || f === 'joined')
        .flatMap(([, list]) => list)
        .sort((a, b) => a.token - b.token);
      if (others.length === 0) return;
      const occ = (p: VariantPlace): Occurrence => occurrence(p.segment, p.token, p.form === 'joined' ? 1 : 2);
      // Forms that never meet in one file are a weaker case (option variantAcrossFilesSeverity).
      const fileOf = (p: VariantPlace): string => ix.segment(p.segment).seg.place.file;
      // The finding stands where one file holds both forms, when one does.
      const refFiles = new Set(refs.map(fileOf));
      const inOneFile = others.find((p) => refFiles.has(fileOf(p)));
      const severity = inOneFile ? ctx.options.variantSeverity : ctx.options.variantAcrossFilesSeverity;
      const first = inOneFile ?? others[0];
      const at = occ(first);
      const here = placeOf(at);
      const refOcc = refs.slice(0, KEEP_PLACES).map(occ);
      const alsoOcc = others
        .filter((p) => p !== first)
        .slice(0, KEEP_PLACES)
        .map(occ);
      const refText = refOcc[0].text.replace(/\s+/g, ' ');
      const atText = at.text.replace(/\s+/g, ' ');
      const how = refForm === 'joined' ? 'joined' : refForm === 'split' ? 'apart' : 'with a hyphen';
      const refLines = lineList(refOcc.map(placeOf), here.file, refs.length);
      const alsoLines = alsoOcc.length ? lineList(alsoOcc.map(placeOf), here.file, others.length - 1) : '';
      // A verb and its particle written with a hyphen (`How we set-up the form`) is the verb
      // written apart as often as the noun written joined: both are offered.
      const parts = atText.split('-');
      const phrasal = lang === 'en' && others[0].form === 'hyphen' && parts.length === 2 && PARTICLES.has(parts[1].toLowerCase());
      const suggestion = withCaseOf(at.text, refText) + (phrasal ? ` / ${parts.join(' ')}` : '');
      ctx.report({
        pair: at.pair,
        [at.side]: { from: at.from, to: at.to },
        message: `${atText} is written ${refText} (${how}) at ${refLines}` + (alsoLines ? `; ${atText} also at ${alsoLines}` : '') + (phrasal ? ` (${parts.join(' ')}, as a verb)` : ''),
        suggestion,
        ...(severity === 'error' || severity === 'warning' || severity === 'info' ? { severity } : {}),
        related: [...alsoOcc, ...refOcc].map((o) => ({ place: placeOf(o), text: o.text })),
      });
    }
  },
});

/** A folded three-letter French word that may be `à` run onto the article or pronoun after it (`àla`, `àun`). */
const A_GLUED = /^a(?:la|le|un|ce|ma|ta|sa)$/;

/** The elided words of French, before an apostrophe (`l'`, `qu'`, `jusqu'`). */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu']);
/** Elisions that a word run onto them ends with, longest first. */
const ELIDED_ENDINGS = ['qu', 'l', 'd', 'j', 'm', 'n', 's', 't', 'c'];
const ELIDED_WORD = /^([\p{L}]+)['’]([\p{L}].*)$/u;

/** Where the elision starts in a word run onto it (`avecl'équipe` → 4), or −1. */
function elisionCut(word: string): number {
  const m = ELIDED_WORD.exec(word);
  if (!m) return -1;
  const before = m[1].toLowerCase();
  if (ELISIONS.has(before)) return -1;
  for (const e of ELIDED_ENDINGS) {
    // A head of one letter only when it is `à` (`àl'achèvement`): no French word opens so.
    if ((before.length - e.length >= 2 || (before.length - e.length === 1 && /^[aà]$/.test(before.charAt(0)))) && before.endsWith(e)) return before.length - e.length;
  }
  return -1;
}

/** French function words that a capitalised word is run onto in a typo (`desForces`, `auCanada`). */
const FUNCTION_BEFORE_CAPITAL = /^(?:de|des|du|la|le|les|au|aux|à|en|et|pour|sur|avec|par|dans|chez)(?=\p{Lu}\p{Ll}{2,}$)/u;

/**
 * Where a French function word in small letters meets the capitalised word run onto it
 * (`desForces` → 3), when that word is one of either dictionary; −1 otherwise. Names in mixed
 * case open with a capital (`LeBlanc`, `DeBoer`) or are code (`iPhone`): they never match.
 */
function functionThenName(word: string, dicts: Record<DictLang, Dictionary>, otherWords: () => string[]): number {
  const m = FUNCTION_BEFORE_CAPITAL.exec(word);
  if (!m) return -1;
  const rest = fold(word.slice(m[0].length));
  // `de`, `du`, `la`, `le` open surnames too (`deCoste`, `laFleur`): only before a common French
  // word (`leMinistère`), or one of the dictionary whose cognate the other side writes (`duSénat`
  // beside `Senate`); the other words before any word of either dictionary (`desForces`,
  // `àWashington`, `avecWillard`).
  if (SURNAME_PARTICLES.has(m[0])) {
    if (!dicts.fr.has(rest)) return -1;
    const cognate = (): boolean => rest.length >= 4 && otherWords().some((o) => commonPrefix(o, rest) >= Math.min(5, rest.length));
    return dicts.fr.cost(rest) <= COMMON || cognate() ? m[0].length : -1;
  }
  return dicts.fr.has(rest) || dicts.en.has(rest) ? m[0].length : -1;
}

/** A French word in small letters, after an elision or not, then a capitalised word (`l'avenueCarling`). */
const WORD_THEN_CAPITAL = /^(?:\p{L}['’])?(\p{Ll}{4,})(?=\p{Lu}\p{Ll}{2,}$)/u;

/**
 * Where a French word meets the name run onto it (`l'avenueCarling` → 8), when the other side
 * writes that name on its own (`Carling Avenue`); −1 otherwise. A name or a code name in mixed
 * case is copied whole to the other side, not cut there.
 */
function wordThenName(word: string, dict: Dictionary, otherWords: () => string[]): number {
  const m = WORD_THEN_CAPITAL.exec(word);
  if (!m || !dict.has(fold(m[1]))) return -1;
  const name = fold(word.slice(m[0].length));
  const there = otherWords();
  return there.includes(name) && !there.includes(fold(word)) ? m[0].length : -1;
}

/** A capitalised name, then a capitalised English word run onto it (`SambroCommunity`). */
const NAME_THEN_CAPITAL = /^(\p{Lu}\p{Ll}{2,})(?=\p{Lu}\p{Ll}{3,}$)/u;

/**
 * Where a name meets the English word run onto it (`SambroCommunity Centre` → 6), when the other
 * side writes the name on its own and the word's cognate or translation (`centre communautaire de
 * Sambro`), and the word is a common one; −1 otherwise. A code or brand name in mixed case
 * (`PowerShell`, `MacDonald`) is copied whole to the other side, not cut there, and a program's
 * name whose French hyphenates it (`AgriStability`, `Agri-stabilité`) is one name.
 */
function nameThenWord(word: string, dict: Dictionary, otherWords: () => string[], otherText: () => string): number {
  const m = NAME_THEN_CAPITAL.exec(word);
  if (!m) return -1;
  // Not a program's name whose translation hyphenates its parts (`AgriStability` / `Agri-stabilité`).
  if (otherText().includes(`${m[1]}-`)) return -1;
  const rest = fold(word.slice(m[0].length));
  if (dict.cost(rest) > COMMON) return -1;
  const there = otherWords();
  if (!there.includes(fold(m[1])) || there.includes(fold(word))) return -1;
  const translated = frenchOf(rest);
  return there.some((o) => commonPrefix(o, rest) >= 5 || translated.includes(o)) ? m[0].length : -1;
}

/**
 * English function words that a capitalised word is run onto in a typo (`theTablelands`,
 * `andEnglish`). Not `on`, `to`, `for`, `by`: code names open with them (`onClick`, `toString`,
 * `forEach`, `byId`).
 */
const EN_FUNCTION_BEFORE_CAPITAL = /^(?:the|and|of|in|at|from|with)(?=\p{Lu}\p{Ll}{2,}$)/u;
/** Those of them that seldom open a code name. */
const EN_SELDOM_IN_CODE = new Set(['the', 'and', 'of']);

/**
 * Where an English function word in small letters meets the capitalised word run onto it
 * (`theTablelands` → 3): after `the`, `and`, `of`, when that word is one of either dictionary or
 * the documents write it on its own elsewhere (`andEnglish`, `Tablelands`); after `in`, `at`,
 * `from`, `with`, only in that second case (`inStock`, `atLeast` read as code names).
 */
function englishFunctionThenName(word: string, dicts: Record<DictLang, Dictionary>, vocab: Vocabulary): number {
  const m = EN_FUNCTION_BEFORE_CAPITAL.exec(word);
  if (!m) return -1;
  const rest = fold(word.slice(m[0].length));
  if (vocab.count(rest) > 0) return m[0].length;
  return EN_SELDOM_IN_CODE.has(m[0]) && (dicts.en.has(rest) || dicts.fr.has(rest)) ? m[0].length : -1;
}

/** Whether an English word is the -s or -ies plural of a word of the dictionary (`applications`; not `business`, `status`). */
function englishPluralOfWord(word: string, dict: Dictionary): boolean {
  if (!/[^su]s$/.test(word)) return false;
  return dict.has(word.slice(0, -1)) || (word.endsWith('ies') && dict.has(`${word.slice(0, -3)}y`));
}

/** French function words that also open surnames written in one piece. */
const SURNAME_PARTICLES = new Set(['de', 'du', 'la', 'le']);

/** The subject pronouns French puts after its verb (`a-t-il`, `poursuivit-elle`). */
const INVERTED_PRONOUN = /^(?:il|elle|on|ils|elles)$/;

/** Letters a noun run onto the `d'` after it must have (`portd'entrée`): shorter ones are names' parts. */
const NOUN_BEFORE_DE = 4;

/**
 * Whether a folded French word is a word run onto an elision: `avec` + `l'` + `equipe`; or a
 * noun run onto the `d'` of its complement (`port` + `d'` + `entree`: no French word ends in
 * `d'` save `d'` itself, while `aujourd'hui` and `prud'homme` open with no word).
 */
function gluedElision(folded: string, dict: Dictionary): boolean {
  const cut = elisionCut(folded);
  if (cut < 0) return false;
  const m = ELIDED_WORD.exec(folded)!;
  const head = folded.slice(0, cut);
  // A word after the apostrophe, not an English clitic (`man’s`).
  if (m[2].length < 2 || !dict.has(head) || !dict.has(m[2])) return false;
  // Or any noun run onto the elided word after it (`Parlementn'est`, `demandel'accès`): no French
  // word ends in an elision's letter and an apostrophe.
  // Not a verb and its subject pronoun after an apostrophe typed for the hyphen (`poursuivit'il`
  // is `poursuivit-il`, not `poursuivi t'il`).
  return gluesLikeFunctionWord(head, 'fr') || (m[1].length === head.length + 1 && head.length >= NOUN_BEFORE_DE && !INVERTED_PRONOUN.test(m[2]) && !dict.has(folded));
}

/** Whether a letter doubled in the folded form is written as two different letters (`àaucun`: à and a). */
function accentSplitsDoubling(written: string, folded: string): boolean {
  const lower = written.toLowerCase();
  for (let i = 0; i + 1 < folded.length; i++) if (folded[i] === folded[i + 1] && lower[i] !== lower[i + 1]) return true;
  return false;
}

/** A word with each run of one letter written once (`address` → `adres`). */
function undoubled(word: string): string {
  let i = 1;
  while (i < word.length && word.charCodeAt(i) !== word.charCodeAt(i - 1)) i++;
  return i >= word.length ? word : word.replace(/(.)\1+/g, '$1');
}
