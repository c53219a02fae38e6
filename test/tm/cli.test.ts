// The `tm` and `analyze` commands in-process (runCli), and `check --tm`: outputs, exit codes and
// one-line errors.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../../src/cli/io.js';

let dir: string;
let tm: string;
const sample = resolve('test/fixtures/tm/sample.tmx');
const agenda = resolve('test/fixtures/tm/agenda.txt');

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(dir);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bitext-tm-cli-'));
  tm = join(dir, 'team.sqlite');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bitext tm', () => {
  it('imports, and says what it did (quietly on stderr when it is not a terminal)', async () => {
    const r = await cli('tm', 'import', sample, '--tm', tm);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('8 units read, 5 added, 1 merged with existing units, 1 replacing an earlier translation, 1 skipped');
    expect(r.out).toContain('team.sqlite: 5 units');
  });

  it('shows statistics', async () => {
    const r = await cli('tm', 'stats', '--tm', tm);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/units: +5 \(/);
    expect(r.out).toMatch(/history: +1 earlier translations/);
    const j = JSON.parse((await cli('tm', 'stats', '--tm', tm, '--format', 'json')).out) as { units: number };
    expect(j.units).toBe(5);
  });

  it('looks up fuzzy matches with scores and why they are not 100 %', async () => {
    const r = await cli('tm', 'lookup', 'conference code:', '--tm', tm);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe(' 98 %  Conference code  (punctuation differs, letter case differs)');
    expect(r.out.split('\n')[1]).toBe('       Code de conférence');
    const j = JSON.parse((await cli('tm', 'lookup', 'Table ronde', '--from', 'fr', '--tm', tm, '--format', 'json')).out) as { matches: unknown[] };
    expect(j.matches).toEqual([]);
    expect((await cli('tm', 'lookup', 'Nothing like it at all', '--tm', tm)).out).toBe('no match at 50 % or more among 5 units\n');
  });

  it('searches (concordance) with hits marked', async () => {
    const r = await cli('tm', 'search', 'conférence', '--tm', tm, '--no-color');
    expect(r.code).toBe(0);
    expect(r.out).toContain('FR  Code de [[conférence]]');
    expect(r.out).toContain('1 unit\n');
  });

  it('exports TMX, CSV and JSON Lines', async () => {
    const out = join(dir, 'out.tmx');
    const r = await cli('tm', 'export', '--tm', tm, '-o', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<tu tuid="agenda"');
    expect((await cli('tm', 'export', '--tm', tm, '--format', 'csv')).out.split('\r\n')[0]).toMatch(/^en,fr,/);
    expect((await cli('tm', 'export', '--tm', tm, '--format', 'jsonl')).out.trim().split('\n')).toHaveLength(5);
  });

  it('fails with one line and exit code 2 on bad input', async () => {
    const missing = await cli('tm', 'lookup', 'Agenda', '--tm', join(dir, 'none.sqlite'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^bitext: .*none\.sqlite: no translation memory here/);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'none.sqlite'))).toBe(false);
    const limit = await cli('tm', 'lookup', 'Agenda', '--tm', tm, '--limit', 'many');
    expect([limit.code, limit.err]).toEqual([2, "bitext: --limit must be a whole number (got 'many')\n"]);
    const fmt = await cli('tm', 'export', '--tm', tm, '--format', 'xlsx');
    expect(fmt.code).toBe(2);
    const bad = await cli('tm', 'import', resolve('test/fixtures/tm/malformed.tmx'), '--tm', tm);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/malformed\.tmx:305:\d+: malformed XML/);
    expect((await cli('tm', 'stats', '--tm', tm, '--format', 'json')).out).toContain('"units": 5');
  });
});

