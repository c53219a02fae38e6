import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/formats/index.js';
import { readParallelInputs } from '../../src/align/parallel-inputs.js';
import { runChecks } from '../../src/checks/run.js';
import { describeFixtures } from './fixture-loader.js';
import { anchorsOf } from '../../src/checks/util/misaligned-units.js';

describeFixtures('missing-translation', 'test/fixtures/checks/missing-translation.yaml');

/**
 * The missing-translation findings of files written to a fresh folder (`files`: name → text),
 * reading the ones named in `read` (all of them by default).
 */
async function missingIn(prefix: string, files: Record<string, string>, read = Object.keys(files)) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return (await runChecks(await readInputs(read.map((name) => join(dir, name)), { cwd: dir }), {})).filter((f) => f.rule === 'missing-translation');
}

describe('missing-translation in keyed files', () => {
  it('names the key of a string left out of the French file', async () => {
    const findings = await missingIn('bitext-missing-key-', {
      'en.json': JSON.stringify({ payments: { title: 'Your payments', directDeposit: 'Sign up for direct deposit' } }, null, 2),
      'fr.json': JSON.stringify({ payments: { title: 'Vos paiements' } }, null, 2),
    });
    expect(findings.map((f) => f.message)).toEqual(['No French translation for key payments.directDeposit: expected a French counterpart, found none']);
  });

  it('reports a key left empty in the French file there, on its own, and a key left out at the English', async () => {
    const en = { results: { note: 'This is an estimate only.', retroactive: 'You can apply for up to 11 months back.', done: 'Done' } };
    const findings = await missingIn(
      'bitext-empty-key-',
      { 'strings.json': JSON.stringify(en, null, 2), 'strings.fr.json': '{\n  "results": {\n    "note": "",\n    "done": "Terminé"\n  }\n}\n' },
      ['strings.json'],
    );
    expect(findings.map((f) => [f.file.replace(/.*[\\/]/, ''), f.line, f.column, f.side, f.message])).toEqual([
      ['strings.fr.json', 3, 13, 'fr', 'No French translation for key results.note: expected a French counterpart, found an empty value'],
      ['strings.json', 4, 21, 'en', 'No French translation for key results.retroactive: expected a French counterpart, found none'],
    ]);
    expect(findings[0].en?.text).toBe('This is an estimate only.');
    expect(findings[0].fr).toMatchObject({ line: 3, column: 13, text: '' });
  });

  // Blind rounds 74, 85, 75, 81, 99: every writer placed an empty msgstr at the msgstr, where the
  // translation goes.
  it('reports an empty msgstr of a PO catalog at the msgstr', async () => {
    const po = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: fr\\n"', '', 'msgid "Polls close at 8:00 p.m."', 'msgstr "Les bureaux de vote ferment à 20 h."', '', 'msgid "The help line stays open until voting closes."', 'msgstr ""', ''];
    const findings = await missingIn('bitext-empty-msgstr-', { 'fr.po': po.join('\n') });
    expect(findings.map((f) => [f.line, f.column, f.side, f.message])).toEqual([[10, 9, 'fr', 'No French translation for this English text: expected a French counterpart, found an empty value']]);
    expect(findings[0].en).toMatchObject({ line: 9, text: 'The help line stays open until voting closes.' });
  });
});

// Blind rounds 102 and 106, and rounds 83, 88, 92 before them: every writer placed an empty
// XLIFF <target> or TMX <seg> at the empty element, where the translation goes.
describe('missing-translation of an empty target in interchange files', () => {
  it('reports an empty XLIFF <target> at the target', async () => {
    const xlf = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
      '  <file original="app" source-language="en-CA" target-language="fr-CA" datatype="plaintext">',
      '    <body>',
      '      <trans-unit id="s1">',
      '        <source>Sessions are free.</source>',
      '        <target state="translated">Les séances sont gratuites.</target>',
      '      </trans-unit>',
      '      <trans-unit id="s2">',
      '        <source>Interpretation will be available at the Thunder Bay session.</source>',
      '        <target state="needs-translation"></target>',
      '      </trans-unit>',
      '    </body>',
      '  </file>',
      '</xliff>',
    ];
    const findings = await missingIn('bitext-empty-target-', { 'app.xlf': xlf.join('\n') + '\n' });
    expect(findings.map((f) => [f.line, f.column, f.side, f.message])).toEqual([[11, 43, 'fr', 'No French translation for key s2: expected a French counterpart, found an empty value']]);
    expect(findings[0].en).toMatchObject({ line: 10 });
  });

  it('reports an empty TMX <seg> at the seg', async () => {
    const tmx = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en-CA" datatype="plaintext"/>',
      '<body>',
      '<tu tuid="1">',
      '<tuv xml:lang="en-CA"><seg>Elders and youth are especially encouraged to attend.</seg></tuv>',
      '<tuv xml:lang="fr-CA"><seg></seg></tuv>',
      '</tu>',
      '</body>',
      '</tmx>',
    ];
    const findings = await missingIn('bitext-empty-seg-', { 'memory.tmx': tmx.join('\n') + '\n' });
    expect(findings.map((f) => [f.line, f.column, f.side, f.message])).toEqual([[6, 28, 'fr', 'No French translation for key 1: expected a French counterpart, found an empty value']]);
  });
});

