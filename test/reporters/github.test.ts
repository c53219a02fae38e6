import { describe, it, expect } from 'vitest';
import { formatGithub, escapeData, escapeProperty } from '../../src/reporters/github.js';
import { bilingual, clean } from './fixtures.js';

const opts = { color: false, cwd: '/project' };

/** Reads a workflow command back the way the runner does: properties split on `,` and `=`, then unescaped. */
function read(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const un = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const kv of m[2].split(',')) {
    const i = kv.indexOf('=');
    props[kv.slice(0, i)] = un(kv.slice(i + 1));
  }
  return { command: m[1], props, message: un(m[3]) };
}

describe('github reporter', () => {
  it('matches the snapshot', async () => {
    await expect(formatGithub(bilingual, opts)).toMatchFileSnapshot('__snapshots__/github-bilingual.txt');
  });

  it('writes one annotation per finding, each on one line, then a summary', () => {
    const lines = formatGithub(bilingual, opts).trimEnd().split('\n');
    expect(lines).toHaveLength(bilingual.findings!.length + 1);
    expect(lines.at(-1)).toBe('bitext: 12 problems (6 errors, 5 warnings, 1 info)');
    const commands = lines.slice(0, -1).map(read);
    expect(commands.map((c) => c.command)).toEqual(bilingual.findings!.map((f) => ({ error: 'error', warning: 'warning', info: 'notice' })[f.severity]));
    commands.forEach((c, i) => {
      const f = bilingual.findings![i];
      expect(c.props.title).toBe(f.rule);
      expect(Number(c.props.line)).toBe(f.line);
      expect(Number(c.props.endLine)).toBe(f.endLine);
      // Columns only on one-line spans.
      expect(c.props.col === undefined).toBe(f.line !== f.endLine);
      expect(c.message.split('\n')[0]).toBe(f.message);
    });
  });

  it('escapes properties and data so that the runner reads them back whole', () => {
    const lines = formatGithub(bilingual, opts).split('\n');
    const terms = read(lines.find((l) => l.includes('title=terms/gc'))!);
    expect(terms.props.file).toBe('notes, 50% "draft".txt');
    expect(terms.message).toBe('Use "Secrétariat de l’AIPRP", not "ATIP Secretariat", in French\nFR: ATIP Secretariat\n→ Secrétariat de l’AIPRP');
    expect(escapeData('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('says so when the run is clean', () => {
    expect(formatGithub(clean, opts)).toBe('bitext: no problems in 2 files (2 pairs)\n');
  });
});
