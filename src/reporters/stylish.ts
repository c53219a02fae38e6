// The default report, for a translator at a terminal: findings grouped by file; for each, a
// header line, then the EN and FR segments one above the other with the span marked, then the
// suggestion; and a summary line.
//
//   agenda.txt
//     12:36  error  EST is standard time; September 12, 2011 is in daylight time  timezone
//       EN 11 │ September 12, 2011 – 2:00 pm-4:00pm EST
//             │                                     ^^^
//       FR 12 │ Le 12 septembre 2011 – 14h00-16h00 HSE
//             → 14 h à 16 h HAE

import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding, RunResult, Severity } from '../core/types.js';
import type { ReporterOptions } from './index.js';
import { cells, displayWidth, type Cell } from './width.js';
import { countFindings, countsText, displayPath, findingSides, findingsOf, groupByFile, missingText, pairIndex, plural, type SideView } from './common.js';

/** Columns of segment text shown before it is shortened around the span with `…`. */
export const TEXT_WIDTH = 80;

interface Paint {
  c: ChalkInstance;
  sev: Record<Severity, (s: string) => string>;
}

export function formatStylish(result: RunResult, opts: ReporterOptions): string {
  // A private instance: colours depend on the option only, never on chalk's own detection.
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const paint: Paint = { c, sev: { error: c.red, warning: c.yellow, info: c.cyan } };
  const findings = findingsOf(result);
  const pairs = pairIndex(result);
  const out: string[] = [];

  for (const [file, group] of groupByFile(findings)) {
    out.push(c.underline(oneLine(displayPath(file, opts.cwd))));
    // A loop rather than Math.max(...): a file may have more findings than a call has arguments.
    let posWidth = 0;
    let sevWidth = 0;
    for (const f of group) {
      posWidth = Math.max(posWidth, `${f.line}:${f.column}`.length);
      sevWidth = Math.max(sevWidth, f.severity.length);
    }
    for (const f of group) {
      const pos = `${f.line}:${f.column}`.padEnd(posWidth);
      const sev = paint.sev[f.severity](f.severity.padEnd(sevWidth));
      out.push(`  ${c.dim(pos)}  ${sev}  ${oneLine(f.message)}  ${c.dim(f.rule)}`);
      out.push(...snippet(f, findingSides(f, pairs), file, opts.cwd, paint));
      out.push('');
    }
  }

  const n = countFindings(findings);
  if (n.total === 0) {
    out.push(c.green(`✔ no problems in ${plural(result.files.length, 'file')} (${plural(result.pairs.length, 'pair')})`));
  } else {
    const colour = n.errors ? c.red.bold : n.warnings ? c.yellow.bold : c.cyan.bold;
    out.push(colour(`✖ ${plural(n.total, 'problem')} (${countsText(n)})`));
  }
  return out.join('\n') + '\n';
}

/** The EN and FR lines of one finding, the caret lines under marked spans, and the suggestion. */
function snippet(f: Finding, sides: { en: SideView | null; fr: SideView | null }, file: string, cwd: string, p: Paint): string[] {
  const views = [sides.en, sides.fr].filter((v): v is SideView => v !== null);
  if (views.length === 0) return f.suggestion !== undefined ? [`    ${p.c.green(`→ ${oneLine(f.suggestion)}`)}`] : [];
  const labels = views.map((v) => oneLine(label(v, file, cwd)));
  const labelWidth = Math.max(...labels.map(displayWidth));
  const gutter = ' '.repeat(4 + labelWidth + 1);
  const bar = p.c.dim('│');
  const lines: string[] = [];
  views.forEach((v, k) => {
    const head = `    ${p.c.dim(labels[k] + ' '.repeat(labelWidth - displayWidth(labels[k])))} `;
    if (v.missing) {
      lines.push(`${head}${bar} ${p.c.dim(missingText(v))}`);
      return;
    }
    const shown = shorten(cells(v.text), v.span);
    lines.push(`${head}${bar} ${shown.text(p, f.severity)}`);
    // Under an orphan the whole line would be marked: `— (no translation)` below says it already.
    const orphan = views.some((o) => o.missing) && v.span?.from === 0 && v.span.to >= v.text.length;
    if (shown.caret && !orphan) lines.push(`${gutter}${bar} ${' '.repeat(shown.caret.start)}${p.sev[f.severity]('^'.repeat(shown.caret.width))}`);
    // A finding that runs past the segment shown (a run of untranslated lines) says where it ends.
    if (v.span && f.side === v.lang && f.endLine > v.endLine && f.file === v.file) {
      lines.push(`${gutter}${bar} ${p.c.dim(`… through line ${f.endLine}`)}`);
    }
  });
  if (f.suggestion !== undefined) lines.push(`${gutter}${p.c.green(`→ ${oneLine(f.suggestion)}`)}`);
  return lines;
}

