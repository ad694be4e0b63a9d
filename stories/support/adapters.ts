import { LocalAdapter, MemoryStore, UnavailableError, USE_CASES, type DataAdapter } from '../../src/index.js';
import { seedDemoData } from '../../src/internal/demo-data.js';

/** A memory adapter seeded with the demo data the demo and tests use. */
export async function seededAdapter(registrants = 25): Promise<DataAdapter> {
  const adapter = new LocalAdapter(new MemoryStore());
  await seedDemoData(adapter, { registrants });
  return adapter;
}

/** An adapter whose every call never finishes (the loading state, shown for as long as one looks). */
export function pendingAdapter(): DataAdapter {
  const base = new LocalAdapter(new MemoryStore());
  const never = Object.fromEntries(Object.keys(USE_CASES).map((method) => [method, { value: () => new Promise(() => {}) }]));
  return Object.create(base, { name: { value: 'pending' }, ...never });
}

/** An adapter whose every call fails as if offline (the error state of every element). */
export function failingAdapter(): DataAdapter {
  const base = new LocalAdapter(new MemoryStore());
  const offline = () => Promise.reject(new UnavailableError('The server cannot be reached'));
  const failing = Object.fromEntries(Object.keys(USE_CASES).map((method) => [method, { value: offline }]));
  return Object.create(base, { name: { value: 'offline' }, ...failing });
}

/**
 * The demo data on an adapter that honours double opt-in as the server does (its domain rules;
 * the server adds the mail), with campaign `NEWS` (double opt-in): eight sign-ups, three of them
 * confirmed by their link, the others pending confirmation.
 */
export async function optInAdapter(): Promise<LocalAdapter> {
  const adapter = new LocalAdapter(new MemoryStore(), { doubleOptIn: true });
  await seedDemoData(adapter, { registrants: 5 });
  await adapter.saveCampaign({ id: 'NEWS', name: 'Spring newsletter', type: 'email', doubleOptIn: true });
  const people = [
    ['Ana', 'Pop', 'Acme'],
    ['Olena', 'Kovalenko', 'Kyiv Digital'],
    ['Minh', 'Nguyễn', 'Saigon Labs'],
    ['Élodie', 'Laurent', 'Studio Lumière'],
    ['Ion', 'Rusu', 'Chișinău Soft'],
    ['Sam', 'Carter', 'Northwind'],
    ['Dmytro', 'Shevchenko', 'Lviv Systems'],
    ['Lan', 'Trần', 'Hanoi Media'],
  ];
  for (const [i, [firstName, lastName, company]] of people.entries()) {
    const email = `${firstName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}.${i}@example.com`;
    const r = await adapter.submitLead({ submissionId: `story-optin-${i}`, campaignId: 'NEWS', lead: { firstName, lastName, company, email } });
    if (i % 3 === 0) await adapter.confirmOptIn(r.memberId);
  }
  return adapter;
}
