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

/** A letter or combining mark. */
export const LETTER = 1;
/** A letter that lower-casing leaves as it is (`a`, `é`, a combining mark; not `A`). */
export const LOWER = 2;
/** An apostrophe or hyphen, which joins two letters into one word. */
export const JOINER = 4;
/** An ordinary or no-break space. */
export const SPACE = 8;
/** One of the accented letters of French (`é`, `Ç`, `œ`). */
export const FRENCH_ACCENT = 16;
/** Set on every code unit worked out, so that 0 means not yet. */
const KNOWN = 128;

/**
 * The kinds above of each UTF-16 code unit, as bits: one load a character in the loops that run
 * on every segment. ASCII and the letters of Latin-1 to Latin Extended-B are set here; other code
 * units are worked out the first time they are met (see kindOf).
 */
export const charKinds = new Uint8Array(65536);
for (let c = 0; c <= 0x24f; c++) if (c < 0x80 || c >= 0xc0) learnKind(c);

/** The kind bits of a UTF-16 code unit. */
export function kindOf(c: number): number {
  const k = charKinds[c];
  return k !== 0 ? k : learnKind(c);
}

/** Works out the kind of a code unit and keeps it in charKinds. */
export function learnKind(c: number): number {
  const ch = String.fromCharCode(c);
  let k = KNOWN;
  if (c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : c >= 0xc0 && c <= 0x24f ? c !== 0xd7 && c !== 0xf7 : OTHER_LETTER.test(ch)) {
    k |= LETTER;
    if (ch === ch.toLowerCase()) k |= LOWER;
    if ('àâçéèêëîïôûùüÿœÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ'.includes(ch)) k |= FRENCH_ACCENT;
  }
  if (c === 39 || c === 0x2019 || c === 45) k |= JOINER; // ' ’ -
  if (c === 32 || c === 0xa0 || c === 0x202f) k |= SPACE;
  charKinds[c] = k;
  return k;
}

/** Scratch space for offsets, grown as needed: one allocation per text instead of many. */
let scratch = new Int32Array(512);

/** Where the next word starts at or after `from`, or −1 when there is none. */
export function nextWordStart(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) if ((kindOf(text.charCodeAt(i)) & LETTER) !== 0) return i;
  return -1;
}

/** Where the word starting at `start` (a letter) ends. */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  for (;;) {
    let k = 0;
    while (i < n && ((k = kindOf(text.charCodeAt(i))) & LETTER) !== 0) i++;
    // An apostrophe or hyphen between two letters joins them.
    if ((k & JOINER) !== 0 && i + 1 < n && (kindOf(text.charCodeAt(i + 1)) & LETTER) !== 0) {
      i += 2;
      continue;
    }
    return i;
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
