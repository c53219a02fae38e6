// The PO catalogs at hand (fixtures, the shared corpus) for the tests that read every one.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .po and .pot file under `dir` (none when it does not exist). */
export function poFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...poFiles(p));
    else if (/\.pot?$/.test(name)) out.push(p);
  }
  return out;
}
