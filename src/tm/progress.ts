// Progress of long work on stderr (units done, rate, time left), only when stderr is a terminal:
// redirected output and CI logs stay clean.

import type { CliIo } from '../cli/io.js';

export interface Progress {
  /** Work done so far, and the whole when it is known. */
  update(done: number, total?: number): void;
  /** Clears the line. */
  end(): void;
}

const QUIET: Progress = { update: () => undefined, end: () => undefined };

const fmt = new Intl.NumberFormat('en-US');

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}` : `${m}:${String(r).padStart(2, '0')}`;
}

/** A progress line such as `importing: 120,000 / 1,000,000 units · 41,200/s · 0:21 left`. */
export function progressLine(label: string, unit: string, done: number, total: number | undefined, elapsed: number): string {
  const rate = elapsed > 0 ? done / elapsed : 0;
  let s = `${label}: ${fmt.format(done)}`;
  if (total !== undefined && total > 0) s += ` / ${fmt.format(total)}`;
  s += ` ${unit}`;
  if (elapsed >= 0.5) s += ` · ${fmt.format(Math.round(rate))}/s`;
  if (total !== undefined && total > done && rate > 0 && elapsed >= 1) s += ` · ${clock((total - done) / rate)} left`;
  return s;
}

export function startProgress(io: CliIo, label: string, unit = 'units'): Progress {
  if (!io.stderrIsTTY) return QUIET;
  const t0 = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      io.stderr(`\r\u001b[K${progressLine(label, unit, done, total, (now - t0) / 1000)}`);
    },
    end() {
      if (shown) io.stderr('\r\u001b[K');
      shown = false;
    },
  };
}
