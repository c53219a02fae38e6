// Text that remembers, for every character, its offset in the original document. Cleaning
// (removing **bold** markers, ^{er} braces, Markdown links) and joining wrapped lines produce a
// MappedText, so that segments and findings still point at the right line and column.

import type { SourceDocument } from './document.js';
import type { Place } from './types.js';

export class MappedText {
  readonly text: string;
  /** offsets[i] = document offset of text[i]; offsets[text.length] = end offset of the last char. */
  readonly offsets: Int32Array;

  constructor(text: string, offsets: Int32Array) {
    this.text = text;
    this.offsets = offsets;
  }

  /** The document range [start, end) as it is. */
  static of(doc: SourceDocument, start: number, end: number): MappedText {
    const offsets = new Int32Array(end - start + 1);
    for (let i = 0; i <= end - start; i++) offsets[i] = start + i;
    return new MappedText(doc.text.slice(start, end), offsets);
  }

  get length(): number {
    return this.text.length;
  }

  slice(from: number, to = this.text.length): MappedText {
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
    if (to <= from) return [this.offsets[from], this.offsets[from]];
    return [this.offsets[from], this.offsets[to - 1] + 1];
  }

  place(doc: SourceDocument, from = 0, to = this.text.length): Place {
    const [a, b] = this.docRange(from, to);
    return doc.place(a, b);
  }
}

/** Builds a MappedText piece by piece. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private offs: number[] = [];
  private lastEnd = 0;

  /** Appends the document range [start, end) as it is. */
  appendRange(doc: SourceDocument, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(doc.text.slice(start, end));
    for (let i = start; i < end; i++) this.offs.push(i);
    this.lastEnd = end;
  }

  /** Appends text that stands for the document range [start, end) (a replacement). */
  appendReplacement(text: string, start: number, end: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.offs.push(Math.min(start + i, Math.max(start, end - 1)));
    this.lastEnd = end;
  }

  /** Appends text of a MappedText. */
  appendMapped(m: MappedText, from = 0, to = m.length): void {
    if (to <= from) return;
    this.parts.push(m.text.slice(from, to));
    for (let i = from; i < to; i++) this.offs.push(m.offsets[i]);
    this.lastEnd = m.offsets[to - 1] + 1;
  }

  get length(): number {
    return this.offs.length;
  }

  build(): MappedText {
    const offsets = new Int32Array(this.offs.length + 1);
    offsets.set(this.offs);
    offsets[this.offs.length] = this.lastEnd;
    return new MappedText(this.parts.join(''), offsets);
  }
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x3000 || c === 10 || c === 13 || c === 0xfeff;
}
