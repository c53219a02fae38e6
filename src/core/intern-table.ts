// Interned strings kept as UTF-16 codes in one array, found through an open-addressing table of
// [hash, id + 1] pairs: a string seen before costs a slot and a run of characters, not a string
// object, a hash of a fresh string and its body. Subclasses probe `table` with their own
// character comparison (folded words, keys built in a buffer), written inline in their hot loops;
// this class holds the storage they share: adding an entry, growing, rehashing.

export class InternTable {
  /** Pairs [hash, id + 1] per slot; id + 1 is 0 for an empty slot. */
  protected table: Int32Array<ArrayBuffer>;
  /** The characters of every entry, one after the other; entry id is chars[starts[id], starts[id + 1]). */
  protected chars: Uint16Array;
  protected starts = new Int32Array(1025);
  /** Number of entries. */
  size = 0;

  constructor(slots = 4096, chars = 8192) {
    this.table = new Int32Array(2 * slots);
    this.chars = new Uint16Array(chars);
  }

  /**
   * Adds an entry of `len` characters with hash `h`: `fill(chars, at)` writes them at chars[at…].
   * Returns its id.
   */
  protected addEntry(h: number, len: number, fill: (chars: Uint16Array, at: number) => void): number {
    const id = this.size++;
    if (id + 2 > this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
    }
    const at = this.starts[id];
    if (at + len > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, at + len));
      chars.set(this.chars);
      this.chars = chars;
    }
    fill(this.chars, at);
    this.starts[id + 1] = at + len;
    this.table = withRoom(this.table, this.size);
    placeSlot(this.table, h, id + 1);
    return id;
  }
}

/**
 * A slot table of [hash, id + 1] pairs with room for `entries`: the same table, or one twice as
 * large with the entries placed again once it would be more than half full (probes stay short).
 */
export function withRoom(table: Int32Array<ArrayBuffer>, entries: number): Int32Array<ArrayBuffer> {
  if (entries * 4 <= table.length) return table;
  const bigger = new Int32Array(table.length * 2);
  for (let slot = 0; slot < table.length; slot += 2) if (table[slot + 1] !== 0) placeSlot(bigger, table[slot], table[slot + 1]);
  return bigger;
}

/** Puts [h, value] in the first free slot from h on (linear probing). */
export function placeSlot(table: Int32Array, h: number, value: number): void {
  const mask = (table.length >> 1) - 1;
  let slot = h & mask;
  while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
  table[2 * slot] = h;
  table[2 * slot + 1] = value;
}

/** A typed array twice as long (or long enough for `size`), with the old content. */
export function grown<T extends Int32Array | Uint8Array>(a: T, size = a.length + 1): T {
  let length = a.length * 2;
  while (length < size) length *= 2;
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}
