// Part of `npm run build`: the word lists of glued-words ship compressed (rules/dict/*.txt.gz,
// 2 MB instead of 8), and unpacking them cost every run about 30 ms of CPU. The build unpacks them
// once into dist/dict/, which src/lang/dictionary.ts reads when it is at least as new as the
// compressed list (else it falls back on the .gz).

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'dict');
mkdirSync(out, { recursive: true });
for (const lang of ['en', 'fr']) {
  const target = join(out, `${lang}.txt`);
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, gunzipSync(readFileSync(join(root, 'rules', 'dict', `${lang}.txt.gz`))));
  renameSync(tmp, target);
}
