// `bitext tm …`: the translation memory. One file per sub-command under ./tm/.

import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { DEFAULT_TM_FILE } from '../../tm/path.js';
import { registerTmAdd } from './tm/add.js';
import { registerTmExport } from './tm/export.js';
import { registerTmImport } from './tm/import.js';
import { registerTmLookup } from './tm/lookup.js';
import { registerTmSearch } from './tm/search.js';
import { registerTmStats } from './tm/stats.js';

export function registerTm(program: Command, ctx: CommandContext): void {
  const tm = program
    .command('tm')
    .description('Translation memory: import, export, add, lookup, search, stats')
    .addHelpText(
      'after',
      `
The memory is one SQLite file: --tm PATH, else $BITEXT_TM, else tm.path of the configuration
file (bitext.config.yaml, searched upward; --config FILE names another), else ${DEFAULT_TM_FILE}
beside the configuration or here. import and add create it on first use.

Examples:
  $ bitext tm import memory.tmx
  $ bitext tm add agenda.txt
  $ bitext tm lookup "Conference code"
  $ bitext tm search "ordre du jour"
  $ bitext tm export --format tmx -o memory.tmx`,
    );
  for (const register of [registerTmImport, registerTmExport, registerTmAdd, registerTmLookup, registerTmSearch, registerTmStats]) register(tm, ctx);
}
