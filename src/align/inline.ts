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
  /** Holds words that carry meaning (not only digits, codes, names, punctuation). */
  wordy: boolean;
  /** Evidence of a language from how its values are written (1:30 p.m. vs 13 h 30). */
  valueLean: number;
  /** A code, URL or e-mail address: shared material that belongs to neither side. */
  code: boolean;
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
/** A piece whose words are all guessed from their letters needs more. */
const GUESSED_THRESHOLD = 2.0;
/** Single words this strong in both directions inside one short piece make it a mixed piece. */
const MIXED_WORD = 1.5;
/** A run this much weaker than the unit's main run, in the other language, is not a translation. */
const MINORITY_RATIO = 0.25;
const MINORITY_MAX = 3;

// Strong: spaced dashes, slashes, parentheses, pipes. Weak: , ; and `: `.
const SEPARATOR = /\s+[–—-]\s+|\s*\/\s*|\s*[()[\]]\s*|\s+\|\s+|[,;]\s+|(?<=:)\s+/gu;
// URLs, e-mail addresses and file paths (lower-case parts joined by slashes, or ending in an
// extension) are shared material, never a language boundary.
const CODE_SPAN = /`[^`\n]+`/g;
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()]+/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PATH = /(?<![\p{L}\p{N}])(?:\.{0,2}\/)?[a-z0-9_.-]+(?:\/[a-z0-9_.-]+){2,}\/?|(?<![\p{L}\p{N}])[\w.-]+\/[\w.-]+\.[a-z]{1,4}\b/gu;

/** Values whose inside is never a separator (a time range's dash, a code's parentheses). */
const PROTECTED = new Set(['code', 'time-range', 'time', 'date', 'phone', 'money', 'percent']);
/** Roman numerals and single letters used as enumerators: (ii), iv, b. */
const ENUMERATOR = /^(?:[ivxlcdm]{1,6}|[a-z])\.?$/i;

interface Span {
  start: number;
  end: number;
}

/** Spans of text the configuration declares language-neutral (`neutral:` patterns). */
export type NeutralFinder = (text: string) => Span[];

export function splitPieces(text: string, neutral?: NeutralFinder): Piece[] {
  const pieces: Piece[] = [];
  const values = extractValues(text, 'und');
  const protectedSpans: Span[] = values.filter((v) => PROTECTED.has(v.kind));
  // Codes (s.21(1)(a)), URLs and e-mail addresses are pieces of their own: shared material.
  const neutralSpans: Span[] = values.filter((v) => v.kind === 'code');
  // Each pattern runs only when its tell-tale character is there (most lines have none).
  const slashes = countChar(text, 47);
  if (text.includes('://') || text.includes('www.')) addMatches(URL, text, neutralSpans);
  if (text.includes('@')) addMatches(EMAIL, text, neutralSpans);
  if (text.includes('`')) addMatches(CODE_SPAN, text, neutralSpans, true);
  if (slashes >= 2 || (slashes === 1 && /\/[\w-]+\.[a-z]{1,4}\b/.test(text))) addMatches(PATH, text, neutralSpans, true);
  neutralSpans.sort((a, b) => a.start - b.start);
  if (neutral) mergeSpans(neutralSpans, neutral(text));
  protectedSpans.push(...neutralSpans);
  const mixedCase = !isAllCaps(text);
  const ctx: PieceContext = { text, values, neutralSpans, mixedCase };
  let last = 0;
  let sep = 0;
  SEPARATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEPARATOR.exec(text)) !== null) {
    const tok = m[0];
    const core = tok.trim();
    const at = m.index;
    const end = at + tok.length;
    if (protectedSpans.some((v) => end > v.start && at < v.end)) continue;
    // Dates and fractions written with a bare slash keep it (12/09/2011).
    if (tok === '/' && isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(end))) continue;
    // A bare hyphen between digits is a range, not a separator.
    if (core === '-' && /\d\s*$/.test(text.slice(0, at)) && /^\s*\d/.test(text.slice(end))) continue;
    pushWithNeutral(pieces, ctx, last, at, sep);
    sep = strength(core);
    last = end;
  }
  pushWithNeutral(pieces, ctx, last, text.length, sep);
  return pieces;
}

function countChar(text: string, code: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) n++;
  return n;
}

