// length-ratio: a French side much shorter than its English (a possible omission), or much longer
// (a possible addition, or a pair that is not a translation at all).
//
// The model: French runs about 14 % longer than English (36,828 professional pairs of TICO-19 and
// the OPUS-MT test sets: 1.137 by characters), but short segments vary far more than long ones
// (`To be determined` / `À venir` is 0.44). So the log of the length ratio, smoothed by a few
// characters, is compared with an allowance that shrinks as the segment grows:
//     ln((fr + k) / (en + k))  <  ln(expectedRatio) − (allowance + shortAllowance / √en)
// With the defaults (k = 5, allowance 0.4, shortAllowance 2) a French side is flagged below 40 %
// of the expected length at 30 English characters, 53 % at 100, 57 % at 200 and 62 % at 1,000;
// English under 30 characters is not judged (labels vary too much; split sentences leave
// fragments there). On the OPUS-MT news and Tatoeba pairs this flags
// 1.0 and 0.1 pairs per thousand, and most of those are real omissions or alignment errors of the
// corpus (a byline given as the translation of a paragraph).

import { defineCheck } from './types.js';
import type { Segment } from '../core/types.js';
import { segmentTranslatable } from './util/translatable.js';
import { severityOption } from './util/values-compare.js';

const SMOOTHING = 5;

function isBlank(c: number): boolean {
  return c <= 32 ? c === 32 || c === 9 || c === 10 || c === 13 : c === 0xa0 || c === 0x202f;
}

/** Two blanks in a row: without them, and without blanks at the ends, the length is the text's. */
const TWO_BLANKS = /[ \t\n\r\u00a0\u202f]{2}/;

/** Labels opening a line (`Subject: RE: FW:`), and words with digits (codes, dates' numbers). */
const OPENING_LABELS = /^(?:[\p{L}.]+\s?:\s*)+/u;
const WITH_DIGITS = /\S*\d\S*/gu;
/** Two capitalised words or more in a row: a name (`Northwind Lake First Nation`). */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu;

/** A text without its opening labels, codes and names, its signs and runs of blanks (see the check). */
function translatedWords(text: string): string {
  return text.replace(OPENING_LABELS, '').replace(WITH_DIGITS, ' ').replace(NAME_RUN, ' ').replace(/[^\p{L}\p{M}'’]+/gu, ' ').trim();
}

/** Length with runs of white space counted as one and the ends trimmed. */
function length(seg: Segment): number {
  const t = seg.text;
  if (t.length > 0 && !isBlank(t.charCodeAt(0)) && !isBlank(t.charCodeAt(t.length - 1)) && !TWO_BLANKS.test(t)) return t.length;
  let n = 0;
  let space = true;
  for (let i = 0; i < t.length; i++) {
    if (isBlank(t.charCodeAt(i))) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return space && n > 0 ? n - 1 : n;
}

export default defineCheck({
  id: 'length-ratio',
  description: 'The French side is not much shorter (or longer) than usual for its English: a possible omission',
  severity: 'warning',
  options: { expectedRatio: 1.137, allowance: 0.4, shortAllowance: 2, minLength: 30, longer: 'info', longerMargin: 0.25, parallel: 'info' },
  fixable: false,
  help: `A translation much shorter than its source has often lost a sentence, a clause or a
list item; one much longer may carry something the source lacks, or not be its translation at all.

French is about 14 % longer than English on average (\`expectedRatio\` 1.137, measured on 36,828
professional translations), but short segments vary widely ("To be determined" / "À venir"). The
check compares the logarithm of the length ratio with an allowance that shrinks as the English
grows: \`allowance\` + \`shortAllowance\` / √(length). With the defaults, a French side is flagged when
it is under 40 % of the expected length at 30 characters, 53 % at 100, 57 % at 200. English
shorter than \`minLength\` characters is not judged. A much longer French side (\`longerMargin\` beyond the
same allowance) is reported at the \`longer\` severity (info; 'off' turns it off). In prose aligned
from two versions of a document (\`--parallel\`, a document in halves), where translators split,
merge and recast sentences and explain things for their own readers, a shorter French sentence is
reported at the \`parallel\` severity (info; 'off' turns it off); an omission there is missing-translation's finding
(a sentence with no counterpart, or dropped from a passage the aligner doubted).

Example: EN "Bring your health card and a list of your medications. Arrive fifteen minutes before
your appointment." / FR "Apportez votre carte santé." → FR is 27 characters for 102 (about 116
expected, at least 62).`,
  check(ctx) {
    const { en, fr } = ctx.pair;
    if (!en || !fr || en.lang === 'und' || fr.lang === 'und' || en.text === fr.text) return;
    const minLength = Number(ctx.options.minLength ?? 30);
    // White space only shortens the length: a short text is short without counting.
    if (en.text.length < minLength) return;
    const e = length(en);
    const f = length(fr);
    if (e < minLength || f === 0) return;
    const ratio = Number(ctx.options.expectedRatio ?? 1.137);
    const allowance = Number(ctx.options.allowance ?? 0.4) + Number(ctx.options.shortAllowance ?? 2) / Math.sqrt(e);
    const observed = Math.log((f + SMOOTHING) / (e + SMOOTHING));
    const expected = Math.round(e * ratio);
    const longer = ctx.options.longer ?? 'info';
    const margin = Number(ctx.options.longerMargin ?? 0.25);
    const shorter = observed < Math.log(ratio) - allowance;
    if (!shorter && (longer === 'off' || !(observed > Math.log(ratio) + allowance + margin))) return;
    // Most pairs are within bounds: whether the sides are text to translate is asked only now.
    if (!segmentTranslatable(en) || !segmentTranslatable(fr)) return;
    // Both sides on one line: what the line writes once for both (a subject's labels, a file's
    // code, a community's name) is on the side the cut gave it to. The words left to translate
    // are measured (`Subject: RE: BWA-ON-2026-114 - Northwind Lake First Nation - sampling
    // results / résultats d'échantillonnage`).
    if (ctx.pair.method === 'inline' && shorter && translatedWords(en.text).length < minLength) return;
    if (shorter) {
      const least = Math.ceil((e + SMOOTHING) * ratio * Math.exp(-allowance) - SMOOTHING);
      const parallel = ctx.pair.method === 'parallel' ? severityOption(ctx.options.parallel, 'info') : null;
      if (parallel === 'off') return;
      ctx.report({
        message: `FR is much shorter than its EN: ${f} characters for ${e} (about ${expected} expected, at least ${least}); part of the text may be missing`,
        en: 'whole',
        fr: 'whole',
        ...(parallel ? { severity: parallel } : {}),
      });
      return;
    }
    const most = Math.floor((e + SMOOTHING) * ratio * Math.exp(allowance + margin) - SMOOTHING);
    ctx.report({
      message: `FR is much longer than its EN: ${f} characters for ${e} (about ${expected} expected, at most ${most}); it may add text, or not translate this EN`,
      en: 'whole',
      fr: 'whole',
      severity: longer === 'error' || longer === 'warning' ? longer : 'info',
    });
  },
});