describe('missing-translation in parallel documents', () => {
  // A real page pair (cds-website-md-pairs, MIT): two French paragraphs end with a sentence split
  // off the English paragraph's last one (`…, resulting in a more inclusive design` / `On aboutit
  // donc à des images plus inclusives.`). The aligner keeps them apart; the paragraphs' lengths
  // say nothing is missing.
  it('does not report French sentences split off an English sentence of the same paragraph', async () => {
    const dir = '../shared/corpus/cds-website-md-pairs/pairs';
    const inputs = await readParallelInputs([`${dir}/blog-illustrating-covid-alert.en.md`, `${dir}/blog-illustrating-covid-alert.fr.md`], {});
    const orphans = inputs.flatMap((i) => i.pairs).filter((p) => p.method === 'orphan' && p.fr && /points? central|images plus inclusives/.test(p.fr.text));
    expect(orphans.length).toBeGreaterThan(0);
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.filter((f) => /point central|images plus inclusives/.test(f.fr?.text ?? ''))).toEqual([]);
  });

  // A real README (gc-bilingual-readmes-md, MIT), English half then French half: the French
  // paragraph spells out two acronyms, which lengthens it by about as much as the sentence it leaves out.
  it('still reports a sentence left out of a paragraph lengthened by spelled-out acronyms', async () => {
    const inputs = await readInputs(['../shared/corpus/gc-bilingual-readmes-md/vac-benefits-directory.README.md'], {});
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.map((f) => f.en?.text)).toContain('It is undergoing development and is not yet publicly released for use.');
  });
});

describe('missing-translation: a sentence split off its neighbour in the translation', () => {
  // A real page pair (cds-website-md-pairs, MIT): `…our team travelled across Canada to learn from
  // the technology community, …, students, and entrepreneurs about their perspectives on digital
  // government.` is two French sentences, the second `Nous voulions connaître leur opinion au sujet
  // du gouvernement numérique.`. The paragraph writes `numérique` and `gouvernement` elsewhere too,
  // so its lengths and cognates say nothing; the pair beside the orphan leaves `digital government`
  // over, which the orphan translates (`gouvernements` in the list, `gouvernement` here).
  it('does not report the French half of a split sentence', async () => {
    const dir = '../shared/corpus/cds-website-md-pairs/pairs';
    const inputs = await readParallelInputs([`${dir}/think-big-start-small.en.md`, `${dir}/think-big-start-small.fr.md`], {});
    expect(inputs.flatMap((i) => i.pairs).some((p) => p.method === 'orphan' && p.fr?.text.startsWith('Nous voulions connaître'))).toBe(true);
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.filter((f) => f.fr?.text.startsWith('Nous voulions connaître'))).toEqual([]);
  });

  // The same page set: `…you could just tell it was a room full of passionate people doing really
  // cool stuff.` ends a long English sentence; the French says it in a sentence of its own, three
  // of whose ten words (`pièce`, `passionnés`, `gens`) translate what the pair before leaves over.
  it('does not report a long French sentence split off, three of its words translating the rest', async () => {
    const dir = '../shared/corpus/cds-website-md-pairs/pairs';
    const inputs = await readParallelInputs([`${dir}/take-a-walk-on-the-private-side.en.md`, `${dir}/take-a-walk-on-the-private-side.fr.md`], {});
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.filter((f) => f.fr?.text.startsWith('On pouvait dire'))).toEqual([]);
  });

  // An ECCC changelog (eccc-msc-open-data-md): the French sentence joins `The configuration of the
  // physics was also upgraded.` to a clause the English never says (`…dont la résolution
  // horizontale est de 25km.`): a number of its own keeps it reported.
  it('still reports a French sentence with a number the English pair beside it lacks', async () => {
    const dir = '../shared/corpus/eccc-msc-open-data-md/docs/msc-data/nwp_reps';
    const inputs = await readParallelInputs([`${dir}/changelog_reps_en.md`, `${dir}/changelog_reps_fr.md`], {});
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.some((f) => f.fr?.text.includes('dont la résolution horizontale est de 25km'))).toBe(true);
  });
});

