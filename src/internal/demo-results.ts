import type { DataAdapter } from '../adapters/adapter.js';

/**
 * Results for the demo data: a parent program P over campaigns A and E, some responses,
 * responses to several campaigns, conversions and won opportunities. Run after seedDemoData;
 * idempotent.
 */
export async function seedDemoResults(adapter: DataAdapter): Promise<void> {
  const campaigns = await adapter.listCampaigns();
  if (campaigns.some((c) => c.id === 'P')) return;
  await adapter.saveCampaign({ id: 'P', name: 'Spring program 2026', type: 'other', budgetedCost: 5000, actualCost: 3000, startDate: '2026-02-01' });
  for (const id of ['A', 'E']) {
    const c = await adapter.getCampaign(id);
    await adapter.saveCampaign({ ...c, parentId: 'P' });
  }
  const { items } = await adapter.pageMembers({ campaignId: 'E', limit: 40 });
  await adapter.setMemberStatus({ campaignId: 'E', members: items.slice(0, 30).map((m) => ({ id: m.id, version: m.version })), status: 'Attended' });
  // Some of them had also read the newsletter and signed up for the webinar before their deal:
  // the deals' multi-touch influence (<campaign-influence>) spreads over several campaigns.
  for (const [i, email] of ['guest1@example.com', 'guest2@example.com', 'person1@example.com'].entries()) {
    for (const campaignId of ['A', 'W']) await adapter.submitLead({ submissionId: `demo-touch-${campaignId}-${i}-0000`, campaignId, lead: { email } });
  }
  const plans: [string, string, number, boolean][] = [
    ['person1@example.com', 'A', 12000, true],
    ['person2@example.com', 'A', 8000, false],
    ['guest1@example.com', 'E', 30000, true],
    ['guest2@example.com', 'E', 18000, true],
    ['guest3@example.com', 'E', 9000, false],
  ];
  for (const [email, campaignId, amount, won] of plans) {
    const ref = await adapter.findPersonByEmail(email);
    if (!ref || ref.type !== 'lead') continue;
    const lead = await adapter.getLead(ref.id);
    await adapter.convertLead({
      leadId: lead.id,
      leadVersion: lead.version,
      account: { mode: 'new' },
      contact: { mode: 'new' },
      opportunity: { name: `${lead.company ?? 'Deal'} - ${lead.lastName ?? email}`, amount, closeDate: '2026-12-15', stage: won ? 'closed-won' : 'proposal', primaryCampaignId: campaignId },
    });
  }
}
