// What the `tm` sub-commands and `analyze` share: the --tm and --config options, finding and
// opening the store, number options.

import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../../core/errors.js';
import type { CliIo } from '../../io.js';
import { discoverConfig, loadConfig, type ResolvedConfig } from '../../../config/load.js';
import { resolveTmPath, DEFAULT_TM_FILE } from '../../../tm/path.js';
import { TmStore } from '../../../tm/store.js';

export const TM_OPTION_HELP = `translation memory file (default: $BITEXT_TM, else tm.path of the configuration, else ${DEFAULT_TM_FILE})`;

/** The options every command that opens the memory takes. */
export interface TmOptions {
  tm?: string;
  /** `--config FILE`, or false for `--no-config`. */
  config?: string | false;
}

/** Adds --tm, --config and --no-config. */
export function withTmOption(cmd: Command, configHelp = 'configuration file whose tm.path names the memory (default: bitext.config.yaml, searched upward)'): Command {
  return cmd
    .option('--tm <path>', TM_OPTION_HELP)
    .option('-c, --config <file>', configHelp)
    .option('--no-config', 'ignore configuration files');
}

/**
 * Where the memory is: --tm, else $BITEXT_TM, else `tm.path` of the configuration (relative to
 * its file), else tm/bitext.sqlite beside the configuration or here. A configuration is read
 * only when the first two are not given; `loaded` is one the command has read already.
 */
export function tmPathOf(io: CliIo, opts: TmOptions, loaded?: ResolvedConfig): string {
  const cwd = io.cwd;
  if (opts.tm || io.env.BITEXT_TM) return resolveTmPath({ flag: opts.tm, cwd, env: io.env });
  if (loaded) return resolveTmPath({ cwd, env: io.env, configPath: loaded.file, configTmPath: loaded.tm?.path });
  if (opts.config === false) return resolveTmPath({ cwd, env: io.env });
  const file = typeof opts.config === 'string' ? resolve(cwd, opts.config) : discoverConfig(cwd);
  if (!file) return resolveTmPath({ cwd, env: io.env });
  const config = loadConfig({ cwd, config: file });
  return resolveTmPath({ cwd, env: io.env, configPath: file, configTmPath: config.tm?.path });
}

/** Opens the store for writing, creating it on first use. */
export function openForWrite(io: CliIo, opts: TmOptions, loaded?: ResolvedConfig): TmStore {
  return TmStore.open(tmPathOf(io, opts, loaded), { create: true });
}

/** Opens an existing store for reading. */
export function openForRead(io: CliIo, opts: TmOptions): TmStore {
  return TmStore.open(tmPathOf(io, opts), { create: false });
}

export function intOption(value: string, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/.test(value.trim())) throw new UserError(`${name} must be a whole number (got '${value}')`);
  const n = Number(value);
  if (n < min || n > max) throw new UserError(`${name} must be between ${min} and ${max} (got ${n})`);
  return n;
}

export function numberOption(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new UserError(`${name} must be a number from ${min} to ${max} (got '${value}')`);
  return n;
}

export const fmtInt = (n: number): string => new Intl.NumberFormat('en-US').format(n);
