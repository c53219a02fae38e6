// Finding, reading and merging configuration files.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it, expect, afterAll } from 'vitest';
import { discoverConfig, loadConfig } from '../../src/config/load.js';
import { checkSettings } from '../../src/config/settings.js';
import { UserError } from '../../src/core/errors.js';
import { runChecks } from '../../src/checks/run.js';
import { buildInput } from '../checks/fixture-loader.js';
import { builtinChecks } from '../../src/checks/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'bitext-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** A fresh folder with the given files. */
function project(files: Record<string, string>): string {
  const dir = join(tmp, `p${++n}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).format();
  }
  throw new Error('no error');
}

const SUBST = 'kind: substitution\nswap:\n  de la Commonwealth: du Commonwealth\n';

describe('discovery', () => {
  it('finds bitext.config.yaml in the folder or above', () => {
    const dir = project({ 'bitext.config.yaml': 'profile: fr-FR\n', 'docs/deep/x.txt': '' });
    expect(discoverConfig(join(dir, 'docs/deep'))).toBe(join(dir, 'bitext.config.yaml'));
    expect(loadConfig({ cwd: join(dir, 'docs/deep') }).profile).toBe('fr-FR');
  });

  it('falls back to the fr-CA preset without a configuration, or with --no-config', () => {
    const dir = project({ 'bitext.config.yaml': 'profile: fr-FR\n' });
    const cfg = loadConfig({ cwd: dir, config: false });
    expect(cfg.file).toBeUndefined();
    expect(cfg.presets).toEqual(['fr-CA']);
    expect(cfg.profile).toBe('fr-CA');
    expect(cfg.userRules.map((u) => u.id)).toContain('fr/sous-prefix');
  });

  it('says when --config names a missing file', () => {
    expect(failure(() => loadConfig({ cwd: tmp, config: 'nope.yaml' }))).toBe('nope.yaml: no such configuration file');
  });
});

describe('extends', () => {
  it('extends fr-CA when the key is absent, nothing when it is empty', () => {
    expect(loadConfig({ cwd: project({ 'bitext.config.yaml': 'sourceLanguage: en\n' }) }).presets).toEqual(['fr-CA']);
    const none = loadConfig({ cwd: project({ 'bitext.config.yaml': 'extends: []\n' }) });
    expect(none.presets).toEqual([]);
    expect(none.userRules).toEqual([]);
  });

  it('merges in order, the file last, each file once', () => {
    const dir = project({
      'bitext.config.yaml': 'extends: [fr-FR, ./team.yaml, fr-CA]\nrules:\n  whitespace: warning\n',
      'team.yaml': 'extends: [fr-FR]\nprofile: fr-FR\nrules:\n  whitespace: off\n  glossary: error\n',
    });
    const cfg = loadConfig({ cwd: dir });
    expect(cfg.chain).toEqual([expect.stringMatching(/fr-FR\.yaml$/), 'team.yaml', expect.stringMatching(/fr-CA\.yaml$/), 'bitext.config.yaml']);
    // fr-CA comes after team.yaml: its profile wins.
    expect(cfg.profile).toBe('fr-CA');
    expect(cfg.rules.whitespace).toEqual({ severity: 'warning' });
    expect(cfg.rules.glossary?.severity).toBe('error');
  });

  it('refuses loops and missing files', () => {
    const dir = project({ 'bitext.config.yaml': 'extends: [./a.yaml]\n', 'a.yaml': 'extends: [./bitext.config.yaml]\n' });
    expect(failure(() => loadConfig({ cwd: dir }))).toBe('a.yaml: extends loops back to bitext.config.yaml');
    const dir2 = project({ 'bitext.config.yaml': 'extends:\n  - ./missing.yaml\n' });
    expect(failure(() => loadConfig({ cwd: dir2 }))).toBe("bitext.config.yaml:2:5: extends: no such file './missing.yaml'");
  });

  it('resolves paths against the file that writes them', () => {
    const dir = project({
      'bitext.config.yaml': 'extends: [team/base.yaml]\n',
      'team/base.yaml': 'extends: []\nuserRules: [styles/house]\nglossaries: [terms.csv]\n',
      'team/styles/house/commonwealth.yaml': SUBST,
      'team/terms.csv': 'en,fr\nAttorney General,procureur général\n',
    });
    const cfg = loadConfig({ cwd: dir });
    expect(cfg.userRules.map((u) => u.id)).toEqual(['house/commonwealth']);
    expect(cfg.glossaries).toEqual([join(dir, 'team/terms.csv')]);
    expect(cfg.rules.glossary?.options).toMatchObject({ files: [join(dir, 'team/terms.csv')], direction: 'en-fr' });
  });
});

describe('validation', () => {
  const one = (yaml: string, extra: Record<string, string> = {}): string => failure(() => loadConfig({ cwd: project({ 'bitext.config.yaml': yaml, ...extra }) }));

  it('names file, line and column', () => {
    expect(one('extends: []\nprofile: fr-BE\n')).toBe("bitext.config.yaml:2:10: 'profile' must be one of fr-CA, fr-FR (got 'fr-BE')");
    expect(one('extends: []\nrules:\n  length-ratio:\n    options:\n      maxRatio: 3\n')).toMatch(/^bitext\.config\.yaml:5:7: rule 'length-ratio' has no option 'maxRatio'; its options: /);
    expect(one('extends: []\nrules:\n  glossary:\n    options: { inflect: "yes" }\n')).toBe("bitext.config.yaml:4:16: option 'inflect' of rule 'glossary' must be a boolean, not a string");
    expect(one('extends: []\nrules:\n  glossary:\n    options: { files: [a.csv] }\n')).toBe("bitext.config.yaml:4:16: list glossary files under the top-level key 'glossaries', not as an option");
    expect(one('extends: []\nrules:\n  whitespace: {severity: loud}\n')).toBe("bitext.config.yaml:3:26: 'rules.whitespace.severity' must be one of error, warning, info, off (got 'loud')");
    expect(one('extends: []\nignore: ["a{b"]\n')).toBe("bitext.config.yaml:2:10: unclosed '{' in glob 'a{b'");
    expect(one('extends: []\nglossaries: [nope.csv]\n')).toBe('bitext.config.yaml:2:14: glossary not found: nope.csv');
    expect(one('extends: []\noverrides:\n  - rules: {whitespace: off}\n')).toBe("bitext.config.yaml:3:5: an override needs 'files': the globs it applies to");
    expect(one('- a\n- b\n')).toBe('bitext.config.yaml:1:1: a configuration file holds a map of keys (extends, profile, sourceLanguage, ignore, rules, glossaries, userRules, neutral, overrides, tm), not a list');
  });

  it('validates user rule files', () => {
    const rule = (text: string): string => one('extends: []\nuserRules: [styles/house]\n', { 'styles/house/r.yaml': text });
    expect(rule('kind: existance\ntokens: [x]\n')).toBe("styles/house/r.yaml:1:7: 'kind' must be one of existence, substitution, term, parity, consistency (got 'existance')");
    expect(rule('kind: existence\ntoken: [x]\n')).toMatch(/^styles\/house\/r\.yaml:2:1: unknown key 'token' in the rule \(did you mean 'tokens'\?\)/);
    expect(rule('kind: existence\n')).toBe("styles/house/r.yaml:1:1: rule 'house/r' (kind existence) needs the key 'tokens'");
    expect(rule('kind: substitution\nregex: true\nswap:\n  "(a)b": "$2"\n')).toBe("styles/house/r.yaml:4:11: replacement '$2' uses $2 but the pattern '(a)b' has 1 group");
    expect(rule('kind: existence\ninflect: true\ntokens: ["!!"]\n')).toBe("styles/house/r.yaml:3:10: '!!' has no letters or digits to match as words; set regex: true to match it as a pattern");
    expect(rule('kind: existence\nseverity: off\ntokens: [x]\n')).toBe("styles/house/r.yaml:2:11: 'severity' must be one of error, warning, info (got 'off')");
  });

  it('refuses a rule id used twice or taken by a built-in rule', () => {
    const dir = project({
      'bitext.config.yaml': 'extends: []\nuserRules: [a/house, b/house]\n',
      'a/house/r.yaml': SUBST,
      'b/house/r.yaml': SUBST,
    });
    expect(failure(() => loadConfig({ cwd: dir }))).toBe("b/house/r.yaml:1:1: rule id 'house/r' is already used by a/house/r.yaml");
  });

  it('checks rule ids once user rules are known', () => {
    const cfg = loadConfig({ cwd: project({ 'bitext.config.yaml': 'extends: []\nuserRules: [styles/house]\nrules:\n  house/r: error\n', 'styles/house/r.yaml': SUBST }) });
    expect(cfg.rules['house/r']).toEqual({ severity: 'error' });
  });
});

describe('settings from a configuration', () => {
  it('applies per-path overrides, and a configured severity to every finding of a rule', async () => {
    const dir = project({
      'bitext.config.yaml': 'extends: []\nuserRules: [styles/house]\nrules:\n  house/r: info\noverrides:\n  - files: [legacy/]\n    rules:\n      house/r: off\n',
      'styles/house/r.yaml': SUBST,
    });
    const cfg = loadConfig({ cwd: dir });
    const settings = checkSettings(cfg, dir);
    for (const c of builtinChecks) settings.rules![c.id] = { severity: 'off' };
    const mk = (file: string) => buildInput({ en: 'Commonwealth meeting', fr: 'Réunion de la Commonwealth', expect: [] }, file);
    const found = await runChecks([mk('notice.txt'), mk('legacy/old.txt')], settings);
    expect(found.map((f) => [f.file, f.rule, f.severity])).toEqual([['notice.txt', 'house/r', 'info']]);
  });
});
