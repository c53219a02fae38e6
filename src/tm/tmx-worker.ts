// Reads a TMX file in a worker thread and hands its units to the importing thread in batches, so
// that parsing runs beside the SQLite writes instead of before them. At most a few batches are in
// flight: memory stays bounded.

import { parentPort, workerData } from 'node:worker_threads';
import { streamTmx } from '../formats/tmx.js';
import { packTmxUnit, PACKED_FIELDS } from './tmx-units.js';
import { isUserError } from '../core/errors.js';

export interface WorkerInput {
  file: string;
  batchSize: number;
  /** Batches sent and not yet processed, at most. */
  inFlight: number;
}

export type WorkerMessage =
  /** Units packed PACKED_FIELDS values each (see tmx-units.ts). */
  | { type: 'batch'; packed: unknown[] }
  | { type: 'done'; units: number; skipped: number }
  | { type: 'error'; message: string; user: boolean; file?: string; line?: number; column?: number };

async function run(): Promise<void> {
  const port = parentPort!;
  const { file, batchSize, inFlight } = workerData as WorkerInput;
  let pending = 0;
  let wake: (() => void) | null = null;
  port.on('message', (m: { type: string }) => {
    if (m.type !== 'ack') return;
    pending--;
    wake?.();
    wake = null;
  });
  let batch: unknown[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    port.postMessage({ type: 'batch', packed: batch } satisfies WorkerMessage);
    batch = [];
    pending++;
    while (pending >= inFlight) await new Promise<void>((r) => (wake = r));
  };
  try {
    // Synchronous but for a full batch: no promise per unit.
    const r = await streamTmx(file, (u) => {
      packTmxUnit(u, batch);
      if (batch.length >= batchSize * PACKED_FIELDS) return flush();
    });
    await flush();
    port.postMessage({ type: 'done', units: r.units, skipped: r.skipped } satisfies WorkerMessage);
  } catch (e) {
    const user = isUserError(e);
    const err = e as { message?: string; file?: string; line?: number; column?: number; stack?: string };
    port.postMessage({ type: 'error', message: user ? String(err.message) : String(err.stack ?? e), user, file: err.file, line: err.line, column: err.column } satisfies WorkerMessage);
  } finally {
    port.close();
  }
}

void run();
