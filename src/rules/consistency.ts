// `consistency`: only one of each pair of variants across all the documents of a run
// (`courriel` or `e-mail`, `cybersécurité` or `cyber-sécurité`). The variant used most is taken
// as the house choice; each use of the other is reported, pointing at the first use of the
// house choice.
//
//   kind: consistency
//   side: target
//   either:
//     courriel: e-mail
//     cybersécurité: cyber-sécurité

import type { Place } from '../core/types.js';
import { defineCheck, type Check, type CorpusContext } from '../checks/types.js';
import { COMMON_KEYS, LANG_NAME, commonSettings, helpText, needlesFor, required, shorten, sidesOf, withMessage, type RuleContext } from './common.js';

export const CONSISTENCY_KEYS = [...COMMON_KEYS, 'side', 'either'] as const;

interface Use {
  pair: CorpusContext['pairs'][number];
  lang: 'en' | 'fr';
  from: number;
  to: number;
}

export function buildConsistency(ctx: RuleContext): Check {
  const s = commonSettings(ctx, { inflect: false });
  const langs = sidesOf(ctx, 'target');
  const groups = required(ctx, 'either')
    .entries()
    .map((e) => [e.key, e.value.nonEmptyString()] as [string, string]);
  if (groups.length === 0) throw required(ctx, 'either').error(`rule '${ctx.id}': either is empty`);
  const tokens = groups.flatMap(([a, b], g) => [
    { text: a, data: { g, v: 0 }, where: ctx.fields.get('either')!.value.where },
    { text: b, data: { g, v: 1 }, where: ctx.fields.get('either')!.value.where },
  ]);
  const needles = needlesFor(ctx, s, langs, tokens);
  const what = `One spelling across the documents: ${shorten(groups.map(([a, b]) => `${a} | ${b}`), 3)}`;
  return defineCheck({
    id: ctx.id,
    description: s.description ?? what,
    severity: s.severity,
    help: helpText(s, ctx.file, what),
    checkCorpus({ pairs, report }) {
      const uses = groups.map(() => [[], []] as [Use[], Use[]]);
      for (const pair of pairs) {
        if (pair.method === 'shared') continue;
        for (const lang of langs) {
          const seg = pair[lang];
          if (!seg || seg.lang !== lang) continue;
          for (const h of needles[lang]!.find(seg.text)) uses[h.data.g][h.data.v].push({ pair, lang, from: h.start, to: h.end });
        }
      }
      groups.forEach(([a, b], g) => {
        const [ua, ub] = uses[g];
        if (ua.length === 0 || ub.length === 0) return;
        const keep = ua.length >= ub.length ? 0 : 1;
        const kept = keep === 0 ? ua : ub;
        const other = keep === 0 ? ub : ua;
        const keepName = keep === 0 ? a : b;
        const first = kept[0];
        const firstPlace: Place | undefined = first.pair[first.lang]?.locate?.(first.from, first.to) ?? first.pair[first.lang]?.place;
        for (const u of other) {
          const written = u.pair[u.lang]!.text.slice(u.from, u.to);
          report({
            pair: u.pair,
            message: withMessage(`${LANG_NAME[u.lang]} '${written}' and '${keepName}' are both used (${keepName} ${kept.length}×, ${written} ${other.length}×): keep one`, s),
            [u.lang]: { from: u.from, to: u.to },
            suggestion: keepName,
            ...(firstPlace ? { related: [{ place: firstPlace, text: first.pair[first.lang]!.text.slice(first.from, first.to) }] } : {}),
          });
        }
      });
    },
  });
}
