// The app in this process, driven through Fastify's inject() — no socket, no child process —
// where a real process is not the point: the answer shapes of the plugins (request ids, errors,
// 404, bodies, CORS, keys) on a real PostgreSQL. Faults, restarts and instances keep their real
// processes (faults, recovery, instances suites).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildApp, Db, KeyRing, migrate, Tickets, ticketSecret } from '../../.server/app.js';
import { database, makeKey } from './harness.mjs';

describe('Lead Kit server: the app in process (inject)', () => {
  let pg;
  let db;
  let built;
  let key;
  const ask = (method, url, { headers = {}, body, raw } = {}) =>
    built.app.inject({ method, url, headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}), ...headers }, ...(raw !== undefined ? { payload: raw } : body !== undefined ? { payload: JSON.stringify(body) } : {}) });

  before(async () => {
    pg = await database();
    db = new Db({ connectionString: pg.url, max: 4, log: () => {} });
    await migrate(db.pool);
    const tickets = new Tickets(await db.withClient(ticketSecret));
    key = makeKey(pg, 'inproc');
    built = await buildApp({ db, keys: new KeyRing((fn) => db.withClient(fn), 1000), tickets: () => tickets, corsOrigins: ['https://portal.example'], submissionLimit: null, requestLimit: null });
  });
  after(async () => {
    await built?.shutdown(100);
    await db?.pool.end();
    pg?.stop();
  });

  it('creates and reads with a key: 201 with an ETag, a request id on every answer, the client\'s when well-formed', async () => {
    const made = await ask('POST', '/campaigns', { body: { id: 'IN', name: 'In process' }, headers: { 'x-request-id': 'abc-123' } });
    assert.equal(made.statusCode, 201, made.body);
    assert.equal(made.headers.etag, '"1"');
    assert.equal(made.headers['x-request-id'], 'abc-123');
    const read = await ask('GET', '/campaigns/IN', { headers: { 'x-request-id': 'not valid!' } });
    assert.equal(read.json().name, 'In process');
    assert.match(read.headers['x-request-id'], /^[0-9a-f]{16}$/);
    assert.equal(read.headers['cache-control'], 'no-store');
  });

  it('answers every refusal in the wire form: 401 without a key, 404, 415, 400, 422', async () => {
    const saved = key;
    key = undefined;
    const anonymous = await ask('GET', '/campaigns');
    key = saved;
    assert.equal(anonymous.statusCode, 401);
    assert.equal(anonymous.headers['www-authenticate'], 'Bearer');
    assert.equal(anonymous.json().error.code, 'unauthorized');
    const missing = await ask('GET', '/nowhere');
    assert.deepEqual([missing.statusCode, missing.json().error.code], [404, 'not-found']);
    const text = await ask('POST', '/leads', { raw: '{}', headers: { 'content-type': 'text/plain' } });
    assert.deepEqual([text.statusCode, text.json().error.code], [415, 'unsupported-media-type']);
    const deep = await ask('POST', '/leads', { raw: `${'['.repeat(40)}${']'.repeat(40)}` });
    assert.deepEqual([deep.statusCode, deep.json().error.code], [400, 'bad-request']);
    const list = await ask('POST', '/leads', { raw: '[1]' });
    assert.deepEqual([list.statusCode, list.json().error.issues[0].code], [422, 'invalid_type']);
    const stale = await ask('PATCH', '/leads/nobody', { body: {}, headers: { 'if-match': '"1"' } });
    assert.equal(stale.statusCode, 404);
    const empty = await ask('POST', '/campaigns', { raw: '', headers: { 'content-type': 'text/plain' } });
    assert.equal(empty.statusCode, 422, 'an empty body is no body, whatever its type: the campaign input is then invalid');
  });

  it('CORS: a preflight from an allowed origin gets the headers; a refused origin gets none and changes nothing', async () => {
    const preflight = await ask('OPTIONS', '/campaigns', { headers: { origin: 'https://portal.example', 'access-control-request-method': 'POST' } });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], 'https://portal.example');
    assert.match(String(preflight.headers['access-control-allow-headers']), /idempotency-key/);
    const refused = await ask('POST', '/campaigns', { body: { id: 'EVIL', name: 'Evil' }, headers: { origin: 'https://evil.example' } });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.headers['access-control-allow-origin'], undefined);
    assert.equal((await ask('GET', '/campaigns/EVIL')).statusCode, 404);
  });

  it('health needs no key; ready while the database answers', async () => {
    const saved = key;
    key = undefined;
    assert.equal((await ask('GET', '/health/live')).statusCode, 200);
    assert.equal((await ask('GET', '/health/ready')).statusCode, 200);
    key = saved;
  });
});
