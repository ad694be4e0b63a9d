import pg from 'pg';
import type { CommitInfo } from '../../src/adapters/local/record-store.js';

/**
 * The change feed across instances: once a request's transaction has committed, its changes are
 * written to the change log and announced with `pg_notify` in one statement on the instance's
 * feed connection (so a rolled-back change is never announced), and every instance LISTENs on
 * that connection and streams each change to its subscribers of that tenant. So a client on
 * instance 2 hears a submission taken by instance 1. Each change has the log's sequence number
 * (`seq`, the SSE event id): a client that reconnects with `Last-Event-ID` is replayed what it
 * missed (`missedChanges`), and an instance whose LISTEN connection dropped replays to its own
 * subscribers what was logged meanwhile.
 */
export const CHANNEL = 'lead_kit_changes';

/** What travels on the channel (at most PostgreSQL's 8,000 bytes: large id lists are dropped). */
export interface ChangeMessage extends CommitInfo {
  tenant: string;
  /** The writing client's id (`X-Lead-Kit-Client`): its own feed marks the change `local`. */
  client: string;
  /** The change log's sequence number (the SSE event id). */
  seq?: number;
}

/** Changes replayed at most per reconnection; more missed: reload. */
export const REPLAY_LIMIT = 1000;

/** How long the change log keeps a change (hours). */
export const CHANGE_LOG_HOURS = 24;

/**
 * What a subscriber of `tenant` missed after `after` (its Last-Event-ID), oldest first, or
 * `reload` when the log no longer reaches back that far (pruned) or more than REPLAY_LIMIT
 * changes were missed.
 */
export async function missedChanges(db: pg.ClientBase, tenant: string, after: number): Promise<ChangeMessage[] | 'reload'> {
  const { rows } = await db.query<{ pruned: string; seq: string | null; payload: ChangeMessage | null }>(
    `select s.pruned_through as pruned, l.seq, l.payload from change_log_state s
       left join lateral (select seq, payload from change_log where tenant_id = $1 and seq > $2 order by seq limit ${REPLAY_LIMIT + 1}) l on true`,
    [tenant, after],
  );
  if (!rows.length || Number(rows[0].pruned) > after) return 'reload';
  const missed = rows.filter((r) => r.seq !== null).map((r) => ({ ...r.payload!, seq: Number(r.seq) }));
  return missed.length > REPLAY_LIMIT ? 'reload' : missed;
}

/** Drops changes older than `hours` from the log and moves its horizon (the server runs it hourly). */
export async function pruneChangeLog(db: pg.ClientBase, hours = CHANGE_LOG_HOURS): Promise<number> {
  const { rows } = await db.query<{ n: string }>(
    `with gone as (delete from change_log where created_at < now() - make_interval(hours => $1) returning seq),
          moved as (update change_log_state set pruned_through = greatest(pruned_through, (select max(seq) from gone)) where exists (select 1 from gone))
     select count(*) as n from gone`,
    [hours],
  );
  return Number(rows[0].n);
}

/** The notification texts of `changes` (each under PostgreSQL's 8000-byte payload limit). */
export function changePayloads(tenant: string, client: string, changes: CommitInfo[]): string[] {
  return changes.map((c) => {
    const message: ChangeMessage = { tenant, client, stores: c.stores, campaignIds: c.campaignIds, ...(c.ids ? { ids: c.ids } : {}) };
    let text = JSON.stringify(message);
    if (text.length > 7000) text = JSON.stringify({ ...message, ids: undefined, campaignIds: message.campaignIds.slice(0, 100) });
    return text;
  });
}


/** Changes one notification carries, by size (bytes), and the size past which a change goes alone. */
const NOTIFY_GROUP_BYTES = 3500;
const NOTIFY_ALONE_BYTES = 3000;

/** Notifications kept while the feed is disconnected, sent once it is back (the oldest dropped past this). */
export const MAX_PENDING_NOTIFICATIONS = 10_000;

export class ChangeFeed {
  private client?: pg.Client;
  private listeners = new Set<(message: ChangeMessage) => void>();
  private stopped = false;
  /** The next reconnection delay (doubles up to 5 s; 0 while connected). */
  private retry = 0;
  private timer?: NodeJS.Timeout;
  private starting?: Promise<void>;
  private outbox: string[] = [];
  private flushing?: Promise<void>;
  private dropped = 0;
  /** Flushes failed in a row: the next one waits longer (5 ms doubling up to 5 s), and the log says so once in a while, not 200 times a second. */
  private failures = 0;
  /** The highest change seen (replayed from the log after a reconnection), and the recent ones (duplicates skipped). */
  private lastSeq = 0;
  private seen = new Set<number>();

  constructor(
    private readonly connectionString: string | undefined,
    private readonly log: (level: 'info' | 'warn', message: string) => void,
  ) {}

