// The readers of the interchange formats, in the order they are tried (by extension).

import type { FormatReader } from './index.js';
import { readXliff } from './xliff.js';
import { readTmx } from './tmx.js';
import { readPo } from './po.js';
import { readCsv } from './csv.js';
import { readJson } from './i18n-json.js';
import { readDocxInput } from './docx.js';
import { readXml } from './xml-pair.js';

export const interchangeReaders: FormatReader[] = [
  { format: 'xliff', extensions: ['.xlf', '.xliff', '.xlif'], read: async (file, opts) => readXliff(file, opts) },
  { format: 'tmx', extensions: ['.tmx'], read: (file, opts) => readTmx(file, opts) },
  { format: 'po', extensions: ['.po', '.pot'], read: (file, opts) => readPo(file, opts) },
  { format: 'csv', extensions: ['.csv', '.tsv', '.tab'], read: (file, opts) => readCsv(file, opts) },
  { format: 'json', extensions: ['.json'], read: (file, opts) => readJson(file, opts) },
  { format: 'docx', extensions: ['.docx'], read: (file, opts) => readDocxInput(file, opts) },
  { format: 'xml', extensions: ['.xml'], read: (file, opts) => readXml(file, opts) },
];
