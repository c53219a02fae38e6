// `--fix`: applies the edits findings carry (`Finding.fix`: replace the text at a place) to the
// files they point into. Places are 1-based line/column in the decoded text, end exclusive.
// Per file, edits are applied back to front (so earlier offsets stay valid); when two edits
// overlap, the first (in file order) is kept and the other skipped: the caller checks again and
// fixes what is still there in another pass. The file is then encoded back in its own encoding,
// with its BOM, and written atomically (temporary file + rename) with its permissions; the
// untouched text, line ends included, is kept byte for byte.
//
// Only text and Markdown files are rewritten: in keyed formats (XLIFF, PO, JSON…) the reader
// does not keep the text needed to edit them in place, so their fixable findings are left in the
// report and counted as not applied.

import { chmodSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../core/types.js';
import type { InputFile } from '../formats/index.js';
import type { SourceDocument } from '../core/document.js';
import { encodeText } from '../formats/decode.js';
import { writeFileAtomic } from '../core/atomic-write.js';
import { UserError, isUserError } from '../core/errors.js';

export const FIXABLE_FORMATS = new Set(['text', 'markdown']);

export interface FixOutcome {
  /** Edits written. */
  applied: number;
  /** Edits left for another pass because they overlapped one applied before them. */
  overlapping: number;
  /** Edits that could not be applied safely (outside the text, over a line end). */
  unsafe: number;
  /** Fixable findings in files of formats `--fix` does not rewrite, by file. */
  unsupported: Map<string, number>;
  /** Files rewritten. */
  changed: string[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies the fixes of `findings` to the input files and reports what was done. */
export function applyFixes(inputs: InputFile[], findings: Finding[], cwd: string): FixOutcome {
  const out: FixOutcome = { applied: 0, overlapping: 0, unsafe: 0, unsupported: new Map(), changed: [] };
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.fix) continue;
    const file = f.fix.place.file;
    (byFile.get(file) ?? byFile.set(file, []).get(file)!).push(f);
  }
  for (const [file, fs] of byFile) {
    const input = inputs.find((i) => i.file === file);
    if (!input?.document || !FIXABLE_FORMATS.has(input.format)) {
      out.unsupported.set(file, (out.unsupported.get(file) ?? 0) + fs.length);
      continue;
    }
    const doc = input.document;
    const edits: Edit[] = [];
    for (const f of fs) {
      const e = toEdit(doc, f);
      if (e) edits.push(e);
      else out.unsafe++;
    }
    const { kept, overlapping } = nonOverlapping(edits);
    out.overlapping += overlapping;
    if (kept.length === 0) continue;
    let text = doc.text;
    for (let i = kept.length - 1; i >= 0; i--) text = text.slice(0, kept[i].start) + kept[i].text + text.slice(kept[i].end);
    if (text === doc.text) continue;
    writeFixed(file, doc, text, cwd);
    out.applied += kept.length;
    out.changed.push(file);
  }
  return out;
}

/** The edit of a finding in document offsets, or null when it is not safe to apply. */
function toEdit(doc: SourceDocument, f: Finding): Edit | null {
  const p = f.fix!.place;
  if (p.line < 1 || p.line > doc.lineCount || p.endLine !== p.line) return null;
  const lineLen = doc.lineEnds[p.line - 1] - doc.lineStarts[p.line - 1];
  if (p.column < 1 || p.endColumn < p.column || p.endColumn - 1 > lineLen) return null;
  // Fix text keeps the file's line ends.
  const text = f.fix!.text.replace(/\r\n|\r|\n/g, doc.eol);
  return { start: doc.offset(p.line, p.column), end: doc.offset(p.endLine, p.endColumn), text };
}

/** Keeps edits in file order, skipping any that overlaps one kept before it (identical edits count once). */
function nonOverlapping(edits: Edit[]): { kept: Edit[]; overlapping: number } {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  const kept: Edit[] = [];
  let overlapping = 0;
  for (const { e } of sorted) {
    const last = kept[kept.length - 1];
    if (last && last.start === e.start && last.end === e.end && last.text === e.text) continue;
    // Two insertions at one point, or ranges sharing characters, overlap.
    if (last && (e.start < last.end || (e.start === last.start && e.start === e.end))) {
      overlapping++;
      continue;
    }
    kept.push(e);
  }
  return { kept, overlapping };
}

function writeFixed(file: string, doc: SourceDocument, text: string, cwd: string): void {
  const path = resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = encodeText(text, doc.encoding, doc.bom);
  } catch (e) {
    if (isUserError(e)) throw new UserError(`not fixed: ${e.message}`, { file });
    throw e;
  }
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    writeFileAtomic(path, bytes);
    if (mode !== undefined) chmodSync(path, mode);
  } catch (e) {
    throw new UserError(`cannot write the fixed file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file });
  }
}
