// `bitext tm lookup "segment"`: fuzzy matches from the memory, with their scores.

import type { Command } from 'commander';
import type { CommandContext } from '../../main.js';
import { FuzzyMatcher, DEFAULT_MIN_SCORE, type Match, type Side } from '../../../tm/lookup.js';
import { startProgress } from '../../../tm/progress.js';
import type { TmStore } from '../../../tm/store.js';
import { pickFormat } from '../../output.js';
import { fmtInt, intOption, openForRead, withTmOption, type TmOptions } from './common.js';

const REASONS: Record<string, string> = { numbers: 'numbers differ', codes: 'placeholders or tags differ', punctuation: 'punctuation differs', case: 'letter case differs' };

/** Opens the fuzzy index of one side, showing progress while it is built. */
export function openMatcher(ctx: CommandContext, store: TmStore, side: Side): FuzzyMatcher {
  const p = startProgress(ctx.io, `indexing the ${side === 'en' ? 'English' : 'French'} of the memory`);
  try {
    return FuzzyMatcher.open(store, side, { onProgress: (d, t) => p.update(d, t) });
  } finally {
    p.end();
  }
}

export function matchJson(m: Match): Record<string, unknown> {
  return {
    score: m.score,
    base: m.base,
    context: m.context,
    penalties: m.reasons,
    unit: { id: m.unit.id, en: m.unit.en, fr: m.unit.fr, tuid: m.unit.tuid, origin: m.unit.origin, changed: m.unit.changedAt, changedBy: m.unit.changedBy, seen: m.unit.seen },
  };
}

export function registerTmLookup(tm: Command, ctx: CommandContext): void {
  withTmOption(
    tm
      .command('lookup')
      .description('Find the units of the memory that best match a segment (fuzzy matches with scores)')
      .argument('<segment>', 'the segment to look up'),
  )
    .option('--from <lang>', 'language of the segment: en, fr', 'en')
    .option('-n, --limit <n>', 'how many matches', '5')
    .option('--threshold <percent>', 'lowest score shown', String(DEFAULT_MIN_SCORE))
    .option('-f, --format <format>', 'output format: text, json', 'text')
    .addHelpText(
      'after',
      `
Score: word-level edit distance on normalised text, 100 × (L − d) / L with L the longer segment
in words, minus penalties (numbers, placeholders or tags that differ: 2 each; punctuation or case
only: 1; at most 5), so "Room 201" against "Room 202" is 98, not 100.

Examples:
  $ bitext tm lookup "Conference code"
  $ bitext tm lookup "Ordre du jour" --from fr --format json`,
    )
    .action((segment: string, opts: TmOptions & { from: string; limit: string; threshold: string; format: string }) => {
      const side = pickFormat(opts.from, ['en', 'fr'] as const, '--from');
      const format = pickFormat(opts.format, ['text', 'json'] as const);
      const limit = intOption(opts.limit, '--limit', 1, 1000);
      const threshold = intOption(opts.threshold, '--threshold', 1, 100);
      const store = openForRead(ctx.io, opts);
      try {
        const matcher = openMatcher(ctx, store, side);
        const matches = matcher.lookup(segment, { limit, minScore: threshold });
        if (format === 'json') {
          ctx.io.stdout(`${JSON.stringify({ segment, from: side, matches: matches.map(matchJson) }, null, 2)}\n`);
        } else if (matches.length === 0) {
          ctx.io.stdout(`no match at ${threshold} % or more among ${fmtInt(matcher.size)} units\n`);
        } else {
          const other: Side = side === 'en' ? 'fr' : 'en';
          const lines: string[] = [];
          for (const m of matches) {
            const why = m.reasons.length ? `  (${m.reasons.map((r) => REASONS[r]).join(', ')})` : '';
            lines.push(`${String(m.score).padStart(3)} %  ${m.unit[side]}${why}`);
            lines.push(`       ${m.unit[other]}`);
            const meta = [`unit ${m.unit.id}`];
            if (m.unit.origin) meta.push(`${m.unit.origin.file}:${m.unit.origin.line}`);
            meta.push(`changed ${m.unit.changedAt}${m.unit.changedBy ? ` by ${m.unit.changedBy}` : ''}`);
            if (m.unit.seen > 1) meta.push(`seen ${fmtInt(m.unit.seen)} times`);
            lines.push(`       ${meta.join(' · ')}`);
          }
          ctx.io.stdout(lines.join('\n') + '\n');
        }
      } finally {
        store.close();
      }
      ctx.exitCode = 0;
    });
}
