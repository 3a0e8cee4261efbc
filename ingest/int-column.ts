/** A growable Int32Array: compact per-row numbers for indexes of hundreds of thousands of rows. */
export class IntColumn {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): number {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    return this.length++;
  }

  /** The value at `index`, or `fallback` past the end. */
  at(index: number, fallback = 0): number {
    return index < this.length ? (this.data[index] ?? fallback) : fallback;
  }

  set(index: number, value: number): void {
    while (index >= this.length) this.push(0);
    this.data[index] = value;
  }
}
