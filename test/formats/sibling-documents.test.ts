// Two versions of one document named as such (job-en.html + job-fr.html, guide-en.md +
// guide-fr.md), given without --parallel: aligned as --parallel aligns them, as keyed files named
// so are read as a pair. Bilingual files named so are still read one by one.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/formats/index.js';
import { runChecks } from '../../src/checks/run.js';

const page = (lang: string, title: string, items: string[], note: string): string =>
  [`<!DOCTYPE html>`, `<html lang="${lang}">`, `<head><title>${title}</title></head>`, '<body>', `<h1>${title}</h1>`, '<ul>', ...items.map((i) => `<li>${i}</li>`), '</ul>', `<p>${note}</p>`, '</body>', '</html>', ''].join('\n');

// Blind round 27 (job-en.html, job-fr.html): a list item dropped from the French page.
const EN = page(
  'en',
  'Program Officer (PM-03)',
  [
    'A secondary school diploma or an acceptable combination of education, training and experience.',
    'Experience in managing grants and contributions agreements, including the review of financial reports.',
    'Experience in working with Indigenous organizations or community groups.',
    'Experience in using spreadsheets to track and report on expenditures.',
  ],
  'Reference number: ECC26J-014522<br>Selection process number: 26-ECC-NCR-EA-0891',
);
const FR = page(
  'fr',
  'Agente ou agent de programme (PM-03)',
  [
    "Un diplôme d'études secondaires ou une combinaison acceptable d'études, de formation et d'expérience.",
    "Expérience de la gestion d'accords de subventions et de contributions, y compris l'examen des rapports financiers.",
    'Expérience du travail avec des organisations autochtones ou des groupes communautaires.',
  ],
  'Numéro de référence : ECC26J-014522<br>Numéro du processus de sélection : 26-ECC-NCR-EA-0891',
);

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-siblings-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const problems = async (dir: string, files: string[]) => {
  const inputs = await readInputs(files, { cwd: dir });
  const findings = await runChecks(inputs);
  return { inputs, found: findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.file, f.line]) };
};

describe('a document and its version in the other language, named as such', () => {
  it('aligns two HTML pages given without --parallel, and reports the list item the French dropped', async () => {
    const dir = folder({ 'job-en.html': EN, 'job-fr.html': FR });
    const { inputs, found } = await problems(dir, ['job-en.html', 'job-fr.html']);
    expect(inputs.map((i) => [i.file, i.format])).toEqual([
      ['job-en.html', 'markdown'],
      ['job-fr.html', 'markdown'],
    ]);
    // Read as text, each page was a mixed document of tags and orphans (22 false findings).
    expect(found).toEqual([['missing-translation', 'job-en.html', 10]]);
    // A line break between two fields parts them, and never runs their words together.
    const texts = inputs[0].pairs.map((p) => p.en?.text ?? '');
    expect(texts).toContain('Reference number: ECC26J-014522');
    expect(texts).toContain('Selection process number: 26-ECC-NCR-EA-0891');
    expect(texts.some((t) => t.includes('014522Selection'))).toBe(false);
  });

  it('reads the pair when only one of the two is named, and the pair once when both are', async () => {
    const dir = folder({ 'job-en.html': EN, 'job-fr.html': FR });
    expect((await problems(dir, ['job-fr.html'])).found).toEqual([['missing-translation', 'job-en.html', 10]]);
    expect((await problems(dir, ['job-fr.html', 'job-en.html'])).inputs.map((i) => i.file)).toEqual(['job-en.html', 'job-fr.html']);
  });

  // Blind round 37 (report-e.txt, report-f.txt): GC publications name their versions -e and -f.
  it('aligns a report and its French version named with -e and -f, and reports the number the French changed', async () => {
    const en = ['Evaluation of the Summer Jobs Program', '', 'The program funded 1,470 projects in 2025. Most employers were small businesses.', ''].join('\n');
    const fr = ['Évaluation du programme Emplois d’été', '', 'Le programme a financé 1 740 projets en 2025. La plupart des employeurs étaient de petites entreprises.', ''].join('\n');
    const dir = folder({ 'report-e.txt': en, 'report-f.txt': fr });
    const { inputs, found } = await problems(dir, ['report-e.txt']);
    expect(inputs.map((i) => i.file)).toEqual(['report-e.txt', 'report-f.txt']);
    expect(found).toEqual([['number-mismatch', 'report-f.txt', 3]]);
  });

  it('reads bilingual files named so one by one, as mixed documents', async () => {
    // Each is read as its name says (English the longer half of notice-en.txt), but it holds
    // both languages: two bilingual notices, not a document and its translation.
    const en = [
      'The regional office will be closed on Monday, October 12, for Thanksgiving. Online services remain available, and calls will be answered again on Tuesday morning.',
      'Le bureau régional sera fermé le lundi 12 octobre pour l’Action de grâce.',
      '',
      'Questions may be sent to the regional office by e-mail at any time.',
      'Les questions peuvent être envoyées au bureau régional par courriel.',
      '',
    ].join('\n');
    const fr = [
      'Le bureau régional sera fermé le lundi 12 octobre pour l’Action de grâce. Les services en ligne demeurent accessibles, et les appels seront de nouveau pris mardi matin.',
      'The regional office will be closed on Monday, October 12, for Thanksgiving.',
      '',
      'Les questions peuvent être envoyées en tout temps au bureau régional par courriel.',
      'Questions may be sent to the regional office by e-mail.',
      '',
    ].join('\n');
    const dir = folder({ 'notice-en.txt': en, 'notice-fr.txt': fr });
    const { inputs } = await problems(dir, ['notice-en.txt', 'notice-fr.txt']);
    expect(inputs.map((i) => [i.file, i.format, i.pairs.filter((p) => p.en && p.fr && p.method !== 'shared').length])).toEqual([
      ['notice-en.txt', 'text', 2],
      ['notice-fr.txt', 'text', 2],
    ]);
  });

  it('aligns a Word document with its French version named after it (Checklist.docx + Checklist_FR.docx)', async () => {
    const corpus = '../shared/corpus/gc-a11y-docx-pairs';
    const inputs = await readInputs(['MSDocument_COMPLIANCE_CHECKLIST.docx'], { cwd: corpus });
    expect(inputs.map((i) => [i.file, i.format])).toEqual([
      ['MSDocument_COMPLIANCE_CHECKLIST.docx', 'docx'],
      ['MSDocument_COMPLIANCE_CHECKLIST_FR.docx', 'docx'],
    ]);
    const pairs = inputs[0].pairs;
    // Read alone, the English checklist was 91 orphans (missing translations) and 82 neutral lines.
    expect(pairs.filter((p) => p.method === 'parallel').length).toBeGreaterThan(150);
    expect(pairs.filter((p) => p.method === 'orphan').length).toBeLessThan(5);
  });
});
