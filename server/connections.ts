import type http from 'node:http';
import { RETRY_AFTER_UNAVAILABLE } from './http.js';

/**
 * What the server does with connections before any request is read: Node's request and header
 * timeouts (checked every second, `connectionsCheckingInterval`), caps on open connections per
 * instance and per client address (over a cap: 503 and closed, so one client cannot hold every
 * file descriptor), and an answer for HTTP no parser accepts (431, 408, 400). Returns the
 * sockets refused, whose requests the handler must not answer again.
 */
export function guardConnections(
  server: http.Server,
  limits: { requestTimeoutMs: number; headersTimeoutMs: number; maxConnections: number; maxConnectionsPerClient: number },
): WeakSet<object> {
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
      socket.end(`HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\nretry-after: ${RETRY_AFTER_UNAVAILABLE}\r\nconnection: close\r\n\r\n${JSON.stringify({ error: { code: 'unavailable', message } })}`);
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
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || err.code === 'ECONNRESET') return void socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n{"error":{"code":"bad-request","message":"Malformed HTTP request"}}`);
  });
  return refused;
}
