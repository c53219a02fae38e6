// Translation memory at scale (issue 7, "Must show"), each figure beside a baseline of the same run:
//  1. 1,000,000 units (built from ../shared/eval/corpora and ../shared/corpus/tico19-tmx-en-fr with
//     variations) imported with `bitext tm import`: time and peak memory, beside parsing the same
//     TMX alone and a bare SQLite insert of the same rows.
//  2. Fuzzy lookup at 1M units on exact, edited and novel segments: p50/p95/p99, beside an
//     exhaustive scan with the same score, and the recall of the best match against that scan.
//  3. TMX round trip of TICO-19: import, export, validate against the TMX 1.4b DTD, compare.
//  4. kill -9 during the 1M import: the store opens, passes integrity_check, holds what it held.
//  5. The seed: `tm add` then `analyze` against itself; `check --tm` on an edited copy.
//
// Run: npm run bench:tm [-- --units 1000000 --queries 300 --only import,lookup,roundtrip,kill,seed]
// Files go to bench/out/ (git-ignored); the 1M TMX and store are reused when present.

import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { streamTmx, writeTmx, type TmxUnit } from '../src/formats/tmx.js';
import { TmStore } from '../src/tm/store.js';
import { FuzzyMatcher, type Match } from '../src/tm/lookup.js';
import { hash53 } from '../src/tm/normalise.js';
import { runCli } from '../src/cli/main.js';
import { captureIo } from '../src/cli/io.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.BITEXT_SHARED ?? resolve(ROOT, '../shared');
const OUT = join(ROOT, 'bench/out');
const CLI = join(ROOT, 'src/cli/run.ts');

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : dflt;
}

const UNITS = Number(arg('units', '1000000'));
const QUERIES = Number(arg('queries', '300'));
const ONLY = new Set(arg('only', 'import,lookup,roundtrip,kill,seed').split(','));
const fmt = (n: number): string => new Intl.NumberFormat('en-US').format(Math.round(n));
const mib = (kb: number): string => `${(kb / 1024).toFixed(0)} MiB`;

// ------------------------------------------------------------------------------------------------
// Deterministic data.

