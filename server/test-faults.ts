/**
 * Tests only (LEAD_KIT_FAULTS=1, loopback): planned faults and key minting, kept out of the
 * serving code. `POST /__faults` `{ method, path, plan }` makes the next requests to that route
 * answer each planned status without running (500, 503…), or run and then drop the connection
 * (`drop`: committed, the client never hears it), throw in the handler (`throw`), wait 3 s after
 * the work and before COMMIT (`pause`: a window to kill the process in), or fail there
 * (`rollback`); `POST /__keys` mints a key. Every answer says how many round trips to PostgreSQL
 * its request took (`x-lead-kit-round-trips`).
 */
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import { roundTrips, type Db } from './db.js';
import { parseJson, readBody, send } from './http.js';
import { createKey, type KeyRing } from './keys.js';

export type Fault = number | 'drop' | 'throw' | 'pause' | 'rollback';

export class TestFaults {
  private plans = new Map<string, Fault[]>();
  private planned = new WeakSet<http.ServerResponse>();

  constructor(
    private readonly db: Db,
    private readonly keys: KeyRing,
    private readonly limits: { bodyLimit: number; idleMs: number; maxDepth: number },
  ) {}

  /** The next planned fault of this route, if any. */
  take(method: string | undefined, path: string): Fault | undefined {
    return this.plans.get(`${method} ${path}`)?.shift();
  }

  /** A planned failure answer is not logged as one. */
  markPlanned(res: http.ServerResponse): void {
    this.planned.add(res);
  }

  isPlanned(res: http.ServerResponse): boolean {
    return this.planned.has(res);
  }

  /** `/__faults` and `/__keys`. */
  async serve(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const f = parseJson(await readBody(req, this.limits.bodyLimit, this.limits.idleMs), this.limits.maxDepth) as Record<string, unknown>;
    if (url.pathname === '/__faults') {
      this.plans.set(`${(f.method as string) ?? 'POST'} ${f.path as string}`, [...((f.plan as Fault[]) ?? [])]);
      return send(res, 204, undefined);
    }
    const tenant = (f.tenant as string) ?? `t${randomBytes(6).toString('hex')}`;
    const made = await this.db.withClient((c) => createKey(c, { tenant, kind: (f.kind as 'secret') ?? 'secret', origins: (f.origins as string[]) ?? [] }));
    this.keys.reset();
    return send(res, 201, { key: made.key, id: made.record.id, tenant });
  }

  /** Runs a request counting its round trips to PostgreSQL (AsyncLocalStorage: its hooks cost every promise, so in test mode only). */
  counted(res: http.ServerResponse, handle: () => Promise<void>): Promise<void> {
    const counter = { n: 0 };
    const writeHead = res.writeHead;
    res.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
      if (!this.headersSent) this.setHeader('x-lead-kit-round-trips', String(counter.n));
      return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args);
    } as typeof res.writeHead;
    return roundTrips.run(counter, handle);
  }
}
