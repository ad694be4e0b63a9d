// A varied workload through the HTTP API (every store, every kind of write), and the answers
// that describe the data afterwards. Used to make the JSONB-layout fixture and, on today's
// server, to check the migration kept everything.
import assert from 'node:assert/strict';
import { call } from './harness.mjs';

const names = [
  ['Đặng', 'Thu Hà', 'Công ty Đông Á'],
  ['Шевченко', 'Олена', 'ТОВ Світанок'],
  ['Popescu', 'Ștefan', 'Acme SRL'],
  ['Lefèvre', 'Zoë', 'Société Générale'],
  ['Smith', 'Anna', 'Acme Inc.'],
  ['Nguyễn', 'Văn An', 'Acme Inc.'],
  ['Иванов', 'Пётр', 'Globex'],
  ['García', 'José', 'Initech'],
];

async function ok(base, method, path, options, status = [200, 201, 204]) {
  const r = await call(base, method, path, options);
  assert.ok(status.includes(r.status), `${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export async function legacyWorkload(base, keys) {
  const key = keys.legacy;
  const o = (body, extra = {}) => ({ key, body, ...extra });
  await ok(base, 'POST', '/campaigns', o({ id: 'EXPO', name: 'Expo 2026', type: 'event', status: 'active', startDate: '2026-05-01', endDate: '2026-05-03', currency: 'EUR', budgetedCost: 12000, actualCost: 10500.5, expectedRevenue: 90000, expectedResponse: 12.5, description: 'Hall B' }));
  await ok(base, 'POST', '/campaigns', o({ id: 'WEB-1', name: 'Webinar: pipelines', type: 'webinar' }));
  await ok(base, 'POST', '/campaigns', o({ id: 'EXPO-VIP', name: 'Expo VIP dinner', type: 'event', parentId: 'EXPO', memberStatuses: [{ label: 'Invited', responded: false, default: true }, { label: 'Registered', responded: true, default: false }, { label: 'Attended', responded: true, default: false }] }));
  for (let i = 0; i < 40; i++) {
    const [last, first, company] = names[i % names.length];
    const email = `${first.split(' ')[0].toLowerCase()}.${i % 30}@example.com`; // some repeat: matched
    await ok(base, 'POST', '/submissions', o({
      submissionId: `legacy-sub-${i}`,
      campaignId: i % 3 === 0 ? 'WEB-1' : 'EXPO',
      ...(i % 4 ? { status: 'Registered' } : {}),
      lead: { email, firstName: first, lastName: last, company, phone: `+1 555 01${String(i).padStart(2, '0')}`, title: i % 2 ? 'CTO' : undefined, country: 'VN', employees: i * 10, custom: { shirt: i % 2 ? 'M' : 'L', vip: i % 5 === 0, score: i }, attribution: { utmSource: 'newsletter', utmCampaign: `spring-${i % 4}`, pageUrl: 'https://example.com/expo?x=1' }, consent: { given: true, text: 'Yes, email me', at: '2026-04-01T10:00:00.000Z' } },
      ...(i === 7 ? { checkIn: { checkInId: 'legacy-walkin-7', at: '2026-05-01T09:15:00.000Z' } } : {}),
    }, { headers: { 'idempotency-key': `legacy-idem-${i}` } }));
  }
  // An auto-created campaign (a form pointing at a campaign nobody made yet).
  await ok(base, 'POST', '/submissions', o({ submissionId: 'legacy-auto-1', campaignId: 'AUTO-FORM', lead: { email: 'auto@example.org', lastName: 'Auto' } }));
  const rows = Array.from({ length: 60 }, (_, i) => ({ email: `import.${i}@example.net`, firstName: `Imported ${i}`, lastName: names[i % names.length][0], company: names[i % names.length][2], source: 'import' }));
  rows.push({ email: 'not an email' }, { email: 'anna.4@example.com', lastName: 'Smith' });
  await ok(base, 'POST', '/campaigns/WEB-1/imports', o({ rows, status: 'Registered' }, { headers: { 'idempotency-key': 'legacy-import-1' } }));
  const lead = await ok(base, 'POST', '/leads', o({ email: 'solo@example.com', firstName: 'Solo', lastName: 'Lead', company: 'Hooli', rating: 'hot', status: 'working', description: 'Met at the booth' }));
  await ok(base, 'PATCH', `/leads/${lead.id}`, { key, body: { title: 'VP Sales' }, headers: { 'if-match': `"${lead.version}"` } });
  await ok(base, 'POST', '/campaigns/EXPO-VIP/members', o({ people: [{ type: 'lead', id: lead.id }] }));
  const page = (await ok(base, 'GET', '/campaigns/EXPO/members?limit=500', { key })).items;
  await ok(base, 'POST', '/campaigns/EXPO/members/status', o({ members: page.slice(0, 5).map((m) => ({ id: m.id, version: m.version })), status: 'No-show' }));
  const fresh = (await ok(base, 'GET', '/campaigns/EXPO/members?limit=500', { key })).items;
  await ok(base, 'POST', '/campaigns/EXPO/members/remove', o({ members: fresh.slice(-2).map((m) => ({ id: m.id, version: m.version })) }));
  const toCheck = fresh.find((m) => m.status !== 'Attended' && !m.checkIn);
  await ok(base, 'POST', '/campaigns/EXPO/check-ins', o({ code: toCheck.leadId ?? toCheck.contactId, checkInId: 'legacy-checkin-1', at: '2026-05-01T10:00:00.000Z' }));
  const undo = fresh.filter((m) => m.status !== 'Attended' && !m.checkIn && m.id !== toCheck.id)[0];
  await ok(base, 'POST', '/campaigns/EXPO/check-ins', o({ code: undo.id, checkInId: 'legacy-checkin-2' }));
  await ok(base, 'POST', '/campaigns/EXPO/check-ins/undo', o({ memberId: undo.id, checkInId: 'legacy-checkin-2' }));
  // Conversions: a new account with an opportunity credited to EXPO, then one into that account.
  const people = fresh.filter((m) => m.leadId && m.person.company === 'Acme Inc.');
  const first = await ok(base, 'GET', `/leads/${people[0].leadId}`, { key });
  const c1 = await ok(base, 'POST', '/conversions', o({ leadId: first.id, leadVersion: first.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: { name: 'Acme - expansion', amount: 25000, closeDate: '2026-09-30', stage: 'proposal', primaryCampaignId: 'EXPO' } }));
  const second = await ok(base, 'GET', `/leads/${people[1].leadId}`, { key });
  await ok(base, 'POST', '/conversions', o({ leadId: second.id, leadVersion: second.version, account: { mode: 'existing', id: c1.accountId ?? c1.account?.id }, contact: { mode: 'new' }, opportunity: { name: 'Acme - second team', amount: 8000, closeDate: '2026-10-15', stage: 'prospecting', primaryCampaignId: 'EXPO' } }));
  const opps = await ok(base, 'GET', '/opportunities?primaryCampaignId=EXPO', { key });
  const won = opps.find((x) => x.name === 'Acme - expansion');
  await ok(base, 'PATCH', `/opportunities/${won.id}`, { key, body: { stage: 'closed-won' }, headers: { 'if-match': `"${won.version}"` } });
  // A converted person submits again: their contact is matched.
  await ok(base, 'POST', '/submissions', o({ submissionId: 'legacy-after-convert', campaignId: 'WEB-1', lead: { email: first.email, firstName: first.firstName } }));
  // Another tenant with the same ids: kept apart.
  const o2 = (body) => ({ key: keys.other, body });
  await ok(base, 'POST', '/campaigns', o2({ id: 'EXPO', name: 'Other tenant expo', type: 'event' }));
  for (let i = 0; i < 5; i++) await ok(base, 'POST', '/submissions', o2({ submissionId: `legacy-sub-${i}`, campaignId: 'EXPO', lead: { email: `other.${i}@example.com`, lastName: `Other ${i}` } }));
}

/** Everything the API says about the data: campaigns, members (all), counts, results, people, accounts. */
export async function collectAnswers(base, keys) {
  const out = {};
  for (const [tenant, key] of Object.entries(keys)) {
    const get = (path) => ok(base, 'GET', path, { key });
    const campaigns = await get('/campaigns');
    const t = { campaigns, members: {}, counts: {}, results: {}, people: {}, opportunities: await get('/opportunities'), accounts: await get('/accounts?search=') };
    for (const c of campaigns) {
      const members = [];
      let cursor;
      do {
        const p = await get(`/campaigns/${encodeURIComponent(c.id)}/members?limit=7&sort=company&direction=desc${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        members.push(...p.items);
        cursor = p.nextCursor;
      } while (cursor);
      t.members[c.id] = members;
      t.counts[c.id] = await get(`/campaigns/${encodeURIComponent(c.id)}/counts`);
      t.results[c.id] = await get(`/campaigns/${encodeURIComponent(c.id)}/results`);
      for (const m of members) {
        if (m.leadId) t.people[`lead:${m.leadId}`] ??= await get(`/leads/${m.leadId}`);
        if (m.contactId) t.people[`contact:${m.contactId}`] ??= await get(`/contacts/${m.contactId}`);
        if (m.convertedLeadId) t.people[`lead:${m.convertedLeadId}`] ??= await get(`/leads/${m.convertedLeadId}`);
      }
    }
    const someLead = Object.values(t.people).find((p) => p.status === 'open');
    if (someLead) t.conversionContext = await get(`/leads/${someLead.id}/conversion`);
    out[tenant] = t;
  }
  return out;
}
