// Campaign records on the server as an attacker and a failing machine see them: status-set
// changes with member moves, campaign deletion, quick campaigns, materials and a person's
// campaign history — bad input, another tenant's ids, kill -9 in the middle of the write.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, database, makeKey, server, sleep, untilAnswered } from './harness.mjs';

describe('Lead Kit server: campaign records', () => {
  let db;
  let a;
  let b;
  let srv;
  before(async () => {
    db = await database();
    a = makeKey(db, 'records-a');
    b = makeKey(db, 'records-b');
    srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', LEAD_KIT_FAULTS: '1' });
  });
  after(async () => {
    await srv?.stop();
    db?.stop();
  });

  it("another tenant's campaigns, materials and people are 404 on every new route, and stay as they were", async () => {
    assert.equal((await call(srv.url, 'POST', '/campaigns', { key: b, body: { id: 'B', name: 'B only', type: 'event' } })).status, 201);
    const imported = await call(srv.url, 'POST', '/campaigns/B/imports', { key: b, body: { rows: [{ email: 'b1@b.example' }] } });
    assert.equal(imported.body.created, 1);
    const bLead = (await call(srv.url, 'GET', '/people/by-email?email=b1%40b.example', { key: b })).body;
    const bMaterial = (await call(srv.url, 'POST', '/campaigns/B/materials', { key: b, body: { name: 'B deck', url: 'https://b.example/deck' } })).body;
    const statuses = [{ label: 'Only', responded: false, default: true }];
    const attempts = [
      ['PUT', '/campaigns/B/statuses', { statuses, moves: [{ from: 'Invited', to: 'Only' }] }, { 'if-match': '"1"' }],
      ['POST', '/campaigns/B/delete', undefined, { 'if-match': '"1"' }],
      ['GET', '/campaigns/B/materials'],
      ['POST', '/campaigns/B/materials', { name: 'Injected', url: 'https://evil.example' }],
      ['GET', `/materials/${bMaterial.id}`],
      ['POST', `/materials/${bMaterial.id}/delete`, undefined, { 'if-match': '"1"' }],
      ['GET', `/people/lead/${bLead.id}/campaigns`],
      ['POST', '/quick-campaigns', { campaign: { name: 'Steal' }, people: [{ type: 'lead', id: bLead.id }] }],
    ];
    for (const [verb, path, body, headers] of attempts) {
      const r = await call(srv.url, verb, path, { key: a, body, headers });
      assert.equal(r.status, 404, `${verb} ${path}: ${JSON.stringify(r.body)}`);
    }
    assert.deepEqual((await call(srv.url, 'GET', '/campaigns', { key: a })).body, [], 'A created nothing');
    const campaign = (await call(srv.url, 'GET', '/campaigns/B', { key: b })).body;
    assert.equal(campaign.version, 1);
    assert.deepEqual(campaign.memberStatuses.map((s) => s.label), ['Invited', 'Registered', 'Attended', 'No-show']);
    assert.deepEqual((await call(srv.url, 'GET', '/campaigns/B/materials', { key: b })).body.map((m) => m.name), ['B deck']);
    assert.equal((await call(srv.url, 'GET', `/people/lead/${bLead.id}/campaigns`, { key: b })).body.length, 1);
  });

  it('bad input is a 4xx naming the field, and writes nothing', async () => {
    await call(srv.url, 'POST', '/campaigns', { key: a, body: { id: 'IN', name: 'Input' } });
    const cases = [
      ['PUT', '/campaigns/IN/statuses', { statuses: [] }, { 'if-match': '"1"' }, 422, 'statuses'],
      ['PUT', '/campaigns/IN/statuses', { statuses: [{ label: 'A', responded: 'yes', default: true }] }, { 'if-match': '"1"' }, 422, 'statuses.0.responded'],
      ['PUT', '/campaigns/IN/statuses', { statuses: [{ label: 'A', responded: false, default: true }] }, {}, 422, 'version'],
      ['PUT', '/campaigns/IN/statuses', { statuses: [{ label: 'A', responded: false, default: true }], moves: [{ from: 'Nope', to: 'A' }] }, { 'if-match': '"1"' }, 422, 'moves.0.from'],
      ['POST', '/campaigns/IN/delete', undefined, {}, 422, 'version'],
      ['POST', '/quick-campaigns', { campaign: { name: 'Q' }, people: 'everyone' }, {}, 422, 'people'],
      ['POST', '/quick-campaigns', { campaign: { name: 'Q', type: 'carrier-pigeon' }, people: [{ type: 'lead', id: 'x' }] }, {}, 422, 'campaign.type'],
      ['POST', '/quick-campaigns', { campaign: { name: 'Q' }, people: Array.from({ length: 10_001 }, (_, i) => ({ type: 'lead', id: `l${i}` })) }, {}, 422, 'people'],
      ['POST', '/campaigns/IN/materials', { name: 'x', url: 'ftp://example.com/x' }, {}, 422, 'url'],
      ['POST', '/campaigns/IN/materials', { name: 'x', file: { name: 'x.bin', size: 3, data: '***' } }, {}, 422, 'file.data'],
      ['GET', '/people/robot/x/campaigns', undefined, {}, 422, 'person.type'],
    ];
    for (const [verb, path, body, headers, status, field] of cases) {
      const r = await call(srv.url, verb, path, { key: a, body, headers });
      assert.equal(r.status, status, `${verb} ${path} ${JSON.stringify(body)?.slice(0, 80)}: ${JSON.stringify(r.body).slice(0, 200)}`);
      assert.ok(r.body.error.issues?.some((i) => i.path === field), `${verb} ${path}: names ${field} (${JSON.stringify(r.body.error.issues)})`);
    }
    const campaigns = (await call(srv.url, 'GET', '/campaigns', { key: a })).body;
    assert.deepEqual(campaigns.map((c) => [c.id, c.version]), [['IN', 1]]);
    assert.deepEqual((await call(srv.url, 'GET', '/campaigns/IN/materials', { key: a })).body, []);
  });

  it('kill -9 between the work and COMMIT of a status change that moves 40 members: nothing half-written, the retry moves them all', async () => {
    let s = srv;
    const port = Number(new URL(s.url).port);
    const base = s.url;
    await call(base, 'POST', '/campaigns', { key: a, body: { id: 'K', name: 'Kill', type: 'email' } });
    await call(base, 'POST', '/campaigns/K/imports', { key: a, body: { rows: Array.from({ length: 40 }, (_, i) => ({ email: `k${i}@example.com` })) } });
    const members = (await call(base, 'GET', '/campaigns/K/members?limit=100', { key: a })).body.items;
    await call(base, 'POST', '/campaigns/K/members/status', { key: a, body: { members: members.map((m) => ({ id: m.id, version: m.version })), status: 'Responded' } });
    const before = (await call(base, 'GET', '/campaigns/K', { key: a })).body;
    const body = { statuses: [{ label: 'Sent', responded: false, default: true }, { label: 'Interested', responded: true, default: false }], moves: [{ from: 'Responded', to: 'Interested' }] };
    const headers = { 'if-match': `"${before.version}"` };
    await call(base, 'POST', '/__faults', { body: { method: 'PUT', path: '/campaigns/K/statuses', plan: ['pause'] } });
    const first = call(base, 'PUT', '/campaigns/K/statuses', { key: a, body, headers }).catch((e) => e);
    await sleep(600); // the work is done, the transaction not committed
    s.child.kill('SIGKILL');
    await s.exited;
    assert.ok((await first) instanceof Error, 'the first attempt got no answer');
    s = srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', LEAD_KIT_FAULTS: '1' }, { port });
    // Nothing of it was written: the old set, every member where it was, the counts with them.
    const still = (await untilAnswered(base, 'GET', '/campaigns/K', { key: a })).body;
    assert.equal(still.version, before.version);
    assert.deepEqual(still.memberStatuses.map((x) => x.label), ['Sent', 'Responded']);
    assert.deepEqual((await call(base, 'GET', '/campaigns/K/counts', { key: a })).body.byStatus, { Responded: 40 });
    const retry = await call(base, 'PUT', '/campaigns/K/statuses', { key: a, body, headers });
    assert.equal(retry.status, 200, JSON.stringify(retry.body));
    assert.equal(retry.body.moved, 40);
    const counts = (await call(base, 'GET', '/campaigns/K/counts', { key: a })).body;
    assert.deepEqual(counts.byStatus, { Interested: 40 });
    assert.equal(counts.responded, 40);
    const after = (await call(base, 'GET', '/campaigns/K/members?limit=100', { key: a })).body.items;
    assert.ok(after.every((m) => m.status === 'Interested' && m.responded && m.firstRespondedAt), 'every member moved');
    // The stale version is refused afterwards (412), not applied twice.
    assert.equal((await call(base, 'PUT', '/campaigns/K/statuses', { key: a, body, headers })).status, 412);
  });

  it('kill -9 between the work and COMMIT of deleting a campaign with its materials: nothing half-deleted, the retry deletes both', async () => {
    let s = srv;
    const port = Number(new URL(s.url).port);
    const base = s.url;
    const c = (await call(base, 'POST', '/campaigns', { key: a, body: { id: 'DEL', name: 'To delete' } })).body;
    for (const name of ['Brochure', 'Landing page']) await call(base, 'POST', '/campaigns/DEL/materials', { key: a, body: { name, url: `https://example.com/${name.length}` } });
    const headers = { 'if-match': `"${c.version}"` };
    await call(base, 'POST', '/__faults', { body: { method: 'POST', path: '/campaigns/DEL/delete', plan: ['pause'] } });
    const first = call(base, 'POST', '/campaigns/DEL/delete', { key: a, headers }).catch((e) => e);
    await sleep(600);
    s.child.kill('SIGKILL');
    await s.exited;
    assert.ok((await first) instanceof Error, 'the first attempt got no answer');
    s = srv = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', LEAD_KIT_FAULTS: '1' }, { port });
    assert.equal((await untilAnswered(base, 'GET', '/campaigns/DEL', { key: a })).status, 200, 'the campaign is still there');
    assert.deepEqual((await call(base, 'GET', '/campaigns/DEL/materials', { key: a })).body.map((m) => m.name), ['Brochure', 'Landing page']);
    assert.equal((await call(base, 'POST', '/campaigns/DEL/delete', { key: a, headers })).status, 200);
    assert.equal((await call(base, 'GET', '/campaigns/DEL', { key: a })).status, 404);
    assert.equal((await call(base, 'GET', '/campaigns/DEL/materials', { key: a })).status, 404);
    assert.equal((await call(base, 'POST', '/campaigns/DEL/delete', { key: a, headers })).status, 404, 'a second delete finds nothing');
  });

  it("searching a campaign beyond the first 2,000 members by name finds rare words from the people's trigram indexes, leads and contacts, in order, page after page", async () => {
    await call(srv.url, 'POST', '/campaigns', { key: a, body: { id: 'BIG', name: 'Big' } });
    // 2,500 members; "Zephyrine" is rare and sorts last; "Quill" is on every 250th member.
    const rows = Array.from({ length: 2500 }, (_, i) => ({
      email: `big${i}@example.com`,
      lastName: `M${String(i).padStart(4, '0')}`,
      firstName: i === 2400 ? 'Zephyrine' : i % 250 === 7 ? 'Quill' : 'Ann',
      company: i % 2 ? 'Odd Co' : 'Even Co',
    }));
    assert.equal((await call(srv.url, 'POST', '/campaigns/BIG/imports', { key: a, body: { rows } })).body.created, 2500);
    const search = async (text, extra = '') => (await call(srv.url, 'GET', `/campaigns/BIG/members?limit=4&search=${encodeURIComponent(text)}${extra}`, { key: a })).body;
    const rare = await search('zephyr');
    assert.deepEqual(rare.items.map((m) => m.person.lastName), ['M2400']);
    assert.equal(rare.nextCursor, undefined);
    // Ten matches spread over the campaign, four a page, in name order, through the cursor.
    const names = [];
    let page = await search('quill');
    for (;;) {
      names.push(...page.items.map((m) => m.person.lastName));
      if (!page.nextCursor) break;
      page = await search('quill', `&cursor=${encodeURIComponent(page.nextCursor)}`);
    }
    assert.deepEqual(names, Array.from({ length: 10 }, (_, k) => `M${String(k * 250 + 7).padStart(4, '0')}`));
    // Descending, with a type filter, and two words (one of them short): the same rule.
    const desc = await search('quill odd', '&direction=desc&type=lead');
    assert.deepEqual(desc.items.map((m) => m.person.lastName), ['M2257', 'M2007', 'M1757', 'M1507']);
    assert.deepEqual((await search('zz-nobody')).items, []);
    // Zephyrine becomes a contact: her membership is found through the contacts' index.
    const lead = (await call(srv.url, 'GET', `/leads/${rare.items[0].leadId}`, { key: a })).body;
    const converted = await call(srv.url, 'POST', '/conversions', { key: a, body: { leadId: lead.id, leadVersion: lead.version, account: { mode: 'new', name: 'Zeph Ltd' }, contact: { mode: 'new' } } });
    assert.equal(converted.status, 201, JSON.stringify(converted.body));
    const asContact = await search('zephyr');
    assert.deepEqual(asContact.items.map((m) => [m.person.lastName, m.contactId]), [['M2400', converted.body.contactId]]);
  });

  it('a quick campaign of 5,000 people is one campaign with 5,000 members, in one request', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ email: `q${i}@example.com`, lastName: `Q${i}` }));
    await call(srv.url, 'POST', '/campaigns', { key: a, body: { id: 'SRC', name: 'Source' } });
    for (let i = 0; i < rows.length; i += 5000) await call(srv.url, 'POST', '/campaigns/SRC/imports', { key: a, body: { rows: rows.slice(i, i + 5000) } });
    const people = [];
    for (let cursor; ; ) {
      const page = (await call(srv.url, 'GET', `/campaigns/SRC/members?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { key: a })).body;
      people.push(...page.items.map((m) => ({ type: 'lead', id: m.leadId })));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    assert.equal(people.length, 5000);
    const r = await call(srv.url, 'POST', '/quick-campaigns', { key: a, body: { campaign: { name: 'Everyone, once' }, people } });
    assert.equal(r.status, 201, JSON.stringify(r.body).slice(0, 300));
    assert.equal(r.body.membersCreated, 5000);
    assert.equal((await call(srv.url, 'GET', `/campaigns/${r.body.campaign.id}/counts`, { key: a })).body.total, 5000);
  });
});
