// `npm test`: type check, build the single-file bundle, then every test in real headless Chromium (found or installed by
// scripts/chromium.mjs), with coverage. Extra arguments go to web-test-runner
// (e.g. `npm test -- --files test/domain/*.test.ts`).
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';
import { startPostgres } from './pg.mjs';
import { buildServer, startServer } from './server.mjs';
import { startCrmStubs } from './crm-stubs.mjs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

console.log('> tsc --noEmit');
if (run('node_modules/.bin/tsc', ['--noEmit', '-p', 'tsconfig.json']) !== 0) process.exit(1);

console.log('> vite build --mode bundle (dist/lead-kit.js, loaded by test/e2e)');
if (run('node_modules/.bin/vite', ['build', '--mode', 'bundle', '--logLevel', 'warn']) !== 0) process.exit(1);

process.env.CHROME_PATH ??= ensureChromium();

// The REST adapter's contract tests run against the reference server on a real PostgreSQL.
// Free loopback ports, so two runs (two checkouts) never share a database or a server; the
// browser tests read them from window.LEAD_KIT_TEST (web-test-runner.config.mjs).
const { createServer } = await import('node:net');
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
const ports = { pg: await freePort(), server: await freePort(), strict: await freePort(), stubs: await freePort() };
process.env.LEAD_KIT_TEST = JSON.stringify({
  server: `http://127.0.0.1:${ports.server}`,
  strict: `http://127.0.0.1:${ports.strict}`,
  stubs: `http://127.0.0.1:${ports.stubs}`,
});
console.log(`> PostgreSQL (loopback :${ports.pg}), the reference server (:${ports.server}, :${ports.strict}), CRM stand-ins (:${ports.stubs})`);
const pg = startPostgres({ port: ports.pg });
let server;
let strict;
let stubs;
try {
  stubs = await startCrmStubs(ports.stubs); // Salesforce / HubSpot stand-ins for the connectors' tests
  await buildServer();
  server = await startServer({ databaseUrl: pg.url, port: ports.server, env: { RATE_LIMIT: '0', LEAD_KIT_FAULTS: '1' } });
  // A second instance with a low submission rate limit (and a bearer token), for those tests.
  strict = await startServer({ databaseUrl: pg.url, port: ports.strict, env: { RATE_LIMIT: '5', LEAD_KIT_TOKEN: 'test-token' } });
  const extra = process.argv.slice(2);
  console.log('> web-test-runner');
  const { spawn } = await import('node:child_process');
  const status = await new Promise((resolve) => {
    const child = spawn('node_modules/.bin/wtr', ['--config', 'web-test-runner.config.mjs', '--coverage', ...extra], { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
  process.exitCode = status;
} finally {
  await server?.stop();
  await strict?.stop();
  stubs?.stop();
  pg.stop();
}
