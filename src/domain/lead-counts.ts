/**
 * The workspace's lead counter, kept in the same commit as every lead write (ChangeBuilder counts
 * each lead it creates or updates); the lead management report (lead-report.ts) reads it, never
 * the leads.
 *
 * Counted per lead, in UTC:
 * - `n|<source>|<status>|<rating or ->`: leads by source, status and rating;
 * - `created|<day>|<source>`: leads created that day from that source;
 * - `converted|<month created>|<source>|<rating or ->|<whole days from created to converted>`.
 *
 * A lead counts once, as it is now: a change of status, rating or source moves it (−1 where it
 * was, +1 where it is), so a report always adds up to the workspace's leads.
 */
import { addCounterDeltas, type ChangeSet } from './change-set.js';
import type { Lead } from '../model/person.js';

/** The workspace's lead counter (the server keeps it apart from the campaigns' counters). */
export const LEAD_REPORT_KEY = 'workspace:leads';

/** What the report counts of a lead. */
export type CountedLead = Pick<Lead, 'source' | 'status' | 'rating' | 'createdAt' | 'convertedAt'>;

export const DAY = 86_400_000;

/** The UTC day of an instant, `YYYY-MM-DD`. */
export const utcDay = (instant: string): string => new Date(instant).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (0 the same 24 hours; never negative). */
export function wholeDays(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / DAY));
}

/** The metrics a lead adds to the counter. */
export function leadMetrics(lead: CountedLead): string[] {
  const day = utcDay(lead.createdAt);
  const rating = lead.rating ?? '-';
  const metrics = [`n|${lead.source}|${lead.status}|${rating}`, `created|${day}|${lead.source}`];
  if (lead.convertedAt) metrics.push(`converted|${day.slice(0, 7)}|${lead.source}|${rating}|${wholeDays(lead.createdAt, lead.convertedAt)}`);
  return metrics;
}

/** Adds to `changes` what writing a lead changes in the counter (`before` absent: created). */
export function countLeadChange(changes: ChangeSet, before: CountedLead | undefined, after: CountedLead | undefined): void {
  const deltas: Record<string, number> = {};
  for (const m of before ? leadMetrics(before) : []) deltas[m] = (deltas[m] ?? 0) - 1;
  for (const m of after ? leadMetrics(after) : []) deltas[m] = (deltas[m] ?? 0) + 1;
  for (const [m, n] of Object.entries(deltas)) if (!n) delete deltas[m];
  if (Object.keys(deltas).length) addCounterDeltas(changes, LEAD_REPORT_KEY, deltas);
}
