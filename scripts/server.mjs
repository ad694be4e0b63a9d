// `npm run server`: the reference server (server/) on a local PostgreSQL. Builds server/ with
// Vite (SSR, deps external) into .server/, starts PostgreSQL (kept in /tmp/lead-kit-pg-54331
// between runs) unless DATABASE_URL is given, and runs it on PORT (default 8787).
import { spawn } from 'node:child_process';
import { build } from 'vite';
import { startPostgres } from './pg.mjs';

/** Builds server/main.ts into .server/main.js. */
export async function buildServer() {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { ssr: 'server/main.ts', outDir: '.server', emptyOutDir: true, target: 'node20', rollupOptions: { external: ['pg'] } },
  });
  return '.server/main.js';
}

/** Starts the built server; resolves with its URL once /health answers. */
export async function startServer({ databaseUrl, port = 8787, env = {} }) {
  const child = spawn(process.execPath, ['.server/main.js'], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), ...env } });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/health`)).ok) {
        const exited = new Promise((r) => child.once('exit', r));
        return { url, child, stop: () => (child.kill('SIGTERM'), Promise.race([exited, new Promise((r) => setTimeout(r, 3000))])) };
      }
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
  const { url } = await startServer({ databaseUrl, port: Number(process.env.PORT ?? 8787) });
  console.log(`> ${url} (PostgreSQL ${databaseUrl}); Ctrl+C stops the server (PostgreSQL keeps running: pg_ctl -D /tmp/lead-kit-pg-54331 stop)`);
}
