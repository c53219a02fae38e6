// Leverage analysis: what the memory already covers in a job, as CAT tools report it before
// work starts — segments and words per match band.
//
// Each source segment (English by default) gets its best match. Bands, in order of precedence:
// context match (100 % in the same surroundings), 100 %, repetition (the same text earlier in the
// job, counted only for segments the memory does not cover at 100 %), then by score 95–99, 85–94,
// 75–84, 50–74, and no match. Language-neutral pairs (numbers, codes) and segments without words
// are not counted: there is nothing to translate in them.

import type { InputFile } from '../formats/index.js';
import type { Pair, Segment } from '../core/types.js';
import { identityText, wordCount } from './normalise.js';
import type { FuzzyMatcher } from './lookup.js';

export const BANDS = ['context', '100', 'repetitions', '95-99', '85-94', '75-84', '50-74', 'no-match'] as const;
export type Band = (typeof BANDS)[number];

export const BAND_LABELS: Record<Band, string> = {
  context: 'Context match',
  '100': '100 %',
  repetitions: 'Repetitions',
  '95-99': '95–99 %',
  '85-94': '85–94 %',
  '75-84': '75–84 %',
  '50-74': '50–74 %',
  'no-match': 'No match',
};

export interface BandCount {
  segments: number;
  words: number;
  characters: number;
}

export interface SegmentLeverage {
  pair: string;
  file: string;
  line: number;
  column: number;
  text: string;
  words: number;
  /** The pair has a translation in the file (a bilingual pair, not an orphan). */
  paired: boolean;
  band: Band;
  /** Best match score (0 when none). */
  score: number;
  match?: { id: number; en: string; fr: string };
}

export interface LeverageTable {
  bands: Record<Band, BandCount>;
  total: BandCount;
}

export interface LeverageReport {
  source: 'en' | 'fr';
  files: Array<{ file: string } & LeverageTable>;
  total: LeverageTable;
  segments: SegmentLeverage[];
}

export function bandOf(score: number): Band {
  if (score >= 100) return '100';
  if (score >= 95) return '95-99';
  if (score >= 85) return '85-94';
  if (score >= 75) return '75-84';
  if (score >= 50) return '50-74';
  return 'no-match';
}

function emptyTable(): LeverageTable {
  const bands = {} as Record<Band, BandCount>;
  for (const b of BANDS) bands[b] = { segments: 0, words: 0, characters: 0 };
  return { bands, total: { segments: 0, words: 0, characters: 0 } };
}

function addTo(t: LeverageTable, band: Band, words: number, characters: number): void {
  for (const c of [t.bands[band], t.total]) {
    c.segments++;
    c.words += words;
    c.characters += characters;
  }
}

/** The segment of a pair that is to be translated, if any. */
export function sourceSegment(p: Pair, source: 'en' | 'fr'): Segment | null {
  if (p.method === 'shared') return null;
  const seg = source === 'en' ? p.en : p.fr;
  if (!seg || seg.lang === 'und') return null;
  return seg;
}

export interface AnalyzeOptions {
  source?: 'en' | 'fr';
  onProgress?: (done: number, total: number) => void;
}

export function analyzeInputs(matcher: FuzzyMatcher, inputs: InputFile[], opts: AnalyzeOptions = {}): LeverageReport {
  const source = opts.source ?? 'en';
  const seen = new Set<string>();
  const total = emptyTable();
  const files: LeverageReport['files'] = [];
  const segments: SegmentLeverage[] = [];
  const all = inputs.reduce((n, i) => n + i.pairs.filter((p) => (source === 'en' ? p.en : p.fr) !== null).length, 0);
  let done = 0;
  for (const input of inputs) {
    const table = emptyTable();
    // Neighbours for context matches: the pairs of the file that have a source side, in order.
    const withSource = input.pairs.filter((p) => (source === 'en' ? p.en : p.fr) !== null);
    withSource.forEach((p, i) => {
      done++;
      if (opts.onProgress && (done & 0x3f) === 0) opts.onProgress(done, all);
      const seg = sourceSegment(p, source);
      if (!seg) return;
      const words = wordCount(seg.text);
      if (words === 0) return;
      const characters = seg.text.replace(/\s+/gu, '').length;
      const context = source === 'en' ? { prev: i > 0 ? withSource[i - 1].en!.text : null, next: i + 1 < withSource.length ? withSource[i + 1].en!.text : null } : undefined;
      const [best] = matcher.lookup(seg.text, { limit: 1, context });
      const score = best?.score ?? 0;
      const key = identityText(seg.text).replace(/\s+/gu, ' ');
      let band: Band;
      if (best?.context) band = 'context';
      else if (score === 100) band = '100';
      else if (seen.has(key)) band = 'repetitions';
      else band = bandOf(score);
      seen.add(key);
      addTo(table, band, words, characters);
      addTo(total, band, words, characters);
      const s: SegmentLeverage = { pair: p.id, file: seg.place.file, line: seg.place.line, column: seg.place.column, text: seg.text, words, paired: p.en !== null && p.fr !== null, band, score };
      if (best) s.match = { id: best.unit.id, en: best.unit.en, fr: best.unit.fr };
      segments.push(s);
    });
    files.push({ file: input.file, ...table });
  }
  opts.onProgress?.(all, all);
  return { source, files, total, segments };
}
