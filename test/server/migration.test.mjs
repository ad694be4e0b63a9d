// The relational schema's migration: a database written by the server of the JSONB layout
// (fixtures/jsonb-layout.sql, made by scripts/legacy-fixture.mjs through that server's API)
// is moved into the new tables when today's server starts on it, and the API answers exactly
// what it answered before: every campaign, member, person, count, opportunity and account.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { call, database, server } from './harness.mjs';
import { collectAnswers } from './legacy-workload.mjs';

const fixture = new URL('./fixtures/jsonb-layout.sql', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('./fixtures/jsonb-layout.expected.json', import.meta.url), 'utf8'));
const { keys, ...answers } = expected;

describe('Lead Kit server: moving a JSONB-layout database into the relational schema', () => {
  let db;
  let s;
  let sql;
  before(async () => {
    db = await database();
    execFileSync('psql', ['-q', '-v', 'ON_ERROR_STOP=1', '-f', fixture.pathname, db.url], { stdio: ['ignore', 'ignore', 'inherit'] });
    s = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0' });
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
  });
  after(async () => {
    await sql?.end();
    await s?.stop();
    db?.stop();
  });

  it('answers every read exactly as the JSONB-layout server did', async () => {
    const now = await collectAnswers(s.url, keys);
    // Added since (results by day): checked against the members in the next test, left out here.
    for (const tenant of Object.values(now)) for (const r of Object.values(tenant.results)) delete r.responsesByDay;
    for (const tenant of Object.keys(answers)) {
      for (const part of Object.keys(answers[tenant])) assert.deepEqual(now[tenant][part], answers[tenant][part], `${tenant}: ${part}`);
    }
  });

  it('moved every record into its table, and every count', async () => {
    const q = async (text) => (await sql.query(text)).rows;
    const legacy = Object.fromEntries((await q(`select store || coalesce(':' || (data->>'kind'), '') as s, count(*)::int as n from legacy_records group by 1`)).map((r) => [r.s, r.n]));
    const tables = { campaigns: 'campaigns', 'people:lead': 'leads', 'people:contact': 'contacts', accounts: 'accounts', opportunities: 'opportunities', members: 'campaign_members', submissions: 'submissions' };
    for (const [store, table] of Object.entries(tables)) {
      const [{ n }] = await q(`select count(*)::int as n from ${table}`);
      assert.equal(n, legacy[store] ?? 0, `${table} has every ${store} record`);
    }
    // Maintained counts equal a recount of the members themselves.
    const drift = await q(`select c.campaign_id, c.n, m.n as actual from
      (select tenant_id, campaign_id, sum(n)::int as n from campaign_member_counts where metric = 'total' group by 1, 2) c
      full join (select tenant_id, campaign_id, count(*)::int as n from campaign_members group by 1, 2) m using (tenant_id, campaign_id)
      where c.n is distinct from m.n`);
    assert.deepEqual(drift, []);
    // Influence counted once from the opportunities there (migration 11): the primary source's shares are their amounts.
    const influence = await q(`select c.campaign_id, c.cents, o.cents as actual from
      (select tenant_id, campaign_id, sum(n)::bigint as cents from campaign_member_counts where metric like 'influence|primary|%|amount' group by 1, 2) c
      full join (select tenant_id, primary_campaign_id as campaign_id, round(sum(coalesce(amount, 0)) * 100)::bigint as cents from opportunities where primary_campaign_id is not null group by 1, 2) o using (tenant_id, campaign_id)
      where c.cents is distinct from o.cents`);
    assert.deepEqual(influence, []);
    const responses = await q(`select c.campaign_id, c.n, m.n as actual from
      (select tenant_id, campaign_id, sum(n)::int as n from campaign_member_counts where metric like 'firstResponse:%' group by 1, 2) c
      full join (select tenant_id, campaign_id, count(*)::int as n from campaign_members where first_responded_at is not null group by 1, 2) m using (tenant_id, campaign_id)
      where c.n is distinct from m.n`);
    assert.deepEqual(responses, [], 'responses by day count every responded member once');
    const [{ n: deals }] = await q(`select count(*)::int as n from opportunities where primary_campaign_id is not null`);
    assert.ok(deals > 0, 'the fixture has deals to count');
    const [{ n: statuses }] = await q(`select count(*)::int as n from campaign_member_statuses`);
    assert.ok(statuses >= 10, 'member statuses are rows');
    // The lead counter (migration 12): every lead counted once, by source and status, and each converted one with its days.
    const leadDrift = await q(`select c.metric, c.n, l.n as actual from
      (select tenant_id, metric, sum(n)::int as n from workspace_counts where counter = 'workspace:leads' and metric like 'n|%' group by 1, 2) c
      full join (select tenant_id, 'n|' || source || '|' || status || '|' || coalesce(rating, '-') as metric, count(*)::int as n from leads group by 1, 2) l using (tenant_id, metric)
      where c.n is distinct from l.n`);
    assert.deepEqual(leadDrift, []);
    const [{ n: converted }] = await q(`select coalesce(sum(n), 0)::int as n from workspace_counts where metric like 'converted|%'`);
    const [{ n: convertedLeads }] = await q(`select count(*)::int as n from leads where converted_at is not null`);
    assert.equal(converted, convertedLeads, 'each converted lead counted once with its days to convert');
    const [{ n: dealsCounted }] = await q(`select coalesce(sum(n), 0)::int as n from workspace_counts where metric like 'deal|%|n'`);
    const [{ n: dealsStored }] = await q(`select count(*)::int as n from opportunities`);
    assert.equal(dealsCounted, dealsStored, 'each opportunity counted once');
    assert.deepEqual(await q(`select version from schema_migrations where version > 4 order by 1`), [{ version: 5 }, { version: 6 }, { version: 7 }, { version: 8 }, { version: 9 }, { version: 10 }, { version: 11 }, { version: 12 }, { version: 13 }, { version: 14 }, { version: 15 }, { version: 16 }]);
    // The people lists' contacts counted (migration 13), so a list knows its length unread.
    const contactDrift = await q(`select c.tenant_id, c.n, k.n as actual from
      (select tenant_id, sum(n)::int as n from workspace_counts where counter = 'workspace:leads' and metric = 'contacts' group by 1) c
      full join (select tenant_id, count(*)::int as n from contacts group by 1) k using (tenant_id) where c.n is distinct from k.n`);
    assert.deepEqual(contactDrift, []);
    assert.deepEqual(await q(`select count(*)::int as n from held_submissions`), [{ n: 0 }], 'the quarantine exists, empty');
    assert.deepEqual(await q(`select count(*)::int as n from campaign_materials`), [{ n: 0 }], 'campaign materials exist, empty');
  });

  it("runs docs/schema.md's example reports on the moved data", async () => {
    const doc = readFileSync(new URL('../../docs/schema.md', import.meta.url), 'utf8');
    const [byStatus, roi] = [...doc.matchAll(/```sql\n(select[\s\S]*?)```/g)].map((m) => m[1].replaceAll("'acme'", "'legacy'"));
    const statuses = (await sql.query(byStatus)).rows;
    const expo = statuses.filter((r) => r.campaign === 'Expo 2026');
    assert.deepEqual(expo.map((r) => r.status), ['Invited', 'Registered', 'Attended', 'No-show'], 'in the campaign\'s status order');
    assert.equal(expo.reduce((n, r) => n + Number(r.members), 0), answers.legacy.counts.EXPO.total);
    const row = (await sql.query(roi)).rows.find((r) => r.campaign === 'Expo 2026');
    assert.equal(Number(row.won), 25000);
    assert.equal(Number(row.open_pipeline), 8000);
    assert.equal(Number(row.roi_percent), 138.1); // (25,000 - 10,500.50) / 10,500.50
  });

  it('keeps working on the moved data: a known email is matched, keys and tenants hold', async () => {
    const r = await call(s.url, 'POST', '/submissions', { key: keys.legacy, body: { submissionId: 'after-migration-1', campaignId: 'EXPO-VIP', lead: { email: 'ANNA.4@example.com' } } });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.matched, true);
    assert.equal((await call(s.url, 'GET', '/campaigns/EXPO-VIP', { key: keys.other })).status, 404, "another tenant's campaign stays invisible");
    const found = await call(s.url, 'GET', `/people?search=${encodeURIComponent('dang thu')}`, { key: keys.legacy });
    assert.ok(found.body.length >= 1 && found.body.every((p) => p.person.lastName === 'Đặng'), 'Đặng is found as "dang"');
  });
});

