import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeUtf8, type Utf8Text } from './utf8-out.js';

/**
 * Writes a file so that readers see either the old content or the new one, never half of it:
 * `write` fills a temporary file beside the target, which is flushed and renamed over the target.
 * On any error the temporary file is removed and the target is left as it was.
 */
export function writeAtomic(path: string, write: (fd: number) => void): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    write(fd);
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

/** writeAtomic of one string or byte array. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeAtomic(path, (fd) => void writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data));
}

/**
 * writeAtomic of text written as UTF-8 (a large report): encoded into a buffer written whenever it
 * is full, never joined into strings: joining a report of 100,000 pairs cost more than encoding
 * it, and large joined strings stayed in the heap until a full collection.
 */
export function writePiecesAtomic(path: string, text: Utf8Text): void {
  writeAtomic(path, (fd) => writeUtf8(fd, text));
}

/** Hands pieces of text on in batches of about 1 MiB (fewer writes than one per piece). */
export function eachBatch(chunks: Iterable<string>, write: (text: string) => void): void {
  let batch: string[] = [];
  let size = 0;
  for (const c of chunks) {
    batch.push(c);
    size += c.length;
    if (size >= 1 << 20) {
      write(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  if (batch.length) write(batch.join(''));
}
