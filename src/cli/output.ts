import { resolve } from 'node:path';
import { eachBatch, writeFileAtomic, writePiecesAtomic } from '../core/atomic-write.js';
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

/** Parses a --format value against the allowed list, with a one-line error. */
export function pickFormat<T extends string>(value: string, allowed: readonly T[], option = '--format'): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`${option} must be one of ${allowed.join(', ')} (got '${value}')`);
}
