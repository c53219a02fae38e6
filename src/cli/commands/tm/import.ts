// `bitext tm import FILE...`: TMX, XLIFF, PO, CSV/TSV or JSON into the memory, each file in one
// transaction (a file that fails part-way imports nothing).

import type { Command } from 'commander';
import type { CommandContext } from '../../main.js';
import { importFile, type ImportResult } from '../../../tm/import.js';
import { startProgress } from '../../../tm/progress.js';
import { displayPath } from '../../../reporters/common.js';
import { pickFormat } from '../../output.js';
import { fmtInt, openForWrite, withTmOption, type TmOptions } from './common.js';

export function outcomeLine(r: { counts: ImportResult['counts'] }): string {
  const c = r.counts;
  return `${fmtInt(c.added)} added, ${fmtInt(c.merged)} merged with existing units, ${fmtInt(c.updated)} replacing an earlier translation${c.older ? `, ${fmtInt(c.older)} older than the unit's translation (kept in its history)` : ''}`;
}

export function registerTmImport(tm: Command, ctx: CommandContext): void {
  withTmOption(
    tm
      .command('import')
      .description('Import translation units from TMX, XLIFF, PO, CSV/TSV or JSON files')
      .argument('<files...>', 'files to import'),
  )
    .option('-f, --format <format>', 'summary format: text, json', 'text')
    .addHelpText(
      'after',
      `
TMX is read as a stream (any size, bounded memory); DOCTYPE internal subsets and external
entities are refused. Each file is imported in one transaction: a file that is malformed
half-way, or an import that is interrupted, adds nothing.

Examples:
  $ bitext tm import memory.tmx
  $ bitext tm import app.fr.xliff django-fr.po glossary.csv --tm team.sqlite`,
    )
    .action(async (files: string[], opts: TmOptions & { format: string }) => {
      const format = pickFormat(opts.format, ['text', 'json'] as const);
      const store = openForWrite(ctx.io, opts);
      const results: ImportResult[] = [];
      try {
        for (const file of files) {
          const p = startProgress(ctx.io, `importing ${displayPath(file, ctx.io.cwd)}`);
          try {
            results.push(await importFile(store, file, { onProgress: (d, t) => p.update(d, t), countFirst: ctx.io.stderrIsTTY }));
          } finally {
            p.end();
          }
        }
        const units = store.count();
        if (format === 'json') {
          ctx.io.stdout(`${JSON.stringify({ tm: store.path, units, files: results }, null, 2)}\n`);
        } else {
          for (const r of results) {
            ctx.io.stdout(`${displayPath(r.file, ctx.io.cwd)}: ${fmtInt(r.read)} units read, ${outcomeLine(r)}${r.skipped ? `, ${fmtInt(r.skipped)} skipped (a language missing, empty or unfinished)` : ''}\n`);
          }
          ctx.io.stdout(`${displayPath(store.path, ctx.io.cwd)}: ${fmtInt(units)} units\n`);
        }
      } finally {
        store.close();
      }
      ctx.exitCode = 0;
    });
}
