// A throwaway PostgreSQL cluster on loopback, for `npm test`, `npm run bench` and `npm run server`:
// finds Debian's server binaries (apt-installs `postgresql` when missing and running as root),
// initializes a cluster in /tmp, starts it on a port, and stops it. As root, PostgreSQL runs as
// the `postgres` user (it refuses to run as root).
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

const isRoot = process.getuid?.() === 0;

function findBin() {
  if (process.env.PG_BIN && existsSync(`${process.env.PG_BIN}/initdb`)) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(`${root}/${v}/bin/initdb`)).sort((a, b) => Number(b) - Number(a));
    if (versions.length) return `${root}/${versions[0]}/bin`;
  }
  return undefined;
}

/** The directory of PostgreSQL's server programs, installing Debian's package if needed. */
export function ensurePostgres() {
  let bin = findBin();
  if (!bin && isRoot) {
    console.log('> installing PostgreSQL (apt-get install postgresql)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env });
    bin = findBin();
  }
  if (!bin) throw new Error('PostgreSQL server programs not found: install Debian\'s "postgresql" package or set PG_BIN');
  return bin;
}

/** True when the cluster in `dir` is up (`pg_ctl status`). */
function running(bin, dir) {
  try {
    run(bin, 'pg_ctl', ['-D', dir, 'status'], { quiet: true });
    return true;
  } catch {
    return false;
  }
}

function run(bin, program, args, options = {}) {
  const cmd = isRoot ? 'runuser' : `${bin}/${program}`;
  const argv = isRoot ? ['-u', 'postgres', '--', `${bin}/${program}`, ...args] : args;
  return execFileSync(cmd, argv, { stdio: options.quiet ? 'pipe' : 'inherit', ...options });
}

/**
 * Starts a fresh cluster on `port` (data in /tmp, deleted first unless `keep`; a throwaway one is
 * stopped and deleted when this process ends). Returns the connection URL and a stop function.
 * `fsync` off for tests (a crash loses nothing we need).
 */
export function startPostgres({ port = 54329, keep = false, fsync = false } = {}) {
  const bin = ensurePostgres();
  const dir = `/tmp/lead-kit-pg-${port}`;
  const stop = () => {
    try {
      run(bin, 'pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop'], { quiet: true });
    } catch {
      /* not running */
    }
  };
  const opts = `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200${fsync ? '' : ' -c fsync=off -c synchronous_commit=off'}`;
  const start = () => run(bin, 'pg_ctl', ['-D', dir, '-o', opts, '-l', `${dir}/server.log`, '-w', 'start'], { quiet: true });
  // For fault tests: a restart as an operator does it (`pg_ctl restart -m fast`: sessions are cut).
  // Async, so a test's clients keep running while PostgreSQL goes down and comes back.
  const restart = () =>
    new Promise((resolve, reject) => {
      const args = ['-D', dir, '-o', opts, '-l', `${dir}/server.log`, '-m', 'fast', '-w', 'restart'];
      execFile(isRoot ? 'runuser' : `${bin}/pg_ctl`, isRoot ? ['-u', 'postgres', '--', `${bin}/pg_ctl`, ...args] : args, (e) => (e ? reject(e) : resolve()));
    });
  const url = `postgres://leadkit@127.0.0.1:${port}/postgres`;
  // A kept cluster that is already running (npm run server, then npm run keys) is used as it is.
  if (keep && existsSync(`${dir}/postmaster.pid`) && running(bin, dir)) return { url, stop, start, restart };
  stop();
  if (!keep) rmSync(dir, { recursive: true, force: true });
  if (!existsSync(`${dir}/PG_VERSION`)) {
    mkdirSync(dir, { recursive: true });
    if (isRoot) execFileSync('chown', ['postgres:postgres', dir]);
    // Sorting in C (the schema names its collations); character classes in UTF-8, so pg_trgm
    // counts Cyrillic letters as letters and indexes Cyrillic words (under C it drops them).
    run(bin, 'initdb', ['-D', dir, '-U', 'leadkit', '--auth=trust', '-E', 'UTF8', '--locale=C', '--lc-ctype=C.UTF-8'], { quiet: true });
  }
  start();
  if (!keep) goesWithProcess(dir, stop);
  return { url, stop, start, restart };
}

/**
 * Throwaway clusters (data dir → stop) of this process. One goes with the process that started
 * it, its data directory too: pg_ctl puts PostgreSQL in its own session, so a test run stopped by
 * Ctrl+C or `timeout` would otherwise leave it running, and every test file's cluster (~45 MB)
 * would stay in /tmp (hundreds of runs had left 22 GB). The signal's own effect follows when
 * nothing else handles it (a script that does exits itself).
 */
const throwaway = new Map();
function goesWithProcess(dir, stop) {
  if (!throwaway.size) {
    process.once('exit', removeThrowaways);
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.once(signal, () => {
        removeThrowaways();
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    }
  }
  throwaway.set(dir, stop);
}
function removeThrowaways() {
  for (const [dir, stop] of throwaway) {
    stop();
    rmSync(dir, { recursive: true, force: true });
  }
  throwaway.clear();
}
