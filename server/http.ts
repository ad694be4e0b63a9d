/**
 * The HTTP plumbing of the server, apart from what it serves: the error a request is answered
 * with (`HttpError`), JSON answers, the CORS header lists, bodies read with their limits, JSON
 * parsed with a nesting limit, and the wire form of every error.
 */
import type http from 'node:http';
import type { FastifyReply } from 'fastify';
import { LeadKitError } from '../src/adapters/errors.js';
import { errorToWire } from '../src/adapters/rest/http-errors.js';
import type { WireError } from '../src/adapters/rest/routes.js';
import { classify, isUnavailable } from './pg-errors.js';

/** Seconds a client should wait after a 503 (PostgreSQL restarting, pool busy). */
export const RETRY_AFTER_UNAVAILABLE = '2';

/** An answer decided before any work: a status, a code, a message, headers. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Answers JSON (no-store) through Fastify's reply. */
export const send = (reply: FastifyReply, status: number, body: unknown, headers: Record<string, string> = {}) =>
  reply.code(status).headers({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }).send(body === undefined ? '' : JSON.stringify(body));

/** Answers `{ error: { code, message } }`. */
export const error = (reply: FastifyReply, status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  send(reply, status, { error: { code, message } }, headers);

/** The headers a browser may send and read (CORS), in one place. */
export const CORS = {
  allowedHeaders: 'content-type, authorization, if-match, idempotency-key, x-lead-kit-tenant, x-lead-kit-client, x-request-id',
  methods: 'GET, POST, PUT, PATCH, OPTIONS',
  exposedHeaders: 'etag, retry-after, idempotent-replay, x-request-id',
  maxAge: 600,
};

/**
 * Reads a body up to `limit` bytes: 413 as soon as it is larger (declared or streamed), 408 when
 * the sender pauses longer than `idleMs` mid-body.
 */
export const readBody = (req: http.IncomingMessage, limit: number, idleMs: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) return reject(new HttpError(413, 'too-large', `The body is larger than ${limit} bytes`));
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    // A sender that stops mid-body is not waited for: 408 once it pauses longer than allowed.
    let idle: NodeJS.Timeout | undefined;
    const stall = () => {
      clearTimeout(idle);
      idle = setTimeout(() => {
        if (done) return;
        done = true;
        chunks.length = 0;
        reject(new HttpError(408, 'timeout', `The body stopped arriving for ${idleMs} ms`));
      }, idleMs);
    };
    stall();
    req.on('close', () => clearTimeout(idle));
    req.on('data', (c: Buffer) => {
      if (done) return;
      stall();
      size += c.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        reject(new HttpError(413, 'too-large', `The body is larger than ${limit} bytes`));
      } else chunks.push(c);
    });
    req.on('end', () => {
      clearTimeout(idle);
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', (e) => done || ((done = true), reject(new HttpError(400, 'bad-request', `The body could not be read: ${e.message}`))));
  });

/** JSON with a nesting limit checked before parsing (a 100,000-deep body never reaches the parser). */
export function parseJson(raw: Buffer, maxDepth: number): unknown {
  const text = raw.toString('utf8');
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) throw new HttpError(400, 'bad-request', `The JSON body is nested deeper than ${maxDepth} levels`);
    } else if (c === 125 || c === 93) depth--;
  }
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    throw new HttpError(400, 'bad-request', 'The body is not valid JSON');
  }
}

/**
 * The HTTP status and body of an error: the adapter's typed errors as src/adapters/rest/http-errors.ts
 * maps them (the RestAdapter reads them back the same way); a database that cannot serve → 503;
 * anything else → 500.
 */
export function toWireError(error: unknown): { status: number; body: WireError } {
  if (error instanceof LeadKitError) return errorToWire(error);
  if (isUnavailable(error)) return { status: 503, body: { error: { code: 'unavailable', message: 'Service unavailable: the database cannot serve now; retry shortly' } } };
  // Defence in depth: text PostgreSQL cannot store (NUL, invalid UTF-8) that validation missed.
  if (classify(error) === 'unstorable') {
    return { status: 422, body: { error: { code: 'validation', message: 'Text with characters that cannot be stored', issues: [{ path: '', code: 'invalid_characters', message: 'Text contains NUL or invalid characters' }] } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'Internal error' } } };
}
