// The explicit registry of built-in checks (STYLE.md: an array, not a directory scan).

import type { Check } from './types.js';

export const builtinChecks: Check[] = [];

export function findCheck(id: string): Check | undefined {
  return builtinChecks.find((c) => c.id === id);
}
