import { describe, expect, it } from 'vitest';
import { marginal, type Usage } from '../../bench/check.js';

const usage = (cpuSeconds: number, maxRssMiB: number): Usage => ({ cpuSeconds, maxRssMiB, wallSeconds: cpuSeconds, status: 0 });

describe('bench: cost beyond the small run', () => {
  it('divides the extra pairs by the extra CPU time, and scales the extra memory to 100k pairs', () => {
    // 1,000 pairs: 2 s, 130 MiB; 101,000 pairs: 12 s, 330 MiB → 100,000 pairs cost 10 s and 200 MiB.
    const m = marginal(usage(2, 130), usage(12, 330), 1_000, 101_000);
    expect(m.pairsPerSecond).toBe(10_000);
    expect(m.mibPer100k).toBe(200);
  });

  it('does not report negative memory when the large run peaked lower (a noisy machine)', () => {
    expect(marginal(usage(2, 140), usage(3, 135), 1_000, 51_000).mibPer100k).toBe(0);
  });

  it('reports no rate when the large run cost no more CPU than the small one', () => {
    expect(marginal(usage(2, 100), usage(2, 120), 1_000, 11_000).pairsPerSecond).toBe(Infinity);
  });
});
