// The explicit list of commands, one file each.

import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { registerAlign } from './align.js';
import { registerCheck } from './check.js';

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

export const commands: RegisterCommand[] = [registerCheck, registerAlign];
