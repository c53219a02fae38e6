// `tm export`: the memory as TMX 1.4b (units, properties, notes, dates, users, usage counts),
// CSV (one row per unit, for spreadsheets; re-importable) or JSON Lines (everything, with every
// place each unit was added from and its earlier translations). Files are written to a temporary file and
// renamed, so an interrupted export never leaves half a file.

import { rmSync, writeSync } from 'node:fs';
import { eachBatch, writeAtomic } from '../core/atomic-write.js';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createReadStream } from 'node:fs';
import { writeTmx, type TmxUnit } from '../formats/tmx.js';
import { UserError } from '../core/errors.js';
import type { StoredUnit, TmStore } from './store.js';

export const EXPORT_FORMATS = ['tmx', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function tmxUnitOf(u: StoredUnit): TmxUnit {
  const t: TmxUnit = { en: u.en, fr: u.fr, props: u.props, notes: u.notes, line: 0 };
  if (u.tuid !== null) t.tuid = u.tuid;
  t.creationdate = u.createdAt;
  t.changedate = u.changedAt;
  if (u.createdBy) t.creationid = u.createdBy;
  if (u.changedBy) t.changeid = u.changedBy;
  if (u.usageCount > 0) t.usagecount = u.usageCount;
  return t;
}

/** RFC 4180: quote a field when it holds a comma, a quote or a line break. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_HEADER = ['en', 'fr', 'tuid', 'created', 'created_by', 'changed', 'changed_by', 'seen', 'origin', 'line', 'method', 'notes'];

function csvRow(u: StoredUnit): string {
  return (
    [u.en, u.fr, u.tuid ?? '', u.createdAt, u.createdBy ?? '', u.changedAt, u.changedBy ?? '', String(u.seen), u.origin?.file ?? '', u.origin ? String(u.origin.line) : '', u.origin?.method ?? '', u.notes.join('\n')]
      .map(csvField)
      .join(',') + '\r\n'
  );
}

function jsonRow(store: TmStore, u: StoredUnit): string {
  const o: Record<string, unknown> = {
    id: u.id,
    en: u.en,
    fr: u.fr,
    tuid: u.tuid,
    created: u.createdAt,
    createdBy: u.createdBy,
    changed: u.changedAt,
    changedBy: u.changedBy,
    seen: u.seen,
    usageCount: u.usageCount,
    origin: u.origin,
    origins: store.origins(u),
    props: u.props,
    notes: u.notes,
  };
  const history = store.history(u.id);
  if (history.length) o.history = history;
  return `${JSON.stringify(o)}\n`;
}

/** Writes text chunks to `path` through a temporary file and a rename, in batches. */
function writeChunksAtomic(path: string, chunks: Iterable<string>): void {
  try {
    writeAtomic(path, (fd) => eachBatch(chunks, (text) => void writeSync(fd, text)));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code) throw new UserError(`cannot write the export: ${code}`, { file: path });
    throw e;
  }
}

function* lines(store: TmStore, format: 'csv' | 'jsonl', onUnit: () => void): Iterable<string> {
  if (format === 'csv') yield CSV_HEADER.join(',') + '\r\n';
  for (const u of store.units()) {
    onUnit();
    yield format === 'csv' ? csvRow(u) : jsonRow(store, u);
  }
}

/**
 * Exports the memory to `path`, or through `out` (standard output) when there is no path.
 * Returns the number of units written.
 */
export async function exportTm(store: TmStore, format: ExportFormat, path: string | null, out: (chunk: string) => void, onProgress?: (done: number) => void): Promise<number> {
  let n = 0;
  const tick = (): void => {
    n++;
    if (onProgress && (n & 0x3ff) === 0) onProgress(n);
  };
  if (format === 'tmx') {
    const target = path ?? join(tmpdir(), `bitext-export-${process.pid}-${Date.now()}.tmx`);
    const units = (function* () {
      for (const u of store.units()) {
        tick();
        yield tmxUnitOf(u);
      }
    })();
    await writeTmx(target, units, { srcLang: 'en', creationTool: 'bitext' });
    if (path === null) {
      try {
        for await (const chunk of createReadStream(target, { encoding: 'utf8', highWaterMark: 1 << 16 })) out(chunk as string);
      } finally {
        rmSync(target, { force: true });
      }
    }
    return n;
  }
  if (path !== null) writeChunksAtomic(path, lines(store, format, tick));
  else for (const c of lines(store, format, tick)) out(c);
  return n;
}
