// numberSpans finds the number tokens analyse finds, reading only digits, tags and placeholders.

import { describe, expect, it } from 'vitest';
import { analyse, numberSpans } from '../../src/tm/normalise.js';

function expectSame(text: string): void {
  const nfc = text.normalize('NFC');
  const want = analyse(nfc).tokens.filter((t) => t.kind === 'number').flatMap((t) => [t.start, t.end]);
  const got = numberSpans(nfc);
  if (got.join() !== want.join()) expect({ text, got }).toEqual({ text, got: want });
}

describe('numberSpans', () => {
  it('finds the numbers analyse finds', () => {
    const texts = [
      '',
      'Room 201',
      '13h30 et 1er et 1,5 et 1\u00a0000 et COVID19',
      "l'an 2000, qu'1 fois",
      '{0} joined %1$d %s ${x} {{user}} {1/} {count, plural, one {# item} other {# items}} 5',
      '<h2>3</h2> <a href="4">5</a> < 6 >',
      'İ2 Σ3 ½ ² ٣ 1.2.3 1,,2 1.a',
      '9:30 a.m. – 10 h 15',
    ];
    for (const t of texts) expectSame(t);
  });

  it('reads every code unit as analyse does', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expectSame(`1${ch}2 a${ch}3 ${ch}4${ch} <${ch}5>`);
    }
  });
});
