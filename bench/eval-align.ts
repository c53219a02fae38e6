// `npm run eval:align`: strict and lax F1 of bitext's parallel aligner on the gold sets in
// ../shared/eval/alignment, side by side with hunalign run in the same process on the same input.
//
//   npx tsx bench/eval-align.ts [--sets textberg,baf,novels,textberg-dev] [--no-hunalign]
//                               [--per-doc] [--calibration] [--errors] [--out DIR]
//
// --errors prints, for each document, the runs where bitext and the gold disagree, with their
// sentences, grouped by table of contents, bibliography and body.
//
// Scoring follows the protocol of that folder's README (Sennrich & Volk): beads as sets,
// strict = same bead, lax = some shared link, counts summed over the documents of a set.

import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { alignSentences } from '../src/align/parallel.js';
import type { ValueLang } from '../src/lang/values.js';
import { addCounts, countHits, figures, formatBeads, loadDoc, zeroCounts, type Counts, type GoldSet, type ScoredBead } from './align-score.js';
import { errorRuns, formatErrorRuns } from './align-errors.js';
import { hunalign, HUNALIGN_SETTINGS } from './hunalign.js';

const ROOT = resolve(import.meta.dirname, '..', '..', 'shared', 'eval', 'alignment');

function loadSets(ids: string[]): GoldSet[] {
  const out: GoldSet[] = [];
  for (const id of ids) {
    if (id === 'textberg' || id === 'textberg-dev') {
      const dir = join(ROOT, 'textberg-defr');
      const names = id === 'textberg' ? ['test0', 'test1', 'test2', 'test3', 'test4', 'test5', 'test6'] : ['dev'];
      out.push({ id, label: id === 'textberg' ? 'Text+Berg test (DE-FR)' : 'Text+Berg dev (DE-FR)', srcLang: 'und', tgtLang: 'fr', docs: names.map((n) => loadDoc(dir, n, 'de', 'fr', 'defr')) });
    } else if (id === 'baf') {
      out.push({ id, label: 'BAF citi1 (EN-FR)', srcLang: 'en', tgtLang: 'fr', docs: [loadDoc(join(ROOT, 'baf-citi1-enfr'), 'citi1', 'en', 'fr', 'enfr')] });
    } else if (id === 'novels') {
      const dir = join(ROOT, 'transread-novels-enfr');
      const names = readdirSync(dir)
        .filter((f) => f.endsWith('.enfr'))
        .map((f) => f.slice(0, -5))
        .sort();
      out.push({ id, label: 'TransRead novels (EN-FR)', srcLang: 'en', tgtLang: 'fr', docs: names.map((n) => loadDoc(dir, n, 'en', 'fr', 'enfr')) });
    } else {
      throw new Error(`unknown set ${id} (textberg, textberg-dev, baf, novels)`);
    }
  }
  return out;
}

interface Row {
  system: string;
  counts: Counts;
  ms: number;
}

interface Args {
  sets: string[];
  hunalign: boolean;
  perDoc: boolean;
  calibration: boolean;
  errors: boolean;
  out?: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { sets: ['textberg', 'baf', 'novels'], hunalign: true, perDoc: false, calibration: false, errors: false };
  for (let k = 0; k < argv.length; k++) {
    const x = argv[k];
    if (x === '--sets') a.sets = argv[++k].split(',');
    else if (x === '--no-hunalign') a.hunalign = false;
    else if (x === '--per-doc') a.perDoc = true;
    else if (x === '--calibration') a.calibration = true;
    else if (x === '--errors') a.errors = true;
    else if (x === '--out') a.out = argv[++k];
    else throw new Error(`unknown argument ${x}`);
  }
  return a;
}

