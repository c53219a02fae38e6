// `bitext check FILE...`: align, check, report, and exit with a code a CI job can gate on.

import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { readInputs, type InputFile } from '../../formats/index.js';
import { readParallelInputs } from '../../align/parallel-inputs.js';
import { runChecks, activeChecks, type CheckSettings } from '../../checks/run.js';
import { chunkedReporters, reporters } from '../../reporters/index.js';
import { emit, emitChunks, pickFormat } from '../output.js';
import { useColor } from '../io.js';
import { SEVERITY_RANK, type Finding, type RunResult, type Severity } from '../../core/types.js';
import { UserError } from '../../core/errors.js';
import { loadConfig } from '../../config/load.js';
import { checkSettings, ignoredBy, neutralFinder } from '../../config/settings.js';
import { applyBaseline, buildBaseline, readBaseline, writeBaseline } from '../../config/baseline.js';
import { fixUntilStable } from '../../fix/loop.js';
import { openCheckTm } from '../../tm/check-tm.js';

const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface CheckOptions {
  format: string;
  output?: string;
  failOn: string;
  color?: boolean;
  /** A path, or false for --no-config. */
  config?: string | false;
  baseline?: string;
  writeBaseline?: string;
  fix?: boolean;
  /** Translation memory for the consistency checks. */
  tm?: string;
  /** The files are monolingual EN and FR versions, aligned sentence by sentence. */
  parallel?: boolean;
  /** Print the time each rule took to standard error. */
  timing?: boolean;
}

export function registerCheck(program: Command, ctx: CommandContext): void {
  program
    .command('check')
    .description('Align bilingual files and report what a careful reviser would flag')
    .argument('<files...>', 'files to check')
    .option('-f, --format <format>', `report format: ${Object.keys(reporters).join(', ')}`, defaultFormat())
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .option('--fail-on <severity>', 'exit with 1 when a finding is at or above: error, warning, info, never', 'error')
    .option('--color', 'force colours')
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .option('-c, --config <file>', 'configuration file (default: bitext.config.yaml, searched upward from here)')
    .option('--no-config', 'ignore configuration files (defaults: preset fr-CA)')
    .option('--baseline <file>', 'do not report findings recorded in this baseline')
    .option('--write-baseline <file>', 'record the findings of this run as accepted (then exit 0)')
    .option('--fix', 'rewrite text and Markdown files to apply the fixes of fixable findings')
    .option('--parallel', 'the files are an English document and its French version (in either order), or pairs named x.en/x.fr')
    .option('--timing', 'print the time each rule took, slowest first, to standard error')
    .option('--tm <path>', 'translation memory that inconsistent-translation compares against (default: tm.path of the configuration, $BITEXT_TM)')
    .addHelpText(
      'after',
      `
Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 the check could not run.

Examples:
  $ bitext check agenda.txt
  $ bitext check agenda.txt --format sarif -o bitext.sarif
  $ bitext check docs/*.md --fail-on warning --format github
  $ bitext check agenda.txt --config team/bitext.config.yaml --fix
  $ bitext check docs/*.md --write-baseline .bitext-baseline.json
  $ bitext check docs/*.md --baseline .bitext-baseline.json
  $ bitext check --parallel minutes-fr.txt minutes-en.txt
  $ bitext check --parallel pages/*.en.md pages/*.fr.md`,
    )
    .action(async (files: string[], opts: CheckOptions) => {
      const format = pickFormat(opts.format, Object.keys(reporters));
      const failOn = pickFormat(opts.failOn, FAIL_ON, '--fail-on');
      const output = opts.output && opts.output !== '-' ? opts.output : undefined;
      if (output) checkOutput(output, files, ctx.io.cwd);
      const cwd = ctx.io.cwd;
      const config = loadConfig({ cwd, config: opts.config });
      for (const w of config.warnings) ctx.io.stderr(`bitext: warning: ${w}\n`);
      const checked = files.filter((f) => {
        const g = ignoredBy(config, f, cwd);
        if (g) ctx.io.stderr(`bitext: ${f}: skipped (ignore pattern '${g.pattern}' in ${config.file ?? 'the configuration'})\n`);
        return !g;
      });
      const baseline = opts.baseline ? readBaseline(opts.baseline, cwd) : undefined;
      const settings: CheckSettings = checkSettings(config, cwd);
      settings.tm = openCheckTm({ flag: opts.tm, configTmPath: config.tm?.path, cwd, env: ctx.io.env });
      if (opts.timing) settings.timing = new Map();
      const check = async (): Promise<{ inputs: InputFile[]; findings: Finding[]; all: Finding[] }> => {
        const inputs = opts.parallel ? await readParallelInputs(checked, { cwd, neutral: neutralFinder(config), glossaries: config.glossaries }) : await readInputs(checked, { cwd, neutral: neutralFinder(config) });
        const all = await runChecks(inputs, settings);
        const findings = baseline ? applyBaseline(all, inputs.flatMap((i) => i.pairs), baseline, opts.baseline!, cwd).kept : all;
        return { inputs, findings, all };
      };
      let run = await check();
      if (opts.fix) {
        const fixed = await fixUntilStable(run, check, cwd);
        run = fixed.run as typeof run;
        const s = fixed.summary;
        if (s.applied) ctx.io.stderr(`bitext: fixed ${s.applied} problem${s.applied === 1 ? '' : 's'} in ${s.files.join(', ')}\n`);
        for (const [file, n] of s.unsupported) ctx.io.stderr(`bitext: ${file}: ${n} fixable finding${n === 1 ? '' : 's'} left as is (--fix rewrites text and Markdown files only)\n`);
      }
      const { inputs } = run;
      let findings = run.findings;
      if (opts.writeBaseline) {
        const b = buildBaseline(run.all, inputs.flatMap((i) => i.pairs), opts.writeBaseline, cwd);
        writeBaseline(opts.writeBaseline, b, cwd);
        ctx.io.stderr(`bitext: recorded ${run.all.length} finding${run.all.length === 1 ? '' : 's'} in ${opts.writeBaseline}\n`);
        findings = [];
      }
      const result: RunResult = {
        files: checked,
        pairs: inputs.flatMap((i) => i.pairs),
        findings,
        rules: activeChecks(settings).map((a) => ({ id: a.check.id, description: a.check.description, severity: a.severity, help: a.check.help })),
      };
      // A report written to a file gets colours only when --color asks: escape codes would end up in it.
      const color = output ? opts.color === true : useColor(ctx.io, opts.color);
      const chunked = chunkedReporters[format];
      if (chunked) emitChunks(ctx.io, chunked(result, { color, cwd: ctx.io.cwd }), output);
      else emit(ctx.io, reporters[format](result, { color, cwd: ctx.io.cwd }), output);
      settings.tm?.close();
      if (settings.timing) ctx.io.stderr(timingTable(settings.timing));
      ctx.exitCode = gateExitCode(findings, failOn);
    });
}

