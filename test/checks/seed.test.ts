// The seed agendas end to end (readInputs → runChecks) for the checks of missing translations,
// French typography, punctuation, spacing, repetitions and lengths: what the issue says must
// show, and the lines that must stay free of errors and warnings.

import { describe, it, expect, beforeAll } from 'vitest';
import { readInputs } from '../../src/formats/index.js';
import { runChecks } from '../../src/checks/run.js';
import { builtinChecks } from '../../src/checks/index.js';
import type { Finding } from '../../src/core/types.js';

const SEED = 'test/fixtures/align/seed-agendas.txt';
const MINE = ['missing-translation', 'untranslated', 'fr-typography', 'punctuation-mismatch', 'whitespace', 'repeated-word', 'length-ratio'];
// Lines the issue lists as clean: no error or warning may point at them.
const CLEAN = [9, 13, 32, 41, 46, 53, 54, 55, 58, 60, 64, 73, 77, 90, 91, 92, 93, 94, 95];

let findings: Finding[] = [];

beforeAll(async () => {
  const inputs = await readInputs([SEED]);
  const rules = Object.fromEntries(builtinChecks.filter((c) => !MINE.includes(c.id)).map((c) => [c.id, { severity: 'off' as const }]));
  findings = await runChecks(inputs, { rules });
});

const covers = (f: Finding, line: number): boolean => f.line <= line && line <= f.endLine;

describe('seed agendas: missing translations, typography, punctuation, spacing, lengths', () => {
  it('flags the French colons of lines 17 and 18', () => {
    for (const line of [17, 18]) {
      const f = findings.filter((x) => x.rule === 'fr-typography' && x.fr?.line === line && x.fr.text === ':');
      expect(f, `line ${line}`).toHaveLength(1);
      expect(f[0].suggestion).toMatch(/\u00a0:$/);
      expect(f[0].fix?.text).toBe('\u00a0');
    }
  });

  it('reports the colon habit in full once, at its first place, and its repeats as info', () => {
    const colons = findings.filter((x) => x.rule === 'fr-typography' && x.fr?.text === ':');
    expect(colons.map((f) => f.line)).toEqual([15, 17, 18, 48, 50, 51, 79, 81, 82, 88]);
    expect(colons[0].severity).toBe('warning');
    expect(colons[0].message).toContain('the same in 9 other places');
    expect(colons.slice(1).every((f) => f.severity === 'info' && f.message.includes('see line 15'))).toBe(true);
  });

  it('reports each credit line and the time tail of line 57 as missing French', () => {
    const missing = findings.filter((f) => f.rule === 'missing-translation');
    for (const line of [57, 86, 97, 101, 105, 109, 117]) {
      const f = missing.filter((x) => x.line === line);
      expect(f, `line ${line}`).toHaveLength(1);
      expect(f[0].severity).toBe('error');
      expect(f[0].side).toBe('en');
    }
    expect(missing.find((f) => f.line === 57)!.en!.text).toBe('approx. 1:45 - 2:15');
  });

  it('reports the English-only UN report as one finding to its end', () => {
    const run = findings.filter((f) => f.rule === 'missing-translation' && f.line >= 122);
    expect(run).toHaveLength(1);
    expect(run[0]).toMatchObject({ line: 122, endLine: 378, severity: 'error', side: 'en' });
    expect(run[0].en!.text).toBe('United Nations');
    // Nothing else of my rules points inside the report: its French agency names are part of it.
    expect(findings.filter((f) => f.line > 122 && f.rule === 'missing-translation')).toEqual([]);
  });

  it('leaves the clean lines free of errors and warnings', () => {
    const bad = findings.filter((f) => f.severity !== 'info' && CLEAN.some((l) => covers(f, l) || f.en?.line === l || f.fr?.line === l));
    expect(bad.map((f) => `${f.line} ${f.rule}: ${f.message}`)).toEqual([]);
  });

  it('flags the glued French times of the date lines', () => {
    const times = findings.filter((f) => f.rule === 'fr-typography' && /h\d/.test(f.fr?.text ?? ''));
    expect(times.map((f) => f.severity)).toEqual(['warning', 'info', 'info']);
    expect(times.map((f) => [f.line, f.fr!.text, f.suggestion])).toEqual([
      [12, '14h00-16h00', '14\u00a0h à 16\u00a0h'],
      [45, '13h30-15h30', '13\u00a0h\u00a030 à 15\u00a0h\u00a030'],
      [76, '13h30-15h30', '13\u00a0h\u00a030 à 15\u00a0h\u00a030'],
    ]);
  });

  it('does not flag the inline colons as punctuation mismatches', () => {
    expect(findings.filter((f) => f.rule === 'punctuation-mismatch' && [15, 17, 18, 88].includes(f.line))).toEqual([]);
  });

  it('points every finding inside the file', () => {
    for (const f of findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.endLine).toBeLessThanOrEqual(384);
      expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    }
  });
});
