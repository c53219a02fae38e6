// untranslated: the French side is English (or the English side French), or a copy of the other
// side where a translation was due.
//
// Identical sides are often right: `Introduction`, `Ottawa`, `Commander`, names, codes, numbers,
// URLs, titles of works (`Game of Thrones`). A copy is reported when its words are English beyond
// doubt (the per-word log-odds of src/lang/identify.ts) and it is neither a name nor a title.
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
import { segmentScore, clearlyEnglish, clearlyFrench, looksEnglish, looksFrench } from './util/segment-lang.js';
import { isLanguageNote, isReference, segmentTranslatable } from './util/translatable.js';
import { words as wordsOf } from './util/words.js';

const QUOTED = /"[^"]*"|“[^”]*”|«[^»]*»|‘[^’]*’/gu;
/** Evidence so strong that no overlap with the other side is needed. */
const OVERWHELMING = 8;

function normalise(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').replace(/[\s.:;!?…]+$/u, '').trim();
}

/** Every word of four letters or more capitalised: a name, a title, a headline. */
function titleCase(seg: Segment): boolean {
  const w = wordsOf(seg.text);
  let long = 0;
  for (let k = 0; k < w.count; k++) {
    const s = w.spans[2 * k];
    if (w.spans[2 * k + 1] - s < 4) continue;
    long++;
    const c = seg.text[s];
    if (c === c.toLowerCase()) return false;
  }
  return long > 0;
}

/** The text without quoted passages, for language evidence. */
function unquoted(text: string): string {
  return text.replace(QUOTED, ' ');
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
codes, numbers and URLs are legitimately the same in both languages. Quoted passages do not count
as evidence.

Example: EN "Submit your application" / FR "Submit your application" → the French side is a copy
of the English.`,
  check(ctx) {
    const { en, fr } = ctx.pair;
    if (!en || !fr || ctx.pair.method === 'shared' || en.lang === 'und' || fr.lang === 'und') return;
    if (!segmentTranslatable(en) || !segmentTranslatable(fr)) return;
    if (Math.abs(en.text.length - fr.text.length) <= 4 && en.text.charAt(0).toLowerCase() === fr.text.charAt(0).toLowerCase() && normalise(en.text) === normalise(fr.text)) {
      copy(ctx, en, Number(ctx.options.minScoreCopy ?? 2.5));
      return;
    }
    const minScore = Number(ctx.options.minScore ?? 3);
    const minOverlap = Number(ctx.options.minOverlap ?? 0.5);
    // Most pairs are settled by a glance at their function words, before any scoring: a side is
    // scored only if it has the other language's function words, or shares its words with the
    // other side.
    let near: boolean | undefined;
    const isNear = () => (near ??= overlap(en, fr) >= minOverlap);
    if (!looksFrench(fr) && !titleCase(fr) && (looksEnglish(fr) || isNear())) {
      const s = evidence(fr);
      if (clearlyEnglish(s, minScore) && ((s.score <= -OVERWHELMING && s.known >= 5) || isNear()) && !exempt(en, fr)) {
        ctx.report({ message: 'FR side is in English: expected a French translation, found English text', fr: 'whole' });
        return;
      }
    }
    if (!looksEnglish(en) && !titleCase(en) && (looksFrench(en) || isNear())) {
      const s = evidence(en);
      if (clearlyFrench(s, minScore) && ((s.score >= OVERWHELMING && s.known >= 5) || isNear()) && !exempt(en, fr)) {
        ctx.report({ message: 'EN side is in French: expected English text, found French', en: 'whole' });
      }
    }
  },
});

/** Language notes and references are in the language they must be in. */
function exempt(en: Segment, fr: Segment): boolean {
  return isLanguageNote(fr.text) || isLanguageNote(en.text) || isReference(fr.text) || isReference(en.text);
}

function copy(ctx: CheckContext, en: Segment, minScore: number): void {
  const words = wordsOf(en.text).count;
  const s = segmentScore(en);
  if (s.score > -minScore || s.maxFr >= 1) return;
  // One word: a name unless the lexicon knows it (`Ottawa` no, `Summary` yes). Several: a name or
  // a title when written in title case (`Microsoft Teams`, `Game of Thrones`).
  if (words === 1 ? s.known === 0 : titleCase(en)) return;
  if (isLanguageNote(en.text) || isReference(en.text)) return;
  ctx.report({ message: 'FR is a copy of EN: expected a French translation, found the English text', en: 'whole', fr: 'whole' });
}
