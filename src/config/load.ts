// Finds, reads and resolves the configuration: `--config FILE`, or bitext.config.yaml found by
// walking up from the working directory. `extends:` names presets shipped in rules/presets/
// (fr-CA, fr-FR, gc-terms, atip) or other YAML files; they are merged in order, the file itself
// last. A configuration without `extends:` (and a run without any configuration) extends fr-CA.

import { existsSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Check } from '../checks/types.js';
import type { RuleSetting } from '../checks/run.js';
import { builtinChecks } from '../checks/index.js';
import { UserError } from '../core/errors.js';
import { resourcePath } from '../core/resources.js';
import { readYamlFile, closest, type Where } from './yaml.js';
import { parseLayer, type ConfigLayer, type RuleEntry } from './schema.js';
import { loadGlossary } from './glossary-file.js';
import { compilePattern, hasNestedQuantifier, isShippedRuleFile, type UserPattern } from './pattern.js';
import { loadRuleFile, ruleFilesOf } from '../rules/load.js';
import { unusedDirectiveRule } from './directives.js';
import type { Glob } from './glob.js';

export const CONFIG_NAMES = ['bitext.config.yaml', 'bitext.config.yml'];
export const DEFAULT_EXTENDS = ['fr-CA'];

export interface ResolvedOverride {
  files: Glob[];
  profile?: string;
  rules: Record<string, RuleSetting>;
}

export interface ResolvedConfig {
  /** The configuration file used, as shown to the user (undefined: none found). */
  file?: string;
  /** Every file merged, in order (presets first). */
  chain: string[];
  /** Preset names reached through `extends`. */
  presets: string[];
  profile: string;
  sourceLanguage: 'en' | 'fr';
  ignore: Glob[];
  rules: Record<string, RuleSetting>;
  glossaries: string[];
  userRules: Array<{ id: string; file: string; check: Check }>;
  neutral: UserPattern[];
  overrides: ResolvedOverride[];
  tm?: { path: string };
  /** Advice that is not an error (printed on standard error). */
  warnings: string[];
}

export interface LoadOptions {
  cwd: string;
  /** `--config FILE`; false for `--no-config`. */
  config?: string | false;
}

