// `bitext print-config [file]`: the resolved configuration (presets merged, paths resolved), as
// YAML; with a file, the settings that apply to that file (overrides included).

import type { Command } from 'commander';
import { stringify } from 'yaml';
import type { CommandContext } from '../main.js';
import { loadConfig, knownChecks, shown, type ResolvedConfig } from '../../config/load.js';
import { ignoredBy, overridesFor } from '../../config/settings.js';
import type { RuleSetting } from '../../checks/run.js';

export function registerPrintConfig(program: Command, ctx: CommandContext): void {
  program
    .command('print-config')
    .description('Show the resolved configuration (presets merged, every rule with its severity and options)')
    .argument('[file]', 'show the settings that apply to this file (per-path overrides included)')
    .option('-c, --config <file>', 'configuration file (default: bitext.config.yaml, searched upward)')
    .option('--no-config', 'the built-in defaults')
    .addHelpText(
      'after',
      `
Examples:
  $ bitext print-config
  $ bitext print-config docs/legacy/notice.md`,
    )
    .action((file: string | undefined, opts: { config?: string | false }) => {
      const cfg = loadConfig({ cwd: ctx.io.cwd, config: opts.config });
      for (const w of cfg.warnings) ctx.io.stderr(`bitext: warning: ${w}\n`);
      ctx.io.stdout(printConfig(cfg, ctx.io.cwd, file));
    });
}

export function printConfig(cfg: ResolvedConfig, cwd: string, file?: string): string {
  const s = (p: string): string => shown(p, cwd);
  const local = file ? overridesFor(cfg, file, cwd) : undefined;
  const rules: Record<string, { severity: string; options?: Record<string, unknown> }> = {};
  for (const [id, check] of [...knownChecks(cfg)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const set: RuleSetting | undefined = local?.rules[id] ?? cfg.rules[id];
    const options = { ...(check.options ?? {}), ...(cfg.rules[id]?.options ?? {}), ...(local?.rules[id]?.options ?? {}) };
    if (Array.isArray(options.files)) options.files = (options.files as string[]).map(s);
    rules[id] = { severity: set?.severity ?? check.severity, ...(Object.keys(options).length ? { options } : {}) };
  }
  const out: Record<string, unknown> = {
    config: cfg.file ?? null,
    merged: cfg.chain.map(s),
    extends: cfg.presets,
    profile: local?.profile ?? cfg.profile,
    sourceLanguage: cfg.sourceLanguage,
  };
  if (file) {
    const g = ignoredBy(cfg, file, cwd);
    out.file = file;
    out.ignored = g ? `yes (pattern '${g.pattern}')` : false;
  }
  out.ignore = cfg.ignore.map((g) => g.pattern);
  out.glossaries = cfg.glossaries.map(s);
  out.userRules = Object.fromEntries(cfg.userRules.map((u) => [u.id, s(u.file)]));
  out.neutral = cfg.neutral.map((p) => p.source);
  if (!file) out.overrides = cfg.overrides.map((o) => ({ files: o.files.map((g) => g.pattern), ...(o.profile ? { profile: o.profile } : {}), rules: o.rules }));
  if (cfg.tm) out.tm = { path: s(cfg.tm.path) };
  out.rules = rules;
  return stringify(out, { lineWidth: 0 });
}
