import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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

/** Bytes encoded before each write of writePiecesAtomic. */
const WRITE_SIZE = 1 << 20;

/** Characters JSON.stringify writes otherwise than as themselves (and lone surrogates). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * UTF-8 output to a file through a buffer written whenever it is full. Texts go through Node's
 * encoder, each straight into the buffer (no string is joined or flattened on the way); short
 * ASCII parts known in advance (a report's punctuation and keys) and whole numbers are stored
 * byte by byte, which costs less than a call to the encoder.
 */
export class Utf8Out {
  private readonly buf = Buffer.allocUnsafe(WRITE_SIZE);
  /** The same memory, for stores byte by byte (faster on a plain Uint8Array than on a Buffer). */
  private readonly bytes = new Uint8Array(this.buf.buffer, this.buf.byteOffset, WRITE_SIZE);
  private used = 0;

  constructor(private readonly fd: number) {}

  /** Writes out what the buffer holds. */
  flush(): void {
    if (this.used > 0) writeSync(this.fd, this.buf, 0, this.used);
    this.used = 0;
  }

  /** Room for n more bytes; false when n is larger than the whole buffer. */
  private room(n: number): boolean {
    if (this.used + n > WRITE_SIZE) this.flush();
    return n <= WRITE_SIZE;
  }

  /** Any text, as UTF-8 (the bytes of Buffer.from(s, 'utf8')). */
  text(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.room(3 * s.length)) this.used += this.buf.write(s, this.used, 'utf8');
    else writeSync(this.fd, s);
  }

  /** A string as JSON.stringify writes it, quotes included. */
  jsonString(s: string): void {
    if (NEEDS_ESCAPE.test(s) || !this.room(3 * s.length + 2)) {
      this.text(JSON.stringify(s));
      return;
    }
    this.bytes[this.used] = 34; // "
    this.used += 1 + this.buf.write(s, this.used + 1, 'utf8');
    this.bytes[this.used++] = 34;
  }

  /** ASCII text encoded beforehand (see asciiBytes): a few bytes, stored one by one. */
  ascii(b: Uint8Array): void {
    const n = b.length;
    if (!this.room(n)) {
      writeSync(this.fd, b);
      return;
    }
    const bytes = this.bytes;
    let at = this.used;
    for (let i = 0; i < n; i++) bytes[at++] = b[i];
    this.used = at;
  }

  /** A finite number as String writes it (a whole number below 10^15, digit by digit). */
  number(n: number): void {
    if (!(Number.isInteger(n) && n >= 0 && n < 1e15)) {
      this.text(String(n));
      return;
    }
    this.room(16);
    const bytes = this.bytes;
    let len = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) len++;
    let at = this.used + len;
    this.used = at;
    do {
      const q = Math.floor(n / 10);
      bytes[--at] = 48 + n - 10 * q;
      n = q;
    } while (n > 0);
  }
}

/** ASCII text as bytes, for Utf8Out.ascii. */
export function asciiBytes(s: string): Uint8Array {
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

/** Text in pieces that can also write itself as UTF-8 (a large report), the same bytes. */
export interface SelfEncoding extends Iterable<string> {
  encodeUtf8(out: Utf8Out): void;
}

/**
 * writeAtomic of text that comes in pieces (a large report: a piece per pair). The pieces are
 * encoded one after the other into a buffer written whenever it is full, never joined into
 * strings: joining a report of 100,000 pairs cost more than encoding it, and large joined strings
 * stayed in the heap until a full collection. Text that can write itself does so.
 */
export function writePiecesAtomic(path: string, pieces: Iterable<string> | SelfEncoding): void {
  writeAtomic(path, (fd) => {
    const out = new Utf8Out(fd);
    if ('encodeUtf8' in pieces) pieces.encodeUtf8(out);
    else for (const piece of pieces) out.text(piece);
    out.flush();
  });
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
