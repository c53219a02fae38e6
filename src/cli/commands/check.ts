// `bitext check FILE...`: align, check, report, and exit with a code a CI job can gate on.

import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { readInputs } from '../../formats/index.js';
import { runChecks, activeChecks, type CheckSettings } from '../../checks/run.js';
import { reporters } from '../../reporters/index.js';
import { emit, pickFormat } from '../output.js';
import { useColor } from '../io.js';
import { SEVERITY_RANK, type RunResult, type Severity } from '../../core/types.js';

const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;

export interface CheckOptions {
  format: string;
  output?: string;
  failOn: string;
  color?: boolean;
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
    .addHelpText(
      'after',
      `
Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 the check could not run.

Examples:
  $ bitext check agenda.txt
  $ bitext check agenda.txt --format sarif -o bitext.sarif
  $ bitext check docs/*.md --fail-on warning --format github`,
    )
    .action(async (files: string[], opts: CheckOptions) => {
      const format = pickFormat(opts.format, Object.keys(reporters));
      const failOn = pickFormat(opts.failOn, FAIL_ON, '--fail-on');
      const settings: CheckSettings = {};
      const inputs = await readInputs(files, { cwd: ctx.io.cwd });
      const findings = await runChecks(inputs, settings);
      const result: RunResult = {
        files,
        pairs: inputs.flatMap((i) => i.pairs),
        findings,
        rules: activeChecks(settings).map((a) => ({ id: a.check.id, description: a.check.description, severity: a.severity, help: a.check.help })),
      };
      emit(ctx.io, reporters[format](result, { color: useColor(ctx.io, opts.color), cwd: ctx.io.cwd }), opts.output);
      ctx.exitCode = failOn === 'never' ? 0 : findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn as Severity]) ? 1 : 0;
    });
}

function defaultFormat(): string {
  return 'stylish' in reporters ? 'stylish' : 'json';
}
