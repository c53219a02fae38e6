// `term`: a source term requires one of its target terms (a glossary written in YAML); forbidden
// target terms are reported wherever they appear. Inflection is tolerated by default.
//
//   kind: term
//   terms:
//     Attorney General: [procureur général, procureure générale]
//     Deputy Minister: sous-ministre
//   forbidden: [sous ministre]

import { defineCheck, type Check } from '../checks/types.js';
import { TermEngine, type TermEntry } from './term-engine.js';
import { compileTerm } from '../config/terms.js';
import { COMMON_KEYS, commonSettings, helpText, required, shorten, type RuleContext } from './common.js';

export const TERM_KEYS = [...COMMON_KEYS, 'terms', 'forbidden'] as const;

export function buildTerm(ctx: RuleContext): Check {
  const s = commonSettings(ctx, { inflect: true });
  if (s.regex) throw ctx.fields.get('regex')!.keyNode.error(`rule '${ctx.id}': term rules match words, not patterns (regex: true is not available)`);
  const src = ctx.sourceLanguage;
  const tgt = src === 'en' ? 'fr' : 'en';
  const entries: TermEntry[] = required(ctx, 'terms')
    .entries()
    .map((e) => {
      const targets = e.value.type === 'list' ? e.value.items().map((n) => n.nonEmptyString()) : [e.value.nonEmptyString()];
      const entry: TermEntry = { en: [], fr: [], enForbidden: [], frForbidden: [] };
      entry[src].push(e.key);
      entry[tgt].push(...targets);
      if (s.message) entry.note = s.message;
      return entry;
    });
  // A forbidden spelling of a target term (`sous ministre` for `sous-ministre`) joins that term's
  // entry, so that the finding can say what to write instead; others stand alone.
  const opts = { lang: tgt, inflect: true, ignoreCase: true, strictGaps: false } as const;
  const keyOf = (t: string): string => compileTerm(t, null, opts)?.keys.join(' ') ?? t;
  const alone: string[] = [];
  for (const f of ctx.fields.get('forbidden')?.value.stringList() ?? []) {
    const owners = entries.filter((e) => e[tgt].some((t) => keyOf(t) === keyOf(f)));
    for (const e of owners) (tgt === 'en' ? e.enForbidden : e.frForbidden).push(f);
    if (owners.length === 0) alone.push(f);
  }
  if (alone.length) entries.push({ en: [], fr: [], enForbidden: tgt === 'en' ? alone : [], frForbidden: tgt === 'fr' ? alone : [], note: s.message });
  const engine = new TermEngine(entries, { inflect: s.inflect, direction: src === 'en' ? 'en-fr' : 'fr-en' });
  const what = `Source terms need their target terms: ${shorten(entries.filter((e) => e[src].length).map((e) => `${e[src][0]} ⇒ ${e[tgt].join(' | ')}`), 3)}`;
  return defineCheck({
    id: ctx.id,
    description: s.description ?? what,
    severity: s.severity,
    help: helpText(s, ctx.file, what),
    check({ pair, report }) {
      engine.check(pair, report);
    },
  });
}
