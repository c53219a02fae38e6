// `bitext tm export`: the memory as TMX 1.4b, CSV or JSON Lines.

import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../../main.js';
import { EXPORT_FORMATS, exportTm } from '../../../tm/export.js';
import { startProgress } from '../../../tm/progress.js';
import { displayPath } from '../../../reporters/common.js';
import { pickFormat } from '../../output.js';
import { fmtInt, openForRead, withTmOption, type TmOptions } from './common.js';

export function registerTmExport(tm: Command, ctx: CommandContext): void {
  withTmOption(tm.command('export').description('Write the memory as TMX 1.4b, CSV or JSON Lines'))
    .option('-f, --format <format>', `output format: ${EXPORT_FORMATS.join(', ')}`, 'tmx')
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .addHelpText(
      'after',
      `
TMX keeps each unit's properties, notes, dates, users and usage count; JSON Lines also has where
each unit came from and its earlier translations.

Examples:
  $ bitext tm export -o memory.tmx
  $ bitext tm export --format csv -o memory.csv
  $ bitext tm export --format jsonl | head`,
    )
    .action(async (opts: TmOptions & { format: string; output?: string }) => {
      const format = pickFormat(opts.format, EXPORT_FORMATS);
      const output = opts.output && opts.output !== '-' ? resolve(ctx.io.cwd, opts.output) : null;
      const store = openForRead(ctx.io, opts);
      try {
        const total = store.count();
        const p = startProgress(ctx.io, 'exporting');
        let n: number;
        try {
          n = await exportTm(store, format, output, (c) => ctx.io.stdout(c), (d) => p.update(d, total));
        } finally {
          p.end();
        }
        if (output) ctx.io.stdout(`${displayPath(output, ctx.io.cwd)}: ${fmtInt(n)} units\n`);
      } finally {
        store.close();
      }
      ctx.exitCode = 0;
    });
}
