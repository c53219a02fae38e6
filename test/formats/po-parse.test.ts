// The PO reader against gettext-parser on every catalog at hand: same entries, comments and
// headers, and every character of every string mapped to where it is written in the file.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { poFiles } from './po-files.js';
import { po as poParser } from 'gettext-parser';
import { parsePo, poOffset, PoSyntaxError, type PoText } from '../../src/formats/po-parse.js';

const FIXTURES = 'test/fixtures';
const CORPUS = '../shared/corpus';

/** What gettext-parser reads, in the shape of parsePo's answer (file order, duplicates last). */
function reference(text: string) {
  const po = poParser.parse(text);
  const entries: Array<{ ctx: string; msgid: string; plural?: string; msgstr: string[]; comments?: object }> = [];
  for (const [ctx, msgs] of Object.entries(po.translations)) {
    for (const [msgid, t] of Object.entries(msgs)) {
      entries.push({ ctx, msgid, plural: t.msgid_plural, msgstr: t.msgstr ?? [], comments: t.comments });
    }
  }
  return { headers: po.headers ?? {}, entries };
}

/** Characters that are not where the map says (a mapped character is the file's, or an escape there). */
function misplaced(src: string, t: PoText): string[] {
  const bad: string[] = [];
  for (let i = 0; i < t.text.length; i++) {
    const at = poOffset(t, i);
    const ch = t.text[i];
    const e = src[at + 1];
    const written = src[at] === '\\' ? (e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e) : src[at];
    if (written !== ch) bad.push(`${JSON.stringify(t.text)}[${i}] at ${at}`);
  }
  return bad;
}

const generated = [
  'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\n# translator\n#. extracted\n#: a.js:1 b.js:2\n#, fuzzy, c-format\n#| msgid "Old"\nmsgctxt "menu"\nmsgid "Open"\nmsgstr "Ouvrir"\n',
  'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "un"\nmsgstr[1] "plusieurs"\n\n#~ msgid "gone"\n#~ msgstr "parti"\n',
  'msgid ""\n"Long text "\n"on two lines\\n"\nmsgstr "Texte \\"long\\"\\t\\\\ sur \\\n deux"\n',
  "msgid 'single'\nmsgstr 'simple'\n\nmsgid \"dup\"\nmsgstr \"premier\"\n\nmsgid \"dup\"\nmsgstr \"second\"\n",
  'msgctxt ""\nmsgid "empty ctx"\nmsgstr "contexte vide"\r\n\r\nmsgid "crlf"\r\nmsgstr "fin"\r\n',
  'msgid "x"\n# between\n"y"\nmsgstr "z"\n#~| msgid "prev"\n#~ msgid "obs"\n#~ msgstr "o"\n',
  // Escapes in comments before a string, a double quote in a single-quoted string, a string left open at the end.
  '# a \\ in a comment\nmsgid \'say "hi"\'\nmsgstr \'dis « salut » \\\' \\\\\'\n\nmsgid "open\nmsgstr "ouvert',
  'msgid "a"\nmsgstr "b\\',
];

describe('parsePo', () => {
  const files = [...poFiles(FIXTURES), ...poFiles(CORPUS)];
  const cases: Array<[string, string]> = [...files.map((f): [string, string] => [f, readFileSync(f, 'utf8').replace(/^\ufeff/, '')]), ...generated.map((g, k): [string, string] => [`generated ${k + 1}`, g])];

  it('has catalogs to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  for (const [name, src] of cases) {
    it(`reads ${name} as gettext-parser does`, () => {
      let ref: ReturnType<typeof reference> | undefined;
      let refError: { line?: number; message: string } | undefined;
      try {
        ref = reference(src);
      } catch (e) {
        refError = { message: (e as Error).message, line: (e as { lineNumber?: number }).lineNumber };
      }
      if (refError) {
        expect(() => parsePo(src)).toThrow(PoSyntaxError);
        try {
          parsePo(src);
        } catch (e) {
          expect((e as Error).message).toBe(refError.message.replace(/^Error parsing PO data: /, '').replace(/ at line \d+\.?/, ''));
        }
        return;
      }
      const ours = parsePo(src);
      expect(ours.headers).toEqual(ref!.headers);
      const mine = ours.entries.map((e) => ({ ctx: e.ctx ?? '', msgid: e.msgid.text, plural: e.plural?.text, msgstr: e.msgstr.map((s) => s.text), comments: e.comments }));
      const key = (e: { ctx: string; msgid: string }) => `${e.ctx}\u0004${e.msgid}`;
      const byKey = new Map(mine.map((e) => [key(e), e]));
      // gettext-parser keeps the header entry among the translations; parsePo keeps it too.
      expect(mine.length).toBe(ref!.entries.length);
      for (const r of ref!.entries) expect(byKey.get(key(r))).toEqual(r);
      const bad = ours.entries.flatMap((e) => [e.msgid, ...(e.plural ? [e.plural] : []), ...e.msgstr].flatMap((t) => misplaced(src, t)));
      expect(bad).toEqual([]);
    });
  }

  it('reports a bad key name with its line', () => {
    const src = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "Broken\nmsgstr "Cassé"\n';
    expect(() => parsePo(src)).toThrow(/^Invalid key name "Cass" This can be caused/);
    try {
      parsePo(src);
    } catch (e) {
      expect((e as PoSyntaxError).line).toBe(6);
    }
  });
});
