// The CI gate of `bitext check`: exit codes 0/1/2, --fail-on, --output, colours. The built-in
// checks are replaced by one test check so that the outcome depends on the fixtures only.

import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Check } from '../../src/checks/types.js';

vi.mock('../../src/checks/index.js', () => {
  // Flags French words by severity: "budget" an error, "table" a warning, "questions" an info.
  const words: Array<[RegExp, 'error' | 'warning' | 'info']> = [
    [/budget/, 'error'],
    [/table/, 'warning'],
    [/questions/, 'info'],
  ];
  const marker: Check = {
    id: 'test-marker',
    description: 'Flags marker words in French',
    severity: 'warning',
    check({ pair, report }) {
      const fr = pair.fr?.text ?? '';
      for (const [re, severity] of words) {
        const m = re.exec(fr);
        if (m) report({ message: `marker '${m[0]}'`, fr: { from: m.index, to: m.index + m[0].length }, severity });
      }
    },
  };
  return { builtinChecks: [marker], findCheck: (id: string) => (id === marker.id ? marker : undefined) };
});

const { runCli } = await import('../../src/cli/main.js');
const { captureIo } = await import('../../src/cli/io.js');
const { gateExitCode } = await import('../../src/cli/commands/check.js');

const dir = fileURLToPath(new URL('../fixtures/reporters/gate/', import.meta.url));
const fx = (name: string) => join(dir, name);

