/**
 * Consent that stands up: every consent a person gives or withdraws is a record — the purpose,
 * the exact text shown, its version, when, on which page, how — kept in the order it happened.
 * Records are only ever added: a later form that does not ask for a purpose adds nothing for it,
 * so a withdrawal stands until the person ticks that box again.
 */
import type { ConsentRecord, LeadFields } from '../model/person.js';

/** Records kept per person (the oldest go first past it). */
export const CONSENT_HISTORY = 200;
/** The purpose of a consent checkbox that names none. */
export const DEFAULT_PURPOSE = 'contact';

/** The person's records with `incoming` added after them (undefined when there are none at all). */
export function withConsents(current: readonly ConsentRecord[] | undefined, incoming: readonly ConsentRecord[] | undefined): ConsentRecord[] | undefined {
  if (!incoming?.length) return current ? [...current] : undefined;
  const all = [...(current ?? []), ...incoming];
  return all.slice(Math.max(0, all.length - CONSENT_HISTORY));
}

/** Each purpose's standing consent: its latest record (by time; the later record on a tie). */
export function consentState(records: readonly ConsentRecord[] | undefined): Record<string, ConsentRecord> {
  const state: Record<string, ConsentRecord> = {};
  for (const r of records ?? []) if (!state[r.purpose] || state[r.purpose].at <= r.at) state[r.purpose] = r;
  return state;
}

/**
 * The records a set of lead fields brings: its `consents`, and a single `consent` (the older
 * shape: given, text, time) as the default purpose when no record already says it.
 */
export function incomingConsents(fields: Pick<LeadFields, 'consent' | 'consents'>, now: string): ConsentRecord[] {
  const records = [...(fields.consents ?? [])];
  const legacy = fields.consent;
  if (legacy?.given && !records.some((r) => r.purpose === DEFAULT_PURPOSE)) {
    records.push({ purpose: DEFAULT_PURPOSE, given: true, at: legacy.at ?? now, source: 'form', ...(legacy.text ? { text: legacy.text } : {}) });
  }
  return records;
}