/** xorshift32: the same units and queries on every run. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

interface BasePair {
  en: string;
  fr: string;
  source: string;
}

async function basePairs(): Promise<BasePair[]> {
  const out: BasePair[] = [];
  const dir = join(SHARED, 'eval/corpora/opus-mt-testsets-enfr');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.eng')).sort()) {
    const en = readFileSync(join(dir, f), 'utf8').split('\n');
    const fr = readFileSync(join(dir, f.replace(/\.eng$/, '.fra')), 'utf8').split('\n');
    for (let i = 0; i < en.length; i++) if (en[i]?.trim() && fr[i]?.trim()) out.push({ en: en[i].trim(), fr: fr[i].trim(), source: f.replace(/\.eng$/, '') });
  }
  await streamTmx(join(SHARED, 'corpus/tico19-tmx-en-fr/all.en-fr.tmx'), (u) => void out.push({ en: u.en, fr: u.fr, source: 'tico19' }));
  return out;
}

const PREFIXES: Array<[string, string]> = [
  ['Note: ', 'Remarque : '],
  ['See section {n}. ', 'Voir la section {n}. '],
  ['Item {n}: ', 'Point {n} : '],
  ['Update {n} – ', 'Mise à jour {n} – '],
  ['In {y}, ', 'En {y}, '],
  ['Reminder: ', 'Rappel : '],
  ['Important: ', 'Important : '],
  ['Question {n}: ', 'Question {n} : '],
  ['Step {n}. ', 'Étape {n}. '],
  ['Please note that ', 'Veuillez noter que '],
];
const SUFFIXES: Array<[string, string]> = [
  [' (see Annex {n})', ' (voir l’annexe {n})'],
  [' – draft', ' – ébauche'],
  [' (updated {y})', ' (mis à jour en {y})'],
  [' Thank you.', ' Merci.'],
  [' [{n}]', ' [{n}]'],
  [' (ref. {n})', ' (réf. {n})'],
  [' {0}', ' {0}'],
  [' See <b>page {n}</b>.', ' Voir la <b>page {n}</b>.'],
];

function fill(s: string, r: () => number): [string, (t: string) => string] {
  const n = String(1 + Math.floor(r() * 400));
  const y = String(1990 + Math.floor(r() * 35));
  const f = (t: string): string => t.replace('{n}', n).replace('{y}', y);
  return [f(s), f];
}

/** One variation of a base pair: phrases added, numbers changed, two pairs joined, a word dropped. */
function vary(b: BasePair, next: BasePair, kind: number, r: () => number): [string, string] {
  switch (kind) {
    case 0: {
      const p = PREFIXES[Math.floor(r() * PREFIXES.length)];
      const [, f] = fill(p[0], r);
      return [f(p[0]) + b.en, f(p[1]) + b.fr];
    }
    case 1: {
      const s = SUFFIXES[Math.floor(r() * SUFFIXES.length)];
      const [, f] = fill(s[0], r);
      return [b.en + f(s[0]), b.fr + f(s[1])];
    }
    case 2: {
      const p = PREFIXES[Math.floor(r() * PREFIXES.length)];
      const s = SUFFIXES[Math.floor(r() * SUFFIXES.length)];
      const [, f] = fill(p[0] + s[0], r);
      return [f(p[0]) + b.en + f(s[0]), f(p[1]) + b.fr + f(s[1])];
    }
    case 3:
      return [`${b.en} ${next.en}`, `${b.fr} ${next.fr}`];
    case 4: {
      // Numbers changed on both sides (when both have the same count).
      const ne = b.en.match(/\d+/g) ?? [];
      const nf = b.fr.match(/\d+/g) ?? [];
      if (ne.length === 0 || ne.length !== nf.length) return vary(b, next, 0, r);
      const fresh = ne.map(() => String(1 + Math.floor(r() * 9000)));
      let i = 0;
      let j = 0;
      return [b.en.replace(/\d+/g, () => fresh[i++]), b.fr.replace(/\d+/g, () => fresh[j++])];
    }
    default: {
      // A word dropped from the English (an edited source with its old translation).
      const words = b.en.split(' ');
      if (words.length < 4) return vary(b, next, 1, r);
      words.splice(1 + Math.floor(r() * (words.length - 1)), 1);
      return [words.join(' '), b.fr];
    }
  }
}

/** The units of the big memory (distinct English), and the pairs held out for novel queries. */
function* generate(base: BasePair[], n: number): Generator<TmxUnit> {
  const r = rng(7);
  const seen = new Set<number>();
  let k = 0;
  const emit = (en: string, fr: string, source: string): TmxUnit | null => {
    const h = hash53(en);
    if (seen.has(h)) return null;
    seen.add(h);
    k++;
    const u: TmxUnit = { tuid: `u${k}`, en, fr, props: [], notes: [], line: 0, creationdate: '20240115T093000Z', creationid: 'bench' };
    if (k % 10 === 0) u.props.push({ type: 'x-source', value: source });
    return u;
  };
  for (let round = 0; k < n; round++) {
    for (let i = 0; i < base.length && k < n; i++) {
      const b = base[i];
      const [en, fr] = round === 0 ? [b.en, b.fr] : vary(b, base[(i + 1) % base.length], Math.floor(r() * 6), r);
      const u = emit(en, fr, b.source);
      if (u) yield u;
    }
    if (round > 400) break;
  }
}

function split(all: BasePair[]): { base: BasePair[]; heldOut: BasePair[] } {
  const base: BasePair[] = [];
  const heldOut: BasePair[] = [];
  all.forEach((p, i) => (i % 100 === 37 ? heldOut : base).push(p));
  return { base, heldOut };
}

// ------------------------------------------------------------------------------------------------
// Child processes: wall time and peak memory (maxRSS, KiB) of a command.

interface ChildResult {
  seconds: number;
  /** CPU time (user + system): what the work costs, whatever else the machine runs. */
  cpu: number;
  peakKiB: number;
  /** 1-minute load average when the child started and when it ended. */
  load: [number, number];
  code: number | null;
  stdout: string;
  stderr: string;
}

