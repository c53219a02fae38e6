// Tables for the value extractor (values.ts): time-zone abbreviations and unit symbols.

/** N Newfoundland, A Atlantic, E Eastern, C Central, M Mountain (FR Rocheuses), P Pacific, Y Yukon. */
export type ZoneRegion = 'N' | 'A' | 'E' | 'C' | 'M' | 'P' | 'Y' | 'UTC';

export interface ZoneInfo {
  region: ZoneRegion | null;
  /** null: generic (`ET`, `HE`) or not known (`HSE`). */
  daylight: boolean | null;
  lang: 'en' | 'fr';
  /** The Canadian standard abbreviation in its language (TERMIUM); `HSE`, `HAEst` are not. */
  standard: boolean;
}

function table(): Record<string, ZoneInfo> {
  const t: Record<string, ZoneInfo> = {};
  const regions: ZoneRegion[] = ['N', 'A', 'E', 'C', 'M', 'P', 'Y'];
  for (const r of regions) {
    t[`${r}ST`] = { region: r, daylight: false, lang: 'en', standard: true };
    t[`${r}DT`] = { region: r, daylight: true, lang: 'en', standard: true };
    // YT is not used for the Yukon zone; NT is rare but follows the pattern
    if (r !== 'Y') t[`${r}T`] = { region: r, daylight: null, lang: 'en', standard: true };
    if (r === 'Y') continue;
    // French letters: T Terre-Neuve, R Rocheuses
    const f = r === 'M' ? 'R' : r === 'N' ? 'T' : r;
    t[`HN${f}`] = { region: r, daylight: false, lang: 'fr', standard: true };
    t[`HA${f}`] = { region: r, daylight: true, lang: 'fr', standard: true };
    t[`H${f}`] = { region: r, daylight: null, lang: 'fr', standard: true };
  }
  // Forms seen in the wild that are not the Canadian ones.
  t.HSE = { region: 'E', daylight: null, lang: 'fr', standard: false };
  t.HAEST = { region: 'E', daylight: true, lang: 'fr', standard: false };
  t.HNEST = { region: 'E', daylight: false, lang: 'fr', standard: false };
  t.UTC = { region: 'UTC', daylight: false, lang: 'en', standard: true };
  t.GMT = { region: 'UTC', daylight: false, lang: 'en', standard: true };
  t.Z = { region: 'UTC', daylight: false, lang: 'en', standard: true };
  return t;
}

export const ZONES: Record<string, ZoneInfo> = table();

/** Letters that may follow a number directly and keep it a quantity (`10km`, `5GB`, `30min`). */
// Case matters: `5g` is grams, `4G` a network; `3D` and `1990s` are not quantities with units.
export const NUMBER_UNITS: ReadonlySet<string> = new Set([
  'km', 'm', 'cm', 'mm', 'kg', 'g', 'mg', 't', 'l', 'L', 'ml', 'mL', 'h', 'min', 'ms', 'hr', 'hrs',
  'GB', 'MB', 'KB', 'kB', 'TB', 'Go', 'Mo', 'Ko', 'To', 'px', 'pt', 'em', 'ha', 'x',
  'kW', 'kWh', 'MW', 'MWh', 'GW', 'Hz', 'kHz', 'MHz', 'GHz', 'kPa', 'C', 'F',
  'lb', 'lbs', 'oz', 'ft', 'mph', 'kmh', 'k', 'K',
]);
