// The data that flows through bitext: files → Document → Segment[] → Pair[] → Finding[].
// Shapes that reach users (JSON report, SARIF…) are built from these by the reporters,
// so internal fields may be added here without breaking the contracts.

export type Lang = 'en' | 'fr' | 'und';

/** A span in an input file. Lines and columns are 1-based; endColumn is exclusive (UTF-16 units). */
export interface Place {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A run of text in one language, with where it came from. */
export interface Segment {
  /** Normalised text (bold markers, superscript braces removed; spacing kept as written). */
  text: string;
  lang: Lang;
  place: Place;
  /**
   * Maps the [from, to) range of `text` to a place in the file. Present whenever the text can be
   * traced character by character (plain text, Markdown); keyed formats may only know `place`.
   */
  locate?: (from: number, to: number) => Place;
  /**
   * The targets of the links the text was cleaned from (Markdown `[text](target)`, `href`,
   * autolinks), in order: present only when there are some (see core/link-targets.ts).
   */
  links?: string[];
  /**
   * Index of the paragraph the segment starts in, in its document, when the aligner cut the
   * document into paragraphs (parallel alignment): what tells a sentence merged into its
   * neighbour in the translation from one left out (checks/missing-translation.ts).
   */
  paragraph?: number;
  /**
   * Where each list item after the first starts in `text`, when the aligner joined several items
   * of a list into one segment (a translation that drops an item pairs the one before it with two
   * English ones): each item is read as a sentence of its own (checks/missing-translation.ts).
   */
  items?: number[];
}

/** How a pair was found (Contract 2). */
export type Method = 'inline' | 'stacked' | 'block' | 'parallel' | 'keyed' | 'shared' | 'orphan';

export interface Pair {
  id: string;
  en: Segment | null;
  fr: Segment | null;
  method: Method;
  /** Confidence in [0, 1]. */
  score: number;
  /** Extra facts from keyed formats: unit key, notes, state, fuzzy flag… */
  meta?: PairMeta;
}

export interface PairMeta {
  key?: string;
  notes?: string[];
  state?: string;
  fuzzy?: boolean;
  /** Any further properties the source format carried (TMX <prop>, XLIFF attributes…). */
  props?: Record<string, string>;
  /**
   * Where the missing side's entry is, written with an empty value (`"note": ""` in the French
   * file of a pair of resource files): the place its translation goes.
   */
  emptyTarget?: Place;
}

export type Severity = 'error' | 'warning' | 'info';

/** One side of a finding: where on that side the problem is, and the text there. */
export interface FindingSide {
  file?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  text: string;
}

/** A text edit that repairs a finding: replace the text at `place` with `text`. */
export interface Fix {
  place: Place;
  text: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  pair?: string;
  side: 'en' | 'fr' | 'both';
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  en?: FindingSide;
  fr?: FindingSide;
  suggestion?: string;
  fix?: Fix;
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** What a run produced: the reporters turn this into text. */
export interface RunResult {
  files: string[];
  pairs: Pair[];
  /** Absent for `align`, present (maybe empty) for `check`. */
  findings?: Finding[];
  /** Metadata of the rules that ran (SARIF lists them). */
  rules?: RuleMeta[];
}

export interface RuleMeta {
  id: string;
  description: string;
  severity: Severity;
  /** Longer explanation for `explain` and SARIF help. */
  help?: string;
}
