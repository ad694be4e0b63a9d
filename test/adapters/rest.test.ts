import { expect } from '@open-wc/testing';
import { ConflictError, UnavailableError } from '../../src/adapters/errors.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { rejectsWith } from '../helpers/expect-error.js';
import { CONTRACT_SERVER, EXTERNAL, STRICT_SERVER, testKey } from '../helpers/server.js';
import { ROUTES } from '../../src/adapters/rest/routes.js';
import { adapterContract } from './contract.js';


adapterContract('REST adapter + Lead Kit server + PostgreSQL', async () => {
  // A dataset of its own per test: a key for a new tenant (the server keeps tenants apart).
  const { key } = await testKey();
  const adapters: RestAdapter[] = [];
  const open = () => {
    const a = new RestAdapter({ baseUrl: CONTRACT_SERVER, key });
    adapters.push(a);
    return a;
  };
  return { adapter: open(), peer: open, cleanup: async () => adapters.forEach((a) => a.close()) };
});

describe('REST adapter and server: HTTP semantics', () => {
  const tenant = async () => (await testKey()).key;
  const post = (t: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${CONTRACT_SERVER}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t}`, ...headers }, body: JSON.stringify(body) });

  it('runs a create once per Idempotency-Key, even when two requests race; another body with the key is refused', async () => {
    const t = await tenant();
    const [r1, r2] = await Promise.all([
      post(t, '/leads', { email: 'race@example.com', firstName: 'Ana' }, { 'idempotency-key': 'key-race-1' }),
      post(t, '/leads', { email: 'race@example.com', firstName: 'Ana' }, { 'idempotency-key': 'key-race-1' }),
    ]);
    expect([r1.status, r2.status]).to.deep.equal([201, 201]);
    const [a, b] = [await r1.json(), await r2.json()];
    expect(a.id).to.equal(b.id);
    expect([r1.headers.get('idempotent-replay'), r2.headers.get('idempotent-replay')]).to.include('true');
    const other = await post(t, '/leads', { email: 'other@example.com' }, { 'idempotency-key': 'key-race-1' });
    expect(other.status).to.equal(409);
    expect((await other.json()).error.reason).to.equal('idempotency');
  });

  it('gives two clients racing for the same member one win and one conflict (412), and 422 with field issues', async () => {
    const t = await tenant();
    const one = new RestAdapter({ baseUrl: CONTRACT_SERVER, key: t });
    const two = new RestAdapter({ baseUrl: CONTRACT_SERVER, key: t });
    await one.saveCampaign({ id: 'E', name: 'E', type: 'event' });
    await one.importLeads({ campaignId: 'E' }, [{ email: 'a@example.com' }]);
    const [m] = (await one.pageMembers({ campaignId: 'E' })).items;
    const results = await Promise.allSettled([
      one.setMemberStatus({ campaignId: 'E', members: [{ id: m.id, version: m.version }], status: 'Attended' }),
      two.setMemberStatus({ campaignId: 'E', members: [{ id: m.id, version: m.version }], status: 'No-show' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).to.be.instanceOf(ConflictError);
    const counts = await two.countMembers('E');
    expect(counts.total).to.equal(1);
    expect(Object.values(counts.byStatus)).to.deep.equal([1]);
    const stale = await fetch(`${CONTRACT_SERVER}/leads/${m.leadId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t}`, 'if-match': '"99"' },
      body: JSON.stringify({ company: 'X' }),
    });
    expect(stale.status).to.equal(412);
    const invalid = await post(t, '/leads', { email: 'nope', phone: 'x'.repeat(100) });
    expect(invalid.status).to.equal(422);
    expect((await invalid.json()).error.issues.map((i: { path: string }) => i.path)).to.include.members(['email', 'phone']);
    const lead = await fetch(`${CONTRACT_SERVER}/leads/${m.leadId}`, { headers: { authorization: `Bearer ${t}` } });
    expect(lead.headers.get('etag')).to.equal('"1"');
  });

  it('converts a lead over HTTP: proposal, conversion, account, contact, opportunity won, campaign results', async () => {
    const a = new RestAdapter({ baseUrl: CONTRACT_SERVER, key: await tenant(), outbox: false });
    await a.saveCampaign({ id: 'W', name: 'Webinar', type: 'webinar' });
    expect((await a.getMemberStatuses('W')).map((st) => st.label)).to.deep.equal(['Invited', 'Registered', 'Attended', 'No-show']);
    const r = await a.submitLead({ submissionId: `conv-http-${Date.now()}`, campaignId: 'W', lead: { email: 'ana.pop@acme.example', firstName: 'Ana', lastName: 'Pop', company: 'Acme' } });
    const lead = await a.getLead(r.person.id);
    const ctx = await a.conversionContext(lead.id);
    expect(ctx.defaultOpportunityName).to.equal('Acme - Ana Pop');
    expect(ctx.defaultPrimaryCampaignId).to.equal('W');
    expect(ctx.memberships.map((m) => m.campaign.id)).to.deep.equal(['W']);
    const result = await a.convertLead({
      leadId: lead.id,
      leadVersion: lead.version,
      account: { mode: 'new' },
      contact: { mode: 'new' },
      opportunity: { name: ctx.defaultOpportunityName, amount: 5000, closeDate: '2026-12-31', stage: 'prospecting' },
    });
    expect(result).to.deep.include({ accountCreated: true, contactCreated: true, membershipsMoved: 1, primaryCampaignId: 'W' });
    const account = await a.getAccount(result.accountId);
    expect(account.name).to.equal('Acme');
    expect((await a.searchAccounts('ACME')).map((x) => x.id)).to.deep.equal([account.id]);
    const contact = await a.getContact(result.contactId);
    expect([contact.email, contact.accountId, contact.leadId]).to.deep.equal(['ana.pop@acme.example', account.id, lead.id]);
    const [opportunity] = await a.listOpportunities({ primaryCampaignId: 'W' });
    expect(opportunity.id).to.equal(result.opportunityId);
    const won = await a.updateOpportunity(opportunity.id, opportunity.version, { stage: 'closed-won' });
    expect(won.version).to.equal(opportunity.version + 1);
    await rejectsWith(a.updateOpportunity(opportunity.id, opportunity.version, { amount: 1 }), ConflictError);
    const results = await a.campaignResults('W');
    expect(results.opportunities).to.deep.equal({ count: 1, won: 1, amount: 5000, wonAmount: 5000 });
    expect(results.counts).to.deep.include({ total: 1, contacts: 1, convertedLeads: 1 });
    await rejectsWith(a.convertLead({ leadId: lead.id, leadVersion: lead.version + 1, account: { mode: 'new' }, contact: { mode: 'new' } }), ConflictError);
  });

  it('reports an unreachable server as unavailable, after retrying', async () => {
    let attempts = 0;
    const counting: typeof fetch = (input, init) => (attempts++, fetch(input, init));
    const down = new RestAdapter({ baseUrl: 'http://127.0.0.1:9', retries: 2, retryDelayMs: 10, fetch: counting, outbox: false });
    await rejectsWith(down.listCampaigns(), UnavailableError);
    expect(attempts).to.equal(3); // the first try and two retries
    attempts = 0;
    const once = new RestAdapter({ baseUrl: 'http://127.0.0.1:9', retries: 0, fetch: counting, outbox: false });
    await rejectsWith(once.listCampaigns(), UnavailableError);
    expect(attempts).to.equal(1);
  });
});

(EXTERNAL ? describe.skip : describe)('Lead Kit server: keys and rate limit', () => {
  const STRICT = STRICT_SERVER; // started by scripts/test.mjs with RATE_LIMIT=5

  it('refuses requests without a key or with a wrong one, and the adapter sends its key', async () => {
    const { key, tenant: t } = await testKey();
    expect((await fetch(`${STRICT}/campaigns`, { headers: { 'x-lead-kit-tenant': t } })).status).to.equal(401);
    expect((await fetch(`${STRICT}/campaigns`, { headers: { authorization: `Bearer ${key}x` } })).status).to.equal(401);
    const a = new RestAdapter({ baseUrl: STRICT, key, outbox: false });
    expect(await a.listCampaigns()).to.deep.equal([]);
    await a.saveCampaign({ id: 'K', name: 'Keyed' });
    expect((await a.listCampaigns()).map((c) => c.id)).to.deep.equal(['K']);
  });

  it('limits lead submissions per key and address (429 with Retry-After), and nothing refused is stored', async () => {
    const { key } = await testKey();
    const t = key;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'x-lead-kit-client': 'burst' };
    const statuses = await Promise.all(
      Array.from({ length: 25 }, async (_, i) => {
        const r = await fetch(`${STRICT}/submissions`, { method: 'POST', headers, body: JSON.stringify({ submissionId: `burst-${t}-${i}`, campaignId: 'A', lead: { email: `b${i}@example.com` } }) });
        if (r.status === 429) expect(r.headers.get('retry-after')).to.equal('1');
        return r.status;
      }),
    );
    const accepted = statuses.filter((s) => s === 201).length;
    expect(statuses.filter((s) => s === 429).length).to.be.greaterThan(0);
    expect(accepted + statuses.filter((s) => s === 429).length).to.equal(25);
    const a = new RestAdapter({ baseUrl: STRICT, key, outbox: false });
    expect((await a.countMembers('A')).total).to.equal(accepted);
  });
});

describe('docs/openapi.yaml against the answers', () => {
  it('every answer the server gave during the contract suite matches the document (status, body, headers), and every operation was exercised', async () => {
    const report = (await (await fetch(`${CONTRACT_SERVER}/__contract`)).json()) as { responses: number; operations: string[]; violations: unknown[] };
    expect(report.violations, JSON.stringify(report.violations, null, 1)).to.deep.equal([]);
    expect(report.responses).to.be.greaterThan(200);
    expect(Object.keys(ROUTES).filter((m) => !report.operations.includes(m))).to.deep.equal([]);
  });
});
