/** The reference server on PostgreSQL that `npm test` starts (scripts/test.mjs). */
export const TEST_SERVER = 'http://127.0.0.1:8790';
