// Two measures on the bilingual test documents, per document and overall:
//
//  1. Pair recall and precision of the mixed-document aligner on test/fixtures/align/docs (each
//     document with its `.expected` list of pairs and orphans). A pair is `EN lines <-> FR
//     lines`; recall = expected pairs found / expected pairs, precision = expected pairs found /
//     EN-FR pairs found (shared material is not a pair). Orphans are counted the same way. The
//     test (test/align/documents.test.ts) asserts exactness; this script measures.
//  2. Planted defects (test/fixtures/checks/planted/manifest.yaml): defects found / planted, and
//     errors or warnings on clean lines (per 20 clean lines), with three sets of checks: the
//     value checks (as test/checks/value-planted.test.ts runs them), the defect checks (value
//     checks, glued words, missing translations) and every built-in check at its default severity.
//     A defect is found when a finding of one of its rules touches its lines.
//
//   npx tsx bench/align-docs.ts [--verbose] [--align-only | --planted-only] [DIR]
//   BITEXT_PLANTED=FOLDER npx tsx bench/align-docs.ts --planted-only --verbose   (another planted set)
//
// --verbose lists what was missed and what was found in excess.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readDocument } from '../src/core/document.js';
import { docxToDocument } from '../src/formats/docx.js';
import { alignMixed } from '../src/align/mixed.js';
import { readInputs } from '../src/formats/index.js';
import { readParallelInputs } from '../src/align/parallel-inputs.js';
import { runChecks, type RuleSetting } from '../src/checks/run.js';
import { builtinChecks } from '../src/checks/index.js';
import type { Finding, Pair, Segment } from '../src/core/types.js';

export interface DocScore {
  name: string;
  expected: number;
  found: number;
  correct: number;
  orphansExpected: number;
  orphansFound: number;
  orphansCorrect: number;
  missed: string[];
  extra: string[];
}

const lines = (s: Segment): string => (s.place.line === s.place.endLine ? `${s.place.line}` : `${s.place.line}-${s.place.endLine}`);

/** The keys of `a` not matched one for one in `b` (multiset difference). */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1);
  const out: string[] = [];
  for (const k of a) {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(k);
  }
  return out;
}

