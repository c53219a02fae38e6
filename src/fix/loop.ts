// The `--fix` loop: apply the fixes, read the files again, check again, until nothing fixable
// is left or a pass changes nothing (overlapping fixes are applied on the next pass).

import type { Finding } from '../core/types.js';
import type { InputFile } from '../formats/index.js';
import { applyFixes, type FixOutcome } from './apply.js';

/** At most this many passes: a fix that keeps producing new fixable findings is stopped. */
export const MAX_FIX_PASSES = 10;

export interface FixRun {
  inputs: InputFile[];
  findings: Finding[];
}

export interface FixSummary {
  applied: number;
  passes: number;
  files: string[];
  unsupported: Map<string, number>;
  unsafe: number;
}

/**
 * Fixes what `first` found, re-running `check` (which reads the files again) after each pass.
 * Returns the last run (its findings are what is left) and what was done.
 */
export async function fixUntilStable(first: FixRun, check: () => Promise<FixRun>, cwd: string): Promise<{ run: FixRun; summary: FixSummary }> {
  let run = first;
  const summary: FixSummary = { applied: 0, passes: 0, files: [], unsupported: new Map(), unsafe: 0 };
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const out: FixOutcome = applyFixes(run.inputs, run.findings, cwd);
    summary.unsupported = out.unsupported;
    summary.unsafe = out.unsafe;
    if (out.applied === 0) break;
    summary.applied += out.applied;
    summary.passes++;
    for (const f of out.changed) if (!summary.files.includes(f)) summary.files.push(f);
    run = await check();
  }
  return { run, summary };
}
