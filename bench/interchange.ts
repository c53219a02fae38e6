// Interchange formats: TMX streaming in bounded memory (100,000 units), TMX and XLIFF writing,
// XLIFF reading, and how fast hostile XML is refused — beside translate-toolkit where it reads
// the same file.
// Run: npx tsx bench/interchange.ts   (node --expose-gc gives steadier heap figures)

import { mkdtempSync, rmSync, writeFileSync, statSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { streamTmx, writeTmx, type TmxUnit } from '../src/formats/tmx.js';
import { readXliff } from '../src/formats/xliff.js';
import { xliffString } from '../src/formats/xliff-writer.js';
import { readInputs } from '../src/formats/index.js';
import { UserError } from '../src/core/errors.js';

const SHARED = process.env.BITEXT_SHARED ?? '/work/shared';
const TICO = join(SHARED, 'corpus/tico19-tmx-en-fr/all.en-fr.tmx');
const FOCUS = join(SHARED, 'corpus/focus-ios-xliff12-fr/focus-ios.fr.xliff');
const UNITS = 100_000;
const dir = mkdtempSync(join(tmpdir(), 'bitext-bench-'));
const gc = (globalThis as { gc?: () => void }).gc;
const mib = (n: number): string => `${(n / 1048576).toFixed(1)} MiB`;

function timed<T>(f: () => T): { value: T; wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, wall, cpu: (c.user + c.system) / 1000 };
}

async function timedAsync<T>(f: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, wall, cpu: (c.user + c.system) / 1000 };
}

try {
  // 1. A 100,000-unit TMX, written by writeTmx from the TICO-19 units (cycled, ids made unique).
  const tico: TmxUnit[] = [];
  await streamTmx(TICO, (u) => void tico.push(u));
  const big = join(dir, 'big.tmx');
  function* cycle(): Generator<TmxUnit> {
    for (let i = 0; i < UNITS; i++) {
      const u = tico[i % tico.length];
      yield { ...u, tuid: `${u.tuid}#${i}` };
    }
  }
  const w = await timedAsync(() => writeTmx(big, cycle()));
  const size = statSync(big).size;
  console.log(`writeTmx      ${UNITS} units, ${mib(size)}: ${w.wall.toFixed(0)} ms wall, ${w.cpu.toFixed(0)} ms CPU (${Math.round(UNITS / (w.cpu / 1000))} units/CPU-s)`);

  // 2. streamTmx over it: time, then memory. What stays alive (the heap after a collection, sampled
  // every 10,000 units) must not grow with the file.
  const s = await timedAsync(() => streamTmx(big, () => undefined));
  console.log(`streamTmx     ${s.value.units} units: ${s.wall.toFixed(0)} ms wall, ${s.cpu.toFixed(0)} ms CPU (${Math.round(s.value.units / (s.cpu / 1000))} units/CPU-s)`);
  if (gc) {
    gc();
    const heap0 = process.memoryUsage().heapUsed;
    const live: number[] = [];
    let n = 0;
    await streamTmx(big, () => {
      if (++n % 10_000 === 0) {
        gc();
        live.push(process.memoryUsage().heapUsed - heap0);
      }
    });
    console.log(`  live heap growth every 10,000 units (MiB): ${live.map((x) => (x / 1048576).toFixed(1)).join(' ')} — for a ${mib(size)} file`);
  } else console.log('  (run with node --expose-gc for the live-heap figures)');

  // Peer: translate-toolkit parses the whole file into memory.
  const py = spawnSync('/usr/bin/python3', ['-c', 'import sys,time,resource\nfrom translate.storage import tmx\nt=time.process_time()\nf=tmx.tmxfile.parsefile(sys.argv[1])\nprint(len(f.units), round((time.process_time()-t)*1000), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)', big], { encoding: 'utf8' });
  if (py.status === 0) {
    const [units, cpu, rss] = py.stdout.trim().split(' ').map(Number);
    console.log(`  peer: translate-toolkit tmxfile.parsefile: ${units} units, ${cpu} ms CPU (${Math.round(units / (cpu / 1000))} units/CPU-s), max RSS ${mib(rss * 1024)}`);
  } else console.log('  peer: translate-toolkit not available (/usr/bin/python3 -c "import translate")');

  // 3. XLIFF: read the Xcode export and write it back, 20 times.
  const rx = timed(() => {
    let pairs = 0;
    for (let i = 0; i < 20; i++) pairs += readXliff(FOCUS).pairs.length;
    return pairs;
  });
  console.log(`readXliff     ${rx.value} units (focus-ios ×20): ${rx.cpu.toFixed(0)} ms CPU (${Math.round(rx.value / (rx.cpu / 1000))} units/CPU-s)`);
  const pairs = readXliff(FOCUS).pairs;
  const wx = timed(() => {
    let bytes = 0;
    for (let i = 0; i < 20; i++) bytes += xliffString(pairs.map((pair) => ({ pair, findings: [] })), { version: i % 2 ? '2.0' : '1.2' }).length;
    return bytes;
  });
  console.log(`xliffString   ${pairs.length * 20} units (1.2 and 2.0): ${wx.cpu.toFixed(0)} ms CPU (${Math.round((pairs.length * 20) / (wx.cpu / 1000))} units/CPU-s)`);

  // 4. Hostile XML: refused before anything is expanded, in bounded memory.
  const laughs = join(dir, 'laughs.xlf');
  let decl = '<!ENTITY lol0 "lol">';
  for (let i = 1; i < 10; i++) decl += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
  writeFileSync(laughs, `<?xml version="1.0"?><!DOCTYPE xliff [${decl}]><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="x" source-language="en" target-language="fr" datatype="plaintext"><body><trans-unit id="1"><source>&lol9;</source></trans-unit></body></file></xliff>`);
  const bl = await timedAsync(async () => readInputs([laughs]).catch((e: unknown) => e));
  console.log(`billion laughs (10^9 expansions): refused in ${bl.wall.toFixed(1)} ms — ${(bl.value as UserError).format()}`);

  // A TMX whose internal subset is 200 MiB of entity declarations, read as a stream.
  const huge = join(dir, 'huge-subset.tmx');
  const fd = openSync(huge, 'w');
  writeSync(fd, '<?xml version="1.0"?>\n<!DOCTYPE tmx [\n');
  const chunk = Array.from({ length: 10_000 }, (_, i) => `<!ENTITY e${i} "${'x'.repeat(1000)}">\n`).join('');
  for (let written = 0; written < 200 * 1048576; written += chunk.length) writeSync(fd, chunk);
  writeSync(fd, ']>\n<tmx version="1.4"><header/><body/></tmx>\n');
  closeSync(fd);
  gc?.();
  const h0 = process.memoryUsage().heapUsed;
  const hs = await timedAsync(() => streamTmx(huge, () => undefined).catch((e: unknown) => e));
  const grown = process.memoryUsage().heapUsed - h0;
  console.log(`${mib(statSync(huge).size)} internal subset (TMX stream): refused in ${hs.wall.toFixed(1)} ms, heap growth ${mib(Math.max(0, grown))} — ${(hs.value as UserError).format()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
