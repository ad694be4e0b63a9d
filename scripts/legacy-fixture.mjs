// Writes test/server/fixtures/jsonb-layout.sql and jsonb-layout.expected.json: a database written
// by the server of the JSONB layout (schema migrations 1-4, before the relational tables), made
// through its HTTP API with a varied workload, and the API's answers about it. The migration
// test loads the dump, starts today's server on it and checks every answer is unchanged.
// Run with the JSONB-layout server built (git checkout dec354d -- server src && npm run build:server).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { startPostgres } from './pg.mjs';
import { buildServer, keysCommand, startServer } from './server.mjs';
import { collectAnswers, legacyWorkload } from '../test/server/legacy-workload.mjs';

const pg = await startPostgres({ port: 55491 });
try {
  await buildServer();
  const s = await startServer({ databaseUrl: pg.url, port: 55492, env: { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0' }, stdio: 'pipe' });
  const keys = { legacy: keysCommand(pg.url, ['create', '--tenant', 'legacy', '--kind', 'secret']), other: keysCommand(pg.url, ['create', '--tenant', 'legacy-2', '--kind', 'secret']) };
  await legacyWorkload(s.url, keys);
  const expected = await collectAnswers(s.url, keys);
  await s.stop();
  const dump = execFileSync('pg_dump', ['--no-owner', '--no-privileges', '--inserts', pg.url], { maxBuffer: 1 << 28 }).toString();
  writeFileSync(new URL('../test/server/fixtures/jsonb-layout.sql', import.meta.url), dump);
  writeFileSync(new URL('../test/server/fixtures/jsonb-layout.expected.json', import.meta.url), `${JSON.stringify({ keys, ...expected }, null, 1)}\n`);
  console.log('fixture written:', Object.keys(expected).join(', '));
} finally {
  pg.stop();
}
