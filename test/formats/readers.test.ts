// PO, CSV/TSV, i18n JSON and paired XML readers: pairs, keys, places, and one-line errors.

import { describe, it, expect } from 'vitest';
import { readInputs, type InputFile } from '../../src/formats/index.js';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../../src/cli/io.js';
import type { Pair } from '../../src/core/types.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChecks } from '../../src/checks/run.js';

const F = 'test/fixtures/formats';
const rows = (pairs: Pair[]): Array<[string | undefined, string | null, string | null]> => pairs.map((p) => [p.meta?.key, p.en?.text ?? null, p.fr?.text ?? null]);

async function errorOf(file: string): Promise<{ code: number; err: string }> {
  const io = captureIo(process.cwd());
  const code = await runCli(['check', file, '--format', 'json'], io);
  return { code, err: io.err() };
}

describe('PO', () => {
  it('pairs msgid with msgstr, plural forms with msgid_plural, contexts apart', async () => {
    const [input] = await readInputs([`${F}/po/messages-fr.po`]);
    expect(input.format).toBe('po');
    expect(rows(input.pairs)).toEqual([
      ['Welcome, %(name)s!', 'Welcome, %(name)s!', 'Bienvenue, %(name)s!'],
      ['%(count)s result', '%(count)s result', '%(count)s résultat'],
      ['%(count)s result[1]', '%(count)s results', '%(count)s résultats'],
      ['Generate a key', 'Generate a key', 'Générer un code'],
      ['Not yet translated', 'Not yet translated', null],
      ['menu|Open', 'Open', 'Ouvrir'],
      ['status|Open', 'Open', 'Ouvert'],
      ['A long message\non two lines with a "quote".', 'A long message\non two lines with a "quote".', 'Un long message\nsur deux lignes avec un « guillemet ».'],
    ]);
  });

  it('keeps the fuzzy flag, comments and references; places point into the quoted strings', async () => {
    const [input] = await readInputs([`${F}/po/messages-fr.po`]);
    const [welcome, , , fuzzy] = input.pairs;
    expect(welcome.meta).toEqual({ key: 'Welcome, %(name)s!', notes: ['Shown on the home page'], state: 'translated', props: { reference: 'templates/home.html:3' } });
    expect(fuzzy.meta).toMatchObject({ fuzzy: true, state: 'fuzzy' });
    expect(welcome.en!.place).toEqual({ file: `${F}/po/messages-fr.po`, line: 11, column: 8, endLine: 11, endColumn: 26 });
    expect(welcome.fr!.place).toEqual({ file: `${F}/po/messages-fr.po`, line: 12, column: 9, endLine: 12, endColumn: 29 });
    // Through an escape and across lines: `«` of the second msgstr line.
    const long = input.pairs[7].fr!;
    const at = long.text.indexOf('«');
    expect(long.locate!(at, at + 1)).toEqual({ file: `${F}/po/messages-fr.po`, line: 46, column: 26, endLine: 46, endColumn: 27 });
  });

  it('pairs an English catalog with its French sibling by msgid, once, whichever is named', async () => {
    const expected = [
      ['Sign in', 'Sign in', 'Se connecter'],
      ['Welcome back', 'Welcome back, friend', 'Bon retour'],
      ['Only in English', 'Only in English', null],
      ['Only in French catalog', 'Only in French catalog', 'Seulement dans le catalogue français'],
    ];
    for (const files of [[`${F}/po/lingui/en.po`], [`${F}/po/lingui/fr.po`], [`${F}/po/lingui/en.po`, `${F}/po/lingui/fr.po`], [`${F}/po/lingui/fr.po`, `${F}/po/lingui/en.po`]]) {
      const inputs = await readInputs(files);
      expect(rows(inputs.flatMap((i) => i.pairs))).toEqual(expected);
    }
    const [input] = await readInputs([`${F}/po/lingui/en.po`]);
    expect(input.pairs[1].en!.place.file).toBe(`${F}/po/lingui/en.po`);
    expect(input.pairs[1].fr!.place.file).toBe(`${F}/po/lingui/fr.po`);
  });

  it('reports malformed PO with its line', async () => {
    const r = await errorOf(`${F}/po/malformed.po`);
    expect(r.code).toBe(2);
    // The string left open on line 5 swallows the line end; the parser stops on line 6.
    expect(r.err).toMatch(/^bitext: test\/fixtures\/formats\/po\/malformed\.po:6:1: malformed PO: Invalid key name "Cass"/);
  });
});

