// Inline suppressions, written in each format's comment syntax:
//
//   bitext-disable-next-line <rule>[, <rule>…] [-- reason]   the next line holding text
//   (in XML comments, where `--` is not allowed, the reason follows ` - ` instead)
//   bitext-disable-line <rule>… [-- reason]                  the line of the comment itself
//   bitext-disable <rule>… [-- reason] … bitext-enable [<rule>…]   a block (to the end of the
//                                                             file when not closed)
//
// With no rule, a directive covers every rule. Where they go:
//  - Markdown, HTML, XLIFF, TMX: an HTML/XML comment `<!-- bitext-disable-next-line … -->`;
//  - YAML: a `#` comment;
//  - plain text: a line of its own holding only the directive (plain text has no comment
//    syntax; the aligner skips such lines, so they never become segments);
//  - keyed units (PO, XLIFF, TMX, CSV…): a note or comment of the unit (`#` translator comment
//    in PO, <note> in XLIFF) holding a directive applies to that unit, whatever its kind.
//
// A directive naming an unknown rule, or suppressing nothing, is itself reported under the rule
// `unused-directive` (directives cannot rot silently, as with ESLint's
// --report-unused-disable-directives). A directive about rules that are turned off for the file
// is not reported: turning a rule off should not make its old directives fail a build.

import type { Finding, Pair, Severity } from '../core/types.js';
import { MarkdownFences } from '../core/markdown-fences.js';
import type { InputFile } from '../formats/index.js';
import type { SourceDocument } from '../core/document.js';
import { defineCheck } from '../checks/types.js';

export const UNUSED_DIRECTIVE = 'unused-directive';

/** Metadata of the rule under which directive problems are reported (no check function). */
export const unusedDirectiveRule = defineCheck({
  id: UNUSED_DIRECTIVE,
  description: 'An inline bitext-disable directive names an unknown rule or suppresses nothing',
  severity: 'warning',
  help: `Inline directives (bitext-disable-next-line, bitext-disable-line, bitext-disable /
bitext-enable) silence findings where a rule is wrong for a good reason. Once the text changes, a
directive may no longer suppress anything; left in place it would silence a future real problem.
This rule reports directives that name a rule bitext does not know, and directives that
suppressed nothing in this run.

Example (Markdown):
  <!-- bitext-disable-next-line time-mismatch -- the FR version gives local time -->
  Meeting at 1:30 pm / Réunion à 13 h 30
  →  bitext-disable-next-line time-mismatch suppresses nothing`,
});

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty for every rule. */
  rules: string[];
  reason?: string;
  file: string;
  line: number;
  column: number;
  endColumn: number;
  /** The directive as written. */
  text: string;
  /** Line-based coverage: [first, last] lines (inclusive) in `file`. */
  lines?: [number, number];
  /** Unit-based coverage: the pair whose note holds the directive. */
  pair?: Pair;
  /** Rule ids this directive suppressed at least one finding of (`*` for a directive without rules). */
  used: Set<string>;
}

const DIRECTIVE = /bitext-(disable-next-line|disable-line|disable|enable)(?![\w-])([^\n]*)/;

/** Parses the text after `bitext-…` into rules and reason. */
function parseBody(rest: string): { rules: string[]; reason?: string } {
  let body = rest.replace(/\s*-->.*$/, '').trim();
  let reason: string | undefined;
  // `--` before the reason; XML forbids `--` inside comments, so ` - ` and ` — ` are accepted too.
  const cut = /(?:^|\s)(?:--|-|—)(?:\s|$)/.exec(body);
  if (cut) {
    reason = body.slice(cut.index + cut[0].length).trim() || undefined;
    body = body.slice(0, cut.index).trim();
  }
  const rules = body.split(/[\s,]+/).filter((r) => r.length > 0);
  return { rules, reason };
}

type Style = 'html' | 'hash' | 'bare';

/** Comment styles by reader format; formats not listed only have unit notes. */
const STYLE_BY_FORMAT: Record<string, Style[]> = {
  markdown: ['html'],
  html: ['html'],
  xliff: ['html'],
  tmx: ['html'],
  xml: ['html'],
  yaml: ['hash'],
  text: ['bare', 'html'],
};

/** A plain-text line that is only a directive (the aligner skips these lines). */
export const BARE_DIRECTIVE_LINE = /^\s*bitext-(?:disable-next-line|disable-line|disable|enable)(?![\w-])/;

/** Directives in a document's comments. */
export function documentDirectives(doc: SourceDocument, format: string): Directive[] {
  const styles = STYLE_BY_FORMAT[format];
  // Most documents have none: one search of the text spares a pass over every line.
  if (!styles || !doc.text.includes('bitext-')) return [];
  const out: Directive[] = [];
  const fences = format === 'markdown' ? new MarkdownFences() : null;
  for (let n = 1; n <= doc.lineCount; n++) {
    const line = doc.line(n);
    // A directive shown in a Markdown code block is an example, not a directive.
    if (fences?.inCode(line) || !line.includes('bitext-')) continue;
    for (const style of styles) {
      for (const d of lineDirectives(line, style)) out.push({ ...d, file: doc.file, line: n, used: new Set() });
    }
  }
  assignLines(out, doc);
  return out;
}

