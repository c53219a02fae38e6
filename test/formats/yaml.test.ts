// YAML with both languages: inline en:/fr: records (CKAN schemas) and en.yml + fr.yml locale
// files, with the place of every string; bad YAML is one clear error.

import { describe, it, expect } from 'vitest';
import { readInputs } from '../../src/formats/index.js';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../../src/cli/io.js';

const DIR = 'test/fixtures/formats/yaml';

describe('YAML reader', () => {
  it('pairs en:/fr: values side by side, with their places', async () => {
    const [input] = await readInputs([`${DIR}/schema.yaml`]);
    expect(input.format).toBe('yaml');
    const got = input.pairs.map((p) => [p.en?.text, p.fr?.text, p.en?.place.line, p.en?.place.column, p.fr?.place.line, p.meta?.key]);
    expect(got).toEqual([
      ['Publication Type', 'Type de publication', 5, 9, 6, 'dataset_fields[0].label'],
      ['Reports Tabled in Parliament', 'Rapports déposés au Parlement', 9, 13, 10, 'dataset_fields[0].choices[0].label'],
      ['Question Period Notes', "Notes pour la période d'questions", 13, 14, 14, 'dataset_fields[0].choices[1].label'],
      ['How often the dataset is updated.', 'Fréquence de mise à jour du jeu de données.', 18, 9, 21, 'dataset_fields[1].help_text'],
      ['Frequency', 'Fréquence', 22, 13, 23, 'dataset_fields[1].title'],
    ]);
    // A one-line value maps character by character (findings point inside it); '' is one quote.
    const quoted = input.pairs[2].fr!;
    const at = quoted.text.indexOf("d'questions");
    expect(quoted.locate!(at, at + 2)).toMatchObject({ line: 14, column: 36, endColumn: 38 });
  });

  it('makes a record field given in one language only a pair with its other side missing', async () => {
    const [input] = await readInputs([`${DIR}/one-sided.yaml`]);
    expect(input.pairs.map((p) => [p.meta?.key, p.en?.text ?? null, p.fr?.text ?? null])).toEqual([
      ['notices[0].title', 'Scheduled maintenance', 'Maintenance planifiée'],
      ['notices[0].body', 'The service will be unavailable on Saturday night.', 'Le service sera indisponible samedi soir.'],
      ['notices[1].title', 'Banking information', 'Renseignements bancaires'],
      ['notices[1].body', 'Changes to your banking information are processed the next business day.', null],
      ['notices[2].title', null, 'Formulaires à jour'],
    ]);
    const io = captureIo();
    expect(await runCli(['check', `${DIR}/one-sided.yaml`, '--no-config', '--format', 'tsv'], io)).toBe(1);
    const rows = io.out().trim().split('\n').slice(1).map((r) => r.split('\t'));
    expect(rows.map((r) => [r[1], r[4], r[7]])).toEqual([
      ['16', 'missing-translation', 'No French translation for key notices[1].body: expected a French counterpart, found none'],
      ['20', 'missing-translation', 'No English translation for key notices[2].title: expected an English counterpart, found none'],
    ]);
  });

  it('pairs locale files by key path, without their language root key', async () => {
    const [input] = await readInputs([`${DIR}/locales/en.yml`]);
    expect(input.pairs.map((p) => [p.meta?.key, p.en?.text, p.fr?.text])).toEqual([
      ['nav.home', 'Home', 'Accueil'],
      ['nav.search', 'Search', 'Rechercher'],
      ['meeting.time', 'Meeting at 1:30 p.m.', 'Réunion à 14 h 30'],
    ]);
  });

  // Blind rounds 146 and 152 (fe/en.yaml:27, fk/en.yaml:34): an item left out of the French list;
  // a number under the same key in both files is compared too.
  it('pairs the items of lists of another length by what they say, the item left out alone, and numbers', async () => {
    const [input] = await readInputs([`${DIR}/lists/en.yml`]);
    expect(input.pairs.map((p) => [p.meta?.key, p.en?.text ?? null, p.fr?.text ?? null])).toEqual([
      ['recall.units_sold', '2633', '2363'],
      ['recall.title', 'Recall of portable heaters', "Rappel d'appareils de chauffage portatifs"],
      ['recall.actions[0]', 'Stop using the heater immediately.', "Cessez immédiatement d'utiliser l'appareil."],
      ['recall.actions[1]', 'Unplug it and let it cool down.', 'Débranchez-le et laissez-le refroidir.'],
      ['recall.actions[2]', 'Do not return the heater to the store.', null],
      ['recall.actions[3]', 'Contact the company for a full refund.', "Communiquez avec l'entreprise pour obtenir un remboursement complet."],
    ]);
  });

  it('checks the pairs: a time that differs is found in the French file', async () => {
    const io = captureIo();
    const code = await runCli(['check', `${DIR}/locales/fr.yml`, '--no-config', '--format', 'tsv'], io);
    expect(code).toBe(1);
    const rows = io.out().trim().split('\n').slice(1).map((r) => r.split('\t'));
    expect(rows.map((r) => [r[1], r[4]])).toEqual([['6', 'time-mismatch']]);
  });

  it('reports malformed YAML on one line with its place, exit 2', async () => {
    const io = captureIo();
    const code = await runCli(['check', `${DIR}/broken.yaml`, '--no-config'], io);
    expect(code).toBe(2);
    expect(io.err()).toMatch(/^bitext: test\/fixtures\/formats\/yaml\/broken\.yaml:\d+:\d+: malformed YAML: .+\n$/);
  });

  it('refuses a file with no English/French pairs, naming what it expects', async () => {
    const io = captureIo();
    expect(await runCli(['check', `${DIR}/english-only.yaml`, '--no-config'], io)).toBe(2);
    expect(io.err()).toContain('has no English/French pairs');
  });
});
