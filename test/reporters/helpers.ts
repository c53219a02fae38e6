// Helpers for reading reports back in tests.

import { cells } from '../../src/reporters/width.js';

// The escape sequences chalk writes (SGR only).
const SGR = /\u001b\[[0-9;]*m/g;

export function stripAnsi(s: string): string {
  return s.replace(SGR, '');
}

/** The text shown in display columns [start, start + width) of a terminal line. */
export function columns(line: string, start: number, width: number): string {
  let col = 0;
  let out = '';
  for (const c of cells(line)) {
    if (col >= start && col < start + width) out += c.text;
    col += c.width;
  }
  return out;
}

/** Display columns where a caret run starts, and how wide it is; null when the line has none. */
export function caretRun(line: string): { start: number; width: number } | null {
  const m = /^( *│ *)(\^+)$/.exec(line.trimEnd());
  if (!m) return null;
  const lead = /^(.*?│ )( *)\^/.exec(line)!;
  let col = 0;
  for (const c of cells(lead[1] + lead[2])) col += c.width;
  return { start: col, width: m[2].length };
}
