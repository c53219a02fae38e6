// Hostile and malformed XML is refused with a one-line error (file:line:col) and exit code 2,
// before any entity is expanded. (Time and memory are measured in bench/xml-hostile.ts.)

import { describe, it, expect } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../../src/cli/io.js';
import { parseXmlText } from '../../src/formats/xml-safe.js';
import { UserError } from '../../src/core/errors.js';

const DIR = 'test/fixtures/formats/hostile';

async function check(file: string): Promise<{ code: number; err: string }> {
  const io = captureIo(process.cwd());
  const code = await runCli(['check', file, '--format', 'json'], io);
  return { code, err: io.err() };
}

describe('hostile XML', () => {
  it('refuses an entity-expansion bomb ("billion laughs") at its internal subset', async () => {
    const r = await check(`${DIR}/billion-laughs.xlf`);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`bitext: ${DIR}/billion-laughs.xlf:2:17: refused: the DOCTYPE declares an internal subset (entity declarations are not accepted: XXE / entity expansion)\n`);
  });

  it('refuses an external entity (XXE) in a TMX file, read as a stream', async () => {
    const r = await check(`${DIR}/xxe.tmx`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^bitext: test\/fixtures\/formats\/hostile\/xxe\.tmx:2:15: refused: the DOCTYPE declares an internal subset/);
    expect(r.err).not.toContain('root:');
  });

  it('never fetches an external DTD: entities it would declare are undefined', async () => {
    const r = await check(`${DIR}/external-dtd-entity.xlf`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/external-dtd-entity\.xlf:6:\d+: malformed XML: undefined entity/);
  });

  it('reports malformed XML with line and column', async () => {
    const r = await check(`${DIR}/malformed.xlf`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^bitext: test\/fixtures\/formats\/hostile\/malformed\.xlf:5:\d+: malformed XML: unexpected close tag/);
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('refuses a subset split across chunks, as soon as its bracket arrives', () => {
    const parts: string[] = [];
    const p = () => parseXmlText('<?xml version="1.0"?>\n<!DOCTYPE x PUBLIC "a" "b" [<!ENTITY a "b">]><x/>', 'split.xml', {});
    expect(p).toThrow(UserError);
    try {
      p();
    } catch (e) {
      parts.push((e as UserError).format());
    }
    expect(parts[0]).toBe('split.xml:2:28: refused: the DOCTYPE declares an internal subset (entity declarations are not accepted: XXE / entity expansion)');
  });

  it('accepts a DOCTYPE that only names its DTD, and the five predefined entities', () => {
    const texts: string[] = [];
    parseXmlText('<!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#x2014;&#233;</tmx>', 'ok.tmx', { text: (t) => texts.push(t) });
    expect(texts.join('')).toBe('<a> & "b" \'c\' —é');
  });

  it('gives every node its exact span in the text', () => {
    const src = '<a x="1">h&amp;é😀\r\nz<b/>t<![CDATA[<q>]]></a>';
    const seen: string[] = [];
    parseXmlText(src, 'pos.xml', {
      open: (tag, s, e) => seen.push(`open ${tag.name} ${JSON.stringify(src.slice(s.offset, e.offset))} ${s.line}:${s.column}`),
      close: (tag, s, e) => seen.push(`close ${tag.name} ${JSON.stringify(src.slice(s.offset, e.offset))} ${s.line}:${s.column}`),
      text: (t, s, e) => seen.push(`text ${JSON.stringify(t)} ${JSON.stringify(src.slice(s.offset, e.offset))}`),
      cdata: (t, s, e) => seen.push(`cdata ${JSON.stringify(t)} ${JSON.stringify(src.slice(s.offset, e.offset))}`),
    });
    expect(seen).toEqual([
      'open a "<a x=\\"1\\">" 1:1',
      'text "h&é😀\\nz" "h&amp;é😀\\r\\nz"',
      'open b "<b/>" 2:2',
      'close b "<b/>" 2:2',
      'text "t" "t"',
      'cdata "<q>" "<q>"',
      'close a "</a>" 2:22',
    ]);
  });
});
