// The explicit list of commands, one file each.

import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { registerAlign } from './align.js';
import { registerCheck } from './check.js';
import { registerTm } from './tm.js';
import { registerAnalyze } from './analyze.js';
import { registerExplain } from './explain.js';
import { registerInit } from './init.js';
import { registerPrintConfig } from './print-config.js';
import { registerExport } from './export.js';

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

export const commands: RegisterCommand[] = [registerCheck, registerAlign, registerTm, registerAnalyze, registerExport, registerExplain, registerInit, registerPrintConfig];
