// repeated-word: a word written twice in a row (`the the`, `de de`), usually at a line break or
// after an edit, with the repetitions that grammar or style allows left alone:
//  - French: reflexive and object pronouns after a subject pronoun (`nous nous sommes`, `vous
//    vous êtes`), the gerund before the pronoun en (`en en parlant`), the causative `faire faire`,
//    the pronoun before `un peu` (`un un peu plus petit`), emphatic `très très`, `non non`;
//  - English: the past perfect of have (`had had`), the conjunction before a demonstrative
//    (`that that`), emphatic do (`what they do do`), `her her` (`gave her her book`),
//    `long long ago`, `very very`, interjections;
//  - a capitalised second word (`Walla Walla`, `de De Gaulle`): a name;
//  - three times or more (`evil evil evil`): emphasis or a refrain;
//  - across a column gap of three spaces or more (`Queensway Avenue      avenue Queensway`): two cells.
// The exceptions are an option, so a team can add its own; the French ones hold in English text
// too (a French example quoted on an English page).

import { defineCheck, type CheckContext } from './types.js';
import type { Segment } from '../core/types.js';
import { fixable } from './util/spans.js';
import { words as wordsOf } from './util/words.js';
import { REPEATS_A_WORD, onlySpaces, sameWord, wordPass } from './util/word-pass.js';

export default defineCheck({
  id: 'repeated-word',
  description: 'No word written twice in a row (French and English exceptions allowed)',
  severity: 'warning',
  options: {
    exceptions: {
      en: ['had', 'that', 'do', 'her', 'long', 'very', 'really', 'so', 'no', 'bye', 'ha', 'ho', 'lol', 'blah', 'bling', 'knock', 'tut', 'tsk', 'chop', 'go', 'la'],
      fr: ['nous', 'vous', 'très', 'si', 'non', 'oui', 'là', 'ha', 'ho', 'bling', 'toc', 'chut', 'pan', 'faire', 'bof'],
    },
  },
  fixable: true,
  help: `A doubled word ("the the", "de de") is almost always a slip, often where a line was
wrapped or a sentence edited. Repetitions that grammar allows are not flagged: French "nous nous
sommes réunis", "vous vous êtes", "en en parlant", "faire faire"; English "had had", "that that",
"gave her her book"; emphatic "very very", "non non"; a capitalised second word, which starts a
name ("Walla Walla", "de De Gaulle"); and a word said three times or more. The \`exceptions\`
option lists the allowed words per language.

The fix removes the second word.

Example: "Réunion de de juillet" → "Réunion de juillet".`,
  check(ctx) {
    const { en, fr } = ctx.pair;
    if (en) side(ctx, 'en', en);
    if (fr && fr !== en) side(ctx, 'fr', fr);
  },
});

function side(ctx: CheckContext, side: 'en' | 'fr', seg: Segment): void {
  if (seg.lang === 'und') return;
  // Most texts repeat no word: the pass over their words (shared with the language tests)
  // settles it before any word list is made.
  if ((wordPass(seg) & REPEATS_A_WORD) === 0) return;
  scan(ctx, side, seg, exceptionsOf(ctx.options)[side]);
}

/** The exceptions of a check's options, lower-cased once per options object. */
const exceptionSets = new WeakMap<object, Record<'en' | 'fr', Set<string>>>();

function exceptionsOf(options: Record<string, unknown>): Record<'en' | 'fr', Set<string>> {
  let sets = exceptionSets.get(options);
  if (!sets) {
    const ex = (options.exceptions ?? {}) as { en?: string[]; fr?: string[] };
    // French quoted on an English page (`Nous nous sommes entretenus…` as an example) keeps its
    // grammar: the French exceptions hold in English text too. Not the reverse: the English `la la`
    // of a song is a slip in French (`la la réunion`).
    const fr = (ex.fr ?? []).map((w) => w.toLowerCase());
    sets = { en: new Set([...(ex.en ?? []).map((w) => w.toLowerCase()), ...fr]), fr: new Set(fr) };
    exceptionSets.set(options, sets);
  }
  return sets;
}