/** The configuration file that applies in `cwd`, walking up to the root. */
export function discoverConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (existsSync(p) && statSync(p).isFile()) return p;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function loadConfig(opts: LoadOptions): ResolvedConfig {
  const cwd = opts.cwd;
  let abs: string | undefined;
  if (typeof opts.config === 'string') {
    abs = resolve(cwd, opts.config);
    if (!existsSync(abs)) throw new UserError('no such configuration file', { file: opts.config });
    if (statSync(abs).isDirectory()) throw new UserError('is a directory, not a configuration file', { file: opts.config });
  } else if (opts.config !== false) abs = discoverConfig(cwd);

  const warnings: string[] = [];
  const layers: ConfigLayer[] = [];
  const presets: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, stack: string[], isTop: boolean): void => {
    if (stack.includes(file)) throw new UserError(`extends loops back to ${shown(file, cwd)}`, { file: shown(stack[stack.length - 1], cwd) });
    if (seen.has(file)) return;
    seen.add(file);
    const yf = readYamlFile(shown(file, cwd), cwd);
    const layer = parseLayer(yf, file);
    const ext = layer.extends ?? (isTop ? DEFAULT_EXTENDS.map((name) => ({ name, where: { file: yf.file, line: 1, column: 1 } })) : []);
    for (const e of ext) {
      const target = resolveExtends(e.name, layer.dir, e.where);
      if (target.preset && !presets.includes(target.preset)) presets.push(target.preset);
      visit(target.file, [...stack, file], false);
    }
    layers.push(layer);
  };
  if (abs) visit(abs, [], true);
  else
    for (const name of DEFAULT_EXTENDS) {
      const t = resolveExtends(name, cwd, { file: '(defaults)', line: 1, column: 1 });
      presets.push(name);
      visit(t.file, [], false);
    }

  const cfg: ResolvedConfig = {
    file: abs ? shown(abs, cwd) : undefined,
    chain: layers.map((l) => l.file),
    presets,
    profile: 'fr-CA',
    sourceLanguage: 'en',
    ignore: [],
    rules: {},
    glossaries: [],
    userRules: [],
    neutral: [],
    overrides: [],
    warnings,
  };
  const neutralSeen = new Set<string>();
  const ruleFilesSeen = new Set<string>();
  for (const layer of layers) {
    if (layer.profile) cfg.profile = layer.profile;
    if (layer.sourceLanguage) cfg.sourceLanguage = layer.sourceLanguage;
    if (layer.tm) cfg.tm = { path: layer.tm.path };
    cfg.ignore.push(...layer.ignore);
    for (const g of layer.glossaries) {
      if (cfg.glossaries.includes(g.path)) continue;
      if (!existsSync(g.path)) throw new UserError(`glossary not found: ${shown(g.path, cwd)}`, g.where);
      // Read now, so that a malformed glossary stops the run before any work.
      loadGlossary(g.path);
      cfg.glossaries.push(g.path);
    }
    for (const n of layer.neutral) {
      if (neutralSeen.has(n.source)) continue;
      neutralSeen.add(n.source);
      if (hasNestedQuantifier(n.source)) warnings.push(`${fmt(n.where)}: pattern '${n.source}' nests unbounded quantifiers: exponential in backtracking engines; bitext runs it on RE2, in linear time`);
      cfg.neutral.push(compilePattern(n.source, { ignoreCase: false, word: true }, n.where));
    }
  }
  // User rules need the final sourceLanguage, so they are loaded once every layer is merged.
  for (const layer of layers) {
    for (const u of layer.userRules) {
      for (const rf of ruleFilesOf(u.path, u.where)) {
        if (ruleFilesSeen.has(rf.file)) continue;
        ruleFilesSeen.add(rf.file);
        const clash = cfg.userRules.find((r) => r.id === rf.id);
        if (clash) throw new UserError(`rule id '${rf.id}' is already used by ${shown(clash.file, cwd)}`, { file: shown(rf.file, cwd), line: 1, column: 1 });
        if (builtinChecks.some((c) => c.id === rf.id)) throw new UserError(`rule id '${rf.id}' is a built-in rule`, { file: shown(rf.file, cwd), line: 1, column: 1 });
        const check = loadRuleFile({ file: shown(rf.file, cwd), id: rf.id, shipped: isShippedRuleFile(rf.file) }, cfg.sourceLanguage, (w, m) => warnings.push(`${fmt(w)}: ${m}`), cwd);
        cfg.userRules.push({ id: rf.id, file: rf.file, check });
      }
    }
  }
  const known = knownChecks(cfg);
  for (const layer of layers) {
    mergeRules(cfg.rules, layer.rules, known);
    for (const o of layer.overrides) {
      const rules: Record<string, RuleSetting> = {};
      mergeRules(rules, o.rules, known);
      cfg.overrides.push({ files: o.files, profile: o.profile, rules });
    }
  }
  if (cfg.glossaries.length) {
    const g = (cfg.rules.glossary ??= {});
    // Source terms require target terms: the direction follows sourceLanguage unless set.
    const direction = g.options?.direction ?? (cfg.sourceLanguage === 'fr' ? 'fr-en' : 'en-fr');
    g.options = { ...(g.options ?? {}), files: [...cfg.glossaries], direction };
  }
  cfg.warnings = [...new Set(warnings)];
  return cfg;
}

/** Every rule a configuration may name: built-in checks, user rules, directive reports. */
export function knownChecks(cfg: Pick<ResolvedConfig, 'userRules'>): Map<string, Check> {
  const m = new Map<string, Check>();
  for (const c of builtinChecks) m.set(c.id, c);
  m.set(unusedDirectiveRule.id, unusedDirectiveRule);
  for (const u of cfg.userRules) m.set(u.id, u.check);
  return m;
}

