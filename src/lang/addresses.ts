// How French writes a street in an address: the street type first, in small letters (`rue Slater`,
// `promenade Colonel By`), after the civic number and its comma (`344, rue Slater`). English puts
// the type last (`Slater Street`): a street written the French way is a sign of French text.

/** French street types, as a pattern's alternatives (`av.`, `boul.` and `ch.` abbreviated). */
export const FRENCH_STREET_TYPES = 'rue|avenue|av\\.|boulevard|boul\\.|chemin|ch\\.|promenade|place|route|rang|allée|croissant|impasse|montée|côte|quai|terrasse|sentier|voie|carré|cour';