  /**
   * Connects and LISTENs. Once connected, the feed reconnects by itself for as long as it takes
   * (backoff up to 5 s), and what this instance committed meanwhile is announced when it is back.
   */
  start(): Promise<void> {
    this.starting ??= this.connect().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async connect(): Promise<void> {
    if (this.client) return;
    const client = new pg.Client({ connectionString: this.connectionString, application_name: `lead-kit-server feed ${process.pid}`, keepAlive: true });
    client.on('error', (error) => this.log('warn', `change feed connection lost (${error.message})`));
    client.on('end', () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.scheduleReconnect();
    });
    client.on('notification', (n) => {
      if (n.channel !== CHANNEL || !n.payload) return;
      try {
        const parsed = JSON.parse(n.payload) as ChangeMessage | ChangeMessage[];
        for (const message of Array.isArray(parsed) ? parsed : [parsed]) this.deliver(message);
      } catch {
        /* not ours */
      }
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
      throw error;
    }
    if (this.stopped) return void (await client.end().catch(() => {}));
    this.client = client;
    if (!this.lastSeq) {
      // Where the log stands now: a later disconnection replays from here.
      const { rows } = await client.query<{ seq: string | null }>('select max(seq) as seq from change_log').catch(() => ({ rows: [{ seq: null }] }));
      this.lastSeq = Number(rows[0]?.seq ?? 0);
    }
    if (this.retry) {
      this.log('info', `change feed reconnected${this.outbox.length ? `: announcing ${this.outbox.length} change(s) committed meanwhile` : ''}`);
      await this.replay(client);
    }
    this.retry = 0;
    if (this.outbox.length) this.publish([]);
  }

  /** Hands a change to the subscribers once (a change seen live and in a replay is delivered once). */
  private deliver(message: ChangeMessage): void {
    if (message.seq !== undefined) {
      if (this.seen.has(message.seq)) return;
      this.seen.add(message.seq);
      if (this.seen.size > 20_000) for (const s of [...this.seen].slice(0, 10_000)) this.seen.delete(s);
      this.lastSeq = Math.max(this.lastSeq, message.seq);
    }
    this.listeners.forEach((l) => l(message));
  }

  /** After the LISTEN connection was back: what every instance logged while this one could not hear. */
  private async replay(client: pg.Client): Promise<void> {
    if (!this.lastSeq) return;
    try {
      const { rows } = await client.query<{ seq: string; payload: ChangeMessage }>('select seq, payload from change_log where seq > $1 order by seq limit 10000', [this.lastSeq]);
      if (rows.length) this.log('info', `change feed: replaying ${rows.length} change(s) logged while it was disconnected`);
      for (const r of rows) this.deliver({ ...r.payload, seq: Number(r.seq) });
    } catch (error) {
      this.log('warn', `change feed: the missed changes could not be read (${(error as Error).message})`);
    }
  }

  /** Tries again after a growing delay, and again after each failure, until connected or stopped. */
  private scheduleReconnect(): void {
    if (this.stopped || this.timer) return;
    this.retry = Math.min(5000, (this.retry || 125) * 2);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.stopped || this.client) return;
      this.start().catch((error: Error) => {
        this.log('warn', `change feed: PostgreSQL not reachable (${error.message}); next try in ${Math.min(5000, this.retry * 2)} ms`);
        this.scheduleReconnect();
      });
    }, this.retry);
  }

  /**
   * Announces committed changes to every instance. Called after the change's transaction
   * committed (so only committed changes are announced), and sent in batches a few
   * milliseconds apart on the feed's own connection: NOTIFY serializes the commits of every
   * transaction that sends one, so the writes themselves never do. While the feed is
   * disconnected the notifications wait (up to MAX_PENDING_NOTIFICATIONS) and go out when it is back.
   */
  publish(payloads: string[]): void {
    if (this.stopped) return;
    this.outbox.push(...payloads);
    if (this.outbox.length > MAX_PENDING_NOTIFICATIONS) {
      const over = this.outbox.length - MAX_PENDING_NOTIFICATIONS;
      this.outbox.splice(0, over);
      if (!this.dropped) this.log('warn', `change feed disconnected too long: the oldest change notifications are dropped (subscribers reload on their next change)`);
      this.dropped += over;
    }
    if (!this.outbox.length || !this.client) return;
    this.flushing ??= new Promise<void>((r) => setTimeout(r, Math.min(5000, 5 * 2 ** this.failures)))
      .then(() => this.flush())
      .finally(() => {
        this.flushing = undefined;
        if (this.outbox.length && this.client) this.publish([]);
      });
  }

  private async flush(): Promise<void> {
    const client = this.client;
    if (!client) return;
    const batch = this.outbox.splice(0, 1000);
    if (!batch.length) return;
    try {
      // Logged and announced in one statement: a change is either in the log and announced, or
      // neither. The changes go out as arrays of up to NOTIFY_GROUP_BYTES (one notification for
      // many: each is a message every instance receives and parses); a change of more than
      // NOTIFY_ALONE_BYTES goes alone, so no notification reaches PostgreSQL's 8,000 bytes.
      // Instances of versions before arrays ignore them (their streams reload on replay).
      await client.query(
        `with logged as (insert into change_log (tenant_id, payload) select p::jsonb->>'tenant', p::jsonb from unnest($1::text[]) as p returning seq, payload),
              sized as (select seq, payload || jsonb_build_object('seq', seq) as m, octet_length(payload::text) + 24 as bytes from logged),
              grouped as (select seq, m, case when bytes > ${NOTIFY_ALONE_BYTES} then -seq else floor(sum(bytes) over (order by seq) / ${NOTIFY_GROUP_BYTES}) end as g from sized),
              batches as (select min(seq) as first, jsonb_agg(m order by seq)::text as text from grouped group by g order by first)
         select pg_notify('${CHANNEL}', text) from batches`,
        [batch],
      );
      this.dropped = 0;
      this.failures = 0;
    } catch (error) {
      // Not sent (the connection went away): kept for the reconnection, in their order.
      this.outbox.unshift(...batch);
      if (this.failures++ % 20 === 0) this.log('warn', `change notifications not sent yet (${(error as Error).message}); kept for the reconnection`);
    }
  }

  onChange(listener: (message: ChangeMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get connected(): boolean {
    return !!this.client;
  }

  /** Notifications waiting for the connection. */
  get pending(): number {
    return this.outbox.length;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }
}
