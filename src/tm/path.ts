// Where the translation memory is: the --tm flag, then the BITEXT_TM environment variable, then
// `tm.path` of the configuration file (relative to that file), then the default `tm/bitext.sqlite`
// beside the configuration file, or in the working directory when there is none.

import { dirname, isAbsolute, resolve } from 'node:path';

export const DEFAULT_TM_FILE = 'tm/bitext.sqlite';

export interface TmPathInput {
  /** `--tm PATH` as given on the command line (relative to `cwd`). */
  flag?: string;
  /** The configuration file in use, if any. */
  configPath?: string;
  /** `tm.path` from that configuration file (relative to the file's folder). */
  configTmPath?: string;
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

export function resolveTmPath(input: TmPathInput): string {
  const { flag, configPath, configTmPath, cwd, env } = input;
  if (flag) return resolve(cwd, flag);
  const fromEnv = env?.BITEXT_TM;
  if (fromEnv) return resolve(cwd, fromEnv);
  const base = configPath ? dirname(resolve(cwd, configPath)) : cwd;
  if (configTmPath) return isAbsolute(configTmPath) ? configTmPath : resolve(base, configTmPath);
  return resolve(base, DEFAULT_TM_FILE);
}
