import { LocalAdapter } from '../adapters/local/local-adapter.js';
import type { RecordStore } from '../adapters/local/record-store.js';
import type { LeadRating, LeadSource } from '../model/person.js';

const DAY = 86_400_000;
const SOURCES: LeadSource[] = ['web', 'web', 'web', 'event', 'event', 'referral', 'import', 'import', 'partner', 'advertisement', 'phone'];
const RATINGS: (LeadRating | undefined)[] = ['hot', 'warm', 'warm', 'cold', undefined, undefined];

/**
 * Leads of the last `weeks` weeks (for `<lead-report>`'s demo and stories): a few a day from
 * several sources, rated or not, some qualified, and about one in five converted days or weeks
 * after it was created, most into a deal (half of them won) — each written at its own time on
 * `store`, through the adapter's rules.
 */
export async function seedDemoLeads(store: RecordStore, { weeks = 16, now = Date.now() } = {}): Promise<void> {
  let clock = now;
  const adapter = new LocalAdapter(store, { now: () => new Date(clock).toISOString() });
  const firstDay = Math.floor(now / DAY) - weeks * 7 + 1;
  await adapter.saveCampaign({ id: 'DEMO-EXPO', name: 'Autumn trade show', type: 'trade-show', actualCost: 18_000 });
  await adapter.saveCampaign({ id: 'DEMO-ADS', name: 'Search ads', type: 'advertisement', actualCost: 4_200 });
  await adapter.saveCampaign({ id: 'DEMO-WEB', name: 'Website forms', type: 'email', actualCost: 1_500 });
  const conversions: [number, string][] = [];
  let i = 0;
  for (let day = firstDay; day * DAY <= now; day++) {
    const age = day - firstDay;
    const weekday = new Date(day * DAY).getUTCDay();
    // More on weekdays, slowly growing, and a trade-show week five weeks ago.
    const count = (weekday === 0 || weekday === 6 ? 0 : 2) + Math.floor(age / 30) + (Math.floor((now / DAY - day) / 7) === 5 ? 4 : 0) + (age % 3 === 0 ? 1 : 0);
    for (let k = 0; k < count; k++, i++) {
      clock = day * DAY + (8 + ((i * 5) % 10)) * 3_600_000 + k * 60_000;
      if (clock > now) break;
      const source = Math.floor((now / DAY - day) / 7) === 5 && k > 1 ? 'event' : SOURCES[(i * 7) % SOURCES.length];
      const rating = RATINGS[(i * 5) % RATINGS.length];
      const status = i % 9 === 4 ? ('working' as const) : i % 11 === 6 ? ('unqualified' as const) : i % 13 === 2 ? ('qualified' as const) : undefined;
      const fields = { lastName: `Lead ${i + 1}`, email: `lead${i + 1}@example.com`, company: `Company ${(i % 40) + 1}`, source, ...(rating ? { rating } : {}), ...(status ? { status } : {}) };
      // Event, advertising and most web leads come through a campaign with a cost; the rest are entered by hand.
      const campaignId = source === 'event' ? 'DEMO-EXPO' : source === 'advertisement' ? 'DEMO-ADS' : source === 'web' && i % 3 ? 'DEMO-WEB' : undefined;
      const lead = campaignId
        ? await adapter.getLead((await adapter.submitLead({ submissionId: `demo-lead-${i}-000000`, campaignId, source, lead: fields })).person.id)
        : await adapter.createLead(fields);
      // Hot leads and referrals convert more often and sooner.
      const h = (i * 7919) % 100;
      const days = rating === 'hot' ? [2, 3, 6, 10][h % 4] : source === 'referral' ? [4, 8, 12][h % 3] : [9, 16, 30][h % 3];
      if ((rating === 'hot' && h < 45) || (source === 'referral' && h < 40) || (rating === 'warm' && h < 20) || h < 8) conversions.push([clock + days * DAY + 5 * 3_600_000, lead.id]);
    }
  }
  // Most conversions become a deal; about half of the deals are won by now.
  for (const [k, [at, id]] of conversions.sort((a, b) => a[0] - b[0]).entries()) {
    if (at > now) continue;
    clock = at;
    const lead = await adapter.getLead(id);
    const opportunity = k % 4 === 3 ? undefined : { name: `${lead.company} deal`, amount: 1500 + ((k * 3769) % 24) * 500, closeDate: '2027-03-31', stage: k % 2 ? ('closed-won' as const) : ('proposal' as const) };
    await adapter.convertLead({ leadId: id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' }, ...(opportunity ? { opportunity } : {}) });
  }
}