const f3 = (x: number): string => x.toFixed(3);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(ROOT)) throw new Error(`gold sets not found at ${ROOT}`);
  const sets = loadSets(args.sets);
  const table: Array<{ set: GoldSet; rows: Row[] }> = [];
  // Confidence calibration: (raw posterior, shape, strict hit) for every bead we output.
  const calib: CalibrationPoint[] = [];
  for (const set of sets) {
    const rows: Row[] = [];
    let ours = zeroCounts();
    const t0 = performance.now();
    for (const doc of set.docs) {
      const langs = { srcLang: set.srcLang as ValueLang, tgtLang: set.tgtLang as ValueLang };
      const beads = alignSentences(doc.src, doc.tgt, langs);
      const c = countHits(doc.gold, beads);
      ours = addCounts(ours, c);
      if (args.perDoc) console.log(`  ${set.id}/${doc.name}: strict F1 ${f3(figures(c).strict.f1)} (${doc.src.length}×${doc.tgt.length})`);
      if (args.errors) console.log(`${formatErrorRuns(`${set.id}/${doc.name}`, doc.src, doc.tgt, errorRuns(doc.src, doc.tgt, doc.gold, beads))}\n`);
      if (args.calibration) collectCalibration(set.id, doc.gold, beads, alignSentences(doc.src, doc.tgt, { ...langs, scores: 'posterior' }), calib);
      if (args.out) {
        mkdirSync(join(args.out, set.id), { recursive: true });
        writeFileSync(join(args.out, set.id, `${doc.name}.hyp`), formatBeads(beads));
      }
    }
    rows.push({ system: 'bitext', counts: ours, ms: performance.now() - t0 });
    if (args.hunalign) {
      for (const [name, hargs] of Object.entries(HUNALIGN_SETTINGS)) {
        let c = zeroCounts();
        const h0 = performance.now();
        for (const doc of set.docs) c = addCounts(c, countHits(doc.gold, await hunalign(doc.src, doc.tgt, hargs)));
        rows.push({ system: `hunalign ${name}`, counts: c, ms: performance.now() - h0 });
      }
    }
    table.push({ set, rows });
  }
  printTable(table);
  if (args.calibration) printCalibration(calib);
}

interface CalibrationPoint {
  set: string;
  /** Reported confidence and raw posterior. */
  conf: number;
  post: number;
  nul: number;
  multi: number;
  ok: boolean;
}

function collectCalibration(set: string, gold: ScoredBead[], hyp: ScoredBead[], raw: ScoredBead[], out: CalibrationPoint[]): void {
  const key = (b: ScoredBead): string => `${b.src.join(',')}:${b.tgt.join(',')}`;
  const g = new Set(gold.map(key));
  hyp.forEach((b, k) => {
    out.push({
      set,
      conf: b.score ?? 1,
      post: raw[k].score ?? 1,
      nul: b.src.length === 0 || b.tgt.length === 0 ? 1 : 0,
      multi: b.src.length > 1 || b.tgt.length > 1 ? 1 : 0,
      ok: g.has(key(b)),
    });
  });
}

const logit = (p: number): number => {
  const q = Math.min(1 - 1e-5, Math.max(1e-5, p));
  return Math.log(q / (1 - q));
};

/** Logistic regression of correctness on [logit(posterior), 1, null, multi] by Newton's method. */
function fitPlatt(points: CalibrationPoint[]): number[] {
  const X = points.map((p) => [logit(p.post), 1, p.nul, p.multi]);
  const y = points.map((p) => (p.ok ? 1 : 0));
  const loglik = (w: number[]): number =>
    X.reduce((s, x, n) => {
      const z = x.reduce((t, v, k) => t + v * w[k], 0);
      return s - Math.log1p(Math.exp(y[n] ? -z : z));
    }, 0);
  let w = [1, 0, 0, 0];
  let ll = loglik(w);
  for (let it = 0; it < 50; it++) {
    const g = [0, 0, 0, 0];
    const H = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
    X.forEach((x, n) => {
      const z = x.reduce((s, v, k) => s + v * w[k], 0);
      const p = 1 / (1 + Math.exp(-z));
      for (let a = 0; a < 4; a++) {
        g[a] += (y[n] - p) * x[a];
        for (let b = 0; b < 4; b++) H[a][b] += p * (1 - p) * x[a] * x[b] + (a === b ? 1e-3 : 0);
      }
    });
    // Damped Newton: halve the step until the likelihood does not fall.
    const d = solve(H, g);
    let step = 1;
    let next = w;
    let nll = -Infinity;
    for (; step > 1e-4; step /= 2) {
      next = w.map((v, k) => v + step * d[k]);
      nll = loglik(next);
      if (nll >= ll) break;
    }
    if (nll < ll || nll - ll < 1e-9) break;
    w = next;
    ll = nll;
  }
  return w;
}

