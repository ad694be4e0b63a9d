/**
 * The change feed's streams on this instance (Server-Sent Events): each stream hears its tenant's
 * committed changes from every instance (changes.ts), numbered by the change log; one opened with
 * a last change number is first replayed what it missed (live changes held back meanwhile and
 * de-duplicated); a stream lives no longer than its key, and one opened without a key (open
 * development mode) no longer than open mode.
 */
import type http from 'node:http';
import { missedChanges, type ChangeFeed, type ChangeMessage } from './store/changes.js';
import type { Db } from './store/db.js';
import type { ApiKey, KeyRing } from './auth/api-keys.js';

/** One change as an SSE event (its number as the event id). */
const sse = (m: ChangeMessage) => `${m.seq !== undefined ? `id: ${m.seq}\n` : ''}data: ${JSON.stringify({ stores: m.stores, campaignIds: m.campaignIds, ids: m.ids, client: m.client })}\n\n`;
const RELOAD = 'event: reload\ndata: {}\n\n';

export class EventStreams {
  /** Open streams by tenant. */
  private streams = new Map<string, Set<http.ServerResponse>>();
  /** Streams replaying what they missed, with the live changes held back meanwhile. */
  private replaying = new WeakMap<http.ServerResponse, ChangeMessage[]>();
  /** Streams opened without a key (open mode): they end when it closes. */
  private keyless = new Set<http.ServerResponse>();

  constructor(
    private readonly db: Db,
    private readonly keys: KeyRing,
    /** Whether open mode still holds (checked for the streams opened without a key). */
    private readonly stillOpen: () => Promise<boolean>,
    feed?: ChangeFeed,
  ) {
    // Every committed change of any instance reaches this instance's streams of its tenant.
    feed?.onChange((m) => {
      const set = this.streams.get(m.tenant);
      if (!set) return;
      const data = sse(m);
      for (const res of set) {
        const held = this.replaying.get(res);
        if (held) held.push(m);
        else res.write(data);
      }
    });
  }

  /**
   * Opens a stream for `tenant` on `res`. `lastId` (Last-Event-ID, or `?lastEventId=`) is the last
   * change the client had: what it missed comes first, or `event: reload` when the log no longer
   * reaches back.
   */
  open(res: http.ServerResponse, tenant: string, key: ApiKey | undefined, lastId: number | undefined): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write(': connected\n\n');
    let set = this.streams.get(tenant);
    if (!set) this.streams.set(tenant, (set = new Set()));
    if (lastId !== undefined) this.replay(res, tenant, lastId);
    set.add(res);
    if (!key) this.keyless.add(res);
    const ping = setInterval(() => res.write(': ping\n\n'), 15000);
    // A stream lives no longer than its key: revoked → the stream ends (within the key cache time).
    // One opened without a key (open mode) lives while open mode does: the first key ends it.
    const every = Math.max(250, this.keys.ttlMs);
    const watch = key
      ? setInterval(() => void this.keys.byId(key.id).then((k) => k || res.end(), () => {}), every)
      : setInterval(() => void this.stillOpen().then((o) => o || res.end(), () => {}), every);
    res.on('close', () => {
      clearInterval(ping);
      clearInterval(watch);
      set.delete(res);
      this.keyless.delete(res);
      if (!set.size) this.streams.delete(tenant);
    });
  }

  private replay(res: http.ServerResponse, tenant: string, lastId: number): void {
    const held: ChangeMessage[] = [];
    this.replaying.set(res, held);
    void this.db
      .withClient((c) => missedChanges(c, tenant, lastId))
      .then(
        (missed) => {
          if (missed === 'reload') res.write(RELOAD);
          else for (const m of missed) res.write(sse(m));
          const sent = new Set(missed === 'reload' ? [] : missed.map((m) => m.seq));
          for (const m of held) if (m.seq === undefined || !sent.has(m.seq)) res.write(sse(m));
        },
        () => res.write(RELOAD),
      )
      .finally(() => this.replaying.delete(res));
  }

  /** Ends the streams opened without a key (open mode ended). */
  endKeyless(): void {
    for (const res of this.keyless) res.end();
    this.keyless.clear();
  }

  /** Ends every stream (shutdown). */
  endAll(): void {
    for (const set of this.streams.values()) for (const res of set) res.end();
  }
}
