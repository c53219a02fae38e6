// What the `tm` sub-commands share: the --tm option, opening the store, number options.

import type { Command } from 'commander';
import { UserError } from '../../../core/errors.js';
import type { CliIo } from '../../io.js';
import { resolveTmPath, DEFAULT_TM_FILE } from '../../../tm/path.js';
import { TmStore } from '../../../tm/store.js';

export const TM_OPTION_HELP = `translation memory file (default: $BITEXT_TM, else ${DEFAULT_TM_FILE})`;

export function withTmOption(cmd: Command): Command {
  return cmd.option('--tm <path>', TM_OPTION_HELP);
}

export function tmPathOf(io: CliIo, flag: string | undefined): string {
  return resolveTmPath({ flag, cwd: io.cwd, env: io.env });
}

/** Opens the store for writing, creating it on first use. */
export function openForWrite(io: CliIo, flag: string | undefined): TmStore {
  return TmStore.open(tmPathOf(io, flag), { create: true });
}

/** Opens an existing store for reading. */
export function openForRead(io: CliIo, flag: string | undefined): TmStore {
  return TmStore.open(tmPathOf(io, flag), { create: false });
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
