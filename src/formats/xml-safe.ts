// The one XML parser every reader goes through: saxes, hardened for files from strangers.
//
// - A DOCTYPE with an internal subset (`<!DOCTYPE x [ … ]>`) is refused as soon as its `[` is
//   seen, before any declaration in it is read: that is where entity bombs ("billion laughs")
//   and external entities (XXE) are declared. A DOCTYPE that only names its DTD
//   (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, common in TMX) is accepted; the DTD is never fetched.
// - Entity references other than the five predefined ones and character references are errors
//   (saxes never expands anything else), so nothing from outside the file reaches the text.
// - Malformed XML becomes a UserError with file, line and column.
//
// Events carry positions (offset in the decoded text, 1-based line and UTF-16 column) so that
// readers can point segments at the exact characters of the file.

import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { TextDecoder } from 'node:util';
import type { SaxesParser, SaxesTagNS } from 'saxes';
import { UserError } from '../core/errors.js';

export type XmlTag = SaxesTagNS;

/** A position in the decoded text: offset (UTF-16 units), 1-based line and column. */
export interface XmlPos {
  offset: number;
  line: number;
  column: number;
}

export interface XmlHandlers {
  /** An element starts; `start` is its `<`, `end` is just after its `>`. */
  open?(tag: XmlTag, start: XmlPos, end: XmlPos): void;
  /** An element ends; for `</x>`, `start` is its `<`; for `<x/>`, the span is the whole tag. */
  close?(tag: XmlTag, start: XmlPos, end: XmlPos): void;
  /** Character data (entities decoded, line ends normalised to \n); [start, end) in the file. */
  text?(text: string, start: XmlPos, end: XmlPos): void;
  /** A CDATA section's content; [start, end) spans the content without `<![CDATA[` and `]]>`. */
  cdata?(text: string, start: XmlPos, end: XmlPos): void;
}

type SaxesModule = typeof import('saxes');
let saxes: SaxesModule | undefined;

/**
 * saxes, loaded when a run first reads XML. Imported as an ES module, its 74 KB CommonJS source
 * would be scanned for exports by Node's module lexer on every run, XML or not: about 0.1 s of
 * CPU, a tenth of checking a one-page document. `require` skips that scan.
 */
function saxesModule(): SaxesModule {
  return (saxes ??= createRequire(import.meta.url)('saxes') as SaxesModule);
}

/** The prolog (before the root element) may not grow beyond this: a huge prolog is an attack, not a document. */
const MAX_PROLOG = 1 << 20;

/** A saxes parser wrapped with the refusals above, fed chunk by chunk. */
export class SafeXmlParser {
  private readonly parser: SaxesParser<{ xmlns: true; position: true }>;
  private readonly file: string;
  private lastEnd: XmlPos = { offset: 0, line: 1, column: 1 };
  private openStart: XmlPos = this.lastEnd;
  private rootSeen = false;
  private prologDone = false;
  private prolog = '';
  private prologBase = 0;

