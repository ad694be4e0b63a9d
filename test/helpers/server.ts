/** Where `npm test` (scripts/test.mjs) started the servers the REST and connector tests use. */
const started = (globalThis as { LEAD_KIT_TEST?: { server?: string; strict?: string; stubs?: string } }).LEAD_KIT_TEST ?? {};

/** The reference server on PostgreSQL (planned faults enabled, no rate limit). */
export const TEST_SERVER = started.server ?? 'http://127.0.0.1:8790';
/** A second instance: bearer token `test-token`, 5 submissions per second per client. */
export const STRICT_SERVER = started.strict ?? 'http://127.0.0.1:8792';
/** Local stand-ins for Salesforce Web-to-Lead and HubSpot Forms (scripts/crm-stubs.mjs). */
export const CRM_STUBS = started.stubs ?? 'http://127.0.0.1:8791';
