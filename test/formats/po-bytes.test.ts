// The PO reader on a file's bytes against the reader on its decoded text: the same entries,
// comments, headers and offsets (UTF-16 units of the decoded text), the same errors, and the line
// table the document would have built from the text.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { poFiles } from './po-files.js';
import { parsePo, parsePoBytes } from '../../src/formats/po-parse.js';
import { SourceDocument } from '../../src/core/document.js';
import { decodeBytes, utf8TextStart } from '../../src/formats/decode.js';

/** Typed arrays as plain lists, for toEqual. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v instanceof Int32Array ? Array.from(v) : v)));
}

const generated = [
  'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\n# translator\n#. extracted\n#: a.js:1 b.js:2\n#, fuzzy, c-format\n#| msgid "Old"\nmsgctxt "menu"\nmsgid "Open"\nmsgstr "Ouvrir"\n',
  'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "un"\nmsgstr[1] "plusieurs"\n\n#~ msgid "gone"\n#~ msgstr "parti"\n',
  'msgid ""\n"Long text "\n"on two lines\\n"\nmsgstr "Texte \\"long\\"\\t\\\\ sur \\\n deux"\n',
  'msgctxt ""\nmsgid "empty ctx"\nmsgstr "contexte vide"\r\n\r\nmsgid "crlf"\r\nmsgstr "fin"\r\n',
  '# a \\ in a comment\nmsgid \'say "hi"\'\nmsgstr \'dis « salut » \\\' \\\\\'\n\nmsgid "open\nmsgstr "ouvert',
  'msgid "a"\nmsgstr "b\\',
  // Characters beyond ASCII and beyond Latin-1 in strings, escapes and comments; lone CRs; spaces
  // beyond ASCII between tokens; a character beyond the BMP.
  '# é comment “x” \r\r\n#: ré\rf\nmsgid "é\\é “\\“” 😀\\n"\u00a0\u3000msgstr "a\r\nb\rc\\\r\nd"\r\n\r#~| prévu\rx\n#~ msgid "ü"\n',
  'msgid "déjà"\nmsgstr "already"\nmsgid "Broken\nmsgstr "Cassé"\n',
  'msgid "a"\nmsgstr "b"\n#',
];

describe('parsePoBytes', () => {
  const cases: Array<[string, Buffer]> = [
    ...[...poFiles('test/fixtures'), ...poFiles('../shared/corpus')].map((f): [string, Buffer] => [f, readFileSync(f)]),
    ...generated.map((g, k): [string, Buffer] => [`generated ${k + 1}`, Buffer.from(g)]),
    ['generated with a BOM', Buffer.from('\ufeffmsgid "é"\nmsgstr "e"\n')],
  ];

  for (const [name, bytes] of cases) {
    it(`reads ${name} as parsePo reads its text`, () => {
      const from = utf8TextStart(bytes);
      expect(from).not.toBeNull();
      const text = decodeBytes(bytes, name).text;
      let expected: ReturnType<typeof parsePo> | undefined;
      let error: string | undefined;
      try {
        expected = parsePo(text);
      } catch (e) {
        error = `${(e as Error).message} @${(e as { line: number }).line}`;
      }
      if (error) {
        expect(() => parsePoBytes(bytes, from!)).toThrow();
        try {
          parsePoBytes(bytes, from!);
        } catch (e) {
          expect(`${(e as Error).message} @${(e as { line: number }).line}`).toBe(error);
        }
        return;
      }
      const read = parsePoBytes(bytes, from!);
      expect(read).not.toBeNull();
      expect(plain(read!.po)).toEqual(plain(expected));
      const doc = new SourceDocument(name, text);
      const layout = read!.layout;
      expect({ length: layout.length, eol: layout.eol, starts: Array.from(layout.lineStarts), ends: Array.from(layout.lineEnds) }).toEqual({
        length: text.length,
        eol: doc.eol,
        starts: Array.from(doc.lineStarts),
        ends: Array.from(doc.lineEnds),
      });
    });
  }

  it('leaves to the text reader what only it words exactly', () => {
    // A key name that starts beyond ASCII (the error names its character), an escaped character beyond the BMP.
    expect(parsePoBytes(Buffer.from('msgid "a"\nmsgstr "b"\né\n'))).toBeNull();
    expect(parsePoBytes(Buffer.from('msgid "a😀b"\nmsgstr "\\😀"\n'))).toBeNull();
  });

  it('reads UTF-8 files only', () => {
    expect(utf8TextStart(Buffer.from([0x6d, 0xe9, 0x0a]))).toBeNull(); // Windows-1252
    expect(utf8TextStart(Buffer.from('\ufeffa', 'utf16le'))).toBeNull();
    expect(utf8TextStart(Buffer.from('\ufeff\ufeffa'))).toBeNull(); // the decoder drops a second BOM too
    expect(utf8TextStart(Buffer.from('\ufeffa'))).toBe(3);
    expect(utf8TextStart(Buffer.from('a'))).toBe(0);
  });
});
