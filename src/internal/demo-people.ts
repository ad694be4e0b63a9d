import type { DataAdapter } from '../adapters/adapter.js';
import { leadRatings, leadSources } from '../model/person.js';
import { demoPeople } from './demo-data.js';

const COUNTRIES = ['Ukraine', 'Romania', 'Vietnam', 'France', 'Kazakhstan'];
const TITLES = ['Marketing Director', 'CTO', 'Office Manager', 'Head of Sales', 'Founder'];

/**
 * A workspace of `n` people for the people list's demo and stories: leads of every rating, source
 * and lead status from five countries (each culture's names at its own country's companies), and
 * every seventh converted into a contact with its account.
 */
export async function seedDemoPeopleList(adapter: DataAdapter, n = 60): Promise<void> {
  const statuses = ['open', 'working', 'qualified', 'unqualified'] as const;
  for (const [i, p] of demoPeople(n, 'people').entries()) {
    const lead = await adapter.createLead({
      ...p,
      country: COUNTRIES[i % COUNTRIES.length],
      title: TITLES[(i * 3) % TITLES.length],
      phone: `+380 44 ${String(100 + i).padStart(3, '0')} 12 ${String(10 + (i % 90)).padStart(2, '0')}`,
      source: leadSources[(i * 7) % leadSources.length],
      status: statuses[(i * 5) % statuses.length],
      employees: 10 + ((i * 37) % 900),
      ...(i % 4 === 3 ? {} : { rating: leadRatings[(i * 2) % leadRatings.length] }),
    });
    if (i % 7 === 6) await adapter.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' } });
  }
}
