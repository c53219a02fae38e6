// Runs the checks over the pairs of a run and turns what they report into findings with places.

import type { Finding, FindingSide, Method, Pair, Place, Segment, Severity } from '../core/types.js';
import type { InputFile } from '../formats/index.js';
import type { Check, CheckContext, CorpusFinding, GatherContext, ReportInput, RunMemo, SideRange } from './types.js';
import { builtinChecks } from './index.js';
import { extractValues, type Value } from '../lang/values.js';
import { loadProfile, type LocaleProfile } from '../config/profile.js';
import { applyDirectives, unusedDirectiveRule, UNUSED_DIRECTIVE } from '../config/directives.js';
import type { TmStore } from '../tm/store.js';

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
  /**
   * Settings for the pairs of one file, layered over `rules` and `profile` (the configuration's
   * per-path overrides). Undefined when nothing differs for that file.
   */
  forFile?: (file: string) => { rules?: Record<string, RuleSetting>; profile?: string } | undefined;
  /** Inline `bitext-disable…` directives are honoured (and checked) unless this is false. */
  directives?: boolean;
  /** Translation memory that consistency checks compare against (`--tm`). */
  tm?: TmStore;
  /**
   * Milliseconds spent per rule, added to when given (`check --timing`): each check's per-pair
   * calls, its gathering and its corpus pass; the values the value checks share under `(values)`.
   */
  timing?: Map<string, number>;
}

/** The key of the values of both sides, extracted once per pair for every check, in `timing`. */
export const VALUES_TIMING = '(values)';

/** Adds the time since `t0` to `key` of the timing table. */
function spent(timing: Map<string, number>, key: string, t0: number): void {
  timing.set(key, (timing.get(key) ?? 0) + performance.now() - t0);
}

interface Active {
  check: Check;
  severity: Severity;
  /** The severity was set by the configuration: it wins over a check's per-finding severity. */
  configured: boolean;
  options: Record<string, unknown>;
}

/** The checks that run (for one file when `file` is given), with severity and options. */
export function activeChecks(settings: CheckSettings = {}, file?: string): Active[] {
  const all = [...builtinChecks, ...(settings.extraChecks ?? [])];
  const local = file !== undefined ? settings.forFile?.(file)?.rules : undefined;
  const out: Active[] = [];
  for (const check of all) {
    const s = settings.rules?.[check.id];
    const l = local?.[check.id];
    const set = l?.severity ?? s?.severity;
    const severity = set ?? check.severity;
    if (severity === 'off') continue;
    out.push({ check, severity, configured: set !== undefined, options: { ...(check.options ?? {}), ...(s?.options ?? {}), ...(l?.options ?? {}) } });
  }
  return out;
}

