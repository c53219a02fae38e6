// Words of a text, found by a character loop (untranslated, repeated-word, the language marks of
// util/segment-lang.ts): regular expressions with Unicode classes and look-behinds cost several
// times more on the hundred thousand pairs of a large run. Nothing is kept per segment: callers
// keep the small answers they need.
//
// A word is a run of letters (and combining marks), with inner apostrophes and hyphens
// (`l'école`, `aujourd’hui`, `sous-ministre`); digits end a word.

/** The words of a text: their offsets, and their lower-cased forms on demand. */
export class Words {
  /** Start and end offsets of each word, in text order: [s0, e0, s1, e1, …]. */
  readonly spans: Int32Array;
  readonly count: number;
  private readonly text: string;
  private readonly lowered: Array<string | undefined>;

  constructor(text: string, spans: Int32Array) {
    this.text = text;
    this.spans = spans;
    this.count = spans.length >> 1;
    this.lowered = new Array<string | undefined>(this.count);
  }

  /** The k-th word, lower-cased (computed once). */
  lower(k: number): string {
    let w = this.lowered[k];
    if (w === undefined) {
      w = this.text.slice(this.spans[2 * k], this.spans[2 * k + 1]).toLowerCase();
      this.lowered[k] = w;
    }
    return w;
  }

  /** All the words, lower-cased. */
  all(): string[] {
    const out = new Array<string>(this.count);
    for (let k = 0; k < this.count; k++) out[k] = this.lower(k);
    return out;
  }
}

const OTHER_LETTER = /[\p{L}\p{M}]/u;
/**
 * Per UTF-16 code unit: 1 a letter or combining mark, 2 not, 0 not known yet (beyond ASCII and
 * the letters of Latin-1 to Latin Extended-B, tested once per code unit): one load a character.
 */
const letterKind = new Uint8Array(65536);
for (let c = 0; c < 0x80; c++) letterKind[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 2;
for (let c = 0xc0; c <= 0x24f; c++) letterKind[c] = c !== 0xd7 && c !== 0xf7 ? 1 : 2;

/** Whether a UTF-16 code unit is a letter or combining mark (`ch`, when given, is that character). */
export function isLetterCode(c: number, ch?: string): boolean {
  const k = letterKind[c];
  return k === 1 || (k === 0 && learnLetter(c, ch));
}

/** isLetterCode for a code unit beyond Latin not seen before (kept in the table). */
function learnLetter(c: number, ch?: string): boolean {
  const k = OTHER_LETTER.test(ch ?? String.fromCharCode(c)) ? 1 : 2;
  letterKind[c] = k;
  return k === 1;
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45; // ' ’ -
}

/** Scratch space for offsets, grown as needed: one allocation per text instead of many. */
let scratch = new Int32Array(512);

/** Where the next word starts at or after `from`, or −1 when there is none. */
export function nextWordStart(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) if (isLetterCode(text.charCodeAt(i))) return i;
  return -1;
}

/** Where the word starting at `start` (a letter) ends. */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  for (;;) {
    while (i < n && isLetterCode(text.charCodeAt(i))) i++;
    // An apostrophe or hyphen between two letters joins them.
    if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isLetterCode(text.charCodeAt(i + 1))) {
      i += 2;
      continue;
    }
    return i;
  }
}

/**
 * Calls `visit` with the offsets of each word, in order; stops when it returns true. Nothing is
 * allocated: callers that only look at a few words (the function-word counts of segment-lang.ts)
 * need no Words object. Loops that run on every segment use nextWordStart and wordEnd instead
 * (no call per word).
 */
export function eachWordSpan(text: string, visit: (start: number, end: number) => boolean | void): void {
  for (let start = nextWordStart(text, 0); start >= 0; ) {
    const end = wordEnd(text, start);
    if (visit(start, end) === true) return;
    start = nextWordStart(text, end);
  }
}

export function words(text: string): Words {
  let m = 0;
  for (let start = nextWordStart(text, 0); start >= 0; ) {
    const end = wordEnd(text, start);
    if (m + 2 > scratch.length) {
      const bigger = new Int32Array(scratch.length * 2);
      bigger.set(scratch);
      scratch = bigger;
    }
    scratch[m++] = start;
    scratch[m++] = end;
    start = nextWordStart(text, end);
  }
  return new Words(text, scratch.slice(0, m));
}
