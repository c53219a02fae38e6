// `bitext tm add FILE...`: align and check documents, and add their pairs to the memory.

import type { Command } from 'commander';
import type { CommandContext } from '../../main.js';
import { readInputs } from '../../../formats/index.js';
import { readParallelInputs } from '../../../align/parallel-inputs.js';
import { loadConfig } from '../../../config/load.js';
import { checkSettings, neutralFinder } from '../../../config/settings.js';
import { addDocuments, DEFAULT_MIN_SCORE } from '../../../tm/add.js';
import { startProgress } from '../../../tm/progress.js';
import { displayPath } from '../../../reporters/common.js';
import { pickFormat } from '../../output.js';
import { fmtInt, numberOption, openForWrite, withTmOption, type TmOptions } from './common.js';
import { outcomeLine } from './import.js';

export function registerTmAdd(tm: Command, ctx: CommandContext): void {
  withTmOption(
    tm
      .command('add')
      .description('Align and check bilingual files, then add their pairs to the memory')
      .argument('<files...>', 'files to add (any format bitext reads)'),
    'configuration file for the checks, whose tm.path names the memory (default: bitext.config.yaml, searched upward)',
  )
    .option('--parallel', 'the files are an English document and its French version (aligned sentence by sentence)')
    .option('--include-errors', 'also add pairs that have error findings')
    .option('--min-score <n>', `leave out pairs aligned with a confidence below n (0–1)`, String(DEFAULT_MIN_SCORE))
    .option('-f, --format <format>', 'summary format: text, json', 'text')
    .addHelpText(
      'after',
      `
Pairs with an error finding are kept out unless --include-errors; so are language-neutral pairs
(numbers, codes), orphans (no translation), and pairs aligned with a confidence below
--min-score (default ${DEFAULT_MIN_SCORE}). All the pairs are added in one transaction.

Examples:
  $ bitext tm add agenda.txt
  $ bitext tm add --parallel report-en.md report-fr.md --min-score 0.7
  $ bitext tm add draft.txt --include-errors --tm team.sqlite`,
    )
    .action(async (files: string[], opts: TmOptions & { parallel?: boolean; includeErrors?: boolean; minScore: string; format: string }) => {
      const format = pickFormat(opts.format, ['text', 'json'] as const);
      const minScore = numberOption(opts.minScore, '--min-score', 0, 1);
      const cwd = ctx.io.cwd;
      // The same configuration as `bitext check`: the pairs kept out are those it would flag.
      const config = loadConfig({ cwd, config: opts.config });
      for (const w of config.warnings) ctx.io.stderr(`bitext: warning: ${w}\n`);
      const read = { cwd, neutral: neutralFinder(config) };
      const inputs = opts.parallel ? await readParallelInputs(files, { ...read, glossaries: config.glossaries }) : await readInputs(files, read);
      const settings = checkSettings(config, cwd);
      const store = openForWrite(ctx.io, opts, config);
      try {
        const p = startProgress(ctx.io, 'adding', 'pairs');
        let report;
        try {
          report = await addDocuments(store, inputs, { includeErrors: opts.includeErrors, minScore, settings, onProgress: (d, t) => p.update(d, t) });
        } finally {
          p.end();
        }
        const units = store.count();
        if (format === 'json') {
          ctx.io.stdout(`${JSON.stringify({ tm: store.path, units, ...report }, null, 2)}\n`);
        } else {
          const k = report.keptOut;
          const out: string[] = [];
          out.push(`${fmtInt(report.pairs)} pairs in ${files.length === 1 ? displayPath(files[0], ctx.io.cwd) : `${files.length} files`}: ${outcomeLine(report)}`);
          const kept: string[] = [];
          if (k.errors) kept.push(`${fmtInt(k.errors)} with errors (${report.errorPairs.join(', ')}; --include-errors adds them)`);
          if (k.lowScore) kept.push(`${fmtInt(k.lowScore)} aligned below --min-score ${minScore}`);
          if (k.orphans) kept.push(`${fmtInt(k.orphans)} without a translation`);
          if (k.shared) kept.push(`${fmtInt(k.shared)} language-neutral`);
          if (k.other) kept.push(`${fmtInt(k.other)} empty or unfinished`);
          if (kept.length) out.push(`kept out: ${kept.join(', ')}`);
          out.push(`${displayPath(store.path, ctx.io.cwd)}: ${fmtInt(units)} units`);
          ctx.io.stdout(out.join('\n') + '\n');
        }
      } finally {
        store.close();
      }
      ctx.exitCode = 0;
    });
}
