import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readParallelInputs } from '../../src/align/parallel-inputs.js';
import { runChecks } from '../../src/checks/run.js';
import { describeFixtures } from './fixture-loader.js';

describeFixtures('untranslated', 'test/fixtures/checks/untranslated.yaml');

describe('untranslated in Markdown pages with a style sheet, a script and a doctype', () => {
  // The shape of the MSC open-data pages (eccc-msc-open-data-md): a map's CSS and script at the
  // end of each page, the same in both languages. They are code: before, every CSS line was a
  // French copy of the English (466 of the 557 untranslated warnings on those pages).
  const page = (title: string, text: string, copied: string): string =>
    ['<!DOCTYPE html>', '', `# ${title}`, '', text, '', '<style>', '  #legend-popup {', '    position: absolute;', '    top: 40px;', '    right: 8px;', '  }', '</style>', '', '<script>', '  const map = new ol.Map({ target: "map" });', '</script>', '', `<p>${copied}<style>.x{margin:0}</style></p>`, ''].join('\n');

  it('reports nothing in them, and still reports English left in the French text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-style-'));
    writeFileSync(join(dir, 'map_en.md'), page('Radar map', 'The map shows the radar coverage of the last hour.', 'Submit your application before the deadline.'));
    writeFileSync(join(dir, 'map_fr.md'), page('Carte radar', 'La carte montre la couverture radar de la dernière heure.', 'Submit your application before the deadline.'));
    const inputs = await readParallelInputs([join(dir, 'map_en.md'), join(dir, 'map_fr.md')], { cwd: dir });
    const texts = inputs.flatMap((i) => i.pairs).flatMap((p) => [p.en?.text, p.fr?.text]);
    expect(texts.filter((t) => t && /px|absolute|ol\.Map|margin|DOCTYPE/.test(t))).toEqual([]);
    const findings = await runChecks(inputs, { rules: { untranslated: {}, 'fr-typography': {} } });
    expect(findings.map((f) => [f.rule, f.line, f.fr?.text])).toEqual([['untranslated', 19, 'Submit your application before the deadline.']]);
  });
});

describe('untranslated in a list of references', () => {
  // visual-storyteller-blog.fr.md:81 (hand-read round 11): a French `Sources :` paragraph, cut into
  // sentences, cites an English article's title as written.
  const seg = (text: string, lang: 'en' | 'fr', line: number, column: number) => ({ text, lang, place: { file: `${lang}.md`, line, column, endLine: line, endColumn: column + text.length } });
  const refs = (title: string) => [
    { id: 'p1', method: 'parallel' as const, score: 1, en: seg('Sources: (1) Thorpe, S., Fize, D. and Marlot, C. (1996).', 'en', 79, 1), fr: seg('Sources : (1) Thorpe, S., Fize, D. et Marlot, C. (1996).', 'fr', 81, 1) },
    { id: 'p2', method: 'parallel' as const, score: 1, en: seg(title, 'en', 79, 60), fr: seg(title, 'fr', 81, 60) },
    { id: 'p3', method: 'parallel' as const, score: 1, en: seg('Nature (381).', 'en', 79, 140), fr: seg('Nature (381).', 'fr', 81, 140) },
  ];
  const title = 'The time course of visual word recognition as revealed by linear regression analysis of ERP data.';

  it('leaves the title of a work cited in the French paragraph alone', async () => {
    const found = await runChecks([{ file: 'en.md', pairs: refs(title) } as never], { rules: {} });
    expect(found.filter((f) => f.rule === 'untranslated')).toEqual([]);
  });

  it('still reports the same sentence copied in a paragraph that cites nothing', async () => {
    const pairs = refs(title).map((p) => ({ ...p, en: { ...p.en, text: p.en.text.replace(/\(\d{4}\)|\(\d+\)|, [A-Z]\.,?/g, '') }, fr: { ...p.fr, text: p.fr.text.replace(/\(\d{4}\)|\(\d+\)|, [A-Z]\.,?/g, '') } }));
    const found = await runChecks([{ file: 'en.md', pairs } as never], { rules: {} });
    expect(found.filter((f) => f.rule === 'untranslated').map((f) => f.line)).toEqual([81]);
  });
});