/** Solves H·d = g (4×4, Gaussian elimination). */
function solve(H: number[][], g: number[]): number[] {
  const n = g.length;
  const A = H.map((row, k) => [...row, g[k]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r][c]) > Math.abs(A[p][c])) p = r;
    [A[c], A[p]] = [A[p], A[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || A[c][c] === 0) continue;
      const f = A[r][c] / A[c][c];
      for (let k = c; k <= n; k++) A[r][k] -= f * A[c][k];
    }
  }
  return A.map((row, k) => (row[k] === 0 ? 0 : row[n] / row[k]));
}

function printTable(table: Array<{ set: GoldSet; rows: Row[] }>): void {
  console.log('');
  console.log('| set | system | strict P | strict R | strict F1 | lax F1 | time |');
  console.log('|---|---|---|---|---|---|---|');
  for (const { set, rows } of table) {
    const hun = rows.filter((r) => r.system.startsWith('hunalign'));
    const bestHun = hun.length ? hun.reduce((a, b) => (figures(b.counts).strict.f1 > figures(a.counts).strict.f1 ? b : a)) : null;
    for (const r of rows) {
      const f = figures(r.counts);
      const mark = r === bestHun ? ' (best)' : '';
      console.log(`| ${set.label} | ${r.system}${mark} | ${f3(f.strict.p)} | ${f3(f.strict.r)} | ${f3(f.strict.f1)} | ${f3(f.lax.f1)} | ${(r.ms / 1000).toFixed(1)} s |`);
    }
  }
  console.log('');
  console.log('Strict F1, side by side:');
  for (const { set, rows } of table) {
    const ours = figures(rows[0].counts).strict.f1;
    const hun = rows.slice(1).map((r) => figures(r.counts).strict.f1);
    const best = hun.length ? Math.max(...hun) : NaN;
    console.log(`  ${set.label.padEnd(28)} bitext ${f3(ours)}   hunalign (best setting) ${hun.length ? f3(best) : '—'}${hun.length ? (ours > best ? '   bitext ahead' : '   hunalign ahead') : ''}`);
  }
}

function printCalibration(calib: CalibrationPoint[]): void {
  const bins = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001];
  const table = (label: string, value: (p: CalibrationPoint) => number): void => {
    console.log('');
    console.log(`${label}:`);
    console.log('| confidence | beads | correct |');
    console.log('|---|---|---|');
    for (let k = 0; k + 1 < bins.length; k++) {
      const sel = calib.filter((p) => value(p) >= bins[k] && value(p) < bins[k + 1]);
      if (!sel.length) continue;
      console.log(`| ${bins[k].toFixed(2)}–${Math.min(1, bins[k + 1]).toFixed(2)} | ${sel.length} | ${f3(sel.filter((p) => p.ok).length / sel.length)} |`);
    }
    console.log(`Brier score ${brier(calib, value).toFixed(4)} over ${calib.length} beads`);
  };
  table('Reported confidence against strict correctness', (p) => p.conf);
  table('Raw posterior against strict correctness', (p) => p.post);
  const w = fitPlatt(calib);
  console.log('');
  console.log(`Platt fit on all sets: A=${w[0].toFixed(3)} B=${w[1].toFixed(3)} C=${w[2].toFixed(3)} D=${w[3].toFixed(3)}`);
  // Held-out check: fit on the other sets, score the Brier of each set.
  for (const set of [...new Set(calib.map((p) => p.set))]) {
    const wt = fitPlatt(calib.filter((p) => p.set !== set));
    const test = calib.filter((p) => p.set === set);
    const pred = (p: CalibrationPoint): number => 1 / (1 + Math.exp(-(wt[0] * logit(p.post) + wt[1] + wt[2] * p.nul + wt[3] * p.multi)));
    console.log(`  held out ${set}: Brier raw ${brier(test, (p) => p.post).toFixed(4)}, fitted on the others ${brier(test, pred).toFixed(4)}, reported ${brier(test, (p) => p.conf).toFixed(4)}`);
  }
}

function brier(points: CalibrationPoint[], value: (p: CalibrationPoint) => number): number {
  return points.reduce((s, p) => s + (value(p) - (p.ok ? 1 : 0)) ** 2, 0) / Math.max(1, points.length);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