/** Where a pair is (its first side's file). */
function fileOf(pair: Pair): string {
  return (pair.en ?? pair.fr)!.place.file;
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
  // Per-file settings (overrides): the checks, severities, options and profile of each file.
  const perFile = new Map<string, { active: Active[]; byId: Map<string, Active>; profile: LocaleProfile }>();
  const forFile = (file: string): { active: Active[]; byId: Map<string, Active>; profile: LocaleProfile } => {
    let hit = perFile.get(file);
    if (!hit) {
      const local = settings.forFile?.(file);
      const act = local ? activeChecks(settings, file) : active;
      hit = { active: act, byId: new Map(act.map((a) => [a.check.id, a])), profile: local?.profile ? loadProfile(local.profile) : profile };
      perFile.set(file, hit);
    }
    return hit;
  };
  const findings: Finding[] = [];
  // Corpus checks run once over every pair when on for any file; their findings then follow the
  // settings of the file they land in.
  // A keyed segment works its place out when asked (a search in the line table): once per pair.
  const pairFiles = pairs.map(fileOf);
  const files = [...new Set(pairFiles)];
  const corpus = new Map<string, Active>();
  for (const a of active) if (a.check.checkCorpus) corpus.set(a.check.id, a);
  for (const file of files) for (const a of forFile(file).active) if (a.check.checkCorpus && !corpus.has(a.check.id)) corpus.set(a.check.id, a);
  const gatherers = [...corpus.values()].filter((a) => a.check.gather);
  const memo: RunMemo = new Map();
  // One context for the whole run, pointed at each pair and check in turn: a context (and its
  // closures) per pair and check was the runner's main cost on large runs.
  const ctx = new PairContext(findings, settings.timing);
  const timing = settings.timing;
  const gathering = new Gathering(ctx, pairs, profile, settings.tm, memo);
  const runCorpus = async (a: Active): Promise<void> => {
    const t0 = timing ? performance.now() : 0;
    await a.check.checkCorpus!({
      pairs,
      inputs,
      options: a.options,
      profile,
      tm: settings.tm,
      memo: gatherers.length ? memo : undefined,
      report: (r: CorpusFinding) => {
        const here = forFile(fileOf(r.pair)).byId.get(a.check.id);
        if (here) findings.push(extendTo(toFinding(here, r.pair, r), r.through));
      },
    });
    if (timing) spent(timing, a.check.id, t0);
  };
  // Findings are sorted at the end: the order of the passes changes none of them.
  for (const a of corpus.values()) if (a.check.corpusFirst) await runCorpus(a);
  // Shared pairs are seen only by the checks that ask for them.
  const anyShared = active.some((a) => a.check.sharedPairs) || files.some((f) => forFile(f).active.some((a) => a.check.sharedPairs));
  let lastFile: string | undefined;
  let fs: ReturnType<typeof forFile> | undefined;
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i];
    const shared = pair.method === 'shared';
    if (shared && !anyShared) continue;
    const file = pairFiles[i];
    if (file !== lastFile || !fs) {
      fs = forFile(file);
      lastFile = file;
    }
    ctx.start(pair, fs.profile, pairs, i);
    for (const a of fs.active) {
      if (!a.check.check || (shared && !a.check.sharedPairs)) continue;
      ctx.active = a;
      ctx.options = a.options;
      if (!timing) {
        a.check.check(ctx);
        continue;
      }
      // The values a check is the first to ask for are the shared `(values)`' time, not its own.
      const t0 = performance.now();
      const v0 = ctx.valuesTime;
      a.check.check(ctx);
      spent(timing, a.check.id, t0 + (ctx.valuesTime - v0));
    }
    if (shared) continue;
    gathering.pair = pair;
    gathering.index = i;
    for (const a of gatherers) {
      gathering.options = a.options;
      const t0 = timing ? performance.now() : 0;
      const v0 = ctx.valuesTime;
      a.check.gather!(gathering);
      if (timing) spent(timing, a.check.id, t0 + (ctx.valuesTime - v0));
    }
  }
  for (const a of corpus.values()) if (!a.check.corpusFirst) await runCorpus(a);
  const kept =
    settings.directives === false
      ? findings
      : applyDirectives(inputs, findings, {
          known: new Set([...builtinChecks, ...(settings.extraChecks ?? []), unusedDirectiveRule].map((c) => c.id)),
          isActive: (rule, file) => forFile(file).byId.has(rule),
          severityFor: (file) => {
            const set = settings.forFile?.(file)?.rules?.[UNUSED_DIRECTIVE]?.severity ?? settings.rules?.[UNUSED_DIRECTIVE]?.severity;
            return set ?? unusedDirectiveRule.severity;
          },
        });
  return sortFindings(kept);
}

/** What a per-pair check is given; one instance serves every pair and check of a run. */
class PairContext implements CheckContext {
  pair!: Pair;
  pairs?: readonly Pair[];
  index = 0;
  options: Record<string, unknown> = {};
  profile!: LocaleProfile;
  active!: Active;
  private pairValues: { en: Value[]; fr: Value[] } | undefined;
  /** Milliseconds spent extracting values, when timed. */
  valuesTime = 0;

  constructor(
    private readonly findings: Finding[],
    private readonly timing?: Map<string, number>,
  ) {}

  start(pair: Pair, profile: LocaleProfile, pairs: readonly Pair[], index: number): void {
    this.pair = pair;
    this.pairs = pairs;
    this.index = index;
    this.profile = profile;
    this.pairValues = undefined;
  }

