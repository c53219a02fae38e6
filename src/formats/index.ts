// Input readers, chosen by file extension. Each gives the pairs of one file (with places in it);
// the pair ids are numbered across all the files of a run.

import { extname, resolve } from 'node:path';
import type { Pair } from '../core/types.js';
import type { SourceDocument } from '../core/document.js';
import { interchangeReaders } from './interchange.js';
import type { NeutralFinder } from '../align/inline.js';

export interface ReadOptions {
  /** Working directory for relative paths in messages. */
  cwd?: string;
  /** Extra language-neutral spans for mixed documents (the configuration's `neutral:` patterns). */
  neutral?: NeutralFinder;
}

export interface InputFile {
  /** The path as the user gave it (used in reports). */
  file: string;
  /** Reader that handled it: text, markdown, xliff, tmx, po, csv, json, docx… */
  format: string;
  pairs: Pair[];
  /** The decoded file, when the reader has one (used for fixes and directives). */
  document?: SourceDocument;
}

export interface FormatReader {
  format: string;
  /** Lower-case extensions with the dot. */
  extensions: string[];
  read(file: string, opts: ReadOptions): Promise<Omit<InputFile, 'file'>>;
}

/** Formats of documents (prose, not keyed units): a pair of them named as each other's versions is aligned. */
const DOCUMENTS = new Set(['markdown', 'text', 'docx']);

/** The explicit list of readers; the first whose extension matches reads the file. */
export const readers: FormatReader[] = [
  { format: 'markdown', extensions: ['.md', '.markdown', '.mdown', '.html', '.htm'], read: async (file, opts) => (await import('./text.js')).readText(file, { markdown: true, cwd: opts.cwd, neutral: opts.neutral }) },
  ...interchangeReaders,
  // Plain text is the fallback for any other extension.
  { format: 'text', extensions: ['.txt', '.text', ''], read: async (file, opts) => (await import('./text.js')).readText(file, { markdown: false, cwd: opts.cwd, neutral: opts.neutral }) },
];

export function readerFor(file: string): FormatReader {
  const ext = extname(file).toLowerCase();
  return readers.find((r) => r.extensions.includes(ext)) ?? readers.find((r) => r.format === 'text')!;
}

/** Reads every file and numbers the pairs p1, p2… across them. */
export async function readInputs(files: string[], opts: ReadOptions = {}): Promise<InputFile[]> {
  const inputs: InputFile[] = [];
  const paired = new Set<string>();
  const abs = (f: string): string => resolve(opts.cwd ?? '.', f);
  for (const file of files) {
    if (paired.has(abs(file))) continue;
    const reader = readerFor(file);
    if (DOCUMENTS.has(reader.format)) {
      // A document and its other-language version named as such (guide-en.md, guide-fr.md).
      const { readSiblingDocuments } = await import('../align/parallel-inputs.js');
      const sibling = await readSiblingDocuments(file, opts);
      if (sibling) {
        for (const f of sibling.files) paired.add(abs(f));
        inputs.push(...sibling.inputs);
        continue;
      }
    }
    inputs.push({ file, ...(await reader.read(file, opts)) });
  }
  renumber(inputs.flatMap((i) => i.pairs));
  return inputs;
}

export function renumber(pairs: Pair[]): void {
  pairs.forEach((p, k) => (p.id = `p${k + 1}`));
}
