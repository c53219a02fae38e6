// Text that remembers, for every character, its offset in the original document. Cleaning
// (removing **bold** markers, ^{er} braces, Markdown links) and joining wrapped lines produce a
// MappedText, so that segments and findings still point at the right line and column.
// Most lines need no cleaning: their text is a plain slice of the document, stored as a base
// offset without a per-character table (the aligner reads 100k-line documents).

import type { SourceDocument } from './document.js';
import type { Place } from './types.js';

export class MappedText {
  readonly text: string;
  /** offsets[i] = document offset of text[i]; offsets[text.length] = one past the last char. Null: a plain slice from `base`. */
  private readonly offsets: Int32Array | null;
  private readonly base: number;

  constructor(text: string, offsets: Int32Array | null, base = 0) {
    this.text = text;
    this.offsets = offsets;
    this.base = base;
  }

  /** The document range [start, end) as it is. */
  static of(doc: SourceDocument, start: number, end: number): MappedText {
    return new MappedText(doc.text.slice(start, end), null, start);
  }

  get length(): number {
    return this.text.length;
  }

  /** Document offset of text[i] (i may be text.length: one past the last character). */
  offsetAt(i: number): number {
    return this.offsets ? this.offsets[i] : this.base + i;
  }

  slice(from: number, to = this.text.length): MappedText {
    if (!this.offsets) return new MappedText(this.text.slice(from, to), null, this.base + from);
    const offsets = this.offsets.slice(from, to + 1);
    // The end offset of a slice is one past its last character.
    if (to > from) offsets[to - from] = this.offsets[to - 1] + 1;
    return new MappedText(this.text.slice(from, to), offsets);
  }

  /** Removes leading and trailing white space (including no-break spaces). */
  trim(): MappedText {
    let a = 0;
    let b = this.text.length;
    while (a < b && isSpace(this.text.charCodeAt(a))) a++;
    while (b > a && isSpace(this.text.charCodeAt(b - 1))) b--;
    return a === 0 && b === this.text.length ? this : this.slice(a, b);
  }

  /** Document offsets [start, end) of the text range [from, to). */
  docRange(from: number, to: number): [number, number] {
    if (to <= from) return [this.offsetAt(from), this.offsetAt(from)];
    return [this.offsetAt(from), this.offsetAt(to - 1) + 1];
  }

  place(doc: SourceDocument, from = 0, to = this.text.length): Place {
    const [a, b] = this.docRange(from, to);
    return doc.place(a, b);
  }
}

/** Builds a MappedText piece by piece; stays a plain slice while the pieces are contiguous. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private offs: number[] | null = null;
  private start = -1;
  private lastEnd = 0;
  private count = 0;

  private materialise(): number[] {
    if (!this.offs) {
      this.offs = [];
      for (let i = 0; i < this.count; i++) this.offs.push(this.start + i);
    }
    return this.offs;
  }

  /** Appends the document range [start, end) as it is. */
  appendRange(doc: SourceDocument, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(doc.text.slice(start, end));
    if (this.offs) {
      for (let i = start; i < end; i++) this.offs.push(i);
    } else if (this.count === 0) {
      this.start = start;
    } else if (start !== this.lastEnd) {
      const offs = this.materialise();
      for (let i = start; i < end; i++) offs.push(i);
    }
    this.count += end - start;
    this.lastEnd = end;
  }

  /** Appends text that stands for the document range [start, end) (a replacement). */
  appendReplacement(text: string, start: number, end: number): void {
    const offs = this.materialise();
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) offs.push(Math.min(start + i, Math.max(start, end - 1)));
    this.count += text.length;
    this.lastEnd = end;
  }

  /** Appends text of a MappedText. */
  appendMapped(m: MappedText, from = 0, to = m.length): void {
    if (to <= from) return;
    const offs = this.materialise();
    this.parts.push(m.text.slice(from, to));
    for (let i = from; i < to; i++) offs.push(m.offsetAt(i));
    this.count += to - from;
    this.lastEnd = m.offsetAt(to - 1) + 1;
  }

  get length(): number {
    return this.count;
  }

  build(): MappedText {
    const text = this.parts.join('');
    if (!this.offs) return new MappedText(text, null, this.start < 0 ? this.lastEnd : this.start);
    const offsets = new Int32Array(this.offs.length + 1);
    offsets.set(this.offs);
    offsets[this.offs.length] = this.lastEnd;
    return new MappedText(text, offsets);
  }
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x3000 || c === 10 || c === 13 || c === 0xfeff;
}
