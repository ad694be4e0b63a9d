// `npm run openapi`: regenerates docs/openapi.yaml from the route table and the zod schemas
// (server/openapi.ts), the TypeScript types of the contract (test/generated/openapi.d.ts, by
// openapi-typescript) and the readable reference docs/api.html (Redocly). Commit all three;
// `npm test` fails when they are stale.
import { spawnSync } from 'node:child_process';
import { buildServer } from './server.mjs';

const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
await buildServer();
run(process.execPath, ['.server/openapi.js', '--write']);
run('node_modules/.bin/openapi-typescript', ['docs/openapi.yaml', '--output', 'test/generated/openapi.d.ts']);
run('node_modules/.bin/redocly', ['build-docs', 'docs/openapi.yaml', '--output', 'docs/api.html']);
run('node_modules/.bin/redocly', ['lint', 'docs/openapi.yaml']);
