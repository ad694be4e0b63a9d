import {
  defineUseCases,
  type CallOptions,
  type ChangeEvent,
  type ChangeListener,
  type DataAdapter,
  type ImportOptions,
  type ImportResult,
  type QuickCampaignResult,
  type PendingWrite,
  type UseCase,
} from '../adapter.js';
import { AbortedError, AccessError, ConflictError, QueuedError, UnavailableError, type LeadKitError } from '../errors.js';
import { wireToError } from './http-errors.js';
import { newId } from '../../domain/ids.js';
import { ALL_STORES } from '../../domain/change-set.js';
import { Outbox, type OutboxEntry } from './outbox.js';
import { ROUTES, routePath, type Method, type WireError } from './routes.js';
import type { LeadFieldsInput } from '../../model/person.js';

export interface RestAdapterOptions {
  /** The server's base URL (`https://api.example.com/lead-kit`). */
  baseUrl: string;
  /**
   * The API key, sent as `Authorization: Bearer <key>`: a publishable key (`lk_pub_…`) on a
   * landing page (it can only submit leads), a secret key (`lk_sec_…`) in a portal. The change
   * feed is opened with a short-lived ticket obtained with it, so the key never appears in a URL.
   */
  key?: string;
  /** More headers for every request (or a function that returns them, e.g. a fresh token). */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
  /**
   * Dataset on a development server without keys (`X-Lead-Kit-Tenant`). With a key the tenant
   * is the key's; naming another is refused.
   */
  tenant?: string;
  /** Retries of a request that can be repeated safely (reads; creates with their Idempotency-Key) after a network error, 429 or 5xx. Default 2. */
  retries?: number;
  /** First retry delay in ms, doubled each time. Default 250. */
  retryDelayMs?: number;
  /** The fetch to use (tests, service workers). */
  fetch?: typeof fetch;
  /**
   * Keep lead submissions and check-ins that cannot reach the server in an outbox (IndexedDB,
   * written before the request is sent) and send them when it is reachable again. Default true;
   * a string names the outbox database.
   */
  outbox?: boolean | string;
}

/** Writes that may wait in the outbox: their callers can do without an immediate answer. */
const QUEUED: ReadonlySet<Method> = new Set(['submitLead', 'holdSubmission', 'checkIn']);
/** Replays of an entry before it is moved to the failed list. */
const MAX_ATTEMPTS = 12;

/** What a drain of the outbox did. */
export interface DrainResult {
  sent: number;
  failed: number;
  /** Entries still waiting (the server is not reachable yet). */
  pending: number;
}

/** Rows per import request: progress is reported between requests. */
const IMPORT_CHUNK = 500;

/**
 * The DataAdapter over HTTP: the contract in routes.ts / docs/openapi.yaml, served by the
 * reference server (server/) or any backend that implements it. Versions go as If-Match (a stale
 * write is a 412 → `ConflictError`), creates carry an Idempotency-Key (a retry returns the first
 * result), 422s become `ValidationError` with the server's field issues, and an unreachable
 * server (network error, 5xx, 429 after retries) is an `UnavailableError`. Changes made by any
 * client arrive through the server's event stream (Server-Sent Events).
 */
// The use cases come from the one list (`USE_CASES`), each sent over its route; `importLeads` is
// its own (it sends rows in batches).
// oxlint-disable-next-line typescript/no-unsafe-declaration-merging -- the use cases are defined on the prototype by defineUseCases
export interface RestAdapter extends Pick<DataAdapter, UseCase> {}
export class RestAdapter implements DataAdapter {
  readonly name: string;
  /** Identifies this instance's own changes in the event stream. */
  readonly clientId = newId();
  private readonly base: string;
  /** The key's public id (`lk_pub_<id>`), to tell whether a refused key has been replaced. */
  private get keyId(): string {
    return /^lk_(?:sec|pub)_[a-z0-9]{12}/.exec(this.options.key ?? '')?.[0] ?? '';
  }
  private listeners = new Set<ChangeListener>();
  private source?: EventSource;
  /** The last change of the feed this client saw (the SSE event id). */
  private lastEventId = '';
  private opened?: Promise<void>;
  /** Bumped by close(): a feed being (re)opened for an older generation gives up. */
  private feedGeneration = 0;
  private feedRetry = 0;
  /** Writes kept on the device until the server has them (undefined when disabled). */
  readonly outbox?: Outbox;
  private drainTimer?: ReturnType<typeof setTimeout>;
  /** Outbox entries whose own call is sending them: a drain leaves them alone. */
  private readonly sending = new Set<string>();
  private draining?: Promise<DrainResult>;

