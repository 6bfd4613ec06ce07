/**
 * A number kept for each distinct string, the strings themselves never kept: 300,000 notes or
 * URLs fit in a few megabytes. A string is found by its 64-bit fingerprint, two 32-bit
 * multiply-xorshift lanes over its UTF-16 code units (cyrb53's, both lanes kept whole), not a
 * cryptographic hash: nothing here is secret, and SHA-1 per row cost `generate` a fourteenth
 * of its time. Among 300,000 distinct strings, two share a fingerprint with a chance of about
 * one in 400 million; truncated SHA-1 did not stop a crafted collision either.
 * The fingerprints sit in typed arrays, probed in place: a Map keyed by 53-bit numbers boxed
 * each key on the heap, one allocation per row for the garbage collector to walk.
 */
export class FingerprintMap {
  private capacity = 1024;
  private high = new Int32Array(this.capacity);
  private low = new Int32Array(this.capacity);
  /** 0 marks a free slot: every value kept is 1 or more. */
  private values = new Int32Array(this.capacity);
  private size = 0;

  /** The value kept for `text`, or, when there is none, keep `value` (1 or more) for it and return undefined. */
  keepFirst(text: string, value: number): number | undefined {
    const slot = this.slotOf(text);
    const kept = this.values[slot] as number;
    if (kept !== 0) return kept;
    this.fill(slot, value);
    return undefined;
  }

  /** Count `text` once more; its count so far. */
  count(text: string): number {
    const slot = this.slotOf(text);
    const counted = (this.values[slot] as number) + 1;
    if (counted === 1) this.fill(slot, counted);
    else this.values[slot] = counted;
    return counted;
  }

  /** Where `text`'s fingerprint is, or the free slot where it goes; leaves the fingerprint in `high`/`low` there. */
  private slotOf(text: string): number {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const mask = this.capacity - 1;
    let slot = h1 & mask;
    while (this.values[slot] !== 0 && (this.high[slot] !== h2 || this.low[slot] !== h1)) slot = (slot + 1) & mask;
    this.high[slot] = h2;
    this.low[slot] = h1;
    return slot;
  }

  private fill(slot: number, value: number): void {
    this.values[slot] = value;
    if (++this.size * 4 > this.capacity * 3) this.grow();
  }

  /** Twice the slots, every fingerprint placed again: kept under three quarters full, probes stay short. */
  private grow(): void {
    const { high, low, values } = this;
    this.capacity *= 2;
    this.high = new Int32Array(this.capacity);
    this.low = new Int32Array(this.capacity);
    this.values = new Int32Array(this.capacity);
    const mask = this.capacity - 1;
    for (let old = 0; old < values.length; old++) {
      if (values[old] === 0) continue;
      let slot = (low[old] as number) & mask;
      while (this.values[slot] !== 0) slot = (slot + 1) & mask;
      this.high[slot] = high[old] as number;
      this.low[slot] = low[old] as number;
      this.values[slot] = values[old] as number;
    }
  }
}
