// `bitext analyze FILE... --tm PATH`: the leverage report a CAT tool gives before a job — how
// many segments and words of the files the memory covers, per match band.

import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { readInputs } from '../../formats/index.js';
import { analyzeInputs, BANDS, BAND_LABELS, type LeverageReport, type LeverageTable } from '../../tm/analyze.js';
import { startProgress } from '../../tm/progress.js';
import { displayPath } from '../../reporters/common.js';
import { emit, pickFormat } from '../output.js';
import { fmtInt, openForRead, withTmOption, type TmOptions } from './tm/common.js';
import { openMatcher } from './tm/lookup.js';

function pct(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
}

/** One table: a row per band, then the total. */
export function leverageTable(t: LeverageTable): string {
  const head = ['Match', 'Segments', 'Words', 'Words %', 'Characters'];
  const rows = BANDS.map((b) => [BAND_LABELS[b], fmtInt(t.bands[b].segments), fmtInt(t.bands[b].words), pct(t.bands[b].words, t.total.words), fmtInt(t.bands[b].characters)]);
  rows.push(['Total', fmtInt(t.total.segments), fmtInt(t.total.words), pct(t.total.words, t.total.words), fmtInt(t.total.characters)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(head), rule, ...rows.slice(0, -1).map(line), rule, line(rows[rows.length - 1])].join('\n');
}

export function formatLeverage(r: LeverageReport, tm: string, units: number, cwd: string): string {
  const parts: string[] = [];
  const files = r.files.length;
  parts.push(`Leverage of ${files === 1 ? displayPath(r.files[0].file, cwd) : `${files} files`} against ${displayPath(tm, cwd)} (${fmtInt(units)} units), source ${r.source.toUpperCase()}`);
  if (files > 1) {
    for (const f of r.files) parts.push(`\n${displayPath(f.file, cwd)}\n${leverageTable(f)}`);
    parts.push(`\nAll files\n${leverageTable(r.total)}`);
  } else parts.push(`\n${leverageTable(r.total)}`);
  return parts.join('\n') + '\n';
}

export function leverageJson(r: LeverageReport, tm: string, units: number): Record<string, unknown> {
  return {
    version: 1,
    tm,
    units,
    source: r.source,
    bands: BANDS,
    files: r.files.map((f) => ({ file: f.file, bands: f.bands, total: f.total })),
    total: { bands: r.total.bands, total: r.total.total },
    segments: r.segments,
  };
}

export function registerAnalyze(program: Command, ctx: CommandContext): void {
  withTmOption(
    program
      .command('analyze')
      .description('Leverage report: segments and words per translation-memory match band')
      .argument('<files...>', 'files to analyse (any format bitext reads)'),
  )
    .option('--source <lang>', 'language the job translates from: en, fr', 'en')
    .option('-f, --format <format>', 'output format: table, json', 'table')
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .addHelpText(
      'after',
      `
Bands, as CAT tools count them: context match (100 % in the same surroundings), 100 %,
repetitions (the same text earlier in the job, when the memory has no 100 % match), 95–99,
85–94, 75–84, 50–74 and no match. Language-neutral pairs (numbers, codes) are not counted.

Examples:
  $ bitext analyze new-agenda.txt --tm tm/bitext.sqlite
  $ bitext analyze docs/*.md --format json -o leverage.json`,
    )
    .action(async (files: string[], opts: TmOptions & { source: string; format: string; output?: string }) => {
      const source = pickFormat(opts.source, ['en', 'fr'] as const, '--source');
      const format = pickFormat(opts.format, ['table', 'json'] as const);
      const inputs = await readInputs(files, { cwd: ctx.io.cwd });
      const store = openForRead(ctx.io, opts);
      try {
        const matcher = openMatcher(ctx, store, source);
        const p = startProgress(ctx.io, 'analysing', 'segments');
        let report: LeverageReport;
        try {
          report = analyzeInputs(matcher, inputs, { source, onProgress: (d, t) => p.update(d, t) });
        } finally {
          p.end();
        }
        const units = matcher.size;
        const text = format === 'json' ? `${JSON.stringify(leverageJson(report, store.path, units), null, 2)}\n` : formatLeverage(report, store.path, units, ctx.io.cwd);
        emit(ctx.io, text, opts.output);
      } finally {
        store.close();
      }
      ctx.exitCode = 0;
    });
}
