// The word index of glued-words: its vocabulary gives one id per folded word whichever way the
// word is looked up (as a folded string, as ASCII text, as text to fold), through its growth; its
// stream holds every word scanWords finds, in order, with how each joins the previous one.

import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lang/dictionary.js';
import { scanTokens, scanWords, TokenBuffer, W_NON_ASCII } from '../../src/lang/splitter.js';
import { T_HYPHEN, T_SPACE, Vocabulary, WordIndex } from '../../src/lang/word-index.js';
import type { Pair } from '../../src/core/types.js';

const place = { file: 'x.txt', line: 1, column: 1, endLine: 1, endColumn: 2 };

/** Distinct words from a number: letters, with an accent or a capital on some. */
function word(n: number): string {
  let s = '';
  for (let k = n; ; k = Math.floor(k / 26)) {
    s += 'abcdefghijklmnopqrstuvwxyz'[k % 26];
    if (k < 26) break;
  }
  return n % 3 === 0 && s.length > 2 ? s.slice(0, 1) + 'é' + s.slice(1) : s;
}

describe('Vocabulary', () => {
  it('gives one id per folded word, whichever way it is looked up, as it grows', () => {
    const v = new Vocabulary();
    const ids = new Map<string, number>();
    // Thousands of words: the table, the counts and the characters grow several times.
    for (let n = 0; n < 20_000; n++) {
      const w = word(n);
      const written = n % 2 ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1);
      const text = `« ${written} »`;
      const ascii = !/[^\u0000-\u007f]/.test(written);
      const id = ascii ? v.addAscii(text, 2, 2 + written.length) : v.addFolded(text, 2, 2 + written.length);
      const folded = fold(written);
      if (!ids.has(folded)) ids.set(folded, id);
      expect(id).toBe(ids.get(folded));
      expect(v.words[id]).toBe(folded);
    }
    for (const [folded, id] of ids) {
      expect(v.id(folded)).toBe(id);
      expect(v.add(folded)).toBe(id);
      expect(v.idOfPart(`xx${folded}yy`, 2, 2 + folded.length)).toBe(id);
    }
    expect(v.size).toBe(ids.size);
    expect(v.id('absent')).toBe(-1);
    expect(v.count(fold(word(5)))).toBe(2);
  });

  it('folds ligatures and accents as fold() does', () => {
    const v = new Vocabulary();
    const a = v.addFolded('Œuvre', 0, 5);
    expect(v.words[a]).toBe('oeuvre');
    expect(v.add('oeuvre')).toBe(a);
    expect(v.addFolded('ŒUVRE', 0, 5)).toBe(a);
    expect(v.addAscii('OEUVRE', 0, 6)).toBe(a);
    expect(v.count('oeuvre')).toBe(4);
  });
});

describe('scanTokens', () => {
  it('leaves in the buffer what scanWords reports, and reuses it from text to text', () => {
    const buf = new TokenBuffer();
    const texts = [
      "L'équipe de la CYBER SECURITY et l'e-mail du sous-ministre, aujourd'hui.",
      "The Minister's office: see https://x.ca/ab, a@b.ca, snake_case, #tag, CO2 and file.txt.",
      'Un',
      '',
      'word '.repeat(500),
    ];
    for (const text of texts) {
      const lang = /[éà]|^Un$/.test(text) ? 'fr' : 'en';
      const n = scanTokens(text, lang, buf);
      const words = scanWords(text, lang);
      expect(n).toBe(words.length);
      for (let k = 0; k < n; k++) {
        expect([buf.start[k], buf.end[k]]).toEqual([words[k].start, words[k].end]);
        expect((buf.info[k] & W_NON_ASCII) !== 0).toBe(/[^\u0000-\u007f]/.test(words[k].text));
      }
    }
  });
});

describe('scanTokens and inline codes', () => {
  // An interchange file's inline codes (`{2}`, `{/2}`, `{3/}` for XLIFF's <g> and <x/>) stand
  // between words as spaces do; other braces make their chunk code.
  it('keeps the words that touch an inline code, and drops chunks with other braces', () => {
    const words = (text: string): string[] => scanWords(text, 'fr').map((w) => w.text);
    expect(words("l'équipement desécurité{/2} et {3/}le {1}reste")).toEqual(['équipement', 'desécurité', 'et', 'le', 'reste']);
    expect(words('le {nom}reste et {{x}}ici, {2a}là')).toEqual(['le', 'et']);
  });
});

describe('WordIndex', () => {
  it('streams the words of both sides with their joins, known languages only', () => {
    const pairs: Pair[] = [
      { id: 'p1', method: 'inline', score: 1, en: { text: 'Cyber security e-mail', lang: 'en', place }, fr: { text: 'La cybersécurité', lang: 'fr', place } },
      { id: 'p2', method: 'shared', score: 1, en: { text: 'Ottawa', lang: 'und', place }, fr: { text: 'Ottawa', lang: 'und', place } },
      { id: 'p3', method: 'orphan', score: 1, en: { text: 'CYBERSECURITY', lang: 'en', place }, fr: null },
    ];
    const ix = new WordIndex(pairs);
    expect(ix.segments.map((s) => [s.pair.id, s.side, s.end - s.start, s.caps])).toEqual([
      ['p1', 'en', 4, false],
      ['p1', 'fr', 2, false],
      ['p3', 'en', 1, true],
    ]);
    const en = ix.vocab.en;
    expect([...ix.tokens.slice(0, 4)].map((id) => en.words[id])).toEqual(['cyber', 'security', 'e', 'mail']);
    expect([...ix.flags.slice(0, 4)].map((f) => f & (T_SPACE | T_HYPHEN))).toEqual([0, T_SPACE, T_SPACE, T_HYPHEN]);
    expect(ix.vocab.fr.words[ix.tokens[5]]).toBe('cybersecurite');
    expect(en.count('cybersecurity')).toBe(1);
    expect(ix.segmentOf(6)).toBe(2);
  });
});
