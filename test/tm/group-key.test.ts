// groupKeyInto writes the key groupKey makes, without its strings: the same codes for every text,
// whether it reads the text as it is or falls back to NFC and lower-casing.

import { describe, expect, it } from 'vitest';
import { KeyBuffer, groupKey, groupKeyInto, masked, maskedKeyInto } from '../../src/tm/normalise.js';
import { hasWords } from '../../src/tm/consistency.js';

const out = new KeyBuffer();

/** The FNV-1a hash of a buffer's codes, which it holds with them. */
function fnv(b: KeyBuffer): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < b.length; k++) h = Math.imul(h ^ b.codes[k], 16777619);
  return h;
}

function written(text: string): string {
  groupKeyInto(text, out);
  expect(out.hash).toBe(fnv(out));
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

describe('maskedKeyInto', () => {
  const key = new KeyBuffer();

  /** Whether maskedKeyInto reads the spans as groupKeyInto reads the text with them replaced. */
  function expectMaskedSame(text: string, list: [number, number][]): void {
    const spans = Int32Array.from(list.flat());
    groupKeyInto(masked(text, spans, list.length), out);
    const want = String.fromCharCode(...out.codes.subarray(0, out.length));
    const wantWord = out.hasWord;
    maskedKeyInto(text, spans, list.length, key);
    const got = String.fromCharCode(...key.codes.subarray(0, key.length));
    expect(key.hash).toBe(fnv(key));
    if (got !== want || key.hasWord !== wantWord) expect({ text, list, got, hasWord: key.hasWord }).toEqual({ text, list, got: want, hasWord: wantWord });
  }

  /** Every choice of up to three spans (in order, apart or touching) in `text`. */
  function everySpans(text: string): void {
    const n = text.length;
    const spans: [number, number][] = [];
    for (let a = 0; a < n; a++) for (let b = a + 1; b <= n; b++) spans.push([a, b]);
    for (const s of spans) {
      expectMaskedSame(text, [s]);
      for (const t of spans) {
        if (t[0] < s[1]) continue;
        expectMaskedSame(text, [s, t]);
        for (const u of spans) if (u[0] >= t[1] && (u[0] - t[1]) % 3 === 0) expectMaskedSame(text, [s, t, u]);
      }
    }
  }

  it('reads spans as the digit they become, wherever they start and end', () => {
    for (const t of ["9:30 a.m. l'été", '1,5x 2 000,5 1er', "a'b 3.4.5 qu'il", '12 h 30–14 h', 'Mar 5, 2024 à 9h', 'x 1\u00a02 y']) everySpans(t);
  });

  it('takes the replaced text where it cannot read spans in place', () => {
    for (const t of ['{0} de 5 $', '<b>5</b> %d', 'İ 5 Σ', 'Cafe\u0301 5']) everySpans(t);
  });

  it('is groupKeyInto without spans', () => {
    for (const t of ['', '—', 'Room 201', "l'ébauche", '{name} 5']) expectMaskedSame(t, []);
  });
});
