// The reference server under a bounded loopback load: lead submissions per second sustained for
// BENCH_SERVER_SECONDS (default 60) by BENCH_SERVER_CLIENTS concurrent clients (default 32), no
// errors allowed, the rows in PostgreSQL must equal the accepted count, and the rate must hold
// over the run (first vs last 10 s). Baseline in the same run: a bare Node HTTP handler doing one
// INSERT per request on the same PostgreSQL. Each of the two loads runs 5 s first, not counted
// (JIT, pooled connections, PostgreSQL's caches): the kit ran first on a cold server and its
// first 10 s were 20–30 % slower than its last, which measured the warm-up, not the server. Then people search at BENCH_PEOPLE (default
// 100,000) people imported through the API, against a bare handler running an indexed ILIKE
// prefix query on a table of the same names. Then the influence report over BENCH_SERVER_DEALS
// (default 1,000; 100 in a short run) deals made through the API.
import http from 'node:http';
import pg from 'pg';
import { startPostgres } from '../scripts/pg.mjs';
import { buildServer, keysCommand, startServer } from '../scripts/server.mjs';

const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 60);
const CLIENTS = Number(process.env.BENCH_SERVER_CLIENTS ?? 32);
/** Each load (the kit's and the bare handler's) runs this long first, not counted: JIT, connections, caches. */
const WARM_UP_SECONDS = Math.min(5, Math.ceil(SECONDS / 6));
const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });

function post(url, body, headers = {}) {
  return new Promise((resolve) => {
    const data = JSON.stringify(body);
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(0));
    req.end(data);
  });
}

/**
 * The influence report on the server: `deals` people each respond to 1–3 of 20 campaigns and are
 * converted into a deal (through the API), then GET /results/influence (every model, from the
 * campaigns' counters) is timed.
 */
async function influenceBench(base, secret, deals) {
  const auth = { authorization: `Bearer ${secret}`, 'content-type': 'application/json' };
  const send = async (path, body, extra = {}) => {
    const r = await fetch(`${base}${path}`, { method: body ? 'POST' : 'GET', headers: { ...auth, ...extra }, ...(body ? { body: JSON.stringify(body) } : {}) });
    if (r.status >= 300) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  for (let c = 0; c < 20; c++) await send('/campaigns', { id: `INF${c}`, name: `Influence ${c}`, type: 'email' });
  for (let i = 0; i < deals; i++) {
    let person;
    for (let k = 0; k <= i % 3; k++) {
      person ??= (await send('/submissions', { submissionId: `inf-${i}-${k}-bench`, campaignId: `INF${(i + k * 7) % 20}`, lead: { email: `deal${i}@example.com`, lastName: `Deal ${i}`, company: `Deal ${i % 50}` } })).person;
      if (k) await send('/submissions', { submissionId: `inf-${i}-${k}-again`, campaignId: `INF${(i + k * 7) % 20}`, lead: { email: `deal${i}@example.com` } });
    }
    const lead = await send(`/leads/${person.id}`);
    await send('/conversions', { leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: { name: `Deal ${i}`, amount: 1000 + i, closeDate: '2027-06-30', stage: i % 3 ? 'proposal' : 'closed-won' } }, { 'idempotency-key': `inf-conv-${i}` });
  }
  const times = [];
  let campaigns = 0;
  for (let round = 0; round < 40; round++) {
    const r = await get(`${base}/results/influence`, { authorization: `Bearer ${secret}` });
    if (r.status !== 200) throw new Error(`influence report failed: ${r.status} ${r.body}`);
    if (round) times.push(r.ms);
    else campaigns = JSON.parse(r.body).currencies.reduce((n, c) => n + c.campaigns.length, 0);
  }
  return { deals, campaigns, median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/** CLIENTS loops posting for `seconds` (SECONDS); returns accepted/errors and latency percentiles. */
async function load(send, seconds = SECONDS) {
  const end = Date.now() + seconds * 1000;
  let accepted = 0;
  let errors = 0;
  const latencies = [];
  const perSecond = Array.from({ length: seconds }, () => 0);
  const start = Date.now();
  let n = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      while (Date.now() < end) {
        const i = n++;
        const t = performance.now();
        const status = await send(c, i);
        latencies.push(performance.now() - t);
        if (status === 201 || status === 200) {
          accepted++;
          perSecond[Math.min(seconds - 1, Math.floor((Date.now() - start) / 1000))]++;
        } else errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const window = Math.min(10, Math.floor(seconds / 3));
  const rate = (part) => part.reduce((a, b) => a + b, 0) / part.length;
  return {
    accepted,
    errors,
    perSecond: accepted / seconds,
    p50: latencies[Math.floor(latencies.length / 2)],
    p99: latencies[Math.floor(latencies.length * 0.99)],
    first: rate(perSecond.slice(0, window)),
    last: rate(perSecond.slice(-window)),
  };
}

function get(url, headers = {}) {
  return new Promise((resolve) => {
    const t = performance.now();
    http
      .get(url, { agent, headers }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - t, body: text }));
      })
      .on('error', () => resolve({ status: 0, ms: performance.now() - t, body: '' }));
  });
}

