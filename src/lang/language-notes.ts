// Notes that point to the other language's version of a text.

/**
 * A note that points to the other language's version (`Français`, `English version follows`,
 * `The English version precedes`, `This report is also available in English`): written in the
 * language its reader needs, it has no counterpart and is not a translation slip.
 */
const LANGUAGE_NOTE = new RegExp(
  [
    // `English`, `The English version follows`, `The English version precedes`, `Back to English`, `French version above`
    "^\\(?(?:(?:go|back|skip|jump) to |see |read |in )?(?:the )?(?:english|french)(?: (?:version|text))?(?: (?:follows|precedes|below|above|is (?:above|below)))?\\)?[.:!]?$",
    // `Français`, `La version française suit`, `La version anglaise précède`, `Retour au français`, `L'anglais suit`
    "^\\(?(?:(?:aller|passer|retour|retourner) (?:à la |au |à l['’])|voir la |lire la )?(?:(?:la )?version |le texte |le |l['’])?(?:française|anglaise|français|francais|anglais|en français)(?: (?:suit|précède|ci-dessous|ci-dessus|plus bas|plus haut))?\\)?[.:!]?$",
    // A link's note, in parentheses, that its page is in the other language only (`(page en
    // anglais)`, `(en anglais seulement)`, `(English only)`): the other version needs none. A
    // label `English only` is text to translate.
    "^\\((?:(?:page|site|lien|document|vidéo|contenu)s? )?(?:en )?(?:anglais|français|francais)(?: (?:seulement|uniquement))?\\)[.:!]?$",
    "^\\((?:in )?(?:english|french)(?: only)?\\)[.:!]?$",
    // Not a service offered in both languages (`available in English and French`).
    'available in (?:english|french)(?! (?:and|or|&) (?:in )?(?:english|french))',
    'disponible en (?:français|anglais)(?! (?:et|ou) (?:en )?(?:français|anglais))',
    '(?:english|french) version (?:is )?available',
    'version (?:française|anglaise) (?:est )?disponible',
  ].join('|'),
  'i',
);

/**
 * The same note in other words, on a short line: `Le français suit l'anglais`, `The French text
 * follows the English`, `Message en français ci-dessous`; not a sentence that quotes it
 * (`Écrire « Le français suit l'anglais »`).
 */
const SHORT_LANGUAGE_NOTE =
  /^\(?[^()«»"“”]*\b(?:english|french)\b[^()«»"“”]*\b(?:follows|precedes|below|above)\b[^()«»"“”]*\)?[.:!]?$|^\(?[^()«»"“”]*(?:\bfrançaise?|\banglaise?)\b[^()«»"“”]*(?:\bsuit|\bprécède|ci-dessous|ci-dessus|plus bas|plus haut)\b[^()«»"“”]*\)?[.:!]?$/i;

export function isLanguageNote(text: string): boolean {
  // No-break spaces hold a note together on its line (`(page\u00a0en\u00a0anglais)`).
  // Rules drawn around it set it off as a divider (`— Version française —`, `=== English ===`).
  const t = text
    .trim()
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/^[-–—=*~_\s]+(?=\S)|(?<=\S)[-–—=*~_\s]+$/g, '');
  return LANGUAGE_NOTE.test(t) || (t.length <= 60 && SHORT_LANGUAGE_NOTE.test(t));
}
