import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { po as poParser } from 'gettext-parser';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readXliff } from '../../src/formats/xliff.js';
import { xliffOrigin, type Content } from '../../src/formats/xliff-model.js';
import { xliffString, type ExportUnit } from '../../src/formats/xliff-writer.js';
import { renumber } from '../../src/formats/index.js';
import type { Finding, Pair } from '../../src/core/types.js';
import { haveTranslateToolkit, haveXmllint, validateXliff12, validateXliff20 } from './tools.js';

const X12 = 'test/fixtures/formats/inline-12.xlf';
const X20 = 'test/fixtures/formats/inline-20.xlf';
const FOCUS = '../shared/corpus/focus-ios-xliff12-fr/focus-ios.fr.xliff';

function tmp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-xliff-'));
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

function read(file: string): Pair[] {
  const pairs = readXliff(file).pairs;
  renumber(pairs);
  return pairs;
}

const units = (pairs: Pair[], findings: (p: Pair) => Finding[] = () => []): ExportUnit[] => pairs.map((pair) => ({ pair, findings: findings(pair) }));

/** What must survive a round trip: unit key, source and target content (codes as written), notes. */
function shape(pairs: Pair[]): unknown[] {
  const raw = (c: Content | null | undefined): unknown => c && c.map((p) => (typeof p === 'string' ? p : p.raw));
  return pairs.map((p) => {
    const o = xliffOrigin(p)!;
    return { key: p.meta?.key, en: p.en?.text ?? null, fr: p.fr?.text ?? null, source: raw(o.source), target: o.target && o.target.length ? raw(o.target) : null, notes: p.meta?.notes ?? [] };
  });
}

describe('XLIFF 1.2 reader', () => {
  const pairs = read(X12);

  it('reads every unit of every <file>, codes as tokens and whitespace as written', () => {
    expect(pairs.map((p) => [p.meta?.key, p.en?.text ?? null, p.fr?.text ?? null])).toEqual([
      ['greeting', 'Hello, {1}dear{/1} {2/}user!', 'Bonjour, {1}cher{/1} {2/}utilisateur !'],
      ['spaces', '  Two  spaces & a tab:\tend ', '  Deux  espaces & une tabulation :\tfin '],
      ['native', 'Click {1}Save{/1} then {2/}.', 'Cliquez sur {1}Enregistrer{/1} puis {2/}.'],
      ['isolated', '{3}Bold start and {4}italic', '{3}Début gras et {4}italique'],
      ['untranslated', 'Missing one', null],
      ['empty-target', 'Empty target', null],
      ['greeting', 'Multi\nline — text', 'Texte\nsur plusieurs lignes — ici'],
    ]);
    expect(pairs.every((p) => p.method === 'keyed')).toBe(true);
  });

  it('keeps notes, state, the fuzzy flag and the file it came from', () => {
    expect(pairs[0].meta).toEqual({ key: 'greeting', notes: ['Shown on the home page'], state: 'translated', props: { file: 'app/messages.properties', resname: 'greeting' } });
    expect(pairs[2].meta).toMatchObject({ state: 'needs-review-translation', fuzzy: true, props: { 'state-qualifier': 'fuzzy-match' } });
    expect(pairs[6].meta?.props?.file).toBe('app/other.properties');
  });

  it('points at the characters of the file, through entities and codes', () => {
    const sp = pairs[1].en!;
    expect(sp.place).toEqual({ file: X12, line: 14, column: 17, endLine: 14, endColumn: 48 });
    // "&" is written &amp; at column 31: the text after it is shifted by four columns.
    expect(sp.locate!(14, 15)).toEqual({ file: X12, line: 14, column: 31, endLine: 14, endColumn: 32 });
    expect(sp.locate!(16, 17)).toEqual({ file: X12, line: 14, column: 37, endLine: 14, endColumn: 38 });
    // A token covers its code: {2/} is <x id="2"/>.
    const g = pairs[0].en!;
    const at = g.text.indexOf('{2/}');
    expect(g.locate!(at, at + 4)).toEqual({ file: X12, line: 9, column: 43, endLine: 9, endColumn: 54 });
    const multi = pairs[6].fr!;
    expect(multi.place).toMatchObject({ line: 40, endLine: 41 });
  });
});

