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
