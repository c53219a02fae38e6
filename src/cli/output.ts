import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { eachBatch, writeFileAtomic } from '../core/atomic-write.js';
import { UserError } from '../core/errors.js';
import { describeFsError } from '../core/document.js';
import type { CliIo } from './io.js';

/** Prints a report, or writes it atomically to --output. */
export function emit(io: CliIo, text: string, output?: string): void {
  if (!output || output === '-') {
    io.stdout(text);
    return;
  }
  try {
    writeFileAtomic(resolve(io.cwd, output), text);
  } catch (e) {
    throw new UserError(`cannot write the output file: ${describeFsError(e)}`, { file: output });
  }
}

/** emit for a report that comes in pieces (written as they come, never joined whole). */
export function emitChunks(io: CliIo, chunks: Iterable<string>, output?: string): void {
  if (!output || output === '-') {
    eachBatch(chunks, io.stdout);
    return;
  }
  try {
    writePiecesAtomic(resolve(io.cwd, output), chunks);
  } catch (e) {
    throw new UserError(`cannot write the output file: ${describeFsError(e)}`, { file: output });
  }
}

/**
 * Writes the pieces of a report to a temporary file beside `path`, one write each, then flushes
 * it and renames it over `path` (writeFileAtomic's guarantee). The pieces are not joined first:
 * the reporters hand on pieces of tens of kilobytes, and joining them into large strings left
 * the heap holding hundreds of megabytes of them until a full collection.
 */
function writePiecesAtomic(path: string, pieces: Iterable<string>): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    for (const piece of pieces) writeSync(fd, piece);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Parses a --format value against the allowed list, with a one-line error. */
export function pickFormat<T extends string>(value: string, allowed: readonly T[], option = '--format'): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`${option} must be one of ${allowed.join(', ')} (got '${value}')`);
}
