import type { DataAdapter } from '../adapters/adapter.js';
import type { LeadFieldsInput } from '../model/person.js';

/**
 * Demo data shared by the demo pages, the stories and the bench: people named as their own
 * culture names them (Ukrainian and Russian in Cyrillic, Romanian, French, Vietnamese with the
 * family name as `lastName`), at companies of their country; consecutive people are of different
 * cultures, so a screen in import order (the demo lists newest first) mixes them.
 */
interface Culture {
  given: string[];
  family: string[];
  companies: string[];
}
const CULTURES: Culture[] = [
  {
    given: ['Олена', 'Тарас', 'Ірина', 'Андрій', 'Оксана', 'Богдан', 'Наталія', 'Максим', 'Юлія', 'Остап', 'Христина', 'Назар'],
    family: ['Шевченко', 'Коваленко', 'Бондаренко', 'Мельник', 'Ткаченко', 'Кравчук', 'Олійник', 'Лисенко', 'Гончаренко', 'Савченко', 'Руденко', 'Марченко', 'Бойко', 'Захарчук', 'Поліщук', 'Яковенко', 'Гнатюк'],
    companies: ['ТОВ «Світанок»', 'ТОВ «Кобзар Діджитал»'],
  },
  {
    given: ['Ștefan', 'Ioana', 'Andrei', 'Elena', 'Mihai', 'Cristina', 'Bogdan', 'Ana-Maria', 'Radu', 'Alexandra', 'Vlad', 'Simona'],
    family: ['Popescu', 'Ionescu', 'Țurcanu', 'Dumitrescu', 'Rusu', 'Stoica', 'Munteanu', 'Constantinescu', 'Barbu', 'Ene', 'Florea', 'Lazăr', 'Matei', 'Nistor', 'Oprea', 'Vasilescu', 'Cristea'],
    companies: ['Dacia Soft', 'Carpați Media'],
  },
  {
    given: ['Văn An', 'Thị Mai', 'Quang Huy', 'Minh Châu', 'Ngọc Lan', 'Đức Anh', 'Thu Trang', 'Hoàng Nam', 'Bảo Ngọc', 'Tuấn Kiệt', 'Phương Linh', 'Gia Bảo'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Phan', 'Huỳnh', 'Võ', 'Trịnh'],
    companies: ['Công ty Sao Mai', 'Công ty Hòa Bình'],
  },
  {
    given: ['Marie', 'Lucas', 'Élodie', 'Camille', 'Julien', 'Chloé', 'Antoine', 'Manon', 'Hugo', 'Léa', 'Mathis', 'Inès'],
    family: ['Lefèvre', 'Martin', 'Dubois', 'Moreau', 'Bernard', 'Girard', 'Laurent', 'Fontaine', 'Roux', 'Chevalier', 'Garnier', 'Faure', 'Mercier', 'Blanc', 'Guérin', 'Perrin', 'Morel'],
    companies: ['Lumière SA', 'Atelier Nord'],
  },
  // Russian surnames agree with the person: the given names alternate male and female.
  {
    given: ['Дмитрий', 'Наталья', 'Алексей', 'Мария', 'Сергей', 'Анна', 'Игорь', 'Екатерина', 'Павел', 'Ольга', 'Николай', 'Татьяна'],
    family: ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Лебедев', 'Волков', 'Морозов', 'Новиков', 'Фёдоров', 'Орлов', 'Зайцев', 'Павлов', 'Семёнов', 'Голубев', 'Виноградов', 'Богданов'],
    companies: ['ООО «Вектор»', 'ООО «Полярис»'],
  },
];
const SHARED_COMPANIES = ['Acme', 'Globex', 'Initech'];

/**
 * Person `i`'s culture, given and family name: all 12 × 17 pairs of a culture (12 and 17 are
 * coprime, so `k mod 12` and `k mod 17` meet each pair once) before a name repeats, as namesakes
 * do in real data.
 */
function nameOf(i: number): { firstName: string; lastName: string; company: string } {
  const culture = CULTURES[i % CULTURES.length];
  const k = Math.floor(i / CULTURES.length);
  const g = k % culture.given.length;
  const company = k % 4 === 3 ? SHARED_COMPANIES[k % SHARED_COMPANIES.length] : culture.companies[k % culture.companies.length];
  let family = culture.family[k % culture.family.length];
  // Russian: a woman's surname takes the feminine form (Иванов → Иванова).
  if (culture.given === CULTURES[4].given && g % 2 === 1) family = `${family}а`;
  return { firstName: culture.given[g], lastName: family, company };
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
