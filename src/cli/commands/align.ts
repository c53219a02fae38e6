// `bitext align FILE...`: the EN/FR pairs of the files, with every segment's place.

import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { readInputs } from '../../formats/index.js';
import { emit, pickFormat } from '../output.js';
import { formatJson, formatJsonl } from '../../reporters/pairs-json.js';
import { formatPairsTsv } from '../../reporters/pairs-tsv.js';
import type { RunResult } from '../../core/types.js';

/** Output formats of `align`; interchange formats register theirs here too. */
export const alignFormats: Record<string, (r: RunResult) => string> = {
  json: formatJson,
  jsonl: formatJsonl,
  tsv: formatPairsTsv,
};

export function registerAlign(program: Command, ctx: CommandContext): void {
  program
    .command('align')
    .description('Pair the English and French segments of bilingual files')
    .argument('<files...>', 'files to align (text, Markdown, and the interchange formats)')
    .option('-f, --format <format>', `output format: ${Object.keys(alignFormats).join(', ')}`, 'json')
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .addHelpText(
      'after',
      `
Examples:
  $ bitext align agenda.txt                       JSON report (pairs with places)
  $ bitext align agenda.txt --format tsv          one row per pair, for a spreadsheet
  $ bitext align a.txt b.md --format jsonl -o pairs.jsonl`,
    )
    .action(async (files: string[], opts: { format: string; output?: string }) => {
      const format = pickFormat(opts.format, Object.keys(alignFormats));
      const inputs = await readInputs(files, { cwd: ctx.io.cwd });
      const result: RunResult = { files, pairs: inputs.flatMap((i) => i.pairs) };
      emit(ctx.io, alignFormats[format](result), opts.output);
      ctx.exitCode = 0;
    });
}
