// What a check works out from a segment's text, kept for the last few segments only: the checks
// run one pair after another, so the sides of the current pair are all that is asked again.
// Nothing is kept per segment of the run.

import type { Segment } from '../../core/types.js';

export class RecentSegments<T> {
  private readonly segs: Array<Segment | undefined>;
  private readonly values: T[];
  private next = 0;

  constructor(
    private readonly compute: (text: string) => T,
    initial: T,
    private readonly size = 4,
  ) {
    this.segs = new Array<Segment | undefined>(size);
    this.values = new Array<T>(size).fill(initial);
  }

  /** compute(seg.text), worked out once while the segment is among the last few asked about. */
  get(seg: Segment): T {
    for (let i = 0; i < this.size; i++) if (this.segs[i] === seg) return this.values[i];
    const v = this.compute(seg.text);
    this.segs[this.next] = seg;
    this.values[this.next] = v;
    this.next = (this.next + 1) % this.size;
    return v;
  }
}
