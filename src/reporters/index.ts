// Reporters are pure functions from a run's result to text, one file each (STYLE.md).

import type { RunResult } from '../core/types.js';
import type { Utf8Text } from '../core/utf8-out.js';
import { formatJson, jsonReport } from './pairs-json.js';
import { formatStylish } from './stylish.js';
import { formatSarif } from './sarif.js';
import { formatJunit } from './junit.js';
import { formatGithub } from './github.js';
import { formatTsv } from './tsv.js';

export interface ReporterOptions {
  color: boolean;
  /** Paths in the report are shown relative to this directory where the reporter shortens them. */
  cwd: string;
}

export type Reporter = (result: RunResult, opts: ReporterOptions) => string;

export const reporters: Record<string, Reporter> = {
  stylish: formatStylish,
  json: (r) => formatJson(r),
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  tsv: formatTsv,
};

/**
 * Reporters whose text can also be written as it is made, for large runs (the same text as
 * `reporters`, never made into one string).
 */
export const chunkedReporters: Partial<Record<string, (result: RunResult, opts: ReporterOptions) => Utf8Text>> = {
  json: (r) => jsonReport(r),
};
