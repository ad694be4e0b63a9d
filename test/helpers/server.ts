/** Where `npm test` (scripts/test.mjs) started the servers the REST and connector tests use. */
const started = (globalThis as { LEAD_KIT_TEST?: { server?: string; strict?: string; stubs?: string } }).LEAD_KIT_TEST ?? {};

/** The reference server on PostgreSQL (planned faults enabled, no rate limit). */
export const TEST_SERVER = started.server ?? 'http://127.0.0.1:8790';
/** A second instance on the same database: 5 lead submissions per second per key and client address. */
export const STRICT_SERVER = started.strict ?? 'http://127.0.0.1:8792';
/** Local stand-ins for Salesforce Web-to-Lead and HubSpot Forms (scripts/crm-stubs.mjs). */
export const CRM_STUBS = started.stubs ?? 'http://127.0.0.1:8791';

/**
 * A new API key on the test servers (a test-only route of the server started with
 * LEAD_KIT_FAULTS=1), for a new tenant unless one is named: every test gets a dataset of its own.
 */
export async function testKey(kind: 'secret' | 'publishable' = 'secret', tenant?: string, origins?: string[]): Promise<{ key: string; tenant: string; id: string }> {
  const r = await fetch(`${TEST_SERVER}/__keys`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind, tenant, origins }) });
  if (r.status !== 201) throw new Error(`minting a test key: HTTP ${r.status}`);
  return r.json();
}