  constructor(private readonly options: RestAdapterOptions) {
    this.base = options.baseUrl.replace(/\/+$/, '');
    this.name = `rest:${this.base}`;
    defineUseCases(this, (method, args, options) => this.call(method, args, options));
    if (options.outbox !== false) {
      this.outbox = new Outbox(typeof options.outbox === 'string' ? options.outbox : `lead-kit-outbox:${this.base}:${options.tenant ?? 'default'}`);
      if (typeof window !== 'undefined') window.addEventListener('online', this.handleOnline);
      this.scheduleDrain(0);
    }
  }

  private handleOnline = () => void this.drain();

  private scheduleDrain(ms: number): void {
    clearTimeout(this.drainTimer);
    this.drainTimer = setTimeout(() => void this.drain(false), ms);
  }

  /**
   * Sends the outbox's pending entries, oldest first, each with its Idempotency-Key (applied
   * once). Network errors, 5xx, 409 and 429 leave an entry pending with a growing delay; any other
   * refusal (422, 404…) moves it to the failed list, kept for `outbox.exportFailed()`. Only one
   * tab drains at a time (Web Locks). Called directly (or when the browser comes back online) it
   * tries every pending entry now; the background timer honours each entry's backoff.
   */
  drain(now = true): Promise<DrainResult> {
    if (!this.outbox) return Promise.resolve({ sent: 0, failed: 0, pending: 0 });
    this.draining ??= this.drainLocked(now).finally(() => (this.draining = undefined));
    return this.draining;
  }

