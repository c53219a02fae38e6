// Runs the checks over the pairs of a run and turns what they report into findings with places.

import type { Finding, Pair, Place, Segment, Severity } from '../core/types.js';
import type { InputFile } from '../formats/index.js';
import type { Check, CheckContext, CorpusFinding, ReportInput, SideRange } from './types.js';
import { builtinChecks } from './index.js';
import { extractValues, type Value } from '../lang/values.js';
import { loadProfile } from '../config/profile.js';

export interface RuleSetting {
  severity?: Severity | 'off';
  options?: Record<string, unknown>;
}

export interface CheckSettings {
  /** Per rule id: severity ('off' disables) and options. */
  rules?: Record<string, RuleSetting>;
  /** Locale profile id (fr-CA by default). */
  profile?: string;
  /** Extra checks (user rules from the configuration) run after the built-in ones. */
  extraChecks?: Check[];
}

interface Active {
  check: Check;
  severity: Severity;
  options: Record<string, unknown>;
}

export function activeChecks(settings: CheckSettings = {}): Active[] {
  const all = [...builtinChecks, ...(settings.extraChecks ?? [])];
  const out: Active[] = [];
  for (const check of all) {
    const s = settings.rules?.[check.id];
    const severity = s?.severity ?? check.severity;
    if (severity === 'off') continue;
    out.push({ check, severity, options: { ...(check.options ?? {}), ...(s?.options ?? {}) } });
  }
  return out;
}

/** Values of both sides of a pair, extracted once and shared by every check. */
export function pairValues(pair: Pair): { en: Value[]; fr: Value[] } {
  return {
    en: pair.en && pair.en.lang !== 'und' ? extractValues(pair.en.text, 'en') : [],
    fr: pair.fr && pair.fr.lang !== 'und' ? extractValues(pair.fr.text, 'fr') : [],
  };
}

export async function runChecks(inputs: InputFile[], settings: CheckSettings = {}): Promise<Finding[]> {
  const pairs = inputs.flatMap((i) => i.pairs);
  const profile = loadProfile(settings.profile ?? 'fr-CA');
  const active = activeChecks(settings);
  const findings: Finding[] = [];
  const perPair = active.filter((a) => a.check.check);
  for (const pair of pairs) {
    if (pair.method === 'shared') continue;
    let values: { en: Value[]; fr: Value[] } | undefined;
    for (const a of perPair) {
      const ctx: CheckContext = {
        pair,
        get values() {
          return (values ??= pairValues(pair));
        },
        options: a.options,
        profile,
        report: (r) => findings.push(toFinding(a, pair, r)),
      };
      a.check.check!(ctx);
    }
  }
  for (const a of active) {
    if (!a.check.checkCorpus) continue;
    await a.check.checkCorpus({
      pairs,
      inputs,
      options: a.options,
      profile,
      report: (r: CorpusFinding) => findings.push(toFinding(a, r.pair, r)),
    });
  }
  return sortFindings(findings);
}

function placeOf(seg: Segment, range: SideRange): Place {
  if (range === 'whole' || !seg.locate) return seg.place;
  return seg.locate(range.from, Math.max(range.to, range.from + 1));
}

function textOf(seg: Segment, range: SideRange): string {
  return range === 'whole' ? seg.text : seg.text.slice(range.from, range.to);
}

export function toFinding(a: { check: Check; severity: Severity }, pair: Pair, r: ReportInput): Finding {
  const en = r.en && pair.en ? { place: placeOf(pair.en, r.en), text: textOf(pair.en, r.en) } : undefined;
  const fr = r.fr && pair.fr ? { place: placeOf(pair.fr, r.fr), text: textOf(pair.fr, r.fr) } : undefined;
  const sides = [en, fr].filter((s): s is { place: Place; text: string } => s !== undefined);
  if (sides.length === 0) {
    const seg = pair.en ?? pair.fr!;
    sides.push({ place: seg.place, text: seg.text });
  }
  const primary = span(sides.map((s) => s.place));
  const f: Finding = {
    rule: a.check.id,
    severity: r.severity ?? a.severity,
    message: r.message,
    pair: pair.id,
    side: en && fr ? 'both' : fr ? 'fr' : 'en',
    ...primary,
  };
  if (en) f.en = { file: en.place.file, line: en.place.line, column: en.place.column, endLine: en.place.endLine, endColumn: en.place.endColumn, text: en.text };
  if (fr) f.fr = { file: fr.place.file, line: fr.place.line, column: fr.place.column, endLine: fr.place.endLine, endColumn: fr.place.endColumn, text: fr.text };
  if (r.suggestion !== undefined) f.suggestion = r.suggestion;
  if (r.fix) {
    const seg = r.fix.side === 'en' ? pair.en : pair.fr;
    if (seg?.locate) f.fix = { place: seg.locate(r.fix.from, r.fix.to), text: r.fix.text };
  }
  return f;
}

/** The span covering places in one file (the first file's places when they differ). */
function span(places: Place[]): Place {
  const file = places[0].file;
  const same = places.filter((p) => p.file === file);
  let start = same[0];
  let end = same[0];
  for (const p of same) {
    if (p.line < start.line || (p.line === start.line && p.column < start.column)) start = p;
    if (p.endLine > end.endLine || (p.endLine === end.endLine && p.endColumn > end.endColumn)) end = p;
  }
  return { file, line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn };
}

/** A total, locale-independent order: file, line, column, rule, message. */
export function sortFindings(fs: Finding[]): Finding[] {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return fs.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.message, b.message));
}
