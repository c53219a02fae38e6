// Canadian places whose names read as words of one language (`St. John's`, `Thunder Bay`,
// `Trois-Rivières`): in a bilingual line, such a name is a name, not a side (rules/lang/places-ca.txt).

import { readFileSync } from 'node:fs';
import { resourcePath } from '../core/resources.js';

let places: Set<string> | undefined;

/** A place name as compared: lower case, one kind of apostrophe, single spaces. */
function placeKey(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

function placeSet(): Set<string> {
  return (places ??= new Set(
    readFileSync(resourcePath('rules/lang/places-ca.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map(placeKey),
  ));
}

/** Whether `text` (a piece of a line, without its punctuation) is the name of a Canadian place of the list. */
export function isKnownPlace(text: string): boolean {
  return placeSet().has(placeKey(text.replace(/[\s,:;.]+$/, '')));
}

let firsts: Set<string> | undefined;

/** The first words, in lower case, of the places of the list written in two words or more (`north` of `North Sydney`). */
export function multiWordPlaceFirsts(): Set<string> {
  return (firsts ??= new Set([...placeSet()].filter((k) => /[\s-]/.test(k)).map((k) => k.split(/[\s.'-]/)[0])));
}
