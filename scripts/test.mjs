// `npm test`: type check, build the single-file bundle and the server, then
//  1. every browser test in real headless Chromium (found or installed by scripts/chromium.mjs),
//     with coverage, against the Lead Kit server on a throwaway PostgreSQL;
//  2. the server's fault and access suite (test/server/*.test.mjs, Node's test runner): the real
//     server process on its own PostgreSQL, killed, restarted, starved and attacked;
//  3. the package suite (test/package): the packed kit in a scratch project, and a strict-CSP page.
// The last line sums both: "N passed, N failed". Extra arguments go to web-test-runner
// (e.g. `npm test -- --files test/domain/*.test.ts`); LEAD_KIT_TEST_ONLY=browser|server|package runs one part.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';
import { startPostgres } from './pg.mjs';
import { buildServer, keysCommand, startServer } from './server.mjs';
import { startCrmStubs } from './crm-stubs.mjs';
import { startContractProxy } from './contract-proxy.mjs';

const only = process.env.LEAD_KIT_TEST_ONLY;
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

// Stopped by Ctrl+C or `timeout` (SIGINT, SIGTERM): the suites' process groups (web-test-runner
// with its Chromium, node --test with its server processes), the servers and PostgreSQL started
// here go too, instead of spinning on for minutes and skewing whatever runs next.
const running = new Set();
const cleanups = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    console.error(`\nnpm test: ${signal}, stopping the test processes, servers and PostgreSQL`);
    for (const child of running) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
    for (const cleanup of cleanups) await cleanup().catch(() => {});
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

/** Runs a command in its own process group, echoing its output, and keeps the text for the counts. */
const runCapture = (cmd, args, env = process.env) =>
  new Promise((resolve) => {
    let text = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env, detached: true });
    running.add(child);
    for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
      from.on('data', (d) => {
        text += d;
        to.write(d);
      });
    }
    child.on('exit', (code) => (running.delete(child), resolve({ code: code ?? 1, text })));
  });
// oxlint-disable-next-line no-control-regex -- ANSI colour codes
const plain = (s) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

console.log('> tsc --noEmit');
if (run('node_modules/.bin/tsc', ['--noEmit', '-p', 'tsconfig.json']) !== 0) process.exit(1);
console.log('> oxlint (.oxlintrc.json: TypeScript, Lit templates, custom elements)');
const lintPassed = run('node_modules/.bin/oxlint', []) === 0;
console.log('> vite build --mode bundle (dist/lead-kit.js, loaded by test/e2e) and the CDN files (dist/cdn/<tag>.js)');
if (only !== 'server' && run('node_modules/.bin/vite', ['build', '--mode', 'bundle', '--logLevel', 'warn']) !== 0) process.exit(1);
if (only !== 'server' && run(process.execPath, ['scripts/build-cdn.mjs']) !== 0) process.exit(1);
await buildServer();

const { createServer } = await import('node:net');
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

// The server processes write V8 coverage here (scripts/server.mjs); c8 reports it at the end.
const { rmSync } = await import('node:fs');
rmSync('coverage/server-v8', { recursive: true, force: true });
process.env.LEAD_KIT_SERVER_COVERAGE = `${process.cwd()}/coverage/server-v8`;

const counts = { passed: lintPassed ? 1 : 0, failed: lintPassed ? 0 : 1 };
let status = lintPassed ? 0 : 1;