  private async drainLocked(now: boolean): Promise<DrainResult> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (!locks) return this.drainOnce(now);
    const result = await locks.request(`lead-kit:${this.outbox!.name}`, { ifAvailable: true }, async (lock) => (lock ? this.drainOnce(now) : undefined));
    return result ?? { sent: 0, failed: 0, pending: (await this.outbox!.list()).filter((e) => e.state === 'pending').length };
  }

  private async drainOnce(now: boolean): Promise<DrainResult> {
    const box = this.outbox!;
    const result: DrainResult = { sent: 0, failed: 0, pending: 0 };
    let wait: number | undefined;
    for (const entry of await box.list()) {
      // Refused access waits for another key (the page's configuration fixed), not for time.
      if (entry.state === 'blocked' && entry.blockedKey !== this.keyId) entry.state = 'pending';
      if (entry.state !== 'pending' || this.sending.has(entry.key)) continue; // its call is sending it now
      if (wait !== undefined || (!now && (entry.nextAttemptAt ?? 0) > Date.now())) {
        result.pending++;
        wait = Math.min(wait ?? Infinity, Math.max(0, (entry.nextAttemptAt ?? 0) - Date.now()));
        continue;
      }
      try {
        await this.send(entry.method as Method, entry.args, undefined, entry.key);
        await box.delete(entry.key).catch(() => {});
        result.sent++;
      } catch (error) {
        if (error instanceof AccessError) {
          await box.put({ ...entry, attempts: entry.attempts + 1, state: 'blocked', blockedKey: this.keyId, error: `access: ${error.message}` });
          continue;
        }
        const retry = error instanceof UnavailableError || (error instanceof ConflictError && error.reason === 'version');
        const attempts = entry.attempts + 1;
        if (retry && attempts < MAX_ATTEMPTS) {
          const delay = Math.min(60_000, 1000 * 2 ** (attempts - 1));
          await box.put({ ...entry, attempts, nextAttemptAt: Date.now() + delay, error: String((error as Error).message) });
          result.pending++;
          wait = delay;
        } else {
          await box.put({ ...entry, attempts, state: 'failed', error: `${(error as LeadKitError).code ?? 'error'}: ${(error as Error).message}` });
          result.failed++;
        }
      }
    }
    if (wait !== undefined) this.scheduleDrain(wait);
    return result;
  }


  async pendingWrites(): Promise<PendingWrite[]> {
    return (await this.outbox?.list() ?? []).map((e) => {
      const input = e.args[0] as { campaignId?: string; submission?: { campaignId?: string } } | undefined;
      const campaignId = input?.campaignId ?? input?.submission?.campaignId;
      return {
        key: e.key,
        method: e.method,
        ...(campaignId ? { campaignId } : {}),
        input,
        createdAt: e.createdAt,
        state: e.state,
        ...(e.error && e.state !== 'pending' ? { error: e.error } : {}),
      };
    });
  }

  async flushPendingWrites(): Promise<void> {
    await this.drain();
  }

  async discardPendingWrite(key: string): Promise<void> {
    await this.outbox?.delete(key);
  }

  /** One request, one transaction on the server: progress is all at once when it answers. */
  async createQuickCampaign(input: Parameters<DataAdapter['createQuickCampaign']>[0], options: ImportOptions = {}): Promise<QuickCampaignResult> {
    const r = await this.call('createQuickCampaign', [input], options);
    options.onProgress?.(r.membersCreated, r.membersCreated);
    return r;
  }

  /** Imports in requests of 500 rows (each idempotent), reporting progress between them. */
  importLeads(input: Parameters<DataAdapter['importLeads']>[0], rows: Parameters<DataAdapter['importLeads']>[1], options: ImportOptions = {}): Promise<ImportResult> {
    return this.importInChunks((chunk, key) => this.call('importLeads', [input, chunk], options, key), rows, options);
  }

  /** An import into the workspace, in requests of 500 rows like `importLeads`. */
  importPeople(input: Parameters<DataAdapter['importPeople']>[0], rows: Parameters<DataAdapter['importPeople']>[1], options: ImportOptions = {}): Promise<ImportResult> {
    return this.importInChunks((chunk, key) => this.call('importPeople', [input, chunk], options, key), rows, options);
  }

  private async importInChunks(send: (chunk: LeadFieldsInput[], key: string) => Promise<ImportResult>, rows: readonly LeadFieldsInput[], options: ImportOptions): Promise<ImportResult> {
    const total: ImportResult = { created: 0, skipped: 0, matched: 0, membersCreated: 0, errors: [] };
    const importId = newId();
    for (let start = 0; start === 0 || start < rows.length; start += IMPORT_CHUNK) {
      const chunk = rows.slice(start, start + IMPORT_CHUNK);
      const r = await send(chunk, `${importId}:${start}`);
      total.created += r.created;
      total.skipped += r.skipped ?? 0;
      total.matched += r.matched;
      total.membersCreated += r.membersCreated;
      total.errors.push(...r.errors.map((e) => ({ ...e, row: e.row + start })));
      options.onProgress?.(Math.min(rows.length, start + chunk.length), rows.length);
    }
    return total;
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    this.openEvents();
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) this.close();
    };
  }

  /** Closes the change feed and stops replaying the outbox (entries stay for the next start). */
  close(): void {
    this.feedGeneration++;
    this.source?.close();
    this.source = undefined;
    this.opened = undefined;
    clearTimeout(this.drainTimer);
    if (typeof window !== 'undefined') window.removeEventListener('online', this.handleOnline);
    this.outbox?.close();
  }

  /**
   * Opens the change feed. `EventSource` cannot send headers, so a short-lived ticket is fetched
   * with the key first (`POST /events/tickets`) and only the ticket goes in the URL; when the
   * server closes the feed for good (ticket expired, server restarted), a new ticket is fetched
   * and the feed reopened, with a growing delay.
   */
  private openEvents(): void {
    if (this.source || this.opened || typeof EventSource === 'undefined') return;
    const generation = ++this.feedGeneration;
    this.opened = Promise.race([
      this.connectEvents(generation).catch(() => {}),
      new Promise<void>((resolve) => setTimeout(resolve, 3000)), // never hold writes back for long
    ]);
  }

  private async connectEvents(generation: number): Promise<void> {
    const url = new URL(`${this.base}/events`);
    url.searchParams.set('client', this.clientId);
    if (this.options.tenant && !this.options.key) url.searchParams.set('tenant', this.options.tenant);
    try {
      const response = await (this.options.fetch ?? fetch.bind(globalThis))(`${this.base}/events/tickets`, { method: 'POST', headers: await this.headers({}) });
      if (response.ok) {
        const { ticket } = (await response.json()) as { ticket?: string };
        if (ticket) url.searchParams.set('ticket', ticket);
      }
    } catch {
      /* unreachable: EventSource retries below */
    }
    if (generation !== this.feedGeneration || !this.listeners.size) return;
    // A new EventSource cannot send Last-Event-ID itself: the last change seen goes in the URL, and
    // the server replays what this client missed while the feed was closed.
    if (this.lastEventId) url.searchParams.set('lastEventId', this.lastEventId);
    const source = (this.source = new EventSource(url));
    // The server's log no longer reaches back to the last change seen: everything may have changed.
    source.addEventListener('reload', () => {
      const event: ChangeEvent = { stores: [...ALL_STORES], campaignIds: [], origin: 'remote' };
      this.listeners.forEach((l) => l(event));
    });
    source.onmessage = (m) => {
      if (m.lastEventId) this.lastEventId = m.lastEventId;
      const data = JSON.parse(m.data as string) as Omit<ChangeEvent, 'origin'> & { client: string };
      const event: ChangeEvent = {
        stores: data.stores,
        campaignIds: data.campaignIds,
        ...(data.ids ? { ids: data.ids } : {}),
        origin: data.client === this.clientId ? 'local' : 'remote',
      };
      this.listeners.forEach((l) => l(event));
    };
    source.addEventListener('error', () => {
      if (source.readyState !== EventSource.CLOSED || this.source !== source) return;
      // Refused for good (expired ticket, 401/403, 5xx): reopen with a new ticket, later.
      this.source = undefined;
      this.feedRetry = Math.min(30_000, (this.feedRetry || 500) * 2);
      setTimeout(() => {
        if (generation !== this.feedGeneration || !this.listeners.size || this.source) return;
        void this.connectEvents(generation);
      }, this.feedRetry);
    });
    await new Promise<void>((resolve) => {
      source.addEventListener('open', () => ((this.feedRetry = 0), resolve()), { once: true });
      source.addEventListener('error', () => resolve(), { once: true });
    });
  }

  private async headers(extra: Record<string, string>): Promise<Record<string, string>> {
    const h = typeof this.options.headers === 'function' ? await this.options.headers() : (this.options.headers ?? {});
    return {
      accept: 'application/json',
      'x-lead-kit-client': this.clientId,
      ...(this.options.tenant ? { 'x-lead-kit-tenant': this.options.tenant } : {}),
      ...(this.options.key ? { authorization: `Bearer ${this.options.key}` } : {}),
      ...h,
      ...extra,
    };
  }

  private async call<M extends Method>(method: M, args: unknown[], options?: CallOptions, key?: string): Promise<Awaited<ReturnType<DataAdapter[M]>>> {
    const route = ROUTES[method];
    const idempotencyKey = key ?? (route.creates ? newId() : undefined);
    if (!this.outbox || !QUEUED.has(method) || !idempotencyKey) return this.send(method, args, options, idempotencyKey);
    // Kept on the device before anything is sent: a page hidden or a network lost mid-way loses nothing.
    // If the device refuses it (quota, private mode), it is sent at once all the same and, should
    // that fail too, waits in this page's memory (QueuedError.durable false).
    const entry: OutboxEntry = { key: idempotencyKey, method, args, createdAt: new Date().toISOString(), attempts: 0, state: 'pending' };
    this.sending.add(idempotencyKey);
    const durable = await this.outbox.put(entry).catch(() => false);
    try {
      const result = await this.send(method, args, options, idempotencyKey, true);
      await this.outbox.delete(idempotencyKey).catch(() => {});
      return result;
    } catch (error) {
      if (error instanceof UnavailableError) {
        const kept = await this.outbox.put({ ...entry, attempts: 1, nextAttemptAt: Date.now() + 1000, error: error.message }).catch(() => false);
        this.scheduleDrain(1000);
        throw new QueuedError(
          kept
            ? `${method} is kept on this device and will be sent when ${this.base} is reachable`
            : `${method} could not be stored on this device; it is kept in this page and will be sent when ${this.base} is reachable, if the page stays open`,
          idempotencyKey,
          kept && durable,
        );
      }
      if (error instanceof AccessError) {
        // The page's key was refused: kept on the device, sent once the page has a valid key
        // (never retried with this one). The visitor is done; the caller tells the site owner.
        const kept = await this.outbox.put({ ...entry, attempts: 1, state: 'blocked', blockedKey: this.keyId, error: `access: ${error.message}` }).catch(() => false);
        throw new QueuedError(`${method} is kept on this device: ${this.base} refused the key (HTTP ${error.status})`, idempotencyKey, kept && durable, { cause: error });
      }
      await this.outbox.delete(idempotencyKey).catch(() => {}); // refused now: the caller shows why
      throw error;
    } finally {
      this.sending.delete(idempotencyKey);
    }
  }

  private async send<M extends Method>(method: M, args: unknown[], options?: CallOptions, idempotencyKey?: string, keepalive = false): Promise<Awaited<ReturnType<DataAdapter[M]>>> {
    const route = ROUTES[method];
    const wire = (route.encode as (...a: unknown[]) => ReturnType<typeof route.encode>)(...args);
    const url = new URL(`${this.base}${routePath(route.path, wire.params)}`);
    for (const [k, v] of Object.entries(wire.query)) url.searchParams.set(k, v);
    const headers = await this.headers({
      ...(wire.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(wire.ifMatch !== undefined ? { 'if-match': `"${wire.ifMatch}"` } : {}),
      ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
    });
    // Writes wait for the change feed, so this client sees the events of its own writes.
    if (route.verb !== 'GET' && this.opened) await this.opened;
    const repeatable = route.verb === 'GET' || !!idempotencyKey;
    const retries = repeatable ? (this.options.retries ?? 2) : 0;
    const doFetch = this.options.fetch ?? fetch.bind(globalThis);
    for (let attempt = 0; ; attempt++) {
      if (options?.signal?.aborted) throw new AbortedError();
      let response: Response;
      try {
        response = await doFetch(url, {
          method: route.verb,
          headers,
          ...(wire.body !== undefined ? { body: JSON.stringify(wire.body) } : {}),
          ...(options?.signal ? { signal: options.signal } : {}),
          // A submission sent as the page unloads still goes out.
          ...(keepalive ? { keepalive: true } : {}),
        });
      } catch (error) {
        if ((error as Error)?.name === 'AbortError') throw new AbortedError();
        if (attempt < retries) {
          await this.backoff(attempt, null);
          continue;
        }
        throw new UnavailableError(`${this.base} cannot be reached`, { cause: error });
      }
      if (response.ok) return (await response.json()) as Awaited<ReturnType<DataAdapter[M]>>;
      if ((response.status === 429 || response.status >= 500) && attempt < retries) {
        await this.backoff(attempt, response.headers.get('retry-after'));
        continue;
      }
      throw await toError(response, method);
    }
  }

  private backoff(attempt: number, retryAfter: string | null): Promise<void> {
    const base = (this.options.retryDelayMs ?? 250) * 2 ** attempt;
    const after = retryAfter ? Number(retryAfter) * 1000 : 0;
    return new Promise((r) => setTimeout(r, Math.max(base * (0.75 + Math.random() * 0.5), after || 0)));
  }
}

/** The adapter error for an HTTP error response (http-errors.ts has the mapping). */
async function toError(response: Response, method: string): Promise<LeadKitError> {
  let body: WireError | undefined;
  try {
    body = (await response.json()) as WireError;
  } catch {
    /* not JSON */
  }
  return wireToError(response.status, body, method);
}