const FIRST = ['Olena', 'Thu Hà', 'Ștefan', 'Zoë', 'Anna', 'Văn An', 'Пётр', 'José', 'Mai', 'Đức', 'Ioana', 'Oksana', 'Lucas', 'Chloé', 'Dmytro'];
const LAST = ['Đặng', 'Shevchenko', 'Popescu', 'Lefèvre', 'Smith', 'Nguyễn', 'Иванов', 'García', 'Trần', 'Kovalenko', 'Dubois', 'Ionescu', 'Lê', 'Martin', 'Bondarenko'];
const COMPANY = ['Acme', 'Globex', 'Initech', 'Hooli', 'Đông Á', 'Світанок', 'Umbrella', 'Stark', 'Wayne', 'Tyrell'];
const RATINGS = ['hot', 'warm', 'cold'];
const SOURCES = ['web', 'event', 'referral', 'partner', 'advertisement'];
const person = (i) => ({
  firstName: FIRST[i % 15],
  lastName: `${LAST[Math.floor(i / 15) % 15]}${i % 7 ? '' : ` ${i}`}`,
  email: `p${i}@example${i % 50}.com`,
  company: `${COMPANY[i % 10]} ${Math.floor(i / 150)}`,
  source: SOURCES[i % 5],
  ...(i % 4 === 3 ? {} : { rating: RATINGS[i % 3] }),
});
const percentile = (list, p) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * p))];

