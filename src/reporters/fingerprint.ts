// A finding's fingerprint: the same rule on the same EN and FR texts gives the same value in
// every run, wherever the lines move; any change to either text gives a new one. SARIF carries
// it in `partialFingerprints` so that code-scanning services can track a finding across commits.

import { createHash } from 'node:crypto';
import type { Finding, Pair } from '../core/types.js';

export const FINGERPRINT_KEY = 'bitext/v1';

export function findingFingerprint(f: Finding, pair?: Pair): string {
  const parts = [
    f.rule,
    pair?.en?.text ?? '',
    pair?.fr?.text ?? '',
    // The spans tell two findings of one rule on one pair apart (two times that differ).
    f.en?.text ?? '',
    f.fr?.text ?? '',
  ];
  // JSON keeps the parts apart whatever characters they contain.
  return createHash('sha256').update(JSON.stringify(parts), 'utf8').digest('hex').slice(0, 32);
}