describe('CSV and TSV', () => {
  it('reads source/target columns, the languages from the file name (fr.csv)', async () => {
    const [input] = await readInputs([`${F}/csv/fr.csv`]);
    expect(rows(input.pairs)).toEqual([
      ['row 2', 'Sign in', 'Se connecter'],
      ['row 3', 'Folders {} can see', 'Dossiers visibles par {}'],
      ['row 4', 'Say "hello"', 'Dites « bonjour »'],
      ['row 5', 'Two\nlines', 'Deux\nlignes'],
      ['row 8', 'Not translated', null],
      ['row 9', 'Français', 'English'],
    ]);
    const quoted = input.pairs[2].en!;
    expect(quoted.place).toEqual({ file: `${F}/csv/fr.csv`, line: 4, column: 2, endLine: 4, endColumn: 15 });
    // `"hello"` is written ""hello"": the h is at column 8.
    expect(quoted.locate!(5, 6)).toEqual({ file: `${F}/csv/fr.csv`, line: 4, column: 8, endLine: 4, endColumn: 9 });
  });

  // A table of events with several English/French column pairs: each pair of columns gives a pair
  // per row, keyed by the row and the columns' shared name, so that dates and times are checked too.
  it('pairs every English/French column pair of a row (title_en/title_fr, Date (English)/Date (français))', async () => {
    const [input] = await readInputs([`${F}/csv/events.csv`]);
    expect(rows(input.pairs)).toEqual([
      ['EV-101.title', 'Census help clinic', "Séance d'aide pour le recensement"],
      ['EV-101.date', 'Tuesday, April 28, 2026', 'le mardi 28 avril 2026'],
      ['EV-101.time', '10:00 a.m. – 12:00 p.m.', '10 h à midi'],
      ['EV-102.title', 'Complete your census online', null],
      ['EV-102.date', 'Thursday, April 30, 2026', 'le jeudi 30 avril 2026'],
      ['EV-102.time', '6:30 p.m. – 8:00 p.m.', '16 h 30 à 20 h'],
    ]);
    expect(input.pairs[0].meta?.props).toEqual({ location: 'Carlingwood Branch' });
    const io = captureIo(process.cwd());
    await runCli(['check', `${F}/csv/events.csv`, '--format', 'json', '--fail-on', 'never'], io);
    const findings = JSON.parse(io.out()).findings as Array<{ rule: string; line: number }>;
    expect(findings.filter((f) => f.rule === 'time-mismatch').map((f) => f.line)).toEqual([3]);
    expect(findings.filter((f) => f.rule === 'missing-translation').map((f) => f.line)).toEqual([3]);
  });

  it('reads a TSV glossary with a key column and notes', async () => {
    const [input] = await readInputs([`${F}/csv/glossary.tsv`]);
    expect(rows(input.pairs)).toEqual([
      ['1', 'Agenda', 'Ordre du jour'],
      ['2', 'Roundtable', 'Tour de table'],
    ]);
    expect(input.pairs[0].meta?.notes).toEqual(['meetings']);
  });

  it('finds the English and French columns of a table without a header', async () => {
    const [input] = await readInputs([`${F}/csv/noheader.csv`]);
    expect(rows(input.pairs).map((r) => [r[1], r[2]])).toEqual([
      ['The meeting is cancelled.', 'La réunion est annulée.'],
      ['Please bring your own lunch.', 'Veuillez apporter votre dîner.'],
      ['The room is on the second floor.', 'La salle est au deuxième étage.'],
    ]);
  });

  it('pairs two monolingual tables (table_e.csv + table_f.csv) cell by cell', async () => {
    const inputs = await readInputs([`${F}/csv/table_e.csv`, `${F}/csv/table_f.csv`]);
    const pairs = inputs.flatMap((i) => i.pairs);
    expect(pairs.map((p) => [p.method, p.en?.text ?? null, p.fr?.text ?? null])).toEqual([
      ['shared', 'Icon Code', 'Icon Code'],
      ['keyed', 'English Description', 'Description française'],
      ['keyed', 'Sunny', 'Ensoleillé'],
      ['keyed', 'Mainly sunny', 'Généralement ensoleillé'],
      ['shared', 'Cloudy', 'Cloudy'],
    ]);
  });

  it('reports malformed CSV with line and column', async () => {
    const r = await errorOf(`${F}/csv/malformed.csv`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^bitext: test\/fixtures\/formats\/csv\/malformed\.csv:3:1: malformed CSV: Invalid Closing Quote: got "x"/);
  });
});

