// The reference server under a bounded loopback load: lead submissions per second sustained for
// BENCH_SERVER_SECONDS (default 60) by BENCH_SERVER_CLIENTS concurrent clients (default 32), no
// errors allowed, and the rows in PostgreSQL must equal the accepted count. Baseline in the same
// run: a bare Node HTTP handler doing one INSERT per request on the same PostgreSQL.
import http from 'node:http';
import pg from 'pg';
import { startPostgres } from '../scripts/pg.mjs';
import { buildServer, keysCommand, startServer } from '../scripts/server.mjs';

const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 60);
const CLIENTS = Number(process.env.BENCH_SERVER_CLIENTS ?? 32);
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

/** CLIENTS loops posting for SECONDS; returns accepted/errors and latency percentiles. */
async function load(send) {
  const end = Date.now() + SECONDS * 1000;
  let accepted = 0;
  let errors = 0;
  const latencies = [];
  let n = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      while (Date.now() < end) {
        const i = n++;
        const t = performance.now();
        const status = await send(c, i);
        latencies.push(performance.now() - t);
        if (status === 201 || status === 200) accepted++;
        else errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { accepted, errors, perSecond: accepted / SECONDS, p50: latencies[Math.floor(latencies.length / 2)], p99: latencies[Math.floor(latencies.length * 0.99)] };
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
    const kit = await load((c, i) =>
      post(
        `${base}/submissions`,
        { submissionId: `load-${c}-${i}-${tenant}`, campaignId: 'LOAD', lead: { firstName: 'Олена', lastName: `Load ${i}`, email: `load${i}@example.com`, company: 'Bench' } },
        { authorization: `Bearer ${publishable}`, 'x-lead-kit-client': `client-${c}` },
      ),
    );
    const rows = await pool.query(`select count(*)::int as n from records where tenant = $1 and store = 'people'`, [tenant]);
    const members = await pool.query(`select coalesce(sum((counts->>'total')::int), 0)::int as total from counters where tenant = $1 and key = 'members:LOAD'`, [tenant]);

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
    const baseline = await load((c, i) => post('http://127.0.0.1:8794/submissions', { submissionId: `raw-${c}-${i}`, campaignId: 'LOAD', lead: { email: `load${i}@example.com` } }));
    const rawRows = (await pool.query('select count(*)::int as n from bench_raw')).rows[0].n;
    raw.close();
    return { seconds: SECONDS, clients: CLIENTS, kit, leads: rows.rows[0].n, members: members.rows[0].total, baseline, rawRows };
  } finally {
    await server?.stop();
    await pool.end();
    agent.destroy();
    db.stop();
  }
}