describe('missing-translation: passages the translation moved', () => {
  // A real page pair (cds-website-md-pairs, MIT): the French puts the paragraph on trust (`We
  // don't want our coworkers to think of security as a roadblock…`, two sentences; `Nous ne voulons
  // pas que nos collègues…`, three) after the list of takeaways instead of before it.
  it('pairs a paragraph the French moved after a list, and reports neither side', async () => {
    const dir = '../shared/corpus/cds-website-md-pairs/pairs';
    const inputs = await readParallelInputs([`${dir}/blog-security-snack-time.en.md`, `${dir}/blog-security-snack-time.fr.md`], {});
    const pair = inputs.flatMap((i) => i.pairs).find((p) => p.en?.text.startsWith("We don't want our coworkers"));
    expect(pair?.fr?.text).toMatch(/^Nous ne voulons pas que nos collègues/);
    expect(pair?.fr?.place.line).toBe(69);
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.filter((f) => f.en?.line === 62 || f.fr?.line === 69)).toEqual([]);
  });

  // Blind round 94 (dd/release.*.md): the French moves the paragraph of 2025 figures after the
  // penalties and leaves out the paragraph on drones under 250 grams; in order alone, the search
  // pairs the paragraphs after the move with the wrong ones, weakly. The moved paragraph takes its
  // French back from a weak pair, and the penalties then find theirs.
  it('takes the French of a moved paragraph back from a weak pair, and leaves the paragraph left out alone', async () => {
    const dir = 'test/fixtures/checks/planted/blind/dd';
    const inputs = await readParallelInputs([`${dir}/release.en.md`, `${dir}/release.fr.md`], {});
    const at = (line: number): string[] => inputs.flatMap((i) => i.pairs).filter((p) => p.en?.place.line === line).map((p) => `${p.method} ${p.fr?.place.line ?? '-'}`);
    expect(at(15)).toEqual(['parallel 23']);
    expect(at(23)).toEqual(['orphan -', 'orphan -']);
    expect(at(25)).toEqual(['parallel 21']);
  });

  // Blind round 93 (dc/notice_*.txt): the French moves the Accessibility section up. Its heading
  // was paired in order with the next French heading (`Cartes d'entrée`); once the section is
  // paired where it went, that heading pairs with its own (`Park passes`).
  it('pairs the heading a moved section freed with its own', async () => {
    const dir = 'test/fixtures/checks/planted/blind/dc';
    const inputs = await readParallelInputs([`${dir}/notice_e.txt`, `${dir}/notice_f.txt`], {});
    const pairs = inputs.flatMap((i) => i.pairs);
    expect(pairs.filter((p) => p.en?.text === 'Accessibility' || p.en?.text === 'Park passes').map((p) => `${p.en?.text} | ${p.fr?.text}`)).toEqual(['Accessibility | Accessibilité', "Park passes | Cartes d'entrée"]);
  });

  // Blind round 97 (dh/notice_*.txt): the French moves the section on information sessions up and
  // leaves one of its sentences in English; the heading the move leaves behind (`Canada child
  // benefit (CCB)`, numbered 3 in English and 4 in French) pairs with its own once the section
  // is paired, and the copy pairs with its English for `untranslated`.
  it('pairs a sentence left in English in a moved section, and the heading the move leaves behind', async () => {
    const dir = 'test/fixtures/checks/planted/blind/dh';
    const inputs = await readParallelInputs([`${dir}/notice_e.txt`, `${dir}/notice_f.txt`], {});
    const at = (line: number): string[] => inputs.flatMap((i) => i.pairs).filter((p) => p.en?.place.line === line).map((p) => `${p.method} ${p.fr?.place.line ?? '-'}`);
    expect(at(22)).toEqual(['parallel 30']);
    expect(at(56)).toEqual(['parallel 28']);
    const findings = await runChecks(inputs, { rules: { untranslated: {} } });
    expect(findings.some((f) => f.rule === 'untranslated' && f.fr?.line === 28)).toBe(true);
  });

  // Blind rounds 99 and 100: the heading over a moved paragraph moves with it, renumbered
  // (dj/results.*.md: `## 5. Voter turnout`, `## 2. Participation électorale`), or paired by its
  // place with the next French heading (dk/warning_*.txt: `Cooling centres` with `Pour en savoir
  // plus`, whose own English, `For more information`, is then paired with it).
  it('moves the heading over a moved paragraph with it', async () => {
    const dir = 'test/fixtures/checks/planted/blind';
    const results = await readParallelInputs([`${dir}/dj/results.en.md`, `${dir}/dj/results.fr.md`], {});
    expect(results.flatMap((i) => i.pairs).filter((p) => p.en?.place.line === 41).map((p) => p.fr?.text)).toEqual(['Participation électorale']);
    const warning = await readParallelInputs([`${dir}/dk/warning_e.txt`, `${dir}/dk/warning_f.txt`], {});
    const heads = warning.flatMap((i) => i.pairs).filter((p) => p.en?.text === 'Cooling centres' || p.en?.text === 'For more information');
    expect(heads.map((p) => `${p.en?.text} | ${p.fr?.text}`)).toEqual(['Cooling centres | Centres de rafraîchissement', 'For more information | Pour en savoir plus']);
  });

  // An ECCC changelog (eccc-msc-open-data-md): a section of ten English sentences has no French;
  // its last, `A technical note for FireWork with more details on this change will be available
  // soon.`, is written under another change too, and the French has a note of its own there. The
  // repeated sentence says nothing of where it belongs: the section stays reported whole.
  it('does not pair a sentence the document repeats with a French sentence far away', async () => {
    const dir = '../shared/corpus/eccc-msc-open-data-md/docs/msc-data/nwp_raqdps-fw';
    const inputs = await readParallelInputs([`${dir}/changelog_raqdps-fw_en.md`, `${dir}/changelog_raqdps-fw_fr.md`], {});
    const note = inputs.flatMap((i) => i.pairs).filter((p) => p.en?.place.line === 137);
    expect(note.map((p) => p.method)).toEqual(['orphan']);
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.some((f) => f.en?.line === 124 && /10 English segments/.test(f.message))).toBe(true);
  });
});