function tsxChild(args: string[], opts: { killWhen?: () => boolean } = {}): Promise<ChildResult> {
  const peakFile = join(OUT, `peak-${process.pid}-${Date.now()}.txt`);
  return new Promise((done) => {
    const load0 = loadavg()[0];
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', PEAK_MODULE, ...args], {
      cwd: ROOT,
      env: { ...process.env, BENCH_PEAK: peakFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let timer: NodeJS.Timeout | undefined;
    if (opts.killWhen) {
      const when = opts.killWhen;
      timer = setInterval(() => {
        if (when()) {
          clearInterval(timer);
          child.kill('SIGKILL');
        }
      }, 10);
    }
    child.on('exit', (code) => {
      if (timer) clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      let peakKiB = 0;
      let cpu = NaN;
      if (existsSync(peakFile)) {
        const p = JSON.parse(readFileSync(peakFile, 'utf8')) as { maxRSS: number; cpu: number };
        peakKiB = p.maxRSS;
        cpu = p.cpu;
        rmSync(peakFile);
      }
      done({ seconds, cpu, peakKiB, load: [load0, loadavg()[0]], code, stdout, stderr });
    });
  });
}

/** A module each child loads first: it writes the process's peak memory (maxRSS) when it exits. */
const PEAK_MODULE = join(OUT, 'peak-hook.mjs');

function removeStore(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-index-en', '-index-fr']) rmSync(path + suffix, { force: true });
}

// ------------------------------------------------------------------------------------------------
// Child modes (run by the bench itself in a separate process).

async function childMode(): Promise<boolean> {
  const i = process.argv.indexOf('--child');
  if (i < 0) return false;
  const mode = process.argv[i + 1];
  const file = process.argv[i + 2];
  if (mode === 'parse') {
    const r = await streamTmx(file, () => undefined);
    console.log(JSON.stringify(r));
  } else if (mode === 'raw-sqlite') {
    const db = new Database(process.argv[i + 3]);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE IF NOT EXISTS units (id INTEGER PRIMARY KEY, en TEXT NOT NULL, fr TEXT NOT NULL)');
    const ins = db.prepare('INSERT INTO units (en, fr) VALUES (?, ?)');
    db.exec('BEGIN');
    const r = await streamTmx(file, (u) => void ins.run(u.en, u.fr));
    db.exec('COMMIT');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    console.log(JSON.stringify(r));
  } else if (mode === 'generate') {
    const { base } = split(await basePairs());
    const n = await writeTmx(file, generate(base, Number(process.argv[i + 3])), { srcLang: 'en', creationTool: 'bitext-bench' });
    console.log(JSON.stringify({ units: n }));
  }
  return true;
}

// ------------------------------------------------------------------------------------------------

/** The machine's load averages (1, 5, 15 min) and cores: wall times depend on what else runs. */
function loadLine(): string {
  return `load average ${loadavg().map((x) => x.toFixed(2)).join(', ')} on ${availableParallelism()} cores`;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const big = {
  tmx: join(OUT, `tm-${UNITS}.tmx`),
  store: join(OUT, `tm-${UNITS}.sqlite`),
};

async function ensureTmx(): Promise<void> {
  if (existsSync(big.tmx)) return;
  console.log(`generating ${fmt(UNITS)} units → ${big.tmx}`);
  const r = await tsxChild([join(ROOT, 'bench/tm.ts'), '--child', 'generate', big.tmx, String(UNITS)]);
  if (r.code !== 0) throw new Error(`generation failed: ${r.stderr}`);
  console.log(`  ${r.stdout.trim()} in ${r.seconds.toFixed(1)} s, ${(statSync(big.tmx).size / 1048576).toFixed(0)} MiB of TMX`);
}

async function benchImport(): Promise<void> {
  console.log(`\n## 1. Import ${fmt(UNITS)} units (target: under 60 s, peak memory under 500 MiB)`);
  await ensureTmx();
  const parse = await tsxChild([join(ROOT, 'bench/tm.ts'), '--child', 'parse', big.tmx]);
  const rawDb = join(OUT, 'raw-baseline.sqlite');
  removeStore(rawDb);
  const raw = await tsxChild([join(ROOT, 'bench/tm.ts'), '--child', 'raw-sqlite', big.tmx, rawDb]);
  removeStore(rawDb);
  removeStore(big.store);
  const imp = await tsxChild([CLI, 'tm', 'import', big.tmx, '--tm', big.store]);
  if (imp.code !== 0) throw new Error(`import failed: ${imp.stderr}`);
  const store = TmStore.open(big.store);
  const units = store.count();
  store.close();
  const row = (name: string, r: ChildResult, note: string): string =>
    `  ${name.padEnd(29)} ${r.seconds.toFixed(1).padStart(6)} s wall  ${r.cpu.toFixed(1).padStart(6)} s CPU  peak ${mib(r.peakKiB).padStart(8)}  load ${r.load[0].toFixed(1)}→${r.load[1].toFixed(1)}  ${note}`;
  console.log(row('bitext tm import', imp, `${fmt(units)} units in the store (${fmt(units / imp.seconds)} units/s)`));
  console.log(row('baseline: parse TMX only', parse, '(streamTmx, no store)'));
  console.log(row('baseline: bare SQLite insert', raw, '(parse + en, fr rows only: no normalising, merging, origins or indexes)'));
  console.log(`  ${imp.stdout.trim().split('\n').join('\n  ')}`);
  console.log(`  store: ${(statSync(big.store).size / 1048576).toFixed(0)} MiB`);
}

/** A copy of `text` with a few word edits (deletion, insertion, substitution, number change). */
function edit(text: string, r: () => number, vocab: string[]): string {
  const words = text.split(' ');
  const edits = 1 + Math.floor(r() * 3);
  for (let e = 0; e < edits && words.length > 2; e++) {
    const at = Math.floor(r() * words.length);
    const kind = Math.floor(r() * 4);
    if (kind === 0) words.splice(at, 1);
    else if (kind === 1) words.splice(at, 0, vocab[Math.floor(r() * vocab.length)]);
    else if (kind === 2) words[at] = vocab[Math.floor(r() * vocab.length)];
    else words[at] = /\d/.test(words[at]) ? words[at].replace(/\d+/, String(Math.floor(r() * 999))) : `${words[at]} ${1 + Math.floor(r() * 99)}`;
  }
  return words.join(' ');
}

async function benchLookup(): Promise<void> {
  console.log(`\n## 2. Fuzzy lookup at ${fmt(UNITS)} units (target: p50 under 5 ms, p95 under 20 ms, recall of the best match ≥ 0.99)`);
  if (!existsSync(big.store)) await benchImport();
  const store = TmStore.open(big.store);
  rmSync(`${big.store}-index-en`, { force: true });
  const built = FuzzyMatcher.open(store, 'en');
  const loaded = FuzzyMatcher.open(store, 'en');
  const mem = process.memoryUsage();
  console.log(`  index: built from the store in ${(built.loadMs / 1000).toFixed(1)} s, loaded from its cache in ${(loaded.loadMs / 1000).toFixed(2)} s; process RSS ${fmt(mem.rss / 1048576)} MiB`);
  const matcher = loaded;

  // Queries: units of the memory as they are, edited, and held-out sentences the memory never saw.
  const r = rng(11);
  const n = store.count();
  const { heldOut } = split(await basePairs());
  const vocab = heldOut.flatMap((p) => p.en.split(' ')).filter((w) => /^[a-z]+$/i.test(w));
  const makeQueries = (count: number): Array<{ kind: string; text: string }> => {
    const out: Array<{ kind: string; text: string }> = [];
    const third = Math.ceil(count / 3);
    for (let i = 0; i < third; i++) out.push({ kind: 'exact', text: store.unit(1 + Math.floor(r() * n))!.en });
    for (let i = 0; i < third; i++) out.push({ kind: 'fuzzy', text: edit(store.unit(1 + Math.floor(r() * n))!.en, r, vocab) });
    for (let i = 0; i < third; i++) {
      const p = heldOut[Math.floor(r() * heldOut.length)];
      out.push({ kind: 'novel', text: r() < 0.5 ? p.en : edit(p.en, r, vocab) });
    }
    return out;
  };
  // Warm-up on other queries of the same kinds (compiled code, memory pages), then the measure.
  for (const q of makeQueries(Math.min(QUERIES, 150))) matcher.lookup(q.text, { limit: 5 });
  const queries = makeQueries(QUERIES);

  console.log(`  measuring at ${loadLine()}`);
  const times: number[] = [];
  const cpus: number[] = [];
  const byKind = new Map<string, Array<[number, number]>>();
  const answers: Match[][] = [];
  for (const q of queries) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const res = matcher.lookup(q.text, { limit: 5 });
    const dt = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1000;
    times.push(dt);
    cpus.push(cpu);
    answers.push(res);
    (byKind.get(q.kind) ?? byKind.set(q.kind, []).get(q.kind)!).push([dt, cpu]);
  }
  console.log(`  measured; now ${loadLine()}`);
  const sorted = [...times].sort((a, b) => a - b);
  const sortedCpu = [...cpus].sort((a, b) => a - b);
  const p = (a: number[], q: number): string => percentile(a, q).toFixed(2).padStart(6);
  console.log(`  bitext lookup, ${queries.length} queries, limit 5:`);
  console.log(`    all     wall p50 ${p(sorted, 50)} ms  p95 ${p(sorted, 95)} ms  p99 ${p(sorted, 99)} ms  |  CPU p50 ${p(sortedCpu, 50)} ms  p95 ${p(sortedCpu, 95)} ms  p99 ${p(sortedCpu, 99)} ms`);
  for (const [kind, ts] of byKind) {
    const w = ts.map((x) => x[0]).sort((a, b) => a - b);
    const c = ts.map((x) => x[1]).sort((a, b) => a - b);
    const hit = answers.filter((_, i) => queries[i].kind === kind && answers[i].length > 0).length;
    console.log(`    ${kind.padEnd(7)} wall p50 ${p(w, 50)} ms  p95 ${p(w, 95)} ms                |  CPU p50 ${p(c, 50)} ms  p95 ${p(c, 95)} ms   (${hit}/${ts.length} with a match ≥ 50)`);
  }

  // The exhaustive scan with the same score, on every query.
  const scanTimes: number[] = [];
  let same = 0;
  let sameUnit = 0;
  const misses: string[] = [];
  for (let i = 0; i < queries.length; i++) {
    const t0 = performance.now();
    const ex = matcher.exhaustive(queries[i].text, { limit: 5 });
    scanTimes.push(performance.now() - t0);
    const a = answers[i][0]?.score ?? -1;
    const b = ex[0]?.score ?? -1;
    if (a === b) same++;
    else misses.push(`${queries[i].kind}: index ${a}, scan ${b}: ${queries[i].text.slice(0, 70)}`);
    if ((answers[i][0]?.unit.id ?? -1) === (ex[0]?.unit.id ?? -1)) sameUnit++;
  }
  const ss = [...scanTimes].sort((a, b) => a - b);
  console.log(`  baseline: exhaustive scan     p50 ${percentile(ss, 50).toFixed(1)} ms  p95 ${percentile(ss, 95).toFixed(1)} ms  (every unit scored, same score)`);
  console.log(`  recall of the best match: ${(same / queries.length).toFixed(3)} (${same}/${queries.length} same best score; ${sameUnit} same best unit)`);
  for (const m of misses.slice(0, 5)) console.log(`    miss: ${m}`);
  console.log('  reference (issue 7, this kind of machine): PostgreSQL pg_trgm + GIN 190–410 ms p50 at 1M; FTS5 trigram + bm25 4.1 s; OmegaT-style full scan 838 ms; translate-toolkit tmserver ~50 ms at 100k');
  store.close();
}

interface UnitKey {
  key: string;
}

async function tmxUnits(file: string): Promise<Map<string, UnitKey & { props: string; notes: string }>> {
  const m = new Map<string, UnitKey & { props: string; notes: string }>();
  await streamTmx(file, (u) => {
    const key = `${u.en}\u0000${u.fr}`;
    const props = u.props
      .map((p) => `${p.type}=${p.value}`)
      .sort()
      .join('\n');
    const notes = [...u.notes].sort().join('\n');
    m.set(key, { key, props, notes });
  });
  return m;
}

async function benchRoundTrip(): Promise<void> {
  console.log('\n## 3. TMX round trip of TICO-19 (import, export, DTD validation, same units, properties and notes)');
  const src = join(SHARED, 'corpus/tico19-tmx-en-fr/all.en-fr.tmx');
  const db = join(OUT, 'tico19.sqlite');
  const out = join(OUT, 'tico19-export.tmx');
  removeStore(db);
  const io = captureIo(ROOT);
  let t0 = performance.now();
  let code = await runCli(['tm', 'import', src, '--tm', db], io);
  const tImport = performance.now() - t0;
  t0 = performance.now();
  code ||= await runCli(['tm', 'export', '--tm', db, '-o', out], io);
  const tExport = performance.now() - t0;
  if (code !== 0) throw new Error(io.err());
  const dtd = join(ROOT, 'test/fixtures/tm/tmx14.dtd');
  const v = spawnSync('xmllint', ['--nonet', '--noout', '--dtdvalid', dtd, out], { encoding: 'utf8' });
  const valid = v.status === 0 ? 'valid' : v.error ? 'xmllint missing' : `INVALID: ${v.stderr.split('\n')[0]}`;
  const a = await tmxUnits(src);
  const b = await tmxUnits(out);
  let missing = 0;
  let propsDiffer = 0;
  let notesDiffer = 0;
  for (const [k, u] of a) {
    const w = b.get(k);
    if (!w) missing++;
    else {
      if (w.props !== u.props) propsDiffer++;
      if (w.notes !== u.notes) notesDiffer++;
    }
  }
  const extra = [...b.keys()].filter((k) => !a.has(k)).length;
  let inUnits = 0;
  await streamTmx(src, () => void inUnits++);
  console.log(`  ${fmt(inUnits)} <tu> in (${fmt(a.size)} distinct EN/FR pairs), ${fmt(b.size)} exported; import ${tImport.toFixed(0)} ms, export ${tExport.toFixed(0)} ms`);
  console.log(`  DTD (tmx14.dtd, xmllint --dtdvalid): ${valid}`);
  console.log(`  missing units ${missing}, extra units ${extra}, properties differing ${propsDiffer}, notes differing ${notesDiffer}`);
}

function storeDigest(path: string): { units: number; digest: number; integrity: string; generation: number } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  const generation = Number(db.prepare(`SELECT value FROM meta WHERE key = 'generation'`).pluck().get());
  let digest = 0;
  let units = 0;
  for (const row of db.prepare('SELECT id, en, fr, seen FROM units ORDER BY id').raw().iterate() as IterableIterator<[number, string, string, number]>) {
    digest = (digest * 31 + hash53(`${row[0]}\u0000${row[1]}\u0000${row[2]}\u0000${row[3]}`)) % 9007199254740881;
    units++;
  }
  db.close();
  return { units, digest, integrity, generation };
}

