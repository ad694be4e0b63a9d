/**
 * Random record ids (UUID v4). `crypto.randomUUID` is missing on plain-HTTP pages (not a
 * secure context), where landing pages still live, so fall back to `getRandomValues`.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * JSON of a value with every object's keys sorted (undefined values left out, as JSON does): the
 * same text for the same data whatever order its keys were written in. The one key-order-free
 * form: submission fingerprints here, Idempotency-Key fingerprints on the server.
 */
export function keyOrderJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  ) ?? 'null';
}

/** A stable fingerprint (FNV-1a, 32 bit, hex) of a JSON-able value with sorted keys. */
export function fingerprint(value: unknown): string {
  const json = keyOrderJson(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    h ^= json.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
