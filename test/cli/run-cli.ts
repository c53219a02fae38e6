// Runs the command line in process, in a folder, and returns its exit code and both outputs.

import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../../src/cli/io.js';

export async function runIn(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(cwd);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}
