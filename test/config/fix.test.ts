// `--fix` on copies of the seed, in the encodings and line ends offices use: the fixed file
// differs from the original only on lines that had fixable findings, keeps its encoding, BOM
// and line ends, and checks clean of everything that was fixable (the fix invariant).

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect, afterAll } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../../src/cli/io.js';
import { decodeBytes, encodeText, type Encoding } from '../../src/formats/decode.js';
import { SourceDocument } from '../../src/core/document.js';
import { readInputs } from '../../src/formats/index.js';
import { runChecks } from '../../src/checks/run.js';
import { loadConfig } from '../../src/config/load.js';
import { checkSettings, neutralFinder } from '../../src/config/settings.js';
import { applyFixes } from '../../src/fix/apply.js';
import type { Finding } from '../../src/core/types.js';

const SCENARIO = 'test/fixtures/config/seed-presets';
const seedText = readFileSync(join(SCENARIO, 'seed.txt'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'bitext-fix-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function check(dir: string): Promise<Finding[]> {
  const cfg = loadConfig({ cwd: dir });
  const inputs = await readInputs(['seed.txt'], { cwd: dir, neutral: neutralFinder(cfg) });
  return runChecks(inputs, checkSettings(cfg, dir));
}

const variants: Array<{ name: string; encoding: Encoding; bom: boolean; eol: string }> = [
  { name: 'UTF-8, LF', encoding: 'utf-8', bom: false, eol: '\n' },
  { name: 'UTF-8 with BOM, CRLF', encoding: 'utf-8', bom: true, eol: '\r\n' },
  { name: 'Windows-1252, CRLF', encoding: 'windows-1252', bom: false, eol: '\r\n' },
  { name: 'UTF-16LE with BOM, CRLF', encoding: 'utf-16le', bom: true, eol: '\r\n' },
];

describe('--fix on the seed', () => {
  for (const v of variants) {
    it(v.name, async () => {
      const dir = join(tmp, v.name.replace(/\W+/g, '-'));
      cpSync(SCENARIO, dir, { recursive: true });
      const original = encodeText(seedText.replace(/\n/g, v.eol), v.encoding, v.bom);
      writeFileSync(join(dir, 'seed.txt'), original);

      const before = await check(dir);
      const fixLines = new Set(before.filter((f) => f.fix).map((f) => f.fix!.place.line));
      const fixedRules = new Set(before.filter((f) => f.fix).map((f) => f.rule));
      expect(fixedRules.has('fr/sous-prefix')).toBe(true);
      expect(fixedRules.has('house/commonwealth')).toBe(true);

      const io = captureIo(dir, { NO_COLOR: '1' });
      const code = await runCli(['check', 'seed.txt', '--fix', '--format', 'json'], io);
      expect(code, io.err()).toBe(1);
      expect(io.err()).toMatch(/^bitext: fixed \d+ problems? in seed\.txt\n$/);

      // Same encoding, BOM and line ends.
      const bytes = readFileSync(join(dir, 'seed.txt'));
      const decoded = decodeBytes(bytes, 'seed.txt');
      expect(decoded.encoding).toBe(v.encoding);
      expect(decoded.bom).toBe(v.bom);
      const doc = new SourceDocument('seed.txt', decoded.text, decoded.encoding, decoded.bom);
      const lines = decoded.text.split(v.eol);
      expect(decoded.text.replace(/\r\n/g, '').includes('\r')).toBe(false);
      if (v.eol === '\r\n') expect(decoded.text.split('\n').length).toBe(lines.length);
      expect(doc.eol).toBe(v.eol);

      // Only lines with fixable findings changed, and the two lines of the issue as expected.
      const old = decodeBytes(original, 'seed.txt').text.split(v.eol);
      expect(lines.length).toBe(old.length);
      const changed = old.map((l, i) => (l !== lines[i] ? i + 1 : 0)).filter((n) => n > 0);
      expect(changed.length).toBeGreaterThan(0);
      for (const n of changed) expect(fixLines.has(n), `line ${n} changed without a fixable finding`).toBe(true);
      expect(lines[25]).toBe('1. Quintet of Attorneys General July meeting / Réunion de juillet des sous-procureurs');
      expect(lines[26]).toBe('2. Commonwealth Law Ministers July meeting / Réunion de juillet des ministres du droit du Commonwealth');

      // The fix invariant: nothing fixable is left, and the substitution rules are clean.
      const after = JSON.parse(io.out()) as { findings: Finding[] };
      expect(after.findings.filter((f) => f.fix)).toEqual([]);
      expect(after.findings.filter((f) => f.rule === 'fr/sous-prefix' || f.rule === 'house/commonwealth')).toEqual([]);
      const again = await check(dir);
      expect(again.filter((f) => f.fix)).toEqual([]);
    });
  }
});

describe('applyFixes', () => {
  it('keeps the first of two overlapping edits and applies the other on the next pass', async () => {
    const dir = join(tmp, 'overlap');
    cpSync(SCENARIO, dir, { recursive: true });
    writeFileSync(join(dir, 'seed.txt'), 'Meeting / Réunion de la Commonwealth\n');
    const cfg = loadConfig({ cwd: dir });
    const inputs = await readInputs(['seed.txt'], { cwd: dir });
    const f = (await runChecks(inputs, checkSettings(cfg, dir))).find((x) => x.rule === 'house/commonwealth')!;
    const place = f.fix!.place;
    // A second, overlapping edit of the same place.
    const other: Finding = { ...f, fix: { place: { ...place, column: place.column + 3 }, text: 'X' } };
    const out = applyFixes(inputs, [f, other], dir);
    expect(out).toMatchObject({ applied: 1, overlapping: 1 });
    expect(readFileSync(join(dir, 'seed.txt'), 'utf8')).toBe('Meeting / Réunion du Commonwealth\n');
  });

  it('leaves files of formats it does not rewrite, and says so', async () => {
    const dir = join(tmp, 'po');
    cpSync('test/fixtures/config/directives', dir, { recursive: true });
    const io = captureIo(dir, { NO_COLOR: '1' });
    const before = readFileSync(join(dir, 'messages.po'));
    await runCli(['check', 'messages.po', '--fix', '--format', 'json'], io);
    expect(readFileSync(join(dir, 'messages.po')).equals(before)).toBe(true);
    expect(io.err()).toMatch(/^bitext: messages\.po: \d+ fixable findings? left as is \(--fix rewrites text and Markdown files only\)$/m);
  });
});