describe('XLIFF 2.0 reader', () => {
  const pairs = read(X20);

  it('gives one pair per segment, with unit notes and codes', () => {
    expect(pairs.map((p) => [p.meta?.key, p.en?.text ?? null, p.fr?.text ?? null, p.meta?.state ?? null])).toEqual([
      ['u1/s1', 'Welcome to {1}Canada{/1}.{2/}', 'Bienvenue au {1}Canada{/1}.{2/}', 'translated'],
      ['u1/s2', 'Second {3}sentence{/3}  here.', 'Deuxième {3}phrase{/3}  ici.', null],
      ['u2', 'With a term <inside>', null, 'initial'],
    ]);
    expect(pairs[0].meta?.notes).toEqual(['Page title']);
    expect(pairs[1].meta?.notes).toEqual(['Page title']);
  });

  it('reads a French-to-English file with FR as the source', () => {
    const f = tmp('fr-en.xlf', '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr-CA" trgLang="en"><file id="f"><unit id="u"><segment><source>Bonjour</source><target>Hello</target></segment></unit></file></xliff>');
    const [p] = read(f);
    expect([p.en?.text, p.en?.lang, p.fr?.text, p.fr?.lang]).toEqual(['Hello', 'en', 'Bonjour', 'fr']);
  });

  it('refuses files that are neither English nor French, or not XLIFF', () => {
    const de = tmp('de.xlf', '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" source-language="de" target-language="it" datatype="plaintext"><body/></file></xliff>');
    expect(() => read(de)).toThrow(/declares neither English nor French \(source 'de', target 'it'\)/);
    const html = tmp('page.xlf', '<html><body/></html>');
    expect(() => read(html)).toThrow(/not an XLIFF file: its root element is <html>/);
  });
});