describe('i18n JSON', () => {
  it('pairs en.json and fr.json by key path, once, plural forms included', async () => {
    const expected = [
      ['Home.Title', 'Welcome', 'Bienvenue'],
      ['Home.Body', 'Tap "Next" to continue.\nIt takes {minutes} minutes.', 'Touchez « Suivant » pour continuer.\nCela prend {minutes} minutes.'],
      ['Home.files_one', '{{count}} file', '{{count}} fichier'],
      ['Home.files_other', '{{count}} files', '{{count}} fichiers'],
      ['Steps[0]', 'Open the app', 'Ouvrez l’application'],
      ['Steps[1]', 'Scan the code', 'Balayez le code'],
      ['Back', 'Back', 'Back'],
      ['OnlyEnglish', 'Only here', null],
      ['Home.files_many', '{{count}} files', '{{count}} de fichiers'],
    ];
    for (const files of [[`${F}/json/app/en.json`, `${F}/json/app/fr.json`], [`${F}/json/app/fr.json`]]) {
      const inputs = await readInputs(files);
      expect(rows(inputs.flatMap((i) => i.pairs))).toEqual(expected);
    }
  });

  it('pairs a source file with its translation named after it (messages.json and messages.fr.json)', async () => {
    const expected = [
      ['results.monthly', 'You could receive {amount} a month.', 'Vous pourriez recevoir {amount} par mois.'],
      ['results.note', 'Amounts are estimates.', null],
      ['back', 'Back', 'Retour'],
    ];
    for (const files of [[`${F}/json/source/messages.json`, `${F}/json/source/messages.fr.json`], [`${F}/json/source/messages.json`], [`${F}/json/source/messages.fr.json`]]) {
      const inputs = await readInputs(files);
      expect(rows(inputs.flatMap((i) => i.pairs))).toEqual(expected);
    }
  });

  it('maps characters through JSON escapes', async () => {
    const [input] = await readInputs([`${F}/json/app/fr.json`]);
    const steps = input.pairs.find((p) => p.meta?.key === 'Steps[0]')!.fr!;
    // `l\u2019application`: the a after the six-character escape is at column 28.
    expect(steps.locate!(9, 10)).toEqual({ file: `${F}/json/app/fr.json`, line: 9, column: 28, endLine: 9, endColumn: 29 });
    const body = input.pairs.find((p) => p.meta?.key === 'Home.Body')!.fr!;
    expect(body.place).toEqual({ file: `${F}/json/app/fr.json`, line: 4, column: 14, endLine: 4, endColumn: 80 });
  });

  it('reads EN and FR fields side by side in one file', async () => {
    const [input] = await readInputs([`${F}/json/records.json`]);
    expect(rows(input.pairs)).toEqual([
      ['benefits[0].name', 'Disability benefits ', "Prestations d'invalidité"],
      ['benefits[0].url', 'https://example.gc.ca/en/d', 'https://example.gc.ca/fr/d'],
      ['benefits[1].display_text', 'Are you looking for:', 'Êtes-vous à la recherche :'],
      ['labels.title', 'Find benefits', 'Trouver des avantages'],
    ]);
    expect(input.pairs[0].meta?.props).toEqual({ id: 'b1' });
  });

  it('makes a record field given in one language only (null or absent) a pair with one side', async () => {
    const [input] = await readInputs([`${F}/json/one-sided.json`]);
    expect(rows(input.pairs)).toEqual([
      ['links[0].label', 'Apply online', 'Présenter une demande en ligne'],
      ['links[1].label', 'Check your status', null],
      ['links[2].label', 'Contact us', null],
    ]);
  });

  it('reports malformed JSON with line and column', async () => {
    const r = await errorOf(`${F}/json/malformed.json`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^bitext: test\/fixtures\/formats\/json\/malformed\.json:4:3: malformed JSON: /);
  });

  it('says what is missing when a JSON file has no pairs', async () => {
    const r = await errorOf('package.json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^bitext: package\.json: has no English\/French pairs/);
  });
});

describe('XML pairs of the same structure', () => {
  it('pairs weather_e.xml and weather_f.xml element by element (ISO-8859-1)', async () => {
    const inputs: InputFile[] = await readInputs([`${F}/xml/weather_f.xml`]);
    const pairs = inputs[0].pairs;
    expect(pairs.map((p) => [p.method, p.en?.text ?? null, p.fr?.text ?? null])).toEqual([
      ['keyed', 'Saturday January 20, 2018 at 09:03 EST', '20 janvier 2018 09h03 HNE'],
      ['keyed', 'Ottawa (Kanata - Orleans)', 'Ottawa (Kanata - Orléans)'],
      ['keyed', 'City of Ottawa', "Ville d'Ottawa"],
      ['keyed', 'Saturday', 'samedi'],
      ['keyed', 'Sunny. High plus 4.', 'Ensoleillé. Maximum plus 4.'],
    ]);
    expect(pairs[0].meta?.key).toBe('/siteData[1]/dateTime[1]/textSummary[1]');
    expect(pairs[0].fr!.place).toEqual({ file: `${F}/xml/weather_e.xml`.replace('_e', '_f'), line: 3, column: 36, endLine: 3, endColumn: 61 });
  });

  // Blind round 26 (weather_f.xml:38): an English sentence copied as it is into the French file is
  // a translation left undone; a name written alike (`Ottawa`, `Cloudy` as a code's label) stays shared.
  it('pairs an English sentence copied into the French file for untranslated to see, not a name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-xml-copy-'));
    const doc = (advice: string, city: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<bulletin>\n  <city>${city}</city>\n  <advice>${advice}</advice>\n</bulletin>\n`;
    writeFileSync(join(dir, 'alert_e.xml'), doc('High winds may also cause power outages.', 'Ottawa'));
    writeFileSync(join(dir, 'alert_f.xml'), doc('High winds may also cause power outages.', 'Ottawa'));
    const inputs = await readInputs([join(dir, 'alert_e.xml')]);
    expect(inputs.flatMap((i) => i.pairs).map((p) => [p.method, p.en?.text])).toEqual([
      ['shared', 'Ottawa'],
      ['keyed', 'High winds may also cause power outages.'],
    ]);
    const findings = (await runChecks(inputs, {})).filter((f) => f.rule === 'untranslated');
    expect(findings.map((f) => [f.line, f.message])).toEqual([[4, 'FR is a copy of EN: expected a French translation, found the English text']]);
  });

  it('reads an XLIFF saved as .xml as XLIFF', async () => {
    const io = captureIo(process.cwd());
    expect(await runCli(['align', `${F}/inline-20.xlf`, '--format', 'jsonl'], io)).toBe(0);
    expect(io.out().split('\n').filter(Boolean)).toHaveLength(3);
  });
});
