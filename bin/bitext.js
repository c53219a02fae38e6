#!/usr/bin/env node
// Runs the compiled CLI (npm install / npm ci build it into dist/ through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('bitext: not built yet: run `npm install` (or `npm run build`) in the bitext folder\n');
  process.exit(2);
}
const { main } = await import(entry.href);
await main();
