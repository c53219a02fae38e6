// UTF-8 output through a buffer handed on whenever it is full, for text too large to be made into
// one string first (a report of 100,000 pairs): to a file, to standard output, or to memory.

import { writeSync } from 'node:fs';

/** Bytes encoded before each hand-over. */
const BUFFER_SIZE = 1 << 20;

/**
 * Where a Utf8Out's bytes go: a file descriptor (the buffer is written and used again), or a
 * function given each full buffer's bytes as a Buffer of its own, which it may keep (stdout may
 * write it later; a list in memory keeps it). A hand-over never ends inside a character.
 */
export type Utf8Sink = number | ((bytes: Buffer) => void);

/**
 * Writes text as UTF-8 to a sink. Texts go through Node's encoder, each straight into the buffer
 * (no string is joined or flattened on the way); short ASCII parts known in advance (a report's
 * punctuation and keys), single ASCII bytes and whole numbers are stored byte by byte, which costs
 * less than a call to the encoder.
 */
export class Utf8Out {
  private buf = Buffer.allocUnsafe(BUFFER_SIZE);
  /** The same memory, for stores byte by byte (faster on a plain Uint8Array than on a Buffer). */
  private bytes = viewOf(this.buf);
  private used = 0;

  constructor(private readonly sink: Utf8Sink) {}

  /** Hands on what the buffer holds. */
  flush(): void {
    if (this.used === 0) return;
    if (typeof this.sink === 'number') writeSync(this.sink, this.buf, 0, this.used);
    else {
      this.sink(this.buf.subarray(0, this.used));
      // The sink keeps those bytes: the next ones go to a new buffer.
      this.buf = Buffer.allocUnsafe(BUFFER_SIZE);
      this.bytes = viewOf(this.buf);
    }
    this.used = 0;
  }

  /** Room for n more bytes; false when n is larger than the whole buffer. */
  private room(n: number): boolean {
    if (this.used + n > BUFFER_SIZE) this.flush();
    return n <= BUFFER_SIZE;
  }

  /** Bytes too many for the buffer, handed on at once (after what the buffer holds). */
  private direct(b: Buffer): void {
    if (typeof this.sink === 'number') writeSync(this.sink, b);
    else this.sink(b);
  }

  /** Any text, as UTF-8 (the bytes of Buffer.from(s, 'utf8')). */
  text(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.room(3 * s.length)) this.used += this.buf.write(s, this.used, 'utf8');
    else this.direct(Buffer.from(s, 'utf8'));
  }

  /** One ASCII character, by its code. */
  byte(c: number): void {
    if (this.used === BUFFER_SIZE) this.flush();
    this.bytes[this.used++] = c;
  }

  /** Text encoded beforehand (ASCII from asciiBytes, or any UTF-8): a few bytes, stored one by one. */
  ascii(b: Uint8Array): void {
    const n = b.length;
    if (!this.room(n)) {
      this.direct(Buffer.from(b));
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

function viewOf(buf: Buffer): Uint8Array {
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}

/** ASCII text as bytes, for Utf8Out.ascii. */
export function asciiBytes(s: string): Uint8Array {
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

/** Text to write as UTF-8: in pieces, or a function that writes it to a Utf8Out (a large report). */
export type Utf8Text = Iterable<string> | ((out: Utf8Out) => void);

/** Writes text to a sink, all of it handed on when this returns. */
export function writeUtf8(sink: Utf8Sink, text: Utf8Text): void {
  const out = new Utf8Out(sink);
  if (typeof text === 'function') text(out);
  else for (const piece of text) out.text(piece);
  out.flush();
}

/** Text as one string, made from its bytes (collected in memory, then decoded once). */
export function utf8String(text: Utf8Text): string {
  const chunks: Buffer[] = [];
  writeUtf8((bytes) => void chunks.push(bytes), text);
  return chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8');
}
