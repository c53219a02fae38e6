// Texts cut out of a large file are slices of its decoded text: when the file holds one character
// beyond Latin-1 (a curly quote, a dash), every slice reads as 16-bit text through its parent, and
// character loops and regular expressions over it run several times slower than over a flat 8-bit
// string (measured on a PO catalog of 100,000 entries: 3× for loops, 5× for regular expressions).
// Checks read every segment many times, so a segment's text is copied once into its own string.

/** Room for the copy; grown for longer texts. */
let scratch = Buffer.allocUnsafe(1 << 16);
const BEYOND_LATIN1 = /[^\x00-\xff]/;

/**
 * The same text as a flat string of its own, 8-bit when every character is Latin-1 (most French
 * and English text), else 16-bit.
 */
export function flatText(s: string): string {
  // Short slices are copies already (V8 makes a slice object only from 13 characters up).
  if (s.length < 13) return s;
  if (2 * s.length > scratch.length) scratch = Buffer.allocUnsafe(Math.max(2 * s.length, scratch.length * 2));
  if (BEYOND_LATIN1.test(s)) {
    // Still a flat string of its own (16-bit): reading it costs less than reading a slice.
    const n = scratch.write(s, 0, 'utf16le');
    return scratch.toString('utf16le', 0, n);
  }
  scratch.write(s, 0, 'latin1');
  return scratch.toString('latin1', 0, s.length);
}
