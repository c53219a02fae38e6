import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { formatSarif } from '../../src/reporters/sarif.js';
import { findingFingerprint } from '../../src/reporters/fingerprint.js';
import { VERSION } from '../../src/core/version.js';
import { bilingual, clean, bare, pair, seg, finding } from './fixtures.js';

// The official OASIS schema (SARIF 2.1.0 with Errata 01, JSON Schema draft-04), kept beside the project.
const schemaPath = fileURLToPath(new URL('../../../shared/schemas/sarif-2.1.0/sarif-schema-2.1.0.json', import.meta.url));
// Both packages are CommonJS with their export on `default`.
const ajv = new ajvDraft04.default({ allErrors: true });
ajvFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

const opts = { color: false, cwd: '/project' };

/* eslint-disable @typescript-eslint/no-explicit-any -- reading back a JSON document */
function sarif(r = bilingual, o = opts): any {
  return JSON.parse(formatSarif(r, o));
}

function valid(doc: unknown): string {
  return validate(doc) ? 'valid' : ajv.errorsText(validate.errors);
}

describe('sarif reporter', () => {
  it('matches the snapshot', async () => {
    await expect(formatSarif(bilingual, opts)).toMatchFileSnapshot('__snapshots__/sarif-bilingual.sarif.json');
  });

  it('is valid against the SARIF 2.1.0 schema: findings, a clean run, findings without pairs', () => {
    expect(valid(sarif(bilingual))).toBe('valid');
    expect(valid(sarif(clean))).toBe('valid');
    expect(valid(sarif(bare))).toBe('valid');
  });

  it('is checked by a schema that rejects broken logs', () => {
    const bad = sarif();
    bad.runs[0].results[0].level = 'critical';
    expect(valid(bad)).not.toBe('valid');
    const noMessage = sarif();
    delete noMessage.runs[0].results[0].message;
    expect(valid(noMessage)).not.toBe('valid');
  });

  it('describes the tool and lists each rule once, with the rules findings name but the run did not describe', () => {
    const doc = sarif();
    const driver = doc.runs[0].tool.driver;
    expect(driver.name).toBe('bitext');
    expect(driver.version).toBe(VERSION);
    const ids = driver.rules.map((r: any) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['missing-translation', 'glued-words', 'timezone', 'fr-typography', 'time-mismatch', 'whitespace', 'number-mismatch', 'terms/gc']);
    const tz = driver.rules[2];
    expect(tz.shortDescription.text).toBe('Time zones fit their dates and agree across languages');
    expect(tz.defaultConfiguration.level).toBe('error');
    expect(driver.rules[5].defaultConfiguration.level).toBe('note');
    expect(driver.rules[0].help.text).toMatch(/forgotten translation/);
  });

  it('points each result at its rule, level and place', () => {
    const run = sarif().runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.results).toHaveLength(bilingual.findings!.length);
    run.results.forEach((r: any, i: number) => {
      const f = bilingual.findings![i];
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(f.rule);
      expect(r.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[f.severity]);
      const loc = r.locations[0].physicalLocation;
      expect(loc.region).toEqual({ startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
      expect(run.artifacts[loc.artifactLocation.index].location.uri).toBe(loc.artifactLocation.uri);
    });
  });

  it('gives the other side as a related location', () => {
    const results = sarif().runs[0].results;
    // timezone on EN line 11: the FR segment (line 12) is related context.
    const tz = results.find((r: any) => r.ruleId === 'timezone' && r.locations[0].physicalLocation.region.startLine === 11);
    expect(tz.relatedLocations).toHaveLength(1);
    expect(tz.relatedLocations[0].message.text).toBe('FR segment: Le 12 septembre 2011 – 14h00-16h00 HSE');
    expect(tz.relatedLocations[0].physicalLocation.region.startLine).toBe(12);
    // a finding on both sides: each side's span.
    const both = results.find((r: any) => r.ruleId === 'number-mismatch');
    expect(both.relatedLocations.map((l: any) => l.message.text)).toEqual(['EN side: $2.5 million', 'FR side: 25 millions de dollars']);
    // Columns count UTF-16 units: the combining accent of "café" is one of them.
    expect(both.relatedLocations[1].physicalLocation.region).toMatchObject({ startLine: 37, startColumn: 19, endColumn: 41 });
  });

  it('carries fixes as replacements', () => {
    const results = sarif().runs[0].results;
    const glued = results.find((r: any) => r.ruleId === 'glued-words');
    expect(glued.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 6, startColumn: 13, endLine: 6, endColumn: 24 },
      insertedContent: { text: 'PRATIQUE SUR' },
    });
    // An insertion: an empty region before the colon.
    const typo = results.find((r: any) => r.ruleId === 'fr-typography');
    expect(typo.fixes[0].artifactChanges[0].replacements[0].deletedRegion).toEqual({ startLine: 17, startColumn: 33, endLine: 17, endColumn: 33 });
    expect(results.find((r: any) => r.ruleId === 'timezone').fixes).toBeUndefined();
  });

  it('fingerprints stay with the texts, not the lines', () => {
    const make = (line: number, fr: string) => {
      const p = pair('p1', seg('a.txt', 'en', [line, 1, 'at 2:00 pm']), seg('a.txt', 'fr', [line + 1, 1, fr]), 'stacked');
      return { p, f: finding(p, { rule: 'time-mismatch', severity: 'error', message: 'm', en: [3, 10], fr: [2, fr.length] }) };
    };
    const a = make(10, 'à 15 h');
    const moved = make(50, 'à 15 h');
    const edited = make(10, 'à 16 h');
    expect(findingFingerprint(a.f, a.p)).toBe(findingFingerprint(moved.f, moved.p));
    expect(findingFingerprint(a.f, a.p)).not.toBe(findingFingerprint(edited.f, edited.p));
    expect(findingFingerprint(a.f, a.p)).not.toBe(findingFingerprint({ ...a.f, rule: 'number-mismatch' }, a.p));
    const fps = sarif().runs[0].results.map((r: any) => r.partialFingerprints['bitext/v1']);
    expect(fps.every((x: string) => /^[0-9a-f]{32}$/.test(x))).toBe(true);
    expect(new Set(fps).size).toBe(fps.length);
  });

  it('uses URIs relative to %SRCROOT% inside the working directory, absolute file URIs outside', () => {
    const run = sarif().runs[0];
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///project/');
    expect(run.artifacts.map((a: any) => a.location)).toEqual([
      { uri: 'agenda.txt', uriBaseId: '%SRCROOT%' },
      { uri: 'docs/en/guide.md', uriBaseId: '%SRCROOT%' },
      { uri: 'docs/fr/guide.md', uriBaseId: '%SRCROOT%' },
      { uri: 'notes%2C%2050%25%20%22draft%22.txt', uriBaseId: '%SRCROOT%' },
    ]);
    const elsewhere = { ...bare, files: ['/data/x y.xlf'], findings: bare.findings!.map((f) => ({ ...f, file: '/data/x y.xlf' })) };
    const outside = sarif(elsewhere).runs[0];
    expect(outside.artifacts[0].location).toEqual({ uri: 'file:///data/x%20y.xlf' });
    expect(outside.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///data/x%20y.xlf', index: 0 });
    expect(valid(sarif(elsewhere))).toBe('valid');
  });
});
