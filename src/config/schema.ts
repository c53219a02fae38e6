// The keys of bitext.config.yaml (and of presets, which are configuration files too), validated
// strictly: an unknown key, a wrong type or a bad pattern is a UserError at file:line:col.
// Paths are resolved against the folder of the file that wrote them.

import { dirname, isAbsolute, resolve } from 'node:path';
import type { Severity } from '../core/types.js';
import { compileGlob, globProblem, type Glob } from './glob.js';
import { PROFILE_IDS } from './profile.js';
import type { YamlFile, YamlNode, Where } from './yaml.js';

export const CONFIG_KEYS = ['extends', 'profile', 'sourceLanguage', 'ignore', 'rules', 'glossaries', 'userRules', 'neutral', 'overrides', 'tm'] as const;
export const OVERRIDE_KEYS = ['files', 'profile', 'rules'] as const;
export const RULE_SETTING_KEYS = ['severity', 'options'] as const;
export const SEVERITY_WORDS = ['error', 'warning', 'info', 'off'] as const;

export interface RuleEntry {
  severity?: Severity | 'off';
  options?: Record<string, unknown>;
  where: Where;
  /** Where each option was written (for messages about options). */
  optionWhere: Record<string, Where>;
}

export interface OverrideLayer {
  files: Glob[];
  profile?: string;
  rules: Map<string, RuleEntry>;
  where: Where;
}

export interface ConfigLayer {
  /** The file as shown in messages. */
  file: string;
  /** Absolute folder of the file (paths in it are relative to this). */
  dir: string;
  /** `extends` as written; undefined when the key is absent. */
  extends?: Array<{ name: string; where: Where }>;
  profile?: string;
  sourceLanguage?: 'en' | 'fr';
  ignore: Glob[];
  rules: Map<string, RuleEntry>;
  glossaries: Array<{ path: string; where: Where }>;
  userRules: Array<{ path: string; where: Where }>;
  neutral: Array<{ source: string; where: Where }>;
  overrides: OverrideLayer[];
  tm?: { path: string; where: Where };
}

/** Validates one configuration file into a layer (rule ids are checked later, once all are known). */
export function parseLayer(yf: YamlFile, absFile: string): ConfigLayer {
  const root = yf.root('the configuration');
  if (root.type !== 'map' && root.type !== 'null') throw root.error(`a configuration file holds a map of keys (${CONFIG_KEYS.join(', ')}), not ${root.type === 'list' ? 'a list' : 'a single value'}`);
  const f = root.fields(CONFIG_KEYS);
  const dir = dirname(absFile);
  const layer: ConfigLayer = { file: yf.file, dir, ignore: [], rules: new Map(), glossaries: [], userRules: [], neutral: [], overrides: [] };
  const get = (k: (typeof CONFIG_KEYS)[number]): YamlNode | undefined => f.get(k)?.value;

  const ext = get('extends');
  if (ext) layer.extends = ext.isNull() ? [] : ext.itemsOrOne().map((n) => ({ name: n.nonEmptyString(), where: n.where }));
  const profile = get('profile');
  if (profile) layer.profile = profile.oneOf(PROFILE_IDS);
  const src = get('sourceLanguage');
  if (src) layer.sourceLanguage = src.oneOf(['en', 'fr'] as const);
  const ignore = get('ignore');
  if (ignore && !ignore.isNull()) layer.ignore = globs(ignore, dir);
  const rules = get('rules');
  if (rules) layer.rules = ruleEntries(rules);
  for (const key of ['glossaries', 'userRules'] as const) {
    const n = get(key);
    if (n && !n.isNull()) layer[key] = n.itemsOrOne().map((item) => ({ path: resolvePath(dir, item.nonEmptyString()), where: item.where }));
  }
  const neutral = get('neutral');
  if (neutral && !neutral.isNull()) layer.neutral = neutral.itemsOrOne().map((n) => ({ source: n.nonEmptyString(), where: n.where }));
  const overrides = get('overrides');
  if (overrides && !overrides.isNull()) {
    layer.overrides = overrides.items().map((o) => {
      if (o.type !== 'map') throw o.error(`each entry of overrides is a map with files and rules/profile, not ${o.type === 'list' ? 'a list' : 'a single value'}`);
      const of = o.fields(OVERRIDE_KEYS);
      const files = of.get('files');
      if (!files) throw o.error(`an override needs 'files': the globs it applies to`);
      const ov: OverrideLayer = { files: globs(files.value, dir), rules: new Map(), where: o.where };
      if (of.has('profile')) ov.profile = of.get('profile')!.value.oneOf(PROFILE_IDS);
      if (of.has('rules')) ov.rules = ruleEntries(of.get('rules')!.value);
      return ov;
    });
  }
  const tm = get('tm');
  if (tm && !tm.isNull()) {
    const tf = tm.fields(['path']);
    const p = tf.get('path');
    if (!p) throw tm.error(`tm needs 'path': the translation memory file`);
    layer.tm = { path: resolvePath(dir, p.value.nonEmptyString()), where: p.value.where };
  }
  return layer;
}

function resolvePath(dir: string, p: string): string {
  return isAbsolute(p) ? p : resolve(dir, p);
}

function globs(node: YamlNode, dir: string): Glob[] {
  return node.itemsOrOne().map((n) => {
    const p = n.nonEmptyString();
    const problem = globProblem(p);
    if (problem) throw n.error(problem);
    return compileGlob(p, dir);
  });
}

/** `rules:` entries: `id: severity` or `id: { severity, options }`. */
function ruleEntries(node: YamlNode): Map<string, RuleEntry> {
  const out = new Map<string, RuleEntry>();
  for (const { key, keyNode, value } of node.entries()) {
    const entry: RuleEntry = { where: keyNode.where, optionWhere: {} };
    if (value.type === 'string') entry.severity = value.oneOf(SEVERITY_WORDS);
    else if (value.type === 'map') {
      const rf = value.fields(RULE_SETTING_KEYS);
      if (rf.has('severity')) entry.severity = rf.get('severity')!.value.oneOf(SEVERITY_WORDS);
      const opts = rf.get('options');
      if (opts) {
        entry.options = {};
        for (const o of opts.value.entries()) {
          entry.options[o.key] = o.value.toJS();
          entry.optionWhere[o.key] = o.keyNode.where;
        }
      }
    } else {
      throw value.error(`rule '${key}' takes a severity (${SEVERITY_WORDS.join(', ')}) or a map with severity and options, not ${value.type === 'null' ? 'nothing' : `a ${value.type}`}`);
    }
    out.set(key, entry);
  }
  return out;
}
