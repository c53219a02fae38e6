// The glossary check on fixture cases, and the glossary readers' errors.

import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, it, expect, afterAll } from 'vitest';
import { buildInput, compareFindings, decode, encode, type CheckCase } from '../checks/fixture-loader.js';
import { runChecks, type CheckSettings } from '../../src/checks/run.js';
import { builtinChecks } from '../../src/checks/index.js';
import { loadGlossary } from '../../src/config/glossary-file.js';
import { UserError } from '../../src/core/errors.js';

const DIR = 'test/fixtures/config/glossary';
const files = ['terms.csv', 'terms.tsv', 'terms.tbx'].map((f) => resolve(DIR, f));

function settings(options: Record<string, unknown> = {}): CheckSettings {
  const rules: CheckSettings['rules'] = {};
  for (const c of builtinChecks) rules[c.id] = { severity: 'off' };
  rules.glossary = { options: { files, ...options } };
  return { rules, directives: false };
}

describe('glossary cases', () => {
  const cases = parse(readFileSync(join(DIR, 'cases.yaml'), 'utf8')) as CheckCase[];
  cases.forEach((c, k) => {
    it(`${k + 1}. ${c.name ?? encode(decode(c.en ?? ''))}${c.expect.length === 0 ? ' (clean)' : ''}`, async () => {
      const found = await runChecks([buildInput(c)], settings(c.options));
      expect(compareFindings('glossary', c.expect, found)).toEqual([]);
    });
  });

  it('checks both directions when asked', async () => {
    const c: CheckCase = { en: 'The Cybersecurity Mandate', fr: 'Le mandat de cybersécurité', expect: [{ en: 'The Cybersecurity Mandate', fr: 'mandat', suggestion: 'Terms of Reference' }] };
    const found = await runChecks([buildInput(c)], settings({ direction: 'both' }));
    expect(compareFindings('glossary', c.expect, found)).toEqual([]);
  });
});

describe('glossary files', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'bitext-glossary-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const write = (name: string, text: string): string => {
    const p = join(tmp, name);
    writeFileSync(p, text);
    return p;
  };
  const error = (path: string): string => {
    try {
      loadGlossary(path);
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      return (e as UserError).format().replace(tmp + '/', '');
    }
    throw new Error('no error');
  };

  it('reads variants, forbidden terms and notes', () => {
    const entries = loadGlossary(files[0]);
    expect(entries[0]).toMatchObject({ en: ['Attorney General'], fr: ['procureur général', 'procureure générale'], frForbidden: [] });
    expect(entries[1]).toMatchObject({ en: ['EST'], fr: ['HNE'], frForbidden: ['HSE'], note: 'HSE is not a Canadian form' });
    expect(entries[1].where.line).toBe(4);
  });

  it('reads TBX, forbidden by administrative status', () => {
    expect(loadGlossary(files[2])[0]).toMatchObject({ en: ['agenda'], fr: ['ordre du jour'], frForbidden: ['agenda'] });
  });

  it('needs a header naming en and fr', () => {
    expect(error(write('a.csv', 'english term,french term\nx,y\n'))).toBe("a.csv:1:1: unknown glossary column 'english term' (known: en, fr, fr_forbidden, en_forbidden, note)");
    expect(error(write('b.csv', 'en,note\nx,y\n'))).toBe('b.csv:1:1: the header row must name the columns en and fr (got: en, note)');
  });

  it('refuses a row with more fields than the header', () => {
    expect(error(write('c.csv', 'en,fr\nImmigration, Refugees and Citizenship Canada,Immigration Canada\n'))).toMatch(/^c\.csv:2:1: this row has 3 fields but the header has 2/);
  });

  it('reports malformed CSV with its line', () => {
    expect(error(write('d.csv', 'en,fr\n"open,x\n'))).toMatch(/^d\.csv:2:1: malformed CSV: /);
  });

  it('refuses a TBX with an internal DTD subset, and non-TBX XML', () => {
    expect(error(write('e.tbx', '<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY x "y">]>\n<tbx/>'))).toMatch(/^e\.tbx:2:\d+: refused: the DOCTYPE declares an internal subset/);
    expect(error(write('f.tbx', '<?xml version="1.0"?>\n<html/>'))).toBe('f.tbx:2:1: not a TBX file: the root element is <html>, not <tbx> or <martif>');
  });

  it('refuses other extensions', () => {
    expect(error(write('g.xlsx', 'x'))).toMatch(/glossary files are \.csv, \.tsv or \.tbx/);
  });
});