/** Whether words a and b are the same, case aside (lengths compared first: most differ). */
function same(text: string, spans: Int32Array, a: number, b: number): boolean {
  const n = spans[2 * a + 1] - spans[2 * a];
  return spans[2 * b + 1] - spans[2 * b] === n && sameWord(text, spans[2 * a], spans[2 * b], n);
}

/** Spaces that set two columns apart rather than two words. */
const COLUMN_GAP = 3;

function scan(ctx: CheckContext, side: 'en' | 'fr', seg: Segment, allowed: Set<string>): void {
  const text = seg.text;
  const { spans, count } = wordsOf(seg.text);
  for (let k = 0; k + 1 < count; k++) {
    if (!same(text, spans, k, k + 1) || !onlySpaces(text, spans[2 * k + 1], spans[2 * k + 2])) continue;
    // Three spaces or more part two cells of a row (`Queensway Avenue      avenue Queensway`).
    if (spans[2 * k + 2] - spans[2 * k + 1] >= COLUMN_GAP) continue;
    const w = text.slice(spans[2 * k], spans[2 * k + 1]).toLowerCase();
    // Where the run ends: three times or more is emphasis, not a slip.
    let j = k + 1;
    while (j + 1 < count && same(text, spans, j, j + 1) && onlySpaces(text, spans[2 * j + 1], spans[2 * j + 2])) j++;
    const first = k;
    k = j;
    if (j - first > 1 || allowed.has(w)) continue;
    // `en en` only before a gerund (`en en parlant`) or a compound (`en en-tête`): a slip elsewhere
    // (`des discussions en en petits groupes`).
    if (w === 'en' && enBeforeGerund(text, spans, count, j)) continue;
    // `un un` only before `peu` (`j'en veux un un peu plus petit`): a slip elsewhere (`délivrée par
    // un un gouvernement`).
    if (w === 'un' && j + 1 < count && text.slice(spans[2 * j + 2], spans[2 * j + 3]).toLowerCase() === 'peu') continue;
    // Letters masking digits are no words (`XXX XXX 418`, a social insurance number masked).
    if (MASK.test(w)) continue;
    // One-letter words are initials and enumerators (`J J Thomson`), except à, y and English a.
    if (w.length === 1 && !(w === 'à' || w === 'y' || (w === 'a' && side === 'en'))) continue;
    const a = text.slice(spans[2 * first], spans[2 * first + 1]);
    const b = text.slice(spans[2 * j], spans[2 * j + 1]);
    // Capitalised pairs in running text are names (`Walla Walla`), and so is a capitalised
    // second word (`de De Gaulle`); a sentence-initial capital is not (`The the`).
    if (isCapitalised(b) && !isUpper(b)) continue;
    const start = spans[2 * first];
    const from = spans[2 * first + 1];
    const to = spans[2 * j + 1];
    const fix = fixable(seg, from, to) ? { side, from, to, text: '' } : undefined;
    ctx.report({
      message: `${side === 'en' ? 'English' : 'French'} word repeated: expected "${a}", found "${text.slice(start, to)}"`,
      [side]: { from: start, to },
      suggestion: a,
      ...(fix ? { fix } : {}),
    });
  }
}

/** Whether the `en` of word j stands before a gerund (a word in -ant) or starts a hyphenated compound. */
function enBeforeGerund(text: string, spans: Int32Array | number[], count: number, j: number): boolean {
  const end = spans[2 * j + 1];
  if (text.charCodeAt(end) === 45 || text.charCodeAt(end) === 0x2010) return true;
  if (j + 1 >= count) return false;
  const next = text.slice(spans[2 * j + 2], spans[2 * j + 3]).toLowerCase();
  return /ants?$/.test(next);
}

/** A run of one masking letter (`XXX`, `***` is no word at all). */
const MASK = /^(?:x+|\*+)$/;

function isCapitalised(w: string): boolean {
  return w[0] !== w[0].toLowerCase();
}

function isUpper(w: string): boolean {
  return w === w.toUpperCase() && w !== w.toLowerCase() && w.length > 1;
}
