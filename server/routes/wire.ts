/**
 * A use-case request read off the wire, checked the same way for every route: the body a JSON
 * object, If-Match a version, no NUL or lone surrogate anywhere (422 naming the field), a
 * well-formed Idempotency-Key, an import within its row limit; and the answer: the change
 * announced once committed, the version as ETag, a replay marked.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ValidationError } from '../../src/adapters/errors.js';
import type { LocalAdapterOptions } from '../../src/adapters/local/local-adapter.js';
import type { CommitInfo } from '../../src/adapters/local/record-store.js';
import type { Method, WireRequest } from '../../src/adapters/rest/routes.js';
import { unsafeTextIssues } from '../../src/adapters/validate.js';
import { changePayloads } from '../store/changes.js';
import { HttpError, send } from '../http.js';
import { targetOf } from '../plugins/access.js';
import type { Principal, ServerState } from '../plugins/context.js';

export interface Call {
  method: Method;
  principal: Principal;
  wire: WireRequest;
  idempotencyKey?: string;
  /** The client that made the change (`x-lead-kit-client`), echoed in the change feed. */
  client: string;
  /** A publishable key's call follows the landing-page rules (LocalAdapterOptions.publicCapture). */
  adapterOptions: LocalAdapterOptions;
}

export interface Outcome {
  status: number;
  result: unknown;
  replay: boolean;
}

export function readCall(request: FastifyRequest, state: ServerState): Call {
  const method = request.routeOptions.config.useCase!;
  const principal = request.principal!;
  const body = request.body;
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
    throw new ValidationError([{ path: '', code: 'invalid_type', message: 'The body must be a JSON object' }]);
  }
  const rawIfMatch = request.headers['if-match'];
  let ifMatch: number | undefined;
  if (rawIfMatch !== undefined) {
    ifMatch = Number(String(rawIfMatch).replace(/^W\//, '').replace(/"/g, ''));
    if (!Number.isInteger(ifMatch) || ifMatch < 1) throw new HttpError(400, 'bad-request', 'If-Match must be a record version ("3")');
  }
  const url = targetOf(request);
  const query = Object.fromEntries(url.searchParams.entries());
  delete query.tenant;
  delete query.client;
  const params = { ...(request.params as Record<string, string>) };
  const unsafe = [...unsafeTextIssues(params), ...unsafeTextIssues(query), ...unsafeTextIssues(body)];
  if (unsafe.length) throw new ValidationError(unsafe);
  const given = request.headers['idempotency-key'];
  const idempotencyKey = given === undefined ? undefined : String(given);
  if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,128}$/.test(idempotencyKey)) {
    throw new HttpError(400, 'bad-request', 'Idempotency-Key must be 1 to 128 visible ASCII characters');
  }
  if (method === 'importLeads' || method === 'importPeople') {
    const rows = (body as { rows?: unknown } | undefined)?.rows;
    const limit = state.limits.importRowLimit;
    if (Array.isArray(rows) && rows.length > limit) {
      throw new HttpError(413, 'too-large', `An import request may carry at most ${limit} rows (this one has ${rows.length}); send them in parts`);
    }
  }
  const clientId = String(request.headers['x-lead-kit-client'] ?? url.searchParams.get('client') ?? '');
  // A publishable key is a landing page's: it never creates a campaign, records only the
  // campaign's web-form statuses, never moves anyone backwards or checks them in, and learns
  // nothing about who was already known (LocalAdapterOptions.publicCapture).
  const publishable = principal.key?.kind === 'publishable';
  return {
    method,
    principal,
    wire: { params, query, body, ...(ifMatch !== undefined ? { ifMatch } : {}) },
    ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
    client: /^[\w-]{1,64}$/.test(clientId) ? clientId : '',
    adapterOptions: { autoCreateCampaigns: !publishable, publicCapture: publishable, bulkChunk: 10_000, doubleOptIn: true },
  };
}

/** Answers a call's outcome; what it changed is announced to every instance (only now: committed). */
export function answer(request: FastifyRequest, reply: FastifyReply, state: ServerState, call: Call, outcome: Outcome, changed: CommitInfo[]) {
  if (changed.length) state.options.feed?.publish(changePayloads(call.principal.tenant, call.client, changed));
  if (request.fault === 'drop') return void request.raw.socket.destroy(); // committed; the answer is lost
  const version = (outcome.result as { version?: unknown } | null)?.version;
  return send(reply, outcome.status, outcome.result, {
    ...(typeof version === 'number' ? { etag: `"${version}"` } : {}),
    ...(outcome.replay ? { 'idempotent-replay': 'true' } : {}),
  });
}
