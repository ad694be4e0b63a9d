import type { DataAdapter } from '../../src/adapters/adapter.js';

/**
 * The domain's reference case: campaign A gathers leads L1..L100; L91..L100 are converted into
 * opportunities O1..O10 (amounts 1,000..10,000; O1..O5 won). L1..L20 responded. Costs: budgeted
 * 10,000, actual 5,000.
 */
export async function seedReferenceCase(adapter: DataAdapter): Promise<void> {
  await adapter.saveCampaign({ id: 'A', name: 'Campaign A', type: 'email', budgetedCost: 10000, actualCost: 5000, expectedRevenue: 20000, expectedResponse: 25 });
  const rows = Array.from({ length: 100 }, (_, i) => ({ email: `l${i + 1}@example.com`, lastName: `L${i + 1}`, company: `Company ${i + 1}` }));
  await adapter.importLeads({ campaignId: 'A' }, rows);
  const first = await adapter.pageMembers({ campaignId: 'A', sort: 'email', limit: 500 });
  const responders = first.items.filter((m) => Number(m.person.email!.match(/\d+/)![0]) <= 20);
  await adapter.setMemberStatus({ campaignId: 'A', members: responders.map((m) => ({ id: m.id, version: m.version })), status: 'Responded' });
  for (let i = 91; i <= 100; i++) await convertWithOpportunity(adapter, `l${i}@example.com`, `O${i - 90}`, 1000 * (i - 90), i - 90 <= 5);
}

export async function convertWithOpportunity(adapter: DataAdapter, email: string, name: string, amount: number, won: boolean) {
  const ref = await adapter.findPersonByEmail(email);
  const lead = await adapter.getLead(ref!.id);
  return adapter.convertLead({
    leadId: lead.id,
    leadVersion: lead.version,
    account: { mode: 'new' },
    contact: { mode: 'new' },
    opportunity: { name, amount, closeDate: '2026-12-31', stage: won ? 'closed-won' : 'prospecting' },
  });
}
