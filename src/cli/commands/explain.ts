// `bitext explain [rule]`: what a rule checks, why, its options and an example; without a rule,
// the list of every rule (built-in ones and the user rules of the configuration).

import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import type { Check } from '../../checks/types.js';
import { UserError } from '../../core/errors.js';
import { loadConfig, knownChecks, shown } from '../../config/load.js';
import { closest } from '../../config/yaml.js';

export function registerExplain(program: Command, ctx: CommandContext): void {
  program
    .command('explain')
    .description('Explain a rule: what it checks, why, its options and an example (no rule: list them all)')
    .argument('[rule]', 'rule id, e.g. time-mismatch, glossary, or a user rule such as house/commonwealth')
    .option('-c, --config <file>', 'configuration file whose user rules to include (default: bitext.config.yaml, searched upward)')
    .option('--no-config', 'built-in rules and presets only')
    .addHelpText(
      'after',
      `
Examples:
  $ bitext explain                     list every rule with its default severity
  $ bitext explain fr-typography       what it checks, why, how to configure it
  $ bitext explain fr/sous-prefix      a rule from a preset or from your configuration`,
    )
    .action((rule: string | undefined, opts: { config?: string | false }) => {
      const cfg = loadConfig({ cwd: ctx.io.cwd, config: opts.config });
      const checks = knownChecks(cfg);
      const origin = new Map(cfg.userRules.map((u) => [u.id, shown(u.file, ctx.io.cwd)]));
      if (!rule) {
        ctx.io.stdout(listRules([...checks.values()], cfg.rules));
        return;
      }
      const check = checks.get(rule);
      if (!check) {
        const near = closest(rule, [...checks.keys()]);
        throw new UserError(`unknown rule '${rule}'${near ? ` (did you mean '${near}'?)` : ''}; run 'bitext explain' for the list`);
      }
      ctx.io.stdout(explainRule(check, origin.get(rule), cfg.rules[rule]?.severity));
    });
}

function listRules(checks: Check[], configured: Record<string, { severity?: string }>): string {
  const width = Math.max(...checks.map((c) => c.id.length));
  const lines = checks
    .slice()
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => {
      const sev = configured[c.id]?.severity ?? c.severity;
      return `${c.id.padEnd(width)}  ${sev.padEnd(7)}  ${c.fixable ? 'fixable  ' : '         '}${c.description}`;
    });
  return `${lines.join('\n')}\n\nRun 'bitext explain <rule>' for details.\n`;
}

export function explainRule(check: Check, file: string | undefined, configured: string | undefined): string {
  const out: string[] = [];
  const sev = configured && configured !== check.severity ? `${check.severity} by default, ${configured} in this configuration` : `${check.severity} by default`;
  out.push(`${check.id} (${sev}${check.fixable ? '; fixable with --fix' : ''})`);
  out.push('');
  out.push(indent(check.description));
  if (check.help) {
    out.push('');
    out.push(indent(check.help.trim()));
  }
  const options = Object.entries(check.options ?? {});
  if (options.length) {
    out.push('');
    out.push('Options (defaults):');
    const w = Math.max(...options.map(([k]) => k.length));
    for (const [k, v] of options) out.push(`  ${k.padEnd(w)}  ${JSON.stringify(v)}`);
  }
  if (file) {
    out.push('');
    out.push(`Defined in ${file}.`);
  }
  out.push('');
  out.push('Configure it in bitext.config.yaml:');
  out.push('  rules:');
  if (options.length) {
    const [k, v] = options[0];
    out.push(`    ${check.id}:`);
    out.push(`      severity: ${check.severity === 'error' ? 'warning' : 'error'}    # error, warning, info or off`);
    out.push(`      options: { ${k}: ${JSON.stringify(v)} }`);
  } else out.push(`    ${check.id}: ${check.severity === 'error' ? 'warning' : 'error'}    # error, warning, info or off`);
  out.push(`Silence one place: <!-- bitext-disable-next-line ${check.id} -- reason -->`);
  return out.join('\n') + '\n';
}

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');
}
