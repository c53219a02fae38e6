// How French writes a street in an address: the street type first, in small letters (`rue Slater`,
// `promenade Colonel By`), after the civic number and its comma (`344, rue Slater`). English puts
// the type last (`Slater Street`): a street written the French way is a sign of French text.

import { PROVINCES } from './provinces.js';

/** French street types, as a pattern's alternatives (`av.`, `boul.` and `ch.` abbreviated). */
export const FRENCH_STREET_TYPES = 'rue|avenue|av\\.|boulevard|boul\\.|chemin|ch\\.|promenade|place|route|rang|allée|croissant|impasse|montée|côte|quai|terrasse|sentier|voie|carré|cour';

/**
 * A civic number opening the line or after a comma, a colon or a dash, its comma, a street type
 * in small letters and the street's name or number, a particle between (`391, avenue York`,
 * `8642, route 114`, `12, rue de la Gare`, `Adresse : 2, place d'Youville`; not `On June 5, route
 * 7…` nor `By April 6, place your bags…`): an address as French writes it.
 */
export const FRENCH_CIVIC_ADDRESS = new RegExp(`(?:^|[,:–—-]\\s*)\\d+[A-Z]?, (?:${FRENCH_STREET_TYPES})\\s+(?:(?:de la|de|du|des|d['’])\\s*)?(?:\\p{Lu}|\\d)`, 'u');

/** A postal box as French writes it (`C.P. 1500`, `case postale 42`; English: `P.O. Box 1500`). */
export const FRENCH_POSTAL_BOX = /^(?:C\.\s?P\.|case postale)\s*\d+/iu;

/** Canada Post's province and territory codes. */
const PROVINCE_CODES = 'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT';

/**
 * A civic number without its comma (`2757 chemin de Saint-Jean-des-Piles`, `250 de la
 * Cité-des-Jeunes Boulevard`), and a province code after a comma (`Shawinigan, QC`): a Quebec
 * street written in an English address, which French would write `2757, chemin …, Shawinigan
 * (Québec)`.
 */
export const ENGLISH_FORMAT_ADDRESS = new RegExp(`^\\d+[A-Z]? \\p{L}[^,]*,.*,\\s*(?:${PROVINCE_CODES})\\b`, 'u');

/** A Canadian postal code, its space or not (`G8H 2N1`), as a pattern's source. */
const POSTAL_CODE = String.raw`[A-Z]\d[A-Z]\s?\d[A-Z]\d`;

/** English street types, written after the street's name (`Slater Street`, `Saint-Joseph Boulevard`). */
const ENGLISH_STREET_TYPES = 'Street|St\\.|Avenue|Ave\\.|Boulevard|Blvd\\.?|Road|Rd\\.|Drive|Dr\\.|Crescent|Cres\\.|Lane|Way|Court|Parkway|Highway|Terrace|Place|Square';

/** Characters of a line that is a street's name alone, at most. */
const STREET_NAME_MAX = 60;
/** A street's name then its type, alone on a line (`WELLINGTON STREET`, `Sparks Street`). */
const ENGLISH_STREET_NAME = new RegExp(`^((?:[\\p{L}'’.-]+\\s+){1,3})(?:${ENGLISH_STREET_TYPES})$`, 'iu');
/** A street's type then its name, alone on a line (`RUE WELLINGTON`, `rue Sparks`). */
const FRENCH_STREET_NAME = new RegExp(`^(?:${FRENCH_STREET_TYPES})\\s+((?:[\\p{L}'’.-]+\\s*){1,3})$`, 'iu');

/**
 * Whether two lines name one street, each as its language writes it (`WELLINGTON STREET` /
 * `RUE WELLINGTON`, in either order): a heading and its translation.
 */
export function streetNameTwins(a: string, b: string): boolean {
  // Asked of every two lines one over the other: longer lines are never a street's name alone.
  if (a.length > STREET_NAME_MAX || b.length > STREET_NAME_MAX) return false;
  const name = (text: string, re: RegExp): string | null => re.exec(text.trim())?.[1].trim().toLowerCase() ?? null;
  const en = name(a, ENGLISH_STREET_NAME) ?? name(b, ENGLISH_STREET_NAME);
  const fr = name(b, FRENCH_STREET_NAME) ?? name(a, FRENCH_STREET_NAME);
  return en !== null && en === fr;
}

/**
 * A civic number without its comma, the street's name, then its type (`1200 Saint-Joseph
 * Boulevard`, `4920 52nd Street, 8th Floor`, `750 des Ruisseaux Boulevard`, `182 de l'Église
 * Street`): a street as English writes it.
 */
export const ENGLISH_STREET_LINE = new RegExp(`^\\d+[A-Z]?\\s+(?:(?:(?:[ld]['’])?[\\p{Lu}\\d][\\p{L}\\d'’.-]*|de|des|du|la|le|of|the)\\s+){1,4}(?:${ENGLISH_STREET_TYPES})(?=[\\s,.]|$)`, 'u');

