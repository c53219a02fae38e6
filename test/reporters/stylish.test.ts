import { describe, it, expect } from 'vitest';
import { formatStylish, TEXT_WIDTH } from '../../src/reporters/stylish.js';
import { reporters } from '../../src/reporters/index.js';
import { displayWidth } from '../../src/reporters/width.js';
import { bilingual, clean, bare, pair, seg, finding, RULES } from './fixtures.js';
import { caretRun, columns, stripAnsi } from './helpers.js';
import type { RunResult } from '../../src/core/types.js';

const plain = { color: false, cwd: '/project' };
const coloured = { color: true, cwd: '/project' };

describe('stylish reporter', () => {
  it('is the default format and is registered', () => {
    expect(Object.keys(reporters)[0]).toBe('stylish');
    expect(reporters.stylish).toBe(formatStylish);
  });

  it('matches the snapshot of a bilingual run (no colour)', async () => {
    await expect(formatStylish(bilingual, plain)).toMatchFileSnapshot('__snapshots__/stylish-bilingual.txt');
  });

  it('matches the snapshot of a bilingual run (colour)', async () => {
    await expect(formatStylish(bilingual, coloured)).toMatchFileSnapshot('__snapshots__/stylish-bilingual.ansi.txt');
  });

  it('prints one summary line for a clean run', () => {
    // Expected: nothing but the success line, with files and pairs counted.
    expect(formatStylish(clean, plain)).toBe('✔ no problems in 2 files (2 pairs)\n');
    expect(formatStylish({ ...clean, files: ['a.txt'], pairs: clean.pairs.slice(0, 1) }, plain)).toBe('✔ no problems in 1 file (1 pair)\n');
  });

  it('shows a finding whose pair is unknown with the text it quotes', async () => {
    await expect(formatStylish(bare, plain)).toMatchFileSnapshot('__snapshots__/stylish-bare.txt');
  });

  it('has colours only when asked, and the same text either way', () => {
    const on = formatStylish(bilingual, coloured);
    const off = formatStylish(bilingual, plain);
    expect(on).toMatch(/\u001b\[/);
    expect(off).not.toMatch(/\u001b\[/);
    expect(stripAnsi(on)).toBe(off);
  });

  it('sums the findings by severity', () => {
    const out = formatStylish(bilingual, plain);
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 12 problems (6 errors, 5 warnings, 1 info)');
  });

  it('groups by file, files in the order of the sorted findings, paths relative to cwd', () => {
    const out = formatStylish(bilingual, plain);
    const heads = out.split('\n').filter((l) => l !== '' && !l.startsWith(' ') && !/^[✖✔]/.test(l));
    expect(heads).toEqual(['agenda.txt', 'docs/en/guide.md', 'notes, 50% "draft".txt']);
    const abs = { ...bare, files: ['/project/xl/strings.xlf'], findings: bare.findings!.map((f) => ({ ...f, file: '/project/xl/strings.xlf' })) };
    expect(formatStylish(abs, plain).split('\n')[0]).toBe('xl/strings.xlf');
    expect(formatStylish(abs, { color: false, cwd: '/elsewhere' }).split('\n')[0]).toBe('../project/xl/strings.xlf');
  });

  it('puts every caret under the span it marks, with tabs, wide characters and combining accents before it', () => {
    const out = formatStylish(bilingual, plain).split('\n');
    let checked = 0;
    for (const f of bilingual.findings!) {
      const head = out.findIndex((l) => l.startsWith(`  ${f.line}:${f.column} `) && l.includes(f.message));
      expect(head, f.message).toBeGreaterThanOrEqual(0);
      for (const side of [f.en, f.fr]) {
        if (!side) continue;
        const lang = side === f.en ? 'EN' : 'FR';
        const textLine = out.findIndex((l, i) => i > head && l.trimStart().startsWith(`${lang} `));
        const caret = caretRun(out[textLine + 1]);
        if (f.rule === 'missing-translation') {
          // An orphan is not underlined: the other side says `— (no translation)`.
          expect(caret).toBeNull();
          continue;
        }
        expect(caret, `${f.rule} ${lang}`).not.toBeNull();
        const under = columns(out[textLine], caret!.start, caret!.width);
        // The text under the carets is the span, tabs shown as ⇥; the one insertion point (fr-typography) marks the colon after it.
        const want = side.text === '' ? ':' : side.text.replace(/\t/g, '⇥');
        expect(under, `${f.rule} ${lang}`).toBe(want);
        checked++;
      }
    }
    expect(checked).toBe(14);
  });

  it('counts two columns for CJK and emoji, one for a tab mark and none for a combining accent', () => {
    const out = formatStylish(bilingual, plain);
    // Room⇥5362:⇥meeting 会議室 at = 4+1+5+1+8+6+4 = 29 columns before "2:00 pm".
    expect(out).toContain(['    EN 30 │ Room⇥5362:⇥meeting 会議室 at 2:00 pm', '          │ ' + ' '.repeat(29) + '^^^^^^^'].join('\n'));
    // 🎉 Lancement à 10 h 00 = 2+1+9+1+1+1+2+1+1+1+2 = 22 columns before the trailing space.
    expect(out).toContain(['    FR 34 │ 🎉 Lancement à 10 h 00 ', '          │ ' + ' '.repeat(22) + '^'].join('\n'));
    // Café budget: = 12 columns (é written e + U+0301) and a space before "$2.5 million".
    expect(out).toContain(['    EN 36 │ Cafe\u0301 budget: $2.5 million', '          │ ' + ' '.repeat(13) + '^'.repeat(12)].join('\n'));
  });

  it('shows a side left as an empty entry with its place (a key with "" in the French file)', () => {
    const en = seg('/project/strings.json', 'en', [51, 14, 'This is an estimate only.']);
    const p = pair('p1', en, null, 'keyed');
    const f = { ...finding(p, { rule: 'missing-translation', severity: 'error', message: 'No French translation for key results.note: expected a French counterpart, found an empty value', en: 'whole' }) };
    Object.assign(f, { side: 'fr', file: '/project/strings.fr.json', line: 51, column: 13, endLine: 51, endColumn: 15, fr: { file: '/project/strings.fr.json', line: 51, column: 13, endLine: 51, endColumn: 15, text: '' } });
    const out = formatStylish({ files: ['/project/strings.json'], pairs: [p], findings: [f], rules: RULES }, plain);
    expect(out).toContain(['    EN strings.json:51 │ This is an estimate only.', '    FR 51              │ — (empty)'].join('\n'));
  });

  it('marks an orphan side as having no translation', () => {
    const out = formatStylish(bilingual, plain);
    expect(out).toContain('    FR    │ — (no translation)');
    expect(out).toContain('    EN    │ — (no translation)');
    expect(out).toContain('          │ … through line 25');
  });

  it('shortens a long segment around its span', () => {
    const lines = formatStylish(bilingual, plain).split('\n');
    const en = lines.find((l) => l.startsWith('    EN 40 │ '))!;
    const shown = en.slice('    EN 40 │ '.length);
    expect(shown.startsWith('…')).toBe(true);
    expect(displayWidth(shown)).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(shown).toContain('3:30 pm');
    const caret = caretRun(lines[lines.indexOf(en) + 1])!;
    expect(columns(en, caret.start, caret.width)).toBe('3:30 pm');
  });

  it('keeps a span cut by the window marked up to the ellipsis', () => {
    const text = 'Intro ' + 'x'.repeat(200) + ' end';
    const p = pair('p1', seg('a.txt', 'en', [1, 1, text]), seg('a.txt', 'fr', [2, 1, text]), 'stacked');
    const r: RunResult = {
      files: ['a.txt'],
      pairs: [p],
      findings: [finding(p, { rule: 'whitespace', severity: 'info', message: 'long span', en: [6, 206] })],
      rules: RULES,
    };
    const lines = formatStylish(r, plain).split('\n');
    const en = lines.find((l) => l.startsWith('    EN 1 │ '))!;
    expect(en.endsWith('…')).toBe(true);
    const caret = caretRun(lines[lines.indexOf(en) + 1])!;
    const under = columns(en, caret.start, caret.width);
    expect(under).toMatch(/^x+…$/);
    expect(displayWidth(en.slice('    EN 1 │ '.length))).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it('keeps messages and suggestions on one line, without control characters', () => {
    const p = pair('p1', seg('a.txt', 'en', [1, 1, 'One']), seg('a.txt', 'fr', [2, 1, 'Un']), 'stacked');
    const r: RunResult = {
      files: ['a.txt'],
      pairs: [p],
      findings: [finding(p, { rule: 'whitespace', severity: 'info', message: 'first\nsecond\tthird \u202eevil\u001b[2J', fr: 'whole', suggestion: 'a\r\nb' })],
    };
    const out = formatStylish(r, plain);
    // Line breaks and tabs become spaces; an override or an escape from the text cannot reach the terminal.
    expect(out).toContain('  2:1  info  first second third \ufffdevil\ufffd[2J  whitespace');
    expect(out).toContain('→ a b');
    expect(out).not.toMatch(/[\u001b\u202e]/);
  });

  it('gives the same text on every run', () => {
    expect(formatStylish(bilingual, coloured)).toBe(formatStylish(bilingual, coloured));
  });
});
