// `bitext tm search "text"`: concordance — every unit whose English or French contains the words.

import { Chalk } from 'chalk';
import type { Command } from 'commander';
import type { CommandContext } from '../../main.js';
import { concordance } from '../../../tm/concordance.js';
import type { FuzzyMatcher, Side } from '../../../tm/lookup.js';
import { useColor } from '../../io.js';
import { pickFormat } from '../../output.js';
import { fmtInt, intOption, openForRead, withTmOption, type TmOptions } from './common.js';
import { openMatcher } from './lookup.js';

/** The text with its hit ranges marked: in colour on a terminal, else between [[ and ]]. */
export function markHits(text: string, ranges: Array<[number, number]>, mark: (s: string) => string): string {
  const nfc = text.normalize('NFC');
  let out = '';
  let at = 0;
  for (const [a, b] of ranges) {
    out += nfc.slice(at, a) + mark(nfc.slice(a, b));
    at = b;
  }
  return out + nfc.slice(at);
}

export function registerTmSearch(tm: Command, ctx: CommandContext): void {
  withTmOption(
    tm
      .command('search')
      .description('Concordance: every unit whose English or French contains the words, hits marked')
      .argument('<text>', 'words to find (all of them, in any order)'),
  )
    .option('--side <side>', 'where to look: en, fr, both', 'both')
    .option('-n, --limit <n>', 'how many units to show', '20')
    .option('-f, --format <format>', 'output format: text, json', 'text')
    .option('--color', 'force colours')
    .option('--no-color', 'no colours: hits are shown as [[hit]]')
    .addHelpText(
      'after',
      `
Words match whatever their case; numbers, placeholders and tags match as written. Units where the
words come as a phrase are listed first.

Examples:
  $ bitext tm search "conference code"
  $ bitext tm search "ordre du jour" --side fr`,
    )
    .action((text: string, opts: TmOptions & { side: string; limit: string; format: string; color?: boolean }) => {
      const where = pickFormat(opts.side, ['en', 'fr', 'both'] as const, '--side');
      const format = pickFormat(opts.format, ['text', 'json'] as const);
      const limit = intOption(opts.limit, '--limit', 1, 100_000);
      const store = openForRead(ctx.io, opts);
      try {
        const matchers: Partial<Record<Side, FuzzyMatcher>> = {};
        for (const side of ['en', 'fr'] as const) if (where === 'both' || where === side) matchers[side] = openMatcher(ctx, store, side);
        const r = concordance(store, matchers, text, { limit });
        if (format === 'json') {
          const hits = r.hits.map((h) => ({ unit: { id: h.unit.id, en: h.unit.en, fr: h.unit.fr, origin: h.unit.origin }, en: h.en, fr: h.fr, phrase: h.phrase }));
          ctx.io.stdout(`${JSON.stringify({ query: text, total: r.total, truncated: r.truncated, hits }, null, 2)}\n`);
        } else if (r.hits.length === 0) {
          ctx.io.stdout(`no unit contains ${JSON.stringify(text)}\n`);
        } else {
          const color = useColor(ctx.io, opts.color);
          const c = new Chalk({ level: color ? 1 : 0 });
          const mark = color ? (s: string) => c.bold.yellow(s) : (s: string) => `[[${s}]]`;
          const lines: string[] = [];
          for (const h of r.hits) {
            lines.push(`EN  ${markHits(h.unit.en, h.en, mark)}`);
            lines.push(`FR  ${markHits(h.unit.fr, h.fr, mark)}`);
            lines.push(c.dim(`    unit ${h.unit.id}${h.unit.origin ? ` · ${h.unit.origin.file}:${h.unit.origin.line}` : ''}`));
          }
          const more = r.total > r.hits.length ? ` (showing ${fmtInt(r.hits.length)}; --limit shows more)` : '';
          lines.push(`${r.truncated ? 'more than ' : ''}${fmtInt(r.total)} unit${r.total === 1 ? '' : 's'}${more}`);
          ctx.io.stdout(lines.join('\n') + '\n');
        }
      } finally {
        store.close();
      }
      ctx.exitCode = 0;
    });
}
