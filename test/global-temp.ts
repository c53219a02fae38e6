// Every temporary file of a test run goes under one folder of its own, removed when the run ends:
// tests make folders with mkdtemp(tmpdir()) and the CLI children they start write theirs there
// too, and none of them is left in the machine's temporary folder. The test workers are started
// after this runs, so they inherit TMPDIR (which os.tmpdir() reads).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'bitext-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
