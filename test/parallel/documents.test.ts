// Parallel documents: an English file and its French version, aligned sentence by sentence.
// Each fixture pair in test/fixtures/parallel/docs has its expected pairs beside it
// (`<name>.expected`: `EN line:col <-> FR line:col` per pair, `orphan en|fr line:col`). Every
// expected pair must be found, and nothing else.

import { describe, it, expect } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument } from '../../src/core/document.js';
import { alignDocuments } from '../../src/align/parallel.js';
import { documentUnits } from '../../src/align/parallel-blocks.js';
import type { Segment } from '../../src/core/types.js';

const dir = 'test/fixtures/parallel/docs';
const at = (s: Segment): string => `${s.place.line}:${s.place.column}`;

describe.each(readdirSync(dir).filter((f) => f.endsWith('.expected')))('%s', (name) => {
  const stem = name.replace(/\.expected$/, '');
  const ext = readdirSync(dir).find((f) => f.startsWith(`${stem}.en.`))!.slice(stem.length + 4);
  const markdown = ext === 'md';
  const expected = readFileSync(join(dir, name), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const en = readDocument(join(dir, `${stem}.en.${ext}`));
  const fr = readDocument(join(dir, `${stem}.fr.${ext}`));
  const pairs = alignDocuments({ doc: en, markdown }, { doc: fr, markdown });

  it('finds every expected pair and no other', () => {
    const found = pairs.filter((p) => p.en && p.fr).map((p) => `${at(p.en!)} <-> ${at(p.fr!)}`);
    expect(found).toEqual(expected.filter((l) => !l.startsWith('orphan')));
  });

  it('leaves exactly the expected orphans', () => {
    const orphans = pairs.filter((p) => p.method === 'orphan').map((p) => (p.en ? `orphan en ${at(p.en)}` : `orphan fr ${at(p.fr!)}`));
    expect(orphans).toEqual(expected.filter((l) => l.startsWith('orphan')));
  });

  it('points every segment at its own file, inside it, with its exact text', () => {
    for (const p of pairs) {
      for (const [seg, doc] of [
        [p.en, en],
        [p.fr, fr],
      ] as const) {
        if (!seg) continue;
        expect(seg.place.file).toBe(doc.file);
        expect(seg.place.line).toBeGreaterThanOrEqual(1);
        expect(seg.place.endLine).toBeLessThanOrEqual(doc.lineCount);
        // A one-line segment is the very text at its place (Markdown markup aside).
        if (seg.place.line === seg.place.endLine && !markdown) {
          expect(doc.line(seg.place.line).slice(seg.place.column - 1, seg.place.endColumn - 1)).toBe(seg.text);
        }
      }
    }
  });
});

describe('document units', () => {
  it('keeps the title of a table-of-contents entry, without its leaders and page number', () => {
    const units = documentUnits(readDocument(join(dir, 'guide.en.md')), { markdown: true, lang: 'en' });
    const toc = units.filter((u) => u.kind === 'toc').map((u) => u.text.text);
    expect(toc).toEqual(['Why plain language matters', 'Writing for the web', 'References']);
  });

  it('keeps a bibliography entry whole and splits prose into sentences', () => {
    const units = documentUnits(readDocument(join(dir, 'guide.en.md')), { markdown: true, lang: 'en' });
    expect(units.filter((u) => u.kind === 'ref').map((u) => u.text.text)).toEqual([
      'Redish, J. (2012) Letting Go of the Words: Writing Web Content that Works. Morgan Kaufmann, Waltham.',
      'Nielsen, J. (2006) F-Shaped Pattern for Reading Web Content. Nielsen Norman Group.',
    ]);
    expect(units.filter((u) => u.text.text.startsWith('People read') || u.text.text.startsWith('Most of them')).length).toBe(2);
  });
});

describe('HTML blocks inside a line', () => {
  const write = (name: string, text: string) => {
    const d = mkdtempSync(join(tmpdir(), 'bitext-html-'));
    writeFileSync(join(d, name), text);
    return readDocument(join(d, name));
  };
  const enList = ['Key points', '', '<ol>', '<li>The main takeaways for readers.</li>', '', '<li>Evidence to support them</li>', '', '<li>Who else should get credit</li>', '</ol>', ''].join('\n');
  const frList = ['Points clés', '', '<ol><li>Ce que vos lecteurs doivent retenir.</li><li>Les preuves qui les appuient</li><li>Les personnes à qui rendre hommage</li></ol>', ''].join('\n');

  it('cuts a list written on one line into its items', () => {
    const units = documentUnits(write('fr.md', frList), { markdown: true, lang: 'fr' });
    expect(units.map((u) => [u.text.text, u.blockStart, u.item])).toEqual([
      ['Points clés', true, false],
      ['Ce que vos lecteurs doivent retenir.', true, false],
      ['Les preuves qui les appuient', true, true],
      ['Les personnes à qui rendre hommage', true, true],
    ]);
  });

  it('pairs the items of a list written on one line with the items of a list written line by line', () => {
    const pairs = alignDocuments({ doc: write('en.md', enList), markdown: true }, { doc: write('fr.md', frList), markdown: true });
    expect(pairs.map((p) => [p.en?.text, p.fr?.text])).toEqual([
      ['Key points', 'Points clés'],
      ['The main takeaways for readers.', 'Ce que vos lecteurs doivent retenir.'],
      ['Evidence to support them', 'Les preuves qui les appuient'],
      ['Who else should get credit', 'Les personnes à qui rendre hommage'],
    ]);
  });

  it('parts a label from its paragraph at a line break, but not a title set on two lines nor a line going on after a slash', () => {
    const en = [
      '<p><a href="https://example.ca/3912"><strong>Epicene writing</strong></a> (French only)<br>According to the dictionary, the term designates words that have one form for either sex.</p>',
      '',
      '<h5>Wildfires /</br>Smoke</h5>',
      '',
      'Call us on weekdays /<br>evenings too.',
      '',
    ].join('\n');
    const units = documentUnits(write('en.md', en), { markdown: true, lang: 'en' });
    expect(units.map((u) => u.text.text)).toEqual([
      'Epicene writing (French only)',
      'According to the dictionary, the term designates words that have one form for either sex.',
      'Wildfires / Smoke',
      'Call us on weekdays / evenings too.',
    ]);
  });

  it('leaves inline markup alone', () => {
    const units = documentUnits(write('en.md', 'Read the <strong>whole</strong> guide <em>first</em>. Then apply.\n'), { markdown: true, lang: 'en' });
    expect(units.map((u) => u.text.text)).toEqual(['Read the whole guide first.', 'Then apply.']);
  });
});

describe('front matter', () => {
  const unitsOf = (text: string): string[] => {
    const path = join(mkdtempSync(join(tmpdir(), 'bitext-fm-')), 'page.fr.md');
    writeFileSync(path, text);
    return documentUnits(readDocument(path), { markdown: true, lang: 'fr' }).map((u) => u.text.text);
  };

  it('reads the escapes of a double-quoted value: \\_ is a no-break space, \\" a quote', () => {
    const units = unitsOf('---\ntitle: "Le guide «\\_simple\\_»"\ndescription: "Il a dit \\"oui\\"\\_: c\\u2019est fait."\n---\n\nTexte.\n');
    expect(units.slice(0, 2)).toEqual(['Le guide «\u00a0simple\u00a0»', 'Il a dit "oui"\u00a0: c\u2019est fait.']);
  });

  it('reads a summary set in bold as its text', () => {
    const units = unitsOf('---\ndescription: >-\n  **Le mois dernier, l’équipe a lancé\n  le service.**\n---\n\nTexte.\n');
    expect(units[0]).toBe('Le mois dernier, l’équipe a lancé le service.');
  });

  it("reads a doubled apostrophe of a single-quoted value as one, and leaves a plain value as written", () => {
    const units = unitsOf("---\ntitle: 'L''équipe du projet'\ndescription: Un texte \\_ tel quel.\n---\n\nTexte.\n");
    expect(units.slice(0, 2)).toEqual(["L'équipe du projet", 'Un texte \\_ tel quel.']);
  });

  it('reads HTML entities as their characters, as in the body: the site renders front matter as HTML', () => {
    const units = unitsOf("---\ntitle: Nos critères&nbsp;: 1)&nbsp;il répond\ndescription: \"L&rsquo;équipe &amp; ses &eacute;tapes\"\n---\n\nTexte.\n");
    expect(units.slice(0, 2)).toEqual(['Nos critères\u00a0: 1)\u00a0il répond', 'L’équipe & ses étapes']);
  });
});

describe('reordered references', () => {
  it('pairs the works of one author listed in another order as one pair, each side whole', () => {
    const en = readDocument(join(dir, 'report.en.txt'));
    const fr = readDocument(join(dir, 'report.fr.txt'));
    const pairs = alignDocuments({ doc: en }, { doc: fr });
    const lapointe = pairs.filter((p) => p.en?.text.startsWith('Lapointe') || p.fr?.text.startsWith('LAPOINTE'));
    expect(lapointe).toHaveLength(1);
    const [p] = lapointe;
    expect([p.en!.place.line, p.en!.place.endLine, p.fr!.place.line, p.fr!.place.endLine]).toEqual([26, 30, 26, 30]);
    expect(p.en!.text).toContain('(1996)');
    expect(p.fr!.text).toContain('(1990)');
    // The entries around it keep their own pairs.
    expect(pairs.filter((q) => q.en?.text.startsWith('Tessier')).map((q) => q.fr?.text.slice(0, 14))).toEqual(['TESSIER, A.-M.']);
  });
});

// Second review of the round of 2026-11-30: a short line of a parallel text that stops on a
// possessive goes on with the next line (`… at Queen's` / `University in Kingston…`), however short.
describe('a sentence wrapped after a possessive in a parallel text', () => {
  it('reads the two lines as one sentence', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bitext-possessive-'));
    writeFileSync(join(tmp, 'en.txt'), "Vaccination clinic\n\nThe fall clinic is held at Queen's\nUniversity in Kingston on Saturday.\n\nBring your health card.\n\nParking is free.\n");
    writeFileSync(join(tmp, 'fr.txt'), "Clinique de vaccination\n\nLa clinique d'automne a lieu à\nl'Université Queen's à Kingston samedi.\n\nApportez votre carte santé.\n\nLe stationnement est gratuit.\n");
    const pairs = alignDocuments({ doc: readDocument(join(tmp, 'en.txt')) }, { doc: readDocument(join(tmp, 'fr.txt')) });
    expect(pairs.find((p) => p.en?.place.line === 3)?.en?.text).toBe("The fall clinic is held at Queen's University in Kingston on Saturday.");
    expect(pairs.some((p) => p.method === 'orphan')).toBe(false);
  });
});

