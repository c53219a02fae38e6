// The value checks on bilingual documents with planted defects (test/fixtures/checks/planted):
// at least 80 % of the defects found, and at most one error or warning per 20 clean lines.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, it, expect } from 'vitest';
import { readInputs } from '../../src/formats/index.js';
import { readParallelInputs } from '../../src/align/parallel-inputs.js';
import { runChecks } from '../../src/checks/run.js';
import { builtinChecks } from '../../src/checks/index.js';
import type { Finding } from '../../src/core/types.js';

const DIR = resolve('test/fixtures/checks/planted');
const VALUE_RULES = ['time-mismatch', 'date-mismatch', 'weekday-mismatch', 'number-mismatch', 'timezone'];

interface Defect {
  file?: string;
  line: number;
  endLine?: number;
  rules: string[];
  what: string;
}
interface Doc {
  files: string[];
  parallel?: boolean;
  defects: Defect[];
}

const docs = parse(readFileSync(join(DIR, 'manifest.yaml'), 'utf8')) as Doc[];
const rules = Object.fromEntries(builtinChecks.filter((c) => !VALUE_RULES.includes(c.id)).map((c) => [c.id, { severity: 'off' as const }]));

function overlaps(f: Finding, file: string, from: number, to: number): boolean {
  const sides = [{ file: f.file, line: f.line, endLine: f.endLine }, ...[f.en, f.fr].filter((s) => s !== undefined).map((s) => ({ file: s.file ?? f.file, line: s.line, endLine: s.endLine ?? s.line }))];
  return sides.some((s) => s.file === file && s.line <= to && s.endLine >= from);
}

async function findingsOf(doc: Doc): Promise<Finding[]> {
  const inputs = doc.parallel ? await readParallelInputs(doc.files, { cwd: DIR }) : await readInputs(doc.files, { cwd: DIR });
  return runChecks(inputs, { rules });
}

// The whole planted set (over 90,000 clean lines) takes 25–35 s alone, and twice that on a busy
// machine: more than the suite's default minute.
const WHOLE_SET_TIMEOUT = 240_000;

describe('value checks on documents with planted defects', () => {
  it('find at least 80 % of the defects, with at most one error or warning per 20 clean lines', async () => {
    let defects = 0;
    let found = 0;
    let cleanLines = 0;
    const missed: string[] = [];
    const falsePositives: string[] = [];
    for (const doc of docs) {
      const findings = await findingsOf(doc);
      // Defects only other checks can find (glued words, missing lines) are not counted here.
      for (const d of doc.defects.filter((x) => x.rules.some((r) => VALUE_RULES.includes(r)))) {
        defects++;
        const file = d.file ?? doc.files[0];
        if (findings.some((f) => d.rules.includes(f.rule) && overlaps(f, file, d.line, d.endLine ?? d.line))) found++;
        else missed.push(`${file}:${d.line} ${d.what}`);
      }
      for (const file of doc.files) {
        const lines = readFileSync(join(DIR, file), 'utf8').split('\n');
        lines.forEach((text, k) => {
          const line = k + 1;
          if (text.trim() === '') return;
          const defect = doc.defects.some((d) => (d.file ?? doc.files[0]) === file && line >= d.line && line <= (d.endLine ?? d.line));
          if (!defect) cleanLines++;
        });
      }
      for (const f of findings) {
        if (f.severity === 'info') continue;
        const onDefect = doc.defects.some((d) => overlaps(f, d.file ?? doc.files[0], d.line, d.endLine ?? d.line));
        if (!onDefect) falsePositives.push(`${f.file}:${f.line} ${f.rule} ${f.message}`);
      }
    }
    const recall = found / defects;
    console.log(`planted defects: ${found}/${defects} found (${(100 * recall).toFixed(0)} %); ${falsePositives.length} errors or warnings on ${cleanLines} clean lines`);
    expect(recall, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.8);
    expect(falsePositives.length, falsePositives.join('\n')).toBeLessThanOrEqual(cleanLines / 20);
  }, WHOLE_SET_TIMEOUT);
});
