// `substitution`: wrong ⇒ right, per side; fixable when the replacement is unambiguous.
//
//   kind: substitution
//   side: target
//   swap:
//     de la Commonwealth: du Commonwealth
//     HSE: [HNE, HAE]            # several answers: suggested, not fixed
//
// With `regex: true` the keys are RE2 patterns and replacements may use $1, $<name>.
// With `inflect: true` a plural or feminine form matches too, and the fix keeps its ending
// (`sous procureurs` ⇒ `sous-procureurs`).

import { defineCheck, type Check } from '../checks/types.js';
import { expandReplacement, groupCount } from '../config/pattern.js';
import { inflectReplacement, matchCase } from '../config/terms.js';
import { COMMON_KEYS, LANG_NAME, commonSettings, helpText, needlesFor, required, shorten, sidesOf, withMessage, type RuleContext } from './common.js';
import type { NeedleHit } from './needle.js';
import { fixable } from '../checks/util/spans.js';

export const SUBSTITUTION_KEYS = [...COMMON_KEYS, 'side', 'swap'] as const;

export function buildSubstitution(ctx: RuleContext): Check {
  const s = commonSettings(ctx, { inflect: false });
  const langs = sidesOf(ctx, 'target');
  const entries = required(ctx, 'swap').entries();
  if (entries.length === 0) throw required(ctx, 'swap').error(`rule '${ctx.id}': swap is empty`);
  const tokens = entries.map((e) => {
    const answers = e.value.type === 'list' ? e.value.items().map((n) => n.string()) : [e.value.string()];
    if (answers.length === 0) throw e.value.error(`rule '${ctx.id}': '${e.key}' needs at least one replacement`);
    if (s.regex) {
      const groups = groupCount(e.key);
      for (const a of answers) {
        const used = [...a.matchAll(/\$(?:\{(\d{1,2})\}|(\d{1,2}))/g)].map((m) => Number(m[1] ?? m[2]));
        const bad = used.find((n) => n > groups);
        if (bad !== undefined) throw e.value.error(`replacement '${a}' uses $${bad} but the pattern '${e.key}' has ${groups} group${groups === 1 ? '' : 's'}`);
      }
    }
    return { text: e.key, data: answers, where: e.keyNode.where };
  });
  const needles = needlesFor(ctx, s, langs, tokens);
  const what = `${langs.map((l) => LANG_NAME[l]).join(' and ')}: ${shorten(entries.map((e) => `${e.key} ⇒ ${e.value.type === 'list' ? '…' : e.value.string()}`), 3)}`;
  return defineCheck({
    id: ctx.id,
    description: s.description ?? what,
    severity: s.severity,
    fixable: true,
    help: helpText(s, ctx.file, `Replaces what is wrong with what is right. ${what}`),
    check({ pair, report }) {
      for (const lang of langs) {
        const seg = pair[lang];
        if (!seg || seg.lang !== lang) continue;
        for (const h of needles[lang]!.find(seg.text)) {
          const written = seg.text.slice(h.start, h.end);
          const answers = h.data.map((a) => replacementFor(h, a, written, s.ignoreCase));
          if (answers.some((a) => a === written)) continue;
          const shown = answers.map((a, i) => a ?? h.data[i]);
          const message = withMessage(`${LANG_NAME[lang]} '${written}' should be ${shown.map((a) => `'${a}'`).join(' or ')}`, s);
          // Only where the segment's characters are the file's (no markup removed, no line joined).
          const fixText = answers.length === 1 && fixable(seg, h.start, h.end) ? answers[0] : null;
          report({
            message,
            [lang]: { from: h.start, to: h.end },
            suggestion: shown.join(' / '),
            ...(fixText !== null ? { fix: { side: lang, from: h.start, to: h.end, text: fixText } } : {}),
          });
        }
      }
    },
  });
}

/** The replacement for one hit, with the written form's case (and inflection); null if unsafe. */
function replacementFor(h: NeedleHit<string[]>, answer: string, written: string, ignoreCase: boolean): string | null {
  if (h.term) return inflectReplacement(h.term, answer);
  const text = h.regex ? expandReplacement(answer, h.regex) : answer;
  return ignoreCase ? matchCase(written, text) : text;
}
