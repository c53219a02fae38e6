// `bitext align` end to end, in process: formats, the JSON contract, and user errors (exit 2,
// one line naming the file and the problem, never a stack trace).

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIn } from './run-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bitext-cli-'));
  writeFileSync(join(dir, 'agenda.txt'), 'Agenda/Ordre du jour\n\nTeleconferencing / Téléconférence:\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  mkdirSync(join(dir, 'folder'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]): Promise<{ code: number; out: string; err: string }> => runIn(dir, args);

describe('bitext align', () => {
  it('prints the JSON report of Contract 2', async () => {
    const { code, out, err } = await run('align', 'agenda.txt');
    expect(err).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.version).toBe(1);
    expect(r.files).toEqual(['agenda.txt']);
    expect(r.pairs[0]).toEqual({
      id: 'p1',
      method: 'inline',
      score: r.pairs[0].score,
      en: { text: 'Agenda', file: 'agenda.txt', line: 1, column: 1, endLine: 1, endColumn: 7 },
      fr: { text: 'Ordre du jour', file: 'agenda.txt', line: 1, column: 8, endLine: 1, endColumn: 21 },
    });
    expect(r.pairs[1].fr.text).toBe('Téléconférence:');
    expect(r).not.toHaveProperty('findings');
  });

  it('prints one pair per line with --format jsonl, and a table with --format tsv', async () => {
    const jsonl = await run('align', 'agenda.txt', '--format', 'jsonl');
    expect(jsonl.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['p1', 'p2']);
    const tsv = await run('align', 'agenda.txt', '--format', 'tsv');
    expect(tsv.out.split('\n')[0]).toBe('id\tmethod\tscore\ten\tfr\ten_place\tfr_place');
    expect(tsv.out.split('\n')[1]).toMatch(/^p1\tinline\t[\d.]+\tAgenda\tOrdre du jour\tagenda.txt:1:1\tagenda.txt:1:8$/);
  });

  it('writes --output atomically and prints nothing', async () => {
    const { code, out } = await run('align', 'agenda.txt', '-o', 'pairs.json');
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'pairs.json'), 'utf8')).pairs).toHaveLength(2);
  });

  it('an empty file is zero pairs, not an error', async () => {
    const { code, out } = await run('align', 'empty.txt');
    expect(code).toBe(0);
    expect(JSON.parse(out).pairs).toEqual([]);
  });

  it.each([
    ['missing.txt', 'bitext: missing.txt: no such file\n'],
    ['folder', 'bitext: folder: is a directory, not a file\n'],
    ['logo.png', 'bitext: logo.png: is a binary file, not text\n'],
  ])('refuses %s with one line and exit code 2', async (file, message) => {
    const { code, out, err } = await run('align', file);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(message);
  });

  it('refuses an unknown format with one line and exit code 2', async () => {
    const { code, err } = await run('align', 'agenda.txt', '--format', 'yaml');
    expect(code).toBe(2);
    expect(err).toMatch(/^bitext: --format must be one of json, jsonl, tsv.* \(got 'yaml'\)\n$/);
  });

  it('reports a missing argument as a usage error (exit 2)', async () => {
    const { code, err } = await run('align');
    expect(code).toBe(2);
    expect(err).toMatch(/missing required argument/);
  });

  it('shows examples in --help', async () => {
    const { code, out } = await run('align', '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/Examples:/);
  });
});