describe('missing-translation: a list item with no French, joined to the item before it', () => {
  // Blind round 96 (dg/clinics.*.md:21): the French list leaves out `First Nations, Inuit or
  // Métis`; the aligner joins it to the item before, whose French shares no cognate with it but
  // translates it word for word by the shipped list (`worker` / `travailleur`).
  it('reports the item left out', async () => {
    const dir = 'test/fixtures/checks/planted/blind/dg';
    const inputs = await readParallelInputs([`${dir}/clinics.en.md`, `${dir}/clinics.fr.md`], {});
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.filter((f) => f.en?.line === 21).map((f) => f.en?.text)).toEqual(['First Nations, Inuit or Métis']);
  });
});

describe('missing-translation: a letter whose French puts the signer\'s title above the name', () => {
  // Blind round 61 (letter_e.txt, letter_f.txt): the aligner pairs `Yours sincerely,` with `La
  // sous-ministre,`, which stands where the English closing does, and leaves the French formula
  // and `Deputy Minister` alone. They are each other's translations, crossed.
  const dir = resolve('test/fixtures/checks/planted/blind/bw');
  it('reports neither the French closing formula nor the English title', async () => {
    const inputs = await readParallelInputs([join(dir, 'letter_e.txt'), join(dir, 'letter_f.txt')], {});
    expect(inputs.flatMap((i) => i.pairs).some((p) => p.en?.text === 'Yours sincerely,' && p.fr?.text === 'La sous-ministre,')).toBe(true);
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.filter((f) => /Deputy Minister|agréer/.test(`${f.en?.text ?? ''} ${f.fr?.text ?? ''}`))).toEqual([]);
    expect(findings.length).toBeGreaterThan(0);
  });
});