describe('bitext tm add, analyze, check --tm', () => {
  it('adds a document, analyses it at 100 %, and checks an edited copy against the memory', async () => {
    const store = join(dir, 'agenda.sqlite');
    const add = await cli('tm', 'add', agenda, '--tm', store);
    expect(add.code).toBe(0);
    expect(add.out).toMatch(/^9 pairs in .*agenda\.txt: 8 added/);
    expect(add.out).toContain('kept out: 1 language-neutral');

    const table = await cli('analyze', agenda, '--tm', store);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/Context match +8 +27 +100\.0 %/);
    expect(table.out).toMatch(/No match +0 +0 +0\.0 %/);
    const json = JSON.parse((await cli('analyze', agenda, '--tm', store, '--format', 'json')).out) as { segments: Array<{ band: string }> };
    expect(json.segments.every((s) => s.band === 'context')).toBe(true);

    const edited = join(dir, 'agenda-edited.txt');
    writeFileSync(edited, readFileSync(agenda, 'utf8').replace('Teleconferencing / Téléconférence', 'Teleconferencing / Conférence téléphonique'));
    const check = await cli('check', edited, '--tm', store, '--format', 'json', '--fail-on', 'warning', '--no-config');
    expect(check.code).toBe(1);
    const found = (JSON.parse(check.out) as { findings: Array<{ rule: string; line: number; message: string; suggestion?: string }> }).findings.filter((f) => f.rule === 'inconsistent-translation');
    expect(found.map((f) => [f.line, f.message, f.suggestion])).toEqual([[7, '"Teleconferencing" translated "Conférence téléphonique" here, "Téléconférence" in the TM once', 'Téléconférence']]);
    // Without --tm the edited copy is consistent with itself.
    const alone = await cli('check', edited, '--format', 'json', '--no-config');
    expect((JSON.parse(alone.out) as { findings: Array<{ rule: string }> }).findings.filter((f) => f.rule.startsWith('inconsistent'))).toEqual([]);
  });
});

describe('where the memory is', () => {
  it('is tm.path of the configuration for every tm sub-command, analyze and check, unless --tm or BITEXT_TM names another', async () => {
    const project = mkdtempSync(join(dir, 'project-'));
    const sub = join(project, 'docs', 'fr');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(project, 'bitext.config.yaml'), 'tm:\n  path: memory/team.sqlite\n');
    const expected = join(project, 'memory', 'team.sqlite');
    // Run from a folder below the configuration: the path is relative to the configuration file.
    const run = async (args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> => {
      const io = captureIo(sub, env);
      const code = await runCli(args, io);
      return { code, out: io.out(), err: io.err() };
    };
    const imp = await run(['tm', 'import', sample, '--format', 'json']);
    expect([imp.code, imp.err]).toEqual([0, '']);
    expect((JSON.parse(imp.out) as { tm: string }).tm).toBe(expected);
    const add = await run(['tm', 'add', agenda, '--format', 'json']);
    expect((JSON.parse(add.out) as { tm: string }).tm).toBe(expected);
    expect((JSON.parse((await run(['tm', 'stats', '--format', 'json'])).out) as { path: string; units: number }).path).toBe(expected);
    expect((await run(['tm', 'lookup', 'Conference code'])).out).toMatch(/^100 % {2}Conference code\n/);
    expect((await run(['tm', 'search', 'conférence', '--no-color'])).out).toContain('Code de [[conférence]]');
    expect((await run(['tm', 'export', '--format', 'jsonl'])).out.trim().split('\n').length).toBe((JSON.parse((await run(['tm', 'stats', '--format', 'json'])).out) as { units: number }).units);
    expect((JSON.parse((await run(['analyze', agenda, '--format', 'json'])).out) as { tm: string }).tm).toBe(expected);
    const edited = join(project, 'edited.txt');
    writeFileSync(edited, readFileSync(agenda, 'utf8').replace('Teleconferencing / Téléconférence', 'Teleconferencing / Conférence téléphonique'));
    const check = await run(['check', edited, '--format', 'json']);
    expect((JSON.parse(check.out) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule)).toContain('inconsistent-translation');
    // --config names the configuration; --no-config falls back to tm/bitext.sqlite here.
    expect((JSON.parse((await run(['tm', 'stats', '--format', 'json', '--config', join(project, 'bitext.config.yaml')])).out) as { path: string }).path).toBe(expected);
    const none = await run(['tm', 'stats', '--no-config']);
    expect([none.code, none.err]).toEqual([2, `bitext: ${join(sub, 'tm', 'bitext.sqlite')}: no translation memory here (create one with \`bitext tm import\` or \`bitext tm add\`)\n`]);
    // The flag and the environment come first.
    expect((await run(['tm', 'stats', '--tm', tm, '--format', 'json'])).out).toContain(`"path": ${JSON.stringify(tm)}`);
    expect((await run(['tm', 'stats', '--format', 'json'], { BITEXT_TM: tm })).out).toContain(`"path": ${JSON.stringify(tm)}`);
    expect(existsSync(join(sub, 'tm'))).toBe(false);
  });
});
