// Outages that last, not blips: PostgreSQL stopped for 6 s and for 60 s under one and two server
// instances. Readiness must come back by itself on every instance, subscribers must hear what
// is written afterwards (on either instance), and what an instance commits while its change
// feed is still reconnecting is announced once the feed is back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { alive, call, database, makeKey, openEvents, readEvents, server, sleep, untilAnswered } from './harness.mjs';

/** Polls `/health/ready` until 200; the milliseconds it took, or null after `ms`. */
async function readyWithin(base, ms) {
  const started = Date.now();
  while (Date.now() - started < ms) {
    const r = await call(base, 'GET', '/health/ready').catch(() => ({ status: 0 }));
    if (r.status === 200) return Date.now() - started;
    await sleep(200);
  }
  return null;
}

/** A subscriber: an event stream opened with a ticket of `key` on `base`. */
async function subscribe(base, key) {
  const stream = await openEvents(base, key);
  assert.equal(stream.status, 200);
  return stream;
}

describe('Lead Kit server: PostgreSQL outages that last', () => {
  let db;
  let key;
  let one;
  let two;
  before(async () => {
    db = await database();
    key = makeKey(db, 'outage');
    const env = { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', PG_POOL_WAIT_MS: '1000' };
    one = await server(db, env);
    two = await server(db, env);
    assert.equal((await call(one.url, 'POST', '/campaigns', { key, body: { id: 'O', name: 'Outage' } })).status, 201);
    assert.equal((await call(one.url, 'POST', '/campaigns', { key, body: { id: 'L', name: 'Later' } })).status, 201);
  });
  after(async () => {
    try {
      db.start();
    } catch {
      /* running */
    }
    await one?.stop();
    await two?.stop();
    db?.stop();
  });

  for (const seconds of [6, 60]) {
    it(`stopped for ${seconds} s: both instances are ready again by themselves, and subscribers on each hear writes made through the other`, { timeout: (seconds + 90) * 1000 }, async () => {
      const onOne = await subscribe(one.url, key);
      const onTwo = await subscribe(two.url, key);
      db.stop();
      const down = Date.now();
      assert.equal((await call(one.url, 'GET', '/health/ready')).status, 503);
      assert.equal((await call(two.url, 'POST', '/leads', { key, body: { email: `during-${seconds}@example.com` } })).status, 503);
      await sleep(seconds * 1000 - (Date.now() - down));
      assert.equal((await call(one.url, 'GET', '/health/ready')).status, 503, 'not ready while PostgreSQL is down');
      assert.equal((await call(one.url, 'GET', '/health/live')).status, 200);
      db.start();
      // Written at once, while the feeds are still reconnecting (the pool reconnects on demand,
      // a feed on its backoff of up to 5 s): announced by its instance once its feed is back.
      const hearOnOne = readEvents(onOne, 40_000, (e) => e.campaignIds.includes(`O-${seconds}`));
      const written = await untilAnswered(one.url, 'POST', '/submissions', { key, body: { submissionId: `after-${seconds}-aaaa`, campaignId: 'O', lead: { email: `after-${seconds}@example.com` } } }, 20_000);
      assert.equal(written.status, 201);
      const readyOne = await readyWithin(one.url, 20_000);
      const readyTwo = await readyWithin(two.url, 20_000);
      assert.notEqual(readyOne, null, `instance 1 ready again within 20 s of PostgreSQL's return (${seconds} s outage)`);
      assert.notEqual(readyTwo, null, `instance 2 ready again within 20 s of PostgreSQL's return (${seconds} s outage)`);
      // Both feeds back: each instance's subscribers hear the other's writes.
      const hearOnTwo = readEvents(onTwo, 20_000, (e) => e.campaignIds.includes('L'));
      await sleep(100);
      assert.equal((await call(one.url, 'POST', '/submissions', { key, body: { submissionId: `later-${seconds}-aaaa`, campaignId: 'L', lead: { email: `later-${seconds}@example.com` } } })).status, 201);
      assert.equal((await call(two.url, 'POST', '/campaigns', { key, body: { id: `O-${seconds}`, name: 'After' } })).status, 201);
      const logs = () => `instance 1:\n${one.logs.slice(-15).join('\n')}\ninstance 2:\n${two.logs.slice(-15).join('\n')}`;
      const heardOne = await hearOnOne;
      assert.ok(heardOne.some((e) => e.campaignIds.includes('O')), `instance 1's subscriber heard the write it committed as PostgreSQL came back (${JSON.stringify(heardOne)})\n${logs()}`);
      assert.ok(heardOne.some((e) => e.campaignIds.includes(`O-${seconds}`)), `instance 1's subscriber heard instance 2's write\n${logs()}`);
      const heardTwo = await hearOnTwo;
      assert.ok(heardTwo.some((e) => e.campaignIds.includes('L')), `instance 2's subscriber heard instance 1's write (${JSON.stringify(heardTwo)})\n${logs()}`);
      assert.ok(alive(one.child) && alive(two.child));
      assert.ok(one.logs.some((l) => l.includes('change feed reconnected')), one.logs.slice(-20).join('\n'));
    });
  }
});
