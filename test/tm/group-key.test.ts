// groupKeyInto writes the key groupKey makes, without its strings: the same codes for every text,
// whether it reads the text as it is or falls back to NFC and lower-casing.

import { describe, expect, it } from 'vitest';
import { KeyBuffer, groupKey, groupKeyInto } from '../../src/tm/normalise.js';
import { hasWords } from '../../src/tm/consistency.js';

const out = new KeyBuffer();

function written(text: string): string {
  groupKeyInto(text, out);
  return String.fromCharCode(...out.codes.subarray(0, out.length));
}

function expectSame(text: string): void {
  const key = groupKey(text);
  const got = written(text);
  if (got !== key || out.hasWord !== hasWords(key)) expect({ text, got, hasWord: out.hasWord }).toEqual({ text, got: key, hasWord: hasWords(key) });
}

describe('groupKeyInto', () => {
  it('writes groupKey for texts of every kind', () => {
    const texts = [
      '',
      '   ',
      '—',
      '… !',
      'Room 201',
      'ROOM 203.',
      "l'ébauche",
      'L’Ébauche',
      "Qu'l'homme",
      "jusqu'à lorsqu’il presqu'île",
      "aujourd'hui, rock'n'roll",
      "s'l'x'y",
      '13h30 et 1er et 1,5 et 1\u00a0000 et COVID19',
      '{name} joined %s %D %d %L %ld %(count)d ${x} {{user}} {0} {1/} {count, plural, one {# item} other {# items}}',
      '<b>bold</b> <a href="x">link</a> < not a tag',
      'İstanbul ΣΟΦΟΣ σοφός',
      'Cafe\u0301 café',
      'e\u0301\u0323 \u1100\u1161 한국어 日本語 😀 𐐀',
      '\u24b6 \u2160 Ⅻ ﬁ ß ı',
      '<b title="İ">x</b> {İ}',
      '_under_score_ 50% 3$',
    ];
    for (const t of texts) expectSame(t);
  });

  it('reads every code unit as groupKey does', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expectSame(`${ch}`);
      expectSame(`Ab${ch}cd ${ch}1${ch} x'${ch}`);
    }
  });

  it('reads what NFC composes as groupKey does', () => {
    // Each canonical composition, written decomposed after a letter, a digit and a space.
    for (let c = 0; c < 0x30000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      const nfd = ch.normalize('NFD');
      if (nfd === ch) continue;
      expectSame(nfd);
      expectSame(`a${nfd}b 1${nfd} ${nfd}`);
    }
  });
});
