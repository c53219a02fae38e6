// One small bilingual agenda saved in every encoding and line-end style a Canadian office
// produces must decode to the same text and align to the same pairs, at the same places.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument } from '../../src/core/document.js';
import { decodeBytes, encodeText } from '../../src/formats/decode.js';
import { alignMixed } from '../../src/align/mixed.js';

const AGENDA = [
  'Agenda/Ordre du jour',
  '',
  'Le 9 mai 2011 – 13 h 30 à 15 h 30 HAE',
  'May 9, 2011 – 1:30 pm-3:30 pm EDT',
  '',
  '1. Réunion de juillet des sous-procureurs / Quintet of Attorneys General July meeting',
  '2. Café et échange « informel » – Coffee and informal exchange',
];

/** Expected pairs: EN text @ line:col, FR text @ line:col. */
const EXPECTED = [
  ['Agenda@1:1', 'Ordre du jour@1:8'],
  ['May 9, 2011 – 1:30 pm-3:30 pm EDT@4:1', 'Le 9 mai 2011 – 13 h 30 à 15 h 30 HAE@3:1'],
  ['Quintet of Attorneys General July meeting@6:45', 'Réunion de juillet des sous-procureurs@6:4'],
  ['Coffee and informal exchange@7:35', 'Café et échange « informel »@7:4'],
];

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'bitext-enc-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function utf16be(s: string): Buffer {
  const b = Buffer.from(s, 'utf16le');
  b.swap16();
  return b;
}

const cases: Array<[string, (text: string) => Buffer, string]> = [
  ['UTF-8', (t) => Buffer.from(t, 'utf8'), 'utf-8'],
  ['UTF-8 with BOM', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]), 'utf-8'],
  ['UTF-16 LE with BOM', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]), 'utf-16le'],
  ['UTF-16 BE with BOM', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(t)]), 'utf-16be'],
  ['UTF-16 LE without BOM', (t) => Buffer.from(t, 'utf16le'), 'utf-16le'],
  ['Windows-1252', (t) => Buffer.from(encodeText(t, 'windows-1252', false)), 'windows-1252'],
];
const ends: Array<[string, string]> = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['CR', '\r'],
];

describe.each(cases)('%s', (_name, encode, encoding) => {
  it.each(ends)('with %s line ends decodes and aligns the same', (_e, eol) => {
    const file = join(dir, `agenda-${encoding}-${eol.length}${eol.charCodeAt(0)}.txt`);
    writeFileSync(file, encode(AGENDA.join(eol) + eol));
    const doc = readDocument(file);
    expect(doc.encoding).toBe(encoding);
    expect(doc.eol).toBe(eol);
    expect(doc.text.split(/\r\n|\r|\n/).slice(0, AGENDA.length)).toEqual(AGENDA);
    const got = alignMixed(doc)
      .filter((p) => p.en && p.fr && p.method !== 'shared')
      .map((p) => [`${p.en!.text}@${p.en!.place.line}:${p.en!.place.column}`, `${p.fr!.text}@${p.fr!.place.line}:${p.fr!.place.column}`]);
    expect(got).toEqual(EXPECTED);
  });
});

describe('decoding', () => {
  it('reads ISO-8859-1 accents as themselves, never as mojibake', () => {
    const latin1 = Buffer.from([0x52, 0xe9, 0x75, 0x6e, 0x69, 0x6f, 0x6e, 0x20, 0xe0, 0x20, 0x4f, 0x74, 0x74, 0x61, 0x77, 0x61]);
    expect(decodeBytes(latin1, 'x.txt').text).toBe('Réunion à Ottawa');
  });

  it('prefers UTF-8 when the bytes are valid UTF-8', () => {
    expect(decodeBytes(Buffer.from('Téléconférence', 'utf8'), 'x.txt')).toEqual({ text: 'Téléconférence', encoding: 'utf-8', bom: false });
  });

  it('refuses binary files with a one-line message', () => {
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'logo.png')).toThrow(/binary file/);
  });

  it('round-trips every encoding it reads', () => {
    const text = 'Pièce 5362 – « Réunion » : 13 h 30\r\n';
    for (const enc of ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const) {
      for (const bom of enc === 'windows-1252' ? [false] : [false, true]) {
        const back = decodeBytes(encodeText(text, enc, bom), 'x.txt');
        expect(back.text).toBe(text);
        expect(back.encoding).toBe(enc);
      }
    }
  });

  it('an empty file is empty text, not an error', () => {
    expect(decodeBytes(Buffer.alloc(0), 'empty.txt').text).toBe('');
  });
});