function mergeRules(into: Record<string, RuleSetting>, entries: Map<string, RuleEntry>, known: Map<string, Check>): void {
  for (const [id, e] of entries) {
    const check = known.get(id);
    if (!check) {
      const near = closest(id, [...known.keys()]);
      throw new UserError(`unknown rule '${id}'${near ? ` (did you mean '${near}'?)` : ''}; 'bitext explain' lists the rules`, e.where);
    }
    if (e.options) validateOptions(check, e);
    const cur = (into[id] ??= {});
    if (e.severity !== undefined) cur.severity = e.severity;
    if (e.options) cur.options = { ...(cur.options ?? {}), ...e.options };
  }
}

function validateOptions(check: Check, e: RuleEntry): void {
  const defaults = check.options ?? {};
  for (const [k, v] of Object.entries(e.options ?? {})) {
    const where = e.optionWhere[k] ?? e.where;
    if (check.id === 'glossary' && k === 'files') throw new UserError(`list glossary files under the top-level key 'glossaries', not as an option`, where);
    if (!(k in defaults)) {
      const names = Object.keys(defaults);
      const near = closest(k, names);
      throw new UserError(
        `rule '${check.id}' has no option '${k}'${near ? ` (did you mean '${near}'?)` : ''}${names.length ? `; its options: ${names.join(', ')}` : '; it takes no options'}`,
        where,
      );
    }
    const want = kindOf(defaults[k]);
    const got = kindOf(v);
    if (want !== got && !(want === 'null' || got === 'null')) throw new UserError(`option '${k}' of rule '${check.id}' must be ${article(want)}, not ${article(got)}`, where);
    const allowed = OPTION_VALUES[check.id]?.[k];
    if (allowed && !allowed.includes(v as string)) throw new UserError(`option '${k}' of rule '${check.id}' must be one of ${allowed.join(', ')} (got '${String(v)}')`, where);
    if (want === 'list' && Array.isArray(defaults[k]) && (defaults[k] as unknown[]).length > 0) {
      const itemKind = kindOf((defaults[k] as unknown[])[0]);
      const bad = (v as unknown[]).find((x) => kindOf(x) !== itemKind);
      if (bad !== undefined) throw new UserError(`option '${k}' of rule '${check.id}' is a list of ${itemKind}s, not of ${kindOf(bad)}s`, where);
    }
  }
}

/** Options that take one of a few words. */
const OPTION_VALUES: Record<string, Record<string, readonly string[]>> = {
  glossary: { direction: ['en-fr', 'fr-en', 'both'] },
};

function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'object' ? 'map' : typeof v;
}

function article(kind: string): string {
  return kind === 'list' || kind === 'map' || kind === 'number' || kind === 'string' || kind === 'boolean' ? `a ${kind}` : kind;
}

/** A preset name (`fr-CA`) or a path to a YAML file, relative to the folder of the file naming it. */
function resolveExtends(name: string, dir: string, where: Where): { file: string; preset?: string } {
  if (/^[A-Za-z0-9][\w-]*$/.test(name)) {
    const p = resourcePath(`rules/presets/${name}.yaml`);
    if (existsSync(p)) return { file: p, preset: name };
    throw new UserError(`unknown preset '${name}' (shipped: ${shippedPresets().join(', ')}); a file is named by a path ending in .yaml`, where);
  }
  const p = isAbsolute(name) ? name : resolve(dir, name);
  if (!/\.ya?ml$/i.test(extname(p))) throw new UserError(`extends names a preset or a .yaml file, not '${name}'`, where);
  if (!existsSync(p)) throw new UserError(`extends: no such file '${name}'`, where);
  return { file: p };
}

export function shippedPresets(): string[] {
  return ['fr-CA', 'fr-FR', 'gc-terms', 'atip'];
}

/** A path as the user would like to read it: relative to cwd when inside it. */
export function shown(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return abs;
  return rel.split(sep).join('/');
}

function fmt(w: Where): string {
  return `${w.file}:${w.line}:${w.column}`;
}

