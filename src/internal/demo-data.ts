import type { DataAdapter } from '../adapters/adapter.js';
import type { LeadFieldsInput } from '../model/person.js';

/**
 * Demo data shared by the demo pages, the stories and the bench: people named as their own
 * culture names them (Ukrainian and Russian in Cyrillic, Romanian, French, Vietnamese with the
 * family name as `lastName`), at companies of their country, in an order where a screen sorted
 * by name shows several cultures and surnames.
 */
interface Culture {
  given: string[];
  family: string[];
  companies: string[];
}
const CULTURES: Culture[] = [
  { given: ['Олена', 'Тарас', 'Ірина', 'Андрій', 'Оксана', 'Богдан'], family: ['Шевченко', 'Коваленко', 'Бондаренко', 'Мельник', 'Ткаченко', 'Кравчук', 'Олійник', 'Лисенко', 'Гончаренко', 'Савченко', 'Руденко', 'Марченко'], companies: ['ТОВ «Світанок»', 'ТОВ «Кобзар Діджитал»'] },
  { given: ['Ștefan', 'Ioana', 'Andrei', 'Elena', 'Mihai', 'Cristina'], family: ['Popescu', 'Ionescu', 'Țurcanu', 'Dumitrescu', 'Rusu', 'Stoica', 'Munteanu', 'Constantinescu', 'Barbu', 'Ene', 'Florea', 'Lazăr'], companies: ['Dacia Soft', 'Carpați Media'] },
  { given: ['Văn An', 'Thị Mai', 'Quang Huy', 'Minh Châu', 'Ngọc Lan', 'Đức Anh'], family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'], companies: ['Công ty Sao Mai', 'Công ty Hòa Bình'] },
  { given: ['Marie', 'Lucas', 'Élodie', 'Camille', 'Julien', 'Chloé'], family: ['Lefèvre', 'Martin', 'Dubois', 'Moreau', 'Bernard', 'Girard', 'Laurent', 'Fontaine', 'Roux', 'Chevalier', 'Garnier', 'Faure'], companies: ['Lumière SA', 'Atelier Nord'] },
  // Russian surnames agree with the person: pairs, not a cross product.
  { given: ['Дмитрий', 'Наталья', 'Алексей', 'Мария', 'Сергей', 'Анна'], family: [], companies: ['ООО «Вектор»', 'ООО «Полярис»'] },
];
const RUSSIAN = ['Иванов', 'Смирнова', 'Кузнецов', 'Попова', 'Соколов', 'Лебедева', 'Волков', 'Морозова'];
const SHARED_COMPANIES = ['Acme', 'Globex', 'Initech'];

/** Person `i`'s culture, given and family name: every pair of a culture once before any repeats. */
function nameOf(i: number): { firstName: string; lastName: string; company: string } {
  const culture = CULTURES[i % CULTURES.length];
  const k = Math.floor(i / CULTURES.length);
  const g = k % 6;
  const round = Math.floor(k / (6 * (culture.family.length || RUSSIAN.length)));
  const company = k % 4 === 3 ? SHARED_COMPANIES[k % SHARED_COMPANIES.length] : culture.companies[k % culture.companies.length];
  if (!culture.family.length) {
    // Russian: the surname takes the gender of the given name (the lists alternate m/f).
    const base = RUSSIAN[(k + Math.floor(k / 6)) % RUSSIAN.length];
    const female = g % 2 === 1;
    const family = female === /[ая]$/.test(base) ? base : female ? `${base}а` : base.replace(/а$/, '');
    return { firstName: culture.given[g], lastName: round ? `${family}-${RUSSIAN[round % RUSSIAN.length]}` : family, company };
  }
  // (g + 7m) mod 12 over m = 0..11 meets every surname (7 and 12 are coprime): all 72 pairs before a repeat.
  const family = culture.family[(k + Math.floor(k / 6)) % culture.family.length];
  const second = culture.family[(round * 3) % culture.family.length];
  return { firstName: culture.given[g], lastName: round ? `${family}-${second}` : family, company };
}

/** `n` demo people with unique emails. */
export function demoPeople(n: number, prefix = 'person'): LeadFieldsInput[] {
  return Array.from({ length: n }, (_, i) => ({ ...nameOf(i), email: `${prefix}${i + 1}@example.com`, source: 'import' as const }));
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
