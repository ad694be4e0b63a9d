// Connections as an attacker holds them: slow header senders, stalled bodies, a burst of new
// connections, one address opening hundreds; oversized imports that must still read their 413;
// imports of blank rows and of more rows than a request may carry.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { alive, call, database, makeKey, server, sleep } from './harness.mjs';

/** Opens a socket from `localAddress` (any of 127.0.0.0/8); resolves once connected, with what it reads and when it closed. */
function open(port, localAddress = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1', localAddress });
    const state = { socket, data: '', closedAt: null, status: null };
    socket.on('data', (d) => {
      state.data += d;
      state.status ??= /^HTTP\/1\.1 (\d{3})/.exec(state.data)?.[1] ?? null;
    });
    socket.on('error', () => {});
    socket.on('close', () => (state.closedAt = Date.now()));
    socket.on('connect', () => resolve(state));
  });
}

describe('Lead Kit server: connections', () => {
  let db;
  let key;
  before(async () => {
    db = await database();
    key = makeKey(db, 'conn');
  });
  after(() => db?.stop());

  it('closes 400 slow header senders (one line a second) with 408 within the headers timeout, and keeps answering meanwhile', { timeout: 60_000 }, async () => {
    const srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', HEADERS_TIMEOUT_MS: '3000', MAX_CONNECTIONS_PER_CLIENT: '1000' });
    const port = Number(new URL(srv.url).port);
    const sockets = [];
    try {
      const started = Date.now();
      // A burst: 400 connections at once, each starting a request and sending a header a second.
      sockets.push(...(await Promise.all(Array.from({ length: 400 }, () => open(port)))));
      for (const s of sockets) s.socket.write('GET /campaigns HTTP/1.1\r\nHost: x\r\n');
      const drip = setInterval(() => {
        for (const s of sockets) if (s.closedAt === null) s.socket.write(`X-Slow-${Date.now()}: 1\r\n`);
      }, 1000);
      // The server answers others meanwhile.
      await sleep(1500);
      const t0 = Date.now();
      assert.equal((await call(srv.url, 'GET', '/campaigns', { key })).status, 200);
      assert.ok(Date.now() - t0 < 1000, 'answered promptly during the attack');
      while (sockets.some((s) => s.closedAt === null) && Date.now() - started < 15_000) await sleep(100);
      clearInterval(drip);
      const open_ = sockets.filter((s) => s.closedAt === null).length;
      assert.equal(open_, 0, `${open_} slow connections still open after 15 s`);
      const slowest = Math.max(...sockets.map((s) => s.closedAt - started));
      assert.ok(slowest < 3000 + 2500, `the last slow sender was closed after ${slowest} ms (headers timeout 3 s)`);
      assert.deepEqual([...new Set(sockets.map((s) => s.status))], ['408']);
      assert.ok(alive(srv.child));
    } finally {
      for (const s of sockets) s.socket.destroy();
      await srv.stop();
    }
  });

  it('closes a body that stops arriving with 408 within the body timeout', { timeout: 30_000 }, async () => {
    const srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', BODY_TIMEOUT_MS: '2000' });
    const port = Number(new URL(srv.url).port);
    try {
      const s = await open(port);
      const started = Date.now();
      s.socket.write(`POST /leads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email":"stal`);
      while (s.closedAt === null && Date.now() - started < 10_000) await sleep(50);
      assert.equal(s.status, '408');
      assert.ok(s.closedAt - started < 2000 + 1500, `closed after ${s.closedAt - started} ms`);
      assert.match(s.data, /"code":"timeout"/);
      assert.equal((await call(srv.url, 'GET', '/people/by-email?email=stal%40example.com', { key })).body, null);
    } finally {
      await srv.stop();
    }
  });

  it('caps open connections per client address and per instance: over a cap, 503 and closed; others still served', { timeout: 30_000 }, async () => {
    const srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', MAX_CONNECTIONS_PER_CLIENT: '20', MAX_CONNECTIONS: '30' });
    const port = Number(new URL(srv.url).port);
    const held = [];
    try {
      // One address holds 20 idle connections; its 21st to 25th are refused.
      held.push(...(await Promise.all(Array.from({ length: 20 }, () => open(port, '127.0.0.4')))));
      const over = await Promise.all(Array.from({ length: 5 }, () => open(port, '127.0.0.4')));
      await sleep(300);
      for (const s of over) {
        assert.equal(s.status, '503');
        assert.match(s.data, /retry-after/i);
      }
      await sleep(1200);
      assert.ok(over.every((s) => s.closedAt !== null), 'refused connections are closed');
      assert.ok(held.every((s) => s.closedAt === null), 'the first 20 are kept');
      // Other addresses are still served, up to the instance's cap of 30 open connections.
      const fromTwo = await Promise.all(Array.from({ length: 5 }, () => open(port, '127.0.0.2')));
      for (const s of fromTwo) s.socket.write('GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n');
      await sleep(300);
      assert.deepEqual([...new Set(fromTwo.map((s) => s.status))], ['200'], 'another address is served');
      const extra = await Promise.all(Array.from({ length: 10 }, () => open(port, '127.0.0.3')));
      for (const s of extra) s.socket.write('GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n');
      await sleep(500);
      const refused = extra.filter((s) => s.status === '503').length;
      assert.ok(refused >= 5, `the instance cap (30) refuses connections past it: ${refused} of 10 refused`);
      held.push(...fromTwo, ...extra);
      for (const s of held) s.socket.destroy();
      await sleep(300);
      const again = await open(port, '127.0.0.4');
      again.socket.write('GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      await sleep(300);
      assert.equal(again.status, '200', 'closed connections free their places');
      assert.ok(alive(srv.child));
    } finally {
      for (const s of held) s.socket.destroy();
      await srv.stop();
    }
  });

  it('a 20 MB + 1 KB import gets a readable 413, with and without Content-Length, every time', { timeout: 60_000 }, async () => {
    const srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0' });
    const port = Number(new URL(srv.url).port);
    const size = 20 * 1024 * 1024 + 1024;
    const send = (chunked) =>
      new Promise((resolve) => {
        const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': size }) };
        const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/campaigns/C/imports', headers }, (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve(`${res.statusCode} ${JSON.parse(text).error.code}`));
        });
        req.on('error', (e) => resolve(e.code));
        const chunk = Buffer.alloc(256 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < size) {
            const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
            sent += part.length;
            if (!req.write(part)) return void req.once('drain', pump);
          }
          req.end();
        };
        pump();
      });
    try {
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(await send(i % 2 === 1));
      assert.deepEqual([...new Set(answers)], ['413 too-large']);
      assert.ok(alive(srv.child));
    } finally {
      await srv.stop();
    }
  });

  it('imports: blank rows are skipped and counted; more rows than a request may carry get 413, nothing written', async () => {
    const srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0' });
    try {
      assert.equal((await call(srv.url, 'POST', '/campaigns', { key, body: { id: 'IMP', name: 'Import' } })).status, 201);
      const rows = [{ email: 'one@example.com' }, {}, { firstName: '  ', email: '' }, { lastName: 'Only' }, {}];
      const r = await call(srv.url, 'POST', '/campaigns/IMP/imports', { key, body: { rows } });
      assert.equal(r.status, 201);
      assert.deepEqual({ created: r.body.created, skipped: r.body.skipped, errors: r.body.errors.length }, { created: 2, skipped: 3, errors: 0 });
      const flood = await call(srv.url, 'POST', '/campaigns/IMP/imports', { key, body: { rows: Array.from({ length: 100_000 }, () => ({})) } });
      assert.equal(flood.status, 413);
      assert.match(flood.body.error.message, /at most 5000 rows/);
      const justOver = await call(srv.url, 'POST', '/campaigns/IMP/imports', { key, body: { rows: Array.from({ length: 5001 }, (_, i) => ({ email: `over${i}@example.com` })) } });
      assert.equal(justOver.status, 413);
      assert.equal((await call(srv.url, 'GET', '/campaigns/IMP/counts', { key })).body.total, 2);
      assert.equal((await call(srv.url, 'GET', '/people/by-email?email=over0%40example.com', { key })).body, null);
    } finally {
      await srv.stop();
    }
  });
});