async function run(args: string[], env: NodeJS.ProcessEnv = {}, tty = false) {
  const io = { ...captureIo(process.cwd(), env), stdoutIsTTY: tty };
  // --no-config: a configuration found upward from the repository must not change the outcome.
  const code = await runCli(['check', '--no-config', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('exit codes and --fail-on', () => {
  // [files, --fail-on (undefined: the default, error), expected exit code]
  const cases: Array<[string[], string | undefined, number]> = [
    [['clean.txt'], undefined, 0],
    [['clean.txt'], 'info', 0],
    [['error.txt'], undefined, 1],
    [['error.txt'], 'warning', 1],
    [['error.txt'], 'never', 0],
    [['warning.txt'], undefined, 0],
    [['warning.txt'], 'error', 0],
    [['warning.txt'], 'warning', 1],
    [['info.txt'], 'warning', 0],
    [['info.txt'], 'info', 1],
    [['clean.txt', 'info.txt', 'warning.txt'], 'warning', 1],
  ];
  for (const [files, failOn, code] of cases) {
    it(`${files.join(' ')} --fail-on ${failOn ?? '(default)'} → ${code}`, async () => {
      const r = await run([...files.map(fx), ...(failOn ? ['--fail-on', failOn] : [])]);
      expect(r.err).toBe('');
      expect(r.code).toBe(code);
    });
  }

  it('counts what it found in the report', async () => {
    const r = await run([fx('warning.txt')]);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('✖ 2 problems (0 errors, 1 warning, 1 info)');
    expect(r.out).toContain("marker 'table'  test-marker");
    const clean = await run([fx('clean.txt')]);
    expect(clean.out).toBe('✔ no problems in 1 file (2 pairs)\n');
  });

  it('gateExitCode compares severities by rank', () => {
    const f = (severity: 'error' | 'warning' | 'info') => ({ rule: 'r', severity, message: '', side: 'en' as const, file: 'a', line: 1, column: 1, endLine: 1, endColumn: 2 });
    expect(gateExitCode([], 'info')).toBe(0);
    expect(gateExitCode([f('info')], 'error')).toBe(0);
    expect(gateExitCode([f('info'), f('warning')], 'warning')).toBe(1);
    expect(gateExitCode([f('error')], 'never')).toBe(0);
  });
});

describe('exit 2 with one line', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'bitext-gate-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  const oneLine = (err: string) => {
    expect(err.endsWith('\n')).toBe(true);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at /);
  };

  it('an unknown --format', async () => {
    const r = await run([fx('clean.txt'), '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    oneLine(r.err);
    expect(r.err).toBe("bitext: --format must be one of stylish, json, sarif, junit, github, tsv (got 'xml')\n");
  });

  it('an unknown --fail-on', async () => {
    const r = await run([fx('error.txt'), '--fail-on', 'critical']);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toContain('--fail-on must be one of error, warning, info, never');
  });

  it('a file that does not exist', async () => {
    const missing = join(tmp, 'nope.txt');
    const r = await run([fx('clean.txt'), missing]);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toBe(`bitext: ${missing}: no such file\n`);
  });

  it('--output in a directory that does not exist', async () => {
    const out = join(tmp, 'no', 'such', 'report.sarif');
    const r = await run([fx('error.txt'), '--format', 'sarif', '--output', out]);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toBe(`bitext: ${out}: cannot write the report: no such directory\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('--output under a file, or onto a directory', async () => {
    const file = join(tmp, 'plain');
    writeFileSync(file, 'x');
    const under = await run([fx('clean.txt'), '-o', join(file, 'r.txt')]);
    expect(under.code).toBe(2);
    oneLine(under.err);
    mkdirSync(join(tmp, 'd'));
    const onto = await run([fx('clean.txt'), '-o', join(tmp, 'd')]);
    expect(onto.code).toBe(2);
    oneLine(onto.err);
    expect(onto.err).toContain('is a directory');
  });

  it('--output naming an input file: the document is left as it was', async () => {
    const doc = join(tmp, 'agenda.txt');
    const text = readFileSync(fx('error.txt'), 'utf8');
    writeFileSync(doc, text);
    const r = await run([doc, '--output', doc]);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toContain('--output is one of the files being checked');
    expect(readFileSync(doc, 'utf8')).toBe(text);
  });
});

describe('--output', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'bitext-gate-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes the report to the file and nothing to stdout, and still gates', async () => {
    const out = join(tmp, 'report.xml');
    const r = await run([fx('error.txt'), '--format', 'junit', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe('');
    const printed = await run([fx('error.txt'), '--format', 'junit']);
    expect(readFileSync(out, 'utf8')).toBe(printed.out);
    // Written through a temporary file and a rename: nothing else is left beside it.
    expect(readdirSync(tmp)).toEqual(['report.xml']);
  });

  it('replaces an earlier report', async () => {
    const out = join(tmp, 'report.txt');
    writeFileSync(out, 'old report\n');
    const r = await run([fx('clean.txt'), '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('✔ no problems in 1 file (2 pairs)\n');
  });

  it('"-" means standard output', async () => {
    const r = await run([fx('clean.txt'), '-o', '-']);
    expect(r.out).toBe('✔ no problems in 1 file (2 pairs)\n');
  });

  it('has no colours in a file unless --color asks, even with FORCE_COLOR', async () => {
    const out = join(tmp, 'report.txt');
    await run([fx('error.txt'), '-o', out], { FORCE_COLOR: '1' }, true);
    expect(readFileSync(out, 'utf8')).not.toMatch(/\u001b\[/);
    await run([fx('error.txt'), '-o', out, '--color']);
    expect(readFileSync(out, 'utf8')).toMatch(/\u001b\[/);
  });
});

describe('colours', () => {
  const ansi = /\u001b\[/;
  // [environment, stdout is a terminal, flags, colours expected]
  const cases: Array<[NodeJS.ProcessEnv, boolean, string[], boolean]> = [
    [{}, false, [], false],
    [{}, true, [], true],
    [{ NO_COLOR: '1' }, true, [], false],
    [{ NO_COLOR: '' }, true, [], true], // an empty NO_COLOR does not count (no-color.org)
    [{ FORCE_COLOR: '1' }, false, [], true],
    [{ FORCE_COLOR: '0' }, true, [], true],
    [{ FORCE_COLOR: '0' }, false, [], false],
    [{}, true, ['--no-color'], false],
    [{ FORCE_COLOR: '1' }, false, ['--no-color'], false],
    [{}, false, ['--color'], true],
  ];
  for (const [env, tty, flags, want] of cases) {
    it(`${JSON.stringify(env)} tty=${tty} ${flags.join(' ')} → ${want ? 'colour' : 'plain'}`, async () => {
      const r = await run([fx('error.txt'), ...flags], env, tty);
      expect(r.code).toBe(1);
      expect(ansi.test(r.out)).toBe(want);
    });
  }

  it('never colours machine formats', async () => {
    for (const format of ['json', 'sarif', 'junit', 'github', 'tsv']) {
      const r = await run([fx('error.txt'), '--format', format, '--color']);
      expect(ansi.test(r.out), format).toBe(false);
    }
  });
});
