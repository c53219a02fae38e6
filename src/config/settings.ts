// From a resolved configuration to what the readers and the check runner take.

import type { CheckSettings, RuleSetting } from '../checks/run.js';
import { globMatches, type Glob } from './glob.js';
import type { ResolvedConfig } from './load.js';
import { unusedDirectiveRule } from './directives.js';
import { foldForFilter } from './prefilter.js';

/** The CheckSettings of a configuration, with its per-path overrides. */
export function checkSettings(cfg: ResolvedConfig, cwd: string): CheckSettings {
  const cache = new Map<string, { rules?: Record<string, RuleSetting>; profile?: string } | undefined>();
  return {
    rules: cfg.rules,
    profile: cfg.profile,
    // unused-directive has no check function: it is listed so that reports name it and severities apply.
    extraChecks: [...cfg.userRules.map((u) => u.check), unusedDirectiveRule],
    forFile: cfg.overrides.length
      ? (file) => {
          if (!cache.has(file)) cache.set(file, overridesFor(cfg, file, cwd));
          return cache.get(file);
        }
      : undefined,
  };
}

/** The overrides that apply to a file, merged in order (later ones win). */
export function overridesFor(cfg: ResolvedConfig, file: string, cwd: string): { rules: Record<string, RuleSetting>; profile?: string } | undefined {
  const hits = cfg.overrides.filter((o) => o.files.some((g) => globMatches(g, file, cwd)));
  if (hits.length === 0) return undefined;
  const rules: Record<string, RuleSetting> = {};
  let profile: string | undefined;
  for (const o of hits) {
    if (o.profile) profile = o.profile;
    for (const [id, s] of Object.entries(o.rules)) {
      const cur = (rules[id] ??= { ...(cfg.rules[id] ?? {}) });
      if (s.severity !== undefined) cur.severity = s.severity;
      if (s.options) cur.options = { ...(cur.options ?? {}), ...s.options };
    }
  }
  return { rules, profile };
}

/** The ignore pattern that excludes a file, if any. */
export function ignoredBy(cfg: ResolvedConfig, file: string, cwd: string): Glob | undefined {
  return cfg.ignore.find((g) => globMatches(g, file, cwd));
}

/** Spans of language-neutral text (`neutral:` patterns), for the aligner. */
export function neutralFinder(cfg: ResolvedConfig): ((text: string) => Array<{ start: number; end: number }>) | undefined {
  if (cfg.neutral.length === 0) return undefined;
  return (text) => {
    const folded = foldForFilter(text);
    const spans = cfg.neutral.flatMap((p) => p.matchAll(text, folded).map((m) => ({ start: m.start, end: m.end })));
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Array<{ start: number; end: number }> = [];
    for (const s of spans) {
      const last = out[out.length - 1];
      if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
      else out.push({ ...s });
    }
    return out;
  };
}
