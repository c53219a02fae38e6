// What every YAML rule kind shares: the common keys, sides, messages.

import type { Severity } from '../core/types.js';
import type { Check } from '../checks/types.js';
import type { YamlNode, Where } from '../config/yaml.js';
import { buildNeedle, type Needle, type NeedleToken } from './needle.js';

export type Lang = 'en' | 'fr';
export const LANG_NAME: Record<Lang, string> = { en: 'EN', fr: 'FR' };

export const COMMON_KEYS = ['kind', 'description', 'message', 'severity', 'help', 'link', 'ignoreCase', 'inflect', 'regex', 'word'] as const;

export interface RuleContext {
  id: string;
  file: string;
  /** The rule file is shipped with bitext (see PatternOptions.shipped); unknown, its path says. */
  shipped?: boolean;
  root: YamlNode;
  fields: Map<string, { keyNode: YamlNode; value: YamlNode }>;
  /** Which language `source` means in `side:` (the configuration's sourceLanguage). */
  sourceLanguage: Lang;
  warn(where: Where, message: string): void;
}

export interface CommonSettings {
  description?: string;
  message?: string;
  severity: Severity;
  help?: string;
  link?: string;
  ignoreCase: boolean;
  inflect: boolean;
  regex: boolean;
  word: boolean;
}

export function commonSettings(ctx: RuleContext, defaults: { inflect: boolean }): CommonSettings {
  const f = ctx.fields;
  const s: CommonSettings = {
    severity: f.has('severity') ? f.get('severity')!.value.oneOf(['error', 'warning', 'info'] as const) : 'warning',
    ignoreCase: f.has('ignoreCase') ? f.get('ignoreCase')!.value.boolean() : true,
    inflect: f.has('inflect') ? f.get('inflect')!.value.boolean() : defaults.inflect,
    regex: f.has('regex') ? f.get('regex')!.value.boolean() : false,
    word: f.has('word') ? f.get('word')!.value.boolean() : true,
  };
  if (f.has('description')) s.description = f.get('description')!.value.nonEmptyString();
  if (f.has('message')) s.message = f.get('message')!.value.nonEmptyString();
  if (f.has('help')) s.help = f.get('help')!.value.nonEmptyString();
  if (f.has('link')) s.link = f.get('link')!.value.nonEmptyString();
  if (s.regex && s.inflect && f.has('inflect')) throw f.get('inflect')!.keyNode.error(`inflect and regex cannot both be true in rule '${ctx.id}'`);
  if (s.regex) s.inflect = false;
  return s;
}

/** `side:` → the languages a rule looks at. */
export function sidesOf(ctx: RuleContext, fallback: 'source' | 'target' | 'both'): Lang[] {
  const node = ctx.fields.get('side')?.value;
  const side = node ? node.oneOf(['source', 'target', 'both', 'en', 'fr'] as const) : fallback;
  const target: Lang = ctx.sourceLanguage === 'en' ? 'fr' : 'en';
  switch (side) {
    case 'source':
      return [ctx.sourceLanguage];
    case 'target':
      return [target];
    case 'both':
      return ['en', 'fr'];
    default:
      return [side];
  }
}

export function required(ctx: RuleContext, key: string): YamlNode {
  const f = ctx.fields.get(key);
  if (!f) throw ctx.root.error(`rule '${ctx.id}' (kind ${ctx.fields.get('kind')!.value.string()}) needs the key '${key}'`);
  return f.value;
}

/** One needle per language (inflection and word rules depend on the language). */
export function needlesFor<T>(ctx: RuleContext, s: CommonSettings, langs: Lang[], tokens: NeedleToken<T>[]): Record<Lang, Needle<T> | undefined> {
  const out: Record<Lang, Needle<T> | undefined> = { en: undefined, fr: undefined };
  for (const lang of langs) out[lang] = buildNeedle(tokens, { lang, ignoreCase: s.ignoreCase, inflect: s.inflect, regex: s.regex, word: s.word, shipped: ctx.shipped }, ctx.warn);
  return out;
}

/** `'x': message` when the rule has a message, else the default wording. */
export function withMessage(base: string, s: CommonSettings): string {
  return s.message ? `${base}: ${s.message}` : base;
}

export function helpText(s: CommonSettings, file: string, what: string): string {
  const parts = [s.help ?? what];
  if (s.link) parts.push(`See ${s.link}`);
  parts.push(`Defined in ${file}.`);
  return parts.join('\n\n');
}

export function shorten(list: string[], max = 4): string {
  const q = list.slice(0, max).map((x) => `'${x}'`);
  return list.length > max ? `${q.join(', ')}… (${list.length})` : q.join(', ');
}

export type RuleBuilder = (ctx: RuleContext) => Check;
