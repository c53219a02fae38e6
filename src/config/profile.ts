// Locale profiles: the French typography conventions of fr-CA (default) and fr-FR, shipped as
// data in rules/profiles/*.json (FRENCH.md).

import { readFileSync } from 'node:fs';
import { resourcePath } from '../core/resources.js';
import { UserError } from '../core/errors.js';

export interface SpacingRule {
  /** What must come before the sign: a no-break space, a narrow no-break space, or nothing. */
  before: 'nbsp' | 'nnbsp' | 'none' | 'any';
}

export interface LocaleProfile {
  id: string;
  description: string;
  /** Spacing before high punctuation and signs, by sign. */
  spacing: Record<string, SpacingRule>;
  /** Spacing inside « ». */
  guillemets: 'nbsp' | 'nnbsp';
  /** Thousands separator accepted in numbers above 9 999. */
  groupSeparator: Array<'nbsp' | 'nnbsp' | 'space'>;
  /** Time of day style: '13 h 30' (Canadian federal style) or '13:30' / '13 h 30' (fr-FR). */
  timeStyle: 'h' | 'h-or-colon';
  /** Currency signs written after the amount (`1 500 $`, not `$1 500`). */
  currencyAfterAmount: string[];
  /** Unit symbols that take a no-break space after a number (`10 km`, not `10km`). */
  units: string[];
  /** Ordinal abbreviations after a number. */
  ordinals: OrdinalRules;
}

export interface OrdinalRules {
  /** Suffixes of 1: `1er`, `1re`. */
  first: { masculine: string; feminine: string };
  /** Suffix of every other number: `2e`. */
  other: string;
  /** Suffixes that are correct as written (plural forms, `2d`/`2de`, superscript letters). */
  accepted: string[];
  /** Wrong suffixes and the correct one they stand for (`ème` → `e`, `ère` → `re`, `ier` → `er`). */
  wrong: Record<string, string>;
}

const cache = new Map<string, LocaleProfile>();

export const PROFILE_IDS = ['fr-CA', 'fr-FR'] as const;

export function loadProfile(id: string): LocaleProfile {
  const hit = cache.get(id);
  if (hit) return hit;
  if (!(PROFILE_IDS as readonly string[]).includes(id)) throw new UserError(`unknown locale profile '${id}' (known: ${PROFILE_IDS.join(', ')})`);
  const p = JSON.parse(readFileSync(resourcePath(`rules/profiles/${id}.json`), 'utf8')) as LocaleProfile;
  cache.set(id, p);
  return p;
}