export function scoreDocument(dir: string, name: string): DocScore {
  const expected = readFileSync(join(dir, name.replace(/\.(txt|md)$/, '.expected')), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const pairs: Pair[] = alignMixed(readDocument(join(dir, name)), { markdown: name.endsWith('.md') });
  const found = pairs.filter((p) => p.en && p.fr && p.method !== 'shared').map((p) => `${lines(p.en!)} <-> ${lines(p.fr!)}`);
  const orphans = pairs.filter((p) => p.method === 'orphan').map((p) => (p.en ? `orphan en ${lines(p.en)}` : `orphan fr ${lines(p.fr!)}`));
  const wantPairs = expected.filter((l) => !l.startsWith('orphan'));
  const wantOrphans = expected.filter((l) => l.startsWith('orphan'));
  const missed = minus(wantPairs, found);
  const extra = minus(found, wantPairs);
  const orphanMissed = minus(wantOrphans, orphans);
  const orphanExtra = minus(orphans, wantOrphans);
  return {
    name,
    expected: wantPairs.length,
    found: found.length,
    correct: wantPairs.length - missed.length,
    orphansExpected: wantOrphans.length,
    orphansFound: orphans.length,
    orphansCorrect: wantOrphans.length - orphanMissed.length,
    missed: [...missed, ...orphanMissed],
    extra: [...extra, ...orphanExtra],
  };
}

const pct = (a: number, b: number): string => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)} %`);

export function alignDocsTable(dir: string, verbose: boolean): string {
  const names = readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort();
  const out: string[] = [];
  const width = Math.max(...names.map((n) => n.length), 8);
  out.push(`${'document'.padEnd(width)}  pairs  found  right   recall  precision   orphans right/expected/found`);
  const total = { expected: 0, found: 0, correct: 0, oe: 0, of: 0, oc: 0 };
  for (const name of names) {
    const s = scoreDocument(dir, name);
    total.expected += s.expected;
    total.found += s.found;
    total.correct += s.correct;
    total.oe += s.orphansExpected;
    total.of += s.orphansFound;
    total.oc += s.orphansCorrect;
    out.push(
      `${name.padEnd(width)}  ${String(s.expected).padStart(5)}  ${String(s.found).padStart(5)}  ${String(s.correct).padStart(5)}  ${pct(s.correct, s.expected)}  ${pct(s.correct, s.found)}    ${s.orphansCorrect}/${s.orphansExpected}/${s.orphansFound}`,
    );
    if (verbose) {
      for (const m of s.missed) out.push(`    missed  ${m}`);
      for (const e of s.extra) out.push(`    extra   ${e}`);
    }
  }
  out.push(
    `${'overall'.padEnd(width)}  ${String(total.expected).padStart(5)}  ${String(total.found).padStart(5)}  ${String(total.correct).padStart(5)}  ${pct(total.correct, total.expected)}  ${pct(total.correct, total.found)}    ${total.oc}/${total.oe}/${total.of}`,
  );
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Planted defects

// BITEXT_PLANTED names another folder of documents with their manifest.yaml (a new set, scored before it joins this one).
const PLANTED = resolve(process.env.BITEXT_PLANTED ?? 'test/fixtures/checks/planted');
const VALUE_RULES = ['time-mismatch', 'date-mismatch', 'weekday-mismatch', 'number-mismatch', 'timezone'];
const DEFECT_RULES = [...VALUE_RULES, 'glued-words', 'missing-translation'];

interface Defect {
  file?: string;
  line: number;
  endLine?: number;
  rules: string[];
  what: string;
}
interface PlantedDoc {
  files: string[];
  parallel?: boolean;
  defects: Defect[];
}

export interface CheckSet {
  name: string;
  /** Rules that run; null: every built-in check at its default severity. */
  rules: string[] | null;
}

export const CHECK_SETS: CheckSet[] = [
  { name: 'value checks', rules: VALUE_RULES },
  { name: 'defect checks', rules: DEFECT_RULES },
  { name: 'all checks', rules: null },
];

function touches(f: Finding, file: string, from: number, to: number): boolean {
  const sides = [{ file: f.file, line: f.line, endLine: f.endLine }, ...[f.en, f.fr].filter((x) => x !== undefined).map((x) => ({ file: x.file ?? f.file, line: x.line, endLine: x.endLine ?? x.line }))];
  return sides.some((x) => x.file === file && x.line <= to && x.endLine >= from);
}

/**
 * The lines of a file as the reader decodes it (any encoding) and as findings number them: a Word
 * document's paragraphs, one per line.
 */
async function textLines(file: string): Promise<string[]> {
  const doc = /\.docx$/i.test(file) ? await docxToDocument(file) : readDocument(file);
  const out: string[] = [];
  for (let n = 1; n <= doc.lineCount; n++) out.push(doc.line(n));
  return out;
}

export interface PlantedScore {
  files: string;
  planted: number;
  found: number;
  clean: number;
  falsePositives: string[];
  missed: string[];
}

export async function scorePlanted(set: CheckSet): Promise<PlantedScore[]> {
  const docs = parse(readFileSync(join(PLANTED, 'manifest.yaml'), 'utf8')) as PlantedDoc[];
  const rules: Record<string, RuleSetting> = set.rules ? Object.fromEntries(builtinChecks.filter((c) => !set.rules!.includes(c.id)).map((c) => [c.id, { severity: 'off' as const }])) : {};
  const out: PlantedScore[] = [];
  for (const doc of docs) {
    const inputs = doc.parallel ? await readParallelInputs(doc.files, { cwd: PLANTED }) : await readInputs(doc.files, { cwd: PLANTED });
    const findings = await runChecks(inputs, { rules });
    // A defect counts when the set has one of its rules.
    const countable = doc.defects.filter((d) => !set.rules || d.rules.some((r) => set.rules!.includes(r)));
    const score: PlantedScore = { files: doc.files.join(' + '), planted: countable.length, found: 0, clean: 0, falsePositives: [], missed: [] };
    for (const d of countable) {
      const file = d.file ?? doc.files[0];
      if (findings.some((f) => d.rules.includes(f.rule) && touches(f, file, d.line, d.endLine ?? d.line))) score.found++;
      else score.missed.push(`${file}:${d.line} ${d.what}`);
    }
    for (const file of doc.files) {
      (await textLines(join(PLANTED, file))).forEach((text, k) => {
        const line = k + 1;
        if (text.trim() === '') return;
        if (!doc.defects.some((d) => (d.file ?? doc.files[0]) === file && line >= d.line && line <= (d.endLine ?? d.line))) score.clean++;
      });
    }
    for (const f of findings) {
      if (f.severity === 'info') continue;
      if (!doc.defects.some((d) => touches(f, d.file ?? doc.files[0], d.line, d.endLine ?? d.line))) score.falsePositives.push(`${f.file}:${f.line} ${f.rule} (${f.severity}) ${f.message}`);
    }
    out.push(score);
  }
  return out;
}

export async function plantedTable(verbose: boolean): Promise<string> {
  const out: string[] = [];
  for (const set of CHECK_SETS) {
    const scores = await scorePlanted(set);
    const width = Math.max(...scores.map((x) => x.files.length), 8);
    out.push(`\n## planted defects, ${set.name}${set.rules ? ` (${set.rules.join(', ')})` : ' (default severities)'}`);
    out.push(`${'document'.padEnd(width)}  found/planted  clean lines  errors+warnings on clean lines  per 20 clean lines`);
    const total = { planted: 0, found: 0, clean: 0, fp: 0 };
    for (const x of scores) {
      total.planted += x.planted;
      total.found += x.found;
      total.clean += x.clean;
      total.fp += x.falsePositives.length;
      out.push(`${x.files.padEnd(width)}  ${`${x.found}/${x.planted}`.padStart(13)}  ${String(x.clean).padStart(11)}  ${String(x.falsePositives.length).padStart(31)}  ${((20 * x.falsePositives.length) / Math.max(1, x.clean)).toFixed(2).padStart(18)}`);
      if (verbose) {
        for (const m of x.missed) out.push(`    missed  ${m}`);
        for (const f of x.falsePositives) out.push(`    false   ${f}`);
      }
    }
    out.push(
      `${'overall'.padEnd(width)}  ${`${total.found}/${total.planted}`.padStart(13)}  ${String(total.clean).padStart(11)}  ${String(total.fp).padStart(31)}  ${((20 * total.fp) / Math.max(1, total.clean)).toFixed(2).padStart(18)}   (${pct(total.found, total.planted).trim()} found)`,
    );
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const dir = args.find((a) => !a.startsWith('--')) ?? 'test/fixtures/align/docs';
  if (!args.includes('--planted-only')) console.log(alignDocsTable(dir, verbose));
  if (!args.includes('--align-only')) console.log(await plantedTable(verbose));
}