if (!only || only === 'browser') {
  process.env.CHROME_PATH ??= ensureChromium();
  // The REST adapter's tests run against the Lead Kit server on a real PostgreSQL. Free loopback
  // ports, so two runs (two checkouts) never share a database or a server; the browser tests
  // read them from window.LEAD_KIT_TEST (web-test-runner.config.mjs).
  const ports = { pg: await freePort(), server: await freePort(), strict: await freePort(), stubs: await freePort(), contract: await freePort() };
  process.env.LEAD_KIT_TEST = JSON.stringify({
    server: `http://127.0.0.1:${ports.server}`,
    strict: `http://127.0.0.1:${ports.strict}`,
    stubs: `http://127.0.0.1:${ports.stubs}`,
    contract: `http://127.0.0.1:${ports.contract}`,
  });
  console.log(`> PostgreSQL (loopback :${ports.pg}), the Lead Kit server (:${ports.server}, :${ports.strict}), CRM stand-ins (:${ports.stubs})`);
  const pg = startPostgres({ port: ports.pg });
  let server;
  let strict;
  let stubs;
  let proxy;
  const stopAll = async () => {
    cleanups.delete(stopAll);
    await proxy?.stop();
    await server?.stop();
    await strict?.stop();
    stubs?.stop();
    pg.stop();
  };
  cleanups.add(stopAll);
  try {
    stubs = await startCrmStubs(ports.stubs); // Salesforce / HubSpot stand-ins for the connectors' tests
    // Keys are required (one exists before the server starts); tests mint one per tenant
    // through the test-only POST /__keys (LEAD_KIT_FAULTS=1, loopback only).
    keysCommand(pg.url, ['create', '--tenant', 'bootstrap', '--kind', 'secret', '--label', 'npm test']);
    const cors = 'http://localhost:*,http://127.0.0.1:*';
    server = await startServer({ databaseUrl: pg.url, port: ports.server, env: { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', LEAD_KIT_FAULTS: '1', CORS_ORIGINS: cors } });
    // A second instance on the same database with a low submission rate limit, for those tests.
    strict = await startServer({ databaseUrl: pg.url, port: ports.strict, env: { RATE_LIMIT: '5', REQUEST_RATE_LIMIT: '0', CORS_ORIGINS: cors } });
    // The REST contract suite talks to the server through a proxy that checks every answer
    // against docs/openapi.yaml (test/adapters/rest.test.ts reads its report at the end).
    proxy = await startContractProxy({ target: server.url, port: ports.contract });
    console.log('> web-test-runner');
    const r = await runCapture('node_modules/.bin/wtr', ['--config', 'web-test-runner.config.mjs', '--coverage', ...process.argv.slice(2)]);
    const line = plain(r.text).match(/(\d+) passed, (\d+) failed/g)?.at(-1);
    const [p, f] = line ? line.match(/\d+/g).map(Number) : [0, 1];
    counts.passed += p;
    counts.failed += f || (r.code !== 0 ? 1 : 0);
    if (r.code !== 0) status = r.code;
  } finally {
    await stopAll();
  }
}

/** Runs a folder of node:test files and adds their counts. */
async function nodeSuite(folder) {
  const files = readdirSync(folder).filter((f) => f.endsWith('.test.mjs')).map((f) => `${folder}/${f}`);
  const r = await runCapture(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files]);
  const text = plain(r.text);
  const p = Number(/ℹ pass (\d+)/.exec(text)?.[1] ?? 0);
  const f = Number(/ℹ fail (\d+)/.exec(text)?.[1] ?? (r.code !== 0 ? 1 : 0));
  counts.passed += p;
  counts.failed += f || (r.code !== 0 ? 1 : 0);
  if (r.code !== 0 && status === 0) status = r.code;
}

if (!only || only === 'server') {
  console.log('> node --test test/server (fault and access suite: real server process, real PostgreSQL)');
  await nodeSuite('test/server');
}

if (!only || only === 'package') {
  // The packed kit in a scratch project (strict TS, React, Vite size, SSR) and every element on a
  // page under a strict Content-Security-Policy.
  console.log('> node --test test/package (the packed kit as a user installs it; strict CSP page)');
  await nodeSuite('test/package');
}

if (!only && !process.argv.slice(2).length) {
  // Coverage of all of it, every source file listed, against thresholds (one more check).
  console.log('> coverage (browser: web-test-runner; server: c8 over the server processes)');
  spawnSync('node_modules/.bin/c8', ['report', '--temp-directory', 'coverage/server-v8', '--reports-dir', 'coverage/server', '--reporter', 'lcovonly', '--src', '.', '--exclude-after-remap', '--include', 'server/**', '--include', 'src/**'], { stdio: 'inherit' });
  const { coverageReport } = await import('./coverage.mjs');
  const { ok, text } = coverageReport();
  console.log(text);
  if (ok) counts.passed++;
  else {
    counts.failed++;
    console.log('coverage: below the threshold (scripts/coverage.mjs)');
  }
}

console.log(`\nnpm test: ${counts.passed} passed, ${counts.failed} failed`);
process.exitCode = status || (counts.failed ? 1 : 0);
