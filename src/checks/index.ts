// The explicit registry of built-in checks (STYLE.md: an array, not a directory scan).

import type { Check } from './types.js';
import gluedWords from './glued-words.js';
import missingTranslation from './missing-translation.js';
import untranslated from './untranslated.js';
import frTypography from './fr-typography.js';
import punctuationMismatch from './punctuation-mismatch.js';
import whitespace from './whitespace.js';
import repeatedWord from './repeated-word.js';
import lengthRatio from './length-ratio.js';
import glossary from './glossary.js';
import placeholders from './placeholders.js';
import inconsistentTranslation from './inconsistent-translation.js';
import inconsistentSource from './inconsistent-source.js';
import timeMismatch from './time-mismatch.js';
import dateMismatch from './date-mismatch.js';
import weekdayMismatch from './weekday-mismatch.js';
import numberMismatch from './number-mismatch.js';
import timezone from './timezone.js';

export const builtinChecks: Check[] = [gluedWords, missingTranslation, untranslated, frTypography, punctuationMismatch, whitespace, repeatedWord, lengthRatio, glossary, placeholders, inconsistentTranslation, inconsistentSource, timeMismatch, dateMismatch, weekdayMismatch, numberMismatch, timezone];

export function findCheck(id: string): Check | undefined {
  return builtinChecks.find((c) => c.id === id);
}
