import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define/campaign-influence.js';
import '../../src/define/lead-kit.js';
import type { CampaignInfluence } from '../../src/components/campaign-influence/campaign-influence.js';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import type { LeadKit } from '../../src/context/lead-kit.js';

/**
 * A workspace where Dana responded to webinar W (the response that created her lead), then to
 * the expo X, then to the email M, and became a deal of 10,000 USD credited to M; Emil responded
 * to the euro campaign Z and became a deal of 800 EUR. One minute passes between steps.
 */
async function seeded() {
  let t = Date.UTC(2026, 10, 1);
  const a = new LocalAdapter(new MemoryStore(), { now: () => new Date((t += 60_000)).toISOString() });
  await a.saveCampaign({ id: 'W', name: 'Spring webinar', type: 'webinar' });
  await a.saveCampaign({ id: 'X', name: 'Berlin expo', type: 'webinar' });
  await a.saveCampaign({ id: 'M', name: 'May newsletter', type: 'email' });
  await a.saveCampaign({ id: 'Z', name: 'Salon Paris', type: 'webinar', currency: 'EUR' });
  for (const c of ['W', 'X', 'M']) await a.submitLead({ submissionId: `dana-${c}-00000`, campaignId: c, lead: { email: 'dana@example.com', lastName: 'Pop', company: 'Acme' } });
  const dana = await a.findPersonByEmail('dana@example.com');
  const lead = await a.getLead(dana!.id);
  await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: { name: 'Acme', amount: 10_000, closeDate: '2027-01-31', stage: 'proposal', primaryCampaignId: 'M' } });
  return a;
}

async function convertEmil(a: LocalAdapter) {
  const r = await a.submitLead({ submissionId: 'emil-Z-000000', campaignId: 'Z', lead: { email: 'emil@example.fr', lastName: 'Roux', company: 'Roux SA' } });
  const lead = await a.getLead(r.person.id);
  await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: { name: 'Roux SA', amount: 800, closeDate: '2027-01-31', stage: 'closed-won', primaryCampaignId: 'Z' } });
}

async function render(a: LocalAdapter, attrs = html`<campaign-influence></campaign-influence>`) {
  const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${a}>${attrs}</lead-kit>`);
  const el = kit.querySelector<CampaignInfluence>('campaign-influence')!;
  await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'report shown');
  return { el, root: el.shadowRoot! };
}

/** The first table's rows as [campaign, deals, influenced, won] texts. */
const rows = (root: ShadowRoot, table = 0) =>
  [...root.querySelectorAll('table[part=table]')[table].querySelectorAll('tbody tr, tfoot tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

describe('<campaign-influence>', () => {
  it('shares the deal evenly by default, with a total that reconciles, and is axe-clean', async () => {
    const { root } = await render(await seeded());
    expect(root.querySelector('caption')!.textContent).to.equal('Amounts in USD');
    expect(rows(root)).to.deep.equal([
      ['May newsletter', '1', '$3,333.34', '$0.00'],
      ['Berlin expo', '1', '$3,333.33', '$0.00'],
      ['Spring webinar', '1', '$3,333.33', '$0.00'],
      ['All opportunities', '1', '$10,000.00', '$0.00'],
    ]);
    expect(root.querySelector('#model-about')!.textContent).to.contain('same share');
    await expect(root.host).to.be.accessible();
  });

  it('switches model from its picker, says what the model does and tells the page', async () => {
    const { el, root } = await render(await seeded());
    const picked = new Promise<string>((r) => el.addEventListener('influence-model-change', (e) => r(e.detail.model), { once: true }));
    const select = root.querySelector<HTMLSelectElement>('#model')!;
    select.value = 'u-shaped';
    select.dispatchEvent(new Event('change'));
    expect(await picked).to.equal('u-shaped');
    await el.updateComplete;
    // The webinar came first and created the lead: 40 % + 40 %; the other two share 20 %.
    expect(rows(root).map((r) => r.slice(0, 3))).to.deep.equal([
      ['Spring webinar', '1', '$8,000.00'],
      ['Berlin expo', '1', '$1,000.00'],
      ['May newsletter', '1', '$1,000.00'],
      ['All opportunities', '1', '$10,000.00'],
    ]);
    expect(root.querySelector('#model-about')!.textContent).to.contain('created the lead');
    el.model = 'custom';
    el.weights = '10,0,50,40';
    await waitUntil(() => rows(root)[0]?.[2] === '$5,000.00', 'custom weights');
    expect(root.querySelector('#model-about')!.textContent).to.equal('10% to the first response, 0% to the lead’s creation, 50% to the last, 40% to the rest.');
  });

  it('updates live after a conversion, keeps currencies apart, and shows every model side by side', async () => {
    const a = await seeded();
    const { root } = await render(a, html`<campaign-influence model="primary"></campaign-influence>`);
    expect(rows(root)).to.deep.equal([
      ['May newsletter', '1', '$10,000.00', '$0.00'],
      ['All opportunities', '1', '$10,000.00', '$0.00'],
    ]);
    await convertEmil(a);
    await waitUntil(() => root.querySelectorAll('table[part=table]').length === 2, 'a euro table');
    expect([...root.querySelectorAll('table[part=table] caption')].map((c) => c.textContent)).to.deep.equal(['Amounts in EUR', 'Amounts in USD']);
    expect(rows(root, 0)).to.deep.equal([
      ['Salon Paris', '1', '€800.00', '€800.00'],
      ['All opportunities', '1', '€800.00', '€800.00'],
    ]);
    const compare = root.querySelectorAll('details[part=compare]')[1];
    const header = [...compare.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(header.slice(0, 4)).to.deep.equal(['Campaign', 'Primary campaign source', 'First touch', 'Last touch']);
    const total = [...compare.querySelectorAll('tfoot td')].map((td) => td.textContent!.trim());
    expect(new Set(total)).to.deep.equal(new Set(['$10,000.00'])); // every model reconciles to the deal
    (compare as HTMLDetailsElement).open = true;
    await expect(root.host).to.be.accessible();
  });

  it('reads as labelled cards at 390 px, and in Ukrainian', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const { el, root } = await render(await seeded());
      el.locale = 'uk';
      await waitUntil(() => root.querySelector('h2')!.textContent === 'Вплив кампаній', 'Ukrainian');
      const cell = root.querySelector('tbody td.num')!;
      expect(getComputedStyle(cell, '::before').content).to.equal('"Угоди: "');
      expect(root.querySelector('.card')!.scrollWidth).to.be.at.most(root.querySelector('.card')!.clientWidth);
      await expect(root.host).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('says what is missing when no deal has a campaign yet, and refuses weights that do not add up', async () => {
    const a = new LocalAdapter(new MemoryStore());
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${a}><campaign-influence></campaign-influence></lead-kit>`);
    const el = kit.querySelector<CampaignInfluence>('campaign-influence')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.state-box.empty'), 'empty state');
    expect(el.shadowRoot!.textContent).to.contain('No opportunity has campaign responses before it yet.');
    el.weights = '50,50,50,50';
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'error state');
    await expect(el).to.be.accessible();
  });
});