describe('missing-translation: sentences left out of paragraphs wrapped by their writer', () => {
  // A news release written for the planted set (blind/bp): paragraphs wrapped at about 95
  // characters, each English one over its French. The French leaves out a sentence of two of them;
  // the second (`Every farmer on Sumas Prairie remembers the water coming over the dike.`) has one
  // stem that a French word of the quote begins with by chance (`remembers`, `remercions`), which a
  // sentence of its length needs two of.
  it('reports both sentences, once each', async () => {
    const inputs = await readInputs(['test/fixtures/checks/planted/blind/bp/news_release.txt'], {});
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation' && f.en);
    expect(findings.map((f) => [f.line, f.en?.text.slice(0, 30)])).toEqual([
      [25, 'Work is scheduled to begin in '],
      [64, 'Every farmer on Sumas Prairie '],
    ]);
  });
});

describe('missing-translation: a sentence moved in the French paragraph', () => {
  // A real page pair (eccc-msc-open-data-md, MIT): the French of a file-name example says the same
  // things in another order (`Il débute le 25 août 2019 à 12Z` after the field's description); the
  // aligner leaves the English sentence alone, and the French paragraph beside it accounts for its
  // words: cognates, and words of the shipped lexicon taken by their stems.
  it('does not report it', async () => {
    const dir = '../shared/corpus/eccc-msc-open-data-md/docs/msc-data/nwp_hrdps';
    const inputs = await readInputs([`${dir}/readme_hrdps-datamart-alpha_en.md`, `${dir}/readme_hrdps-datamart-alpha_fr.md`], {});
    const findings = (await runChecks(inputs, {})).filter((f) => f.rule === 'missing-translation' && f.en);
    expect(findings.map((f) => f.en?.text)).toEqual(['This product contains raw numerical results of the system.']);
  });
});

describe('missing-translation: a sentence left out beside sentences translated in other words', () => {
  // Minutes written for the planted set (blind/bk): of an English paragraph's three sentences, the
  // French drops the second. The third (`Members asked that the data be broken down by region`)
  // shares no cognate with its French (`Ils demandent que les données soient ventilées`): the
  // shipped lexicon's `asked` / `demandé`, taken by their stems, shows it translated, and the one
  // sentence left is reported (two would say a free translation).
  it('reports the sentence with nothing in the French', async () => {
    const inputs = await readInputs(['test/fixtures/checks/planted/blind/bk/decisions.md'], {});
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation' && f.line === 31);
    expect(findings.map((f) => f.en?.text)).toEqual(['The Public Service Commission will share its data on second language evaluation results by September 30, 2026.']);
  });
});

describe('missing-translation: a sentence merged into its neighbour, shown by its cognates', () => {
  // A notice in halves written for the planted set (blind/t): the French merges "Detour signs will
  // be posted." into the sentence before it and is compact there (`de 8 h à midi` for `between
  // 8:00 a.m. and noon`), so the paragraphs' lengths lean slightly towards an omission. The
  // sentence's cognates (`détour`, `signalisation`) stand in the French paragraph and nowhere else
  // in the English one. The sentence left out of the next paragraph (`Replacement parts were
  // fabricated…`, lines 16–17) has no such trace and is still reported.
  it('reports the sentence left out, not the merged one', async () => {
    const inputs = await readInputs(['test/fixtures/checks/planted/blind/t/notice.txt'], {});
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation' && f.en);
    expect(findings.map((f) => [f.line, f.en?.text])).toEqual([[16, 'Replacement parts were fabricated at the Parks Canada workshop in Kingston over the past winter.']]);
  });
});

describe('missing-translation: the gloss of a sentence quoted in the other language', () => {
  // An English article on French usage quotes French examples, each with a remark in English, and
  // glosses them; the French article has the examples and no gloss. A French sentence copied into
  // the English version with no remark quotes nothing: the English line after it is still missing.
  const en = [
    '# Writing for everyone',
    '',
    'Here are a few examples of the options we weighed for our style guide this year:',
    '',
    '- La direction est responsable de l’évaluation du personnel. (Epicene writing)',
    '  - Management is responsible for evaluating the staff.',
    '',
    'Nous avons échangé avec les parties prenantes de tous les secteurs.',
    '',
    'Our guide will be published on the website in the spring of next year.',
    '',
  ].join('\n');
  const fr = [
    '# Écrire pour tout le monde',
    '',
    'Voici quelques exemples des options que nous avons examinées cette année pour notre guide :',
    '',
    '- La direction est responsable de l’évaluation du personnel. (Écriture épicène)',
    '',
    'Nous avons échangé avec les parties prenantes de tous les secteurs.',
    '',
  ].join('\n');

  it('does not report the gloss, and still reports the line after a mere copy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-gloss-'));
    writeFileSync(join(dir, 'guide.en.md'), en);
    writeFileSync(join(dir, 'guide.fr.md'), fr);
    const inputs = await readParallelInputs([join(dir, 'guide.en.md'), join(dir, 'guide.fr.md')], {});
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.map((f) => f.en?.text)).toEqual(['Our guide will be published on the website in the spring of next year.']);
  });
});

