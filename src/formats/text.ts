// Plain text and Markdown: decode the file, then align it as a mixed bilingual document.

import { readDocument } from '../core/document.js';
import { alignMixed } from '../align/mixed.js';
import type { InputFile } from './index.js';
import type { NeutralFinder } from '../align/inline.js';

export function readText(file: string, opts: { markdown: boolean; cwd?: string; neutral?: NeutralFinder }): Omit<InputFile, 'file'> {
  const document = readDocument(file, opts.cwd);
  return { format: opts.markdown ? 'markdown' : 'text', document, pairs: alignMixed(document, opts) };
}
