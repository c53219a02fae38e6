// The literal prefilter must never skip a text a pattern matches (it only saves RE2 calls).

import { describe, it, expect } from 'vitest';
import { requiredLiterals, meets, foldForFilter, shadowPattern, twinPattern } from '../../src/config/prefilter.js';
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

describe('shadowPattern', () => {
  it('is given only to bounded patterns both engines read alike', () => {
    expect(String(shadowPattern('(\\d{1,2}(?:er|re)?\\s)Janvier'))).toBe('/(?:\\d{1,2}(?:er|re)?\\s)Janvier/u');
    for (const p of ['(a+)+$', 'a*b', 'x{2,}', '(a|b){2}', '(a?)?', '(?i)abc', 'a.b', '[^a]b', '\\pL', '[[:alpha:]]', 'a{1,99}', '(?=a)b', '😀']) {
      expect(shadowPattern(p), p).toBeNull();
    }
  });

  // Whenever RE2 finds a match, the shadow must find one too (it only saves RE2 calls).
  const patterns = ['(\\d{1,2}(?:er|re)?\\s)Mai', '\\bcolou?r\\b', '[A-Z]{2,3}-\\d{1,4}', 'a|b\\s?c', '(?P<d>\\d{2})h(?:\\d\\d)?', '^Note:\\s', 'fin$'];
  const texts = ['le 12\tMai 2020', '1er\fMai', 'Mais 2 Mai', 'my colour, color', 'AB-12 and ABC-1234', 'b\u00a0c and bc', '14h30', 'Note:\u2003x', 'Note: x', 'la fin', 'fin de'];
  for (const p of patterns) {
    it(p, () => {
      const re = new RE2(p, 'u');
      const shadow = shadowPattern(p);
      expect(shadow).not.toBeNull();
      let matched = 0;
      for (const t of texts) {
        if (!re.test(t)) continue;
        matched++;
        expect(shadow!.test(t), `${p} on ${t}`).toBe(true);
      }
      expect(matched).toBeGreaterThan(0);
    });
  }
});

describe('twinPattern', () => {
  // Every match RE2 finds, the twin finds at the same place with the same groups, and no other.
  const all = (exec: (t: string) => RegExpExecArray | null, setLast: (n: number) => void, t: string): string[] => {
    const out: string[] = [];
    setLast(0);
    for (let m = exec(t); m; m = exec(t)) {
      out.push(`${m.index}:${JSON.stringify([...m])}:${JSON.stringify(m.groups ?? null)}`);
      if (m[0] === '') setLast(m.index + 1);
    }
    return out;
  };
  const patterns = ['(\\d{1,2}(?:er|re)?\\s)Mai', '\\bcolou?r\\b', '[A-Z]{2,3}-\\d{1,4}', 'a|b\\s?c', '(?P<d>\\d{2})h(?:\\d\\d)?', '(?<h>\\d{1,2})[\\s:]?(\\d\\d)', '^Note:\\s', 'fin$', '\\W\\w\\D'];
  const texts = ['le 12\tMai 2020', '1er\fMai', '1er\vMai', 'le 3\u00a0Mai et le 4 Mai', 'Mais 2 Mai', 'my colour, color', 'AB-12 and ABC-1234', 'b\u00a0c and bc', '14h30 et 9h', 'Note:\u2003x', 'Note: x', 'la fin', 'fin de', '12\u202f30 puis 8:45', 'é-x1 Ωa9'];
  for (const p of patterns) {
    it(p, () => {
      const re = new RE2(p, 'gu');
      const twin = twinPattern(p);
      expect(twin).not.toBeNull();
      let matched = 0;
      for (const t of texts) {
        const want = all((s) => re.exec(s) as RegExpExecArray | null, (n) => (re.lastIndex = n), t);
        matched += want.length;
        expect(all((s) => twin!.exec(s), (n) => (twin!.lastIndex = n), t), `${p} on ${JSON.stringify(t)}`).toEqual(want);
      }
      expect(matched).toBeGreaterThan(0);
    });
  }

  it('is given to no pattern the shadow refuses', () => {
    for (const p of ['(a+)+$', 'a*b', '(?i)abc', 'a.b', '[^a]b', '\\pL', 'a{1,99}', '(?=a)b']) expect(twinPattern(p), p).toBeNull();
  });
});
