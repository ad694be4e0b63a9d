import pg from 'pg';
import type { CommitInfo } from '../src/adapters/local/record-store.js';

/**
 * The change feed across instances: a request announces its commits with `pg_notify` inside its
 * own transaction (PostgreSQL delivers them only if it commits), and every instance LISTENs on one
 * dedicated connection and streams each change to its subscribers of that tenant. So a client
 * on instance 2 hears a submission taken by instance 1.
 */
export const CHANNEL = 'lead_kit_changes';

/** What travels on the channel (at most PostgreSQL's 8,000 bytes: large id lists are dropped). */
export interface ChangeMessage extends CommitInfo {
  tenant: string;
  /** The writing client's id (`X-Lead-Kit-Client`): its own feed marks the change `local`. */
  client: string;
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


export class ChangeFeed {
  private client?: pg.Client;
  private listeners = new Set<(message: ChangeMessage) => void>();
  private stopped = false;
  private retry = 0;

  constructor(
    private readonly connectionString: string | undefined,
    private readonly log: (level: 'info' | 'warn', message: string) => void,
  ) {}

  private starting?: Promise<void>;

  /** Connects and LISTENs; reconnects by itself (changes made while disconnected are not replayed). */
  start(): Promise<void> {
    this.starting ??= this.connect().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async connect(): Promise<void> {
    if (this.client) return;
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'lead-kit-server feed', keepAlive: true });
    client.on('error', (error) => this.log('warn', `change feed connection lost (${error.message})`));
    client.on('end', () => {
      if (this.client === client) this.client = undefined;
      if (!this.stopped) this.reconnect();
    });
    client.on('notification', (n) => {
      if (n.channel !== CHANNEL || !n.payload) return;
      try {
        const message = JSON.parse(n.payload) as ChangeMessage;
        this.listeners.forEach((l) => l(message));
      } catch {
        /* not ours */
      }
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      this.client = client;
      if (this.retry) this.log('info', 'change feed reconnected');
      this.retry = 0;
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
      throw error;
    }
  }

  private reconnect(): void {
    this.retry = Math.min(5000, (this.retry || 250) * 2);
    setTimeout(() => {
      if (!this.stopped && !this.client && !this.starting) void this.start().catch(() => {});
    }, this.retry).unref();
  }

  private outbox: string[] = [];
  private flushing?: Promise<void>;

  /**
   * Announces committed changes to every instance. Called after the change's transaction
   * committed (so only committed changes are announced), and sent in batches a few
   * milliseconds apart on the feed's own connection: NOTIFY serializes the commits of every
   * transaction that sends one, so the writes themselves never do. A batch that cannot be sent
   * (the feed is reconnecting) is dropped, as changes made while a subscriber is disconnected are.
   */
  publish(payloads: string[]): void {
    if (this.stopped) return;
    this.outbox.push(...payloads);
    if (!this.outbox.length) return;
    this.flushing ??= new Promise<void>((r) => setTimeout(r, 5)).then(() => this.flush()).finally(() => {
      this.flushing = undefined;
      if (this.outbox.length) this.publish([]);
    });
  }

  private async flush(): Promise<void> {
    const batch = this.outbox.splice(0, 1000);
    if (!batch.length) return;
    if (!this.client) return this.log('warn', `change feed disconnected: ${batch.length} change notification(s) not sent`);
    await this.client.query(`select pg_notify('${CHANNEL}', p) from unnest($1::text[]) as p`, [batch]).catch((error: Error) => {
      this.log('warn', `change notifications not sent (${error.message})`);
    });
  }

  onChange(listener: (message: ChangeMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get connected(): boolean {
    return !!this.client;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => {});
  }
}