function lineDirectives(line: string, style: Style): Array<Omit<Directive, 'file' | 'line' | 'used'>> {
  const out: Array<Omit<Directive, 'file' | 'line' | 'used'>> = [];
  const push = (at: number, m: RegExpExecArray, end: number): void => {
    const kind = m[1] as DirectiveKind;
    out.push({ kind, ...parseBody(m[2]), column: at + 1, endColumn: end + 1, text: line.slice(at, end).trim() });
  };
  if (style === 'html') {
    const re = /<!--([\s\S]*?)-->/g;
    let c: RegExpExecArray | null;
    while ((c = re.exec(line)) !== null) {
      const m = DIRECTIVE.exec(c[1]);
      if (m && c[1].slice(0, m.index).trim() === '') push(c.index, m, c.index + c[0].length);
    }
  } else if (style === 'hash') {
    const c = /^\s*#\s*/.exec(line);
    if (c) {
      const m = DIRECTIVE.exec(line.slice(c[0].length));
      if (m && m.index === 0) push(c[0].length, m, line.length);
    }
  } else if (BARE_DIRECTIVE_LINE.test(line)) {
    const at = line.search(/\S/);
    const m = DIRECTIVE.exec(line.slice(at));
    if (m) push(at, m, line.length);
  }
  return out;
}

/** Turns each directive's kind into the lines it covers. */
function assignLines(ds: Directive[], doc: SourceDocument): void {
  const directiveLines = new Set(ds.map((d) => d.line));
  const last = doc.lineCount;
  for (const d of ds) {
    if (d.kind === 'disable-line') d.lines = [d.line, d.line];
    else if (d.kind === 'disable-next-line') {
      let n = d.line + 1;
      while (n <= last && (doc.line(n).trim() === '' || (directiveLines.has(n) && isOnlyComment(doc.line(n))))) n++;
      d.lines = [n, n];
    } else if (d.kind === 'disable') {
      // To the first later `enable` that names one of its rules (or every rule), else to the end.
      const end = ds.find((e) => e.kind === 'enable' && e.line > d.line && (e.rules.length === 0 || d.rules.length === 0 || d.rules.some((r) => e.rules.includes(r))));
      d.lines = [d.line, end ? end.line : last];
    }
  }
}

function isOnlyComment(line: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)+$/.test(line) || BARE_DIRECTIVE_LINE.test(line) || /^\s*#/.test(line);
}

/** Directives in unit notes (PO comments, XLIFF notes): they cover their unit. */
export function noteDirectives(pairs: Pair[]): Directive[] {
  const out: Directive[] = [];
  for (const pair of pairs) {
    for (const note of pair.meta?.notes ?? []) {
      const m = DIRECTIVE.exec(note);
      if (!m) continue;
      const kind = m[1] as DirectiveKind;
      if (kind === 'enable') continue;
      const seg = pair.fr ?? pair.en!;
      out.push({ kind, ...parseBody(m[2]), file: seg.place.file, line: seg.place.line, column: seg.place.column, endColumn: seg.place.endColumn, text: m[0].trim(), pair, used: new Set() });
    }
  }
  return out;
}

export interface DirectiveOptions {
  /** Every rule id that exists (for unknown-rule reports). */
  known: Set<string>;
  /** Whether a rule is on for a file (directives about rules that are off are not reported). */
  isActive: (rule: string, file: string) => boolean;
  /** Severity of `unused-directive` for a file, or 'off'. */
  severityFor: (file: string) => Severity | 'off';
}

/** Drops the findings that directives suppress, and adds findings about the directives. */
export function applyDirectives(inputs: InputFile[], findings: Finding[], opts: DirectiveOptions): Finding[] {
  const all: Directive[] = [];
  for (const input of inputs) {
    if (input.document) all.push(...documentDirectives(input.document, input.format));
    all.push(...noteDirectives(input.pairs));
  }
  if (all.length === 0) return findings;
  const byFile = new Map<string, Directive[]>();
  for (const d of all) if (d.kind !== 'enable') (byFile.get(d.file) ?? byFile.set(d.file, []).get(d.file)!).push(d);
  const kept: Finding[] = [];
  for (const f of findings) {
    const ds = candidates(f, byFile);
    const hit = ds.find((d) => covers(d, f) && (d.rules.length === 0 || d.rules.includes(f.rule)));
    if (hit) hit.used.add(hit.rules.length === 0 ? '*' : f.rule);
    else kept.push(f);
  }
  for (const d of all) {
    if (d.kind === 'enable') continue;
    const sev = opts.severityFor(d.file);
    if (sev === 'off') continue;
    const report = (message: string): void => {
      kept.push({
        rule: UNUSED_DIRECTIVE,
        severity: sev,
        message,
        side: 'both',
        file: d.file,
        line: d.line,
        column: d.column,
        endLine: d.line,
        endColumn: d.endColumn,
        ...(d.pair ? { pair: d.pair.id } : {}),
      });
    };
    const label = `bitext-${d.kind}`;
    for (const r of d.rules) if (!opts.known.has(r)) report(`${label}: unknown rule '${r}'`);
    if (d.rules.length === 0) {
      if (!d.used.has('*')) report(`${label} suppresses nothing`);
      continue;
    }
    const unused = d.rules.filter((r) => opts.known.has(r) && !d.used.has(r) && opts.isActive(r, d.file));
    if (unused.length) report(`${label} ${unused.join(', ')} suppresses nothing`);
  }
  return kept;
}

function candidates(f: Finding, byFile: Map<string, Directive[]>): Directive[] {
  const files = new Set([f.file, f.en?.file, f.fr?.file].filter((x): x is string => !!x));
  return [...files].flatMap((file) => byFile.get(file) ?? []);
}

function covers(d: Directive, f: Finding): boolean {
  if (d.pair) return f.pair === d.pair.id;
  const [a, b] = d.lines!;
  const at = (file: string | undefined, line: number | undefined): boolean => file === d.file && line !== undefined && line >= a && line <= b;
  return at(f.file, f.line) || at(f.en?.file ?? f.file, f.en?.line) || at(f.fr?.file ?? f.file, f.fr?.line);
}
