// The value checks on the seed agendas: the time-zone findings of lines 11–12 and 44–45, and
// nothing at error or warning level on the lines that are right.

import { describe, it, expect } from 'vitest';
import { readInputs } from '../../src/formats/index.js';
import { runChecks } from '../../src/checks/run.js';
import { builtinChecks } from '../../src/checks/index.js';

const VALUE_RULES = ['time-mismatch', 'date-mismatch', 'weekday-mismatch', 'number-mismatch', 'timezone'];
const rules = Object.fromEntries(builtinChecks.filter((c) => !VALUE_RULES.includes(c.id)).map((c) => [c.id, { severity: 'off' as const }]));
const CLEAN = [9, 13, 32, 41, 46, 53, 54, 55, 58, 60, 64, 73, 77, 90, 91, 92, 93, 94, 95];

describe('value checks on the seed agendas', async () => {
  const inputs = await readInputs(['test/fixtures/align/seed-agendas.txt']);
  const findings = await runChecks(inputs, { rules });
  const brief = findings.map((f) => ({ rule: f.rule, severity: f.severity, line: f.line, text: f.en?.text ?? f.fr?.text, suggestion: f.suggestion }));

  it('reports EST on a daylight-time date and HSE on lines 11–12 and 44–45', () => {
    expect(brief).toContainEqual({ rule: 'timezone', severity: 'error', line: 11, text: 'EST', suggestion: '2:00 p.m. to 4:00 p.m. EDT' });
    expect(brief).toContainEqual({ rule: 'timezone', severity: 'warning', line: 12, text: 'HSE', suggestion: '14 h à 16 h HAE' });
    expect(brief).toContainEqual({ rule: 'timezone', severity: 'error', line: 44, text: 'EST', suggestion: '1:30 p.m. to 3:30 p.m. EDT' });
    expect(brief).toContainEqual({ rule: 'timezone', severity: 'warning', line: 45, text: 'HSE', suggestion: '13 h 30 à 15 h 30 HAE' });
  });

  it('keeps EST on 1 February and reports only the HSE beside it', () => {
    expect(brief.filter((f) => f.line === 75 || f.line === 76)).toEqual([{ rule: 'timezone', severity: 'warning', line: 76, text: 'HSE', suggestion: '13 h 30 à 15 h 30 HNE' }]);
  });

  it('reports no error or warning on the lines that are right', () => {
    const onClean = findings.filter((f) => f.severity !== 'info' && CLEAN.some((l) => l >= f.line && l <= f.endLine));
    expect(onClean).toEqual([]);
  });

  it('reports nothing else', () => {
    expect(findings.filter((f) => ![11, 12, 44, 45, 76].includes(f.line))).toEqual([]);
  });
});
