/**
 * A cache for what is worth computing once while in use. Two generations are kept, so what is in
 * use survives a turnover, and memory stays within two generations however long a page stays open.
 */
export class Generations<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(private readonly size: number) {}

  get(key: string, compute: (key: string) => V): V {
    const known = this.current.get(key);
    if (known !== undefined) return known;
    const value = this.previous.get(key) ?? compute(key);
    if (this.current.size >= this.size) [this.previous, this.current] = [this.current, new Map()];
    this.current.set(key, value);
    return value;
  }
}
