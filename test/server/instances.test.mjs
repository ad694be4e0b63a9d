// Several instances on one PostgreSQL, as behind a load balancer: the change feed goes through
// PostgreSQL (LISTEN/NOTIFY), idempotency and the submission rate limit hold across instances.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, database, makeKey, openEvents, readEvents, server, sleep } from './harness.mjs';

describe('Lead Kit server: two instances, one PostgreSQL', () => {
  let db;
  let key;
  let one;
  let two;
  before(async () => {
    db = await database();
    key = makeKey(db, 'multi');
    [one, two] = await Promise.all([server(db, { RATE_LIMIT: '2', REQUEST_RATE_LIMIT: '0', LEAD_KIT_FAULTS: '1' }), server(db, { RATE_LIMIT: '2', REQUEST_RATE_LIMIT: '0' })]);
  });
  after(async () => {
    await one?.stop();
    await two?.stop();
    db?.stop();
  });

  it('a subscriber on instance 2 receives a change written through instance 1 (and only its tenant\'s)', async () => {
    const other = makeKey(db, 'multi-other');
    const stream = await openEvents(two.url, key, { query: '&client=watcher' });
    assert.equal(stream.status, 200);
    const reading = readEvents(stream, 8000, (e) => e.campaignIds.includes('M1'));
    await sleep(100);
    await call(one.url, 'POST', '/campaigns', { key: other, body: { id: 'OTHER', name: 'Other tenant' } });
    const started = Date.now();
    assert.equal((await call(one.url, 'POST', '/campaigns', { key, body: { id: 'M1', name: 'Multi' }, headers: { 'x-lead-kit-client': 'writer-1' } })).status, 201);
    const seen = await reading;
    const event = seen.find((e) => e.campaignIds.includes('M1'));
    assert.ok(event, `instance 2 streamed the change (${Date.now() - started} ms)`);
    assert.equal(event.client, 'writer-1');
    assert.deepEqual(event.stores, ['campaigns']);
    assert.ok(!seen.some((e) => e.campaignIds.includes('OTHER')), "another tenant's change is not streamed");
  });

  it('a change is announced only if its transaction commits', async () => {
    const stream = await openEvents(two.url, key);
    const reading = readEvents(stream, 1500);
    await sleep(100);
    // The work is done (its commit a savepoint), then the transaction fails before COMMIT.
    await call(one.url, 'POST', '/__faults', { body: { method: 'POST', path: '/campaigns', plan: ['rollback'] } });
    assert.equal((await call(one.url, 'POST', '/campaigns', { key, body: { id: 'GHOST', name: 'Rolled back' } })).status, 500);
    assert.equal((await call(one.url, 'GET', '/campaigns/GHOST', { key })).status, 404);
    assert.equal((await call(one.url, 'POST', '/leads', { key, body: { email: 'not-an-email' } })).status, 422);
    const seen = await reading;
    assert.deepEqual(seen, [], 'nothing announced');
  });

  it('the same Idempotency-Key sent to both instances at once yields one record', async () => {
    const body = { email: 'both@example.com', firstName: 'Both' };
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => call(i % 2 ? two.url : one.url, 'POST', '/leads', { key, body, headers: { 'idempotency-key': 'two-instances-1' } })),
    );
    assert.deepEqual([...new Set(answers.map((r) => r.status))], [201]);
    assert.equal(new Set(answers.map((r) => r.body.id)).size, 1);
    assert.equal(answers.filter((r) => r.headers.get('idempotent-replay') === 'true').length, 9);
  });

  it('the submission rate limit is not doubled by a second instance', async () => {
    await call(one.url, 'POST', '/campaigns', { key, body: { id: 'RL', name: 'Rate' } });
    const statuses = [];
    for (let i = 0; i < 20; i++) {
      const r = await call(i % 2 ? two.url : one.url, 'POST', '/submissions', { key, body: { submissionId: `multi-rl-${i}-0000`, campaignId: 'RL', lead: { email: `rl${i}@example.com` } } });
      statuses.push(r.status);
    }
    const accepted = statuses.filter((s) => s === 201).length;
    // RATE_LIMIT=2 (burst 4) on each; one instance alone would accept about 4 + 2/s of these.
    assert.ok(accepted >= 4 && accepted <= 6, `accepted ${accepted} of 20 across two instances`);
    assert.equal(statuses.filter((s) => s === 429).length, 20 - accepted);
    assert.equal((await call(one.url, 'GET', '/campaigns/RL/counts', { key })).body.total, accepted);
  });
});
