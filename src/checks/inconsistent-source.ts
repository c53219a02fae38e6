// inconsistent-source: one translation used for different source texts, across all the files of
// a run. Pairs are grouped by their French after normalising case, spacing, no-break spaces and
// punctuation, with numbers masked; when the English of a group differs, the English most of the
// group has is the reference and the others are reported (two sources sharing a translation is
// either a wrong translation or a wrong source).

import { defineCheck, type CorpusContext } from './types.js';
import { quote, quoteDifference, where } from '../tm/consistency.js';
import { anotherNumberOnly, disagreeingGroups, dominantKey, gatherKeys, glueWordsOnly, leadingArticleOnly, otherContext, otherDocument, formsOfOneEntry, spacingOnly, replyPrefixOnly, salutationsOnly, extraWordsTranslated, type KeyedMember } from './util/consistency-keys.js';

export default defineCheck({
  id: 'inconsistent-source',
  description: 'One translation is used for one source text only',
  severity: 'warning',
  fixable: false,
  help: `When two different English texts have the same French translation, one of them is
often mistranslated ("Deputy Minister" and "Assistant Deputy Minister" both as "sous-ministre"), or
the English was changed without the French. Texts are compared after normalising case, spacing,
no-break spaces and punctuation, with numbers masked. The English most of the group has is taken
as the reference; pairs with another English are reported, unless the two differ only in their
spaces (words run together, which glued-words reports) or only in their numbers on both sides
("First year" / "1re année" and "Second year" / "2e année": one text with another number).

Example: "sous-ministre" translates "Assistant Deputy Minister" here, "Deputy Minister" in
2 other places.`,
  gather: gatherKeys,
  checkCorpus(ctx: CorpusContext) {
    for (const members of disagreeingGroups(ctx.pairs, 'fr', ctx.memo).values()) {
      const variants = new Map<number, KeyedMember[]>();
      for (const m of members) {
        let list = variants.get(m.otherKey);
        if (!list) variants.set(m.otherKey, (list = []));
        list.push(m);
      }
      if (variants.size < 2) continue;
      const refKey = dominantKey(variants);
      const refs = variants.get(refKey)!;
      const shown = refs.slice(0, 3).map((r) => where(r.pair, 'en'));
      const places = `${refs.length === 1 ? 'another place' : `${refs.length} other places`} (${shown.join(', ')}${refs.length > 3 ? ', …' : ''})`;
      for (const [k, list] of variants) {
        if (k === refKey) continue;
        for (const m of list) {
          const pair = m.pair;
          // Words run together in one of the sources: glued-words' finding.
          if (spacingOnly(pair.en!.text, refs[0].pair.en!.text)) continue;
          // One text with another number, written in words on one side: not two sources.
          if (anotherNumberOnly(pair, refs[0].pair)) continue;
          // A heading without the article an item or a sentence keeps: the same source.
          if (leadingArticleOnly(pair.en!.text, refs[0].pair.en!.text, 'en')) continue;
          // The singular and plural of one catalog entry (`%d alert` / `%d alerts`, `%d avis`).
          if (refs.some((r) => formsOfOneEntry(pair, r.pair))) continue;
          // The same words in another phrase (`On Thursday, May 7` / `Tuesday, May 5`): one
          // translation may serve both.
          if (glueWordsOnly(pair.en!.text, refs[0].pair.en!.text, 'en')) continue;
          // A reply's subject (`RE: …`) and its first message's.
          if (replyPrefixOnly(pair.en!.text, refs[0].pair.en!.text)) continue;
          // Greetings or closings of one kind (`Hello,` / `Good morning,`, both `Bonjour,`).
          if (salutationsOnly(pair.en!.text, refs[0].pair.en!.text)) continue;
          // One source with a word or two more, which the French says (`Mobile phone number`).
          if (extraWordsTranslated(pair.en!.text, refs[0].pair.en!.text, pair.fr!.text)) continue;
          const [here, there] = quoteDifference(pair.en!.text, refs[0].pair.en!.text);
          ctx.report({
            pair,
            message: `${quote(pair.fr!.text)} translates ${here} here, ${there} in ${places}`,
            // Another msgctxt, or another document, allows another wording: worth a look.
            ...(otherContext(pair, refs[0].pair) || otherDocument(pair, refs.map((r) => r.pair)) ? { severity: 'info' as const } : {}),
            en: 'whole',
            fr: 'whole',
            related: refs.map((r) => ({ place: r.pair.en!.place, text: r.pair.en!.text })),
          });
        }
      }
    }
  },
});
