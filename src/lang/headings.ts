// The headings of Government of Canada documents that translate without a word in common
// (`News release` / `Communiqué`, `Contacts` / `Personnes-ressources`): the aligner has no other
// evidence that two such lines, stacked or in two blocks, are each other's translation. Forms from
// Canada.ca's news products and the meeting documents of the Translation Bureau's guides.

import { fold } from './dictionary.js';

const HEADINGS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['news release'], ['communiqué', 'communiqué de presse']],
  [['media advisory'], ['avis aux médias']],
  [['backgrounder'], ['document d’information', 'fiche d’information']],
  [['statement'], ['déclaration']],
  [['speech'], ['discours']],
  [['quick facts'], ['les faits en bref', 'faits en bref']],
  [['associated links', 'related links'], ['liens connexes', 'liens associés']],
  [['related products'], ['produits connexes']],
  [['contacts', 'contact', 'media contacts', 'contact information'], ['personnes-ressources', 'personne-ressource', 'coordonnées']],
  [['media relations'], ['relations avec les médias']],
  [['note to media', 'note to editors'], ['note aux médias', 'note aux rédacteurs']],
  [['agenda'], ['ordre du jour']],
  [['minutes'], ['procès-verbal', 'compte rendu']],
  [['record of decisions'], ['compte rendu des décisions', 'relevé des décisions']],
  [['action items'], ['mesures de suivi', 'suivis']],
  [['regrets'], ['absences', 'excusés', 'absents']],
  [['adjournment'], ['levée de la séance', 'clôture de la séance']],
  [['other business'], ['affaires diverses', 'autres questions', 'divers', 'varia']],
  [['health break'], ['pause santé']],
  [['opening remarks'], ['mot d’ouverture']],
  [['closing remarks'], ['mot de la fin']],
];

/** A heading's form for lookup: small letters, accents kept, one kind of apostrophe, no marks around. */
function headingForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/'/g, '’')
    .replace(/[^\p{L}’-]+/gu, ' ')
    .trim();
}

/**
 * Each form, as written and without its accents (`COMMUNIQUE`), to its heading's id and the
 * language it is written in (`contacts` is English; French writes `personnes-ressources`); no
 * language for a form both languages list.
 */
const BY_FORM = new Map<string, { id: number; lang: 'en' | 'fr' | null }>();
HEADINGS.forEach(([en, fr], id) => {
  for (const [forms, lang] of [
    [en, 'en'],
    [fr, 'fr'],
  ] as const) {
    for (const f of forms) {
      for (const k of [headingForm(f), fold(headingForm(f))]) {
        const known = BY_FORM.get(k);
        BY_FORM.set(k, { id, lang: known && known.lang !== lang ? null : lang });
      }
    }
  }
});

/** Longest text looked up as a heading. */
const HEADING_MAX = 40;

/** The heading a text is, as written or without its accents; undefined for any other text. */
function headingOf(text: string): { id: number; lang: 'en' | 'fr' | null } | undefined {
  if (text.length > HEADING_MAX) return undefined;
  const form = headingForm(text);
  return BY_FORM.get(form) ?? BY_FORM.get(fold(form));
}

/**
 * The id of a document heading a text is (`NEWS RELEASE`, `Communiqué :`), the same for a heading
 * and its translation; −1 for any other text.
 */
export function documentHeading(text: string): number {
  return headingOf(text)?.id ?? -1;
}

/** The language a document heading is written in (`Contacts`: English), or null. */
export function documentHeadingLang(text: string): 'en' | 'fr' | null {
  return headingOf(text)?.lang ?? null;
}
