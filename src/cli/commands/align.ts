// `bitext align FILE...`: the EN/FR pairs of the files, with every segment's place.

import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { readInputs } from '../../formats/index.js';
import { readParallelInputs } from '../../align/parallel-inputs.js';
import { emit, pickFormat } from '../output.js';
import { formatJson, formatJsonl } from '../../reporters/pairs-json.js';
import { formatPairsTsv } from '../../reporters/pairs-tsv.js';
import type { RunResult } from '../../core/types.js';
import { formatTmx } from '../../formats/tmx.js';
import { formatXliff } from '../../formats/xliff-writer.js';
import { loadConfig } from '../../config/load.js';
import { neutralFinder } from '../../config/settings.js';

/** Output formats of `align`; interchange formats register theirs here too. */
export const alignFormats: Record<string, (r: RunResult) => string> = {
  json: formatJson,
  jsonl: formatJsonl,
  tsv: formatPairsTsv,
  tmx: formatTmx,
  xliff: formatXliff,
};

export function registerAlign(program: Command, ctx: CommandContext): void {
  program
    .command('align')
    .description('Pair the English and French segments of bilingual files')
    .argument('<files...>', 'files to align (text, Markdown, and the interchange formats)')
    .option('-f, --format <format>', `output format: ${Object.keys(alignFormats).join(', ')}`, 'json')
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .option('--parallel', 'the files are an English document and its French version (in either order), or pairs named x.en/x.fr')
    .option('-c, --config <file>', 'configuration file (its presets may add neutral patterns, e.g. atip)')
    .option('--no-config', 'ignore configuration files')
    .addHelpText(
      'after',
      `
Examples:
  $ bitext align agenda.txt                       JSON report (pairs with places)
  $ bitext align agenda.txt --format tsv          one row per pair, for a spreadsheet
  $ bitext align a.txt b.md --format jsonl -o pairs.jsonl
  $ bitext align --parallel report-fr.docx report-en.docx --format tmx -o report.tmx`,
    )
    .action(async (files: string[], opts: { format: string; output?: string; parallel?: boolean; config?: string | false }) => {
      const format = pickFormat(opts.format, Object.keys(alignFormats));
      const cwd = ctx.io.cwd;
      // The configuration matters to alignment through its neutral patterns (exemption marks…).
      const config = loadConfig({ cwd, config: opts.config });
      for (const w of config.warnings) ctx.io.stderr(`bitext: warning: ${w}\n`);
      const read = { cwd, neutral: neutralFinder(config) };
      const inputs = opts.parallel ? await readParallelInputs(files, { ...read, glossaries: config.glossaries }) : await readInputs(files, read);
      const result: RunResult = { files, pairs: inputs.flatMap((i) => i.pairs) };
      emit(ctx.io, alignFormats[format](result), opts.output);
      ctx.exitCode = 0;
    });
}
