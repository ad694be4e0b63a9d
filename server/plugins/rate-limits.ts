/**
 * Rate limits through @fastify/rate-limit, per key (or open tenant) and client address — never a
 * header the client chooses: every request counts against the per-instance token bucket
 * (`requestLimit`), and the lead submission routes (`config.rateLimit.groupId: 'submissions'`) also
 * against the bucket every instance shares in PostgreSQL (`submissionLimit`, GCRA). Over a
 * limit: 429 with Retry-After.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from '../http.js';
import { RateLimiter, SharedRateLimiter } from '../store/rate-limits.js';
import type { ServerState } from './context.js';

/** The group of the routes that count as lead submissions. */
export const SUBMISSIONS = 'submissions';

type Taken = { current: number; ttl: number };
const allowed: Taken = { current: 0, ttl: 0 };
/** A refusal in @fastify/rate-limit's terms (`max` is 1): over by one, for `seconds`. */
const refused = (seconds: number): Taken => ({ current: 2, ttl: seconds * 1000 });

async function limits(app: FastifyInstance, { state }: { state: ServerState }) {
  const { requestLimit, submissionLimit, db } = state.options;
  const requests = requestLimit ? new RateLimiter(requestLimit.perSecond, requestLimit.burst) : undefined;
  const submissions = submissionLimit ? new SharedRateLimiter(submissionLimit.perSecond, submissionLimit.burst) : undefined;
  if (!requests && !submissions) return;

  /** The buckets as a @fastify/rate-limit store; a submission route's child also asks PostgreSQL. */
  class Buckets {
    private shared = false;

    incr(key: string, done: (error: Error | null, result?: Taken) => void): void {
      // oxlint-disable-next-line promise/no-callback-in-promise -- the store API of @fastify/rate-limit takes a callback
      this.take(key).then((r) => done(null, r), done);
    }

    /** The store of one route, given its merged options (the type says route options; they are). */
    child(params: object): Buckets {
      const child = new Buckets();
      child.shared = (params as { groupId?: string }).groupId === SUBMISSIONS;
      return child;
    }

    private async take(key: string): Promise<Taken> {
      const base = this.shared ? key.slice(0, -SUBMISSIONS.length) : key;
      if (requests && !requests.take(base)) return refused(requests.retryAfter(base));
      if (!this.shared || !submissions) return allowed;
      const { ok, retryAfter } = await db.withClient((c) => submissions.take(c, `submit|${base}`));
      return ok ? allowed : refused(retryAfter);
    }
  }

  await app.register(rateLimit, {
    global: true,
    // After the access plugin's hook (root hooks run first): the bucket is the caller's.
    hook: 'onRequest',
    store: Buckets,
    max: 1,
    timeWindow: 1000,
    keyGenerator: (request) => request.limitKey ?? '',
    // Public routes, preflights and unknown routes carry no principal: not counted here.
    allowList: (request) => request.limitKey === undefined,
    addHeaders: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false, 'retry-after': true },
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
    errorResponseBuilder: (request) =>
      new HttpError(429, 'rate-limited', request.routeOptions.config.rateLimit ? 'Too many submissions; retry shortly' : 'Too many requests; retry shortly'),
  });
}

export const rateLimitPlugin = fp(limits, { name: 'lead-kit-rate-limits' });
