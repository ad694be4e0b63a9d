/**
 * Every outcome is an answer: request ids (`x-request-id`, the client's if well-formed), errors
 * in the wire form (`{ error: { code, message } }`: HttpError as decided, the adapter's typed
 * errors as src/adapters/rest/http-errors.ts maps them, PostgreSQL unavailable → 503 +
 * Retry-After, anything else → 500 naming the request id, logged with its stack), 404 for an
 * unknown route, and a warning line for every 5xx (path only: never a query, key or body).
 */
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { describe } from '../pg-errors.js';
import { error, HttpError, RETRY_AFTER_UNAVAILABLE, send, toWireError } from '../http.js';
import type { ServerState } from './context.js';

/** Random bytes for request ids, drawn 4 KB at a time (one system call per 512 requests, not one each). */
let idBytes = Buffer.alloc(0);
let idAt = 0;

/** The request's id: the client's `x-request-id` when well-formed, else 16 random hex digits. */
export const requestId = (req: http.IncomingMessage): string => {
  const given = req.headers['x-request-id'];
  if (typeof given === 'string' && /^[\w-]{1,64}$/.test(given)) return given;
  if (idAt + 8 > idBytes.length) {
    idBytes = randomBytes(4096);
    idAt = 0;
  }
  return idBytes.toString('hex', idAt, (idAt += 8));
};

const CODES: Record<number, string> = { 400: 'bad-request', 404: 'not-found', 408: 'timeout', 413: 'too-large', 415: 'unsupported-media-type', 431: 'bad-request' };
const pathOf = (request: FastifyRequest) => request.url.split('?')[0].slice(0, 200);

async function errors(app: FastifyInstance, { state }: { state: ServerState }) {
  const log = state.options.log ?? (() => {});
  const started = new WeakMap<FastifyRequest, number>();

  app.addHook('onRequest', async (request, reply) => {
    started.set(request, Date.now());
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode < 500 || typeof request.fault === 'number') return; // a planned fault is no failure
    log('warn', 'request', { id: request.id, method: request.method, path: pathOf(request), status: reply.statusCode, ms: Date.now() - (started.get(request) ?? Date.now()) });
  });

  app.setNotFoundHandler((request, reply) => error(reply, 404, 'not-found', `No route ${request.method} ${pathOf(request)}`));

  app.setErrorHandler((e: FastifyError | HttpError | Error, request: FastifyRequest, reply: FastifyReply) => {
    if (e instanceof HttpError) {
      if (e.status === 413) return tooLarge(request, reply, e);
      if (e.status === 408) {
        // A stalled sender: answered, and the connection closed (its body would never end).
        reply.raw.on('finish', () => request.raw.socket.destroy());
        return error(reply, 408, e.code, e.message, { connection: 'close' });
      }
      return error(reply, e.status, e.code, e.message, e.headers);
    }
    // Fastify's own refusals (a malformed content type, a body shorter than declared…).
    const status = (e as FastifyError).statusCode;
    if (status && status >= 400 && status < 500 && (e as FastifyError).code?.startsWith('FST_')) {
      return error(reply, status, CODES[status] ?? 'bad-request', e.message);
    }
    const wire = toWireError(e);
    if (wire.status === 500) {
      log('error', 'unexpected error', { id: request.id, method: request.method, path: pathOf(request), error: describe(e), stack: e?.stack?.split('\n').slice(0, 6).join(' | ') });
      wire.body.error.message = `Internal error (request ${request.id})`;
    }
    return send(reply, wire.status, wire.body, wire.status === 429 || wire.status === 503 ? { 'retry-after': RETRY_AFTER_UNAVAILABLE } : {});
  });
}

/**
 * 413 at once without keeping the body. A client still sending reads the answer once its upload
 * ends (the rest is discarded as it arrives, for at most 10 s); an absurd declared length closes
 * the connection instead.
 */
function tooLarge(request: FastifyRequest, reply: FastifyReply, e: HttpError) {
  const declared = Number(request.headers['content-length']);
  reply.removeHeader('connection');
  request.raw.on('data', () => {});
  const cut = setTimeout(() => request.raw.socket?.destroy(), 10_000);
  cut.unref();
  request.raw.on('end', () => clearTimeout(cut));
  return error(reply, 413, e.code, e.message, declared > 64 * 1024 * 1024 ? { connection: 'close' } : {});
}

export const errorsPlugin = fp(errors, { name: 'lead-kit-errors' });
