// Utf8Out writes the bytes Buffer.from would make, whatever the sink, a buffer at a time; a report
// that fails half-way leaves the file it replaces as it was.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asciiBytes, utf8String, writeUtf8, type Utf8Out } from '../../src/core/utf8-out.js';
import { writePiecesAtomic } from '../../src/core/atomic-write.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-utf8-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Texts of every width, some larger than the buffer, ASCII parts and numbers between them. */
function write(out: Utf8Out): void {
  for (let i = 0; i < 30_000; i++) {
    out.text(`déjà ${i} 𝒳 `);
    out.ascii(asciiBytes('{"k":'));
    out.number(i * 7919);
    out.byte(10);
  }
  out.text('é'.repeat(600_000));
  for (const n of [0, 5, 123456789012345, 1e15, 0.5, -3, 2 ** 53]) out.number(n);
  out.ascii(asciiBytes('end'));
}

function expected(): string {
  let s = '';
  for (let i = 0; i < 30_000; i++) s += `déjà ${i} 𝒳 {"k":${i * 7919}\n`;
  return s + 'é'.repeat(600_000) + [0, 5, 123456789012345, 1e15, 0.5, -3, 2 ** 53].join('') + 'end';
}

describe('Utf8Out', () => {
  it('hands a function whole characters, in buffers it may keep', () => {
    const chunks: Buffer[] = [];
    writeUtf8((bytes) => void chunks.push(bytes), write);
    expect(chunks.length).toBeGreaterThan(1);
    // Each hand-over decodes alone: none ends inside a character.
    expect(chunks.map((c) => c.toString('utf8')).join('')).toBe(expected());
  });

  it('writes the same bytes to a file, and collects them as a string', () => {
    const file = join(dir, 'out.txt');
    writePiecesAtomic(file, write);
    expect(readFileSync(file).equals(Buffer.from(expected(), 'utf8'))).toBe(true);
    expect(utf8String(write)).toBe(expected());
    expect(utf8String(['a', 'é', '𝒳'])).toBe('aé𝒳');
  });

  it('leaves the target as it was when writing fails', () => {
    const file = join(dir, 'kept.txt');
    writeFileSync(file, 'old');
    const failing = (out: Utf8Out): void => {
      out.text('x'.repeat(2_000_000));
      throw new Error('stopped');
    };
    expect(() => writePiecesAtomic(file, failing)).toThrow('stopped');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
