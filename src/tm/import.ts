// `tm import`: TMX (streamed, bounded memory) and the keyed formats the readers know (XLIFF, PO,
// CSV/TSV, JSON). A file is imported in one transaction: a file that fails part-way (malformed
// XML at line 80,000) or a process killed mid-way imports nothing.

import { open } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
import type { WorkerInput, WorkerMessage } from './tmx-worker.js';
import { readerFor, readInputs } from '../formats/index.js';
import { streamTmx } from '../formats/tmx.js';
import type { Pair } from '../core/types.js';
import type { AddOutcome, Prop, TmStore, UnitInput, Writer } from './store.js';
import { packTmxUnit, unpackUnits } from './tmx-units.js';

export interface ImportResult {
  file: string;
  format: string;
  /** Units read from the file. */
  read: number;
  /** Units left out (one language missing, empty side, fuzzy or untranslated entries). */
  skipped: number;
  counts: Record<AddOutcome, number>;
}

export interface ImportOptions {
  /** Called now and then with the units read so far and, when known, the units in the file. */
  onProgress?: (done: number, total?: number) => void;
  /** Count the units of a TMX file first, so that progress can show the time left. */
  countFirst?: boolean;
}

/** Formats whose pairs are translation units already (no alignment, no checks). */
const KEYED = new Set(['tmx', 'xliff', 'po', 'csv', 'tsv', 'json']);

/** Counts `<tu` and `<tu>` openings in a file, for a progress estimate (a few hundred MB/s). */
async function countTmxUnits(file: string): Promise<number> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    let count = 0;
    let carry = Buffer.alloc(0);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      const chunk = Buffer.concat([carry, buf.subarray(0, bytesRead)]);
      let at = 0;
      for (;;) {
        const i = chunk.indexOf('<tu', at);
        if (i < 0 || i + 3 >= chunk.length) break;
        const next = chunk[i + 3];
        if (next === 0x20 || next === 0x3e || next === 0x0a || next === 0x09 || next === 0x0d) count++;
        at = i + 3;
      }
      carry = chunk.subarray(Math.max(0, chunk.length - 3));
    }
    return count;
  } finally {
    await fh.close();
  }
}

export async function importFile(store: TmStore, file: string, opts: ImportOptions = {}): Promise<ImportResult> {
  // TMX is streamed here rather than read whole by its reader.
  const format = extname(file).toLowerCase() === '.tmx' ? 'tmx' : readerFor(file).format;
  if (!KEYED.has(format)) {
    throw new UserError(`tm import reads TMX, XLIFF, PO, CSV/TSV and JSON files (this one is read as ${format}); add documents with \`bitext tm add\``, { file });
  }
  return format === 'tmx' ? importTmx(store, file, opts) : importPairs(store, file, format, opts);
}

/** Files smaller than this are parsed in the importing thread (a worker costs more than it saves). */
const WORKER_MIN_BYTES = 4 << 20;

/** The reader allocates a lot of short-lived objects: a larger young generation collects them less often. */
const YOUNG = { maxYoungGenerationSizeMb: 96 };

/** A worker thread reading the TMX file, or null when workers are off or cannot start here. */
function tmxWorker(file: string): Worker | null {
  if (process.env.BITEXT_TM_THREADS === '0') return null;
  try {
    if (statSync(file).size < WORKER_MIN_BYTES) return null;
  } catch {
    return null; // the reader reports the missing file
  }
  const data: WorkerInput = { file, batchSize: 1000, inFlight: 4 };
  try {
    if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./tmx-worker.js', import.meta.url), { workerData: data, resourceLimits: YOUNG });
    // Running from source (tsx, vitest): loader hooks are per thread, so the worker registers tsx
    // before it loads its TypeScript.
    const api = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./tmx-worker.ts', import.meta.url).href;
    const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(boot, { eval: true, workerData: data, resourceLimits: YOUNG });
  } catch {
    return null;
  }
}

/**
 * The units of a TMX file (those with both languages, as the store takes them), parsed in a
 * worker thread while `onUnit` runs here; all in this thread when a worker cannot be had. Errors
 * (malformed XML, DOCTYPE) are the reader's UserErrors. `empty`: units with an empty side, left out.
 */