/**
 * A place, a comma, then its province's English name or code, a postal code after it or not
 * (`Roberval, QC  G8H 2N1`, `Thunder Bay, Ontario`): a place as English writes it; French puts
 * the province in parentheses (`Roberval (Québec)  G8H 2N1`).
 */
export const PLACE_COMMA_PROVINCE = new RegExp(`^\\p{Lu}[\\p{L}.'’ -]*, (?:${PROVINCES.flatMap((p) => p.en).map((n) => n.replace(/\./g, '\\.')).join('|')})(?:\\s+${POSTAL_CODE})?$`, 'u');

/**
 * A place, its province's two-letter code and its postal code, as Canada Post writes an address's
 * last line in either language (`Gaspé QC  G4X 1B4`): English in an English half, where French
 * would mostly write the province in parentheses.
 */
export const PLACE_CODE_POSTAL = new RegExp(`^\\p{Lu}[\\p{L}.'’ -]*\\s(?:${PROVINCE_CODES})\\s+${POSTAL_CODE}$`, 'u');

/**
 * A place and its province's French name or abbreviation in parentheses, the whole line save a
 * postal code (`Winnipeg (Manitoba)  R3H 0W9`, `Inuvik (Territoires du Nord-Ouest)`, `Caraquet
 * (N.-B.)  E1W 1B6`): French writes a province so, English after a comma (`Winnipeg, Manitoba`).
 */
export const PLACE_AND_PROVINCE = new RegExp(
  `^\\p{Lu}[\\p{L}.'’ -]*\\s\\((?:${PROVINCES.flatMap((p) => p.fr).map((n) => n.replace(/\./g, '\\.')).join('|')})\\)(?:\\s+${POSTAL_CODE})?$`,
  'u',
);

/**
 * A civic address ending the line, a name or a label before it or not, as English writes it: the
 * number, the street's name and type (or a Quebec street's French type and name, the number
 * without its comma: `253 chemin Principal`), then the place and the postal code (`2. Alta Vista
 * Branch – 2516 Alta Vista Drive, Ottawa, Ontario  K1H 7V5`).
 */
export const ENGLISH_FULL_ADDRESS = new RegExp(
  `(?:^|[,:–—-]\\s*)\\d+[A-Z]?\\s+(?:(?:(?:(?:[ld]['’])?[\\p{Lu}\\d][\\p{L}\\d'’.-]*|de|des|du|la|le|of|the)\\s+){1,4}(?:${ENGLISH_STREET_TYPES})(?=[\\s,.])|(?:${FRENCH_STREET_TYPES})\\s+\\p{Lu}).*,.*\\s${POSTAL_CODE}$`,
  'u',
);

/**
 * The same as French writes it: the number and its comma, the street's type and name, then the
 * place and the postal code (`2. Succursale Alta Vista – 2516, promenade Alta Vista, Ottawa
 * (Ontario)  K1H 7V5`).
 */
export const FRENCH_FULL_ADDRESS = new RegExp(
  `(?:^|[,:–—-]\\s*)\\d+[A-Z]?, (?:${FRENCH_STREET_TYPES})\\s+(?:(?:de la|de|du|des|d['’])\\s*)?(?:\\p{Lu}|\\d).*\\s${POSTAL_CODE}$`,
  'u',
);

/** A line that is a French postal box and nothing else, a station's name after it or not (`C.P. 1500`, `Case postale 42, succursale B`). */
export const FRENCH_POSTAL_BOX_LINE = new RegExp(`${FRENCH_POSTAL_BOX.source}(?:,\\s*succursale\\s+[\\p{L}\\d-]+)?\\.?$`, 'iu');

const POSTAL_CODE_AT_END = new RegExp(`${POSTAL_CODE}$`);
const POSTAL_CODES = new RegExp(`\\b${POSTAL_CODE}\\b`, 'g');

/** The postal codes a line gives, their space taken out (`G1R4M8`). */
export function postalCodes(text: string): string[] {
  return (text.match(POSTAL_CODES) ?? []).map((c) => c.replace(/\s/, ''));
}

/** The postal code that ends a line of a place, its space taken out (`G8H2N1`), or ''. */
export function postalCodeAtEnd(text: string): string {
  return POSTAL_CODE_AT_END.exec(text)?.[0].replace(/\s/, '') ?? '';
}

/**
 * Street types of both languages (folded words, abbreviations without their period) and the
 * cardinal points after a street's name: set aside when two streets' names are compared.
 */
export const STREET_TYPE_WORDS: ReadonlySet<string> = new Set(
  [...FRENCH_STREET_TYPES.split('|'), ...ENGLISH_STREET_TYPES.split('|'), 'est', 'ouest', 'nord', 'sud', 'east', 'west', 'north', 'south'].map((t) =>
    t.replace(/\\\./g, '').replace(/\?$/, '').toLowerCase(),
  ),
);
