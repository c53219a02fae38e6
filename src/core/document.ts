// A decoded input file with the map from text offsets back to file lines and columns,
// so that every segment and finding can point at the place it came from.

import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from './errors.js';
import { decodeBytes, type Encoding } from '../formats/decode.js';
import type { Place } from './types.js';

export type LineEnd = '\n' | '\r\n' | '\r';

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

  constructor(file: string, text: string, encoding: Encoding = 'utf-8', bom = false, path?: string) {
    this.file = file;
    this.path = path;
    this.decoded = text;
    this.textLength = text.length;
    this.encoding = encoding;
    this.bom = bom;
    // Typed arrays: a catalog of 100,000 entries has 400,000 lines, and two arrays of boxed
    // numbers grown by doubling held four times the memory.
    let lf = 0;
    let crlf = 0;
    let cr = 0;
    let starts: Int32Array;
    let ends: Int32Array;
    if (text.indexOf('\r') < 0) {
      // No carriage return (most files): indexOf finds the line ends many times faster than a
      // loop over every character of a large catalog.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lf++;
      starts = new Int32Array(lf + 1);
      ends = new Int32Array(lf + 1);
      let k = 0;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        ends[k] = i;
        starts[++k] = i + 1;
      }
      ends[k] = text.length;
    } else {
      const s: number[] = [0];
      const e: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13) {
          e.push(i);
          if (text.charCodeAt(i + 1) === 10) {
            crlf++;
            i++;
          } else cr++;
          s.push(i + 1);
        } else if (c === 10) {
          lf++;
          e.push(i);
          s.push(i + 1);
        }
      }
      e.push(text.length);
      starts = Int32Array.from(s);
      ends = Int32Array.from(e);
    }
    this.lineStarts = starts;
    this.lineEnds = ends;
    this.eol = crlf >= lf && crlf >= cr && crlf > 0 ? '\r\n' : cr > lf ? '\r' : '\n';
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
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** Offset in `text` of a 1-based line and column. */
  offset(line: number, column: number): number {
    return this.lineStarts[line - 1] + column - 1;
  }

  /** The place of the text range [start, end). */
  place(start: number, end: number): Place {
    const a = this.position(start);
    const b = end > start ? this.position(end - 1) : a;
    return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: end > start ? b.column + 1 : a.column };
  }
}

/**
 * Reads and decodes a file, turning the usual failures into one-line user errors. `file` is the
 * path as the user wrote it (kept in places and messages); it is read relative to `cwd`.
 */
export function readDocument(file: string, cwd?: string): SourceDocument {
  const bytes = readInputBytes(file, cwd);
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
