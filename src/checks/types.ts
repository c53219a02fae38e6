// What a check is (STYLE.md: one check per file, metadata first) and what it is given.

import type { Pair, Severity, Segment, Place } from '../core/types.js';
import type { InputFile } from '../formats/index.js';
import type { Value } from '../lang/values.js';
import type { LocaleProfile } from '../config/profile.js';
import type { TmStore } from '../tm/store.js';

/** A range inside one side's segment text; `whole` when the finding is about the whole segment. */
export type SideRange = { from: number; to: number } | 'whole';

export interface ReportInput {
  /** Message with expected and actual: `EN 11:30 am is 11:30, FR 12h30 is 12:30`. */
  message: string;
  en?: SideRange;
  fr?: SideRange;
  suggestion?: string;
  /** A repair: replace the range of one side with `text`. */
  fix?: { side: 'en' | 'fr'; from: number; to: number; text: string };
  /** Overrides the rule's severity for this finding (e.g. a plain space where a no-break one is due). */
  severity?: Severity;
  /**
   * The pair's missing side is an empty entry (PairMeta.emptyTarget): the finding is placed
   * there, on that side, with the other side's text beside it.
   */
  empty?: { side: 'en' | 'fr'; place: Place };
}

export interface CheckContext {
  pair: Pair;
  /**
   * The run's pairs and this pair's position among them, for a check that looks at the pairs just
   * before (absent when a pair is checked on its own).
   */
  pairs?: readonly Pair[];
  index?: number;
  /** Values of each side (extracted once per pair and shared by all checks). */
  values: { en: Value[]; fr: Value[] };
  /** Options of this check, defaults merged with the configuration. */
  options: Record<string, unknown>;
  profile: LocaleProfile;
  report(finding: ReportInput): void;
}

export interface CorpusFinding extends ReportInput {
  /** The pair the finding belongs to (its sides are where the ranges point). */
  pair: Pair;
  /** Other places that make the case (the other variant, the other translation). */
  related?: Array<{ place: Place; text: string }>;
  /** Where the finding ends when it runs past its pair (a run of untranslated lines). */
  through?: Place;
}

export interface CorpusContext {
  pairs: Pair[];
  inputs: InputFile[];
  options: Record<string, unknown>;
  profile: LocaleProfile;
  /** The translation memory given with `--tm`, for checks that compare against it. */
  tm?: TmStore;
  /**
   * What the corpus checks' `gather` kept during the per-pair pass; absent when no such pass ran
   * (a check then works from the pairs alone).
   */
  memo?: RunMemo;
  report(finding: CorpusFinding): void;
}

/** What corpus checks gather in the per-pair pass for later, one entry per use, for one run. */
export type RunMemo = Map<string, unknown>;

/**
 * What a corpus check's `gather` is given: the pair (and its values, extracted once for every
 * check) with the check's options and the run's profile, as its checkCorpus will have them.
 */
export interface GatherContext {
  pair: Pair;
  /** The pair's position in `pairs`. */
  index: number;
  pairs: Pair[];
  values: { en: Value[]; fr: Value[] };
  options: Record<string, unknown>;
  profile: LocaleProfile;
  tm?: TmStore;
  memo: RunMemo;
}

export interface Check {
  id: string;
  description: string;
  /** Default severity; configuration may change it or turn the check off. */
  severity: Severity;
  /** Default options (configuration values are validated against their types). */
  options?: Record<string, unknown>;
  /** Why the rule exists, with an example (for `bitext explain` and SARIF help). */
  help?: string;
  /** Whether findings can carry fixes (`--fix`). */
  fixable?: boolean;
  /** Per-pair check. */
  check?(ctx: CheckContext): void;
  /** Checks that need every pair of the run at once (consistency, glued variants). */
  checkCorpus?(ctx: CorpusContext): void | Promise<void>;
  /**
   * A corpus check's share of the per-pair pass: called for every pair of the run but `shared`
   * ones, in order, while the pair's values are at hand (extracting them again later costs as
   * much as the first time, and keeping them all costs memory). What it keeps goes in `memo`,
   * which checkCorpus receives.
   */
  gather?(ctx: GatherContext): void;
  /**
   * The corpus pass reads nothing the per-pair pass gathers (no `gather`, no `memo`): the runner
   * runs it first, so that the working memory it frees (a word index of every segment) is given
   * back before the pairs' values, keys and findings pile up, not on top of them.
   */
  corpusFirst?: boolean;
  /**
   * `check` is called for `shared` pairs too (text both sides hold: an address, a mail header),
   * which other checks never see: for a fact of one text, such as a weekday against its date.
   */
  sharedPairs?: boolean;
}

export function defineCheck(c: Check): Check {
  return c;
}

export type { Segment };
