// Cognates as Simard, Foster and Isabelle (1992) count them between English and French: two words
// of four letters or more that begin with the same four letters once case and accents are set
// aside (`detour` / `détour`, `signs` / `signalisation`, `Beckwith` / `Beckwith`). Many content
// words of the two languages are such pairs, and names and numbers-with-words are copied as they
// are, so a sentence's cognates show where its content went in a translation without a lexicon.

import type { DictLang } from '../../lang/dictionary.js';
import { isFunctionWord } from '../../lang/splitter.js';

const WORD4 = /\p{L}{4,}/gu;

/** The four-letter beginnings (lower case, accents left out) of a text's content words. */
export function cognateKeys(text: string, lang: DictLang): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD4)) {
    if (isFunctionWord(m[0], lang)) continue;
    out.add(
      m[0]
        .slice(0, 6)
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .slice(0, 4)
        .toLowerCase(),
    );
  }
  return out;
}
