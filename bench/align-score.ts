// Strict and lax precision/recall/F1 of sentence alignments (the protocol of Sennrich & Volk, as
// written in shared/eval/alignment/README.md), and the reading of the gold-set files.

import { readFileSync } from 'node:fs';

export interface ScoredBead {
  src: number[];
  tgt: number[];
  score?: number;
}

export interface Counts {
  /** Hypothesis beads, and how many are strict / lax hits. */
  hyp: number;
  precStrict: number;
  precLax: number;
  /** Gold beads with both sides non-empty, and how many are strict / lax recalled. */
  gold: number;
  recStrict: number;
  recLax: number;
}

export interface Figures {
  strict: { p: number; r: number; f1: number };
  lax: { p: number; r: number; f1: number };
}

/** Parses `[0, 1]:[2]` lines (a trailing `:score` is allowed). */
export function parseBeads(text: string): ScoredBead[] {
  const out: ScoredBead[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\[([^\]]*)\]\s*:\s*\[([^\]]*)\](?:\s*:\s*([-+.\deE]+))?\s*$/.exec(line);
    if (!m) continue;
    const nums = (s: string): number[] => (s.trim() ? s.split(',').map((x) => Number(x.trim())) : []);
    out.push({ src: nums(m[1]), tgt: nums(m[2]), score: m[3] !== undefined ? Number(m[3]) : undefined });
  }
  return out;
}

export function formatBeads(beads: ScoredBead[]): string {
  return beads.map((b) => `[${b.src.join(', ')}]:[${b.tgt.join(', ')}]${b.score !== undefined ? `:${b.score.toFixed(3)}` : ''}`).join('\n') + '\n';
}

const key = (b: ScoredBead): string => `${[...b.src].sort((x, y) => x - y).join(',')}:${[...b.tgt].sort((x, y) => x - y).join(',')}`;

function dedupe(beads: ScoredBead[]): ScoredBead[] {
  const seen = new Set<string>();
  const out: ScoredBead[] = [];
  for (const b of beads) {
    if (b.src.length === 0 && b.tgt.length === 0) continue;
    const k = key(b);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(b);
  }
  return out;
}

/** Links (source, target) of a set of beads, as `s:t` strings. */
function links(beads: ScoredBead[]): Set<string> {
  const out = new Set<string>();
  for (const b of beads) for (const s of b.src) for (const t of b.tgt) out.add(`${s}:${t}`);
  return out;
}

function laxHit(b: ScoredBead, ref: Set<string>): boolean {
  for (const s of b.src) for (const t of b.tgt) if (ref.has(`${s}:${t}`)) return true;
  return false;
}

/** Hit counts of one document. */
export function countHits(goldIn: ScoredBead[], hypIn: ScoredBead[]): Counts {
  const gold = dedupe(goldIn);
  const hyp = dedupe(hypIn);
  const goldKeys = new Set(gold.map(key));
  const goldLinks = links(gold);
  const c: Counts = { hyp: hyp.length, precStrict: 0, precLax: 0, gold: 0, recStrict: 0, recLax: 0 };
  for (const b of hyp) {
    const strict = goldKeys.has(key(b));
    if (strict) c.precStrict++;
    if (strict || laxHit(b, goldLinks)) c.precLax++;
  }
  const hypFull = hyp.filter((b) => b.src.length && b.tgt.length);
  const hypKeys = new Set(hypFull.map(key));
  const hypLinks = links(hypFull);
  for (const g of gold) {
    if (!g.src.length || !g.tgt.length) continue;
    c.gold++;
    const strict = hypKeys.has(key(g));
    if (strict) c.recStrict++;
    if (strict || laxHit(g, hypLinks)) c.recLax++;
  }
  return c;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    hyp: a.hyp + b.hyp,
    precStrict: a.precStrict + b.precStrict,
    precLax: a.precLax + b.precLax,
    gold: a.gold + b.gold,
    recStrict: a.recStrict + b.recStrict,
    recLax: a.recLax + b.recLax,
  };
}

export const zeroCounts = (): Counts => ({ hyp: 0, precStrict: 0, precLax: 0, gold: 0, recStrict: 0, recLax: 0 });

export function figures(c: Counts): Figures {
  const f = (hitP: number, hitR: number): { p: number; r: number; f1: number } => {
    const p = c.hyp ? hitP / c.hyp : 0;
    const r = c.gold ? hitR / c.gold : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  return { strict: f(c.precStrict, c.recStrict), lax: f(c.precLax, c.recLax) };
}

export interface GoldDoc {
  name: string;
  src: string[];
  tgt: string[];
  gold: ScoredBead[];
}

export interface GoldSet {
  id: string;
  label: string;
  srcLang: string;
  tgtLang: string;
  docs: GoldDoc[];
}

/** The lines of a one-sentence-per-line file (a final newline does not make an extra line). */
export function readLines(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => l.replace(/\r$/, ''));
}

export function loadDoc(dir: string, name: string, srcExt: string, tgtExt: string, goldExt: string): GoldDoc {
  return {
    name,
    src: readLines(`${dir}/${name}.${srcExt}`),
    tgt: readLines(`${dir}/${name}.${tgtExt}`),
    gold: parseBeads(readFileSync(`${dir}/${name}.${goldExt}`, 'utf8')),
  };
}
