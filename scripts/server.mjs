// `npm run server`: the Lead Kit server (server/) on a local PostgreSQL. Builds server/ with
// Vite (SSR, deps external) into .server/, starts PostgreSQL (kept in /tmp/lead-kit-pg-54331
// between runs) unless DATABASE_URL is given, and runs it on PORT (default 8787).
// `npm run keys -- create|list|revoke …`: the server's API keys, on the same database.
import { spawn, spawnSync } from 'node:child_process';
import { build } from 'vite';
import { startPostgres } from './pg.mjs';

/**
 * Builds server/main.ts, server/cli.ts (keys) and server/openapi-cli.ts into .server/, the app
 * itself (app.js: `buildApp`, for in-process tests with `inject()`), and the route table
 * (routes.js) that the access tests walk.
 */
export async function buildServer() {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: '.server',
      emptyOutDir: true,
      target: 'node20',
      sourcemap: true, // coverage of the server maps back to server/ and src/
      rollupOptions: { input: { main: 'server/main.ts', app: 'server/app.ts', cli: 'server/cli.ts', openapi: 'server/openapi-cli.ts', routes: 'src/adapters/rest/routes.ts' }, external: ['pg'], output: { entryFileNames: '[name].js' } },
    },
  });
  return '.server/main.js';
}

/** Runs the keys command of the built server (`args`: create --tenant … --kind …); returns its stdout. */
export function keysCommand(databaseUrl, args) {
  const coverage = process.env.LEAD_KIT_SERVER_COVERAGE ? { NODE_V8_COVERAGE: process.env.LEAD_KIT_SERVER_COVERAGE } : {};
  const r = spawnSync(process.execPath, ['.server/cli.js', ...args], { env: { ...process.env, ...coverage, DATABASE_URL: databaseUrl }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`keys ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout.trim();
}

/**
 * Starts the built server; resolves with its URL once `/health/<wait>` answers 200 (`ready`:
 * PostgreSQL reachable and migrated; `live`: the process listens). `stdio: 'pipe'` collects its
 * log lines in `logs`.
 */
export async function startServer({ databaseUrl, port = 8787, env = {}, stdio = 'inherit', wait = 'ready' }) {
  const child = spawn(process.execPath, ['.server/main.js'], {
    stdio: ['ignore', stdio, stdio],
    env: {
      LOG_LEVEL: 'warn',
      ...process.env,
      // npm test collects the server's coverage (scripts/coverage.mjs).
      ...(process.env.LEAD_KIT_SERVER_COVERAGE ? { NODE_V8_COVERAGE: process.env.LEAD_KIT_SERVER_COVERAGE } : {}),
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      ...env,
    },
  });
  const logs = [];
  if (stdio === 'pipe') for (const s of [child.stdout, child.stderr]) s.on('data', (d) => logs.push(...String(d).split('\n').filter(Boolean)));
  const exited = new Promise((r) => child.once('exit', (code, signal) => r(code ?? signal)));
  const url = `http://127.0.0.1:${port}`;
  const handle = { url, child, logs, exited, stop: () => (child.kill('SIGTERM'), Promise.race([exited, new Promise((r) => setTimeout(r, 15000))])) };
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw Object.assign(new Error(`the server exited (${child.exitCode}): ${logs.join('\n')}`), { handle });
    try {
      if ((await fetch(`${url}/health/${wait}`)).ok) return handle;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('the server did not start');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const databaseUrl = process.env.DATABASE_URL ?? startPostgres({ port: 54331, keep: true, fsync: true }).url;
  await buildServer();
  if (process.argv[2] === 'keys') {
    const r = spawnSync(process.execPath, ['.server/cli.js', ...process.argv.slice(3)], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: databaseUrl } });
    process.exit(r.status ?? 1);
  }
  const { url } = await startServer({ databaseUrl, port: Number(process.env.PORT ?? 8787), env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' } });
  console.log(`> ${url} (PostgreSQL ${databaseUrl}); Ctrl+C stops the server (PostgreSQL keeps running: pg_ctl -D /tmp/lead-kit-pg-54331 stop)`);
}