// Blind round 124 (ei/student_hiring_events.txt:59–60): in a hard-wrapped document, a venue line
// whose next line opens with a capital that would have fitted on it is a line of its own; a line
// whose next line opens with a number (`… commence le` / `1er juillet 2026.`) goes on into it.
describe('paragraphs of a hard-wrapped document', () => {
  it('ends a line whose next line opens with a capital that would have fitted on it', () => {
    const lines = [
      'Hamilton Public Library, Central Branch, 55 York Boulevard, Hamilton',
      'Employers in health care, manufacturing and municipal services are hiring.',
      '',
      'Applications for the 2026–27 academic year open on June 1, 2026. Students should apply',
      'at least eight weeks before their program begins. The portal will stop accepting new',
      'applications at 11:59 p.m. EDT on March 31, 2027. The office answers all questions by',
      'e-mail and by telephone from Monday to Friday during business hours, in both languages.',
      '',
      'La période de demande de prêts pour l’année scolaire 2026-2027 commence le',
      '1er juillet 2026. Nous invitons les étudiants à présenter leur demande au moins huit',
    ];
    const dir = mkdtempSync(join(tmpdir(), 'bitext-wrap-'));
    writeFileSync(join(dir, 'doc.txt'), lines.join('\n') + '\n');
    const units = documentUnits(readDocument(join(dir, 'doc.txt')), { lang: 'en' });
    expect(units.map((u) => u.text.text)).toContain('Employers in health care, manufacturing and municipal services are hiring.');
    expect(units.map((u) => u.text.text)).toContain('La période de demande de prêts pour l’année scolaire 2026-2027 commence le 1er juillet 2026.');
  });
});

