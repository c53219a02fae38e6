import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { streamTmx, readTmx, writeTmx, tmxString, type TmxUnit } from '../../src/formats/tmx.js';
import { UserError } from '../../src/core/errors.js';
import { haveTranslateToolkit, haveXmllint, python, validateTmx } from './tools.js';

const FIXTURE = 'test/fixtures/formats/units.tmx';
const TICO = '../shared/corpus/tico19-tmx-en-fr/all.en-fr.tmx';

async function all(file: string): Promise<{ units: TmxUnit[]; units_: number; skipped: number }> {
  const units: TmxUnit[] = [];
  const r = await streamTmx(file, (u) => void units.push(u));
  return { units, units_: r.units, skipped: r.skipped };
}

describe('streamTmx', () => {
  it('reads EN/FR units whatever the language tag and counts the others', async () => {
    const { units, units_, skipped } = await all(FIXTURE);
    expect(units_).toBe(3);
    expect(skipped).toBe(1); // t3 has en and es
    expect(units.map((u) => [u.tuid, u.en, u.fr])).toEqual([
      ['t1', 'Agenda', 'Ordre du jour'],
      ['t2', 'Dial-in number: {1/} & {2}code{/2}', 'Numéro à composer : {1/} & {2}code{/2}'],
      ['t4', 'The bold stays', 'Le gras reste'],
    ]);
    expect(units[0]).toMatchObject({ props: [{ type: 'x-domain', value: 'meetings' }], notes: ['From the 2024 agendas'], creationdate: '20240115T120000Z', creationid: 'ana', usagecount: 3, line: 6 });
    expect(units[1].line).toBe(12);
  });

  it('waits for an async consumer (bounded memory) and keeps the order', async () => {
    const seen: string[] = [];
    await streamTmx(FIXTURE, async (u) => {
      await new Promise((r) => setTimeout(r, 5));
      seen.push(u.tuid!);
    });
    expect(seen).toEqual(['t1', 't2', 't4']);
  });

  it('reads the TICO-19 memory: 3,071 units, none skipped', async () => {
    const { units, skipped } = await all(TICO);
    expect(units).toHaveLength(3071);
    expect(skipped).toBe(0);
    expect(units[0]).toMatchObject({ tuid: 'CMU_1:1', en: 'about how long have these symptoms been going on?', fr: 'depuis combien ressentez-vous ces symptômes ?' });
  });

  it('reports a missing file and malformed XML with line and column', async () => {
    await expect(streamTmx('test/fixtures/formats/nope.tmx', () => undefined)).rejects.toThrow(/no such file/);
    const dir = mkdtempSync(join(tmpdir(), 'bitext-tmx-'));
    const bad = join(dir, 'bad.tmx');
    writeFileSync(bad, '<tmx version="1.4"><header/>\n<body><tu><tuv xml:lang="en"><seg>a</tuv></tu></body></tmx>');
    const err = await streamTmx(bad, () => undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).format()).toMatch(/bad\.tmx:2:\d+: malformed XML: unexpected close tag/);
    writeFileSync(bad, '<xliff version="1.2"/>');
    await expect(streamTmx(bad, () => undefined)).rejects.toThrow(/not a TMX file/);
  });
});

describe('readTmx (the tmx input format)', () => {
  it('gives keyed pairs with places on the segment text and key, notes, props', async () => {
    const r = await readTmx(FIXTURE);
    expect(r.pairs.map((p) => [p.meta?.key, p.en?.text ?? null, p.fr?.text ?? null])).toEqual([
      ['t1', 'Agenda', 'Ordre du jour'],
      ['t2', 'Dial-in number: {1/} & {2}code{/2}', 'Numéro à composer : {1/} & {2}code{/2}'],
      ['t3', 'English only', null], // no French: a missing translation
      ['t4', 'The bold stays', 'Le gras reste'],
    ]);
    const t1 = r.pairs[0];
    expect(t1.method).toBe('keyed');
    expect(t1.en!.place).toEqual({ file: FIXTURE, line: 9, column: 34, endLine: 9, endColumn: 40 });
    expect(t1.fr!.locate!(3, 5)).toEqual({ file: FIXTURE, line: 10, column: 37, endLine: 10, endColumn: 39 });
    expect(t1.meta).toMatchObject({ notes: ['From the 2024 agendas'], props: { 'x-domain': 'meetings', creationid: 'ana', usagecount: '3' } });
    // Entities and codes: the place is known, character positions are not.
    expect(r.pairs[1].en!.locate).toBeUndefined();
  });
});