  get values(): { en: Value[]; fr: Value[] } {
    if (this.pairValues) return this.pairValues;
    if (!this.timing) return (this.pairValues = pairValues(this.pair));
    const t0 = performance.now();
    this.pairValues = pairValues(this.pair);
    const ms = performance.now() - t0;
    this.valuesTime += ms;
    this.timing.set(VALUES_TIMING, (this.timing.get(VALUES_TIMING) ?? 0) + ms);
    return this.pairValues;
  }

  /** A property, not a method: checks may take it out of the context (`check({ pair, report })`). */
  readonly report = (r: ReportInput): void => {
    this.findings.push(toFinding(this.active, this.pair, r));
  };
}

/** What corpus checks' `gather` is given: the runner's pair, its values (shared with the per-pair checks). */
class Gathering implements GatherContext {
  pair!: Pair;
  index = 0;
  options: Record<string, unknown> = {};

  constructor(
    private readonly pairContext: PairContext,
    readonly pairs: Pair[],
    readonly profile: LocaleProfile,
    readonly tm: TmStore | undefined,
    readonly memo: RunMemo,
  ) {}

  get values(): { en: Value[]; fr: Value[] } {
    return this.pairContext.values;
  }
}

function placeOf(seg: Segment, range: SideRange): Place {
  if (range === 'whole' || !seg.locate) return seg.place;
  return seg.locate(range.from, Math.max(range.to, range.from + 1));
}

function textOf(seg: Segment, range: SideRange): string {
  return range === 'whole' ? seg.text : seg.text.slice(range.from, range.to);
}

export function toFinding(a: { check: Check; severity: Severity; configured?: boolean }, pair: Pair, r: ReportInput): Finding {
  const en = r.en && pair.en ? { place: placeOf(pair.en, r.en), text: textOf(pair.en, r.en) } : undefined;
  const fr = r.fr && pair.fr ? { place: placeOf(pair.fr, r.fr), text: textOf(pair.fr, r.fr) } : undefined;
  const sides = [en, fr].filter((s): s is { place: Place; text: string } => s !== undefined);
  if (sides.length === 0) {
    const seg = pair.en ?? pair.fr!;
    sides.push({ place: seg.place, text: seg.text });
  }
  // A finding on both sides is placed in the French, the translation the reviser edits (its
  // suggestion and fix are French), with the English place beside it: in two files (--parallel),
  // and in one file whose halves or entries keep the two apart (a document in halves, XLIFF, PO).
  // Lines laid out together (inline, stacked) are spanned: the place covers both.
  const primary = r.empty ? r.empty.place : en && fr && (en.place.file !== fr.place.file || !LAID_OUT_TOGETHER.has(pair.method)) ? fr.place : span(sides.map((s) => s.place));
  const f: Finding = {
    rule: a.check.id,
    // A severity the configuration sets applies to every finding of the rule.
    severity: a.configured ? a.severity : (r.severity ?? a.severity),
    message: r.message,
    pair: pair.id,
    side: r.empty ? r.empty.side : en && fr ? 'both' : fr ? 'fr' : 'en',
    ...primary,
  };
  if (en) f.en = findingSide(en.place, en.text);
  if (fr) f.fr = findingSide(fr.place, fr.text);
  // The missing side's empty entry: its place, no text.
  if (r.empty) f[r.empty.side] = findingSide(r.empty.place, '');
  if (r.suggestion !== undefined) f.suggestion = r.suggestion;
  if (r.fix) {
    const seg = r.fix.side === 'en' ? pair.en : pair.fr;
    if (seg?.locate) f.fix = { place: seg.locate(r.fix.from, r.fix.to), text: r.fix.text };
  }
  return f;
}

function findingSide(p: Place, text: string): FindingSide {
  return { file: p.file, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, text };
}

/** Pairs whose two sides are laid out together in a mixed document: on one line, stacked, or block over block. */
const LAID_OUT_TOGETHER = new Set<Method>(['inline', 'stacked', 'block']);

/** A finding that runs on past its pair ends where `through` ends (same file only). */
function extendTo(f: Finding, through: Place | undefined): Finding {
  if (through && through.file === f.file && (through.endLine > f.endLine || (through.endLine === f.endLine && through.endColumn > f.endColumn))) {
    f.endLine = through.endLine;
    f.endColumn = through.endColumn;
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
