// The YAML rule kinds on fixture cases (test/fixtures/config/rule-cases/*.yaml): each file holds
// a rule, written to a temporary folder and loaded like a user's, and its cases with the findings
// expected beside them (`expect: []`: must stay clean). Fixes are applied and the case checked
// again: nothing fixable may remain.

import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, it, expect, afterAll } from 'vitest';
import { buildInput, compareFindings, applyFixes, decode, encode, type CheckCase } from '../checks/fixture-loader.js';
import { loadRuleFile } from '../../src/rules/load.js';
import { runChecks, type CheckSettings } from '../../src/checks/run.js';
import { builtinChecks } from '../../src/checks/index.js';
import type { Check } from '../../src/checks/types.js';
import type { InputFile } from '../../src/formats/index.js';

const DIR = 'test/fixtures/config/rule-cases';
const tmp = mkdtempSync(join(tmpdir(), 'bitext-rules-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface RuleFixture {
  id: string;
  sourceLanguage?: 'en' | 'fr';
  rule: Record<string, unknown>;
  cases: CheckCase[];
}

function settingsFor(check: Check): CheckSettings {
  const rules: CheckSettings['rules'] = {};
  for (const c of builtinChecks) rules[c.id] = { severity: 'off' };
  return { rules, extraChecks: [check], directives: false };
}

async function run(check: Check, input: InputFile) {
  return runChecks([input], settingsFor(check));
}

for (const name of readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort()) {
  const fx = parse(readFileSync(join(DIR, name), 'utf8')) as RuleFixture;
  const file = join(tmp, `${fx.id}.yaml`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, stringify(fx.rule));
  describe(`${fx.id} (${name})`, () => {
    const warnings: string[] = [];
    const check = loadRuleFile({ file, id: fx.id }, fx.sourceLanguage ?? 'en', (_w, m) => warnings.push(m));
    fx.cases.forEach((c, k) => {
      it(`${k + 1}. ${c.name ?? encode(decode(c.fr ?? c.en ?? '')) ?? ''}${c.expect.length === 0 ? ' (clean)' : ''}`, async () => {
        const input = buildInput(c);
        const found = await run(check, input);
        expect(compareFindings(fx.id, c.expect, found)).toEqual([]);
        const fixed = applyFixes(input, found);
        if (c.fixed) {
          expect(fixed, 'the case expects fixes').not.toBeNull();
          const first = fixed!.pairs.find((p) => p.method !== 'shared')!;
          if (c.fixed.en !== undefined) expect(encode(first.en?.text)).toBe(encode(decode(c.fixed.en)));
          if (c.fixed.fr !== undefined) expect(encode(first.fr?.text)).toBe(encode(decode(c.fixed.fr)));
        }
        if (fixed) expect((await run(check, fixed)).filter((f) => f.fix)).toEqual([]);
      });
    });
  });
}