describe('writeTmx / tmxString', () => {
  const units: TmxUnit[] = [
    { tuid: 'a & b', en: 'Fish & chips <now>', fr: 'Poisson & frites <maintenant>', props: [{ type: 'x-file', value: 'menu.txt' }], notes: ['checked'], creationdate: '2024-01-15T12:00:00Z', usagecount: 2, line: 0 },
    { en: '  two  spaces\tand tab ', fr: '  deux  espaces\tet tabulation ', props: [], notes: [], line: 0 },
  ];

  it('writes what streamTmx reads back, whitespace and specials intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-tmx-'));
    const out = join(dir, 'out.tmx');
    expect(await writeTmx(out, units, { srcLang: 'en', enLang: 'en-CA', frLang: 'fr-CA' })).toBe(2);
    const back = (await all(out)).units;
    expect(back.map((u) => [u.tuid, u.en, u.fr, u.props, u.notes, u.creationdate, u.usagecount])).toEqual([
      ['a & b', 'Fish & chips <now>', 'Poisson & frites <maintenant>', [{ type: 'x-file', value: 'menu.txt' }], ['checked'], '20240115T120000Z', 2],
      [undefined, '  two  spaces\tand tab ', '  deux  espaces\tet tabulation ', [], [], undefined, undefined],
    ]);
    expect(readFileSync(out, 'utf8')).toContain('srclang="en-CA"');
    expect(readdirSync(dir)).toEqual(['out.tmx']);
  });

  it('takes an async iterable and writes French first when FR is the source', async () => {
    async function* gen(): AsyncGenerator<TmxUnit> {
      for (const u of units) yield u;
    }
    const dir = mkdtempSync(join(tmpdir(), 'bitext-tmx-'));
    const out = join(dir, 'fr.tmx');
    await writeTmx(out, gen(), { srcLang: 'fr' });
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('srclang="fr"');
    expect(xml.indexOf('xml:lang="fr"')).toBeLessThan(xml.indexOf('xml:lang="en"'));
  });

  it('leaves an existing file untouched when writing fails, and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-tmx-'));
    const out = join(dir, 'keep.tmx');
    writeFileSync(out, 'the old memory');
    function* failing(): Generator<TmxUnit> {
      yield units[0];
      throw new Error('source went away');
    }
    await expect(writeTmx(out, failing())).rejects.toThrow('source went away');
    expect(readFileSync(out, 'utf8')).toBe('the old memory');
    expect(readdirSync(dir)).toEqual(['keep.tmx']);
  });

  it('tmxString is the same document as a string', () => {
    const xml = tmxString(units);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/);
    expect(xml).toContain('<seg>Fish &amp; chips &lt;now&gt;</seg>');
    expect(xml).toContain('<tu tuid="a &amp; b" creationdate="20240115T120000Z" usagecount="2">');
  });

  it.skipIf(!haveXmllint)('is valid against the TMX 1.4b DTD (xmllint)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-tmx-'));
    const out = resolve(dir, 'valid.tmx');
    const tico: TmxUnit[] = [];
    await streamTmx(TICO, (u) => void tico.push(u));
    await writeTmx(out, [...units, ...tico]);
    const r = validateTmx(out);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });

  it.skipIf(!haveTranslateToolkit)('is read by translate-toolkit with the same units and texts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-tmx-'));
    const out = resolve(dir, 'tt.tmx');
    const tico: TmxUnit[] = [];
    await streamTmx(TICO, (u) => void tico.push(u));
    await writeTmx(out, [...units, ...tico]);
    const read = python<string[][]>('import json,sys\nfrom translate.storage import tmx\nf = tmx.tmxfile.parsefile(sys.argv[1])\nprint(json.dumps([[u.source, u.target] for u in f.units]))', out);
    expect(read).toEqual([...units, ...tico].map((u) => [u.en, u.fr]));
  });
});
