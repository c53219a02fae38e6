import { describe, it, expect } from 'vitest';
import { reporters } from '../../src/reporters/index.js';
import { bilingual, clean } from './fixtures.js';

const opts = { color: false, cwd: '/project' };

describe('json reporter (Contract 2)', () => {
  it('matches the snapshot', async () => {
    await expect(reporters.json(bilingual, opts)).toMatchFileSnapshot('__snapshots__/json-bilingual.json');
  });

  it('sums findings and keeps their order', () => {
    const doc = JSON.parse(reporters.json(bilingual, opts));
    expect(doc.version).toBe(1);
    expect(doc.summary).toEqual({ files: 4, pairs: 10, errors: 6, warnings: 5, infos: 1 });
    expect(doc.findings.map((f: { line: number }) => f.line)).toEqual(bilingual.findings!.map((f) => f.line));
    expect(JSON.parse(reporters.json(clean, opts)).findings).toEqual([]);
  });
});
