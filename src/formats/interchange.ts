// The readers of the interchange formats, in the order they are tried (by extension).

import type { FormatReader } from './index.js';

// Each reader's module (and the XML, CSV, ZIP libraries behind it) is loaded when a file of its
// format is read: a run over PO files need not load the others.
export const interchangeReaders: FormatReader[] = [
  { format: 'xliff', extensions: ['.xlf', '.xliff', '.xlif'], read: async (file, opts) => (await import('./xliff.js')).readXliff(file, opts) },
  { format: 'tmx', extensions: ['.tmx'], read: async (file, opts) => (await import('./tmx.js')).readTmx(file, opts) },
  { format: 'po', extensions: ['.po', '.pot'], read: async (file, opts) => (await import('./po.js')).readPo(file, opts) },
  { format: 'csv', extensions: ['.csv', '.tsv', '.tab'], read: async (file, opts) => (await import('./csv.js')).readCsv(file, opts) },
  { format: 'json', extensions: ['.json'], read: async (file, opts) => (await import('./i18n-json.js')).readJson(file, opts) },
  { format: 'docx', extensions: ['.docx'], read: async (file, opts) => (await import('./docx.js')).readDocxInput(file, opts) },
  { format: 'yaml', extensions: ['.yaml', '.yml'], read: async (file, opts) => (await import('./yaml.js')).readYaml(file, opts) },
  { format: 'properties', extensions: ['.properties'], read: async (file, opts) => (await import('./properties.js')).readProperties(file, opts) },
  { format: 'xml', extensions: ['.xml'], read: async (file, opts) => (await import('./xml-pair.js')).readXml(file, opts) },
];
