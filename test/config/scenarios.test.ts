// CLI scenarios (STYLE.md): one folder per scenario under test/fixtures/config/, holding its
// input files, its bitext.config.yaml and scenario.yaml, which lists the steps and what each
// must give:
//
//   steps:
//     - args: [check, seed.txt, --format, tsv]
//       exit: 1
//       stdout: expected.tsv          # a file of the folder (or `stdoutText:` inline)
//       rules: [glossary]             # compare only the TSV rows of these rules (header kept)
//       stdoutMatch: ['^profile: fr-FR$']  # regular expressions the output must match
//       stderr: "bitext: …"           # exact, or `stderrMatch:` a regular expression
//       files: { seed.txt: { lines: { 26: "…" } } }   # file content after the step
//     - edit: { file: seed.txt, replace: ["old", "new"] }
//
// The folder is copied to a temporary directory first, so that --fix and --write-baseline work
// on copies. In outputs, that directory reads `<dir>` and the package root `<bitext>`.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, it, expect, afterAll } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../../src/cli/io.js';
import { packageRoot } from '../../src/core/resources.js';

const ROOT = 'test/fixtures/config';

interface RunStep {
  args: string[];
  exit: number;
  stdout?: string;
  stdoutText?: string;
  /** Regular expressions (multiline) the output must match. */
  stdoutMatch?: string[];
  rules?: string[];
  stderr?: string;
  stderrMatch?: string;
  files?: Record<string, { lines?: Record<string, string>; same?: string }>;
}

interface EditStep {
  edit: { file: string; replace: [string, string] };
}

type Step = RunStep | EditStep;

const tmp = mkdtempSync(join(tmpdir(), 'bitext-scenarios-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function normalise(s: string, dir: string): string {
  return s.split(dir).join('<dir>').split(packageRoot()).join('<bitext>');
}

function onlyRules(tsv: string, rules: string[]): string {
  const [head, ...rows] = tsv.split('\n').filter((l) => l.length > 0);
  return [head, ...rows.filter((r) => rules.includes(r.split('\t')[4]))].join('\n') + '\n';
}

const scenarios = readdirSync(ROOT).filter((d) => {
  const p = join(ROOT, d);
  return statSync(p).isDirectory() && readdirSync(p).includes('scenario.yaml');
});

describe('CLI scenarios', () => {
  for (const name of scenarios.sort()) {
    const src = join(ROOT, name);
    const spec = parse(readFileSync(join(src, 'scenario.yaml'), 'utf8')) as { title?: string; steps: Step[] };
    it(`${name}${spec.title ? `: ${spec.title}` : ''}`, async () => {
      const dir = join(tmp, name);
      cpSync(src, dir, { recursive: true });
      for (const [k, step] of spec.steps.entries()) {
        if ('edit' in step) {
          const p = join(dir, step.edit.file);
          const text = readFileSync(p, 'utf8');
          expect(text.includes(step.edit.replace[0]), `step ${k + 1}: text to replace`).toBe(true);
          writeFileSync(p, text.replace(step.edit.replace[0], step.edit.replace[1]));
          continue;
        }
        const io = captureIo(dir, { NO_COLOR: '1' });
        const code = await runCli(step.args, io);
        const where = `step ${k + 1} (${step.args.join(' ')})`;
        const err = normalise(io.err(), dir);
        let out = normalise(io.out(), dir);
        if (step.rules) out = onlyRules(out, step.rules);
        if (step.stderr !== undefined) expect(err, `${where}: stderr`).toBe(step.stderr);
        if (step.stderrMatch !== undefined) expect(err, `${where}: stderr`).toMatch(new RegExp(step.stderrMatch));
        if (step.stdout !== undefined) expect(out, `${where}: stdout`).toBe(readFileSync(join(src, step.stdout), 'utf8'));
        if (step.stdoutText !== undefined) expect(out, `${where}: stdout`).toBe(step.stdoutText);
        for (const re of step.stdoutMatch ?? []) expect(out, `${where}: stdout`).toMatch(new RegExp(re, 'm'));
        expect(code, `${where}: exit code; stderr: ${err}`).toBe(step.exit);
        for (const [file, want] of Object.entries(step.files ?? {})) {
          const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
          for (const [n, text] of Object.entries(want.lines ?? {})) expect(lines[Number(n) - 1], `${where}: ${file}:${n}`).toBe(text);
          if (want.same) expect(readFileSync(join(dir, file)).equals(readFileSync(join(src, want.same))), `${where}: ${file} is unchanged`).toBe(true);
        }
      }
    });
  }
});
