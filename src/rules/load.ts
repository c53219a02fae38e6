// User rules: YAML files of the kinds existence, substitution, term, parity, consistency
// (STYLE.md), one rule per file. The id comes from the path: a folder listed in the configuration
// gives `folder/file` ids (`styles/house/commonwealth.yaml` listed as `styles/house` →
// `house/commonwealth`, sub-folders kept: `house/fr/ordinals`); a file listed on its own gives
// `parent/file` (`rules/terms/gc.yaml` → `terms/gc`).

import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import type { Check } from '../checks/types.js';
import { UserError } from '../core/errors.js';
import { readYamlFile, type Where } from '../config/yaml.js';
import type { RuleBuilder, RuleContext, Lang } from './common.js';
import { buildExistence, EXISTENCE_KEYS } from './existence.js';
import { buildSubstitution, SUBSTITUTION_KEYS } from './substitution.js';
import { buildTerm, TERM_KEYS } from './term.js';
import { buildParity, PARITY_KEYS } from './parity.js';
import { buildConsistency, CONSISTENCY_KEYS } from './consistency.js';

export const RULE_KINDS: Record<string, { keys: readonly string[]; build: RuleBuilder }> = {
  existence: { keys: EXISTENCE_KEYS, build: buildExistence },
  substitution: { keys: SUBSTITUTION_KEYS, build: buildSubstitution },
  term: { keys: TERM_KEYS, build: buildTerm },
  parity: { keys: PARITY_KEYS, build: buildParity },
  consistency: { keys: CONSISTENCY_KEYS, build: buildConsistency },
};

export interface RuleFile {
  file: string;
  id: string;
  /** Shipped with bitext (its `file` may be shown relative to the working folder). */
  shipped?: boolean;
}

const YAML_EXT = new Set(['.yaml', '.yml']);
const ID_RE = /^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)+$/i;

/** The rule files a `userRules:` entry names (a folder, searched recursively, or one file). */
export function ruleFilesOf(path: string, where: Where): RuleFile[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new UserError(`userRules: no such file or folder '${path}'`, where);
  }
  if (st.isFile()) {
    if (!YAML_EXT.has(extname(path).toLowerCase())) throw new UserError(`userRules: '${path}' is not a .yaml file`, where);
    return [{ file: path, id: `${basename(dirname(path))}/${basename(path, extname(path))}` }];
  }
  const out: RuleFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else if (YAML_EXT.has(extname(name).toLowerCase())) {
        const rel = relative(path, full).split(sep).join('/');
        out.push({ file: full, id: `${basename(path)}/${rel.slice(0, -extname(rel).length)}` });
      }
    }
  };
  walk(path);
  return out;
}

/** Reads and validates one rule file into a check; `rf.file` is shown in messages, read relative to `cwd`. */
export function loadRuleFile(rf: RuleFile, sourceLanguage: Lang, warn: (w: Where, msg: string) => void, cwd?: string): Check {
  const yf = readYamlFile(rf.file, cwd);
  const root = yf.root('the rule');
  if (root.type !== 'map') throw root.error(`a rule file holds a map (kind, tokens…), not ${root.type === 'null' ? 'nothing' : `a ${root.type}`}`);
  if (!ID_RE.test(rf.id)) throw root.error(`rule id '${rf.id}' (from the file's path) may only use letters, digits, '.', '_' and '-'`);
  const kindEntry = root.entries().find((e) => e.key === 'kind');
  if (!kindEntry) throw root.error(`rule '${rf.id}' needs 'kind': one of ${Object.keys(RULE_KINDS).join(', ')}`);
  const kind = kindEntry.value.oneOf(Object.keys(RULE_KINDS));
  const spec = RULE_KINDS[kind];
  const ctx: RuleContext = { id: rf.id, file: rf.file, shipped: rf.shipped, root, fields: root.fields(spec.keys), sourceLanguage, warn };
  return spec.build(ctx);
}