/** Adds the matches of a pattern; with `skipInside`, not those inside a span already found (a URL's path). */
function addMatches(re: RegExp, text: string, spans: Span[], skipInside = false): void {
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(text)) !== null; ) {
    const start = m.index;
    const end = start + m[0].length;
    if (skipInside && spans.some((s) => start < s.end && end > s.start)) continue;
    spans.push({ start, end });
  }
}

interface PieceContext {
  text: string;
  values: Value[];
  neutralSpans: Span[];
  mixedCase: boolean;
}

/** Pushes the text [from, to) as pieces, with any neutral span inside it as a piece of its own. */
function pushWithNeutral(pieces: Piece[], ctx: PieceContext, from: number, to: number, sep: number): void {
  let pos = from;
  for (const c of ctx.neutralSpans) {
    if (c.start < from || c.end > to) continue;
    pushPiece(pieces, ctx, pos, c.start, sep, false);
    pushPiece(pieces, ctx, c.start, c.end, 1, true);
    sep = 1;
    pos = c.end;
  }
  pushPiece(pieces, ctx, pos, to, sep, false);
}

function strength(core: string): number {
  if (core === '' || core === ',' || core === ';' || core === ':') return 1;
  return 2;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** How the values inside [from, to) are written: 1:30 p.m. and $5 lean English, 13 h 30 and 5 $ French. */
function valueLean(values: Value[], from: number, to: number): number {
  let lean = 0;
  for (const v of values) {
    if (v.start < from || v.end > to) continue;
    const style = v.kind === 'time' ? v.style : v.kind === 'time-range' ? v.from.style : null;
    if (style === 'en-12h') lean -= 1.5;
    else if (style === 'fr-h') lean += 1.5;
    // A dollar sign before the amount is English; after it, French (1 500 $).
    else if (v.kind === 'money') lean += /^\s*(?:US|C|CA)?\$/.test(v.raw) ? -1.5 : /\$\s*(?:CA|US)?\s*$/.test(v.raw) ? 1.5 : 0;
  }
  return lean;
}

function pushPiece(pieces: Piece[], ctx: PieceContext, from: number, to: number, sepBefore: number, neutral: boolean): void {
  const { text } = ctx;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (to <= from) return;
  const s = text.slice(from, to);
  const score = scoreText(s);
  const lean = neutral ? 0 : valueLean(ctx.values, from, to);
  const wordy =
    !neutral &&
    /\p{L}{2,}/u.test(s) &&
    !ENUMERATOR.test(s) &&
    score.words > 0 &&
    !isNameLike(score) &&
    !isEditorialMark(text, from, to) &&
    // A lone word in capitals inside mixed-case text is an acronym (HAE, EST, PSDI).
    !(ctx.mixedCase && isAllCaps(s) && !/\s/.test(s));
  const threshold = score.known === 0 ? GUESSED_THRESHOLD : PIECE_THRESHOLD;
  let lang: PieceLang = 'und';
  if (wordy) lang = score.score >= threshold ? 'fr' : score.score <= -threshold ? 'en' : 'und';
  else if (!neutral && Math.abs(lean) >= 1.5) lang = lean > 0 ? 'fr' : 'en';
  pieces.push({ from, to, sepBefore: Math.max(sepBefore, pieces.length === 0 ? 0 : 1), lang, score, wordy, valueLean: lean, code: neutral });
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

export function readUnit(mt: MappedText, neutral?: NeutralFinder): UnitReading {
  const text = mt.text;
  const pieces = splitPieces(text, neutral);
  if (pieces.length === 0) return { kind: 'neutral' };
  if (pieces.some((p) => isMixed(p, text))) return { kind: 'neutral' };
  resolveUndecided(pieces);
  let runs = buildRuns(pieces, text);
  runs = dropWeakMinority(runs, pieces, text);
  if (runs.length === 0) {
    // No piece is clearly a language: its word pieces together may still be one (long prose
    // cut by commas into weak pieces). Codes, URLs and names say nothing.
    const words = pieces.filter((p) => p.wordy).map((p) => text.slice(p.from, p.to));
    if (words.length === 0) return { kind: 'neutral' };
    const whole = scoreText(words.join(' '));
    if (whole.words >= 2 && !isNameLike(whole)) {
      if (whole.score >= PIECE_THRESHOLD * 1.5) return { kind: 'mono', lang: 'fr', score: whole.score };
      if (whole.score <= -PIECE_THRESHOLD * 1.5) return { kind: 'mono', lang: 'en', score: whole.score };
    }
    return { kind: 'neutral' };
  }
  if (runs.every((r) => r.lang === runs[0].lang)) {
    const whole = scoreText(text);
    return { kind: 'mono', lang: runs[0].lang, score: whole.score };
  }
  attachBetween(runs, pieces);
  attachLeading(runs, pieces, text);
  for (const r of runs) r.score = scoreText(text.slice(r.from, r.to)).score;
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
  for (const r of runs) r.score = scoreText(text.slice(r.from, r.to)).score + valueLean(extractValuesCached(text), r.from, r.to);
  return runs;
}

let lastValuesText = '';
let lastValues: Value[] = [];
function extractValuesCached(text: string): Value[] {
  if (text !== lastValuesText) {
    lastValuesText = text;
    lastValues = extractValues(text, 'und');
  }
  return lastValues;
}

/**
 * A sentence with a place name the letters make look English (`…au 22, rue Eddy, Gatineau
 * (Québec)…`) is one French sentence, not a pair: a run in the other language much weaker than the
 * unit's strongest run is undecided.
 */
function dropWeakMinority(runs: Run[], pieces: Piece[], text: string): Run[] {
  if (runs.length < 2) return runs;
  const strongest = runs.reduce((a, b) => (Math.abs(b.score) > Math.abs(a.score) ? b : a));
  let changed = false;
  for (const r of runs) {
    if (r.lang === strongest.lang) continue;
    if (Math.abs(r.score) < MINORITY_MAX && Math.abs(r.score) < Math.abs(strongest.score) * MINORITY_RATIO) {
      for (let k = r.firstPiece; k <= r.lastPiece; k++) pieces[k].lang = 'und';
      changed = true;
    }
  }
  return changed ? buildRuns(pieces, text) : runs;
}

/**
 * Undecided pieces between two runs go to the side that makes the two sides look alike:
 * `Item 1 – Opening Remarks / Point 1 – Mot d'ouverture` gives FR `Point 1 – Mot d'ouverture`.
 */
function attachBetween(runs: Run[], pieces: Piece[]): void {
  for (let k = 0; k + 1 < runs.length; k++) {
    const a = runs[k];
    const b = runs[k + 1];
    const between = b.firstPiece - a.lastPiece - 1;
    if (between <= 0) continue;
    // Candidate cut: the in-between pieces [a.lastPiece+1, cut) go left, [cut, b.firstPiece) right.
    let best = -1;
    let bestScore = -Infinity;
    for (let cut = a.lastPiece + 1; cut <= b.firstPiece; cut++) {
      const left = cut - a.firstPiece;
      const right = b.lastPiece - cut + 1;
      let s = -Math.abs(left - right);
      // Prefer cutting at the strongest separator.
      s += pieces[cut].sepBefore * 0.5;
      if (s > bestScore) {
        bestScore = s;
        best = cut;
      }
    }
    const leftGain = best - a.lastPiece - 1;
    const rightGain = b.firstPiece - best;
    if (leftGain > 0 && pieces.slice(a.lastPiece + 1, best).every((p) => !p.code)) {
      a.lastPiece = best - 1;
      a.to = pieces[best - 1].to;
    }
    if (rightGain > 0 && pieces.slice(best, b.firstPiece).every((p) => !p.code)) {
      b.firstPiece = best;
      b.from = pieces[best].from;
    }
  }
}

/** A leading undecided label joined to the first run by a colon (`Presenter: Chief Audit Executive`). */
function attachLeading(runs: Run[], pieces: Piece[], text: string): void {
  const first = runs[0];
  const i = first.firstPiece - 1;
  if (i < 0) return;
  const p = pieces[i];
  if (p.wordy && p.lang === 'und' && text.slice(p.to, pieces[first.firstPiece].from).trim() === ':') {
    first.firstPiece = i;
    first.from = p.from;
  }
}

/** The separator strength at the boundary between two runs (the strongest between them). */
export function boundaryStrength(pieces: Piece[], a: Run, b: Run): number {
  let s = 0;
  for (let i = a.lastPiece + 1; i <= b.firstPiece; i++) s = Math.max(s, pieces[i].sepBefore);
  return s;
}

/** Adds spans to a sorted list, merging overlaps so that the list stays sorted and disjoint. */
function mergeSpans(into: Span[], more: Span[]): void {
  const all = [...into, ...more].sort((a, b) => a.start - b.start || b.end - a.end);
  into.length = 0;
  for (const s of all) {
    const last = into[into.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else into.push({ start: s.start, end: s.end });
  }
}
