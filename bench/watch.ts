/** What the benchmarks share. */

/**
 * Watches the main thread: the longest task (Long Tasks API, >= 50 ms) and the longest frame gap.
 * It starts on a collected heap, a task later, so the caller's own set-up (generating 100,000
 * rows) is not counted as the kit's: a long task is reported whole when it ends, even when it
 * began before the observer.
 */
export async function mainThreadWatch() {
  (globalThis as { gc?: () => void }).gc?.(); // a collected heap to start from (bench/run.mjs exposes it)
  await new Promise((r) => setTimeout(r, 0));
  let longest = 0;
  let maxGap = 0;
  let last = performance.now();
  let running = true;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const frame = () => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return async () => {
    await new Promise((r) => setTimeout(r, 100)); // let the observer deliver
    running = false;
    observer.disconnect();
    return { longestTaskMs: longest, longestFrameGapMs: maxGap };
  };
}


export function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
}

export function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(name);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Mounts `<tag>` (with `attrs`) inside a `<lead-kit>` over `adapter` and returns the milliseconds
 * until `selector` matches in its shadow root and that frame is painted; then unmounts it.
 */
export async function mountToPainted(adapter: unknown, tag: string, attrs: Record<string, string>, selector: string): Promise<number> {
  const kit = document.createElement('lead-kit') as HTMLElement & { adapter: unknown };
  kit.adapter = adapter;
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  kit.append(el);
  const t0 = performance.now();
  document.body.append(kit);
  while (!el.shadowRoot?.querySelector(selector)) {
    if (performance.now() - t0 > 30_000) throw new Error(`<${tag}> showed no ${selector} in 30 s`);
    await new Promise((r) => setTimeout(r, 0));
  }
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const ms = performance.now() - t0;
  kit.remove();
  return ms;
}
