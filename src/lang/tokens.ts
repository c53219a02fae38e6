// Word tokens for language identification, alignment and checks.
// A token is a run of letters (any script, with combining marks) and digits; an apostrophe
// inside a word splits French elisions (l'école → l' + école) and English clitics (ADAG's → ADAG + 's).

export interface WordToken {
  /** Lower-cased form used for lookups. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** French elided articles and conjunctions: a strong sign of French. */
export const FR_ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu']);
/** English clitics after an apostrophe. */
export const EN_CLITICS = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    const apo = raw.indexOf("'") < 0 ? raw.indexOf('’') : raw.indexOf("'");
    if (apo < 0) {
      out.push({ norm: raw.toLowerCase(), start, end: start + raw.length });
      continue;
    }
    // Split at each apostrophe, keeping the apostrophe with the left part (l' / qu') or the
    // right part for English clitics ('s), so both can be looked up.
    const parts = raw.split(/(['’])/);
    let pos = start;
    for (let i = 0; i < parts.length; i += 2) {
      const word = parts[i];
      const hasApoAfter = i + 1 < parts.length;
      const lower = word.toLowerCase();
      if (hasApoAfter && FR_ELISIONS.has(lower) && i === 0) {
        out.push({ norm: lower + "'", start: pos, end: pos + word.length + 1 });
      } else if (i > 0 && EN_CLITICS.has(lower) && i === parts.length - 1) {
        out.push({ norm: "'" + lower, start: pos - 1, end: pos + word.length });
      } else if (word) {
        out.push({ norm: lower, start: pos, end: pos + word.length });
      }
      pos += word.length + (hasApoAfter ? 1 : 0);
    }
  }
  return out;
}

/**
 * True when the text has letters and none of them is lower-case (headings in capitals). Ordinal
 * suffixes written after a number (`42nd`, `42e`, `1er`) stay lower case in capitals and are
 * not counted.
 */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  let afterDigit = 0;
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') {
      afterDigit = 1;
      continue;
    }
    if (ch !== ch.toLowerCase()) letters++;
    else if (ch !== ch.toUpperCase()) {
      if (afterDigit > 0 && afterDigit <= 3) {
        afterDigit++;
        continue;
      }
      return false;
    }
    afterDigit = 0;
  }
  return letters > 0;
}

/** White space as `\s` has it (which includes the no-break spaces), by its code unit. */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
