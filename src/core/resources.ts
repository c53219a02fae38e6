// Finds files shipped with the tool (rules/, examples/) whether running from src/ (tsx, vitest)
// or from the compiled dist/src/.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('bitext: cannot find its package root');
    dir = up;
  }
  root = dir;
  return dir;
}

export function resourcePath(relative: string): string {
  return join(packageRoot(), relative);
}
