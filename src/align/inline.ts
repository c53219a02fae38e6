// Reads the languages inside one unit (a line or a wrapped block). The unit is cut into pieces at
// separators (` / `, `/`, ` – `, parentheses, commas, `: ` before shared material); each piece
// gets a language score; runs of pieces in one language become segments. A unit with one run is
// monolingual (a candidate for stacking with a neighbour); with runs in both languages it holds
// inline pairs (`Agenda/Ordre du jour`, `Update/Roundtable – Mise à jour/Tour de table`); a unit
// whose pieces mix both languages inside themselves (`284 rue Wellington Street, Pièce/Rm 5362`)
// is bilingual shared material, like a unit with no language at all (`s.21(1)(a)`, `[REDACTED]`).

import type { MappedText } from '../core/mapped-text.js';
import { isSpace } from '../core/mapped-text.js';
import { scoreText, decidePair, type LangScore } from '../lang/identify.js';
import { isAllCaps, wordTokens } from '../lang/tokens.js';
import { extractValues, type Value } from '../lang/values.js';

export type PieceLang = 'en' | 'fr' | 'und';

export interface Piece {
  from: number;
  to: number;
  /** Strength of the separator before this piece: 2 strong (/ – parentheses), 1 weak (, ; :), 0 start. */
  sepBefore: number;
  lang: PieceLang;
  score: LangScore;
  /** Holds letters that carry meaning (not only digits, codes, punctuation). */
  wordy: boolean;
}

export interface Run {
  lang: 'en' | 'fr';
  from: number;
  to: number;
  /** Language score of the run's text, for confidence. */
  score: number;
  firstPiece: number;
  lastPiece: number;
}

export type UnitReading =
  | { kind: 'mono'; lang: 'en' | 'fr'; score: number }
  | { kind: 'neutral' }
  | { kind: 'inline'; runs: Run[]; pieces: Piece[] };

/** A piece scoring beyond this is in a language on its own. */
const PIECE_THRESHOLD = 1.0;
/** Single words this strong in both directions inside one short piece make it a mixed piece. */
const MIXED_WORD = 1.5;

// Strong: spaced dashes, slashes (not between digits), parentheses, pipes. Weak: , ; and `: `.
const SEPARATOR = /\s+[–—-]\s+|\s*\/\s*|\s*[()[\]]\s*|\s+\|\s+|[,;]\s+|(?<=:)\s+/gu;

export function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  // Values stay whole (a time range's dash, a code's parentheses are not separators), and codes
  // such as s.21(1)(a) are pieces of their own: shared material, not part of either language.
  const protectedSpans = extractValues(text, 'und').filter((v) => PROTECTED.has(v.kind));
  const codes = protectedSpans.filter((v) => v.kind === 'code');
  let last = 0;
  let sep = 0;
  SEPARATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEPARATOR.exec(text)) !== null) {
    const tok = m[0];
    const core = tok.trim();
    const at = m.index;
    if (protectedSpans.some((v) => at > v.start && at < v.end)) continue;
    if (core === '/') {
      // Dates, fractions and codes keep their slashes (12/09/2011, A/65/201); so do URLs.
      const before = text.charCodeAt(m.index - 1);
      const after = text.charCodeAt(m.index + tok.length);
      if (isDigit(before) || isDigit(after) || /\/\/|https?:|www\./.test(text.slice(Math.max(0, m.index - 8), m.index + 3))) continue;
      // A slash between single letters or inside an acronym pair is not a language boundary.
    }
    if (core === '-' && /\d\s*$/.test(text.slice(0, m.index)) && /^\s*\d/.test(text.slice(m.index + tok.length))) continue;
    pushWithCodes(pieces, text, last, m.index, sep, codes);
    sep = strength(core);
    last = m.index + tok.length;
  }
  pushWithCodes(pieces, text, last, text.length, sep, codes);
  return pieces;
}

/** Roman numerals and single letters used as enumerators: (ii), iv, b. */
const ENUMERATOR = /^(?:[ivxlcdm]{1,6}|[a-z])\.?$/i;

const PROTECTED = new Set(['code', 'time-range', 'time', 'date', 'phone', 'money', 'percent']);

/** Pushes the text [from, to) as pieces, with any code inside it as a piece of its own. */
function pushWithCodes(pieces: Piece[], text: string, from: number, to: number, sep: number, codes: Value[]): void {
  let pos = from;
  for (const c of codes) {
    if (c.start < from || c.end > to) continue;
    pushPiece(pieces, text, pos, c.start, sep, false);
    pushPiece(pieces, text, c.start, c.end, 1, true);
    sep = 1;
    pos = c.end;
  }
  pushPiece(pieces, text, pos, to, sep, false);
}

