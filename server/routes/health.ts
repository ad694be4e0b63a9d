/**
 * Health checks, open to anyone (no key, no CORS, no rate limit): `/health` and `/health/live`
 * answer while the process serves; `/health/ready` only while PostgreSQL answers, migrations are
 * done, the change feed listens and the server is not shutting down (503 + Retry-After otherwise).
 */
import type { FastifyInstance } from 'fastify';
import { RETRY_AFTER_UNAVAILABLE, send } from '../http.js';
import type { ServerState } from '../plugins/context.js';

export async function healthRoutes(app: FastifyInstance, { state }: { state: ServerState }) {
  const config = { access: 'public' as const, cors: false, rateLimit: false as const };
  const live = { method: ['GET', 'HEAD'] as ('GET' | 'HEAD')[], config };
  app.route({ ...live, url: '/health', handler: (_request, reply) => send(reply, 200, { ok: true }) });
  app.route({ ...live, url: '/health/live', handler: (_request, reply) => send(reply, 200, { ok: true }) });
  app.route({
    ...live,
    url: '/health/ready',
    handler: async (_request, reply) => {
      const { feed, db } = state.options;
      const ok = state.isReady() && !state.closing && (feed?.connected ?? true) && (await db.ping());
      return ok ? send(reply, 200, { ok: true }) : send(reply, 503, { ok: false }, { 'retry-after': RETRY_AFTER_UNAVAILABLE });
    },
  });
}
