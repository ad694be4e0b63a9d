import http from 'node:http';
import type { Duplex } from 'node:stream';
import { RETRY_AFTER_UNAVAILABLE } from './http.js';

export interface ConnectionLimits {
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  maxConnections: number;
  maxConnectionsPerClient: number;
}

const raw = (socket: Duplex, status: string, body: unknown, headers = '') =>
  socket.end(`HTTP/1.1 ${status}\r\ncontent-type: application/json\r\n${headers}connection: close\r\n\r\n${JSON.stringify(body)}`);

/**
 * Why a request target cannot be served, or undefined: only origin-form targets ("/path?query")
 * whose path decodes ("//[", "*", "http://…", "/%FF" are refused before any routing).
 */
export function targetProblem(target: string): string | undefined {
  if (!target.startsWith('/') || target.startsWith('//')) return 'Malformed request target';
  try {
    decodeURIComponent(new URL(target, 'http://server.invalid').pathname);
    return undefined;
  } catch {
    return 'Malformed request target or percent-encoding';
  }
}

/**
 * The HTTP server Fastify serves on (its `serverFactory`): the connection guards below, and a
 * request target no router should see answered 400 before Fastify.
 */
export function createHttpServer(limits: ConnectionLimits, serve: http.RequestListener): http.Server {
  const server = http.createServer({ connectionsCheckingInterval: 1000 }, (req, res) => {
    if (refused.has(req.socket)) return; // over a connection cap: already answered 503
    const problem = targetProblem(req.url ?? '');
    if (!problem) return serve(req, res);
    res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ error: { code: 'bad-request', message: problem } }));
  });
  const refused = guardConnections(server, limits);
  return server;
}

/** HTTP no parser accepts: 431, 408 or 400, and the connection closed (Fastify's `clientErrorHandler`). */
export function clientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || err.code === 'ECONNRESET') return void socket.destroy();
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
  raw(socket, status, { error: { code: 'bad-request', message: 'Malformed HTTP request' } });
}

/**
 * What the server does with connections before any request is read: Node's request and header
 * timeouts (checked every second, `connectionsCheckingInterval`), caps on open connections per
 * instance and per client address (over a cap: 503 and closed, so one client cannot hold every
 * file descriptor). Returns the sockets refused, whose requests the handler must not answer again.
 */
function guardConnections(server: http.Server, limits: ConnectionLimits): WeakSet<object> {
  // Node checks these timeouts every `connectionsCheckingInterval` (30 s by default, so a slow
  // sender could hold a connection for 80 s): every second here.
  server.requestTimeout = limits.requestTimeoutMs;
  server.headersTimeout = Math.min(limits.headersTimeoutMs, server.requestTimeout);
  server.keepAliveTimeout = 5_000;
  // Connection caps, per instance and per client address: one client cannot hold every file
  // descriptor. Over a cap the connection is told 503 and closed before any request is read.
  const { maxConnections, maxConnectionsPerClient: perClient } = limits;
  const byAddress = new Map<string, number>();
  const refused = new WeakSet<object>();
  let connections = 0;
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const mine = byAddress.get(address) ?? 0;
    if (connections >= maxConnections || mine >= perClient) {
      const message = connections >= maxConnections ? 'This server has too many open connections; retry shortly' : 'Too many open connections from your address; close some and retry';
      refused.add(socket);
      socket.on('error', () => {});
      raw(socket, '503 Service Unavailable', { error: { code: 'unavailable', message } }, `retry-after: ${RETRY_AFTER_UNAVAILABLE}\r\n`);
      setTimeout(() => socket.destroy(), 1000).unref();
      return;
    }
    connections++;
    byAddress.set(address, mine + 1);
    socket.once('close', () => {
      connections--;
      const left = (byAddress.get(address) ?? 1) - 1;
      if (left > 0) byAddress.set(address, left);
      else byAddress.delete(address);
    });
  });
  return refused;
}
