// Glossaries (CSV/TSV/TBX): a term found on one side requires one of its equivalents on the
// other side, and forbidden terms are reported. The files come from the configuration's
// `glossaries:` list (or the `files` option); the `gc-terms` preset ships the Government of
// Canada terms and acronyms (EST ⇄ HNE, Attorney General ⇄ procureur général, CRA ⇄ ARC…).

import { defineCheck } from './types.js';
import { loadGlossary } from '../config/glossary-file.js';
import { TermEngine, type Direction } from '../rules/term-engine.js';

const engines = new Map<string, TermEngine>();
/** The options object of a run is the same for every pair: its engine is found without a key. */
const byOptions = new WeakMap<object, TermEngine>();

function engineFor(options: Record<string, unknown>): TermEngine {
  const hit = byOptions.get(options);
  if (hit) return hit;
  const files = options.files as string[];
  const direction = options.direction as Direction;
  const inflect = options.inflect !== false;
  const key = JSON.stringify([files, direction, inflect]);
  let e = engines.get(key);
  if (!e) {
    e = new TermEngine(
      files.flatMap((f) => loadGlossary(f)),
      { direction, inflect },
    );
    engines.set(key, e);
  }
  byOptions.set(options, e);
  return e;
}

export default defineCheck({
  id: 'glossary',
  description: 'A glossary term on one side has one of its equivalents on the other side; forbidden terms are not used',
  severity: 'warning',
  options: { files: [] as string[], direction: 'en-fr', inflect: true },
  help: `Terminology must be consistent with the team's glossary: when a term of the glossary appears
in the English text, one of its French equivalents must appear in the French text (option
direction: en-fr by default, fr-en when the configuration's sourceLanguage is fr, or both).
Terms marked forbidden are reported wherever they appear. Matching tolerates plurals, feminines
and elision (inflect: true), so "procureurs généraux" satisfies "procureur général" and
"Attorneys General" matches "Attorney General"; acronyms (CRA, HNE) match in capitals only.

Glossaries are CSV/TSV files with a header row (en, fr, fr_forbidden, en_forbidden, note; variants
separated by |) or TBX files, listed under glossaries: in bitext.config.yaml.

Example (preset gc-terms):
  EN  Quintet of Attorneys General July meeting
  FR  Réunion de juillet des sous procureurs
  →   EN 'Attorneys General' ⇒ FR 'procureur général' or 'procureure générale' not found`,
  check(ctx) {
    const files = ctx.options.files as string[];
    if (!Array.isArray(files) || files.length === 0) return;
    const engine = engineFor(ctx.options);
    engine.check(ctx.pair, ctx.report);
  },
});
