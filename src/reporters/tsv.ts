// Findings as tab-separated values for translators' spreadsheets: a header, then one row per
// finding with the whole EN and FR segments, the message and the suggestion.

import type { RunResult } from '../core/types.js';
import type { ReporterOptions } from './index.js';
import { displayPath, findingSides, findingsOf, pairIndex, type SideView } from './common.js';
import { tsvCell } from './pairs-tsv.js';

export const TSV_COLUMNS = ['file', 'line', 'column', 'severity', 'rule', 'en', 'fr', 'message', 'suggestion'] as const;

export function formatTsv(result: RunResult, opts: ReporterOptions): string {
  const pairs = pairIndex(result);
  const rows = [TSV_COLUMNS.join('\t')];
  for (const f of findingsOf(result)) {
    const sides = findingSides(f, pairs);
    rows.push(
      [displayPath(f.file, opts.cwd), String(f.line), String(f.column), f.severity, f.rule, side(sides.en), side(sides.fr), f.message, f.suggestion ?? '']
        .map(cell)
        .join('\t'),
    );
  }
  return rows.join('\n') + '\n';
}

function side(v: SideView | null): string {
  return v && !v.missing ? v.text : '';
}

/**
 * One cell: tabs and line breaks flattened; text a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@` first) gets a leading apostrophe, which spreadsheets show as text.
 */
function cell(s: string): string {
  const flat = tsvCell(s);
  return /^[=+\-@]/.test(flat) ? `'${flat}` : flat;
}
