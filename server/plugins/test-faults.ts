/**
 * Tests only (LEAD_KIT_FAULTS=1, loopback; registered only then): planned faults and key
 * minting, kept out of the serving code. `POST /__faults` `{ method, path, plan }` makes the next
 * requests to that route answer each planned status without running (500, 503…), or run and then
 * drop the connection (`drop`: committed, the client never hears it), throw in the handler
 * (`throw`), wait 3 s after the work and before COMMIT (`pause`: a window to kill the process
 * in), or fail there (`rollback`); `POST /__keys` mints a key. Every answer says how many round
 * trips to PostgreSQL its request took (`x-lead-kit-round-trips`).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { roundTrips } from '../store/db.js';
import { error, send } from '../http.js';
import { createKey } from '../auth/api-keys.js';
import type { ServerState } from './context.js';

export type Fault = number | 'drop' | 'throw' | 'pause' | 'rollback';

async function testFaults(app: FastifyInstance, { state }: { state: ServerState }) {
  const { db, keys } = state.options;
  const plans = new Map<string, Fault[]>();
  // Round trips counted per request (AsyncLocalStorage: its hooks cost every promise, so in test
  // mode only); entered before any other hook and again once the body is read.
  const counters = new WeakMap<FastifyRequest, { n: number }>();
  app.addHook('onRequest', (request, _reply, done) => {
    const counter = { n: 0 };
    counters.set(request, counter);
    roundTrips.run(counter, done);
  });
  app.addHook('preHandler', (request, _reply, done) => roundTrips.run(counters.get(request) ?? { n: 0 }, done));
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-lead-kit-round-trips', String(counters.get(request)?.n ?? 0));
  });

  // The planned fault of a data route, once its caller is known.
  app.addHook('preParsing', async (request, reply) => {
    const path = request.url.split('?')[0];
    if (!request.principal || !request.routeOptions.config.useCase) return;
    const fault = plans.get(`${request.method} ${path}`)?.shift();
    if (fault === undefined) return;
    request.fault = fault;
    if (fault === 'throw') throw new TypeError('planned bug: a handler threw'); // an unexpected error, end to end
    if (typeof fault === 'number') error(reply, fault, 'internal', `planned fault ${fault}`, fault === 503 || fault === 429 ? { 'retry-after': '1' } : {});
  });

  const config = { access: 'public' as const, rateLimit: false as const };
  app.post('/__faults', { config }, async (request, reply) => {
    const f = request.body as { method?: string; path: string; plan?: Fault[] };
    plans.set(`${f.method ?? 'POST'} ${f.path}`, [...(f.plan ?? [])]);
    return send(reply, 204, undefined);
  });
  app.post('/__keys', { config }, async (request, reply) => {
    const f = (request.body ?? {}) as { tenant?: string; kind?: 'secret' | 'publishable'; origins?: string[] };
    const tenant = f.tenant ?? `t${randomBytes(6).toString('hex')}`;
    const made = await db.withClient((c) => createKey(c, { tenant, kind: f.kind ?? 'secret', origins: f.origins ?? [] }));
    keys.reset();
    return send(reply, 201, { key: made.key, id: made.record.id, tenant });
  });
}

export const testFaultsPlugin = fp(testFaults, { name: 'lead-kit-test-faults' });
