// The fuzzy index of a store, saved beside it (`<store>-index-en`, `<store>-index-fr`) so that
// the next command loads it in a fraction of the time it takes to build. It is a cache: it names
// the store (its random id) and the generation it was built at; a stale cache is brought up to
// date from the units changed since (see FuzzyMatcher), and a damaged one is rebuilt.

import { readFileSync, writeSync } from 'node:fs';
import { writeAtomic } from '../core/atomic-write.js';
import { TokenIndex, Vocab, type IndexParts } from './fuzzy-index.js';

const MAGIC = 'bitext-tm-index 2\n';

export interface CacheHeader {
  store: string;
  side: 'en' | 'fr';
  generation: number;
  sections: Record<keyof IndexParts, number>;
  vocabBytes: number;
}

export function cachePath(storePath: string, side: 'en' | 'fr'): string {
  return `${storePath}-index-${side}`;
}

const SECTIONS: Array<keyof IndexParts> = ['unitIds', 'lenStart', 'seqStart', 'seq', 'postStart', 'post'];

/** Writes the index to its cache file atomically (temporary file, then rename). */
export function saveIndex(path: string, index: TokenIndex, meta: { store: string; side: 'en' | 'fr'; generation: number }): void {
  const vocab = Buffer.from(index.vocab.words.slice(0, index.vocabSize).join('\n'), 'utf8');
  const header: CacheHeader = {
    ...meta,
    sections: Object.fromEntries(SECTIONS.map((k) => [k, index.parts[k].length])) as Record<keyof IndexParts, number>,
    vocabBytes: vocab.length,
  };
  const head = Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, 'utf8');
  // Typed arrays start at a multiple of 4 bytes so that loading can view them without copying.
  const pad = (4 - ((head.length + vocab.length) % 4)) % 4;
  writeAtomic(path, (fd) => {
    writeSync(fd, head);
    writeSync(fd, vocab);
    if (pad) writeSync(fd, Buffer.alloc(pad));
    for (const k of SECTIONS) {
      const a = index.parts[k];
      writeSync(fd, new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    }
  });
}

/** Reads a cache file; null when it is missing, damaged or of another format. */
export function loadIndex(path: string): { index: TokenIndex; header: CacheHeader } | null {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return null;
  }
  try {
    if (buf.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) return null;
    const nl = buf.indexOf(10, MAGIC.length);
    const header = JSON.parse(buf.subarray(MAGIC.length, nl).toString('utf8')) as CacheHeader;
    let off = nl + 1;
    const words = header.vocabBytes === 0 ? [] : buf.subarray(off, off + header.vocabBytes).toString('utf8').split('\n');
    off += header.vocabBytes;
    off += (4 - (off % 4)) % 4;
    // Views need 4-byte alignment in the underlying ArrayBuffer too.
    const base = buf.byteOffset % 4 === 0 ? buf : Buffer.from(buf);
    const parts = {} as IndexParts;
    for (const k of SECTIONS) {
      const len = header.sections[k];
      if (off + len * 4 > base.length) return null;
      parts[k] = new Int32Array(base.buffer, base.byteOffset + off, len);
      off += len * 4;
    }
    if (off !== base.length || parts.postStart.length !== words.length + 1 || parts.seqStart.length !== parts.unitIds.length + 1 || parts.lenStart[parts.lenStart.length - 1] !== parts.unitIds.length) return null;
    const vocab = Vocab.from(words);
    if (vocab.size !== words.length) return null;
    return { index: new TokenIndex(vocab, parts), header };
  } catch {
    return null;
  }
}
