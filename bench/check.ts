// `bitext check` against pofilter (translate-toolkit) on the same 100,000+ pairs, in the same run:
// both read one PO file, run their checks and write their report. Each runs as a child process;
// CPU time (user + system) and peak memory come from the kernel's accounting of that child.
// Dataset: the OPUS MT EN/FR test sets (WMT news and Tatoeba; benchmark use only, not shipped),
// repeated to 100k pairs with a counter so no two pairs are the same.
// Run: npm run bench (or: npm run build && node dist/bench/check.js [pairs]); BITEXT_BENCH_RUNS sets
// how many times each tool runs (3 by default: the best CPU time of them counts).

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..').replace(/\/dist$/, '');
const SHARED = process.env.BITEXT_SHARED ?? resolve(ROOT, '../shared');
const OPUS = join(SHARED, 'eval/corpora/opus-mt-testsets-enfr');

export interface Usage {
  cpuSeconds: number;
  maxRssMiB: number;
  wallSeconds: number;
  status: number;
}

/** Runs a command and returns the child's CPU time and peak RSS, measured by the kernel. */
export function rusage(cmd: string[], cwd = ROOT): Usage {
  const py = [
    'import resource, subprocess, sys, time, json',
    't = time.time()',
    'p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)',
    'w = time.time() - t',
    'r = resource.getrusage(resource.RUSAGE_CHILDREN)',
    'print(json.dumps({"cpu": r.ru_utime + r.ru_stime, "rss": r.ru_maxrss / 1024, "wall": w, "status": p.returncode}))',
  ].join('\n');
  const out = spawnSync('python3', ['-c', py, ...cmd], { cwd, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`could not measure ${cmd.join(' ')}: ${out.stderr}`);
  const j = JSON.parse(out.stdout) as { cpu: number; rss: number; wall: number; status: number };
  return { cpuSeconds: j.cpu, maxRssMiB: j.rss, wallSeconds: j.wall, status: j.status };
}

function poString(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t') + '"';
}

/** The EN/FR pairs of the OPUS test sets, plus agenda items, as [en, fr]. */
function loadPairs(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const f of readdirSync(OPUS).filter((x) => x.endsWith('.eng')).sort()) {
    const en = readFileSync(join(OPUS, f), 'utf8').split('\n');
    const fr = readFileSync(join(OPUS, f.replace(/\.eng$/, '.fra')), 'utf8').split('\n');
    for (let i = 0; i < Math.min(en.length, fr.length); i++) if (en[i].trim() && fr[i].trim()) out.push([en[i].trim(), fr[i].trim()]);
  }
  return out;
}

/** A PO file of n distinct pairs (msgid EN, msgstr FR); msgctxt keeps repeated sources distinct. */
export function writeBenchPo(path: string, n: number): number {
  const base = loadPairs();
  const lines = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: fr\\n"', ''];
  for (let k = 0; k < n; k++) {
    const [en, fr] = base[k % base.length];
    const round = Math.floor(k / base.length);
    lines.push(`msgctxt "u${k}"`, `msgid ${poString(round ? `(${round}) ${en}` : en)}`, `msgstr ${poString(round ? `(${round}) ${fr}` : fr)}`, '');
  }
  writeFileSync(path, lines.join('\n'));
  return base.length;
}

/** Pairs in the small run that measures each tool's fixed cost. */
const SMALL_RUN = 1000;

/**
 * What a large run costs beyond a small one, per pair: pairs per CPU-second and MiB of peak memory
 * per 100,000 pairs (Infinity pairs per second when the large run cost no more CPU).
 */
export function marginal(small: Usage, large: Usage, smallPairs: number, largePairs: number): { pairsPerSecond: number; mibPer100k: number } {
  const pairs = largePairs - smallPairs;
  const cpu = large.cpuSeconds - small.cpuSeconds;
  return { pairsPerSecond: cpu > 0 ? pairs / cpu : Infinity, mibPer100k: (Math.max(0, large.maxRssMiB - small.maxRssMiB) * 100_000) / pairs };
}

/** The run with the least CPU time of `runs`, with the highest peak memory of them all. */
function best(cmd: string[], runs: number): Usage {
  const all: Usage[] = [];
  for (let i = 0; i < runs; i++) all.push(rusage(cmd));
  const fastest = all.reduce((a, u) => (u.cpuSeconds < a.cpuSeconds ? u : a));
  return { ...fastest, maxRssMiB: Math.max(...all.map((u) => u.maxRssMiB)), status: all.find((u) => u.status !== 0)?.status ?? 0 };
}

