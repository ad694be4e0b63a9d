import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define/lead-report.js';
import '../../src/define/lead-kit.js';
import type { LeadReport } from '../../src/components/lead-report/lead-report.js';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import type { LeadKit } from '../../src/context/lead-kit.js';

const DAY = 86_400_000;

/**
 * A workspace on a controlled clock (Wednesday 2 December 2026): three web leads and an event
 * lead created a week earlier, the event one converted three days after it was created into a
 * deal won at $1,200, then one phone lead this week.
 */
async function seeded() {
  let t = Date.UTC(2026, 10, 25, 9);
  const a = new LocalAdapter(new MemoryStore(), { now: () => new Date(t).toISOString() });
  for (let i = 0; i < 3; i++) await a.createLead({ lastName: `Web ${i}`, email: `web${i}@example.com`, source: 'web' });
  const expo = await a.createLead({ lastName: 'Expo', email: 'expo@example.com', source: 'event', rating: 'hot' });
  t += 3 * DAY;
  await a.convertLead({ leadId: expo.id, leadVersion: expo.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: { name: 'Expo', amount: 1200, closeDate: '2027-01-31', stage: 'closed-won' } });
  t = Date.UTC(2026, 11, 2, 9);
  await a.createLead({ lastName: 'Call', email: 'call@example.com', source: 'phone', rating: 'warm' });
  return { a, tick: (days: number) => (t += days * DAY) };
}

