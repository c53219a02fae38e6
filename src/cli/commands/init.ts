// `bitext init`: writes a commented starter bitext.config.yaml in the working directory.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { UserError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { shippedPresets } from '../../config/load.js';

export const STARTER = `# bitext configuration. Every key is optional; paths are relative to this file.
# 'bitext print-config' shows the result, presets included.

# Presets shipped with bitext, merged in order (this file last):
#   fr-CA     Canadian French, federal style (the default when extends is absent)
#   fr-FR     French of France (narrow no-break spaces before ; ? !)
#   gc-terms  Government of Canada terms and acronyms (EST ⇄ HNE, CRA ⇄ ARC…)
#   atip      access-to-information releases (s.21(1)(a), [REDACTED] are neutral)
extends:
  - fr-CA

# Which side is the source in glossaries and rules (en or fr).
# sourceLanguage: en

# Files not to check (globs; a pattern without / matches names at any depth).
# ignore:
#   - drafts/**
#   - "*.tmp.md"

# Per rule: a severity (error, warning, info) or off, or a map with severity and options.
# 'bitext explain' lists the rules; 'bitext explain <rule>' shows their options.
# rules:
#   whitespace: off
#   length-ratio: info
#   fr-typography:
#     severity: warning
#     options: { plainSpace: info }

# Glossaries: CSV/TSV (columns en, fr, fr_forbidden, en_forbidden, note) or TBX files.
# glossaries:
#   - terms/house.csv

# Your own rules: YAML files (kinds existence, substitution, term, parity, consistency).
# A folder gives ids folder/file: styles/house/commonwealth.yaml → house/commonwealth.
# userRules:
#   - styles/house

# Text that belongs to neither language (RE2 regular expressions).
# neutral:
#   - '\\[TBD\\]'

# Settings for some files only.
# overrides:
#   - files: ["legacy/**"]
#     rules:
#       fr-typography: info

# The translation memory used by check --tm and the tm commands.
# tm:
#   path: tm/bitext.sqlite
`;

export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command('init')
    .description('Write a commented starter bitext.config.yaml in this folder')
    .option('--force', 'replace an existing bitext.config.yaml')
    .option('--extends <presets>', `comma-separated presets to start from (${shippedPresets().join(', ')})`, 'fr-CA')
    .addHelpText(
      'after',
      `
Examples:
  $ bitext init
  $ bitext init --extends fr-CA,gc-terms,atip`,
    )
    .action((opts: { force?: boolean; extends: string }) => {
      const target = resolve(ctx.io.cwd, 'bitext.config.yaml');
      if (existsSync(target) && !opts.force) throw new UserError('already exists (use --force to replace it)', { file: 'bitext.config.yaml' });
      const presets = opts.extends
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = presets.find((p) => !shippedPresets().includes(p));
      if (unknown) throw new UserError(`--extends: unknown preset '${unknown}' (shipped: ${shippedPresets().join(', ')})`);
      if (presets.length === 0) throw new UserError('--extends needs at least one preset');
      const text = STARTER.replace('extends:\n  - fr-CA\n', `extends:\n${presets.map((p) => `  - ${p}\n`).join('')}`);
      writeFileAtomic(target, text);
      ctx.io.stderr(`bitext: wrote bitext.config.yaml (extends ${presets.join(', ')})\n`);
    });
}
