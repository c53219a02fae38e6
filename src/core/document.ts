// A decoded input file with the map from text offsets back to file lines and columns,
// so that every segment and finding can point at the place it came from.

import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from './errors.js';
import { decodeBytes, type Encoding } from '../formats/decode.js';
import type { Place } from './types.js';
import { grown } from './intern-table.js';

export type LineEnd = '\n' | '\r\n' | '\r';

/** Lines after the previous answer that lineIndex reads before searching the whole table. */
const NEAR_LINES = 8;

export class SourceDocument {
  readonly file: string;
  /** Decoded text, BOM removed, line ends as in the file (read again if released, see releaseText). */
  get text(): string {
    return (this.decoded ??= this.readAgain());
  }
  private decoded: string | undefined;
  private readonly textLength: number;
  /** Where the file was read from (given by readDocument): what releaseText needs to read it again. */
  private readonly path: string | undefined;
  readonly encoding: Encoding;
  readonly bom: boolean;
  /** The most common line end of the file ('\n' when it has none). */
  readonly eol: LineEnd;
  /** Offset in `text` where each line starts (index 0 = line 1). */
  readonly lineStarts: Int32Array;
  /** Offset in `text` where each line's content ends (before its line end). */
  readonly lineEnds: Int32Array;

  /**
   * `text` is the decoded text, or only its layout (length and line table) when the caller read
   * the file's bytes itself (a PO catalog): the text is then decoded from `path` if ever asked for.
   */
  constructor(file: string, text: string | TextLayout, encoding: Encoding = 'utf-8', bom = false, path?: string) {
    this.file = file;
    this.path = path;
    const layout = typeof text === 'string' ? layoutOf(text) : text;
    this.decoded = typeof text === 'string' ? text : undefined;
    this.textLength = layout.length;
    this.encoding = encoding;
    this.bom = bom;
    this.lineStarts = layout.lineStarts;
    this.lineEnds = layout.lineEnds;
    this.eol = layout.eol;
  }

  /**
   * Lets the decoded text go once what was read from it has texts and places of its own (a PO
   * catalog's segments): a file of 100,000 entries decodes to 47 MiB of 16-bit text, which the
   * run would otherwise hold to the end. Places need only the line table; the rare later reader
   * of the text (a directive, an orphan's lines) gets it read again from `path`.
   */
  releaseText(): void {
    if (this.path !== undefined) this.decoded = undefined;
  }

  private readAgain(): string {
    const text = decodeBytes(readInputBytes(this.path ?? this.file), this.file).text;
    if (text.length !== this.textLength) throw new UserError('changed while it was being checked: run again', { file: this.file });
    return text;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The content of 1-based line `n`, without its line end. */
  line(n: number): string {
    return this.text.slice(this.lineStarts[n - 1], this.lineEnds[n - 1]);
  }

  /** 1-based line and column of a text offset. */
  position(offset: number): { line: number; column: number } {
    const i = this.lineIndex(offset);
    return { line: i + 1, column: offset - this.lineStarts[i] + 1 };
  }

  /** The line (0-based) of the last lineIndex answer: where the next search starts. */
  private lastLine = 0;

  /**
   * The 0-based line of a text offset. Places are mostly asked for in text order (a report goes
   * through the pairs of a catalog in order, a segment's end is on its start's line or a few
   * after), so the lines just after the previous answer are tried before a binary search of the
   * whole table (400,000 lines in a catalog of 100,000 entries).
   */
  private lineIndex(offset: number): number {
    const starts = this.lineStarts;
    const last = starts.length - 1;
    let lo = this.lastLine;
    let hi = last;
    if (starts[lo] <= offset) {
      const near = Math.min(lo + NEAR_LINES, last);
      while (lo < near && starts[lo + 1] <= offset) lo++;
      if (lo < near) return (this.lastLine = lo);
    } else lo = 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (this.lastLine = lo);
  }

  /** Offset in `text` of a 1-based line and column. */
  offset(line: number, column: number): number {
    return this.lineStarts[line - 1] + column - 1;
  }

  /** The place of the text range [start, end). */
  place(start: number, end: number): Place {
    // Line indices rather than position(): no object per end of every place of a report.
    const starts = this.lineStarts;
    const a = this.lineIndex(start);
    const column = start - starts[a] + 1;
    if (end <= start) return { file: this.file, line: a + 1, column, endLine: a + 1, endColumn: column };
    const b = this.lineIndex(end - 1);
    return { file: this.file, line: a + 1, column, endLine: b + 1, endColumn: end - 1 - starts[b] + 2 };
  }
}

/** A text's length and line table, all that places need. */
export interface TextLayout {
  length: number;
  lineStarts: Int32Array;
  lineEnds: Int32Array;
  eol: LineEnd;
}

/** The line table of a text: a line ends at \r\n, \n or \r. */
function layoutOf(text: string): TextLayout {
  if (text.indexOf('\r') < 0) {
    // No carriage return (most files): indexOf finds the line ends many times faster than a
    // loop over every character of a large catalog. Typed arrays: a catalog of 100,000 entries
    // has 400,000 lines, and two arrays of boxed numbers grown by doubling held four times the memory.
    let lf = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lf++;
    const starts = new Int32Array(lf + 1);
    const ends = new Int32Array(lf + 1);
    let k = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      ends[k] = i;
      starts[++k] = i + 1;
    }
    ends[k] = text.length;
    return { length: text.length, lineStarts: starts, lineEnds: ends, eol: '\n' };
  }
  const breaks = new LineBreaks();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) breaks.add(i, c);
  }
  return breaks.layout(text.length);
}

