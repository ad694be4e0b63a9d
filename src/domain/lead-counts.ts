/**
 * The workspace's lead counter, kept in the same commit as every lead write (ChangeBuilder counts
 * each lead it creates or updates); the lead management report (lead-report.ts) reads it, never
 * the leads.
 *
 * Counted per lead, in UTC:
 * - `n|<source>|<status>|<rating or ->`: leads by source, status and rating;
 * - `created|<day>|<source>`: leads created that day from that source;
 * - `converted|<month created>|<source>|<rating or ->|<whole days from created to converted>`;
 * - `camp|<campaign>|<source>|<rating or ->`: leads a campaign created (`sourceCampaignId`), so
 *   its actual cost can be shared among their sources and ratings when the report is read;
 * - `deal|<source or ->|<rating or ->|<currency>|n` opportunities, `…|won` won ones and
 *   `…|wonCents` their amounts in cents: each opportunity by the source and rating of the lead it
 *   came from (`leadOrigin`, kept on it when it is created; `-` for a deal with no lead);
 * - `contacts`: the workspace's contacts (so a people list knows its length without reading them).
 *
 * A lead counts once, as it is now: a change of status, rating or source moves it (−1 where it
 * was, +1 where it is), so a report always adds up to the workspace's leads.
 */
import { addCounterDeltas, type ChangeSet } from './change-set.js';
import type { Lead } from '../model/person.js';
import type { Opportunity } from '../model/opportunity.js';

/** The workspace's lead counter (the server keeps it apart from the campaigns' counters). */
export const LEAD_REPORT_KEY = 'workspace:leads';

/** What the report counts of a lead. */
export type CountedLead = Pick<Lead, 'source' | 'status' | 'rating' | 'createdAt' | 'convertedAt' | 'sourceCampaignId'>;

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
  if (lead.sourceCampaignId) metrics.push(`camp|${lead.sourceCampaignId}|${lead.source}|${rating}`);
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

/** What an opportunity keeps of the lead it came from: its source and rating then. */
export function leadOrigin(lead: Partial<Pick<Lead, 'source' | 'rating'>> | undefined): Pick<Opportunity, 'source' | 'rating'> {
  return { ...(lead?.source ? { source: lead.source } : {}), ...(lead?.rating ? { rating: lead.rating } : {}) };
}

/** What the lead report counts of an opportunity. */
export type CountedDeal = Pick<Opportunity, 'source' | 'rating' | 'currency' | 'stage' | 'amount'>;

/** The metrics (and how much each) an opportunity adds to the counter. */
function dealMetrics(deal: CountedDeal): [string, number][] {
  const at = `deal|${deal.source ?? '-'}|${deal.rating ?? '-'}|${deal.currency}`;
  if (deal.stage !== 'closed-won') return [[`${at}|n`, 1]];
  return [[`${at}|n`, 1], [`${at}|won`, 1], [`${at}|wonCents`, Math.round((deal.amount ?? 0) * 100)]];
}

/** Adds to `changes` what writing an opportunity changes in the counter (`before` absent: created). */
export function countDealChange(changes: ChangeSet, before: CountedDeal | undefined, after: CountedDeal | undefined): void {
  const deltas: Record<string, number> = {};
  for (const [m, n] of before ? dealMetrics(before) : []) deltas[m] = (deltas[m] ?? 0) - n;
  for (const [m, n] of after ? dealMetrics(after) : []) deltas[m] = (deltas[m] ?? 0) + n;
  for (const [m, n] of Object.entries(deltas)) if (!n) delete deltas[m];
  if (Object.keys(deltas).length) addCounterDeltas(changes, LEAD_REPORT_KEY, deltas);
}

/** Adds to `changes` a contact created (the counter's `contacts`). */
export function countContactCreated(changes: ChangeSet): void {
  addCounterDeltas(changes, LEAD_REPORT_KEY, { contacts: 1 });
}
