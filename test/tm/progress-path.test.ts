// The progress line (terminal only) and where the memory is.

import { describe, it, expect } from 'vitest';
import { join, resolve } from 'node:path';
import { progressLine, startProgress } from '../../src/tm/progress.js';
import { resolveTmPath } from '../../src/tm/path.js';
import { captureIo } from '../../src/cli/io.js';

describe('progress', () => {
  it('shows units done, rate and time left', () => {
    expect(progressLine('importing', 'units', 120_000, 1_000_000, 3)).toBe('importing: 120,000 / 1,000,000 units · 40,000/s · 0:22 left');
    expect(progressLine('importing', 'units', 500, undefined, 0.2)).toBe('importing: 500 units');
  });

  it('writes nothing when stderr is not a terminal, and clears its line when it is', async () => {
    const quiet = captureIo();
    const p = startProgress(quiet, 'importing');
    p.update(10, 100);
    p.end();
    expect(quiet.err()).toBe('');
    const tty = { ...captureIo(), stderrIsTTY: true };
    let err = '';
    tty.stderr = (t: string) => void (err += t);
    const q = startProgress(tty, 'importing');
    await new Promise((r) => setTimeout(r, 120));
    q.update(10, 100);
    q.end();
    expect(err).toMatch(/^\r\u001b\[Kimporting: 10 \/ 100 units.*\r\u001b\[K$/);
  });
});

describe('resolveTmPath', () => {
  const cwd = resolve('/work/project');
  it('takes --tm, then BITEXT_TM, then tm.path of the configuration, then tm/bitext.sqlite', () => {
    expect(resolveTmPath({ flag: 'team.sqlite', cwd, env: { BITEXT_TM: '/x.sqlite' } })).toBe(join(cwd, 'team.sqlite'));
    expect(resolveTmPath({ cwd, env: { BITEXT_TM: 'shared/tm.sqlite' }, configTmPath: 'other.sqlite' })).toBe(join(cwd, 'shared/tm.sqlite'));
    expect(resolveTmPath({ cwd, configPath: 'conf/bitext.config.yaml', configTmPath: 'memory/tm.sqlite' })).toBe(join(cwd, 'conf/memory/tm.sqlite'));
    expect(resolveTmPath({ cwd, configPath: 'conf/bitext.config.yaml' })).toBe(join(cwd, 'conf/tm/bitext.sqlite'));
    expect(resolveTmPath({ cwd })).toBe(join(cwd, 'tm/bitext.sqlite'));
  });
});
