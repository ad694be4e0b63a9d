/**
 * `POST /submissions`, the hot path: a lead submission in two round trips after the rate limit —
 * one read of everything the capture rules need (and the Idempotency-Key's answer, if any), then
 * one statement that writes the change set, the key's answer and the change notifications
 * together (atomic by itself). Under load, submissions commit in groups (capture-batch.ts). A
 * concurrent submission that wins a unique key makes it start over, and then it sees the winner
 * (matched, or the key's answer replayed).
 */
import type { FastifyInstance } from 'fastify';
import { ROUTES, type WireRequest } from '../../src/adapters/rest/routes.js';
import { parseInput } from '../../src/adapters/validate.js';
import { emailKey } from '../../src/domain/matching.js';
import { leadSubmissionSchema, type LeadSubmission } from '../../src/model/submission.js';
import { CaptureBatcher, mergeChanges, type CaptureOutcome } from '../capture-batch.js';
import { recordCte, replayOf, requestFingerprint, type IdempotencyScope } from '../store/idempotency.js';
import { conflictOf } from '../pg-errors.js';
import type { ServerState } from '../plugins/context.js';
import { SUBMISSIONS } from '../plugins/rate-limits.js';
import { SqlAdapter } from '../store/sql-adapter.js';
import { run, SqlStore, type ExtraCte } from '../store/sql-store.js';
import { beforeCommit } from './use-cases.js';
import { answer, readCall, type Call } from './wire.js';

export async function submitLeadRoute(app: FastifyInstance, { state }: { state: ServerState }) {
  const { db } = state.options;
  const batcher = new CaptureBatcher(db);

  /** One submission on its own: preload, plan, one statement; starts over on a lost race. */
  const solo = async (call: Call, input: LeadSubmission, parsed: LeadSubmission, fingerprint: string, fault: unknown): Promise<CaptureOutcome> => {
    const tenant = call.principal.tenant;
    const scope: IdempotencyScope | undefined = call.idempotencyKey === undefined ? undefined : { tenant, key: call.idempotencyKey, method: 'submitLead' };
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.withClient(async (conn) => {
          const store = SqlStore.open(conn, tenant, 'deferred');
          const known = await store.preloadCapture(
            { submissionId: parsed.submissionId, campaignId: parsed.campaignId, emailKey: emailKey(parsed.lead.email) },
            scope ? { key: scope.key, method: scope.method } : undefined,
          );
          if (known && scope) return { ...replayOf(scope, known, fingerprint), commits: [] };
          const result = await new SqlAdapter(store, conn, call.adapterOptions).submitLead(input);
          const extra: ExtraCte[] = scope ? [recordCte(tenant, [{ key: scope.key, method: scope.method, fingerprint, result }])] : [];
          await beforeCommit(fault);
          const statement = store.commitStatement(mergeChanges(store.deferred), extra);
          if (statement) await run(conn, statement.text, statement.values);
          return { status: 201, result, replay: false, commits: store.heldCommits() };
        });
      } catch (error) {
        const conflict = conflictOf(error);
        if (!conflict || attempt >= 5) throw conflict ?? error;
      }
    }
  };

  app.route({
    method: ROUTES.submitLead.verb,
    url: ROUTES.submitLead.path,
    config: { useCase: 'submitLead' as const, rateLimit: { groupId: SUBMISSIONS } },
    handler: async (request, reply) => {
      const call = readCall(request, state);
      const [input] = (ROUTES.submitLead.decode as (r: WireRequest) => [LeadSubmission])(call.wire);
      const parsed = parseInput(leadSubmissionSchema, input);
      const fingerprint = call.idempotencyKey !== undefined ? requestFingerprint({ method: 'submitLead', ...call.wire }) : '';
      const alone = () => solo(call, input, parsed, fingerprint, request.fault);
      // Test faults (a pause, a rollback) stay out of the batches: they hold their submission alone.
      const done = request.fault
        ? await alone()
        : await batcher.submit({
            tenant: call.principal.tenant,
            input,
            submissionId: parsed.submissionId,
            campaignId: parsed.campaignId,
            emailKey: emailKey(parsed.lead.email),
            ...(call.idempotencyKey !== undefined ? { idempotency: { key: call.idempotencyKey, method: 'submitLead', fingerprint } } : {}),
            adapterOptions: call.adapterOptions,
            solo: alone,
          });
      if ((done.result as { confirmation?: string } | null)?.confirmation === 'pending' && !done.replay) state.options.mail?.nudge();
      if (state.options.faults && done.batch) reply.header('x-lead-kit-batch', String(done.batch)); // tests
      return answer(request, reply, state, call, done, done.commits);
    },
  });
}