export function benchCheck(n = 100_000, runs = Number(process.env.BITEXT_BENCH_RUNS ?? 3)): void {
  console.log('## check: bitext against pofilter on the same pairs');
  if (!existsSync(OPUS)) {
    console.log(`skipped: ${OPUS} is missing (set BITEXT_SHARED to the shared folder)\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bitext-bench-'));
  try {
    const po = join(dir, 'bench.po');
    const unique = writeBenchPo(po, n);
    // A small catalog of the same pairs gives each tool's fixed cost (start-up, loading its data,
    // compiling): what the large run costs beyond it is the cost per pair.
    const small = Math.min(SMALL_RUN, Math.floor(n / 10));
    const smallPo = join(dir, 'small.po');
    writeBenchPo(smallPo, small);
    console.log(`dataset: ${n} pairs (${unique} distinct OPUS MT EN/FR test-set pairs, repeated with a counter), one PO file; and its first ${small} pairs`);
    const cli = join(ROOT, 'dist/src/cli/run.js');
    const ours = (file: string): string[] => ['node', cli, 'check', file, '--no-config', '--format', 'json', '--output', join(dir, 'report.json'), '--fail-on', 'never'];
    console.log(`bitext:   ${ours(po).join(' ').replaceAll(dir, '$TMP')}`);
    const havePofilter = spawnSync('pofilter', ['--version'], { encoding: 'utf8' }).status === 0;
    const theirs = (file: string): string[] => ['pofilter', '-i', file, '-o', join(dir, 'pofilter.po')];
    console.log(`pofilter: ${havePofilter ? theirs(po).join(' ').replaceAll(dir, '$TMP') : 'not installed (apt-get install translate-toolkit)'}\n`);
    // The machine may be shared: each tool runs `runs` times; the best CPU time counts (what the
    // work costs when nothing else competes), and the highest peak memory.
    const bSmall = best(ours(smallPo), runs);
    const b = best(ours(po), runs);
    if (b.status !== 0 || bSmall.status !== 0) throw new Error(`bitext check exited with ${b.status || bSmall.status}`);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { summary: { pairs: number; errors: number; warnings: number; infos: number } };
    const rows: string[] = [];
    const scale: string[] = [];
    const row = (name: string, u: Usage, found: string): string =>
      `| ${name} | ${u.cpuSeconds.toFixed(1)} s | ${Math.round(n / u.cpuSeconds).toLocaleString('en-CA')} | ${u.maxRssMiB.toFixed(0)} MiB | ${((u.maxRssMiB * 100_000) / n).toFixed(0)} MiB | ${found} |`;
    const scaleRow = (name: string, s: Usage, u: Usage): string => {
      const m = marginal(s, u, small, n);
      return `| ${name} | ${s.cpuSeconds.toFixed(1)} s | ${s.maxRssMiB.toFixed(0)} MiB | ${m.pairsPerSecond === Infinity ? '—' : Math.round(m.pairsPerSecond).toLocaleString('en-CA')} | ${m.mibPer100k.toFixed(0)} MiB |`;
    };
    rows.push(row('bitext check', b, `${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.infos} infos`));
    scale.push(scaleRow('bitext check', bSmall, b));
    let p: Usage | undefined;
    let pSmall: Usage | undefined;
    if (havePofilter) {
      pSmall = best(theirs(smallPo), runs);
      p = best(theirs(po), runs);
      const flagged = existsSync(join(dir, 'pofilter.po')) ? (readFileSync(join(dir, 'pofilter.po'), 'utf8').match(/^# \(pofilter\)/gm) ?? []).length : 0;
      rows.push(row('pofilter (default tests)', p, `${flagged} flags`));
      scale.push(scaleRow('pofilter (default tests)', pSmall, p));
    }
    console.log(`| tool (best CPU of ${runs} runs) | CPU time | pairs per CPU-second | peak RSS | per 100k pairs | found |`);
    console.log('|---|---:|---:|---:|---:|---|');
    for (const r of rows) console.log(r);
    console.log(`\nFixed cost and cost per pair: the run on the first ${small} pairs, and what the ${n}-pair run costs beyond it.\n`);
    console.log(`| tool | CPU time, ${small} pairs | peak RSS, ${small} pairs | pairs per CPU-second beyond | peak RSS per 100k pairs beyond |`);
    console.log('|---|---:|---:|---:|---:|');
    for (const r of scale) console.log(r);
    if (p && pSmall) {
      const mb = marginal(bSmall, b, small, n);
      const mp = marginal(pSmall, p, small, n);
      console.log(
        `\nbitext is ${(p.cpuSeconds / b.cpuSeconds).toFixed(1)}× faster than pofilter (target: ≥ 42,000 pairs per CPU-second, 20× pofilter's 2,100 units/s) and peaks at ` +
          `${((b.maxRssMiB * 100_000) / n).toFixed(0)} MiB per 100k pairs (target: < 200). Beyond the fixed cost of each tool: ${(mb.pairsPerSecond / mp.pairsPerSecond).toFixed(1)}× faster, ` +
          `${mb.mibPer100k.toFixed(0)} MiB per 100k pairs against pofilter's ${mp.mibPer100k.toFixed(0)}.`,
      );
    }
    console.log('Times include reading the PO file, aligning (keyed), every built-in check and writing the report.\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchCheck(Number(process.argv[2] ?? 100_000));
