// The provinces and territories of Canada, as each language writes them.

/**
 * The provinces and territories of Canada. French: the name and the abbreviation of the Bureau de
 * la traduction (Clés de la rédaction; `Qc`, not `Qué.` nor the postal `QC`). English: the name,
 * the traditional abbreviation and the Canada Post symbol (Writing Tips Plus).
 */
export const PROVINCES: ReadonlyArray<{ fr: readonly string[]; en: readonly string[] }> = [
  { fr: ['Alberta', 'Alb.'], en: ['Alberta', 'Alta.', 'AB'] },
  { fr: ['Colombie-Britannique', 'C.-B.'], en: ['British Columbia', 'B.C.', 'BC'] },
  { fr: ['Île-du-Prince-Édouard', 'Î.-P.-É.'], en: ['Prince Edward Island', 'P.E.I.', 'PE'] },
  { fr: ['Manitoba', 'Man.'], en: ['Manitoba', 'Man.', 'MB'] },
  { fr: ['Nouveau-Brunswick', 'N.-B.'], en: ['New Brunswick', 'N.B.', 'NB'] },
  { fr: ['Nouvelle-Écosse', 'N.-É.'], en: ['Nova Scotia', 'N.S.', 'NS'] },
  { fr: ['Nunavut', 'Nt'], en: ['Nunavut', 'NU'] },
  { fr: ['Ontario', 'Ont.'], en: ['Ontario', 'Ont.', 'ON'] },
  { fr: ['Québec', 'Qc'], en: ['Quebec', 'Québec', 'Que.', 'QC'] },
  { fr: ['Saskatchewan', 'Sask.'], en: ['Saskatchewan', 'Sask.', 'SK'] },
  { fr: ['Terre-Neuve-et-Labrador', 'T.-N.-L.'], en: ['Newfoundland and Labrador', 'Newfoundland', 'N.L.', 'Nfld.', 'NL'] },
  { fr: ['Territoires du Nord-Ouest', 'T.N.-O.'], en: ['Northwest Territories', 'N.W.T.', 'NT'] },
  { fr: ['Yukon', 'Yn'], en: ['Yukon', 'Y.T.', 'YT'] },
];

/** The French names of the provinces and territories (`Ontario`, `Colombie-Britannique`). */
export const FRENCH_PROVINCE_NAMES: ReadonlySet<string> = new Set(PROVINCES.map((p) => p.fr[0]));

/** The French names that English does not write (`Nouveau-Brunswick`; not `Québec` nor `Ontario`). */
export const FRENCH_ONLY_PROVINCE_NAMES: ReadonlySet<string> = new Set(PROVINCES.map((p) => p.fr[0]).filter((n) => !PROVINCES.some((q) => q.en.includes(n))));

/** The English names of the provinces and territories (`Ontario`, `New Brunswick`). */
export const ENGLISH_PROVINCE_NAMES: ReadonlySet<string> = new Set(PROVINCES.map((p) => p.en[0]));

/**
 * The abbreviations only French writes (`T.-N.-L.`, `N.-É.`, `C.-B.`, `Qc`): a line that names a
 * province so is French, whatever its names.
 */
export const FRENCH_ONLY_PROVINCE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  PROVINCES.map((p) => p.fr[1]).filter((a) => !PROVINCES.some((q) => q.en.includes(a))),
);
