// re2-wasm is loaded only when a pattern needs it: the rules shipped with bitext (the default
// preset's month-case) run on their JavaScript twins and never load it; a shipped pattern without
// a twin compiles on RE2 when a text first gets past its prefilters; a pattern from the user's own
// files is compiled, and so checked, when loaded.
// The tests of this file share one process, in order: the first one must run before anything
// loads RE2.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compilePattern, re2Loaded } from '../../src/config/pattern.js';
import { loadConfig } from '../../src/config/load.js';
import { checkSettings } from '../../src/config/settings.js';
import { readInputs } from '../../src/formats/index.js';
import { runChecks } from '../../src/checks/run.js';
import { loadRuleFile } from '../../src/rules/load.js';
import { resourcePath } from '../../src/core/resources.js';
import { UserError } from '../../src/core/errors.js';

const tmp = mkdtempSync(join(tmpdir(), 'bitext-re2-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The rules reporting on a document; `cwd` is the working folder (the temporary one by default). */
async function check(text: string, cwd = tmp): Promise<string[]> {
  const file = join(tmp, `doc-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, text);
  const settings = checkSettings(loadConfig({ cwd, config: false }), cwd);
  const inputs = await readInputs([file], { cwd });
  return (await runChecks(inputs, settings)).map((f) => f.rule);
}

describe('RE2 loaded on demand', () => {
  it('is not loaded by the default preset on a document none of its patterns can match', async () => {
    const rules = await check('Meeting on Monday, September 12, 2011 / Réunion le lundi 12 septembre 2011\n');
    expect(rules).not.toContain('fr/month-case');
    expect(re2Loaded()).toBe(false);
  });

  it('is not loaded by the default preset when its month-case rule reports (the rule runs on JavaScript twins)', async () => {
    const rules = await check('Meeting on Monday, September 12, 2011 / Réunion le lundi 12 Septembre 2011\n');
    expect(rules).toContain('fr/month-case');
    expect(re2Loaded()).toBe(false);
  });

  // Run from bitext's own folder (as its benchmark and CI do), the shipped rule files are named
  // relative to it in messages: they are still shipped files.
  it('is not loaded when the working folder holds the shipped rules, named relative to it', async () => {
    const rules = await check('Meeting on Monday, September 12, 2011 / Réunion le lundi 12 Septembre 2011\n', resourcePath('.'));
    expect(rules).toContain('fr/month-case');
    expect(re2Loaded()).toBe(false);
  });

  it('is loaded for the first text past the prefilter of a shipped pattern without a twin', () => {
    const shipped = { file: resourcePath('rules/styles/fr/example.yaml'), line: 3, column: 5 };
    const p = compilePattern('(?:\\d+)+ Mai', {}, shipped);
    expect(p.matchAll('le 12 mai')).toEqual([]);
    expect(re2Loaded()).toBe(false);
    expect(p.matchAll('le 12 Mai').map((m) => m.start)).toEqual([3]);
    expect(re2Loaded()).toBe(true);
  });

  it('checks a pattern from the user’s files when it is loaded, one from a shipped file when it is first needed', () => {
    const user = { file: join(tmp, 'team-rule.yaml'), line: 3, column: 5 };
    expect(() => compilePattern('ab(', {}, user)).toThrow(/bad regular expression 'ab\('/);
    const shipped = { file: resourcePath('rules/styles/fr/example.yaml'), line: 3, column: 5 };
    const p = compilePattern('ab(', {}, shipped); // not compiled yet: no error
    let err: unknown;
    try {
      p.matchAll('ab');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).format()).toMatch(/example\.yaml:3:5: bad regular expression 'ab\('/);
  });

  it('every pattern of the shipped rule files compiles on RE2 (loaded from a copy, as a user file)', () => {
    const styles = resourcePath('rules/styles');
    const files = readdirSync(styles, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const copy = join(tmp, 'styles', f);
      cpSync(join(styles, f), copy);
      const warnings: string[] = [];
      expect(() => loadRuleFile({ file: copy, id: relative(tmp, copy).replace(/\.yaml$/, '') }, 'en', (_w, m) => warnings.push(m)), f).not.toThrow();
    }
    // The presets' `neutral:` patterns, compiled as a user's.
    const presets = resourcePath('rules/presets');
    let neutral = 0;
    for (const f of readdirSync(presets).filter((x) => x.endsWith('.yaml'))) {
      const preset = parse(readFileSync(join(presets, f), 'utf8')) as { neutral?: string[] } | null;
      for (const source of preset?.neutral ?? []) {
        neutral++;
        expect(() => compilePattern(source, { ignoreCase: false, word: true }, { file: join(tmp, f), line: 1, column: 1 }), `${f}: ${source}`).not.toThrow();
      }
    }
    expect(neutral).toBeGreaterThan(0);
  });
});