/** People search at `count` people: the kit's GET /people against a bare indexed ILIKE prefix query. */
async function searchBench(base, secret, pool, count) {
  const auth = { authorization: `Bearer ${secret}` };
  await post(`${base}/campaigns`, { id: 'PEOPLE', name: 'People', type: 'email' }, auth);
  for (let start = 0; start < count; start += 5000) {
    const rows = Array.from({ length: Math.min(5000, count - start) }, (_, k) => person(start + k));
    const status = await post(`${base}/campaigns/PEOPLE/imports`, { rows }, auth);
    if (status !== 201) throw new Error(`import failed: ${status}`);
  }
  await pool.query('create table if not exists bench_people (id serial primary key, name text not null)');
  await pool.query('truncate bench_people');
  await pool.query('insert into bench_people (name) select unnest($1::text[])', [Array.from({ length: count }, (_, i) => { const p = person(i); return `${p.lastName} ${p.firstName} ${p.email} ${p.company}`; })]);
  await pool.query('create index if not exists bench_people_name on bench_people (lower(name) text_pattern_ops)');
  await pool.query('analyze');
  const raw = http.createServer(async (req, res) => {
    const q = new URL(req.url, 'http://x').searchParams.get('q') ?? '';
    const { rows } = await pool.query(`select id, name from bench_people where lower(name) like $1 order by lower(name) limit 20`, [`${q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`]);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows));
  });
  await new Promise((r) => raw.listen(8795, '127.0.0.1', r));
  const terms = ['dang', 'Đặng thu', 'olena shev', 'popescu', 'nguyen van', 'smi', 'acme 12', 'p4711@', 'иванов', 'zoe', 'garcia jose', 'tran duc', 'hooli 300', 'ionescu ioana', 'lefevre'];
  const kit = [];
  const bare = [];
  const byTerm = new Map();
  let found = 0;
  for (let round = 0; round < 14; round++) {
    for (const t of terms) {
      const r = await get(`${base}/people?search=${encodeURIComponent(t)}`, auth);
      if (r.status !== 200) throw new Error(`search failed: ${r.status} ${r.body}`);
      if (round) kit.push(r.ms);
      if (round) byTerm.set(t, [...(byTerm.get(t) ?? []), r.ms]);
      else found += JSON.parse(r.body).length;
      const b = await get(`http://127.0.0.1:8795/?q=${encodeURIComponent(t.split(' ')[0])}`);
      if (round) bare.push(b.ms);
    }
  }
  // The member list's search box on the same 100k-member campaign (first page of 50 by name).
  const memberTerms = ['dang', 'olena shev', 'p4711@', 'hooli 300', 'zzz-nobody'];
  const members = [];
  for (let round = 0; round < 8; round++) {
    for (const t of memberTerms) {
      const r = await get(`${base}/campaigns/PEOPLE/members?limit=50&search=${encodeURIComponent(t)}`, auth);
      if (r.status !== 200) throw new Error(`member search failed: ${r.status} ${r.body}`);
      if (round) members.push(r.ms);
    }
  }
  // The campaign's results (the summary's query) on the 100k-member campaign: its counters and deal totals.
  const results = [];
  for (let round = 0; round < 30; round++) {
    const r = await get(`${base}/campaigns/PEOPLE/results`, auth);
    if (r.status !== 200) throw new Error(`campaign results failed: ${r.status} ${r.body}`);
    if (round) results.push(r.ms);
  }
  // The lead report over the same people (one counter) against a bare GROUP BY of the leads.
  const report = [];
  const grouped = [];
  for (let round = 0; round < 30; round++) {
    const r = await get(`${base}/results/leads`, auth);
    if (r.status !== 200) throw new Error(`lead report failed: ${r.status} ${r.body}`);
    if (round) report.push(r.ms);
    const t = performance.now();
    await pool.query(`select source, status, rating, count(*) from leads where tenant_id = (select tenant_id from leads limit 1) group by 1, 2, 3`);
    if (round) grouped.push(performance.now() - t);
  }
  // The people list: its first page sorted by rating, by creation, and filtered on two fields
  // (rating and lead source, about 1 in 15), against the bare indexed query of that page.
  const lists = [];
  const bareLists = [];
  const shapes = [{ sort: 'rating' }, { sort: 'created', direction: 'desc' }, { sort: 'created', direction: 'desc', filters: [{ field: 'rating', op: 'in', values: ['hot'] }, { field: 'source', op: 'in', values: ['event'] }] }];
  for (let round = 0; round < 20; round++) {
    for (const shape of shapes) {
      const t = performance.now();
      const status = await post(`${base}/people/query`, { ...shape, limit: 50 }, auth);
      if (status !== 200) throw new Error(`people list failed: ${status}`);
      if (round) lists.push(performance.now() - t);
    }
    const t = performance.now();
    await pool.query(`select * from leads where tenant_id = (select tenant_id from leads limit 1) and converted_at is null order by created_at desc, id desc limit 50`);
    if (round) bareLists.push(performance.now() - t);
  }
  raw.close();
  const { rows } = await pool.query(`explain (analyze, format json) select id from leads where tenant_id = (select tenant_id from leads limit 1) and search_text like '%olena%' and search_text like '%shev%' order by sort_name limit 20`);
  const slowest = [...byTerm].map(([t, ms]) => [t, percentile(ms, 0.5)]).sort((a, b) => b[1] - a[1]).slice(0, 4);
  return { campaignResults: { median: percentile(results, 0.5), p95: percentile(results, 0.95) }, leadReport: { median: percentile(report, 0.5), p95: percentile(report, 0.95), grouped: percentile(grouped, 0.95) }, peopleList: { median: percentile(lists, 0.5), p95: percentile(lists, 0.95), bare: percentile(bareLists, 0.95), queries: lists.length }, memberSearch: { median: percentile(members, 0.5), p95: percentile(members, 0.95), searches: members.length }, slowest, count, kit: { median: percentile(kit, 0.5), p95: percentile(kit, 0.95) }, bare: { median: percentile(bare, 0.5), p95: percentile(bare, 0.95) }, found, searches: kit.length, plan: rows[0]['QUERY PLAN'][0]['Execution Time'] };
}

