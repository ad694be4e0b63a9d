/**
 * `npm run keys -- <command>`: manage the server's API keys (DATABASE_URL names the database;
 * migrations are applied first).
 *
 *   create --tenant <name> --kind secret|publishable [--origin https://example.com]… [--label text]
 *       Creates a key and prints it once (only its hash is stored).
 *   list [--tenant <name>]      Every key: id, tenant, kind, origins, label, created, revoked.
 *   revoke <id>                 Revokes a key (all instances stop accepting it within 10 s).
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createKey, listKeys, revokeKey, type KeyKind } from './store/api-keys.js';
import { migrate } from './migrations/index.js';

const { values, positionals } = (() => {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: { tenant: { type: 'string' }, kind: { type: 'string' }, origin: { type: 'string', multiple: true }, label: { type: 'string' } },
    });
  } catch (error) {
    console.error(`keys: ${(error as Error).message}`);
    process.exit(2);
  }
})();
const [command, ...positional] = positionals;
const usage = `usage: npm run keys -- create --tenant <name> --kind secret|publishable [--origin <origin>]... [--label <text>]
       npm run keys -- list [--tenant <name>]
       npm run keys -- revoke <id>`;

if (!command || !['create', 'list', 'revoke'].includes(command)) {
  console.error(usage);
  process.exit(2);
}
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, connectionTimeoutMillis: 10_000 });
pool.on('error', () => {});
try {
  await migrate(pool);
  if (command === 'create') {
    const tenant = values.tenant;
    const kind = (values.kind ?? 'secret') as KeyKind;
    if (!tenant) throw new Error(`--tenant is required\n${usage}`);
    const { key, record } = await createKey(pool, { tenant, kind, origins: values.origin ?? [], label: values.label ?? '' });
    if (process.stdout.isTTY) {
      console.log(`Created a ${kind} key for tenant "${tenant}" (id ${record.id}${record.origins.length ? `, origins ${record.origins.join(' ')}` : ''}).`);
      console.log('Keep it now: it is not stored and cannot be shown again.');
    }
    console.log(key);
  } else if (command === 'list') {
    const list = await listKeys(pool, values.tenant);
    if (!list.length) console.log('No keys: the server is open to loopback only (development).');
    for (const k of list) {
      console.log([k.id, k.tenant, k.kind, k.origins.join(',') || '*', k.label || '-', k.createdAt, k.revokedAt ? `revoked ${k.revokedAt}` : 'active'].join('\t'));
    }
  } else {
    const id = positional[0];
    if (!id) throw new Error(`revoke needs a key id\n${usage}`);
    console.log((await revokeKey(pool, id)) ? `Revoked ${id}.` : `No active key ${id}.`);
  }
} catch (error) {
  console.error(`keys: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await pool.end();
}