async function benchKill(): Promise<void> {
  console.log(`\n## 4. kill -9 during the ${fmt(UNITS)}-unit import (the store must hold exactly what it held before)`);
  await ensureTmx();
  const seedDb = join(OUT, 'tico19.sqlite');
  if (!existsSync(seedDb)) await runCli(['tm', 'import', join(SHARED, 'corpus/tico19-tmx-en-fr/all.en-fr.tmx'), '--tm', seedDb], captureIo(ROOT));
  // Kill points by progress, whatever the machine's speed: the import writes about the size of the
  // finished store to the log before its commit, so the kill comes at a share of that.
  const full = existsSync(big.store) ? statSync(big.store).size : 400 << 20;
  for (const fraction of [0.3, 0.6, 0.95]) {
    const db = join(OUT, 'kill.sqlite');
    removeStore(db);
    // A store with content (TICO-19), closed cleanly.
    copyFileSync(seedDb, db);
    const before = storeDigest(db);
    const walSize = (): number => {
      try {
        return statSync(`${db}-wal`).size;
      } catch {
        return 0;
      }
    };
    const r = await tsxChild([CLI, 'tm', 'import', big.tmx, '--tm', db], { killWhen: () => walSize() >= fraction * full });
    // What the killed import had written to the log without committing it.
    const wal = existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0;
    const after = storeDigest(db);
    const store = TmStore.open(db);
    const reopened = store.count();
    store.close();
    const same = after.units === before.units && after.digest === before.digest && reopened === before.units && after.generation === before.generation;
    // A kill that lands after the COMMIT (in the checkpoint) leaves the whole import, which is right too.
    const committed = !same && after.generation === before.generation + 1 && r.code === null;
    const ok = after.integrity === 'ok' && (same || committed);
    const how = r.code === null ? `killed after ${r.seconds.toFixed(1)} s, ${(wal / 1048576).toFixed(0)} MiB of uncommitted log left` : `finished (exit ${r.code}) before the kill`;
    const content = same ? 'identical' : committed ? 'the whole import (the kill came after its commit)' : 'CHANGED';
    console.log(`  at ${Math.round(fraction * 100)} % of the log (${how}): integrity_check ${after.integrity}, units ${fmt(before.units)} → ${fmt(after.units)}, content ${content} ${ok ? '✔' : '✘'}`);
  }
}

