import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { docxToDocument, readDocx } from '../../src/formats/docx.js';
import { readInputs } from '../../src/formats/index.js';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../../src/cli/io.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** A minimal Word file around a body. */
function docx(body: string, name = 'doc.docx'): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-docx-'));
  const file = join(dir, name);
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body>${body}</w:body></w:document>`;
  const zip = zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(xml),
  });
  writeFileSync(file, zip);
  return file;
}

const p = (...runs: string[]): string => `<w:p>${runs.join('')}</w:p>`;
const r = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const row = (...cells: string[]): string => `<w:tr>${cells.map((c) => `<w:tc>${p(r(c))}</w:tc>`).join('')}</w:tr>`;

describe('docxToDocument', () => {
  it('gives one line per paragraph: runs joined, field instructions and deleted text left out', async () => {
    const file = docx(
      p(r('Accessibility '), r('Checklist')) +
        // A table of contents entry: TOC and PAGEREF instructions are not text, their result is.
        p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`, r('A. General'), '<w:r><w:tab/></w:r>', r('2'), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`) +
        p(r('Keep'), '<w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>', r(' this'), '<w:r><w:noBreakHyphen/></w:r>', r('one')) +
        p(r('Line one'), '<w:r><w:br/></w:r>', r('line two'), '<w:r><w:br w:type="page"/></w:r>') +
        p(`<mc:AlternateContent><mc:Choice><w:r><w:t>Shown</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>Fallback copy</w:t></w:r></mc:Fallback></mc:AlternateContent>`),
    );
    const doc = await docxToDocument(file);
    expect(doc.file).toBe(file);
    expect(doc.text.split('\n')).toEqual(['Accessibility Checklist', 'A. General\t2', 'Keep this-one', 'Line one', 'line two', 'Shown']);
  });

  it('refuses files that are not Word documents', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-docx-'));
    const notZip = join(dir, 'fake.docx');
    writeFileSync(notZip, 'plain text');
    expect(() => readDocx(notZip)).toThrow(/is not a Word document \(DOCX\)/);
    const noDoc = join(dir, 'empty.docx');
    writeFileSync(noDoc, zipSync({ 'a.txt': strToU8('x') }));
    expect(() => readDocx(noDoc)).toThrow(/it has no word\/document\.xml/);
  });

  it('reads the real GC guides without leaking field codes', async () => {
    const doc = await docxToDocument('../shared/corpus/gc-a11y-docx-pairs/MSDocument_COMPLIANCE_CHECKLIST_FR.docx');
    expect(doc.text).not.toMatch(/TOC \\o|PAGEREF|_Toc/);
    expect(doc.line(1)).toBe('Liste de vérification de la conformité des documents Microsoft');
    expect(doc.text).toContain('A. Renseignements d’ordre général\t2');
  });
});

describe('the docx input format', () => {
  it('pairs the rows of a two-column EN/FR table, and aligns the rest as a mixed document', async () => {
    const file = docx(
      p(r('Agenda / Ordre du jour')) +
        `<w:tbl>${row('Welcome and introductions', 'Mot de bienvenue et présentations')}${row('Update from the working group', 'Compte rendu du groupe de travail')}${row('Questions and next steps', 'Questions et prochaines étapes')}</w:tbl>` +
        p(r('Next meeting: the room is booked.')),
    );
    const [input] = await readInputs([file]);
    expect(input.format).toBe('docx');
    expect(input.document).toBeUndefined();
    const keyed = input.pairs.filter((x) => x.method === 'keyed');
    expect(keyed.map((x) => [x.meta?.key, x.en?.text, x.fr?.text])).toEqual([
      ['table 1, row 1', 'Welcome and introductions', 'Mot de bienvenue et présentations'],
      ['table 1, row 2', 'Update from the working group', 'Compte rendu du groupe de travail'],
      ['table 1, row 3', 'Questions and next steps', 'Questions et prochaines étapes'],
    ]);
    // Line 2 is the first cell, line 3 the second: paragraphs are lines.
    expect(keyed[0].en!.place).toMatchObject({ file, line: 2, column: 1, endLine: 2, endColumn: 26 });
    expect(keyed[0].fr!.place).toMatchObject({ line: 3, column: 1 });
    const inline = input.pairs.find((x) => x.method === 'inline')!;
    expect([inline.en?.text, inline.fr?.text, inline.en?.place.line]).toEqual(['Agenda', 'Ordre du jour', 1]);
  });

  it('checks a Word file end to end (exit 0 or 1, never 2)', async () => {
    const file = docx(`<w:tbl>${row('Meeting at 11:30 am', 'Réunion à 11 h 30')}</w:tbl>`);
    const io = captureIo(process.cwd());
    const code = await runCli(['check', file, '--format', 'json', '--fail-on', 'never'], io);
    expect(code).toBe(0);
    expect(JSON.parse(io.out()).pairs).toHaveLength(1);
  });
});