function strength(core: string): number {
  if (core === '' || core === ',' || core === ';' || core === ':') return 1;
  return 2;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function pushPiece(pieces: Piece[], text: string, from: number, to: number, sepBefore: number, neutral: boolean): void {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (to <= from) {
    // An empty piece (between `) (`) keeps the strongest separator for the next one.
    if (pieces.length === 0) return;
    return;
  }
  const s = text.slice(from, to);
  const score = scoreText(s);
  const wordy = !neutral && /\p{L}{2,}/u.test(s) && !ENUMERATOR.test(s) && score.words > 0 && !isNameLike(score) && !isEditorialMark(text, from, to);
  const lang: PieceLang = !wordy ? 'und' : score.score >= PIECE_THRESHOLD ? 'fr' : score.score <= -PIECE_THRESHOLD ? 'en' : 'und';
  pieces.push({ from, to, sepBefore: Math.max(sepBefore, pieces.length === 0 ? 0 : 1), lang, score, wordy });
}

/** Only capitalised words no lexicon knows, two or more: a personal name (Natacha Guilbault). */
function isNameLike(s: LangScore): boolean {
  return s.known === 0 && s.unseenCapitalised >= 2;
}

/** A bracketed mark in capitals: [REDACTED], [TRANSLATION], [CAVIARDÉ]. */
function isEditorialMark(text: string, from: number, to: number): boolean {
  return text.charAt(from - 1) === '[' && text.charAt(to) === ']' && isAllCaps(text.slice(from, to));
}

/** A short piece with strong words of both languages: `284 rue Wellington Street`, `av. Laurier Ave.` */
function isMixed(p: Piece, text: string): boolean {
  if (p.score.maxFr < MIXED_WORD || p.score.maxEn > -MIXED_WORD) return false;
  const words = wordTokens(text.slice(p.from, p.to)).length;
  return words <= 6 && Math.abs(p.score.score) < Math.min(p.score.maxFr, -p.score.maxEn) + 0.5;
}

export function readUnit(mt: MappedText): UnitReading {
  const text = mt.text;
  const pieces = splitPieces(text);
  if (pieces.length === 0) return { kind: 'neutral' };
  if (pieces.some((p) => isMixed(p, text))) return { kind: 'neutral' };
  resolveUndecided(pieces);
  const runs = buildRuns(pieces, text);
  if (runs.length === 0) {
    // No piece is clearly a language: the unit as a whole may still be one (long prose).
    const whole = scoreText(text);
    if (whole.score >= PIECE_THRESHOLD * 1.5 && whole.words >= 2) return { kind: 'mono', lang: 'fr', score: whole.score };
    if (whole.score <= -PIECE_THRESHOLD * 1.5 && whole.words >= 2) return { kind: 'mono', lang: 'en', score: whole.score };
    return { kind: 'neutral' };
  }
  if (runs.length === 1 || runs.every((r) => r.lang === runs[0].lang)) {
    const whole = scoreText(text);
    return { kind: 'mono', lang: runs[0].lang, score: whole.score };
  }
  return { kind: 'inline', runs, pieces };
}

/**
 * Gives a language to undecided word pieces next to a decided one across a strong separator,
 * when the pair reads as two languages (`Agenda` beside `Ordre du jour`).
 */
function resolveUndecided(pieces: Piece[]): void {
  // Only when every decided piece is in one language: otherwise the unit already has its pair.
  const langs = new Set(pieces.filter((p) => p.lang !== 'und').map((p) => p.lang));
  if (langs.size !== 1) return;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.lang !== 'und' || !p.wordy) continue;
    const prev = i > 0 && pieces[i].sepBefore === 2 ? pieces[i - 1] : undefined;
    const next = i + 1 < pieces.length && pieces[i + 1].sepBefore === 2 ? pieces[i + 1] : undefined;
    for (const q of [next, prev]) {
      if (!q || q.lang === 'und') continue;
      const d = decidePair(p.score, q.score);
      if (d && d.b === q.lang) {
        p.lang = d.a;
        break;
      }
    }
  }
}

function buildRuns(pieces: Piece[], text: string): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.lang === 'und') continue;
    const last = runs[runs.length - 1];
    if (last && last.lang === p.lang) {
      last.to = p.to;
      last.lastPiece = i;
    } else {
      runs.push({ lang: p.lang, from: p.from, to: p.to, score: 0, firstPiece: i, lastPiece: i });
    }
  }
  for (const r of runs) r.score = scoreText(text.slice(r.from, r.to)).score;
  return runs;
}

/** The separator strength at the boundary between two runs (the strongest between them). */
export function boundaryStrength(pieces: Piece[], a: Run, b: Run): number {
  let s = 0;
  for (let i = a.lastPiece + 1; i <= b.firstPiece; i++) s = Math.max(s, pieces[i].sepBefore);
  return s;
}
