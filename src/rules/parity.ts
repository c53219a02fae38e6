// `parity`: a pattern occurs as often on both sides (redaction marks, footnote calls, URLs).
//
//   kind: parity
//   regex: true
//   en: ['\[REDACTED\]']
//   fr: ['\[CAVIARDÉ\]', '\[REDACTED\]']
//
// `tokens:` gives the same list to both sides.

import { defineCheck, type Check } from '../checks/types.js';
import { COMMON_KEYS, commonSettings, helpText, needlesFor, shorten, type Lang, type RuleContext } from './common.js';
import type { Needle } from './needle.js';

export const PARITY_KEYS = [...COMMON_KEYS, 'tokens', 'en', 'fr'] as const;

export function buildParity(ctx: RuleContext): Check {
  const s = commonSettings(ctx, { inflect: false });
  const f = ctx.fields;
  const both = f.get('tokens')?.value;
  if (both && (f.has('en') || f.has('fr'))) throw both.error(`rule '${ctx.id}': give either tokens (both sides) or en and fr, not both`);
  if (!both && !(f.has('en') && f.has('fr'))) throw ctx.root.error(`rule '${ctx.id}' (kind parity) needs tokens, or both en and fr`);
  const lists: Record<Lang, string[]> = { en: [], fr: [] };
  const needles: Record<Lang, Needle<null> | undefined> = { en: undefined, fr: undefined };
  for (const lang of ['en', 'fr'] as Lang[]) {
    const nodes = (both ?? f.get(lang)!.value).itemsOrOne();
    const tokens = nodes.map((n) => ({ text: n.nonEmptyString(), data: null, where: n.where }));
    lists[lang] = tokens.map((t) => t.text);
    needles[lang] = needlesFor(ctx, s, [lang], tokens)[lang];
  }
  const what = `As many ${shorten(lists.en, 3)} in EN as ${shorten(lists.fr, 3)} in FR`;
  return defineCheck({
    id: ctx.id,
    description: s.description ?? what,
    severity: s.severity,
    help: helpText(s, ctx.file, what),
    check({ pair, report }) {
      if (!pair.en || !pair.fr || pair.en.lang !== 'en' || pair.fr.lang !== 'fr') return;
      const en = needles.en!.find(pair.en.text);
      const fr = needles.fr!.find(pair.fr.text);
      if (en.length === fr.length) return;
      const more: Lang = en.length > fr.length ? 'en' : 'fr';
      const less: Lang = more === 'en' ? 'fr' : 'en';
      const hits = { en, fr };
      // Point at the first occurrence the other side lacks.
      const extra = hits[more][hits[less].length];
      const seen = (l: Lang): string => [...new Set(hits[l].map((h) => pair[l]!.text.slice(h.start, h.end)))].map((t) => `'${t}'`).join(', ') || 'none';
      report({
        message: withCount(`EN has ${en.length} (${seen('en')}), FR has ${fr.length} (${seen('fr')})`, s.message),
        [more]: { from: extra.start, to: extra.end },
        [less]: 'whole',
      });
    },
  });
}

function withCount(base: string, message: string | undefined): string {
  return message ? `${base}: ${message}` : base;
}

