import { describe, it, expect } from 'vitest';
import { cells, displayWidth } from '../../src/reporters/width.js';

describe('display width', () => {
  // [text, columns in a terminal]
  const cases: Array<[string, number]> = [
    ['', 0],
    ['Ordre du jour', 13],
    ['Sécurité', 8],
    ['cafe\u0301', 4], // e + combining acute: one column
    ['13\u00a0h\u202f30', 7], // no-break spaces take a column each
    ['会議室', 6],
    ['Ｒｍ', 4], // fullwidth Latin
    ['🎉', 2],
    ['👩‍💻', 2], // a ZWJ sequence is one cluster
    ['❤️', 2], // text heart + VS16 is shown as emoji
    ['🇨🇦', 2], // flag: two regional indicators
    ['a\tb', 3], // tab shown as ⇥
    ['a\r\nb', 3], // line break shown as ↵
    ['x\u200by', 2], // zero-width space
    ['soft\u00adhyphen', 11],
    ['\u202eabc', 4], // bidi override made visible
    ['– « »', 5],
  ];
  for (const [text, width] of cases) {
    it(`${JSON.stringify(text)} is ${width} columns`, () => expect(displayWidth(text)).toBe(width));
  }

  it('keeps the source offset of each cell and makes control characters visible', () => {
    expect(cells('a\tb\u0007').map((c) => [c.text, c.offset])).toEqual([
      ['a', 0],
      ['⇥', 1],
      ['b', 2],
      ['\ufffd', 3],
    ]);
    expect(cells('e\u0301x').map((c) => c.offset)).toEqual([0, 2]);
  });
});