describe('XLIFF writer', () => {
  it('round trip 1.2 → bitext → 1.2 keeps every unit, inline code and whitespace', () => {
    const before = read(X12);
    const out = tmp('rt12.xlf', xliffString(units(before), { version: '1.2' }));
    const after = read(out);
    expect(shape(after)).toEqual(shape(before));
    // The recorded XML of codes is written back byte for byte.
    const xml = xliffString(units(before), { version: '1.2' });
    expect(xml).toContain('<source>Click <bpt id="1">&lt;b&gt;</bpt>Save<ept id="1">&lt;/b&gt;</ept> then <ph id="2">%s</ph>.</source>');
    expect(xml).toContain('<source>  Two  spaces &amp; a tab:\tend </source>');
  });

  it('round trip 2.0 → bitext → 2.0 keeps units, segments, ignorables, originalData and notes', () => {
    const before = read(X20);
    const xml = xliffString(units(before), { version: '2.0' });
    const after = read(tmp('rt20.xlf', xml));
    expect(shape(after)).toEqual(shape(before));
    expect(xml).toContain('<ignorable>\n        <source> </source>\n      </ignorable>');
    expect(xml).toContain('<data id="d1">&lt;br/&gt;</data>');
    expect(xml.match(/<unit /g)).toHaveLength(2);
  });

  it('round trip of a real Xcode export keeps all 258 units', () => {
    const before = read(FOCUS);
    const after = read(tmp('focus.xlf', xliffString(units(before), { version: '1.2' })));
    expect(after).toHaveLength(258);
    expect(shape(after)).toEqual(shape(before));
  });

  it('converts between versions, codes rebuilt from their roles', () => {
    const from12 = read(X12);
    const xml = xliffString(units(from12), { version: '2.0' });
    expect(xml).toContain('<source>Hello, <pc id="1">dear</pc> <ph id="2"/>user!</source>');
    expect(xml).toContain('<source><sc id="3" isolated="yes"/>Bold start and <sc id="4" isolated="yes"/>italic</source>');
    const back = read(tmp('conv.xlf', xml));
    expect(back.map((p) => [p.en?.text ?? null, p.fr?.text ?? null])).toEqual(from12.map((p) => [p.en?.text ?? null, p.fr?.text ?? null]));
  });

  it('marks pairs with findings for review, with the findings as notes', () => {
    const pairs = read(X12);
    const finding: Finding = { rule: 'punctuation-mismatch', severity: 'warning', message: 'EN ends with "!", FR ends with no punctuation', pair: pairs[0].id, side: 'fr', file: X12, line: 10, column: 17, endLine: 10, endColumn: 60, suggestion: 'utilisateur !' };
    const withFinding = (p: Pair): Finding[] => (p === pairs[0] ? [finding] : []);
    const x12 = xliffString(units(pairs, withFinding), { version: '1.2' });
    expect(x12).toContain('<target state="needs-review-translation">Bonjour');
    expect(x12).toContain('<note from="bitext" priority="2" annotates="target">warning [punctuation-mismatch] EN ends with "!", FR ends with no punctuation (suggestion: utilisateur !) at test/fixtures/formats/inline-12.xlf:10:17</note>');
    expect(x12).toContain('<target state="needs-translation"/>');
    const x20 = xliffString(units(pairs, withFinding), { version: '2.0' });
    expect(x20).toContain('<segment id="s1" state="translated" subState="bitext:needs-review-translation">');
    expect(x20).toContain('<note category="bitext" priority="2" appliesTo="target">');
  });

  it('writes translation-memory matches as alt-trans (1.2) and mtc:matches (2.0)', () => {
    const pairs = read(X20);
    const list: ExportUnit[] = units(pairs);
    list[1].matches = [{ en: 'Second sentence here.', fr: 'Deuxième phrase ici.', score: 0.87, origin: 'tm/agendas.sqlite' }];
    const x20 = xliffString(list, { version: '2.0' });
    expect(x20).toContain('<mtc:match ref="#bitext-m2" similarity="87" type="tm" origin="tm/agendas.sqlite">');
    expect(x20).toContain('<source><mrk id="bitext-m2" type="mtc:match">Second <sc id="3"/>sentence<ec startRef="3"/>  here.</mrk></source>');
    const x12 = xliffString(list, { version: '1.2' });
    expect(x12).toContain('<alt-trans match-quality="87" origin="tm/agendas.sqlite">\n          <source>Second sentence here.</source>\n          <target>Deuxième phrase ici.</target>');
    // Our own marker is not read back as content.
    const back = read(tmp('m.xlf', x20));
    expect(shape(back)).toEqual(shape(pairs));
  });

  describe.skipIf(!haveXmllint)('validates (xmllint, official schemas)', () => {
    const cases: Array<[string, string]> = [
      [X12, '1.2'],
      [X12, '2.0'],
      [X20, '1.2'],
      [X20, '2.0'],
      [FOCUS, '1.2'],
      [FOCUS, '2.0'],
    ];
    for (const [file, version] of cases) {
      it(`${file.split('/').pop()} → XLIFF ${version} (with findings and a match)`, () => {
        const pairs = read(file);
        const list = units(pairs, (p) => (p === pairs[0] ? [{ rule: 'placeholders', severity: 'error', message: 'FR adds placeholder {}: EN has none', side: 'fr', file, line: 1, column: 1, endLine: 1, endColumn: 2 }] : []));
        list[0].matches = [{ en: 'Hello', fr: 'Bonjour', score: 1, origin: 'tm' }];
        const out = tmp(`v${version}.xlf`, xliffString(list, { version: version as '1.2' | '2.0' }));
        const r = version === '1.2' ? validateXliff12(out) : validateXliff20(out);
        expect(r.output.trim()).toBe(`${out} validates`);
        expect(r.status).toBe(0);
      });
    }
  });

  it.skipIf(!haveTranslateToolkit)('is converted by translate-toolkit (xliff2po) with the same units and texts', () => {
    const pairs = read(FOCUS);
    const out = tmp('tt.xlf', xliffString(units(pairs), { version: '1.2' }));
    const po = out.replace(/\.xlf$/, '.po');
    const r = spawnSync('xliff2po', ['--progress=none', out, po], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const parsed = poParser.parse(readFileSync(po, 'utf8'));
    const got = Object.values(parsed.translations).flatMap((ctx) => Object.values(ctx)).filter((t) => t.msgid !== '');
    // xliff2po merges units with the same source and context: compare the sets of (source, target).
    const expected = new Set(pairs.map((p) => JSON.stringify([p.en!.text, p.fr?.text ?? ''])));
    const seen = new Set(got.map((t) => JSON.stringify([t.msgid, t.msgstr[0]])));
    expect(seen).toEqual(expected);
    // Clean units of an XLIFF source are not marked fuzzy by us; their approval is the file's.
    expect(got.length).toBeGreaterThanOrEqual(expected.size);
  });
});
