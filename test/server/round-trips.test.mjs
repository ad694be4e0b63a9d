// The hot path's cost in round trips to PostgreSQL, counted by the server itself (test mode
// header x-lead-kit-round-trips): a lead submission takes at most 3 — the shared rate limit,
// one read of what the capture rules need, one statement that writes everything — whether the
// person is new, matched, checked in at the door, sent with an Idempotency-Key, or replayed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, database, makeKey, server } from './harness.mjs';

describe('Lead Kit server: round trips of a lead submission', () => {
  let db;
  let s;
  let key;
  before(async () => {
    db = await database();
    key = makeKey(db, 'trips');
    s = await server(db, { RATE_LIMIT: '1000', REQUEST_RATE_LIMIT: '0', LEAD_KIT_FAULTS: '1' });
    await call(s.url, 'POST', '/campaigns', { key, body: { id: 'RT', name: 'Round trips', type: 'event' } });
  });
  after(async () => {
    await s?.stop();
    db?.stop();
  });

  const submit = (body, headers = {}) => call(s.url, 'POST', '/submissions', { key, body: { campaignId: 'RT', ...body }, headers });
  const trips = (r) => Number(r.headers.get('x-lead-kit-round-trips'));

  it('takes at most 3 round trips, new or matched, keyed or not, replayed or checked in', async () => {
    const cases = {
      new: await submit({ submissionId: 'rt-new-1', lead: { email: 'new@example.com', firstName: 'New' } }),
      matched: await submit({ submissionId: 'rt-match-1', lead: { email: 'NEW@example.com', lastName: 'Person', company: 'Acme' } }),
      keyed: await submit({ submissionId: 'rt-keyed-1', lead: { email: 'keyed@example.com' } }, { 'idempotency-key': 'rt-key-1' }),
      replayed: await submit({ submissionId: 'rt-keyed-1', lead: { email: 'keyed@example.com' } }, { 'idempotency-key': 'rt-key-1' }),
      'same submissionId': await submit({ submissionId: 'rt-new-1', lead: { email: 'new@example.com', firstName: 'New' } }),
      'walk-in': await submit({ submissionId: 'rt-walkin-1', lead: { email: 'door@example.com' }, checkIn: { checkInId: 'rt-door-1' } }),
      'auto-created campaign': await call(s.url, 'POST', '/submissions', { key, body: { submissionId: 'rt-auto-1', campaignId: 'RT-NEW', lead: { email: 'new@example.com' } } }),
    };
    for (const [name, r] of Object.entries(cases)) {
      assert.equal(r.status, 201, `${name}: ${JSON.stringify(r.body)}`);
      assert.ok(trips(r) >= 2 && trips(r) <= 3, `${name}: ${trips(r)} round trips`);
    }
    assert.equal(cases.matched.body.matched, true);
    assert.equal(cases.replayed.headers.get('idempotent-replay'), 'true');
    assert.deepEqual(cases['same submissionId'].body, cases.new.body);
    const lead = await call(s.url, 'GET', `/leads/${cases.new.body.person.id}`, { key });
    assert.equal(lead.body.lastName, 'Person', 'the match filled an empty field');
    const counts = await call(s.url, 'GET', '/campaigns/RT/counts', { key });
    assert.equal(counts.body.total, 3);
    assert.equal(counts.body.walkIns, 1);
  });

  it('30 concurrent submissions of one new email make one lead, one membership', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => submit({ submissionId: `rt-race-${i}`, lead: { email: 'race@example.com', firstName: `Racer ${i}` } })));
    assert.deepEqual([...new Set(answers.map((r) => r.status))], [201]);
    assert.equal(new Set(answers.map((r) => r.body.person.id)).size, 1, 'one lead');
    assert.equal(answers.filter((r) => r.body.memberCreated).length, 1, 'one membership');
    assert.equal(answers.filter((r) => !r.body.matched).length, 1, 'the others matched it');
  });

  it('under load, submissions commit in groups: each exactly once, matched, replayed or refused as alone', async () => {
    await call(s.url, 'POST', '/campaigns', { key, body: { id: 'GRP', name: 'Groups', type: 'webinar' } });
    const first = await call(s.url, 'POST', '/submissions', { key, body: { submissionId: 'grp-first', campaignId: 'GRP', lead: { email: 'exists@example.com' } } });
    const send = (body, headers = {}) => call(s.url, 'POST', '/submissions', { key, body: { campaignId: 'GRP', ...body }, headers });
    const jobs = [
      ...Array.from({ length: 100 }, (_, i) => ['new', send({ submissionId: `grp-new-${i}`, lead: { email: `grp${i}@example.com`, firstName: `N${i}` } })]),
      ...Array.from({ length: 10 }, (_, i) => ['match', send({ submissionId: `grp-match-${i}`, lead: { email: 'EXISTS@example.com', company: `Co ${i}` } })]),
      ...Array.from({ length: 5 }, (_, i) => ['keyed', send({ submissionId: `grp-key-${i}`, lead: { email: `key${i}@example.com` } }, { 'idempotency-key': `grp-key-${i}` })]),
      ...Array.from({ length: 5 }, (_, i) => ['keyed', send({ submissionId: `grp-key-${i}`, lead: { email: `key${i}@example.com` } }, { 'idempotency-key': `grp-key-${i}` })]),
      ...Array.from({ length: 3 }, (_, i) => ['auto', call(s.url, 'POST', '/submissions', { key, body: { submissionId: `grp-auto-${i}`, campaignId: `GRP-AUTO-${i}`, lead: { email: `grp${i}@example.com` } } })]),
      ...Array.from({ length: 2 }, (_, i) => ['invalid', send({ submissionId: `grp-bad-${i}`, lead: { email: 'not an email' } })]),
      ['reused key', send({ submissionId: 'grp-key-0-other', lead: { email: 'other@example.com' } }, { 'idempotency-key': 'grp-key-0' })],
    ];
    const answers = await Promise.all(jobs.map(async ([kind, p]) => ({ kind, r: await p })));
    const of = (kind) => answers.filter((a) => a.kind === kind).map((a) => a.r);
    for (const kind of ['new', 'match', 'keyed', 'auto']) for (const r of of(kind)) assert.equal(r.status, 201, `${kind}: ${JSON.stringify(r.body)}`);
    for (const r of of('invalid')) assert.equal(r.status, 422);
    assert.equal(of('reused key')[0].status, 409, 'an Idempotency-Key reused for another request');
    assert.ok(Math.max(...answers.map((a) => Number(a.r.headers.get('x-lead-kit-batch') ?? 1))) > 1, 'some submissions were written together');
    assert.deepEqual([...new Set(of('match').map((r) => r.body.person.id))], [first.body.person.id], 'every match found the one lead');
    const keyed = of('keyed');
    for (let i = 0; i < 5; i++) assert.deepEqual(keyed[i + 5].body, keyed[i].body, 'the key answered the same');
    assert.equal(new Set(of('new').map((r) => r.body.person.id)).size, 100);
    const counts = await call(s.url, 'GET', '/campaigns/GRP/counts', { key });
    assert.equal(counts.body.total, 1 + 100 + 5, 'one membership each: the first, the new, the keyed');
    const page = await call(s.url, 'GET', '/campaigns/GRP/members?limit=200', { key });
    assert.equal(page.body.items.length, 106);
    for (let i = 0; i < 3; i++) {
      const auto = await call(s.url, 'GET', `/campaigns/GRP-AUTO-${i}/counts`, { key });
      assert.equal(auto.body.total, 1, 'the auto-created campaign has its member');
    }
  });
});
