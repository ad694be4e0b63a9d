// The server as an attacker and a failing machine see it: the real process (.server/main.js) on a
// real PostgreSQL, no mocks. Malformed requests, oversized and hostile bodies, a starved pool,
// kill -9 in the middle of writes, PostgreSQL restarted and stopped, SIGTERM.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { alive, call, database, makeKey, rawRequest, server, sleep, untilAnswered } from './harness.mjs';

/** Starts PostgreSQL if a failed test left it stopped. */
const ensureStarted = (db) => {
  try {
    db.start();
  } catch {
    /* already running */
  }
};

describe('Lead Kit server: hostile input', () => {
  let db;
  let key;
  let srv;
  before(async () => {
    db = await database();
    key = makeKey(db, 'acme');
    srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0' });
  });
  after(async () => {
    await srv?.stop();
    db?.stop();
  });

  it('answers malformed request targets and percent-encoding with 400, and stays up', async () => {
    const port = Number(new URL(srv.url).port);
    const auth = `Authorization: Bearer ${key}\r\n`;
    for (const target of ['//[', '/leads/%FF', '/leads/%E0%A4%A', '/%', '*', 'http://[/', '/campaigns/%C0%AF/members']) {
      for (const headers of ['', auth]) {
        const status = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: x\r\n${headers}Connection: close\r\n\r\n`);
        assert.equal(status, '400', `GET ${target} ${headers ? 'with' : 'without'} a key`);
      }
    }
    assert.equal(await rawRequest(port, 'GET / HTTP/1.1\r\nBad Header Line\r\n\r\n'), '400');
    assert.equal(await rawRequest(port, 'NONSENSE\r\n\r\n'), '400');
    assert.equal(await rawRequest(port, `GET /leads/x HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`), '431');
    assert.ok(alive(srv.child), 'the process is alive');
    assert.equal((await call(srv.url, 'GET', '/health/live')).status, 200);
    assert.equal((await call(srv.url, 'GET', '/campaigns', { key })).status, 200);
  });

  it('refuses a 2 MB body with 413 before reading it all; imports may be larger, up to their own limit', async () => {
    const started = Date.now();
    const big = await call(srv.url, 'POST', '/leads', { key, raw: JSON.stringify({ email: 'big@example.com', message: 'x'.repeat(2 * 1024 * 1024) }) });
    assert.equal(big.status, 413);
    assert.equal(big.body.error.code, 'too-large');
    assert.ok(Date.now() - started < 5000);
    // Chunked (no Content-Length): counted as it arrives.
    const chunked = await fetch(`${srv.url}/leads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < 40; i++) c.enqueue(new TextEncoder().encode('x'.repeat(64 * 1024)));
          c.close();
        },
      }),
      duplex: 'half',
    }).catch((e) => ({ status: `error ${e.message}` }));
    assert.equal(chunked.status, 413);
    // 2 MB is fine for an import (the rows are then validated: here they are not a list).
    assert.equal((await call(srv.url, 'POST', '/campaigns', { key, body: { id: 'A', name: 'A' } })).status, 201);
    const imp = await call(srv.url, 'POST', '/campaigns/A/imports', { key, raw: JSON.stringify({ rows: 'x'.repeat(2 * 1024 * 1024) }) });
    assert.equal(imp.status, 422);
    const huge = await call(srv.url, 'POST', '/campaigns/A/imports', { key, raw: JSON.stringify({ rows: 'x'.repeat(21 * 1024 * 1024) }) });
    assert.equal(huge.status, 413);
    assert.equal((await call(srv.url, 'GET', '/people/by-email?email=big%40example.com', { key })).body, null, 'nothing written');
    assert.ok(alive(srv.child));
  });

  it('refuses NUL characters and lone surrogates with 422 naming the field, and writes nothing', async () => {
    const nul = await call(srv.url, 'POST', '/leads', { key, body: { email: 'nul@example.com', firstName: 'Ana\u0000' } });
    assert.equal(nul.status, 422);
    assert.deepEqual(nul.body.error.issues.map((i) => [i.path, i.code]), [['firstName', 'invalid_characters']]);
    // A lone surrogate, as JSON escapes carry it.
    const lone = await call(srv.url, 'POST', '/submissions', { key, raw: '{"submissionId":"sub-lone-0001","campaignId":"A","lead":{"email":"lone@example.com","company":"Acme \\ud800"}}' });
    assert.equal(lone.status, 422);
    assert.deepEqual(lone.body.error.issues.map((i) => [i.path, i.code]), [['lead.company', 'invalid_characters']]);
    const inKey = await call(srv.url, 'POST', '/leads', { key, raw: '{"email":"k@example.com","custom":{"a\\u0000":"x"}}' });
    assert.equal(inKey.status, 422);
    const inPath = await call(srv.url, 'GET', '/leads/abc%00def', { key });
    assert.equal(inPath.status, 422);
    const inQuery = await call(srv.url, 'GET', '/people?search=a%00b', { key });
    assert.equal(inQuery.status, 422);
    for (const email of ['nul@example.com', 'lone@example.com', 'k@example.com']) {
      assert.equal((await call(srv.url, 'GET', `/people/by-email?email=${encodeURIComponent(email)}`, { key })).body, null, `${email} not written`);
    }
    assert.deepEqual((await call(srv.url, 'GET', '/campaigns', { key })).body.map((c) => c.id), ['A'], 'no campaign auto-created');
  });

  it('the influence report: bad half-lives and weights (SQL in them too) are 422 naming the field; another workspace sees none of the deals', async () => {
    const other = makeKey(db, 'other-tenant');
    assert.equal((await call(srv.url, 'POST', '/campaigns', { key, body: { id: 'INF', name: 'Influence', type: 'email' } })).status, 201);
    const sub = await call(srv.url, 'POST', '/submissions', { key, body: { submissionId: 'sub-influence-0001', campaignId: 'INF', lead: { email: 'inf@example.com', lastName: 'Inf', company: 'Inf Ltd' } } });
    assert.equal(sub.status, 201);
    const lead = (await call(srv.url, 'GET', `/leads/${sub.body.person.id}`, { key })).body;
    const conv = await call(srv.url, 'POST', '/conversions', {
      key,
      headers: { 'idempotency-key': 'conv-influence-0001' },
      body: { leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: { name: 'Inf deal', amount: 900, closeDate: '2027-01-31', stage: 'proposal' } },
    });
    assert.equal(conv.status, 201, JSON.stringify(conv.body));
    const mine = await call(srv.url, 'GET', '/results/influence', { key });
    assert.equal(mine.status, 200);
    assert.deepEqual(mine.body.currencies.map((c) => [c.currency, c.totals.even.amount, c.campaigns.map((x) => x.campaignId)]), [['USD', 900, ['INF']]]);
    const theirs = await call(srv.url, 'GET', '/results/influence', { key: other });
    assert.deepEqual(theirs.body.currencies, []);
    const cases = [
      ['halfLifeDays=abc', 'halfLifeDays'],
      ['halfLifeDays=0', 'halfLifeDays'],
      ['halfLifeDays=1e400', 'halfLifeDays'],
      ['weights=1,2', 'weights.last'],
      ['weights=50,50,50,50', 'weights.middle'],
      [`weights=${encodeURIComponent("10'); drop table opportunities; --,0,0,90")}`, 'weights.first'],
      [`weights=${'9'.repeat(5000)},0,0,0`, 'weights.first'],
    ];
    for (const [query, field] of cases) {
      const bad = await call(srv.url, 'GET', `/results/influence?${query}`, { key });
      assert.equal(bad.status, 422, query);
      assert.ok(bad.body.error.issues.some((i) => i.path === field), `${query}: ${JSON.stringify(bad.body.error.issues)}`);
    }
    assert.equal((await call(srv.url, 'GET', '/results/influence', { key })).body.currencies[0].totals.even.amount, 900, 'the deals are still there');
    assert.ok(alive(srv.child));
  });

  it('the people list: bad filters, unknown fields, SQL in fields and values, wrong types, nesting and huge limits are 4xx naming the field; another workspace sees none of the people', async () => {
    const other = makeKey(db, 'people-other');
    for (const [email, rating, country] of [['pl-hot@example.com', 'hot', "Ire'land; drop table leads; --"], ['pl-cold@example.com', 'cold', 'România']]) {
      assert.equal((await call(srv.url, 'POST', '/leads', { key, headers: { 'idempotency-key': `pl-${email}` }, body: { email, lastName: 'Pl', rating, country, source: 'event' } })).status, 201);
    }
    const query = (body, as = key) => call(srv.url, 'POST', '/people/query', { key: as, body });
    const hot = await query({ filters: [{ field: 'rating', op: 'in', values: ['hot'] }, { field: 'country', op: 'contains', value: "ire'land; drop table leads; --" }], sort: 'rating' });
    assert.equal(hot.status, 200, JSON.stringify(hot.body));
    assert.deepEqual(hot.body.items.map((i) => i.person.email), ['pl-hot@example.com']);
    assert.deepEqual((await query({ filters: [{ field: 'country', op: 'contains', value: '%' }] })).body.items, [], 'LIKE characters are plain text');
    const theirs = await query({ search: 'pl-' }, other);
    assert.equal(theirs.status, 200);
    assert.deepEqual(theirs.body, { items: [] });
    assert.equal((await query({}, other)).body.total, 0);
    const cases = [
      [{ filters: [{ field: 'salary', op: 'empty' }] }, 'filters.0.field'],
      [{ filters: [{ field: "rating'); drop table leads; --", op: 'empty' }] }, 'filters.0.field'],
      [{ filters: [{ field: 'rating', op: 'in', values: ["hot' or '1'='1"] }] }, 'filters.0.values'],
      [{ filters: [{ field: 'rating', op: 'range', from: 1 }] }, 'filters.0.op'],
      [{ filters: [{ field: 'created', op: 'range', from: 'yesterday' }] }, 'filters.0.from'],
      [{ filters: [{ field: 'employees', op: 'range', from: '1e400' }] }, 'filters.0.from'],
      [{ filters: 'rating=hot' }, 'filters'],
      [{ filters: [{ field: 'rating', op: 'in', values: 'hot' }] }, 'filters.0.values'],
      [{ filters: [{ field: 'country', op: 'in', values: ['a\u0000b'] }] }, 'filters.0.values.0'],
      [{ filters: Array.from({ length: 21 }, () => ({ field: 'rating', op: 'empty' })) }, 'filters'],
      [{ limit: 1_000_000 }, 'limit'],
      [{ limit: '50' }, 'limit'],
      [{ sort: 'email' }, 'sort'],
      [{ cursor: 'eyJzIjoibmFtZSIsImsiOlsxLDJdfQ' }, 'cursor'],
      [{ cursor: Buffer.from(JSON.stringify({ s: 'name', k: [{ $gt: '' }, 'x'] })).toString('base64url') }, 'cursor'],
    ];
    for (const [body, field] of cases) {
      const bad = await query(body);
      assert.equal(bad.status, 422, JSON.stringify(body).slice(0, 200));
      assert.ok(bad.body.error.issues.some((i) => i.path === field), `${JSON.stringify(body).slice(0, 120)}: ${JSON.stringify(bad.body.error.issues)}`);
    }
    let nested = { field: 'rating', op: 'empty' };
    for (let i = 0; i < 200; i++) nested = { field: 'rating', op: 'empty', and: nested };
    assert.ok([400, 413, 422].includes((await query({ filters: [nested] })).status), 'deep nesting is refused');
    assert.equal((await call(srv.url, 'POST', '/people/query', { body: {} })).status, 401, 'no key');
    // Saved views belong to their workspace: another one can neither see, change nor delete them.
    const view = await call(srv.url, 'POST', '/people/views', { key, headers: { 'idempotency-key': 'pl-view-0001' }, body: { name: 'Hot', columns: ['name', 'rating'], filters: [{ field: 'rating', op: 'in', values: ['hot'] }] } });
    assert.equal(view.status, 201, JSON.stringify(view.body));
    assert.deepEqual((await call(srv.url, 'GET', '/people/views', { key: other })).body, []);
    assert.equal((await call(srv.url, 'POST', `/people/views/${view.body.id}/delete`, { key: other, headers: { 'if-match': '"1"' } })).status, 404);
    const taken = await call(srv.url, 'POST', '/people/views', { key: other, headers: { 'idempotency-key': 'pl-view-0002', 'if-match': '"1"' }, body: { id: view.body.id, name: 'Mine now', columns: ['name'] } });
    assert.equal(taken.status, 404);
    for (const body of [{ name: 'x'.repeat(81), columns: ['name'] }, { name: 'Bad', columns: ["name'; drop table people_views; --"] }, { name: 'Bad', columns: [] }, { name: 'Bad', columns: ['name'], widths: { name: 1e9 } }]) {
      const bad = await call(srv.url, 'POST', '/people/views', { key, headers: { 'idempotency-key': `pl-bad-${body.name.length}-${JSON.stringify(body).length}` }, body });
      assert.equal(bad.status, 422, JSON.stringify(body).slice(0, 100));
    }
    assert.deepEqual((await call(srv.url, 'GET', '/people/views', { key })).body.map((v) => v.name), ['Hot']);
    assert.equal((await query({ filters: [{ field: 'source', op: 'in', values: ['event'] }] })).body.items.length, 2, 'the people are still there');
    assert.ok(alive(srv.child));
  });

  it("a campaign's members filtered by their people's fields: bad JSON, unknown fields, SQL in fields and values, wrong types are 422 naming the field; another workspace sees none of them", async () => {
    const other = makeKey(db, 'member-fields-other');
    assert.equal((await call(srv.url, 'POST', '/campaigns', { key, body: { id: 'MFF', name: 'Member fields', type: 'event' } })).status, 201);
    const people = [];
    for (const [email, rating, country] of [['mf-hot@example.com', 'hot', "Ire'land; drop table leads; --"], ['mf-cold@example.com', 'cold', 'România']]) {
      const lead = await call(srv.url, 'POST', '/leads', { key, headers: { 'idempotency-key': `mf-${email}` }, body: { email, lastName: 'Mf', rating, country } });
      assert.equal(lead.status, 201);
      people.push({ type: 'lead', id: lead.body.id });
    }
    assert.equal((await call(srv.url, 'POST', '/campaigns/MFF/members', { key, headers: { 'idempotency-key': 'mf-add-0001' }, body: { people } })).status, 201);
    const members = (filters, as = key, extra = '') => call(srv.url, 'GET', `/campaigns/MFF/members?people=true&filters=${encodeURIComponent(typeof filters === 'string' ? filters : JSON.stringify(filters))}${extra}`, { key: as });
    const hot = await members([{ field: 'rating', op: 'in', values: ['hot'] }, { field: 'country', op: 'contains', value: "ire'land; drop table leads; --" }]);
    assert.equal(hot.status, 200, JSON.stringify(hot.body));
    assert.deepEqual(hot.body.items.map((m) => m.person.email), ['mf-hot@example.com']);
    assert.deepEqual(hot.body.people.map((p) => [p.type, p.person.rating]), [['lead', 'hot']]);
    assert.deepEqual((await members([{ field: 'country', op: 'contains', value: '%' }])).body.items, [], 'LIKE characters are plain text');
    assert.deepEqual((await members([{ field: 'rating', op: 'present' }], other)).body.items, [], "another workspace's campaign has no members for it");
    const cases = [
      ['not json', 'filters'],
      ['{"field":"rating"}', 'filters'],
      [[{ field: 'salary', op: 'empty' }], 'filters.0.field'],
      [[{ field: "rating'); drop table leads; --", op: 'empty' }], 'filters.0.field'],
      [[{ field: 'rating', op: 'in', values: ["hot' or '1'='1"] }], 'filters.0.values'],
      [[{ field: 'country', op: 'in', values: ['a\u0000b'] }], 'filters.0.values.0'],
      [Array.from({ length: 21 }, () => ({ field: 'rating', op: 'empty' })), 'filters'],
    ];
    for (const [filters, field] of cases) {
      const bad = await members(filters);
      assert.equal(bad.status, 422, JSON.stringify(filters).slice(0, 120));
      assert.ok(bad.body.error.issues.some((i) => i.path === field), `${JSON.stringify(filters).slice(0, 120)}: ${JSON.stringify(bad.body.error.issues)}`);
    }
    const flag = await members([], key, '&people=maybe');
    assert.equal(flag.status, 422);
    assert.equal((await call(srv.url, 'GET', '/campaigns/MFF/members?filters=%5B%5D', {})).status, 401, 'no key');
    assert.equal((await members([{ field: 'rating', op: 'present' }])).body.items.length, 2, 'the members are still there');
    assert.ok(alive(srv.child));
  });

  it("consent records: added only, at the server's time; bad purposes, wrong types, a forged source and another workspace's person are 4xx; nothing is replaced", async () => {
    const other = makeKey(db, 'consent-other');
    const lead = await call(srv.url, 'POST', '/leads', { key, headers: { 'idempotency-key': 'consent-lead-0001' }, body: { email: 'consent-fault@example.com', consents: [{ purpose: 'newsletter', given: true, text: 'Yes', at: '2026-11-01T10:00:00.000Z', source: 'form' }] } });
    assert.equal(lead.status, 201, JSON.stringify(lead.body));
    const path = `/people/lead/${lead.body.id}/consents`;
    const withdraw = await call(srv.url, 'POST', path, { key, body: { purpose: 'newsletter', given: false, source: 'link', at: '1999-01-01T00:00:00.000Z' } });
    assert.equal(withdraw.status, 200, JSON.stringify(withdraw.body));
    assert.deepEqual(withdraw.body.map((r) => [r.purpose, r.given]), [['newsletter', true], ['newsletter', false]]);
    assert.ok(Date.parse(withdraw.body[1].at) > Date.parse('2026-01-01'), 'the time is the server\'s, not the caller\'s');
    const cases = [
      [{ purpose: "newsletter'; drop table leads; --", given: false }, 'purpose'],
      [{ purpose: 'a\u0000b', given: false }, 'purpose'],
      [{ purpose: 'newsletter', given: 'false' }, 'given'],
      [{ purpose: 'newsletter', given: false, source: 'form' }, 'source'],
      [{ purpose: 'newsletter', given: false, text: 'x'.repeat(2001) }, 'text'],
      [{ given: false }, 'purpose'],
    ];
    for (const [body, field] of cases) {
      const bad = await call(srv.url, 'POST', path, { key, body });
      assert.equal(bad.status, 422, JSON.stringify(body).slice(0, 100));
      assert.ok(bad.body.error.issues.some((i) => i.path === field), `${JSON.stringify(body).slice(0, 100)}: ${JSON.stringify(bad.body.error.issues)}`);
    }
    assert.equal((await call(srv.url, 'POST', `/people/person/${lead.body.id}/consents`, { key, body: { purpose: 'newsletter', given: false } })).status, 422, 'a type that is not lead or contact');
    assert.equal((await call(srv.url, 'POST', path, { key: other, body: { purpose: 'newsletter', given: true } })).status, 404, "another workspace's lead");
    assert.equal((await call(srv.url, 'POST', path, { body: { purpose: 'newsletter', given: true } })).status, 401, 'no key');
    const stored = await call(srv.url, 'GET', `/leads/${lead.body.id}`, { key });
    assert.deepEqual(stored.body.consents.map((r) => r.given), [true, false], 'nothing replaced, nothing added by the refused calls');
    assert.ok(alive(srv.child));
  });

  it('known fields of a returning visitor: names only, through a publishable key; bad ids are 422, another workspace learns nothing, no key is 401', async () => {
    const pub = makeKey(db, 'acme', 'publishable');
    const otherPub = makeKey(db, 'visitors-other', 'publishable');
    assert.equal((await call(srv.url, 'POST', '/campaigns', { key, body: { id: 'VIS', name: 'Visitors', type: 'email' } })).status, 201);
    const visitor = 'visitor-fault-00000000001';
    const sent = await call(srv.url, 'POST', '/submissions', { key: pub, body: { submissionId: 'visitor-sub-0001', campaignId: 'VIS', visitorId: visitor, lead: { email: 'returning@example.com', firstName: 'Ana', company: 'Acme' } } });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    const known = await call(srv.url, 'GET', `/visitors/${visitor}/known-fields`, { key: pub });
    assert.equal(known.status, 200, JSON.stringify(known.body));
    assert.deepEqual([...known.body].sort(), ['company', 'email', 'firstName']);
    assert.ok(!JSON.stringify(known.body).includes('Acme') && !JSON.stringify(known.body).includes('returning@'), 'never a value');
    assert.deepEqual((await call(srv.url, 'GET', `/visitors/${visitor}/known-fields`, { key: otherPub })).body, [], "another workspace: nothing (the same answer as a visitor never seen)");
    assert.deepEqual((await call(srv.url, 'GET', '/visitors/visitor-never-seen-000000/known-fields', { key: pub })).body, []);
    for (const bad of ['short', 'x'.repeat(65), "a'%3B%20drop%20table%20visitors%3B--0000", 'nul%00nul0000000000000', '%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80', '%ED%A0%80xxxxxxxxxxxxxxxxxx']) {
      const r = await call(srv.url, 'GET', `/visitors/${bad}/known-fields`, { key: pub });
      assert.ok([400, 422].includes(r.status), `${bad}: ${r.status}`);
    }
    const badSubmit = await call(srv.url, 'POST', '/submissions', { key: pub, body: { submissionId: 'visitor-sub-0002', campaignId: 'VIS', visitorId: { $ne: null }, lead: { email: 'x@example.com' } } });
    assert.equal(badSubmit.status, 422);
    assert.ok(badSubmit.body.error.issues.some((i) => i.path === 'visitorId'));
    assert.equal((await call(srv.url, 'GET', `/visitors/${visitor}/known-fields`)).status, 401, 'no key');
    assert.ok(alive(srv.child));
  });

  it('the lead report: counts each lead once under concurrent submissions (the same emails twice), a refused write moves nothing, another workspace sees none of them', async () => {
    const other = makeKey(db, 'other-leads');
    assert.equal((await call(srv.url, 'POST', '/campaigns', { key, body: { id: 'LRC', name: 'Lead report', type: 'email' } })).status, 201);
    const before = (await call(srv.url, 'GET', '/results/leads', { key })).body.total.leads;
    const sends = Array.from({ length: 40 }, (_, i) =>
      call(srv.url, 'POST', '/submissions', { key, body: { submissionId: `sub-lrc-${String(i).padStart(4, '0')}`, campaignId: 'LRC', lead: { email: `lrc${i % 20}@example.com`, lastName: `L ${i}` } } }),
    );
    assert.deepEqual([...new Set((await Promise.all(sends)).map((r) => r.status))], [201]);
    const after = await call(srv.url, 'GET', '/results/leads', { key });
    assert.equal(after.status, 200);
    assert.equal(after.body.total.leads - before, 20, 'twenty people, twenty leads counted');
    const match = (await call(srv.url, 'GET', '/people/by-email?email=lrc0%40example.com', { key })).body;
    const lead = (await call(srv.url, 'GET', `/leads/${match.id}`, { key })).body;
    const stale = await call(srv.url, 'PATCH', `/leads/${lead.id}`, { key, headers: { 'if-match': '"999"' }, body: { rating: 'hot' } });
    assert.equal(stale.status, 412);
    const bad = await call(srv.url, 'PATCH', `/leads/${lead.id}`, { key, headers: { 'if-match': `"${lead.version}"` }, body: { rating: 'scorching' } });
    assert.equal(bad.status, 422);
    assert.deepEqual((await call(srv.url, 'GET', '/results/leads', { key })).body, after.body, 'refused writes count nothing');
    const theirs = await call(srv.url, 'GET', '/results/leads', { key: other });
    assert.deepEqual(theirs.body.total, { leads: 0, converted: 0, conversionRate: null, medianDaysToConvert: null, opportunities: 0, won: 0, wonAmount: {}, cost: {}, costPerLead: {}, costPerOpportunity: {}, costPerWon: {} });
    assert.ok(alive(srv.child));
  });

  it('refuses wrong types (never coerced), non-objects, deep nesting, bad JSON and bad headers with a 4xx', async () => {
    const ids = await call(srv.url, 'POST', '/members/lookup', { key, body: { ids: 'x' } });
    assert.equal(ids.status, 422);
    assert.equal(ids.body.error.issues[0].path, 'ids');
    assert.equal((await call(srv.url, 'POST', '/leads', { key, body: { email: 123 } })).status, 422);
    assert.equal((await call(srv.url, 'POST', '/leads', { key, body: { email: 'n@example.com', employees: '12' } })).status, 422);
    assert.equal((await call(srv.url, 'POST', '/leads', { key, raw: '[1,2]' })).status, 422);
    assert.equal((await call(srv.url, 'POST', '/leads', { key, raw: '"text"' })).status, 422);
    const deep = await call(srv.url, 'POST', '/leads', { key, raw: `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}` });
    assert.equal(deep.status, 400);
    const deepArrays = await call(srv.url, 'POST', '/members/lookup', { key, raw: `{"ids":${'['.repeat(100_000)}${']'.repeat(100_000)}}` });
    assert.equal(deepArrays.status, 400);
    assert.equal((await call(srv.url, 'POST', '/leads', { key, raw: '{"email":' })).status, 400);
    assert.equal((await call(srv.url, 'POST', '/leads', { key, raw: '{}', headers: { 'content-type': 'text/plain' } })).status, 415);
    assert.equal((await call(srv.url, 'PATCH', '/leads/x', { key, body: {}, headers: { 'if-match': 'banana' } })).status, 400);
    assert.equal((await call(srv.url, 'POST', '/leads', { key, body: { email: 'i@example.com' }, headers: { 'idempotency-key': 'x'.repeat(200) } })).status, 400);
    assert.equal((await call(srv.url, 'GET', '/campaigns/A/members?limit=abc', { key })).status, 422);
    assert.ok(alive(srv.child));
  });

  it('turns an unexpected error in a handler into a 500 with a request id, logged, and stays up', async () => {
    const t = await server(db, { RATE_LIMIT: '0', LEAD_KIT_FAULTS: '1' });
    try {
      await call(t.url, 'POST', '/__faults', { body: { method: 'GET', path: '/campaigns', plan: ['throw'] } });
      const r = await call(t.url, 'GET', '/campaigns', { key });
      assert.equal(r.status, 500);
      const id = r.headers.get('x-request-id');
      assert.match(id, /^[0-9a-f]{16}$/);
      assert.ok(r.body.error.message.includes(id));
      assert.ok(!JSON.stringify(r.body).includes('planned bug'), 'no internals in the answer');
      await sleep(100);
      assert.ok(t.logs.some((l) => l.includes(id) && l.includes('planned bug')), t.logs.join('\n'));
      assert.equal((await call(t.url, 'GET', '/campaigns', { key })).status, 200);
      assert.ok(alive(t.child));
    } finally {
      await t.stop();
    }
  });

  it('keeps serving, without spinning, when the reader of its logs goes away (EPIPE)', { timeout: 20_000 }, async () => {
    const t = await server(db, { RATE_LIMIT: '0', LEAD_KIT_FAULTS: '1' });
    try {
      t.child.stdout.destroy();
      t.child.stderr.destroy();
      const cpu = () => readFileSync(`/proc/${t.child.pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).reduce((a, b) => a + Number(b), 0);
      // Errors and warnings are logged into the closed pipes.
      await call(t.url, 'POST', '/__faults', { body: { method: 'GET', path: '/campaigns', plan: ['throw', 'throw', 'throw'] } });
      for (let i = 0; i < 3; i++) assert.equal((await call(t.url, 'GET', '/campaigns', { key })).status, 500);
      await sleep(300);
      const before = cpu();
      await sleep(2000);
      const ticks = cpu() - before; // clock ticks (1/100 s)
      assert.ok(ticks < 50, `used ${ticks / 100} s of CPU in 2 s while idle`);
      assert.equal((await call(t.url, 'GET', '/campaigns', { key })).status, 200);
      assert.ok(alive(t.child));
    } finally {
      await t.stop();
    }
  });

  it('answers 100 concurrent keyed creates and 50 concurrent requests with one key on a pool of 5: one record for the shared key', async () => {
    const small = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', PG_POOL: '5' });
    try {
      const many = await Promise.all(
        Array.from({ length: 100 }, (_, i) => call(small.url, 'POST', '/leads', { key, body: { email: `many${i}@example.com` }, headers: { 'idempotency-key': `many-${i}` } })),
      );
      assert.deepEqual([...new Set(many.map((r) => r.status))], [201]);
      const shared = await Promise.all(
        Array.from({ length: 50 }, () => call(small.url, 'POST', '/leads', { key, body: { email: 'shared@example.com', firstName: 'Una' }, headers: { 'idempotency-key': 'shared-1' } })),
      );
      assert.deepEqual([...new Set(shared.map((r) => r.status))], [201]);
      assert.equal(new Set(shared.map((r) => r.body.id)).size, 1, 'one lead');
      assert.equal(shared.filter((r) => r.headers.get('idempotent-replay') === 'true').length, 49);
      const other = await call(small.url, 'POST', '/leads', { key, body: { email: 'other@example.com' }, headers: { 'idempotency-key': 'shared-1' } });
      assert.equal(other.status, 409);
      assert.equal(other.body.error.reason, 'idempotency');
    } finally {
      await small.stop();
    }
  });

  it('queues more requests than connections for a bounded time, then 503 + Retry-After; never hangs', async () => {
    const tiny = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', PG_POOL: '2', PG_POOL_WAIT_MS: '300', PG_STATEMENT_TIMEOUT_MS: '1000' });
    const blocker = new pg.Client({ connectionString: db.url });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table campaigns in access exclusive mode');
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: 20 }, () => call(tiny.url, 'GET', '/campaigns', { key })));
      const took = Date.now() - started;
      assert.deepEqual([...new Set(answers.map((r) => r.status))], [503]);
      assert.ok(answers.every((r) => r.headers.get('retry-after')), 'Retry-After on every 503');
      assert.ok(took < 8000, `answered in ${took} ms`);
      assert.equal((await call(tiny.url, 'GET', '/health/live')).status, 200);
      await blocker.query('rollback');
      assert.equal((await untilAnswered(tiny.url, 'GET', '/campaigns', { key }, 5000)).status, 200);
      assert.ok(alive(tiny.child));
    } finally {
      await blocker.end();
      await tiny.stop();
    }
  });
});

describe('Lead Kit server: crashes and database faults', () => {
  let db;
  let key;
  before(async () => {
    db = await database();
    key = makeKey(db, 'crash');
  });
  after(() => db?.stop());

  it('kill -9 during keyed creates on every create route, clients retrying: every key ends 2xx, nothing stored twice', async () => {
    let srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0' });
    const port = Number(new URL(srv.url).port);
    const base = srv.url;
    // Records the creates act on.
    assert.equal((await call(base, 'POST', '/campaigns', { key, body: { id: 'E', name: 'Expo', type: 'event' } })).status, 201);
    assert.equal((await call(base, 'POST', '/campaigns', { key, body: { id: 'F', name: 'Follow-up' } })).status, 201);
    assert.equal((await call(base, 'POST', '/campaigns', { key, body: { id: 'S', name: 'Spring' } })).status, 201);
    assert.equal((await call(base, 'POST', '/campaigns', { key, body: { id: 'I', name: 'Imported' } })).status, 201);
    const seeded = await call(base, 'POST', '/campaigns/E/imports', { key, body: { rows: Array.from({ length: 60 }, (_, i) => ({ email: `guest${i}@example.com`, lastName: `Guest ${i}`, company: `Co ${i}` })) } });
    assert.equal(seeded.body.created, 60);
    const members = (await call(base, 'GET', '/campaigns/E/members?limit=100&sort=name', { key })).body.items;
    const byEmail = new Map(members.map((m) => [m.person.email, m]));
    const lead = async (i) => (await call(base, 'GET', `/leads/${byEmail.get(`guest${i}@example.com`).leadId}`, { key })).body;
    const toConvert = await Promise.all(Array.from({ length: 10 }, (_, i) => lead(40 + i)));
    // Submissions held as suspected spam, to be released while the server is killed.
    assert.equal((await call(base, 'POST', '/campaigns', { key, body: { id: 'H', name: 'Held' } })).status, 201);
    for (let i = 0; i < 10; i++) {
      const body = { submission: { submissionId: `seed-held-${i}`, campaignId: 'H', lead: { email: `released${i}@example.com` } }, reason: 'too-fast' };
      assert.equal((await call(base, 'POST', '/held-submissions', { key, body })).status, 201);
    }

    const requests = [
      ...Array.from({ length: 30 }, (_, i) => ({ route: 'createLead', path: '/leads', body: { email: `created${i}@example.com` } })),
      ...Array.from({ length: 30 }, (_, i) => ({ route: 'submitLead', path: '/submissions', body: { submissionId: `crash-sub-${i}`, campaignId: 'S', lead: { email: `submitted${i}@example.com` } } })),
      ...Array.from({ length: 30 }, (_, i) => ({ route: 'checkIn', path: '/campaigns/E/check-ins', body: { code: byEmail.get(`guest${i}@example.com`).id, checkInId: `crash-checkin-${i}` } })),
      ...Array.from({ length: 10 }, (_, i) => ({ route: 'importLeads', path: '/campaigns/I/imports', body: { rows: Array.from({ length: 5 }, (_, j) => ({ email: `imported${i}-${j}@example.com` })) } })),
      ...toConvert.map((l, i) => ({ route: 'convertLead', path: '/conversions', body: { leadId: l.id, leadVersion: l.version, account: { mode: 'new', name: `Account ${i}` }, contact: { mode: 'new' } } })),
      ...Array.from({ length: 10 }, (_, i) => ({ route: 'saveCampaign', path: '/campaigns', body: { id: `K${i}`, name: `Crash ${i}` } })),
      ...Array.from({ length: 10 }, (_, i) => ({ route: 'addMembers', path: '/campaigns/F/members', body: { people: [0, 1, 2].map((j) => ({ type: 'lead', id: byEmail.get(`guest${30 + ((i * 3 + j) % 10)}@example.com`).leadId })).slice(0, i < 3 ? 3 : 1) } })),
      ...Array.from({ length: 20 }, (_, i) => ({ route: 'holdSubmission', path: '/held-submissions', body: { submission: { submissionId: `crash-held-${i}`, campaignId: 'H', lead: { email: `held${i}@example.com` } }, reason: 'no-interaction' } })),
      ...Array.from({ length: 10 }, (_, i) => ({ route: 'releaseHeldSubmission', path: `/held-submissions/seed-held-${i}/release`, body: undefined })),
    ].map((r, i) => ({ ...r, key: `crash-key-${i}` }));
    // Shuffled, 8 clients at a time, each retrying its request with the same key until answered.
    requests.sort(() => Math.random() - 0.5);
    let inFlight = 0;
    let maxAtKill = -1;
    const results = new Map();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const r = requests[next++];
        inFlight++;
        results.set(r.key, { ...r, answer: await untilAnswered(base, 'POST', r.path, { key, body: r.body, headers: { 'idempotency-key': r.key } }, 60_000) });
        inFlight--;
      }
    };
    const killer = (async () => {
      for (const delay of [150, 700]) {
        await sleep(delay);
        maxAtKill = Math.max(maxAtKill, inFlight);
        srv.child.kill('SIGKILL');
        await srv.exited;
        await sleep(200);
        srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0' }, { port });
      }
    })();
    await Promise.all([...Array.from({ length: 8 }, worker), killer]);
    try {
      assert.ok(maxAtKill > 0, 'requests were in flight when the server was killed');
      const bad = [...results.values()].filter((r) => typeof r.answer.status !== 'number' || r.answer.status >= 300);
      assert.deepEqual(bad.map((r) => `${r.route} ${r.key}: ${r.answer.status} ${JSON.stringify(r.answer.body)}`), []);
      const retried = [...results.values()].filter((r) => r.answer.attempts > 1).length;
      assert.ok(retried > 0, 'some requests were retried across the crash');
      // Nothing twice: every count is exact.
      for (let i = 0; i < 30; i++) assert.ok((await call(base, 'GET', `/people/by-email?email=created${i}%40example.com`, { key })).body, `created${i}`);
      assert.equal((await call(base, 'GET', '/campaigns/S/counts', { key })).body.total, 30);
      const e = (await call(base, 'GET', '/campaigns/E/counts', { key })).body;
      assert.equal(e.total, 60);
      assert.equal(e.byStatus.Attended, 30);
      const imports = [...results.values()].filter((r) => r.route === 'importLeads');
      assert.equal(imports.reduce((n, r) => n + r.answer.body.created, 0), 50, 'each imported row created once (replays answer the first result)');
      assert.equal((await call(base, 'GET', '/campaigns/I/counts', { key })).body.total, 50);
      const converted = [...results.values()].filter((r) => r.route === 'convertLead');
      assert.equal(new Set(converted.map((r) => r.answer.body.contactId)).size, 10);
      assert.equal((await call(base, 'GET', '/campaigns/F/counts', { key })).body.total, 10);
      const campaigns = (await call(base, 'GET', '/campaigns', { key })).body;
      assert.equal(campaigns.filter((c) => /^K\d$/.test(c.id)).length, 10);
      // Held once each; released once each (every release answered 2xx, none held any more).
      const held = (await call(base, 'GET', '/campaigns/H/held-submissions', { key })).body;
      assert.equal(held.total, 20);
      assert.deepEqual(held.items.map((h) => h.id).sort(), Array.from({ length: 20 }, (_, i) => `crash-held-${i}`).sort());
      assert.equal((await call(base, 'GET', '/campaigns/H/counts', { key })).body.total, 10);
      for (let i = 0; i < 10; i++) assert.ok((await call(base, 'GET', `/people/by-email?email=released${i}%40example.com`, { key })).body, `released${i}`);
      // The lead report's counter went in the same commits: it equals the leads stored, converted ones included.
      const sql = new pg.Client({ connectionString: db.url });
      await sql.connect();
      try {
        const { rows } = await sql.query(`select count(*)::int as leads, count(converted_at)::int as converted from leads where tenant_id = 'crash'`);
        const report = (await call(base, 'GET', '/results/leads', { key })).body;
        assert.deepEqual([report.total.leads, report.total.converted], [rows[0].leads, rows[0].converted]);
        assert.ok(rows[0].converted >= 10);
      } finally {
        await sql.end();
      }
    } finally {
      await srv.stop();
    }
  });

  it('kill -9 between the work and COMMIT, on every create route: the retry with the same key does it once', async () => {
    let srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', LEAD_KIT_FAULTS: '1' });
    const port = Number(new URL(srv.url).port);
    const base = srv.url;
    try {
      await call(base, 'POST', '/campaigns', { key, body: { id: 'P', name: 'Pause', type: 'event' } });
      const seeded = await call(base, 'POST', '/campaigns/P/imports', { key, body: { rows: [{ email: 'p1@example.com', lastName: 'One' }, { email: 'p2@example.com', lastName: 'Two' }, { email: 'p3@example.com', lastName: 'Three' }] } });
      assert.equal(seeded.body.created, 3);
      const members = (await call(base, 'GET', '/campaigns/P/members', { key })).body.items;
      const m = (email) => members.find((x) => x.person.email === email);
      const l3 = (await call(base, 'GET', `/leads/${m('p3@example.com').leadId}`, { key })).body;
      const heldBody = { submission: { submissionId: 'paused-held-1', campaignId: 'P', lead: { email: 'paused-held@example.com' } }, reason: 'too-fast' };
      assert.equal((await call(base, 'POST', '/held-submissions', { key, body: { ...heldBody, submission: { ...heldBody.submission, submissionId: 'paused-held-0', lead: { email: 'paused-release@example.com' } } } })).status, 201);
      const cases = [
        ['/leads', { email: 'paused@example.com' }],
        ['/campaigns', { id: 'PAUSED', name: 'Paused' }],
        ['/submissions', { submissionId: 'paused-sub-1', campaignId: 'P', lead: { email: 'paused-sub@example.com' } }],
        ['/campaigns/P/check-ins', { code: m('p1@example.com').id, checkInId: 'paused-checkin-1' }],
        ['/campaigns/P/imports', { rows: [{ email: 'paused-import@example.com' }] }],
        ['/campaigns/P/members', { people: [{ type: 'lead', id: (await call(base, 'GET', '/people/by-email?email=paused%40example.com', { key })).body?.id ?? m('p2@example.com').leadId }] }],
        ['/conversions', { leadId: l3.id, leadVersion: l3.version, account: { mode: 'new', name: 'Paused Inc' }, contact: { mode: 'new' } }],
        ['/held-submissions', heldBody],
        ['/held-submissions/paused-held-0/release', undefined],
        // p3 is a contact by now (the conversion above): its response becomes a deal.
        [`/members/${m('p3@example.com').id}/opportunities`, { name: 'Paused deal', amount: 900, closeDate: '2027-01-31' }],
        ['/quick-campaigns', { campaign: { name: 'Paused quick' }, people: [{ type: 'lead', id: m('p1@example.com').leadId }, { type: 'lead', id: m('p2@example.com').leadId }] }],
        ['/campaigns/P/materials', { name: 'Paused brochure', kind: 'brochure', url: 'https://example.com/brochure.pdf' }],
      ];
      const answers = {};
      for (const [path, body] of cases) {
        await call(base, 'POST', '/__faults', { body: { method: 'POST', path, plan: ['pause'] } });
        const first = call(base, 'POST', path, { key, body, headers: { 'idempotency-key': `pause-${path}` } }).catch((e) => e);
        await sleep(600); // the work is done, the transaction not committed
        srv.child.kill('SIGKILL');
        await srv.exited;
        assert.ok((await first) instanceof Error, `${path}: the first attempt got no answer`);
        srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', LEAD_KIT_FAULTS: '1' }, { port });
        const retry = await untilAnswered(base, 'POST', path, { key, body, headers: { 'idempotency-key': `pause-${path}` } });
        assert.equal(retry.status, 201, `${path}: ${JSON.stringify(retry.body)}`);
        assert.equal(retry.headers.get('idempotent-replay'), null, `${path}: nothing had been committed`);
        const again = await call(base, 'POST', path, { key, body, headers: { 'idempotency-key': `pause-${path}` } });
        assert.equal(again.headers.get('idempotent-replay'), 'true');
        assert.deepEqual(again.body, retry.body);
        answers[path] = retry.body;
      }
      assert.equal(answers['/submissions'].memberCreated, true);
      assert.equal(answers['/campaigns/P/imports'].created, 1);
      assert.equal(answers['/campaigns/P/check-ins'].already, false);
      assert.deepEqual(answers['/held-submissions'], { submissionId: 'paused-held-1', held: true });
      assert.equal(answers['/held-submissions/paused-held-0/release'].memberCreated, true);
      const deals = (await call(base, 'GET', '/opportunities?primaryCampaignId=P', { key })).body;
      assert.deepEqual(deals.map((o) => [o.name, o.amount]), [['Paused deal', 900]], 'one deal, not two');
      const quick = (await call(base, 'GET', '/campaigns', { key })).body.filter((c) => c.name === 'Paused quick');
      assert.equal(quick.length, 1, 'one quick campaign, not two');
      assert.equal((await call(base, 'GET', `/campaigns/${quick[0].id}/counts`, { key })).body.total, 2);
      assert.deepEqual((await call(base, 'GET', '/campaigns/P/materials', { key })).body.map((x) => x.name), ['Paused brochure']);
      assert.deepEqual((await call(base, 'GET', '/campaigns/P/held-submissions', { key })).body.items.map((h) => h.id), ['paused-held-1']);
      const counts = (await call(base, 'GET', '/campaigns/P/counts', { key })).body;
      assert.equal(counts.total, 6); // 3 seeded + the submission + the import + the release
      assert.deepEqual(counts.byStatus, { Invited: 3, Attended: 3 }); // the check-in, the submission and the release (an event's responded status)
    } finally {
      await srv.stop();
    }
  });

  it('pg_ctl restart under load: the same process answers 2xx or 503 + Retry-After, never 500, and serves afterwards', async () => {
    const srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0' });
    try {
      const pid = srv.child.pid;
      const statuses = [];
      let stop = false;
      let n = 0;
      const client = async () => {
        while (!stop) {
          const i = n++;
          try {
            const r = await call(srv.url, 'POST', '/submissions', { key, body: { submissionId: `restart-${i}-xxxx`, campaignId: 'R', lead: { email: `restart${i}@example.com` } }, headers: { 'idempotency-key': `restart-${i}` } });
            statuses.push(r.status === 503 && !r.headers.get('retry-after') ? '503 without Retry-After' : r.status);
          } catch (e) {
            statuses.push(`network: ${e.message}`);
          }
        }
      };
      const clients = Array.from({ length: 8 }, client);
      await sleep(400);
      await db.restart();
      await sleep(1500);
      stop = true;
      await Promise.all(clients);
      assert.ok(alive(srv.child), 'still running');
      assert.equal(srv.child.pid, pid);
      const kinds = [...new Set(statuses)];
      assert.deepEqual(kinds.filter((s) => s !== 201 && s !== 503), [], `statuses: ${kinds.join(', ')}`);
      assert.ok(statuses.filter((s) => s === 201).length > 10);
      assert.ok(!srv.logs.some((l) => /Unhandled|uncaught/i.test(l)), srv.logs.join('\n'));
      assert.equal((await untilAnswered(srv.url, 'POST', '/submissions', { key, body: { submissionId: 'after-restart', campaignId: 'R', lead: { email: 'after@example.com' } } }, 10_000)).status, 201);
      for (let i = 0; i < 5; i++) assert.equal((await call(srv.url, 'GET', '/campaigns/R/counts', { key })).status, 200);
    } finally {
      await srv.stop();
    }
  });

  it('PostgreSQL stopped: writes and reads 503 + Retry-After, /health/ready 503, /health/live 200; back when it is', async () => {
    const srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', PG_POOL_WAIT_MS: '1000' });
    try {
      db.stop();
      const write = await call(srv.url, 'POST', '/leads', { key, body: { email: 'down@example.com' } });
      assert.equal(write.status, 503);
      assert.ok(write.headers.get('retry-after'));
      assert.equal(write.body.error.code, 'unavailable');
      const read = await call(srv.url, 'GET', '/campaigns', { key });
      assert.equal(read.status, 503);
      assert.equal((await call(srv.url, 'GET', '/health/ready')).status, 503);
      assert.equal((await call(srv.url, 'GET', '/health/live')).status, 200);
      db.start();
      const back = await untilAnswered(srv.url, 'POST', '/leads', { key, body: { email: 'down@example.com' }, headers: { 'idempotency-key': 'down-1' } }, 15_000);
      assert.equal(back.status, 201);
      // Ready again once the change feed has reconnected too.
      const end = Date.now() + 15_000;
      while ((await call(srv.url, 'GET', '/health/ready')).status !== 200 && Date.now() < end) await sleep(100);
      assert.equal((await call(srv.url, 'GET', '/health/ready')).status, 200);
      assert.ok(alive(srv.child));
    } finally {
      ensureStarted(db);
      await srv.stop();
    }
  });

  it('starts before PostgreSQL and waits for it (live, not ready), then serves', async () => {
    db.stop();
    let srv;
    try {
      srv = await server(db, { RATE_LIMIT: '0' }, { wait: 'live' });
      assert.equal((await call(srv.url, 'GET', '/health/ready')).status, 503);
      const early = await call(srv.url, 'GET', '/campaigns', { key });
      assert.equal(early.status, 503);
      assert.ok(early.headers.get('retry-after'));
      db.start();
      const end = Date.now() + 20_000;
      while ((await call(srv.url, 'GET', '/health/ready')).status !== 200 && Date.now() < end) await sleep(200);
      assert.equal((await call(srv.url, 'GET', '/campaigns', { key })).status, 200);
      assert.ok(srv.logs.some((l) => l.includes('waiting for PostgreSQL')));
    } finally {
      ensureStarted(db);
      await srv?.stop();
    }
  });

  it('SIGTERM: stops accepting, finishes the request in flight, closes event streams, exits within the grace period', async () => {
    const srv = await server(db, { RATE_LIMIT: '0', SHUTDOWN_GRACE_MS: '4000' });
    const ticket = (await call(srv.url, 'POST', '/events/tickets', { key })).body.ticket;
    const stream = await fetch(`${srv.url}/events?ticket=${encodeURIComponent(ticket)}`);
    assert.equal(stream.status, 200);
    const streamDone = (async () => {
      const reader = stream.body.getReader();
      for (;;) if ((await reader.read().catch(() => ({ done: true }))).done) return true;
    })();
    const blocker = new pg.Client({ connectionString: db.url });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('lock table leads in access exclusive mode');
    const inFlight = call(srv.url, 'POST', '/leads', { key, body: { email: 'term@example.com' } });
    await sleep(300);
    const started = Date.now();
    srv.child.kill('SIGTERM');
    await sleep(500);
    await assert.rejects(fetch(`${srv.url}/health/live`), 'no new connections');
    await blocker.query('rollback');
    await blocker.end();
    assert.equal((await inFlight).status, 201, 'the request in flight finished');
    assert.equal(await streamDone, true, 'the event stream was closed');
    const code = await srv.exited;
    const took = Date.now() - started;
    assert.equal(code, 0);
    assert.ok(took < 4000 + 1000, `exited in ${took} ms`);
  });
});
