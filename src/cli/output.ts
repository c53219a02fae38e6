import { resolve } from 'node:path';
import { writeFileAtomic, writePiecesAtomic } from '../core/atomic-write.js';
import { writeUtf8, type Utf8Text } from '../core/utf8-out.js';
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

/** emit for a report written as it is made (to stdout a buffer at a time, never whole). */
export function emitChunks(io: CliIo, text: Utf8Text, output?: string): void {
  if (!output || output === '-') {
    writeUtf8((bytes) => io.stdout(bytes), text);
    return;
  }
  try {
    writePiecesAtomic(resolve(io.cwd, output), text);
  } catch (e) {
    throw new UserError(`cannot write the output file: ${describeFsError(e)}`, { file: output });
  }
}

/** Parses a --format value against the allowed list, with a one-line error. */
export function pickFormat<T extends string>(value: string, allowed: readonly T[], option = '--format'): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`${option} must be one of ${allowed.join(', ')} (got '${value}')`);
}
