// Who may do what: keys bound to tenants (made with the real `npm run keys` command), publishable
// keys, origins and CORS, event tickets, rate limits, and the open development mode.
import assert from 'node:assert/strict';

/** The child processes report their coverage too (npm test). */
const coverageEnv = { ...process.env, ...(process.env.LEAD_KIT_SERVER_COVERAGE ? { NODE_V8_COVERAGE: process.env.LEAD_KIT_SERVER_COVERAGE } : {}) };
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { alive, call, database, freePort, makeKey, readEvents, server, sleep } from './harness.mjs';
import { startServer } from '../../scripts/server.mjs';

describe('Lead Kit server: keys and tenants', () => {
  let db;
  let srv;
  let a;
  let b;
  let pub;
  let shop;
  before(async () => {
    db = await database();
    a = makeKey(db, 'tenant-a');
    b = makeKey(db, 'tenant-b', 'secret', '--label', 'B portal');
    pub = makeKey(db, 'tenant-a', 'publishable');
    shop = makeKey(db, 'tenant-a', 'publishable', '--origin', 'https://shop.example');
    srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', KEY_CACHE_MS: '300', CORS_ORIGINS: 'https://portal.example' });
  });
  after(async () => {
    await srv?.stop();
    db?.stop();
  });

  it('stores only a hash of each key, prints it once, and lists keys without their secrets', async () => {
    assert.match(a, /^lk_sec_[a-z0-9]{12}_[\w-]{43}$/);
    assert.match(pub, /^lk_pub_/);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('select id, tenant, kind, encode(hash, $1) as hash, origins from api_keys order by created_at', ['hex']);
    await client.end();
    assert.equal(rows.length, 4);
    const dump = JSON.stringify(rows);
    // lk_{sec|pub}_<12-char id>_<secret> (the secret, base64url, may itself contain '_').
    for (const k of [a, b, pub, shop]) assert.ok(!dump.includes(k.slice(20)), 'no secret in the database');
    assert.deepEqual(rows[3].origins, ['https://shop.example']);
    const list = spawnSync(process.execPath, ['.server/cli.js', 'list'], { env: { ...coverageEnv, DATABASE_URL: db.url }, encoding: 'utf8' }).stdout;
    assert.equal(list.trim().split('\n').length, 4);
    assert.match(list, /tenant-b\tsecret\t\*\tB portal/);
    for (const k of [a, b, pub, shop]) assert.ok(!list.includes(k.slice(20)), 'no secret in the listing');
  });

  it('no key or a wrong key: 401; the key is not taken from the query string', async () => {
    assert.equal((await call(srv.url, 'GET', '/campaigns')).status, 401);
    assert.equal((await call(srv.url, 'GET', '/campaigns', { key: `${a.slice(0, -1)}x` })).status, 401);
    assert.equal((await call(srv.url, 'GET', '/campaigns', { key: 'lk_sec_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })).status, 401);
    assert.equal((await call(srv.url, 'GET', '/campaigns', { headers: { authorization: 'Basic YTpi' } })).status, 401);
    assert.equal((await call(srv.url, 'GET', `/campaigns?token=${a}`)).status, 401);
    assert.equal((await call(srv.url, 'GET', `/campaigns?key=${a}`)).status, 401);
    assert.equal((await call(srv.url, 'POST', '/leads', { body: { email: 'anon@example.com' } })).status, 401);
    assert.equal((await call(srv.url, 'GET', '/people/by-email?email=anon%40example.com', { key: a })).body, null);
  });

  it("tenant A's secret key cannot read, change or stream tenant B's records, whatever header or query it sends", async () => {
    const bCampaign = await call(srv.url, 'POST', '/campaigns', { key: b, body: { id: 'B1', name: 'B only' } });
    assert.equal(bCampaign.status, 201);
    const bLead = (await call(srv.url, 'POST', '/leads', { key: b, body: { email: 'secret@b.example', company: 'B Corp' } })).body;
    // Reads: A does not see B's records, by id or by search.
    assert.equal((await call(srv.url, 'GET', `/leads/${bLead.id}`, { key: a })).status, 404);
    assert.equal((await call(srv.url, 'GET', '/campaigns/B1', { key: a })).status, 404);
    assert.equal((await call(srv.url, 'GET', '/people/by-email?email=secret%40b.example', { key: a })).body, null);
    assert.deepEqual((await call(srv.url, 'GET', '/people?search=secret', { key: a })).body, []);
    assert.deepEqual((await call(srv.url, 'GET', '/campaigns', { key: a })).body, []);
    // Naming B's tenant is refused, not obeyed.
    for (const options of [{ headers: { 'x-lead-kit-tenant': 'tenant-b' } }, {}]) {
      const path = options.headers ? `/leads/${bLead.id}` : `/leads/${bLead.id}?tenant=tenant-b`;
      const r = await call(srv.url, 'GET', path, { key: a, ...options });
      assert.equal(r.status, 403);
      assert.equal(r.body.error.code, 'forbidden');
    }
    // Changes: B's lead and campaign cannot be touched.
    assert.equal((await call(srv.url, 'PATCH', `/leads/${bLead.id}`, { key: a, body: { company: 'Hacked' }, headers: { 'if-match': '"1"' } })).status, 404);
    assert.equal((await call(srv.url, 'POST', '/campaigns/B1/members', { key: a, body: { people: [{ type: 'lead', id: bLead.id }] } })).status, 404);
    assert.equal((await call(srv.url, 'POST', '/campaigns', { key: a, body: { id: 'B1', name: 'Overwrite' }, headers: { 'x-lead-kit-tenant': 'tenant-b' } })).status, 403);
    const after = (await call(srv.url, 'GET', `/leads/${bLead.id}`, { key: b })).body;
    assert.equal(after.company, 'B Corp');
    assert.equal(after.version, 1);
    assert.equal((await call(srv.url, 'GET', '/campaigns/B1', { key: b })).body.name, 'B only');
    // Streams: A's ticket streams A's changes only; naming B's tenant with it is refused.
    const ticket = (await call(srv.url, 'POST', '/events/tickets', { key: a })).body.ticket;
    assert.ok(ticket && !ticket.includes(a.slice(20)), 'the ticket does not carry the key');
    assert.equal((await fetch(`${srv.url}/events?ticket=${encodeURIComponent(ticket)}&tenant=tenant-b`)).status, 403);
    assert.equal((await fetch(`${srv.url}/events?ticket=forged.ticket`)).status, 401);
    assert.equal((await fetch(`${srv.url}/events?token=${a}`)).status, 401);
    const stream = await fetch(`${srv.url}/events?ticket=${encodeURIComponent(ticket)}`);
    assert.equal(stream.status, 200);
    const events = readEvents(stream, 5000, (e) => e.campaignIds.includes('A1'));
    await sleep(100);
    await call(srv.url, 'POST', '/campaigns', { key: b, body: { id: 'B2', name: 'B two' } });
    await call(srv.url, 'POST', '/campaigns', { key: a, body: { id: 'A1', name: 'A one' } });
    const seen = await events;
    assert.ok(seen.some((e) => e.campaignIds.includes('A1')), 'A sees its own change');
    assert.ok(!seen.some((e) => e.campaignIds.includes('B2')), "A never sees B's change");
  });

  it('a publishable key submits leads and nothing else; it never creates a campaign', async () => {
    await call(srv.url, 'POST', '/campaigns', { key: a, body: { id: 'LP', name: 'Landing page' } });
    const ok = await call(srv.url, 'POST', '/submissions', { key: pub, body: { submissionId: 'pub-sub-0001', campaignId: 'LP', lead: { email: 'visitor@example.com' } } });
    assert.equal(ok.status, 201);
    assert.equal((await call(srv.url, 'GET', '/campaigns/LP/statuses', { key: pub })).status, 200);
    for (const [method, path, body] of [
      ['GET', '/campaigns'],
      ['GET', '/campaigns/LP'],
      ['GET', '/campaigns/LP/members'],
      ['GET', '/people?search=visitor'],
      ['GET', '/people/by-email?email=visitor%40example.com'],
      ['GET', `/leads/${ok.body.person.id}`],
      ['POST', '/leads', { email: 'direct@example.com' }],
      ['POST', '/campaigns', { id: 'X', name: 'X' }],
      ['POST', '/events/tickets'],
      ['GET', '/events'],
    ]) {
      const r = await call(srv.url, method, path, { key: pub, body });
      assert.equal(r.status, 403, `${method} ${path}`);
    }
    const unknown = await call(srv.url, 'POST', '/submissions', { key: pub, body: { submissionId: 'pub-sub-0002', campaignId: 'NOPE', lead: { email: 'visitor2@example.com' } } });
    assert.equal(unknown.status, 404);
    assert.equal((await call(srv.url, 'GET', '/campaigns/NOPE', { key: a })).status, 404);
    assert.equal((await call(srv.url, 'GET', '/campaigns/LP/counts', { key: a })).body.total, 1);
  });

  it('CORS: only allowed origins get Access-Control-Allow-Origin; a disallowed origin changes nothing', async () => {
    await call(srv.url, 'POST', '/campaigns', { key: a, body: { id: 'SHOP', name: 'Shop' } });
    const submit = (key, origin, n) =>
      call(srv.url, 'POST', '/submissions', { key, headers: { origin }, body: { submissionId: `cors-sub-${n}-0000`, campaignId: 'SHOP', lead: { email: `cors${n}@example.com` } } });
    // The key restricted to https://shop.example.
    const evil = await submit(shop, 'https://evil.example', 1);
    assert.equal(evil.status, 403);
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    const none = await call(srv.url, 'POST', '/submissions', { key: shop, body: { submissionId: 'cors-sub-x-0000', campaignId: 'SHOP', lead: { email: 'corsx@example.com' } } });
    assert.equal(none.status, 403, 'a restricted key needs its origin');
    const good = await submit(shop, 'https://shop.example', 2);
    assert.equal(good.status, 201);
    assert.equal(good.headers.get('access-control-allow-origin'), 'https://shop.example');
    // A secret key from a browser origin that is not in CORS_ORIGINS.
    const secretEvil = await call(srv.url, 'POST', '/campaigns', { key: a, headers: { origin: 'https://evil.example' }, body: { id: 'EVIL', name: 'Evil' } });
    assert.equal(secretEvil.status, 403);
    assert.equal(secretEvil.headers.get('access-control-allow-origin'), null);
    const portal = await call(srv.url, 'GET', '/campaigns', { key: a, headers: { origin: 'https://portal.example' } });
    assert.equal(portal.status, 200);
    assert.equal(portal.headers.get('access-control-allow-origin'), 'https://portal.example');
    // Preflights.
    const preflight = async (origin) => (await fetch(`${srv.url}/submissions`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } })).headers.get('access-control-allow-origin');
    assert.equal(await preflight('https://shop.example'), 'https://shop.example');
    assert.equal(await preflight('https://portal.example'), 'https://portal.example');
    // Nothing from the refused requests was written.
    assert.equal((await call(srv.url, 'GET', '/campaigns/SHOP/counts', { key: a })).body.total, 1);
    assert.equal((await call(srv.url, 'GET', '/campaigns/EVIL', { key: a })).status, 404);
    assert.equal((await call(srv.url, 'GET', '/people/by-email?email=cors1%40example.com', { key: a })).body, null);
  });

  it('a revoked key stops working, and its open event stream ends (within the key cache time)', async () => {
    const temp = makeKey(db, 'tenant-a');
    assert.equal((await call(srv.url, 'GET', '/campaigns', { key: temp })).status, 200);
    const ticket = (await call(srv.url, 'POST', '/events/tickets', { key: temp })).body.ticket;
    const stream = await fetch(`${srv.url}/events?ticket=${encodeURIComponent(ticket)}`);
    assert.equal(stream.status, 200);
    const reader = stream.body.getReader();
    const ended = (async () => {
      for (;;) if ((await reader.read().catch(() => ({ done: true }))).done) return Date.now();
    })();
    const id = temp.split('_')[2];
    const out = spawnSync(process.execPath, ['.server/cli.js', 'revoke', id], { env: { ...coverageEnv, DATABASE_URL: db.url }, encoding: 'utf8' }).stdout;
    assert.match(out, /Revoked/);
    const revokedAt = Date.now();
    await sleep(400);
    assert.equal((await call(srv.url, 'GET', '/campaigns', { key: temp })).status, 401);
    const endedAt = await Promise.race([ended, sleep(5000).then(() => 'still open')]);
    assert.notEqual(endedAt, 'still open', 'the stream ended');
    assert.ok(endedAt - revokedAt < 2000, `ended ${endedAt - revokedAt} ms after the revocation`);
    assert.equal((await fetch(`${srv.url}/events?ticket=${encodeURIComponent(ticket)}`)).status, 401, 'its ticket no longer opens a stream');
  });
});

describe('Lead Kit server: rate limits and open mode', () => {
  let db;
  before(async () => {
    db = await database();
  });
  after(() => db?.stop());

  it('limits submissions per key and client address: rotating x-lead-kit-client does not lift it', async () => {
    const key = makeKey(db, 'rl');
    const srv = await server(db, { RATE_LIMIT: '2', REQUEST_RATE_LIMIT: '0' });
    try {
      await call(srv.url, 'POST', '/campaigns', { key, body: { id: 'R', name: 'R' } });
      const statuses = [];
      for (let i = 0; i < 20; i++) {
        const r = await call(srv.url, 'POST', '/submissions', { key, headers: { 'x-lead-kit-client': `rotating-${i}` }, body: { submissionId: `rl-sub-${i}-0000`, campaignId: 'R', lead: { email: `rl${i}@example.com` } } });
        statuses.push(r.status);
        if (r.status === 429) assert.ok(Number(r.headers.get('retry-after')) >= 1);
      }
      const accepted = statuses.filter((s) => s === 201).length;
      assert.ok(accepted <= 5, `accepted ${accepted} of 20`);
      assert.equal(statuses.filter((s) => s === 429).length, 20 - accepted);
      assert.equal((await call(srv.url, 'GET', '/campaigns/R/counts', { key })).body.total, accepted);
    } finally {
      await srv.stop();
    }
  });

  it('with no keys: serves loopback only and says loudly that it is open; on another address it refuses to start', async () => {
    const port = await freePort();
    // A database without keys.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query('create database nokeys');
    await client.end();
    const url = db.url.replace(/\/postgres$/, '/nokeys');
    const open = await startServer({ databaseUrl: url, port, env: { LOG_LEVEL: 'info' }, stdio: 'pipe' });
    try {
      assert.equal((await call(open.url, 'GET', '/campaigns')).status, 200);
      assert.ok(open.logs.some((l) => l.includes('OPEN DEVELOPMENT SERVER')), open.logs.join('\n'));
      // A loopback page may call it; any other origin may not.
      assert.equal((await call(open.url, 'GET', '/campaigns', { headers: { origin: 'http://localhost:5173' } })).headers.get('access-control-allow-origin'), 'http://localhost:5173');
      const evil = await call(open.url, 'POST', '/campaigns', { headers: { origin: 'https://evil.example' }, body: { id: 'X', name: 'X' } });
      assert.equal(evil.status, 403);
      assert.equal(evil.headers.get('access-control-allow-origin'), null);
    } finally {
      await open.stop();
    }
    const exposed = await startServer({ databaseUrl: url, port: await freePort(), env: { HOST: '0.0.0.0', LOG_LEVEL: 'info' }, stdio: 'pipe', wait: 'ready' }).catch((e) => e);
    assert.ok(exposed instanceof Error, 'it did not become ready');
    const code = exposed.handle ? await exposed.handle.exited : 'no handle';
    assert.equal(code, 3);
    assert.ok(exposed.handle.logs.some((l) => l.includes('refusing to serve 0.0.0.0')), exposed.handle.logs.join('\n'));
    assert.ok(!alive(exposed.handle.child));
  });
});

// ---- Every access promise, walked from the route table (a route added later is covered) -------

/** The route table itself, as the server was built with it (scripts/server.mjs builds .server/routes.js). */
const { ROUTES, routePath } = await import('../../.server/routes.js');
/** README's promise: what a publishable key may call. Kept here, not read from ROUTES, so a route marked publishable by mistake fails. */
const PUBLISHABLE_PROMISE = new Set(['submitLead', 'holdSubmission', 'getMemberStatuses', 'knownFields']);
/** Every route of the table with its parameters filled, plus the change feed's two routes. */
const everyRoute = (id) => [
  ...Object.entries(ROUTES).map(([method, r]) => ({ method, verb: r.verb, path: routePath(r.path, { id: method === 'knownFields' ? 'visitor-walk-00000000001' : id, type: 'lead' }), body: r.verb === 'GET' ? undefined : {} })),
  { method: 'events.tickets', verb: 'POST', path: '/events/tickets', body: {} },
  { method: 'events', verb: 'GET', path: '/events' },
];
/** Calls a route; an event stream that opens is closed at once (its status is what counts). */
async function callRoute(base, route, options = {}) {
  if (route.method !== 'events') return call(base, route.verb, route.path, { ...options, ...(route.body !== undefined ? { body: route.body } : {}) });
  const controller = new AbortController();
  const r = await fetch(`${base}${route.path}${options.query ?? ''}`, { headers: { ...(options.key ? { authorization: `Bearer ${options.key}` } : {}), ...options.headers }, signal: controller.signal });
  controller.abort();
  return { status: r.status };
}

describe('Lead Kit server: every route of the route table, every key state', () => {
  let db;
  let srv;
  let secret;
  let pub;
  before(async () => {
    db = await database();
    secret = makeKey(db, 'walk');
    pub = makeKey(db, 'walk', 'publishable');
    srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', KEY_CACHE_MS: '200' });
    assert.equal((await call(srv.url, 'POST', '/campaigns', { key: secret, body: { id: 'W', name: 'Walk' } })).status, 201);
  });
  after(async () => {
    await srv?.stop();
    db?.stop();
  });

  it('the route table marks exactly the routes README promises a publishable key', () => {
    const marked = Object.entries(ROUTES).filter(([, r]) => r.publishable).map(([m]) => m).sort();
    assert.deepEqual(marked, [...PUBLISHABLE_PROMISE].sort());
    assert.ok(Object.keys(ROUTES).length >= 27, 'the whole table was read');
  });

  it('no key, a malformed key, an unknown key and a revoked key get 401 on every route, and change nothing', async () => {
    const revoked = makeKey(db, 'walk');
    spawnSync(process.execPath, ['.server/cli.js', 'revoke', revoked.split('_')[2]], { env: { ...coverageEnv, DATABASE_URL: db.url } });
    await sleep(400);
    const keys = [undefined, 'lk_sec_nope', `${secret.slice(0, -2)}xx`, 'lk_sec_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', revoked];
    for (const route of everyRoute('W')) {
      for (const key of keys) {
        const r = await callRoute(srv.url, route, { key, headers: { 'x-lead-kit-tenant': 'walk' } });
        assert.equal(r.status, 401, `${route.verb} ${route.path} with ${key ? `key ${key.slice(0, 12)}…` : 'no key'}`);
      }
    }
    assert.equal((await call(srv.url, 'GET', '/campaigns/W/counts', { key: secret })).body.total, 0);
    assert.equal((await call(srv.url, 'GET', '/campaigns', { key: secret })).body.length, 1);
  });

  it('a publishable key gets 403 on every route but the promised ones, which it may call', async () => {
    for (const route of everyRoute('W')) {
      const r = await callRoute(srv.url, route, { key: pub });
      if (PUBLISHABLE_PROMISE.has(route.method)) assert.ok(r.status !== 401 && r.status !== 403, `${route.verb} ${route.path}: ${r.status}`);
      else assert.equal(r.status, 403, `${route.verb} ${route.path}`);
    }
    assert.equal((await call(srv.url, 'GET', '/campaigns', { key: secret })).body.length, 1, 'nothing created');
  });

  it('forged event tickets are refused: a bad signature, another tenant, an expired one, another key\'s tenant, an unknown key', async () => {
    const good = (await call(srv.url, 'POST', '/events/tickets', { key: secret })).body.ticket;
    const [payload, signature] = good.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const encode = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(`select secret from server_secrets where name = 'ticket'`);
    await client.end();
    const { createHmac } = await import('node:crypto');
    const sign = (p) => `${p}.${createHmac('sha256', rows[0].secret).update(p).digest('base64url')}`;
    const forged = {
      'another tenant, the same signature': `${encode({ ...claims, t: 'tenant-b' })}.${signature}`,
      'a random signature': `${payload}.${Buffer.alloc(32, 7).toString('base64url')}`,
      'no signature': `${payload}.`,
      'expired (validly signed)': sign(encode({ ...claims, e: Date.now() - 1000 })),
      "another tenant with this key's id (validly signed)": sign(encode({ ...claims, t: 'tenant-b' })),
      'an unknown key (validly signed)': sign(encode({ ...claims, k: '000000000000' })),
    };
    for (const [what, ticket] of Object.entries(forged)) {
      const r = await fetch(`${srv.url}/events?ticket=${encodeURIComponent(ticket)}`);
      assert.equal(r.status, 401, what);
      await r.body?.cancel();
    }
    const ok = await fetch(`${srv.url}/events?ticket=${encodeURIComponent(sign(encode(claims)))}`);
    assert.equal(ok.status, 200, 'the same claims, signed, are accepted (the forgeries failed for their flaw)');
    await ok.body.cancel();
  });
});

describe('Lead Kit server: open mode is decided at start and only ever closes', () => {
  let db;
  before(async () => {
    db = await database();
  });
  after(() => db?.stop());

  it('bound beyond loopback: with its last key revoked it serves no one without a key, whatever tenant they name', async () => {
    const key = makeKey(db, 'exposed');
    const srv = await server(db, { HOST: '0.0.0.0', RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', KEY_CACHE_MS: '200' });
    try {
      assert.equal((await call(srv.url, 'POST', '/campaigns', { key, body: { id: 'E', name: 'Exposed' } })).status, 201);
      // Rotation done wrong: the old key revoked before a new one exists.
      spawnSync(process.execPath, ['.server/cli.js', 'revoke', key.split('_')[2]], { env: { ...coverageEnv, DATABASE_URL: db.url } });
      await sleep(500);
      for (const route of everyRoute('E')) {
        for (const headers of [{ 'x-lead-kit-tenant': 'exposed' }, {}]) {
          const r = await callRoute(srv.url, route, { headers, query: '?tenant=exposed' });
          assert.equal(r.status, 401, `${route.verb} ${route.path} ${JSON.stringify(headers)}`);
        }
      }
      assert.equal((await call(srv.url, 'GET', '/campaigns?tenant=exposed')).status, 401);
      assert.ok(alive(srv.child));
    } finally {
      await srv.stop();
    }
  });

  it('on loopback without keys: the first key ends open mode for good, and the streams opened without a key end', async () => {
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    await admin.query('create database devbox');
    await admin.end();
    const url = db.url.replace(/\/postgres$/, '/devbox');
    const open = await startServer({ databaseUrl: url, port: await freePort(), env: { LOG_LEVEL: 'info', KEY_CACHE_MS: '200' }, stdio: 'pipe' });
    try {
      assert.equal((await call(open.url, 'POST', '/campaigns', { headers: { 'x-lead-kit-tenant': 'dev' }, body: { id: 'D', name: 'Dev' } })).status, 201);
      const stream = await fetch(`${open.url}/events?tenant=dev`);
      assert.equal(stream.status, 200, 'open mode: a stream without a key');
      const reader = stream.body.getReader();
      const ended = (async () => {
        for (;;) if ((await reader.read().catch(() => ({ done: true }))).done) return Date.now();
      })();
      const key = spawnSync(process.execPath, ['.server/cli.js', 'create', '--tenant', 'dev', '--kind', 'secret'], { env: { ...coverageEnv, DATABASE_URL: url }, encoding: 'utf8' }).stdout.trim();
      const createdAt = Date.now();
      assert.match(key, /^lk_sec_/);
      const endedAt = await Promise.race([ended, sleep(5000).then(() => 'still open')]);
      assert.notEqual(endedAt, 'still open', 'the keyless stream ended');
      assert.ok(endedAt - createdAt < 2000, `ended ${endedAt - createdAt} ms after the key was created`);
      assert.equal((await call(open.url, 'GET', '/campaigns', { headers: { 'x-lead-kit-tenant': 'dev' } })).status, 401);
      assert.equal((await call(open.url, 'GET', '/campaigns', { key })).body.length, 1);
      // Revoking every key does not reopen it.
      spawnSync(process.execPath, ['.server/cli.js', 'revoke', key.split('_')[2]], { env: { ...coverageEnv, DATABASE_URL: url } });
      await sleep(500);
      for (const route of everyRoute('D')) {
        const r = await callRoute(open.url, route, { headers: { 'x-lead-kit-tenant': 'dev' } });
        assert.equal(r.status, 401, `${route.verb} ${route.path} after the last key was revoked`);
      }
      assert.ok(open.logs.some((l) => l.includes('open development mode ended')), open.logs.join('\n'));
    } finally {
      await open.stop();
    }
  });
});

describe('Lead Kit server: what a publishable key can change and learn', () => {
  let db;
  let srv;
  let secret;
  let pub;
  const member = async (campaign, email) => {
    const ref = (await call(srv.url, 'GET', `/people/by-email?email=${encodeURIComponent(email)}`, { key: secret })).body;
    assert.ok(ref?.id, `${email} is known`);
    const page = (await call(srv.url, 'GET', `/campaigns/${campaign}/members?limit=100`, { key: secret })).body;
    return page.items.find((m) => (ref.type === 'lead' ? m.leadId : m.contactId) === ref.id);
  };
  const submit = (key, n, campaignId, email, extra = {}) => call(srv.url, 'POST', '/submissions', { key, body: { submissionId: `pub-${n}-000000`, campaignId, lead: { email }, ...extra } });
  before(async () => {
    db = await database();
    secret = makeKey(db, 'lp');
    pub = makeKey(db, 'lp', 'publishable');
    srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0' });
    assert.equal((await call(srv.url, 'POST', '/campaigns', { key: secret, body: { id: 'EV', name: 'Summit', type: 'event' } })).status, 201);
  });
  after(async () => {
    await srv?.stop();
    db?.stop();
  });

  it('never moves an existing member backwards and never checks anyone in; it records only the web-form statuses', async () => {
    // A registered member, and one checked in at the door (with a secret key).
    assert.equal((await submit(secret, 1, 'EV', 'reg@example.com', { status: 'Registered' })).status, 201);
    assert.equal((await submit(secret, 2, 'EV', 'there@example.com', { status: 'Registered' })).status, 201);
    const there = await member('EV', 'there@example.com');
    assert.equal((await call(srv.url, 'POST', '/campaigns/EV/check-ins', { key: secret, body: { checkInId: 'door-0001-aaaa', code: there.id } })).status, 201);
    // The attack of the issue: No-show, Attended, a check-in, through the public key.
    const noShow = await submit(pub, 3, 'EV', 'reg@example.com', { status: 'No-show' });
    assert.equal(noShow.status, 422);
    assert.equal(noShow.body.error.issues[0].path, 'status');
    assert.equal((await submit(pub, 4, 'EV', 'reg@example.com', { status: 'Attended' })).status, 422);
    const checkIn = await submit(pub, 5, 'EV', 'reg@example.com', { checkIn: { checkInId: 'door-0002-aaaa' } });
    assert.equal(checkIn.status, 422);
    assert.equal(checkIn.body.error.issues[0].path, 'checkIn');
    // What it may record on an event: Registered (not Attended, the event's responded status).
    assert.equal((await submit(pub, 6, 'EV', 'reg@example.com')).status, 201);
    assert.equal((await submit(pub, 7, 'EV', 'there@example.com', { status: 'Registered' })).status, 201);
    assert.equal((await submit(pub, 8, 'EV', 'new@example.com')).status, 201);
    const reg = await member('EV', 'reg@example.com');
    assert.equal(reg.status, 'Registered');
    assert.equal(reg.checkIn, undefined);
    const after = await member('EV', 'there@example.com');
    assert.equal(after.status, 'Attended', 'a checked-in member is never moved back to Registered');
    assert.equal(after.checkIn.id, 'door-0001-aaaa');
    assert.equal((await member('EV', 'new@example.com')).status, 'Registered');
  });

  it('moves a member forward only, to the statuses the campaign allows for web forms', async () => {
    const statuses = [
      { label: 'Sent', responded: false, default: true },
      { label: 'Opened', responded: false, default: false, webForm: true },
      { label: 'Clicked', responded: true, default: false, webForm: true },
      { label: 'Unsubscribed', responded: false, default: false },
    ];
    assert.equal((await call(srv.url, 'POST', '/campaigns', { key: secret, body: { id: 'NL', name: 'Newsletter', type: 'email', memberStatuses: statuses } })).status, 201);
    assert.deepEqual((await call(srv.url, 'GET', '/campaigns/NL', { key: secret })).body.memberStatuses, statuses, 'the web-form flags are kept');
    assert.equal((await submit(secret, 10, 'NL', 'sent@example.com', { status: 'Sent' })).status, 201);
    assert.equal((await submit(secret, 11, 'NL', 'gone@example.com', { status: 'Unsubscribed' })).status, 201);
    assert.equal((await submit(pub, 12, 'NL', 'sent@example.com', { status: 'Unsubscribed' })).status, 422, 'not a web-form status');
    assert.equal((await submit(pub, 13, 'NL', 'sent@example.com', { status: 'Clicked' })).status, 201);
    assert.equal((await member('NL', 'sent@example.com')).status, 'Clicked', 'forward');
    assert.equal((await submit(pub, 14, 'NL', 'sent@example.com', { status: 'Opened' })).status, 201);
    assert.equal((await member('NL', 'sent@example.com')).status, 'Clicked', 'never backwards');
    assert.equal((await submit(pub, 15, 'NL', 'gone@example.com')).status, 201);
    assert.equal((await member('NL', 'gone@example.com')).status, 'Unsubscribed', 'an unsubscribed member is not re-subscribed by a form (later in the order)');
    assert.equal((await submit(pub, 16, 'NL', 'fresh@example.com')).status, 201);
    assert.equal((await member('NL', 'fresh@example.com')).status, 'Opened', 'the first web-form status');
  });

  it('answers the same whether the email was known, already a member, or new; a secret key keeps the full answer', async () => {
    assert.equal((await submit(secret, 20, 'EV', 'known@example.com', { status: 'Registered' })).status, 201);
    const known = await submit(pub, 21, 'EV', 'known@example.com');
    const stranger = await submit(pub, 22, 'EV', 'stranger@example.com');
    const strangerAgain = await submit(pub, 23, 'EV', 'stranger@example.com');
    const shape = (r) => ({ status: r.status, body: JSON.parse(JSON.stringify(r.body).replaceAll(r.body.submissionId, 'S')) });
    assert.deepEqual(shape(known), shape(stranger));
    assert.deepEqual(shape(strangerAgain), shape(stranger));
    assert.equal(known.body.withheld, true);
    assert.equal(known.body.matched, false);
    assert.ok(!JSON.stringify(known.body).includes((await call(srv.url, 'GET', '/people/by-email?email=known%40example.com', { key: secret })).body.id), 'no person id');
    // A retry of the same submission (and an Idempotency-Key replay) answers the same way.
    const retry = await submit(pub, 21, 'EV', 'known@example.com');
    assert.deepEqual(shape(retry), shape(known));
    const keyed = await call(srv.url, 'POST', '/submissions', { key: pub, headers: { 'idempotency-key': 'pub-replay-1' }, body: { submissionId: 'pub-24-000000', campaignId: 'EV', lead: { email: 'known@example.com' } } });
    const replay = await call(srv.url, 'POST', '/submissions', { key: pub, headers: { 'idempotency-key': 'pub-replay-1' }, body: { submissionId: 'pub-24-000000', campaignId: 'EV', lead: { email: 'known@example.com' } } });
    assert.equal(replay.headers.get('idempotent-replay'), 'true');
    assert.deepEqual(shape(replay), shape(keyed));
    assert.deepEqual(shape(keyed), shape(known));
    // The secret key: today's answer, with who was matched.
    const full = await submit(secret, 25, 'EV', 'known@example.com');
    assert.equal(full.body.matched, true);
    assert.equal(full.body.withheld, undefined);
  });

  it('holds a suspected submission for a campaign that exists, learns nothing, cannot check in, list, release or discard; released, it follows the web-form rules', async () => {
    const hold = (n, body) => call(srv.url, 'POST', '/held-submissions', { key: pub, body: { submission: { submissionId: `held-${n}-000000`, campaignId: 'EV', lead: { email: `held${n}@example.com` } }, reason: 'too-fast', ...body } });
    const held = await hold(1, {});
    assert.equal(held.status, 201);
    assert.deepEqual(held.body, { submissionId: 'held-1-000000', held: true });
    const unknownCampaign = await call(srv.url, 'POST', '/held-submissions', { key: pub, body: { submission: { submissionId: 'held-2-000000', campaignId: 'NOPE', lead: { email: 'x@example.com' } }, reason: 'too-fast' } });
    assert.equal(unknownCampaign.status, 404, 'a bot cannot fill the quarantine of campaigns it invents');
    const checkIn = await call(srv.url, 'POST', '/held-submissions', { key: pub, body: { submission: { submissionId: 'held-3-000000', campaignId: 'EV', lead: { email: 'x@example.com' }, checkIn: { checkInId: 'door-held-0001' } }, reason: 'too-fast' } });
    assert.equal(checkIn.status, 422);
    assert.equal((await call(srv.url, 'POST', '/held-submissions', { key: pub, body: { submission: { submissionId: 'held-4-000000', campaignId: 'EV', lead: { email: 'x@example.com' } }, reason: 'honeypot' } })).status, 422);
    for (const [verb, path] of [['GET', '/campaigns/EV/held-submissions'], ['POST', '/held-submissions/held-1-000000/release'], ['POST', '/held-submissions/held-1-000000/discard']]) {
      assert.equal((await call(srv.url, verb, path, { key: pub })).status, 403, `${verb} ${path}`);
    }
    const list = (await call(srv.url, 'GET', '/campaigns/EV/held-submissions', { key: secret })).body;
    assert.deepEqual(list.items.map((h) => h.id), ['held-1-000000']);
    assert.equal(list.total, 1);
    // Released with the secret key: captured as the public form would have (Registered, not Attended, on an event).
    const released = await call(srv.url, 'POST', '/held-submissions/held-1-000000/release', { key: secret });
    assert.equal(released.status, 201);
    assert.equal((await member('EV', 'held1@example.com')).status, 'Registered');
    assert.equal((await call(srv.url, 'POST', '/held-submissions/held-1-000000/release', { key: secret })).status, 404, 'once');
  });
});

describe('Lead Kit server: client addresses, request limits and logs', () => {
  let db;
  before(async () => {
    db = await database();
  });
  after(() => db?.stop());

  it('behind one trusted proxy, the last X-Forwarded-For entry is the client: rotating the others does not lift the per-instance request limit', async () => {
    const key = makeKey(db, 'proxied');
    const srv = await server(db, { TRUST_PROXY: '1', REQUEST_RATE_LIMIT: '2', RATE_LIMIT: '0' });
    try {
      const get = (xff) => call(srv.url, 'GET', '/campaigns', { key, headers: { 'x-forwarded-for': xff } });
      const statuses = [];
      for (let i = 0; i < 12; i++) statuses.push((await get(`10.0.${i}.1, 203.0.113.7`)).status);
      assert.ok(statuses.filter((s) => s === 200).length <= 6, statuses.join(' '));
      const refused = await get('10.9.9.9, 203.0.113.7');
      assert.equal(refused.status, 429);
      assert.ok(Number(refused.headers.get('retry-after')) >= 1);
      assert.equal(refused.body.error.code, 'rate-limited');
      // Another client behind the same proxy has its own allowance.
      assert.equal((await get('10.0.0.1, 203.0.113.8')).status, 200);
      assert.equal((await get('203.0.113.9')).status, 200);
    } finally {
      await srv.stop();
    }
  });

  it('without a trusted proxy, X-Forwarded-For is ignored: the socket address is the client', async () => {
    const key = makeKey(db, 'direct');
    const srv = await server(db, { REQUEST_RATE_LIMIT: '2', RATE_LIMIT: '0' });
    try {
      const statuses = [];
      for (let i = 0; i < 12; i++) statuses.push((await call(srv.url, 'GET', '/campaigns', { key, headers: { 'x-forwarded-for': `198.51.100.${i}` } })).status);
      assert.ok(statuses.includes(429), statuses.join(' '));
    } finally {
      await srv.stop();
    }
  });

  it('never logs a key, a ticket, a body or a query string (emails in them), even for errors', async () => {
    const key = makeKey(db, 'logged');
    const srv = await server(db, { LOG_LEVEL: 'info', LEAD_KIT_FAULTS: '1', RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0' });
    try {
      const ticket = (await call(srv.url, 'POST', '/events/tickets', { key })).body.ticket;
      const stream = await fetch(`${srv.url}/events?ticket=${encodeURIComponent(ticket)}`);
      await stream.body.cancel();
      await call(srv.url, 'GET', '/people/by-email?email=private.person%40example.com', { key });
      await call(srv.url, 'POST', '/__faults', { body: { method: 'GET', path: '/people/by-email', plan: ['throw'] } });
      assert.equal((await call(srv.url, 'GET', '/people/by-email?email=private.person%40example.com', { key })).status, 500);
      await call(srv.url, 'POST', '/__faults', { body: { method: 'POST', path: '/submissions', plan: ['throw'] } });
      assert.equal((await call(srv.url, 'POST', '/submissions', { key, body: { submissionId: 'log-0001-aaaa', campaignId: 'X', lead: { email: 'private.person@example.com', phone: '+380441234567' } } })).status, 500);
      await call(srv.url, 'GET', `/campaigns?key=${key}`);
      await call(srv.url, 'GET', '/campaigns', { key: `${key.slice(0, -1)}x` });
      await fetch(`${srv.url}/events?ticket=${encodeURIComponent(ticket)}x`).then((r) => r.body?.cancel());
      await sleep(200);
      const text = srv.logs.join('\n');
      assert.ok(srv.logs.some((l) => l.includes('"status":500')), 'the errors were logged');
      for (const secretText of [key.slice(20), ticket.split('.')[1], ticket.split('.')[0], 'private.person', 'private%2E', '%40example', '+380441234567', 'email=']) {
        assert.ok(!text.includes(secretText), `the log carries ${secretText}:\n${text}`);
      }
    } finally {
      await srv.stop();
    }
  });
});
