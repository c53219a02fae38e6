// `bitext align --parallel` and `bitext check --parallel` end to end, in process: order-free
// language detection, pairs of files found by name, Word files, and the user errors (exit 2,
// one line naming the file).

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../../src/cli/io.js';
import { runIn } from '../cli/run-cli.js';

const fixtures = join(process.cwd(), 'test/fixtures/parallel/docs');
let dir: string;

/** A minimal Word document whose paragraphs are the given lines. */
function docx(paragraphs: string[]): Uint8Array {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    'word/document.xml': strToU8(xml),
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bitext-parallel-'));
  for (const f of ['minutes.en.txt', 'minutes.fr.txt', 'guide.en.md', 'guide.fr.md', 'board.en.md', 'board.fr.md']) copyFileSync(join(fixtures, f), join(dir, f));
  copyFileSync(join(fixtures, 'minutes.en.txt'), join(dir, 'copy-of-minutes.txt'));
  writeFileSync(
    join(dir, 'NoticeEN.docx'),
    docx(['Notice of meeting', 'The committee will meet on Monday, June 3, 2024, at 10:00 a.m.', 'Please confirm your attendance by May 27.', 'Lunch will be served.']),
  );
  writeFileSync(
    join(dir, 'NoticeFR.docx'),
    docx(['Avis de réunion', 'Le comité se réunira le lundi 3 juin 2024, à 10 h.', 'Veuillez confirmer votre présence d’ici le 27 mai.', 'Le dîner sera servi.']),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]): Promise<{ code: number; out: string; err: string }> => runIn(dir, args);

