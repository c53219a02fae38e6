import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see either the old content or the new one, never half of it:
 * write a temporary file beside the target, flush it, then rename it over the target.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
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

/**
 * writeFileAtomic for text that comes in pieces (a large report): the pieces are written through
 * a buffer as they come, so the whole text is never one string.
 */
export function writeChunksAtomic(path: string, chunks: Iterable<string>): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    const out = fd;
    eachBatch(chunks, (text) => void writeSync(out, text));
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
