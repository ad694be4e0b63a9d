// `npm run contract -- --base-url https://leads.example.com --key <provisioning key>`: runs the
// DataAdapter contract suite (test/adapters/contract.ts through the RestAdapter) against any
// backend that implements docs/openapi.yaml, through the validating proxy, so every answer is also
// checked against the document. The suite needs a fresh tenant per test: the backend's test
// deployment offers `POST /__keys` (body `{ "kind": "secret" | "publishable", "tenant"?: string }`,
// authorized with the key given here) answering 201 `{ "key", "tenant", "id" }`.
import { spawn } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';
import { startContractProxy } from './contract-proxy.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
};
const baseUrl = arg('base-url');
const key = arg('key');
if (!baseUrl || !key) {
  console.error('usage: npm run contract -- --base-url <url> --key <provisioning key>');
  process.exit(2);
}
process.env.CHROME_PATH ??= ensureChromium();
const proxy = await startContractProxy({ target: baseUrl });
process.env.LEAD_KIT_TEST = JSON.stringify({ server: baseUrl.replace(/\/$/, ''), contract: proxy.url, provisioningKey: key });
process.env.LEAD_KIT_GREP = 'DataAdapter contract: REST|REST adapter and server: HTTP semantics|docs/openapi.yaml against the answers';
console.log(`> contract suite against ${baseUrl} (answers checked against docs/openapi.yaml by ${proxy.url})`);
const code = await new Promise((resolve) => {
  const child = spawn('node_modules/.bin/wtr', ['--config', 'web-test-runner.config.mjs', '--files', 'test/adapters/rest.test.ts'], { stdio: 'inherit' });
  child.on('exit', (c) => resolve(c ?? 1));
});
const { violations, responses } = proxy.report();
console.log(`> ${responses} answers checked, ${violations.length} violation(s) of docs/openapi.yaml`);
for (const v of violations.slice(0, 20)) console.log(JSON.stringify(v));
await proxy.stop();
process.exit(code || (violations.length ? 1 : 0));