describe('bitext align --parallel', () => {
  it('takes the French file first as well as second, and pairs across the two files', async () => {
    const { code, out, err } = await run('align', '--parallel', 'minutes.fr.txt', 'minutes.en.txt');
    expect(err).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    const both = r.pairs.filter((p: { method: string }) => p.method === 'parallel');
    expect(both.length).toBe(29);
    for (const p of both) {
      expect(p.en.file).toBe('minutes.en.txt');
      expect(p.fr.file).toBe('minutes.fr.txt');
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
    expect(r.pairs.map((p: { id: string }) => p.id)).toEqual(r.pairs.map((_: unknown, k: number) => `p${k + 1}`));
    const orphans = r.pairs.filter((p: { method: string }) => p.method === 'orphan');
    expect(orphans.map((p: { en: { line: number }; fr: null }) => [p.en.line, p.fr])).toEqual([[29, null]]);
  });

  it('pairs a folder of files by their names and numbers the pairs across all of them', async () => {
    const { code, out } = await run('align', '--parallel', 'board.fr.md', 'guide.en.md', 'minutes.fr.txt', 'board.en.md', 'minutes.en.txt', 'guide.fr.md', '--format', 'jsonl');
    expect(code).toBe(0);
    const pairs = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const files = new Set(pairs.filter((p) => p.en && p.fr).map((p) => `${p.en.file} ${p.fr.file}`));
    expect([...files].sort()).toEqual(['board.en.md board.fr.md', 'guide.en.md guide.fr.md', 'minutes.en.txt minutes.fr.txt']);
    expect(pairs.map((p) => p.id)).toEqual(pairs.map((_, k) => `p${k + 1}`));
  });

  it('aligns Word documents paragraph by paragraph', async () => {
    const { code, out, err } = await run('align', '--parallel', 'NoticeFR.docx', 'NoticeEN.docx', '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.pairs.map((p: { en: { text: string; file: string; line: number }; fr: { text: string; line: number } }) => [p.en.file, p.en.line, p.fr.line])).toEqual([
      ['NoticeEN.docx', 1, 1],
      ['NoticeEN.docx', 2, 2],
      ['NoticeEN.docx', 3, 3],
      ['NoticeEN.docx', 4, 4],
    ]);
  });

  it('refuses two files in the same language, in one line', async () => {
    const { code, err } = await run('align', '--parallel', 'minutes.en.txt', 'copy-of-minutes.txt');
    expect(code).toBe(2);
    expect(err).toBe('bitext: copy-of-minutes.txt: is English, like minutes.en.txt: --parallel needs one English and one French file\n');
  });

  it('takes the language of a short file from its name', async () => {
    writeFileSync(join(dir, 'contact.en.md'), 'If you have any questions, please contact our office.\n');
    writeFileSync(join(dir, 'contact.fr.md'), 'Si vous avez des questions, communiquez avec notre bureau.\n');
    const { code, out, err } = await run('align', '--parallel', 'contact.fr.md', 'contact.en.md', '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.pairs.map((p: { en: { file: string }; fr: { file: string } }) => [p.en.file, p.fr.file])).toEqual([['contact.en.md', 'contact.fr.md']]);
  });

  it('takes the language of long files named the wrong way round from their text', async () => {
    copyFileSync(join(fixtures, 'minutes.en.txt'), join(dir, 'swapped.fr.txt'));
    copyFileSync(join(fixtures, 'minutes.fr.txt'), join(dir, 'swapped.en.txt'));
    const { code, out } = await run('align', '--parallel', 'swapped.en.txt', 'swapped.fr.txt', '--format', 'json');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    const paired = r.pairs.filter((p: { en: unknown; fr: unknown }) => p.en && p.fr);
    expect(new Set(paired.map((p: { en: { file: string } }) => p.en.file))).toEqual(new Set(['swapped.fr.txt']));
  });

  it('refuses a file that cannot be paired by name', async () => {
    const { code, err } = await run('align', '--parallel', 'guide.en.md', 'guide.fr.md', 'copy-of-minutes.txt');
    expect(code).toBe(2);
    expect(err).toMatch(/^bitext: copy-of-minutes\.txt: cannot be paired: .*\n$/);
    expect(err.split('\n').length).toBe(2);
  });

  it('refuses a single file and a missing file without a stack trace', async () => {
    const one = await run('align', '--parallel', 'guide.en.md');
    expect(one.code).toBe(2);
    expect(one.err).toBe('bitext: guide.en.md: --parallel needs an English file and its French version (got 1 file)\n');
    const missing = await run('align', '--parallel', 'guide.en.md', 'nowhere.fr.md');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('bitext: nowhere.fr.md: no such file\n');
  });
});

describe('bitext check --parallel', () => {
  it('reports the dropped sentence and the changed amount of independently written minutes, and nothing else', async () => {
    const { code, out } = await run('check', '--parallel', 'minutes.fr.txt', 'minutes.en.txt', '--no-config', '--format', 'json');
    expect(code).toBe(1);
    const r = JSON.parse(out);
    // A finding on both sides is placed in the French file; an English sentence without French, in the English one.
    expect(r.findings.map((f: { rule: string; file: string; line: number }) => [f.rule, f.file, f.line])).toEqual([
      ['missing-translation', 'minutes.en.txt', 29],
      ['number-mismatch', 'minutes.fr.txt', 21],
    ]);
  });

  it('reads keyed files (i18n JSON) by their keys, as without --parallel, beside documents aligned as prose', async () => {
    const app = join(process.cwd(), 'test/fixtures/formats/json/app');
    const plain = await run('check', join(app, 'en.json'), join(app, 'fr.json'), '--no-config', '--format', 'json', '--fail-on', 'never');
    const both = await run('check', '--parallel', join(app, 'en.json'), join(app, 'fr.json'), 'minutes.fr.txt', 'minutes.en.txt', '--no-config', '--format', 'json', '--fail-on', 'never');
    expect(both.code).toBe(0);
    const rule = (f: { rule: string; file: string; line: number }): string => `${f.rule} ${f.file.replace(/.*\//, '')}:${f.line}`;
    const keyed = JSON.parse(plain.out).findings.map(rule);
    expect(keyed.length).toBeGreaterThan(0);
    // The JSON's findings are the keyed reading's; the minutes' are the prose alignment's.
    expect(JSON.parse(both.out).findings.map(rule)).toEqual([...keyed, 'missing-translation minutes.en.txt:29', 'number-mismatch minutes.fr.txt:21']);
  });

  it('finds nothing wrong in a faithful Word translation (a clean case)', async () => {
    const { code, out } = await run('check', '--parallel', 'NoticeEN.docx', 'NoticeFR.docx', '--no-config', '--format', 'json');
    const r = JSON.parse(out);
    expect(r.findings).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('glossaries of the configuration', () => {
  // tax.en.txt has a sentence more than tax.fr.txt; only the glossary (CRA ⇄ ARC) tells which
  // of the two "Call … if you have any questions." sentences the French translates.
  const glossary = join(process.cwd(), 'test/fixtures/parallel/glossary');
  let gdir: string;
  beforeAll(() => {
    gdir = mkdtempSync(join(tmpdir(), 'bitext-parallel-glossary-'));
    for (const f of ['tax.en.txt', 'tax.fr.txt', 'terms.csv', 'bitext.config.yaml']) copyFileSync(join(glossary, f), join(gdir, f));
  });
  afterAll(() => rmSync(gdir, { recursive: true, force: true }));

  const orphanLine = async (...extra: string[]): Promise<number[]> => {
    const io = captureIo(gdir);
    const code = await runCli(['check', '--parallel', 'tax.en.txt', 'tax.fr.txt', '--format', 'json', '--fail-on', 'never', ...extra], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(io.out());
    return r.findings.filter((f: { rule: string }) => f.rule === 'missing-translation').map((f: { line: number }) => f.line);
  };

  it('pairs sentences by the glossary terms of the configuration', async () => {
    expect(await orphanLine()).toEqual([5]);
  });

  it('without the configuration, the glossary term is unknown and length decides', async () => {
    expect(await orphanLine('--no-config')).toEqual([4]);
  });
});