export async function serverLoad() {
  const db = startPostgres({ port: 54333, fsync: true });
  const pool = new pg.Pool({ connectionString: db.url, max: 40 });
  pool.on('error', () => {});
  let server;
  try {
    await buildServer();
    // As deployed: keys required (a secret key to set up, a publishable one submits).
    const tenant = `bench${Date.now()}`;
    const secret = keysCommand(db.url, ['create', '--tenant', tenant, '--kind', 'secret']);
    const publishable = keysCommand(db.url, ['create', '--tenant', tenant, '--kind', 'publishable']);
    server = await startServer({ databaseUrl: db.url, port: 8793, env: { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', PG_POOL: '40' } });
    const base = `${server.url}`;
    await post(`${base}/campaigns`, { id: 'LOAD', name: 'Load test', type: 'email' }, { authorization: `Bearer ${secret}`, 'idempotency-key': 'bench-campaign' });
    const submit = (campaignId, prefix) => (c, i) =>
      post(
        `${base}/submissions`,
        { submissionId: `${prefix}-${c}-${i}-${tenant}`, campaignId, lead: { firstName: 'Олена', lastName: `Load ${i}`, email: `${prefix}${i}@example.com`, company: 'Bench' } },
        { authorization: `Bearer ${publishable}`, 'x-lead-kit-client': `client-${c}` },
      );
    await post(`${base}/campaigns`, { id: 'WARM', name: 'Warm-up', type: 'email' }, { authorization: `Bearer ${secret}` });
    await load(submit('WARM', 'warm'), WARM_UP_SECONDS);
    const before = (await pool.query(`select count(*)::int as n from leads where tenant_id = $1`, [tenant])).rows[0].n;
    const kit = await load(submit('LOAD', 'load'));
    const rows = await pool.query(`select count(*)::int - $2 as n from leads where tenant_id = $1`, [tenant, before]);
    const members = await pool.query(`select coalesce(sum(n), 0)::int as total from campaign_member_counts where tenant_id = $1 and campaign_id = 'LOAD' and metric = 'total'`, [tenant]);
    const memberRows = await pool.query(`select count(*)::int as n from campaign_members where tenant_id = $1 and campaign_id = 'LOAD'`, [tenant]);

    // Baseline: the same load on a handler that only inserts one row.
    await pool.query('create table if not exists bench_raw (id text primary key, data jsonb not null)');
    await pool.query('truncate bench_raw');
    const raw = http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', async () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        try {
          await pool.query('insert into bench_raw (id, data) values ($1, $2)', [body.submissionId, body]);
          res.writeHead(201).end();
        } catch {
          res.writeHead(500).end();
        }
      });
    });
    await new Promise((r) => raw.listen(8794, '127.0.0.1', r));
    await load((c, i) => post('http://127.0.0.1:8794/submissions', { submissionId: `warm-${c}-${i}`, campaignId: 'LOAD', lead: { email: `warm${i}@example.com` } }), WARM_UP_SECONDS);
    await pool.query('truncate bench_raw');
    const baseline = await load((c, i) => post('http://127.0.0.1:8794/submissions', { submissionId: `raw-${c}-${i}`, campaignId: 'LOAD', lead: { email: `load${i}@example.com` } }));
    const rawRows = (await pool.query('select count(*)::int as n from bench_raw')).rows[0].n;
    raw.close();
    const search = await searchBench(base, secret, pool, Number(process.env.BENCH_PEOPLE ?? 100_000));
    const influence = await influenceBench(base, secret, Number(process.env.BENCH_SERVER_DEALS ?? (SECONDS >= 60 ? 1_000 : 100)));
    return { seconds: SECONDS, warmUp: WARM_UP_SECONDS, clients: CLIENTS, kit, leads: rows.rows[0].n, members: members.rows[0].total, memberRows: memberRows.rows[0].n, baseline, rawRows, search, influence };
  } finally {
    await server?.stop();
    await pool.end();
    agent.destroy();
    db.stop();
  }
}
