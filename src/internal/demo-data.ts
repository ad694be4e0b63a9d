import type { DataAdapter } from '../adapters/adapter.js';
import type { LeadFieldsInput } from '../model/person.js';

/**
 * Demo data shared by the demo pages, the stories and the tests: a few campaigns and people
 * whose names use several scripts (Latin with diacritics, Cyrillic, Vietnamese, Romanian).
 */
const FIRST = ['Ana', 'Олена', 'Nguyễn', 'Ștefan', 'Marie', 'Дмитрий', 'Trần', 'Ioana', 'Lucas', 'Тарас', 'Phạm', 'Élodie', 'Andrei', 'Ірина', 'Camille', 'Lê', 'Mihai', 'Наталья', 'Hoàng', 'Julien', 'Оксана', 'Elena', 'Vũ', 'Chloé'];
const LAST = ['Popescu', 'Шевченко', 'Văn An', 'Țurcanu', 'Lefèvre', 'Иванов', 'Thị Mai', 'Ionescu', 'Martin', 'Коваленко', 'Quang Huy', 'Dubois', 'Moreau', 'Бондаренко', 'Minh Châu', 'Rusu', 'Dumitrescu', 'Петренко', 'Bernard', 'Ngọc Lan', 'Смирнова', 'Girard', 'Stoica', 'Мельник'];
const COMPANIES = ['Acme', 'ТОВ «Світанок»', 'Công ty Sao Mai', 'Dacia Soft', 'Lumière SA', 'ООО «Вектор»', 'Globex', 'Initech'];

function withSecondSurname(last: string, round: number): string {
  return round === 0 ? last : `${last}-${LAST[(round * 5) % LAST.length]}`;
}

/** `n` demo people with unique emails. */
export function demoPeople(n: number, prefix = 'person'): LeadFieldsInput[] {
  return Array.from({ length: n }, (_, i) => ({
    firstName: FIRST[i % FIRST.length],
    // Every (first, last) pair once before any repeats; then double-barrelled surnames.
    lastName: withSecondSurname(LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length], Math.floor(i / (FIRST.length * LAST.length))),
    email: `${prefix}${i + 1}@example.com`,
    company: COMPANIES[i % COMPANIES.length],
    source: 'import' as const,
  }));
}

/**
 * Seeds campaigns A (email, `audience` recipients), W (webinar), E (event with registrants)
 * unless already there.
 */
export async function seedDemoData(adapter: DataAdapter, options: { registrants?: number; audience?: number } = {}): Promise<void> {
  const existing = await adapter.listCampaigns();
  if (existing.some((c) => c.id === 'A')) return;
  await adapter.saveCampaign({ id: 'A', name: 'Spring newsletter', type: 'email', status: 'active', budgetedCost: 2000, actualCost: 1500, startDate: '2026-03-01', endDate: '2026-05-31' });
  await adapter.saveCampaign({ id: 'W', name: 'Product webinar', type: 'webinar', status: 'planned', budgetedCost: 800, startDate: '2026-12-10' });
  await adapter.saveCampaign({ id: 'E', name: 'Kyiv Marketing Summit', type: 'event', status: 'active', budgetedCost: 15000, actualCost: 12400, expectedRevenue: 90000, startDate: '2026-11-28', endDate: '2026-11-29' });
  await adapter.importLeads({ campaignId: 'A', source: 'import' }, demoPeople(options.audience ?? 40));
  await adapter.importLeads({ campaignId: 'E', status: 'Registered', source: 'event' }, demoPeople(options.registrants ?? 300, 'guest'));
  for (const [i, p] of demoPeople(12).entries()) {
    if (i % 3 === 0) await adapter.submitLead({ submissionId: `demo-response-${i}`, campaignId: 'A', lead: { ...p, email: p.email! } });
  }
}
