// A document whose decoded text was released reads it again when asked, and says so when the file
// changed in between instead of giving places in a different text.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/core/document.js';
import { UserError } from '../../src/core/errors.js';
import { readInputs } from '../../src/formats/index.js';

describe('SourceDocument.releaseText', () => {
  it('reads the same text again, with the same lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-doc-'));
    writeFileSync(join(dir, 'a.txt'), 'Agenda\r\nOrdre du jour – « Bienvenue »\r\n');
    const doc = readDocument('a.txt', dir);
    const text = doc.text;
    doc.releaseText();
    expect(doc.text).toBe(text);
    expect(doc.line(2)).toBe('Ordre du jour – « Bienvenue »');
  });

  it('refuses a file that changed since it was read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-doc-'));
    writeFileSync(join(dir, 'a.txt'), 'Agenda\n');
    const doc = readDocument('a.txt', dir);
    doc.releaseText();
    writeFileSync(join(dir, 'a.txt'), 'Agenda, again\n');
    expect(() => doc.text).toThrow(UserError);
    expect(() => doc.text).toThrow(/changed while it was being checked/);
  });

  it('is done for a PO catalog, whose places and lines still come out right', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-doc-'));
    const po = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\n#. a note\nmsgid "Agenda for the ‘day’"\nmsgstr "Ordre du jour"\n';
    writeFileSync(join(dir, 'fr.po'), po);
    const [input] = await readInputs(['fr.po'], { cwd: dir });
    const pair = input.pairs[0];
    expect(pair.en!.text).toBe('Agenda for the ‘day’');
    expect(pair.fr!.place).toEqual({ file: 'fr.po', line: 7, column: 9, endLine: 7, endColumn: 22 });
    // Released: the reader kept only the line table.
    expect((input.document as unknown as { decoded?: string }).decoded).toBeUndefined();
    expect(input.document!.line(6)).toBe('msgid "Agenda for the ‘day’"');
  });

  it('refuses a PO catalog that changed since it was read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-doc-'));
    writeFileSync(join(dir, 'fr.po'), 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "Agenda"\nmsgstr "Ordre du jour"\n');
    const [input] = await readInputs(['fr.po'], { cwd: dir });
    writeFileSync(join(dir, 'fr.po'), 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "Agenda"\nmsgstr "Ordre du jour, encore"\n');
    expect(() => input.document!.text).toThrow(/changed while it was being checked/);
  });
});
