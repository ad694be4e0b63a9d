/**
 * Positions in a sorted index, so that a jump to row N (a scrollbar drag over 100k members) does
 * not walk N keys. For each (index, key prefix, direction) read with a position skip, one
 * key-only cursor walk records every STEP-th key; a later skip starts from the nearest recorded
 * key and walks fewer than STEP. Any committed change to members drops them (the positions moved);
 * they are rebuilt on the next read, in the background.
 */
/**
 * Every this-many-th key is recorded: a jump walks fewer than this. Each step of the walk is a
 * round trip through the page's main thread (a cursor's success event), so a busy page slows the
 * walk by the step, not by the key: with 250, a 100,000-member walk took 400 steps and, on a page
 * busy rendering (the benchmark's grid loading every member), had not finished after 6 s, so every
 * jump meanwhile walked from the start. With 1,000 it is 100 steps, and a jump walks < 1,000 keys
 * (in memory < 1 ms; in a profile on disk, where Chromium iterates an index at ~20 µs a key, ~20 ms).
 */
export const POSITION_STEP = 1000;

export class PositionCache {
  private marks = new Map<string, IDBValidKey[]>();
  private building = new Map<string, Promise<void>>();
  private generation = 0;

  /** The recorded keys (`keys[j]` is at 1-based position (j + 1) * STEP), if built. */
  get(key: string): IDBValidKey[] | undefined {
    return this.marks.get(key);
  }

  /** Resolves when no walk is in progress (tests, benchmarks). */
  async settled(): Promise<void> {
    while (this.building.size) await Promise.all(this.building.values());
  }

  /** Drops every recorded position (after a change to members here or in another tab). */
  invalidate(): void {
    this.marks.clear();
    this.generation++;
  }

  /** Walks `index` over `range` in the background and records the positions, once per key. */
  build(key: string, open: () => IDBIndex, range: IDBKeyRange, direction: 'next' | 'prev'): void {
    if (this.marks.has(key) || this.building.has(key)) return;
    let finish!: () => void;
    this.building.set(key, new Promise<void>((r) => (finish = r)));
    const generation = this.generation;
    const keys: IDBValidKey[] = [];
    const done = (ok: boolean) => {
      this.building.delete(key);
      if (ok && generation === this.generation) this.marks.set(key, keys);
      finish();
    };
    let req: IDBRequest<IDBCursor | null>;
    try {
      req = open().openKeyCursor(range, direction);
    } catch {
      return done(false);
    }
    let started = false;
    req.onerror = () => done(false);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return done(true);
      if (generation !== this.generation) return done(false);
      if (!started) {
        started = true;
        if (POSITION_STEP > 1) return cursor.advance(POSITION_STEP - 1);
      }
      keys.push(cursor.key);
      cursor.advance(POSITION_STEP);
    };
  }
}

/** The cache key of a positioned read. */
export function positionKey(index: string, prefix: IDBValidKey[], direction: 'next' | 'prev'): string {
  return JSON.stringify([index, prefix, direction]);
}