/** The rules' times, slowest first, as a Markdown table (what `--timing` prints). */
export function timingTable(timing: Map<string, number>): string {
  const rows = [...timing].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((s, [, ms]) => s + ms, 0);
  const width = Math.max(4, ...rows.map(([id]) => id.length));
  const lines = [`${'Rule'.padEnd(width)} | Time (ms) | Relative`, `${':'.padEnd(width, '-')} | --------: | -------:`];
  for (const [id, ms] of rows) lines.push(`${id.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${(total > 0 ? (100 * ms) / total : 0).toFixed(1).padStart(7)}%`);
  return lines.join('\n') + '\n';
}

/** 1 when a finding is at or above the --fail-on severity, else 0. */
export function gateExitCode(findings: readonly Finding[], failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  const bar = SEVERITY_RANK[failOn as Severity];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= bar) ? 1 : 0;
}

/**
 * Refuses, before any work, an --output that cannot be written or that is one of the inputs
 * (the report would replace the document being checked).
 */
function checkOutput(output: string, files: string[], cwd: string): void {
  const target = resolve(cwd, output);
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
  const targetReal = real(target);
  if (files.some((f) => real(resolve(cwd, f)) === targetReal)) {
    throw new UserError('--output is one of the files being checked; the report would replace it', { file: output });
  }
  const dir = dirname(target);
  if (!existsSync(dir)) throw new UserError('cannot write the report: no such directory', { file: output });
  if (!statSync(dir).isDirectory()) throw new UserError('cannot write the report: the parent is not a directory', { file: output });
  if (existsSync(target) && statSync(target).isDirectory()) throw new UserError('cannot write the report: is a directory', { file: output });
}

function defaultFormat(): string {
  return 'stylish' in reporters ? 'stylish' : 'json';
}
