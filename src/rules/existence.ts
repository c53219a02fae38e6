// `existence`: a word or pattern that must not appear on a side (`pour fins de`, `à date`).
//
//   kind: existence
//   side: target            # source | target | both | en | fr (default target)
//   message: anglicism; write "aux fins de"
//   tokens: [pour fins de, à date]

import { defineCheck, type Check } from '../checks/types.js';
import { COMMON_KEYS, LANG_NAME, commonSettings, helpText, needlesFor, required, shorten, sidesOf, withMessage, type RuleContext } from './common.js';

export const EXISTENCE_KEYS = [...COMMON_KEYS, 'side', 'tokens'] as const;

export function buildExistence(ctx: RuleContext): Check {
  const s = commonSettings(ctx, { inflect: false });
  const langs = sidesOf(ctx, 'target');
  const tokenNodes = required(ctx, 'tokens').itemsOrOne();
  const tokens = tokenNodes.map((n) => ({ text: n.nonEmptyString(), data: null, where: n.where }));
  const needles = needlesFor(ctx, s, langs, tokens);
  const what = `${langs.map((l) => LANG_NAME[l]).join(' and ')} must not contain ${shorten(tokens.map((t) => t.text))}`;
  return defineCheck({
    id: ctx.id,
    description: s.description ?? what,
    severity: s.severity,
    help: helpText(s, ctx.file, what),
    check({ pair, report }) {
      for (const lang of langs) {
        const seg = pair[lang];
        if (!seg || seg.lang !== lang) continue;
        for (const h of needles[lang]!.find(seg.text)) {
          report({ message: withMessage(`${LANG_NAME[lang]} '${seg.text.slice(h.start, h.end)}' should not be used`, s), [lang]: { from: h.start, to: h.end } });
        }
      }
    },
  });
}
