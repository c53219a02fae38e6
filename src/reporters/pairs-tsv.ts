// Pairs as tab-separated values for spreadsheets: one row per pair, with both sides' places.

import type { RunResult, Segment } from '../core/types.js';

/** Tabs and line breaks inside a cell would break the row: they become spaces. */
export function tsvCell(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

function where(s: Segment | null): string {
  return s ? `${s.place.file}:${s.place.line}:${s.place.column}` : '';
}

export function formatPairsTsv(r: RunResult): string {
  const rows = [['id', 'method', 'score', 'en', 'fr', 'en_place', 'fr_place'].join('\t')];
  for (const p of r.pairs) {
    rows.push([p.id, p.method, String(p.score), tsvCell(p.en?.text ?? ''), tsvCell(p.fr?.text ?? ''), where(p.en), where(p.fr)].join('\t'));
  }
  return rows.join('\n') + '\n';
}
