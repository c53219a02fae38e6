// A map from 53-bit hashes to unit ids in two typed arrays (open addressing, linear probing):
// a million entries take 24 MiB rather than the ~80 MiB of a Map.

export class HashMap53 {
  private keys: Float64Array;
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n *= 2;
    // -1 marks an empty slot (hashes are never negative).
    this.keys = new Float64Array(n).fill(-1);
    this.values = new Int32Array(n);
  }

  get size(): number {
    return this.count;
  }

  private slot(h: number): number {
    // Mix the two halves so that the low bits spread.
    const lo = h % 4294967296;
    const hi = (h - lo) / 4294967296;
    return (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 0) & (this.keys.length - 1);
  }

  get(h: number): number | undefined {
    const k = this.keys;
    for (let i = this.slot(h); ; i = (i + 1) & (k.length - 1)) {
      if (k[i] === -1) return undefined;
      if (k[i] === h) return this.values[i];
    }
  }

  set(h: number, v: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const k = this.keys;
    for (let i = this.slot(h); ; i = (i + 1) & (k.length - 1)) {
      if (k[i] === h) {
        this.values[i] = v;
        return;
      }
      if (k[i] === -1) {
        k[i] = h;
        this.values[i] = v;
        this.count++;
        return;
      }
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.set(keys[i], values[i]);
  }
}