  constructor(file: string, handlers: XmlHandlers) {
    this.file = file;
    const p = new (saxesModule().SaxesParser)({ xmlns: true, position: true });
    this.parser = p;
    const here = (): XmlPos => ({ offset: p.position, line: p.line, column: p.columnIndex + 1 });
    // At most six handlers: saxes stores each as a property of the parser, and with a seventh V8
    // turns the parser into a slow dictionary object (five times slower on a 50 MB TMX).
    // Errors are thrown by saxes and converted in write/close; the prolog scan below replaces a
    // doctype handler.
    p.on('opentag', (tag) => {
      this.rootSeen = true;
      const end = here();
      // The `<` of a tag comes right after the end of the node before it.
      handlers.open?.(tag, this.lastEnd, end);
      this.openStart = this.lastEnd;
      this.lastEnd = end;
    });
    p.on('closetag', (tag) => {
      const end = here();
      // A self-closing tag closes at the place it opened; `</x>` starts where the last node ended.
      const start = tag.isSelfClosing ? this.openStart : this.lastEnd;
      handlers.close?.(tag, start, end);
      this.lastEnd = end;
    });
    p.on('text', (text) => {
      // saxes reports text once it has read the `<` that ends it.
      const h = here();
      const end = { offset: h.offset - 1, line: h.line, column: h.column - 1 };
      if (this.rootSeen) handlers.text?.(text, this.lastEnd, end);
      this.lastEnd = end;
    });
    p.on('cdata', (text) => {
      const h = here();
      const start = { offset: this.lastEnd.offset + 9, line: this.lastEnd.line, column: this.lastEnd.column + 9 };
      const end = { offset: h.offset - 3, line: h.line, column: h.column - 3 };
      handlers.cdata?.(text, start, end);
      this.lastEnd = h;
    });
    p.on('comment', () => void (this.lastEnd = here()));
    p.on('processinginstruction', () => void (this.lastEnd = here()));
  }

  write(chunk: string): void {
    if (!this.prologDone) this.scanProlog(chunk);
    try {
      this.parser.write(chunk);
    } catch (e) {
      throw this.converted(e);
    }
  }

  close(): void {
    try {
      this.parser.close();
    } catch (e) {
      throw this.converted(e);
    }
  }

  /** saxes reports malformed XML by throwing; handlers throw UserErrors, which pass through. */
  private converted(e: unknown): unknown {
    if (e instanceof UserError) return e;
    if (e instanceof Error && /^[^:]*:?\d+:\d+: /.test(e.message)) return this.malformed(e.message);
    return e;
  }

