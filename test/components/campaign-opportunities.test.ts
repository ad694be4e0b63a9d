import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/campaign-opportunities.js';
import '../../src/define/campaign-summary.js';
import '../../src/define/lead-kit.js';
import type { CampaignOpportunities } from '../../src/components/campaign-opportunities/campaign-opportunities.js';
import type { CampaignSummary } from '../../src/components/campaign-summary/campaign-summary.js';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import type { LeadKit } from '../../src/context/lead-kit.js';

/** Campaign E (EUR) with three deals credited to it, from converted leads. */
async function seeded() {
  const a = new LocalAdapter(new MemoryStore());
  await a.saveCampaign({ id: 'E', name: 'Berlin expo', type: 'trade-show', currency: 'EUR', actualCost: 1000 });
  const deals = [
    ['Acme - Pop', 5000, 'proposal', '2027-02-01'],
    ['Globex - Lee', 3000, 'negotiation', '2027-01-15'],
    ['Initech - Ruiz', 2000, 'closed-won', '2026-12-01'],
  ] as const;
  for (const [i, [name, amount, stage, closeDate]] of deals.entries()) {
    const r = await a.submitLead({ submissionId: `opp-seed-${i}-0000`, campaignId: 'E', lead: { email: `deal${i}@example.com`, lastName: name.split(' - ')[1], company: name.split(' - ')[0] } });
    const lead = await a.getLead(r.person.id);
    await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: { name, amount, stage, closeDate, primaryCampaignId: 'E' } });
  }
  return a;
}

