// `neutral:` patterns reach the aligner: with the atip preset, withheld-page notices and
// exemption marks prefixed by the Act are shared material, not English or French text.

import { describe, it, expect } from 'vitest';
import { readInputs } from '../../src/formats/index.js';
import { loadConfig } from '../../src/config/load.js';
import { neutralFinder } from '../../src/config/settings.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FILE = resolve('test/fixtures/config/atip/release.txt');

async function methodsByLine(extendsList: string[]): Promise<Record<number, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-neutral-'));
  writeFileSync(join(dir, 'bitext.config.yaml'), `extends: [${extendsList.join(', ')}]\n`);
  const cfg = loadConfig({ cwd: dir });
  const [input] = await readInputs([FILE], { neutral: neutralFinder(cfg) });
  const out: Record<number, string> = {};
  for (const p of input.pairs) for (const s of [p.en, p.fr]) if (s) out[s.place.line] ??= p.method;
  return out;
}

describe('neutral patterns', () => {
  it('make the atip notices and marks shared', async () => {
    const m = await methodsByLine(['fr-CA', 'atip']);
    expect(m[3]).toBe('shared');
    expect(m[5]).toBe('shared');
    expect(m[7]).toBe('shared');
    expect(m[9]).toBe('inline');
  });

  it('without the preset, the notices are English and French text', async () => {
    const m = await methodsByLine(['fr-CA']);
    expect(m[3]).not.toBe('shared');
    expect(m[5]).not.toBe('shared');
  });
});
