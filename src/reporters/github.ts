// GitHub Actions workflow commands: each finding becomes an annotation on the file and lines
// of a pull request (`::error file=…,line=…::message`), then one plain summary line for the log.

import type { Finding, Pair, RunResult, Severity } from '../core/types.js';
import type { ReporterOptions } from './index.js';
import { countFindings, countsText, displayPath, findingSides, findingsOf, missingText, pairIndex, plural } from './common.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function formatGithub(result: RunResult, opts: ReporterOptions): string {
  const findings = findingsOf(result);
  const pairs = pairIndex(result);
  const lines = findings.map((f) => annotation(f, displayPath(f.file, opts.cwd), pairs));
  const n = countFindings(findings);
  lines.push(
    n.total === 0
      ? `bitext: no problems in ${plural(result.files.length, 'file')} (${plural(result.pairs.length, 'pair')})`
      : `bitext: ${plural(n.total, 'problem')} (${countsText(n)})`,
  );
  return lines.join('\n') + '\n';
}

function annotation(f: Finding, path: string, pairs: Map<string, Pair>): string {
  const props: Array<[string, string | number]> = [
    ['file', path],
    ['line', f.line],
  ];
  // Columns are only meaningful to GitHub when the annotation stays on one line.
  if (f.endLine === f.line) props.push(['col', f.column]);
  props.push(['endLine', f.endLine]);
  if (f.endLine === f.line) props.push(['endColumn', f.endColumn]);
  props.push(['title', f.rule]);
  const body = [f.message];
  const sides = findingSides(f, pairs);
  for (const v of [sides.en, sides.fr]) {
    if (!v) continue;
    body.push(`${v.lang.toUpperCase()}: ${v.missing ? missingText(v) : v.text}`);
  }
  if (f.suggestion !== undefined) body.push(`→ ${f.suggestion}`);
  return `::${COMMAND[f.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(body.join('\n'))}`;
}

/** The message of a workflow command: `%`, CR and LF are percent-encoded. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value also encodes `:` and `,`, which would end the value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
