// `bitext tm stats`: what the memory holds.

import type { Command } from 'commander';
import type { CommandContext } from '../../main.js';
import { displayPath } from '../../../reporters/common.js';
import { pickFormat } from '../../output.js';
import { fmtInt, openForRead, withTmOption, type TmOptions } from './common.js';

export function registerTmStats(tm: Command, ctx: CommandContext): void {
  withTmOption(tm.command('stats').description('Show what the memory holds'))
    .option('-f, --format <format>', 'output format: text, json', 'text')
    .action((opts: TmOptions & { format: string }) => {
      const format = pickFormat(opts.format, ['text', 'json'] as const);
      const store = openForRead(ctx.io, opts);
      try {
        const s = store.stats();
        if (format === 'json') {
          ctx.io.stdout(`${JSON.stringify(s, null, 2)}\n`);
        } else {
          const mib = (s.bytes / 1048576).toFixed(1);
          const lines = [
            `${displayPath(s.path, ctx.io.cwd)} (${mib} MiB, store version ${s.schemaVersion})`,
            `units:        ${fmtInt(s.units)} (${fmtInt(s.enWords)} English words, ${fmtInt(s.frWords)} French words)`,
            `history:      ${fmtInt(s.history)} earlier translations`,
            `origins:      ${fmtInt(s.origins)} place${s.origins === 1 ? '' : 's'} in ${fmtInt(s.sources)} file${s.sources === 1 ? '' : 's'}`,
            `contexts:     ${fmtInt(s.contexts)}`,
          ];
          if (s.firstChange) lines.push(`changed:      ${s.firstChange} to ${s.lastChange}`);
          if (s.byMethod.length) lines.push(`by method:    ${s.byMethod.map((m) => `${m.method || '?'} ${fmtInt(m.units)}`).join(', ')}`);
          if (s.bySource.length) {
            lines.push('largest sources:');
            for (const src of s.bySource.slice(0, 10)) lines.push(`  ${fmtInt(src.units).padStart(10)}  ${src.path}`);
          }
          ctx.io.stdout(lines.join('\n') + '\n');
        }
      } finally {
        store.close();
      }
      ctx.exitCode = 0;
    });
}
