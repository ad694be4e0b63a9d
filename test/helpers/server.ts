/** Where `npm test` (scripts/test.mjs) or `npm run contract` started the servers the REST and connector tests use. */
const started =
  (globalThis as { LEAD_KIT_TEST?: { server?: string; strict?: string; stubs?: string; contract?: string; provisioningKey?: string } }).LEAD_KIT_TEST ?? {};

/** The Lead Kit server on PostgreSQL (planned faults enabled, no rate limit). */
export const TEST_SERVER = started.server ?? 'http://127.0.0.1:8790';
/**
 * The same server behind the contract proxy (scripts/contract-proxy.mjs): every answer is checked
 * against docs/openapi.yaml; `${CONTRACT_SERVER}/__contract` reports the violations.
 */
export const CONTRACT_SERVER = started.contract ?? TEST_SERVER;
/** A second instance on the same database: 5 lead submissions per second per key and client address. */
export const STRICT_SERVER = started.strict ?? 'http://127.0.0.1:8792';
/** Local stand-ins for Salesforce Web-to-Lead and HubSpot Forms (scripts/crm-stubs.mjs). */
export const CRM_STUBS = started.stubs ?? 'http://127.0.0.1:8791';
/** True when `npm run contract` runs the suite against another team's backend. */
export const EXTERNAL = !!started.provisioningKey;

/**
 * A new API key for a new tenant (unless one is named): every test gets a dataset of its own.
 * Our server mints it through a test-only route (LEAD_KIT_FAULTS=1); another backend offers the
 * same route in its test deployment, authorized with the key given to `npm run contract`.
 */
export async function testKey(kind: 'secret' | 'publishable' = 'secret', tenant?: string, origins?: string[]): Promise<{ key: string; tenant: string; id: string }> {
  const r = await fetch(`${TEST_SERVER}/__keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(started.provisioningKey ? { authorization: `Bearer ${started.provisioningKey}` } : {}) },
    body: JSON.stringify({ kind, tenant, origins }),
  });
  if (r.status !== 201) throw new Error(`minting a test key: HTTP ${r.status}`);
  return r.json();
}
