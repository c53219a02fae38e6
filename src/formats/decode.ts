// Turns the bytes of a file into text, whatever encoding a Canadian office saved it in:
// UTF-8 with or without BOM, UTF-16 LE/BE (BOM, or detected from the NUL pattern),
// and Windows-1252 / ISO-8859-1 when the bytes are not valid UTF-8.
// Windows-1252 is used for both single-byte cases: it agrees with ISO-8859-1 on every printable
// character, and maps 0x80–0x9F to the curly quotes and dashes Word actually puts there.

import { isUtf8 } from 'node:buffer';
import { UserError } from '../core/errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80–0x9F become C1 controls),
// so the 32 code points where Windows-1252 differs are mapped here (WHATWG Encoding, index
// windows-1252). Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned and kept as U+0081 etc.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) {
      const b = bytes[j];
      codes[j - i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3), file), encoding: 'utf-8', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), 'le'), encoding: 'utf-16le', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), 'be'), encoding: 'utf-16be', bom: true };
  }
  const bomless16 = guessBomlessUtf16(bytes);
  if (bomless16) return { text: decodeUtf16(bytes, bomless16), encoding: bomless16 === 'le' ? 'utf-16le' : 'utf-16be', bom: false };
  if (looksBinary(bytes)) throw new UserError('is a binary file, not text', { file });
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: decodeCp1252(bytes), encoding: 'windows-1252', bom: false };
  }
}

/**
 * Where the text starts in a file that decodeBytes reads as UTF-8 (3 after a byte-order mark, else
 * 0), for a reader that parses the bytes without decoding the whole file; null when decodeBytes
 * reads it otherwise (another encoding, an error, a second BOM that the decoder would drop).
 */
export function utf8TextStart(bytes: Uint8Array): number | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const twice = bytes.length >= 6 && bytes[3] === 0xef && bytes[4] === 0xbb && bytes[5] === 0xbf;
    return !twice && isUtf8(bytes.subarray(3)) ? 3 : null;
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return null;
  if (guessBomlessUtf16(bytes) || looksBinary(bytes)) return null;
  return isUtf8(bytes) ? 0 : null;
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    throw new UserError('starts with a UTF-8 byte-order mark but holds bytes that are not UTF-8', { file });
  }
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  const even = bytes.length - (bytes.length % 2);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, even);
  if (order === 'le') return buf.toString('utf16le');
  const swapped = Buffer.from(buf);
  swapped.swap16();
  return swapped.toString('utf16le');
}

/** Text in UTF-16 without a BOM has a NUL in every other byte for Latin text. */
function guessBomlessUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'be';
  return null;
}

/** NUL bytes, or many control characters, in the first 8 KiB mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  return n > 0 && controls / n > 0.1;
}

/** Encodes text back into the encoding it was read from (used by --fix, so files keep their encoding). */
export function encodeText(text: string, encoding: Encoding, bom: boolean): Uint8Array {
  switch (encoding) {
    case 'utf-8': {
      const body = Buffer.from(text, 'utf8');
      return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
    }
    case 'utf-16le': {
      const body = Buffer.from(text, 'utf16le');
      return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
    }
    case 'utf-16be': {
      const body = Buffer.from(text, 'utf16le');
      body.swap16();
      return bom ? Buffer.concat([Buffer.from([0xfe, 0xff]), body]) : body;
    }
    case 'windows-1252':
      return encodeCp1252(text);
  }
}

let cp1252Reverse: Map<string, number> | undefined;

function encodeCp1252(text: string): Uint8Array {
  if (!cp1252Reverse) {
    cp1252Reverse = new Map();
    for (let b = 0; b < 256; b++) cp1252Reverse.set(decodeCp1252(Uint8Array.of(b)), b);
  }
  const out = new Uint8Array(text.length);
  let i = 0;
  for (const ch of text) {
    const b = cp1252Reverse.get(ch);
    if (b === undefined) throw new UserError(`cannot be written back in Windows-1252: it would need the character U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    out[i++] = b;
  }
  return out.subarray(0, i);
}
