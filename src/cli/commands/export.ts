// `bitext export FILE... --xliff OUT`: the checked pairs as XLIFF for CAT tools. Each pair with
// a finding is marked for review, with its findings as notes.

import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { readInputs } from '../../formats/index.js';
import { readParallelInputs } from '../../align/parallel-inputs.js';
import { runChecks } from '../../checks/run.js';
import { loadConfig } from '../../config/load.js';
import { checkSettings, ignoredBy, neutralFinder } from '../../config/settings.js';
import { pickFormat } from '../output.js';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { UserError } from '../../core/errors.js';
import type { Finding } from '../../core/types.js';
import { xliffString, type ExportUnit } from '../../formats/xliff-writer.js';

const VERSIONS = ['1.2', '2.0'] as const;

interface ExportOptions {
  xliff: string;
  xliffVersion: string;
  /** A path, or false for --no-config. */
  config?: string | false;
  parallel?: boolean;
}

export function registerExport(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .description('Check bilingual files and write their pairs as XLIFF for CAT tools')
    .argument('<files...>', 'files to export (any format bitext reads)')
    .requiredOption('--xliff <file>', 'XLIFF file to write (atomically)')
    .option('--xliff-version <version>', 'XLIFF version: 1.2 or 2.0', '1.2')
    .option('--parallel', 'the files are an English document and its French version, aligned sentence by sentence')
    .option('--config <file>', 'configuration file (default: bitext.config.yaml found from the current directory up)')
    .option('--no-config', 'ignore any configuration file')
    .addHelpText(
      'after',
      `
Each pair becomes a unit: target state "translated", or "needs-review-translation" (1.2; in 2.0
state "translated" with subState "bitext:needs-review-translation") where the checks found
something, with the findings as notes. Units read from XLIFF keep their ids, notes, inline codes
and whitespace.

Examples:
  $ bitext export agenda.txt --xliff agenda.xlf
  $ bitext export en.json fr.json --xliff app.xlf --xliff-version 2.0
  $ bitext export app.fr.xliff --xliff reviewed.xlf
  $ bitext export --parallel guide-en.docx guide-fr.docx --xliff guide.xlf`,
    )
    .action(async (files: string[], opts: ExportOptions) => {
      const version = pickFormat(opts.xliffVersion, VERSIONS, '--xliff-version');
      const cwd = ctx.io.cwd;
      // The same configuration as `check`, so that the units marked for review are the ones it reports.
      const config = loadConfig({ cwd, config: opts.config });
      for (const w of config.warnings) ctx.io.stderr(`bitext: warning: ${w}\n`);
      const kept = files.filter((f) => !ignoredBy(config, f, cwd));
      const read = { cwd, neutral: neutralFinder(config) };
      const inputs = opts.parallel ? await readParallelInputs(kept, read) : await readInputs(kept, read);
      const findings = await runChecks(inputs, checkSettings(config, cwd));
      const byPair = new Map<string, Finding[]>();
      for (const f of findings) {
        if (!f.pair) continue;
        let list = byPair.get(f.pair);
        if (!list) byPair.set(f.pair, (list = []));
        list.push(f);
      }
      const units: ExportUnit[] = [];
      for (const input of inputs) {
        for (const pair of input.pairs) {
          if (pair.method === 'shared' || (!pair.en && !pair.fr)) continue;
          units.push({ pair, findings: byPair.get(pair.id) ?? [] });
        }
      }
      if (units.length === 0) throw new UserError(`nothing to export: no EN/FR pairs were found in ${files.join(', ')}`);
      const xml = xliffString(units, { version });
      const out = resolve(cwd, opts.xliff);
      try {
        writeFileAtomic(out, xml);
      } catch (e) {
        throw new UserError(`cannot write the XLIFF file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: opts.xliff });
      }
      const review = units.filter((u) => u.findings.length > 0).length;
      ctx.io.stdout(`bitext: wrote ${units.length} unit${units.length === 1 ? '' : 's'} to ${opts.xliff} (XLIFF ${version}; ${review} to review)\n`);
      ctx.exitCode = 0;
    });
}