/** `EN 11`, `FR 6–7`, or with the file when the side is in another file (parallel documents). */
function label(v: SideView, file: string, cwd: string): string {
  const lang = v.lang.toUpperCase();
  if (v.missing && !v.empty) return lang;
  const lines = v.endLine > v.line ? `${v.line}–${v.endLine}` : `${v.line}`;
  return v.file === file ? `${lang} ${lines}` : `${lang} ${displayPath(v.file, cwd)}:${lines}`;
}

interface Shown {
  text: (p: Paint, sev: Severity) => string;
  caret?: { start: number; width: number };
}

/**
 * The cells of a segment that fit in TEXT_WIDTH columns, keeping the span in view: text cut away
 * on either side becomes `…`. Returns where the caret line starts and how wide it is.
 */
function shorten(all: Cell[], span: { from: number; to: number } | undefined): Shown {
  const cols: number[] = [];
  let total = 0;
  for (const cell of all) {
    cols.push(total);
    total += cell.width;
  }
  // Span in cell indexes [a, b); an empty span (an insertion point) marks the cell after it.
  let a = -1;
  let b = -1;
  if (span) {
    a = all.findIndex((cell) => cell.offset >= span.from);
    if (a < 0) a = all.length;
    b = all.findIndex((cell) => cell.offset >= span.to);
    if (b < 0) b = all.length;
    if (b <= a) b = a + 1;
  }
  const colOf = (i: number) => (i < all.length ? cols[i] : total);

  let first = 0;
  let last = all.length; // exclusive
  if (total > TEXT_WIDTH) {
    const room = TEXT_WIDTH - 2; // two columns for the ellipses
    let startCol = 0;
    if (a >= 0) {
      const spanStart = colOf(a);
      const spanWidth = colOf(b) - spanStart;
      // Context before the span: a third of what the span leaves, at least a few columns.
      const before = Math.max(8, Math.floor((room - spanWidth) / 3));
      startCol = Math.max(0, Math.min(spanStart - before, total - room));
    }
    while (first < all.length && cols[first] < startCol) first++;
    let width = 0;
    last = first;
    while (last < all.length && width + all[last].width <= room) width += all[last++].width;
  }
  const left = first > 0;
  const right = last < all.length;
  const shift = (left ? 1 : 0) - colOf(first);

  let caret: Shown['caret'];
  if (a >= 0) {
    const start = colOf(Math.min(Math.max(a, first), last)) + shift;
    // A span cut off on the right runs on under the ellipsis.
    const end = b > last && right ? colOf(last) + shift + 1 : colOf(Math.min(b, last)) + shift;
    caret = { start, width: Math.max(1, end - start) };
  }
  return {
    caret,
    text: (p, sev) => {
      const join = (from: number, to: number) => all.slice(from, Math.max(from, to)).map((cell) => cell.text).join('');
      const hiFrom = a < 0 ? last : Math.min(Math.max(a, first), last);
      const hiTo = a < 0 ? last : Math.min(Math.max(b, hiFrom), last);
      const marked = join(hiFrom, hiTo);
      return (
        (left ? p.c.dim('…') : '') +
        join(first, hiFrom) +
        (marked ? p.c.bold(p.sev[sev](marked)) : '') +
        join(hiTo, last) +
        (right ? p.c.dim('…') : '')
      );
    },
  };
}

/**
 * Messages, suggestions and paths stay on their line and cannot drive the terminal: line breaks
 * and tabs become spaces, other controls and bidirectional overrides U+FFFD.
 */
function oneLine(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
    .trim();
}