describe('missing-translation: a list item the French leaves out', () => {
  // Blind round 23 (notice.txt, English block over French block): the French list has three items
  // for four, and the aligner joins the dropped item (line 9) to the one before it, whose French is
  // wordier than its English and whose amount (another defect) anchors nothing. Each item is read
  // as a sentence of its own, and the one with nothing in the French is reported.
  it('reports the dropped item', async () => {
    const inputs = await readInputs(['test/fixtures/checks/planted/blind/ak/notice.txt'], {});
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.map((f) => [f.line, f.en?.text])).toEqual([[9, 'extend the navigation season by two weeks in the fall;']]);
  });

  // Blind round 24 (guide.md, English half then French half): four items for three, the aligner
  // sure enough of its pair of the last two English items with the last French one (0.51). Items
  // joined on one side only are looked into whatever the aligner's confidence.
  it('reports an item dropped from a list the aligner joined with confidence', async () => {
    const inputs = await readInputs(['test/fixtures/checks/planted/blind/al/guide.md'], {});
    const findings = (await runChecks(inputs, { rules: { 'missing-translation': {} } })).filter((f) => f.rule === 'missing-translation');
    expect(findings.map((f) => [f.line, f.en?.text])).toEqual([[32, 'A quiet, private space to meet clients']]);
  });
});

describe('missing-translation: units whose French translates another unit (test/fixtures/misaligned)', () => {
  const dir = resolve('test/fixtures/misaligned');
  const misaligned = async (file: string) =>
    (await runChecks(await readInputs([join(dir, file)], { cwd: dir }), {})).filter((f) => f.rule === 'missing-translation');

  it('finds nothing in units aligned as the memory has them', async () => {
    expect(await misaligned('aligned.csv')).toEqual([]);
  });

  it('reports a French column that slipped by a row as one finding over the stretch, saying where the translations went', async () => {
    const findings = await misaligned('slipped.csv');
    expect(findings.map((f) => [f.line, f.endLine, f.message])).toEqual([
      // Line 5's French is line 6's translation, and its own went to the last line of the stretch.
      [5, 11, "No French translation for 7 English segments in their units (lines 5–11): the English of 6 of them is translated by the French of the unit before it: the French has slipped by one unit"],
    ]);
  });

  it('reports two units whose French was exchanged', async () => {
    const findings = await misaligned('swapped.csv');
    expect(findings.map((f) => [f.line, f.endLine, f.message])).toEqual([
      [6, 7, "No French translation for 2 English segments in their units (lines 6–7): each one's English is translated by the other's French: their French is exchanged"],
    ]);
  });

  it('reports a run of long units whose French shares nothing with their English, and not the aligned units before it', async () => {
    const findings = await misaligned('memory.tmx');
    expect(findings.map((f) => [f.line, f.endLine, f.message])).toEqual([
      [30, 74, "No French translation for 12 English segments in their units (lines 30–74): their French has none of their English's names, numbers or cognates: the units are misaligned"],
    ]);
  });

  it('reads numbers across the separators of both languages, and cognates without their accents', () => {
    const anchors = (text: string) => {
      const out = new Int32Array(64);
      return Array.from(out.subarray(0, anchorsOf(text, out)));
    };
    const numbers = (text: string) => anchors(text).filter((k) => k >= 1 << 24);
    expect(numbers('Funding of $4,250,000 for 2.5 years')).toHaveLength(2);
    expect(numbers('Funding of $4,250,000 for 2.5 years')).toEqual(numbers('Un financement de 4 250 000 $ pendant 2,5 ans'));
    expect(anchors('security')).toEqual(anchors('sécurité'));
    expect(anchors('Item 3 of the list')).toEqual([]);
  });
});
