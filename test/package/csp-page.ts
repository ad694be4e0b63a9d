// The strict-CSP page's script (bundled by csp.test.mjs into one file served from 'self'): every
// element on one page, on seeded demo data, and a record of every CSP violation.
import { LocalAdapter, MemoryStore } from '../../src/index.js';
import { seedDemoData } from '../../src/internal/demo-data.js';

const report = window as unknown as { cspViolations: string[]; ready: boolean; submitted?: string };
report.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => report.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));

const adapter = new LocalAdapter(new MemoryStore());
await seedDemoData(adapter, { registrants: 12 });
const [first] = await adapter.searchPeople('a');
document.querySelector('lead-kit')!.adapter = adapter;
document.querySelector('lead-convert-wizard')!.lead = first!.ref.id;
document.addEventListener('lead-submitted', (e) => (report.submitted = e.detail.person.id));
report.ready = true;
