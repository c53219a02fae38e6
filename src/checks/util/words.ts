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

export function isLetterCode(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return OTHER_LETTER.test(ch);
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45; // ' ’ -
}

/** Scratch space for offsets, grown as needed: one allocation per text instead of many. */
let scratch = new Int32Array(512);

export function words(text: string): Words {
  const n = text.length;
  let m = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetterCode(c, text[i])) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && isLetterCode(text.charCodeAt(i), text[i])) i++;
      // An apostrophe or hyphen between two letters joins them.
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isLetterCode(text.charCodeAt(i + 1), text[i + 1])) {
        i += 2;
        continue;
      }
      break;
    }
    if (m + 2 > scratch.length) {
      const bigger = new Int32Array(scratch.length * 2);
      bigger.set(scratch);
      scratch = bigger;
    }
    scratch[m++] = start;
    scratch[m++] = i;
  }
  return new Words(text, scratch.slice(0, m));
}
