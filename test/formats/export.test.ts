// `bitext export FILE... --xliff OUT [--xliff-version 1.2|2.0]`.

import { describe, it, expect } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../../src/cli/io.js';
import { readXliff } from '../../src/formats/xliff.js';
import { haveXmllint, validateTmx, validateXliff12, validateXliff20 } from './tools.js';

const ROOT = resolve('.');

async function bitext(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(cwd);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

function outDir(): string {
  return mkdtempSync(join(tmpdir(), 'bitext-export-'));
}

describe('bitext export', () => {
  it('writes one unit per pair, the ones with findings marked for review', async () => {
    const dir = outDir();
    const out = join(dir, 'notify.xlf');
    const r = await bitext(['export', 'test/fixtures/formats/csv/fr.csv', '--xliff', out, '--no-config']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^bitext: wrote 6 units to .*notify\.xlf \(XLIFF 1\.2; \d+ to review\)\n$/);
    const xml = readFileSync(out, 'utf8');
    expect(xml.match(/<trans-unit /g)).toHaveLength(6);
    expect(xml).toContain('<file original="test/fixtures/formats/csv/fr.csv" source-language="en" target-language="fr" datatype="plaintext">');
    // The untranslated row: an empty target to fill in.
    expect(xml).toContain('<source>Not translated</source>\n        <target state="needs-translation"/>');
    // A clean, translated row is approved (as po2xliff does for non-fuzzy entries).
    expect(xml).toMatch(/<trans-unit id="row 2" approved="yes" xml:space="preserve">\n {8}<source>Sign in<\/source>\n {8}<target state="translated">Se connecter<\/target>/);
    expect(readdirSync(dir)).toEqual(['notify.xlf']);
  });

  it('round-trips an XLIFF file: same units, codes and whitespace', async () => {
    const dir = outDir();
    const out = join(dir, 'rt.xlf');
    expect((await bitext(['export', 'test/fixtures/formats/inline-12.xlf', '--xliff', out, '--no-config'])).code).toBe(0);
    const before = readXliff('test/fixtures/formats/inline-12.xlf').pairs;
    const after = readXliff(out).pairs;
    expect(after.map((p) => [p.meta?.key, p.en?.text ?? null, p.fr?.text ?? null])).toEqual(before.map((p) => [p.meta?.key, p.en?.text ?? null, p.fr?.text ?? null]));
  });

  it.skipIf(!haveXmllint)('writes XLIFF 1.2 (strict) and 2.0 (core and modules) that validate, from every reader', async () => {
    const dir = outDir();
    const inputs = ['test/fixtures/formats/csv/fr.csv', 'test/fixtures/formats/po/messages-fr.po', 'test/fixtures/formats/json/app/en.json', 'test/fixtures/formats/units.tmx', 'test/fixtures/formats/inline-20.xlf', 'test/fixtures/formats/xml/weather_e.xml'];
    for (const version of ['1.2', '2.0']) {
      const out = join(dir, `all-${version}.xlf`);
      const r = await bitext(['export', ...inputs, '--xliff', out, '--xliff-version', version, '--no-config']);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const v = version === '1.2' ? validateXliff12(out) : validateXliff20(out);
      expect(v.output.trim()).toBe(`${out} validates`);
    }
  });

  it('refuses a bad version, a missing --xliff and an empty input (exit 2, one line)', async () => {
    const dir = outDir();
    let r = await bitext(['export', 'test/fixtures/formats/csv/fr.csv', '--xliff', join(dir, 'x.xlf'), '--xliff-version', '3.0']);
    expect(r.code).toBe(2);
    expect(r.err).toBe("bitext: --xliff-version must be one of 1.2, 2.0 (got '3.0')\n");
    r = await bitext(['export', 'test/fixtures/formats/csv/fr.csv']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/required option '--xliff <file>' not specified/);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n\n');
    r = await bitext(['export', empty, '--xliff', join(dir, 'e.xlf'), '--no-config']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nothing to export: no EN\/FR pairs were found/);
    expect(readdirSync(dir)).toEqual(['empty.txt']);
  });

  it('leaves an existing output untouched when an input is malformed', async () => {
    const dir = outDir();
    const out = join(dir, 'keep.xlf');
    writeFileSync(out, 'previous export');
    const r = await bitext(['export', 'test/fixtures/formats/csv/fr.csv', 'test/fixtures/formats/json/malformed.json', '--xliff', out, '--no-config']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^bitext: test\/fixtures\/formats\/json\/malformed\.json:4:3: malformed JSON/);
    expect(readFileSync(out, 'utf8')).toBe('previous export');
    expect(readdirSync(dir)).toEqual(['keep.xlf']);
  });

  it('reads and writes paths relative to the working directory it is given', async () => {
    const dir = outDir();
    mkdirSync(join(dir, 'strings'));
    copyFileSync('test/fixtures/formats/csv/fr.csv', join(dir, 'strings', 'fr.csv'));
    const r = await bitext(['export', 'strings/fr.csv', '--xliff', 'out.xlf', '--xliff-version', '2.0', '--no-config'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'out.xlf'), 'utf8')).toContain('<file id="f1" original="strings/fr.csv">');
  });
});

describe('bitext align --format tmx|xliff', () => {
  it.skipIf(!haveXmllint)('prints TMX and XLIFF that validate', async () => {
    const dir = outDir();
    for (const [format, validate] of [
      ['tmx', validateTmx],
      ['xliff', validateXliff12],
    ] as const) {
      const out = join(dir, `a.${format}`);
      const r = await bitext(['align', 'test/fixtures/formats/po/messages-fr.po', '--format', format, '-o', out]);
      expect(r.code).toBe(0);
      const v = validate(out);
      expect(v.status, v.output).toBe(0);
    }
  });
});
