import '../src/index.js';
import '../src/internal/adapter-inspector.js';
import { getDefaultAdapter, LocalAdapter, MemoryStore, RestAdapter, type DataAdapter, type LeadConvertWizard, type LeadKit, type PersonCampaigns } from '../src/index.js';
import { seedDemoData } from '../src/internal/demo-data.js';
import { seedDemoResults } from '../src/internal/demo-results.js';

const params = new URLSearchParams(location.search);
const locale = params.get('locale') ?? 'en';
document.documentElement.lang = locale;
// ?theme=dark or light fixes the colour scheme; without it, the page and the widgets follow the OS.
const theme = params.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.classList.add(theme);

const localeSelect = document.querySelector<HTMLSelectElement>('#locale')!;
localeSelect.value = locale;
localeSelect.addEventListener('change', () => {
  params.set('locale', localeSelect.value);
  location.search = params.toString();
});
const dark = document.querySelector<HTMLInputElement>('#dark')!;
dark.checked = theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
dark.addEventListener('change', () => {
  params.set('theme', dark.checked ? 'dark' : 'light');
  location.search = params.toString();
});

// The page-wide default adapter: IndexedDB database "lead-kit-demo" (see the meta tag).
const adapter = getDefaultAdapter();
await seedDemoData(adapter, { audience: 2400 });
await seedDemoResults(adapter);

// A provider with its own in-memory adapter.
const memory = new LocalAdapter(new MemoryStore());
await seedDemoData(memory, { registrants: 25 });
const kit = document.querySelector<LeadKit>('#memory-kit')!;
kit.adapter = memory;

// Switch that provider to the Lead Kit server (npm run server), if it is running, with the key
// typed in (kept for this tab only; empty for a development server without keys).
const SERVER = 'http://127.0.0.1:8787';
const source = document.querySelector<HTMLSelectElement>('#source')!;
const keyInput = document.querySelector<HTMLInputElement>('#key')!;
keyInput.value = sessionStorage.getItem('lead-kit-demo-key') ?? '';
const sourceStatus = document.querySelector('#source-status')!;
let rest: RestAdapter | undefined;
source.value = params.get('source') === 'server' ? 'server' : 'memory';
async function useSource(): Promise<void> {
  if (source.value === 'memory') {
    kit.adapter = memory;
    sourceStatus.textContent = 'Data in this page’s memory.';
    return;
  }
  try {
    if (!(await fetch(`${SERVER}/health/ready`)).ok) throw new Error('unhealthy');
  } catch {
    sourceStatus.textContent = `The Lead Kit server is not running at ${SERVER}: start it with "npm run server".`;
    source.value = 'memory';
    kit.adapter = memory;
    return;
  }
  const key = keyInput.value.trim();
  sessionStorage.setItem('lead-kit-demo-key', key);
  rest?.close();
  rest = new RestAdapter({ baseUrl: SERVER, ...(key ? { key } : {}) });
  try {
    await seedDemoData(rest as DataAdapter, { registrants: 25 });
  } catch (error) {
    sourceStatus.textContent = `The Lead Kit server refused: ${(error as Error).message}. It needs a secret key once any key exists.`;
    source.value = 'memory';
    kit.adapter = memory;
    return;
  }
  kit.adapter = rest;
  sourceStatus.textContent = `Data on the Lead Kit server (${SERVER}, PostgreSQL)${key ? ', with your key' : ', open development server'}.`;
}
source.addEventListener('change', () => void useSource());
keyInput.addEventListener('change', () => source.value === 'server' && void useSource());
void useSource();

// The portal: convert the lead the landing form just created (a contact is already converted).
const wizard = document.querySelector<LeadConvertWizard>('#wizard')!;
document.querySelector('lead-form')!.addEventListener('lead-submitted', (event) => {
  const { person } = event.detail;
  if (person.type !== 'lead') return;
  wizard.lead = person.id;
  wizard.hidden = false;
  document.querySelector('#portal-hint')!.textContent = 'The lead you submitted, ready to convert:';
});

// A lead's record page: the first lead who answered the newsletter, its details, campaign
// history and conversion; once converted, the contact's history beside it.
const leadHistory = document.querySelector<PersonCampaigns>('#lead-history')!;
const contactHistory = document.querySelector<PersonCampaigns>('#contact-history')!;
const leadWizard = document.querySelector<LeadConvertWizard>('#lead-wizard')!;
const responder = (await adapter.pageMembers({ campaignId: 'A', status: 'Responded', type: 'lead', limit: 1 })).items[0];
if (responder?.leadId) {
  const lead = await adapter.getLead(responder.leadId);
  const rows: [string, string | undefined][] = [
    ['Name', [lead.firstName, lead.lastName].filter(Boolean).join(' ')],
    ['Email', lead.email],
    ['Company', lead.company],
    ['Lead status', lead.status],
    ['Source', lead.source],
  ];
  document.querySelector('#lead-details')!.replaceChildren(
    ...rows.flatMap(([term, value]) => [Object.assign(document.createElement('dt'), { textContent: term }), Object.assign(document.createElement('dd'), { textContent: value ?? '—' })]),
  );
  leadHistory.lead = lead.id;
  if (lead.convertedContactId) {
    contactHistory.contact = lead.convertedContactId;
    contactHistory.hidden = false;
  } else leadWizard.lead = lead.id;
}
leadWizard.addEventListener('lead-converted', (event) => {
  contactHistory.contact = event.detail.result.contactId;
  contactHistory.hidden = false;
});
