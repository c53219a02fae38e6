// The literal prefilter must never skip a text a pattern matches (it only saves RE2 calls).

import { describe, it, expect } from 'vitest';
import { requiredLiterals, meets, foldForFilter } from '../../src/config/prefilter.js';
import { RE2 } from 're2-wasm';

describe('requiredLiterals', () => {
  const cases: Array<[string, string[] | null]> = [
    ['(\\d{1,2}(?:er|re)?\\s)Janvier', ['janvier']],
    ['\\[(?:REDACTED|CAVIARDÉ)\\]', ['redacted', 'caviardé']],
    ['(?i)(?:pages?\\s+)?withheld\\s+pursuant', ['withheld']],
    ['colou?r', ['colo']],
    ['ab+c', ['ab']],
    ['sous (procureur|ministre)s?', ['procureur', 'ministre']],
    ['a|b', ['a', 'b']],
    ['a|\\d', null],
    ['x*', null],
    ['[abc]+', null],
    ['(?P<d>\\d+)ème', ['ème']],
    ['\\Qa.b\\E', null],
    ['a{', null],
    ['É', ['é']],
  ];
  for (const [src, want] of cases) {
    it(src, () => expect(requiredLiterals(src)?.sort() ?? null).toEqual(want ? want.sort() : null));
  }
});

describe('soundness against RE2', () => {
  // Whenever RE2 itself finds a match, the prefilter must let the text through.
  const patterns = ['(?i)colou?r', 'ab+c', 'sous (procureur|ministre)s?', '(?i)STRASSE', '(?i)KELVIN', '\\[(?:REDACTED|CAVIARDÉ)\\]', '(?i)σοφία', 'x(?i:ABC)y', '(?i)µ'];
  const texts = ['COLOR and colour', 'abbbc', 'les sous ministres', 'ſtraße STRASSE', '\u212aelvin', 'budget [CAVIARDÉ]', 'ΣΟΦΊΑ σοφίας', 'xaBcy', 'μ'];
  for (const p of patterns) {
    it(p, () => {
      const re = new RE2(p, 'u');
      const req = requiredLiterals(p);
      let matched = 0;
      for (const t of texts) {
        if (!re.test(t)) continue;
        matched++;
        expect(meets(foldForFilter(t), req), `${p} on ${t}`).toBe(true);
      }
      expect(matched).toBeGreaterThan(0);
    });
  }
});