async function render(a: LocalAdapter, extra = html``) {
  const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${a}><campaign-opportunities campaign="E"></campaign-opportunities>${extra}</lead-kit>`);
  const el = kit.querySelector<CampaignOpportunities>('campaign-opportunities')!;
  await waitUntil(() => el.shadowRoot!.querySelectorAll('tbody tr').length === 3, 'deals shown');
  return { kit, el, root: el.shadowRoot! };
}

/** Counts updateOpportunity calls (the writes). */
function counting(a: LocalAdapter) {
  const calls: unknown[][] = [];
  const update = a.updateOpportunity.bind(a);
  a.updateOpportunity = (...args: Parameters<LocalAdapter['updateOpportunity']>) => (calls.push(args), update(...args));
  return calls;
}

describe('<campaign-opportunities>', () => {
  it("lists a campaign's deals by close date with open and won totals in the campaign's currency", async () => {
    const { root, el } = await render(await seeded());
    const rows = [...root.querySelectorAll('tbody tr')].map((r) => r.querySelector('th')!.textContent!.trim());
    expect(rows).to.deep.equal(['Initech - Ruiz', 'Globex - Lee', 'Acme - Pop']);
    expect(root.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Opportunities (3)');
    expect(root.querySelector('[part=totals]')!.textContent).to.equal('Open: €8,000.00 · Won: €2,000.00');
    expect(root.querySelector<HTMLSelectElement>('tbody tr:last-child select')!.value).to.equal('proposal');
    await expect(el).to.be.accessible();
  });

  it('Closed Won by a pointer choice: one write, the summary on the page moves its won value and ROI at once', async () => {
    const a = await seeded();
    const calls = counting(a);
    const { kit, root } = await render(a, html`<campaign-summary campaign="E"></campaign-summary>`);
    const summary = kit.querySelector<CampaignSummary>('campaign-summary')!;
    const figure = (label: string) => [...summary.shadowRoot!.querySelectorAll('[part=figure]')].find((f) => f.querySelector('dt')!.textContent === label)?.querySelector('[part=value]')?.textContent?.trim();
    await waitUntil(() => figure('Won value') === '€2,000.00', 'the summary before');
    expect(figure('ROI')).to.equal('100%');
    const select = root.querySelector<HTMLSelectElement>('tbody tr:last-child select')!; // Acme, 5,000
    select.value = 'closed-won';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => figure('Won value') === '€7,000.00', 'the summary after');
    expect(figure('ROI')).to.equal('600%');
    expect(calls.length).to.equal(1);
    expect((await a.listOpportunities({ primaryCampaignId: 'E' })).find((o) => o.name === 'Acme - Pop')!.stage).to.equal('closed-won');
    await waitUntil(() => root.querySelector('[role=status]')!.textContent!.includes('Acme - Pop saved.'));
  });

  it('keyboard: arrows only look (no write), Escape restores, Enter commits once', async () => {
    const a = await seeded();
    const calls = counting(a);
    const { root } = await render(a);
    const select = root.querySelector<HTMLSelectElement>('tbody tr:last-child select')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    expect(calls.length).to.equal(0);
    expect(select.value).to.equal('proposal');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls.length === 1, 'one write');
    expect((calls[0][2] as { stage: string }).stage).to.equal('negotiation');
  });

  it('edits the amount (Enter commits), refuses a bad one with a clear message, and reports a concurrent edit instead of overwriting it', async () => {
    const a = await seeded();
    const { root } = await render(a);
    const amount = root.querySelector<HTMLInputElement>('tbody tr:last-child input.amount')!;
    amount.value = '6500';
    amount.dispatchEvent(new Event('change'));
    await waitUntil(async () => (await a.listOpportunities({ primaryCampaignId: 'E' })).some((o) => o.amount === 6500), 'saved');
    amount.value = '-3';
    amount.dispatchEvent(new Event('change'));
    await waitUntil(() => root.querySelector('[role=alert]'));
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('the amount must be a number');
    expect((await a.listOpportunities({ primaryCampaignId: 'E' })).some((o) => o.amount === -3)).to.equal(false);
    // Someone else moves Globex meanwhile; this list still holds the version it read.
    const globex = (await a.listOpportunities({ primaryCampaignId: 'E' })).find((o) => o.name === 'Globex - Lee')!;
    const stale = { ...globex };
    await a.updateOpportunity(globex.id, globex.version, { amount: 3100 });
    const select = [...root.querySelectorAll<HTMLSelectElement>('tbody select')].find((s) => s.closest('tr')!.querySelector('th')!.textContent!.includes('Globex'))!;
    // Make the list act on the stale row (as if the change event had not arrived yet).
    await (root.host as CampaignOpportunities)['save'](stale, { stage: 'closed-lost' }, 'en', () => {});
    await (root.host as CampaignOpportunities).updateComplete;
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('Globex - Lee was changed by someone else');
    const now = (await a.listOpportunities({ primaryCampaignId: 'E' })).find((o) => o.name === 'Globex - Lee')!;
    expect(now).to.deep.include({ amount: 3100, stage: 'negotiation' }); // not overwritten
    await waitUntil(() => select.isConnected && select.value === 'negotiation');
  });

  it("an account's deals, record-href links (opportunity-open cancelable), readonly, the empty state", async () => {
    const a = await seeded();
    const [deal] = await a.listOpportunities({ primaryCampaignId: 'E' });
    const kit = await fixture<LeadKit>(
      html`<lead-kit .adapter=${a}>
        <campaign-opportunities account=${deal.accountId} record-href="/deals/{id}" readonly></campaign-opportunities>
        <campaign-opportunities campaign="NONE"></campaign-opportunities>
      </lead-kit>`,
    );
    const [el, empty] = [...kit.querySelectorAll<CampaignOpportunities>('campaign-opportunities')];
    await waitUntil(() => el.shadowRoot!.querySelector('tbody a'), 'the account deal');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('tbody a')!;
    expect(link.getAttribute('href')).to.equal(`/deals/${encodeURIComponent(deal.id)}`);
    expect(el.shadowRoot!.querySelector('select, input')).to.equal(null); // readonly
    const opened = new Promise<string>((resolve) => el.addEventListener('opportunity-open', (e) => (e.preventDefault(), resolve(e.detail.opportunity.id)), { once: true }));
    link.click();
    expect(await opened).to.equal(deal.id);
    await waitUntil(() => empty.shadowRoot!.querySelector('.state-box.empty'), 'empty');
    expect(empty.shadowRoot!.textContent).to.contain('No opportunity names this campaign as its source yet.');
    await expect(el).to.be.accessible();
    await expect(empty).to.be.accessible();
  });
});
