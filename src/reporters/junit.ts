// JUnit XML, for CI dashboards (Jenkins, GitLab, Azure): one <testsuite> per file, one
// <testcase> per finding (a <failure> for errors and warnings; infos pass with their text in
// <system-out>), and one passing testcase for a clean file so that dashboards show it green.

import type { Finding, Pair, RunResult } from '../core/types.js';
import type { ReporterOptions } from './index.js';
import { countFindings, displayPath, findingSides, findingsOf, groupByFile, missingText, pairIndex, pairsPerFile, plural, reportFiles, type SideView } from './common.js';

export function formatJunit(result: RunResult, opts: ReporterOptions): string {
  const findings = findingsOf(result);
  const pairs = pairIndex(result);
  const perFile = pairsPerFile(result);
  const total = countFindings(findings);
  const failures = total.errors + total.warnings;
  const files = reportFiles(result);
  const byFile = groupByFile(findings);
  const suites: string[] = [];
  let tests = 0;
  for (const file of files) {
    const path = displayPath(file, opts.cwd);
    const own = byFile.get(file) ?? [];
    const n = countFindings(own);
    const cases = own.length
      ? own.map((f) => testcase(f, path, pairs))
      : [`    <testcase classname="bitext" name="${attr(`no problems (${plural(perFile.get(file) ?? 0, 'pair')})`)}" file="${attr(path)}" time="0"/>`];
    tests += cases.length;
    suites.push(
      `  <testsuite name="${attr(path)}" tests="${cases.length}" failures="${n.errors + n.warnings}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="bitext check" tests="${tests}" failures="${failures}" errors="0" time="0">\n` +
    suites.map((s) => s + '\n').join('') +
    '</testsuites>\n'
  );
}

function testcase(f: Finding, path: string, pairs: Map<string, Pair>): string {
  const open = `    <testcase classname="${attr(f.rule)}" name="${attr(`${f.line}:${f.column} ${oneLine(f.message)}`)}" file="${attr(path)}" line="${f.line}" time="0">`;
  const body = text(details(f, path, pairs));
  const inner =
    f.severity === 'info'
      ? `      <system-out>${body}</system-out>`
      : `      <failure message="${attr(oneLine(f.message))}" type="${f.severity}">${body}</failure>`;
  return `${open}\n${inner}\n    </testcase>`;
}

/** The finding in plain text: where, which rule, both sides, and the suggestion. */
function details(f: Finding, path: string, pairs: Map<string, Pair>): string {
  const lines = [`${path}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.message}`];
  const sides = findingSides(f, pairs);
  for (const v of [sides.en, sides.fr]) if (v) lines.push(sideLine(v));
  if (f.suggestion !== undefined) lines.push(`Suggestion: ${f.suggestion}`);
  return lines.join('\n');
}

function sideLine(v: SideView): string {
  const lang = v.lang.toUpperCase();
  if (v.missing) return `${lang}: ${missingText(v)}`;
  const at = v.endLine > v.line ? `${v.line}-${v.endLine}` : `${v.line}`;
  return `${lang} ${at}: ${v.text}`;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Characters XML 1.0 does not allow at all (controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. */
function xmlSafe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Text content; a carriage return is kept as a reference since parsers turn it into a line feed. */
function text(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute values also escape quotes, and keep tabs and line breaks as references (parsers would turn them into spaces). */
function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
