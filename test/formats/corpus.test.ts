// Every XLIFF, TMX, PO, CSV, JSON and DOCX file of the shared corpus is read and checked without
// a crash, and the real defects the corpus is known for are found.

import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../../src/cli/io.js';

const CORPUS = '../shared/corpus';
const INTERCHANGE = /\.(xliff|xlf|tmx|po|csv|tsv|json|docx)$/i;

function corpusFiles(): string[] {
  if (!existsSync(CORPUS)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (INTERCHANGE.test(f)) out.push(p);
    }
  };
  walk(CORPUS);
  // One station of the ECCC weather XML pairs: XML of the same structure, paired element by element.
  out.push(join(CORPUS, 'eccc-citypage-weather-xml/xml/s0000430_e.xml'));
  return out;
}

interface Report {
  pairs: Array<{ id: string; en: { text: string } | null; fr: { text: string } | null; meta?: { key?: string } }>;
  findings: Array<{ rule: string; severity: string; message: string; pair?: string; line: number; fr?: { text: string } }>;
}

async function check(file: string): Promise<{ code: number; report: Report; err: string }> {
  const io = captureIo(process.cwd());
  const code = await runCli(['check', file, '--format', 'json', '--fail-on', 'never', '--no-config'], io);
  return { code, report: code === 0 ? (JSON.parse(io.out()) as Report) : ({ pairs: [], findings: [] } as Report), err: io.err() };
}

describe.skipIf(!existsSync(CORPUS))('shared corpus', () => {
  for (const file of corpusFiles()) {
    it(`reads and checks ${file.slice(CORPUS.length + 1)}`, async () => {
      const r = await check(file);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.report.pairs.length).toBeGreaterThan(0);
    });
  }

  it('finds the strings covid-alert-app-json/fr.json leaves in English', async () => {
    const { report } = await check(join(CORPUS, 'covid-alert-app-json/fr.json'));
    for (const text of ['Back', 'Next', 'Done', 'Diagnosed with COVID-19?']) {
      const pair = report.pairs.find((p) => p.en?.text === text && p.fr?.text === text);
      expect(pair, text).toBeDefined();
      const rules = report.findings.filter((f) => f.pair === pair!.id).map((f) => f.rule);
      expect(rules, text).toContain('untranslated');
    }
  });

  it('finds the {} the French adds in gc-notify-admin-csv/fr.csv', async () => {
    const { report } = await check(join(CORPUS, 'gc-notify-admin-csv/fr.csv'));
    const added = report.findings.filter((f) => f.rule === 'placeholders' && f.severity === 'error');
    expect(added.map((f) => [f.line, f.message, f.fr?.text])).toEqual([[2003, 'FR adds placeholder {}: EN has none', '{}']]);
  });
});