describe('Lead Kit server: a database migrated by a newer server', () => {
  it('is refused at start, with the versions named, before anything is written', async () => {
    const db = await database();
    try {
      const first = await server(db, { RATE_LIMIT: '0' }); // migrates it to this code's version
      await first.stop();
      const sql = new pg.Client({ connectionString: db.url });
      await sql.connect();
      const { rows } = await sql.query('select max(version)::int as v from schema_migrations');
      await sql.query('insert into schema_migrations (version) values ($1)', [rows[0].v + 1]);
      const tables = (await sql.query(`select count(*)::int as n from pg_tables where schemaname = 'public'`)).rows[0].n;
      let exited;
      try {
        await server(db, { RATE_LIMIT: '0' });
      } catch (error) {
        exited = error;
      }
      assert.ok(exited, 'the server did not become ready');
      await exited.handle.exited;
      assert.equal(exited.handle.child.exitCode, 4);
      assert.ok(exited.handle.logs.some((l) => l.includes(`the database is at schema version ${rows[0].v + 1}, newer than this server knows (${rows[0].v})`)), exited.handle.logs.join('\n'));
      assert.equal((await sql.query(`select count(*)::int as n from pg_tables where schemaname = 'public'`)).rows[0].n, tables, 'nothing created');
      await sql.end();
    } finally {
      db.stop();
    }
  });
});

describe('Lead Kit server: its configuration', () => {
  it('refuses to start on a bad variable, naming each one and what it got', async () => {
    const db = await database();
    try {
      let failed;
      try {
        await server(db, { RATE_LIMIT: 'lots', LOG_LEVEL: 'chatty', CORS_ORIGINS: 'not an origin' });
      } catch (error) {
        failed = error;
      }
      assert.ok(failed?.handle, 'the server did not start');
      await failed.handle.exited;
      assert.equal(failed.handle.child.exitCode, 2);
      const text = failed.handle.logs.join('\n');
      assert.match(text, /configuration: RATE_LIMIT must be a number, got \\"lots\\"/);
      assert.match(text, /configuration: LOG_LEVEL must be info, warn or error, got \\"chatty\\"/);
      assert.match(text, /configuration: CORS_ORIGINS .*got \\"not an origin\\"/);
    } finally {
      db.stop();
    }
  });
});
