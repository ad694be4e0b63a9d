import { LocalAdapter } from '../adapters/local/local-adapter.js';
import type { RecordStore } from '../adapters/local/record-store.js';
import type { LeadRating, LeadSource } from '../model/person.js';

const DAY = 86_400_000;
const SOURCES: LeadSource[] = ['web', 'web', 'web', 'event', 'event', 'referral', 'import', 'import', 'partner', 'advertisement', 'phone'];
const RATINGS: (LeadRating | undefined)[] = ['hot', 'warm', 'warm', 'cold', undefined, undefined];

/**
 * Leads of the last `weeks` weeks (for `<lead-report>`'s demo and stories): a few a day from
 * several sources, rated or not, some qualified, and about one in five converted days or weeks
 * after it was created — each written at its own time on `store`, through the adapter's rules.
 */
export async function seedDemoLeads(store: RecordStore, { weeks = 16, now = Date.now() } = {}): Promise<void> {
  let clock = now;
  const adapter = new LocalAdapter(store, { now: () => new Date(clock).toISOString() });
  const start = now - weeks * 7 * DAY;
  const conversions: [number, string][] = [];
  for (let i = 0; clock <= now; i++) {
    clock = start + Math.floor(i * 0.45 * DAY + ((i * 7919) % 13) * 3_600_000);
    if (clock > now) break;
    const source = SOURCES[(i * 7) % SOURCES.length];
    const rating = RATINGS[(i * 5) % RATINGS.length];
    const lead = await adapter.createLead({ lastName: `Lead ${i + 1}`, email: `lead${i + 1}@example.com`, company: `Company ${(i % 40) + 1}`, source, ...(rating ? { rating } : {}), ...(i % 9 === 4 ? { status: 'working' as const } : i % 11 === 6 ? { status: 'unqualified' as const } : {}) });
    const days = [2, 5, 9, 14, 30][i % 5];
    if ((rating === 'hot' && i % 2 === 0) || (source === 'referral' && i % 3 === 0) || i % 10 === 3) conversions.push([clock + days * DAY + 5 * 3_600_000, lead.id]);
  }
  for (const [at, id] of conversions.sort((a, b) => a[0] - b[0])) {
    if (at > now) continue;
    clock = at;
    const lead = await adapter.getLead(id);
    await adapter.convertLead({ leadId: id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' } });
  }
}