async function benchSeed(): Promise<void> {
  console.log('\n## 5. The seed: tm add, then analyze against itself; check --tm on an edited copy');
  const seed = join(SHARED, 'seeds/000_e93702a3d9ac62fd.txt');
  const db = join(OUT, 'seed.sqlite');
  removeStore(db);
  const io = captureIo(ROOT);
  await runCli(['tm', 'add', seed, '--tm', db, '--include-errors'], io);
  console.log(`  ${io.out().trim().split('\n').join('\n  ')}`);
  const io2 = captureIo(ROOT);
  await runCli(['analyze', seed, '--tm', db, '--format', 'json'], io2);
  const report = JSON.parse(io2.out()) as { segments: Array<{ paired: boolean; band: string; score: number }> };
  const paired = report.segments.filter((s) => s.paired);
  const full = paired.filter((s) => s.band === 'context' || s.band === '100');
  const orphans = report.segments.length - paired.length;
  console.log(`  analyze: ${full.length}/${paired.length} translated pairs at 100 % (${paired.filter((s) => s.band === 'context').length} context matches); ${orphans} untranslated (English-only) segments are not in the memory`);
  // Without --include-errors, the pairs the checks find errors in stay out of the memory.
  const strict = join(OUT, 'seed-strict.sqlite');
  removeStore(strict);
  const io4 = captureIo(ROOT);
  await runCli(['tm', 'add', seed, '--tm', strict, '--format', 'json'], io4);
  const kept = JSON.parse(io4.out()) as { keptOut: { errors: number }; errorPairs: string[] };
  console.log(`  without --include-errors: ${kept.keptOut.errors} pairs with error findings kept out (${kept.errorPairs.join(', ')})`);
  // One translation changed in a copy.
  const text = readFileSync(seed, 'utf8');
  const edited = text.replace('Conference code/Code de conférence: 2596210#', 'Conference code/Code de la conférence: 2596210#');
  const copy = join(OUT, 'seed-edited.txt');
  writeFileSync(copy, edited);
  const io3 = captureIo(ROOT);
  await runCli(['check', copy, '--tm', db, '--format', 'json', '--no-config'], io3);
  const findings = (JSON.parse(io3.out()) as { findings: Array<{ rule: string; line: number; message: string; suggestion?: string }> }).findings.filter((f) => f.rule === 'inconsistent-translation');
  for (const f of findings) console.log(`  check --tm: line ${f.line}: ${f.message} → suggestion ${JSON.stringify(f.suggestion)}`);
  if (findings.length === 0) console.log('  check --tm: NO inconsistent-translation finding');
}

async function main(): Promise<void> {
  if (await childMode()) return;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    PEAK_MODULE,
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { if (process.env.BENCH_PEAK) { const u = process.resourceUsage(); writeFileSync(process.env.BENCH_PEAK, JSON.stringify({ maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 })); } });\n",
  );
  console.log(`bitext TM bench: ${fmt(UNITS)} units, ${QUERIES} queries, Node ${process.version}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${loadLine()}`);
  if (ONLY.has('import')) await benchImport();
  if (ONLY.has('lookup')) await benchLookup();
  if (ONLY.has('roundtrip')) await benchRoundTrip();
  if (ONLY.has('kill')) await benchKill();
  if (ONLY.has('seed')) await benchSeed();
}

await main();
