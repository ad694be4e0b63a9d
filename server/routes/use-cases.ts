/**
 * One route per use case of the route table (src/adapters/rest/routes.ts) but the lead submission
 * (submit-lead.ts): the call decoded from the wire, run by the SqlAdapter (the browser's own
 * domain rules over a SqlStore bound to the request's one connection). A read runs without a
 * transaction; a write runs in one, with its Idempotency-Key's record when it creates: the key,
 * the locks and the work commit together, or not at all (a crash mid-way leaves neither).
 */
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import type { CommitInfo } from '../../src/adapters/local/record-store.js';
import { ROUTES, type Method, type WireRequest } from '../../src/adapters/rest/routes.js';
import { claim, record, requestFingerprint } from '../store/idempotency.js';
import type { ServerState } from '../plugins/context.js';
import { SUBMISSIONS } from '../plugins/rate-limits.js';
import { SqlAdapter } from '../store/sql-adapter.js';
import { SqlStore } from '../store/sql-store.js';
import { answer, readCall, type Call, type Outcome } from './wire.js';

/** Runs `call` on `conn`; what it changed is added to `changed`. */
async function execute(conn: pg.PoolClient, call: Call, inTransaction: boolean, changed: CommitInfo[]) {
  const store = SqlStore.open(conn, call.principal.tenant, inTransaction ? 'transaction' : 'autocommit');
  const adapter = new SqlAdapter(store, conn, call.adapterOptions);
  const args = (ROUTES[call.method].decode as (r: WireRequest) => unknown[])(call.wire);
  const result = await (adapter[call.method] as (...a: unknown[]) => Promise<unknown>)(...args);
  changed.push(...store.heldCommits());
  return { status: ROUTES[call.method].creates ? 201 : 200, result: result ?? null };
}

/** A planned test fault after the work and before COMMIT (plugins/test-faults.ts). */
export async function beforeCommit(fault: unknown): Promise<void> {
  if (fault === 'pause') await new Promise((r) => setTimeout(r, 3000));
  if (fault === 'rollback') throw new Error('planned failure after the work, before COMMIT');
}

export async function useCaseRoutes(app: FastifyInstance, { state }: { state: ServerState }) {
  const { db } = state.options;
  for (const method of Object.keys(ROUTES) as Method[]) {
    if (method === 'submitLead') continue; // submit-lead.ts
    const route = ROUTES[method];
    const config = { useCase: method, largeBody: method === 'importLeads' || method === 'importPeople', ...(method === 'holdSubmission' ? { rateLimit: { groupId: SUBMISSIONS } } : {}) };
    app.route({
      method: route.verb,
      url: route.path,
      config,
      handler: async (request, reply) => {
        const call = readCall(request, state);
        const changed: CommitInfo[] = [];
        let outcome: Outcome;
        if (route.verb === 'GET') {
          outcome = await db.withClient(async (conn) => ({ ...(await execute(conn, call, false, changed)), replay: false }));
        } else {
          outcome = await db.transaction(async (conn) => {
            if (call.idempotencyKey !== undefined && route.creates) {
              const scope = { tenant: call.principal.tenant, key: call.idempotencyKey, method };
              const replay = await claim(conn, scope, requestFingerprint({ method, ...call.wire }));
              if (replay) return replay;
              const ran = await execute(conn, call, true, changed);
              await record(conn, scope, ran.status, ran.result);
              if (request.fault === 'pause') await beforeCommit(request.fault);
              return { ...ran, replay: false };
            }
            const ran = await execute(conn, call, true, changed);
            await beforeCommit(request.fault);
            return { ...ran, replay: false };
          });
        }
        return answer(request, reply, state, call, outcome, changed);
      },
    });
  }
}