/**
 * A line table built from the line-end characters of a text given in order, with their offsets
 * (for a reader that goes through a file's bytes and never holds its text).
 */
export class LineBreaks {
  private starts: Int32Array = new Int32Array(1024);
  private ends: Int32Array = new Int32Array(1024);
  private count = 1; // lines begun (starts[0] = 0)
  private pendingCr = -1; // offset of a \r that may be the first half of \r\n
  private lf = 0;
  private crlf = 0;
  private cr = 0;

  /** A line-end character (\n or \r) at `offset`; offsets come in increasing order. */
  add(offset: number, code: number): void {
    if (this.pendingCr >= 0) {
      const at = this.pendingCr;
      this.pendingCr = -1;
      if (code === 10 && offset === at + 1) {
        this.crlf++;
        this.push(at, offset + 1);
        return;
      }
      this.cr++;
      this.push(at, at + 1);
    }
    if (code === 13) this.pendingCr = offset;
    else {
      this.lf++;
      this.push(offset, offset + 1);
    }
  }

  /** The table of a text of `length` characters once every line end is added. */
  layout(length: number): TextLayout {
    if (this.pendingCr >= 0) {
      this.cr++;
      this.push(this.pendingCr, this.pendingCr + 1);
      this.pendingCr = -1;
    }
    const n = this.count;
    const starts = this.starts.slice(0, n);
    const ends = this.ends.slice(0, n);
    ends[n - 1] = length;
    const { lf, crlf, cr } = this;
    return { length, lineStarts: starts, lineEnds: ends, eol: crlf >= lf && crlf >= cr && crlf > 0 ? '\r\n' : cr > lf ? '\r' : '\n' };
  }

  /** A line ends at `end` and the next starts at `start`. */
  private push(end: number, start: number): void {
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
    }
    this.ends[this.count - 1] = end;
    this.starts[this.count++] = start;
  }
}

/**
 * Reads and decodes a file, turning the usual failures into one-line user errors. `file` is the
 * path as the user wrote it (kept in places and messages); it is read relative to `cwd`.
 */
export function readDocument(file: string, cwd?: string): SourceDocument {
  return decodeDocument(file, readInputBytes(file, cwd), cwd);
}

/** The document of a file's bytes (see readDocument). */
export function decodeDocument(file: string, bytes: Uint8Array, cwd?: string): SourceDocument {
  const { text, encoding, bom } = decodeBytes(bytes, file);
  return new SourceDocument(file, text, encoding, bom, cwd ? resolve(cwd, file) : file);
}

export function readInputBytes(file: string, cwd?: string): Buffer {
  const path = cwd ? resolve(cwd, file) : file;
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw new UserError(describeFsError(e), { file });
  }
  if (st.isDirectory()) throw new UserError('is a directory, not a file', { file });
  try {
    return readFileSync(path);
  } catch (e) {
    throw new UserError(describeFsError(e), { file });
  }
}

/** A file-system error in words (`no such file`, `permission denied`…). */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return `cannot be read (${code ?? (e as Error).message})`;
  }
}
