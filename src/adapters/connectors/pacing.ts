/**
 * Paced delivery to a CRM: a connector sends at most `max` requests per `windowMs` from this
 * device (every tab of the site shares the count, in localStorage), waits as a 429 tells it, and
 * keeps what a daily cap refuses in a queue on the device, sent once the cap allows — each at
 * most once: the sent log (`SentLog`) is written before the request goes (with `keepalive`, it
 * completes even if the page closes), and the queue drains in one tab at a time.
 */

const readJson = <T>(key: string, fallback: T): T => {
  try {
    return (JSON.parse(globalThis.localStorage?.getItem(key) ?? 'null') as T) ?? fallback;
  } catch {
    return fallback;
  }
};
const writeJson = (key: string, value: unknown): void => {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    /* storage full or blocked: this page's memory copy still paces it */
  }
};

/** At most `max` sends per sliding `windowMs`, counted on this device; and a pause a 429 asked for. */
export class SendWindow {
  private memory: { sent: number[]; pausedUntil: number } = { sent: [], pausedUntil: 0 };

  constructor(
    private readonly key: string,
    readonly max: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private read(): { sent: number[]; pausedUntil: number } {
    const stored = readJson(this.key, this.memory);
    const since = this.now() - this.windowMs;
    return { sent: (Array.isArray(stored.sent) ? stored.sent : []).filter((t) => typeof t === 'number' && t > since), pausedUntil: Number(stored.pausedUntil) || 0 };
  }

  private write(state: { sent: number[]; pausedUntil: number }): void {
    this.memory = state;
    writeJson(this.key, state);
  }

  /** Milliseconds until a send fits (0: now). */
  waitMs(): number {
    const { sent, pausedUntil } = this.read();
    const now = this.now();
    const full = sent.length >= this.max ? sent[sent.length - this.max] + this.windowMs - now : 0;
    return Math.max(0, full, pausedUntil - now);
  }

  /** Counts a send now. */
  record(): void {
    const state = this.read();
    state.sent.push(this.now());
    this.write(state);
  }

  /** No send before `until` (what a 429's Retry-After asked). */
  pauseUntil(until: number): void {
    const state = this.read();
    this.write({ ...state, pausedUntil: Math.max(state.pausedUntil, until) });
  }
}

/** A submission kept on the device until the destination's limit lets it through. */
export interface KeptSubmission {
  submissionId: string;
  input: unknown;
  keptAt: string;
  /** Its request is going (or went, from a page that closed): never sent again. */
  sending?: boolean;
  /** The destination refused it: kept for the user, not sent again. */
  error?: string;
}

/** The queue of kept submissions (localStorage, oldest first), drained by one tab at a time. */
export class KeptQueue {
  constructor(private readonly key: string) {}

  list(): KeptSubmission[] {
    const all = readJson<KeptSubmission[]>(this.key, []);
    return Array.isArray(all) ? all : [];
  }

  /** Keeps one; false when the device refused to store it (it then waits in this page only). */
  add(entry: KeptSubmission): boolean {
    const all = this.list();
    if (all.some((e) => e.submissionId === entry.submissionId)) return !!globalThis.localStorage; // kept already, as it was
    all.push(entry);
    try {
      globalThis.localStorage?.setItem(this.key, JSON.stringify(all));
      return !!globalThis.localStorage;
    } catch {
      return false;
    }
  }

  /** Replaces the entry of the same submission. */
  update(entry: KeptSubmission): void {
    writeJson(
      this.key,
      this.list().map((e) => (e.submissionId === entry.submissionId ? entry : e)),
    );
  }

  remove(submissionId: string): void {
    writeJson(
      this.key,
      this.list().filter((e) => e.submissionId !== submissionId),
    );
  }

  /** Runs `work` in this tab only if no other tab is draining this queue. */
  async exclusive(work: () => Promise<void>): Promise<void> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (!locks) return work();
    await locks.request(`lead-kit:${this.key}`, { ifAvailable: true }, async (lock) => (lock ? work() : undefined));
  }
}

/** Waits `ms`, or rejects when `signal` aborts. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
