// What makes an English text and a French text look like translations of each other, without a
// dictionary: lengths in the usual ratio, the same values (dates, times, amounts, numbers once
// normalised across locales), the same names, acronyms and numbers, cognates (sécurité/security
// share a stem once accents are folded), and the same layout (both headings, same enumerator).

import { extractValues, type Value } from '../lang/values.js';
import { isAllCaps, wordTokens } from '../lang/tokens.js';
import { documentHeading } from '../lang/headings.js';

export interface Features {
  length: number;
  /** Canonical keys of the values in the text: `t:810` (13:30), `d:2011-9-12`, `n:4250000`. */
  values: string[];
  /** Tokens that survive translation as they are: numbers, acronyms, capitalised names. */
  shared: Set<string>;
  /** Folded 4-letter stems of longer words, for cognates. */
  stems: Set<string>;
  caps: boolean;
  heading: boolean;
  marker: string;
  /** The document heading the text is (`News release`, `Communiqué`), −1 for other text (src/lang/headings.ts). */
  documentHeading: number;
}

/** Expected French/English length ratio in characters, and the spread of its logarithm. */
export const FR_EN_RATIO = 1.15;
const LOG_RATIO_SPREAD = 0.3;
const LENGTH_SMOOTHING = 10;
/** What a document heading facing its translation weighs (as much as two shared values). */
const DOCUMENT_HEADING = 3;
/** What a value facing a different value of its kind costs (a value facing nothing costs 0.5). */
const DIFFERING_VALUE = 0.25;

export function features(text: string, lang: 'en' | 'fr' | 'und', heading = false, marker = ''): Features {
  const values = valueKeys(extractValues(text, lang));
  const shared = new Set<string>();
  const stems = new Set<string>();
  const caps = isAllCaps(text);
  for (const t of wordTokens(text)) {
    const raw = text.slice(t.start, t.end);
    if (/\d/.test(raw) || (!caps && raw.length >= 2 && isAllCaps(raw))) shared.add(raw);
    else if (!caps && t.start > 0 && raw[0] !== raw[0].toLowerCase() && raw.length >= 3) shared.add(t.norm);
    if (t.norm.length >= 5 && !/\d/.test(t.norm)) stems.add(fold(t.norm).slice(0, 4));
  }
  return { length: text.length, values, shared, stems, caps, heading, marker, documentHeading: documentHeading(text) };
}

export function valueKeys(values: Value[]): string[] {
  const keys: string[] = [];
  for (const v of values) {
    switch (v.kind) {
      case 'time':
        keys.push(`t:${v.minutes}`);
        break;
      case 'time-range':
        keys.push(`t:${v.from.minutes}`, `t:${v.to.minutes}`);
        break;
      case 'date':
        keys.push(`d:${v.year ?? ''}-${v.month ?? ''}-${v.day ?? ''}`);
        break;
      case 'weekday':
        keys.push(`w:${v.day}`);
        break;
      case 'number':
        if (!v.enumerator) keys.push(`n:${v.value}`);
        break;
      case 'money':
        keys.push(`m:${v.amount}`);
        break;
      case 'percent':
        keys.push(`p:${v.value}`);
        break;
      case 'phone':
        keys.push(`ph:${v.digits}`);
        break;
      case 'code':
        keys.push(`c:${v.code}`);
        break;
      default:
        break;
    }
  }
  return keys;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * How much an EN text and a FR text look like translations: a log-odds-like score where 0 is
 * "as likely as not", positive favours pairing. Symmetric in layout, asymmetric in lengths.
 */
export function compat(en: Features, fr: Features): number {
  let s = 1; // neighbours in opposite languages are usually translations
  // Smoothed so that short strings (AGENDA / ORDRE DU JOUR) are not judged by their ratio alone.
  const r = Math.log((fr.length + LENGTH_SMOOTHING) / (en.length + LENGTH_SMOOTHING) / FR_EN_RATIO);
  // Short strings vary far more in length than sentences do (Varia / Other business).
  const spread = LOG_RATIO_SPREAD + 1.2 / Math.sqrt(Math.min(en.length, fr.length) + 1);
  s -= Math.abs(r) / spread;
  if (en.values.length || fr.values.length) {
    const counts = new Map<string, number>();
    for (const k of en.values) counts.set(k, (counts.get(k) ?? 0) + 1);
    let match = 0;
    const frLeft: string[] = [];
    for (const k of fr.values) {
      const c = counts.get(k);
      if (c) {
        match++;
        counts.set(k, c - 1);
      } else frLeft.push(k);
    }
    // A value facing a value of its kind (June 2 against le 3 juin) is more likely a slip in a
    // translation than a sign of two unrelated texts: it costs less than a value facing nothing,
    // so that the pair forms and the value checks report the difference.
    const enLeft = new Map<string, number>();
    for (const [k, c] of counts) if (c > 0) enLeft.set(valueKind(k), (enLeft.get(valueKind(k)) ?? 0) + c);
    let differ = 0;
    for (const k of frLeft) {
      const c = enLeft.get(valueKind(k));
      if (c) {
        differ++;
        enLeft.set(valueKind(k), c - 1);
      }
    }
    const unmatched = en.values.length + fr.values.length - 2 * match - 2 * differ;
    s += Math.min(6, 1.5 * match) - Math.min(2, 0.5 * unmatched + DIFFERING_VALUE * differ);
  }
  let shared = 0;
  for (const t of en.shared) if (fr.shared.has(t)) shared++;
  s += Math.min(2, 0.5 * shared);
  let cognates = 0;
  for (const t of en.stems) if (fr.stems.has(t)) cognates++;
  s += Math.min(1.5, 0.4 * cognates);
  if (en.heading !== fr.heading) s -= 0.7;
  else if (en.heading) s += 0.5;
  if (en.caps !== fr.caps) s -= 1;
  // A document heading and its translation, which share no word (`Contacts` / `Personnes-ressources`).
  if (en.documentHeading >= 0 && en.documentHeading === fr.documentHeading) s += DOCUMENT_HEADING;
  // Stacked items often number only their first language (`1. Ouverture…` over `Call to order`).
  if (en.marker && fr.marker) s += en.marker === fr.marker ? 1 : -1.5;
  return s;
}

/** The kind of a value key (`d` of `d:2026-6-2`). */
function valueKind(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