  /** Refuses an internal DTD subset the moment its `[` arrives, before saxes reads what is in it. */
  private scanProlog(chunk: string): void {
    this.prolog += chunk;
    const m = /<!DOCTYPE(?:[^>[\]"']|"[^"]*"|'[^']*')*\[/.exec(this.prolog);
    if (m) {
      const at = m.index + m[0].length - 1;
      const before = this.prolog.slice(0, at);
      const line = before.split('\n').length;
      const column = at - (before.lastIndexOf('\n') + 1) + 1;
      throw this.refuseSubset({ offset: this.prologBase + at, line, column });
    }
    const root = this.prolog.search(/<[A-Za-z_:]/);
    if (root >= 0) {
      // The rest of the document is saxes's alone.
      this.prologDone = true;
      this.prolog = '';
      return;
    }
    if (this.prolog.length > MAX_PROLOG) throw new UserError('refused: more than 1 MiB before the root element', { file: this.file, line: 1, column: 1 });
    // Keep a tail so that a `<!DOCTYPE … [` split across chunks is still seen.
    if (this.prolog.length > 4096 && !this.prolog.includes('<!DOCTYPE')) {
      this.prologBase += this.prolog.length - 64;
      this.prolog = this.prolog.slice(-64);
    }
  }

  private refuseSubset(at: XmlPos): UserError {
    return new UserError('refused: the DOCTYPE declares an internal subset (entity declarations are not accepted: XXE / entity expansion)', {
      file: this.file,
      line: at.line,
      column: at.column,
    });
  }

  private malformed(message: string): UserError {
    const msg = message.replace(/^[^:]*?:?\d+:\d+: /, '').replace(/\.$/, '');
    const hint = /undefined entity/.test(msg) ? ' (only &lt; &gt; &amp; &quot; &apos; and character references are accepted)' : '';
    return new UserError(`malformed XML: ${msg}${hint}`, { file: this.file, line: this.parser.line, column: Math.max(1, this.parser.columnIndex) });
  }
}

/** Parses a whole decoded text (the `text` of a SourceDocument, so offsets match it). */
export function parseXmlText(text: string, file: string, handlers: XmlHandlers): void {
  const p = new SafeXmlParser(file, handlers);
  p.write(text);
  p.close();
}

/** Reads a file as a stream, in bounded memory, and parses it; `afterChunk` may pause the stream (await). */
export async function parseXmlFile(file: string, handlers: XmlHandlers, afterChunk?: () => void | Promise<void>, cwd?: string): Promise<void> {
  const p = new SafeXmlParser(file, handlers);
  let decoder: TextDecoder | undefined;
  let first = true;
  let stream;
  try {
    stream = createReadStream(cwd ? resolve(cwd, file) : file, { highWaterMark: 1 << 16 });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let bytes: Uint8Array = chunk;
      if (first) {
        first = false;
        const d = pickDecoder(bytes, file);
        decoder = d.decoder;
        bytes = bytes.subarray(d.skip);
      }
      let text: string;
      try {
        text = decoder!.decode(bytes, { stream: true });
      } catch {
        throw new UserError('is not valid UTF-8 (declare its encoding in the XML declaration, e.g. encoding="ISO-8859-1")', { file });
      }
      p.write(text);
      if (afterChunk) await afterChunk();
    }
    if (first) throw new UserError('is empty, not an XML document', { file });
    p.write(decoder!.decode());
    p.close();
    if (afterChunk) await afterChunk();
  } catch (e) {
    stream?.destroy();
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError('no such file', { file });
    if (code === 'EISDIR') throw new UserError('is a directory, not a file', { file });
    if (code === 'EACCES' || code === 'EPERM') throw new UserError('permission denied', { file });
    throw e;
  }
}

/** The decoder for a stream: a BOM wins, then the XML declaration's encoding, then UTF-8. */
function pickDecoder(head: Uint8Array, file: string): { decoder: TextDecoder; skip: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { decoder: new TextDecoder('utf-8', { fatal: true }), skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { decoder: new TextDecoder('utf-16le'), skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { decoder: new TextDecoder('utf-16be'), skip: 2 };
  if (head[0] === 0x3c && head[1] === 0x00) return { decoder: new TextDecoder('utf-16le'), skip: 0 };
  if (head[0] === 0x00 && head[1] === 0x3c) return { decoder: new TextDecoder('utf-16be'), skip: 0 };
  const decl = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(Buffer.from(head.subarray(0, 200)).toString('latin1'));
  const enc = decl?.[1].toLowerCase();
  if (!enc || enc === 'utf-8' || enc === 'utf8' || enc === 'us-ascii' || enc === 'ascii') return { decoder: new TextDecoder('utf-8', { fatal: true }), skip: 0 };
  // ISO-8859-1 is read as Windows-1252 (the same printable characters; decode.ts explains why).
  if (/^(iso-8859-1|latin-?1|windows-1252|cp1252|iso-8859-15)$/.test(enc)) return { decoder: new TextDecoder('windows-1252'), skip: 0 };
  try {
    return { decoder: new TextDecoder(enc, { fatal: true }), skip: 0 };
  } catch {
    throw new UserError(`declares an encoding this tool cannot read: ${decl![1]}`, { file, line: 1, column: 1 });
  }
}

/** Escapes text for element content (and `"` for attribute values); line ends and spaces are kept. */
export function escapeXml(s: string, attr = false): string {
  let out = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (attr) out = out.replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
  else out = out.replace(/\r/g, '&#13;');
  return stripInvalidXmlChars(out);
}

/** Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF, CR; U+FFFE/FFFF; lone surrogates). */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

/** The value of an attribute by local name (any namespace unless `uri` is given). */
export function attr(tag: XmlTag, local: string, uri?: string): string | undefined {
  // The common cases by key: attributes are keyed by their name as written.
  if (uri === undefined) return tag.attributes[local]?.value;
  if (uri === XML_NS) return tag.attributes[`xml:${local}`]?.value;
  for (const a of Object.values(tag.attributes)) {
    if (a.local === local && (uri === undefined ? a.prefix === '' || a.prefix === undefined : a.uri === uri)) return a.value;
  }
  return undefined;
}

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