export function streamTmxUnits(file: string, onUnit: (u: UnitInput) => void): Promise<{ units: number; skipped: number; empty: number }> {
  let empty = 0;
  const inThread = async (): Promise<{ units: number; skipped: number; empty: number }> => {
    // The same packing as the worker's, one unit at a time: both ways give the same units.
    const one: unknown[] = [];
    const r = await streamTmx(file, (u) => {
      one.length = 0;
      packTmxUnit(u, one);
      empty += unpackUnits(one, file, onUnit);
    });
    return { ...r, empty };
  };
  const worker = tmxWorker(file);
  if (!worker) return inThread();
  return new Promise((resolve, reject) => {
    let started = false;
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      fn();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (settled) return;
      if (m.type === 'batch') {
        started = true;
        try {
          empty += unpackUnits(m.packed, file, onUnit);
        } catch (e) {
          void worker.terminate();
          finish(() => reject(e));
          return;
        }
        worker.postMessage({ type: 'ack' });
      } else if (m.type === 'done') {
        finish(() => resolve({ units: m.units, skipped: m.skipped, empty }));
      } else {
        finish(() => reject(m.user ? new UserError(m.message, { file: m.file, line: m.line, column: m.column }) : new Error(m.message)));
      }
    });
    worker.on('error', (e) => {
      // A worker that could not even start (no loader for it here): read in this thread.
      if (!started && !settled) {
        settled = true;
        inThread().then(resolve, reject);
      } else finish(() => reject(e));
    });
    worker.on('exit', () => finish(() => reject(new Error('the TMX reader thread stopped before the end of the file'))));
  });
}

async function importTmx(store: TmStore, file: string, opts: ImportOptions): Promise<ImportResult> {
  const total = opts.countFirst ? await countTmxUnits(file).catch(() => undefined) : undefined;
  let done = 0;
  // Bulk mode (identity index rebuilt at the end) pays for files that are large against the
  // store: at least 4 MiB, and (at ~400 bytes a unit) a tenth of the units already there.
  let bytes = 0;
  try {
    bytes = statSync(file).size;
  } catch {
    // the reader reports the missing file
  }
  const bulk = bytes >= WORKER_MIN_BYTES && bytes / 400 >= store.count() / 10;
  const { counts, result } = await store.write(
    async (w) => {
      const result = await streamTmxUnits(file, (u) => {
        w.add(u);
        if (opts.onProgress && (++done & 0x3ff) === 0) opts.onProgress(done, total);
      });
      return { counts: { ...w.counts }, result };
    },
    { bulk },
  );
  opts.onProgress?.(result.units, total);
  return { file, format: 'tmx', read: result.units + result.skipped, skipped: result.skipped + result.empty, counts };
}

/** States of keyed formats that are not finished translations. */
const UNFINISHED = new Set(['new', 'needs-translation', 'initial', 'untranslated', 'fuzzy']);

export function unitFromPair(p: Pair, file: string, method: string): UnitInput | null {
  if (!p.en || !p.fr || p.method === 'shared') return null;
  if (!p.en.text.trim() || !p.fr.text.trim()) return null;
  if (p.meta?.fuzzy || (p.meta?.state && UNFINISHED.has(p.meta.state))) return null;
  const input: UnitInput = { en: p.en.text, fr: p.fr.text, origin: { file, line: p.en.place.line, method } };
  if (p.meta?.key !== undefined) input.tuid = p.meta.key;
  if (p.meta?.notes?.length) input.notes = p.meta.notes.filter((n) => n.length > 0);
  if (p.meta?.props) {
    const props: Prop[] = [];
    for (const [type, value] of Object.entries(p.meta.props)) props.push({ type, value });
    if (props.length) input.props = props;
  }
  return input;
}

async function importPairs(store: TmStore, file: string, format: string, opts: ImportOptions): Promise<ImportResult> {
  const [input] = await readInputs([file]);
  const pairs = input.pairs;
  let skipped = 0;
  const counts = await store.write((w: Writer) => {
    pairs.forEach((p, i) => {
      const u = unitFromPair(p, file, format);
      if (!u) skipped++;
      else w.add(u);
      if (opts.onProgress && (i & 0x3ff) === 0) opts.onProgress(i, pairs.length);
    });
    return { ...w.counts };
  });
  opts.onProgress?.(pairs.length, pairs.length);
  return { file, format, read: pairs.length, skipped, counts };
}
