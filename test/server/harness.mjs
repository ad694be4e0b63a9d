// Shared by the server suites: a PostgreSQL of their own, the built server (.server/, built by
// scripts/test.mjs) as a real process, keys made with the real `keys` command, raw HTTP.
import { connect, createServer } from 'node:net';
import { startPostgres } from '../../scripts/pg.mjs';
import { keysCommand, startServer } from '../../scripts/server.mjs';

export const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** A throwaway PostgreSQL cluster (stop, start, restart like an operator). */
export async function database() {
  return startPostgres({ port: await freePort() });
}

/** The server as a process; logs collected. `port` reuses one (a restart after kill -9). */
export async function server(pg, env = {}, { port, wait } = {}) {
  return startServer({ databaseUrl: pg.url, port: port ?? (await freePort()), env: { LOG_LEVEL: 'info', ...env }, stdio: 'pipe', ...(wait ? { wait } : {}) });
}

/** A new key made with `npm run keys -- create` (the real command). */
export function makeKey(pg, tenant, kind = 'secret', ...extra) {
  return keysCommand(pg.url, ['create', '--tenant', tenant, '--kind', kind, ...extra]);
}

/** JSON request helper: `{ status, headers, body }`, never throws for HTTP errors. */
export async function call(base, method, path, { key, body, headers = {}, raw } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(raw !== undefined ? { body: raw } : body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, body: json };
}

/** Sends raw bytes on a socket and resolves with the status line's code (or 'closed'). */
export function rawRequest(port, text) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (d) => (data += d));
    socket.on('error', () => {});
    socket.on('close', () => resolve(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 'closed'));
    socket.write(text);
    setTimeout(() => socket.end(), 1500);
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** True while the process is alive. */
export const alive = (child) => child.exitCode === null && child.signalCode === null;

/**
 * Sends `request` until it gets a final answer, like a client that retries with the same
 * Idempotency-Key: network errors, 502/503/504 and 429 are retried for up to `ms`.
 */
export async function untilAnswered(base, method, path, options, ms = 30_000) {
  const end = Date.now() + ms;
  for (let attempt = 0; ; attempt++) {
    try {
      const r = await call(base, method, path, options);
      if (![429, 502, 503, 504].includes(r.status) || Date.now() > end) return { ...r, attempts: attempt + 1 };
    } catch (error) {
      if (Date.now() > end) return { status: 'unreachable', error, attempts: attempt + 1 };
    }
    await sleep(50 + Math.random() * 100);
  }
}

/**
 * Opens the change feed of `key` on `base` as EventSource would: a ticket from
 * `POST /events/tickets`, then `GET /events?ticket=…` (`query` appended, `lastEventId` sent as
 * Last-Event-ID). Resolves with the response; the caller checks its status.
 */
export async function openEvents(base, key, { lastEventId, query = '', signal } = {}) {
  const { ticket } = (await call(base, 'POST', '/events/tickets', { key })).body;
  return fetch(`${base}/events?ticket=${encodeURIComponent(ticket)}${query}`, {
    headers: lastEventId !== undefined ? { 'last-event-id': String(lastEventId) } : {},
    ...(signal ? { signal } : {}),
  });
}

/** Reads an event stream until `until` matches a data line or `ms` pass; returns the data lines. */
export async function readEvents(response, ms, until = () => false) {
  const reader = response.body.getReader();
  const lines = [];
  let text = '';
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const chunk = await Promise.race([reader.read(), new Promise((r) => setTimeout(() => r({ timeout: true }), end - Date.now()))]);
    if (chunk.timeout || chunk.done) break;
    text += new TextDecoder().decode(chunk.value);
    const found = text.split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)));
    lines.splice(0, lines.length, ...found);
    if (found.some(until)) break;
  }
  await reader.cancel().catch(() => {});
  return lines;
}