async function render(a: LocalAdapter, attrs = html`<lead-report></lead-report>`) {
  const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${a}>${attrs}</lead-kit>`);
  const el = kit.querySelector<LeadReport>('lead-report')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part=figures]'), 'report shown');
  return { el, root: el.shadowRoot! };
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const figures = (root: ShadowRoot) => [...root.querySelectorAll('.figure')].map((f) => `${text(f.querySelector('dt'))}: ${text(f.querySelector('dd'))}`);
const rows = (root: ShadowRoot, caption: string) => {
  const table = [...root.querySelectorAll('table')].find((t) => text(t.querySelector('caption')) === caption);
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => text(c).replace(/^[^:]+: /, '')));
};

describe('<lead-report>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the workspace figures and each breakdown: sources and ratings with conversion, statuses, weeks and months', async () => {
    const { a } = await seeded();
    const { root } = await render(a);
    expect(figures(root)).to.deep.equal(['Leads: 5', 'Converted: 1', 'Conversion rate: 20%', 'Median time to convert: 3 days', 'Won value: $1,200.00']);
    expect(rows(root, 'By lead source')).to.deep.equal([
      ['Web', '3', '0', '0%', '—', '0', '—', '—', '—'],
      ['Event', '1', '1', '100%', '3 days', '1', '$1,200.00', '—', '—'],
      ['Phone', '1', '0', '0%', '—', '0', '—', '—', '—'],
    ]);
    expect(rows(root, 'By rating')).to.deep.equal([
      ['Hot', '1', '1', '100%', '3 days', '1', '$1,200.00', '—', '—'],
      ['Warm', '1', '0', '0%', '—', '0', '—', '—', '—'],
      ['Not rated', '3', '0', '0%', '—', '0', '—', '—', '—'],
    ]);
    expect(rows(root, 'By lead status')).to.deep.equal([
      ['Open', '4'],
      ['Converted', '1'],
    ]);
    // Weeks from Monday, oldest first: the week of 23 November had four, this one one.
    expect(rows(root, 'Leads created per week')).to.deep.equal([
      ['Nov 23', '4'],
      ['Nov 30', '1'],
    ]);
    // Months newest first.
    expect(rows(root, 'By month created')).to.deep.equal([
      ['Dec 2026', '1', '0', '0%', '—'],
      ['Nov 2026', '4', '1', '25%', '3 days'],
    ]);
  });

  it('follows a lead written anywhere on the page: a new one and a changed rating move the figures at once', async () => {
    const { a } = await seeded();
    const { root } = await render(a);
    const lead = await a.createLead({ lastName: 'Late', email: 'late@example.com', source: 'referral', rating: 'cold' });
    await waitUntil(() => figures(root)[0] === 'Leads: 6', 'the new lead counted');
    expect(rows(root, 'By lead source').map((r) => r[0])).to.deep.equal(['Web', 'Event', 'Referral', 'Phone']);
    await a.updateLead(lead.id, lead.version, { rating: 'hot' });
    await waitUntil(() => rows(root, 'By rating')[0]?.[1] === '2', 'moved to hot');
    expect(rows(root, 'By rating').map((r) => r.slice(0, 2))).to.deep.equal([
      ['Hot', '2'],
      ['Warm', '1'],
      ['Not rated', '3'],
    ]);
  });

  it('follows a form submission and a conversion: the new lead counted as web, then converted with its days', async () => {
    const { a, tick } = await seeded();
    const { root } = await render(a);
    await a.saveCampaign({ id: 'F', name: 'Form', type: 'email' });
    const r = await a.submitLead({ submissionId: 'report-form-0001', campaignId: 'F', lead: { email: 'form@example.com', lastName: 'Form' } });
    await waitUntil(() => figures(root)[0] === 'Leads: 6', 'the submitted lead counted');
    expect(rows(root, 'By lead source')[0]).to.deep.equal(['Web', '4', '0', '0%', '—', '0', '—', '—', '—']);
    tick(2);
    const lead = await a.getLead(r.person.id);
    await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' } });
    await waitUntil(() => figures(root)[1] === 'Converted: 2', 'the conversion counted');
    expect(rows(root, 'By lead source')[0]).to.deep.equal(['Web', '4', '1', '25%', '2 days', '0', '—', '—', '—']);
    expect(figures(root)[3]).to.equal('Median time to convert: 2.5 days');
  });

  it('shows the funnel of every lead, or of one source picked, with the step that loses most', async () => {
    const { a } = await seeded();
    const { el, root } = await render(a);
    const funnel = () => rows(root, 'Funnel · All sources');
    expect(funnel()).to.deep.equal([
      ['Leads', '5', '—'],
      ['Converted leads Loses most', '1', '20%'],
      ['Opportunities', '1', '100%'],
      ['Won opportunities', '1', '100%'],
    ]);
    const select = root.querySelector<HTMLSelectElement>('.funnel select')!;
    expect([...select.options].map((o) => o.textContent?.trim())).to.deep.equal(['All sources', 'Web', 'Event', 'Phone']);
    select.value = 'web';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.source).to.equal('web');
    expect(rows(root, 'Funnel · Web').map((r) => r.slice(0, 2))).to.deep.equal([
      ['Leads', '3'],
      ['Converted leads Loses most', '0'], // none of the three yet
      ['Opportunities', '0'],
      ['Won opportunities', '0'],
    ]);
  });

  it('keeps currencies apart: a deal won in euros beside one in dollars is never added to it, and a campaign\'s cost is shared by the leads it created', async () => {
    const { a } = await seeded();
    await a.saveCampaign({ id: 'PAR', name: 'Salon Paris', type: 'trade-show', currency: 'EUR', actualCost: 400 });
    const r = await a.submitLead({ submissionId: 'report-eur-0001', campaignId: 'PAR', source: 'event', lead: { email: 'roux@example.fr', lastName: 'Roux' } });
    const lead = await a.getLead(r.person.id);
    await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: { name: 'Roux', amount: 800, closeDate: '2027-01-31', stage: 'closed-won', primaryCampaignId: 'PAR' } });
    const { root } = await render(a);
    expect(figures(root)[4]).to.equal('Won value: €800.00 · $1,200.00');
    // The salon's 400 EUR created one of the two event leads: 200 EUR a lead, 200 EUR a won deal (two won).
    expect(rows(root, 'By lead source').find((row) => row[0] === 'Event')?.slice(5)).to.deep.equal(['2', '€800.00 · $1,200.00', '€200.00', '€200.00']);
  });

  it('shows as many recent weeks as asked, the empty ones too', async () => {
    const { a, tick } = await seeded();
    tick(21); // three quiet weeks later
    await a.createLead({ lastName: 'Back', email: 'back@example.com', source: 'web' });
    const { root } = await render(a, html`<lead-report weeks="3"></lead-report>`);
    expect(rows(root, 'Leads created per week')).to.deep.equal([
      ['Dec 7', '0'],
      ['Dec 14', '0'],
      ['Dec 21', '1'],
    ]);
  });

  it('labels every value on a phone and speaks Vietnamese', async () => {
    await setViewport({ width: 390, height: 800 });
    const { a } = await seeded();
    const { el, root } = await render(a, html`<lead-report locale="vi"></lead-report>`);
    await el.updateComplete;
    expect(text(root.querySelector('h2'))).to.equal('Quản lý khách hàng tiềm năng');
    const cell = root.querySelector('table.wide tbody td[data-label]')!;
    expect(getComputedStyle(cell, '::before').content).to.include('Khách hàng tiềm năng');
    expect(root.querySelector('.card')!.scrollWidth).to.be.at.most(root.querySelector('.card')!.clientWidth + 1);
    await expect(el).to.be.accessible();
  });
});
