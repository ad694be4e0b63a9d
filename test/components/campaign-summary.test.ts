import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/campaign-summary.js';
import type { CampaignSummary } from '../../src/components/campaign-summary/campaign-summary.js';
import type { DataAdapter } from '../../src/adapters/adapter.js';
import { renderWithAdapter, textOf } from '../helpers/render.js';
import { convertWithOpportunity, seedReferenceCase } from '../helpers/reference-case.js';

/** The value shown for a figure label (first value line). */
function figure(el: CampaignSummary, label: string): string {
  const card = [...el.shadowRoot!.querySelectorAll('[part=figure]')].find((c) => c.querySelector('dt')!.textContent!.trim() === label);
  if (!card) throw new Error(`no figure ${label}`);
  return card.querySelector('[part=value]')!.textContent!.trim();
}
/** A campaign's name in a table row header or card heading, without its start date. */
const nameIn = (e: Element) => [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
const ready = (el: CampaignSummary) => waitUntil(() => el.shadowRoot!.querySelector('[part=figure], [part=table]'), 'figures shown', { timeout: 5000 });

describe('<campaign-summary>', () => {
  it('shows the reference case: 100 leads, 10 converted, 10 opportunities, cost per lead and ROI', async () => {
    const { el } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary campaign="A"></campaign-summary>`, seedReferenceCase);
    await ready(el);
    expect(figure(el, 'Members')).to.equal('100');
    expect(figure(el, 'Leads')).to.equal('100');
    expect(figure(el, 'Converted leads')).to.equal('10');
    expect(figure(el, 'Opportunities')).to.equal('10');
    expect(figure(el, 'Won opportunities')).to.equal('5');
    expect(figure(el, 'Won value')).to.equal('$15,000.00');
    expect(figure(el, 'Cost per lead')).to.equal('$50.00');
    expect(figure(el, 'Cost per response')).to.equal('$250.00');
    expect(figure(el, 'Response rate')).to.equal('20%');
    expect(figure(el, 'ROI')).to.equal('200%');
    expect(textOf(el)).to.include('(Won value − actual cost) ÷ actual cost');
    // The hero row (what a marketer reads first) stands out: larger values and an accent edge.
    const heroes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.hero-row [part=figure]')];
    expect(heroes.map((h) => h.querySelector('dt')!.textContent)).to.deep.equal(['Leads', 'Responses', 'Won value', 'ROI']);
    const other = el.shadowRoot!.querySelector<HTMLElement>('.rows [part=figure]')!;
    expect(getComputedStyle(heroes[0]).borderInlineStartWidth).to.equal('4px');
    expect(parseFloat(getComputedStyle(heroes[0].querySelector('[part=value]')!).fontSize)).to.be.greaterThan(parseFloat(getComputedStyle(other.querySelector('[part=value]')!).fontSize));
    // The rest in three groups (reach, pipeline, cost), numbers right-aligned so a column lines up.
    expect([...el.shadowRoot!.querySelectorAll('.group h3')].map((h) => h.textContent)).to.deep.equal(['Reach', 'Pipeline', 'Cost']);
    const values = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.group:first-child .rows [part=value]')].map((v) => v.getBoundingClientRect().right);
    expect(Math.max(...values) - Math.min(...values)).to.be.below(1);
    expect(getComputedStyle(other.querySelector('[part=value]')!).fontVariantNumeric).to.equal('tabular-nums');
    // Every figure once: the hero row and the groups together.
    expect(el.shadowRoot!.querySelectorAll('[part=figure]').length).to.equal(19);
    await expect(el).to.be.accessible();
  });

  it('says an empty campaign is empty (the empty pattern, not a wall of zeros)', async () => {
    const { el } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary campaign="Z"></campaign-summary>`, (a) => a.saveCampaign({ id: 'Z', name: 'Empty' }));
    await waitUntil(() => el.shadowRoot!.querySelector('.state-box.empty'), 'the empty pattern');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Empty');
    expect(el.shadowRoot!.querySelector('.state-box.empty')!.textContent).to.contain('No one is on this campaign yet');
    expect(el.shadowRoot!.querySelector('[part=figure]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows n/a rather than dividing by zero, for a campaign with a cost and no one on it yet', async () => {
    const { el } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary campaign="Z"></campaign-summary>`, (a) => a.saveCampaign({ id: 'Z', name: 'Empty', budgetedCost: 500 }));
    await ready(el);
    expect(figure(el, 'Members')).to.equal('0');
    for (const label of ['Response rate', 'Cost per lead', 'Cost per response', 'Cost per opportunity', 'Cost per won deal', 'ROI', 'Expected revenue']) expect(figure(el, label), label).to.equal('n/a');
    await expect(el).to.be.accessible();
  });

  it('rolls a three-level hierarchy up under the parent', async () => {
    const seed = async (a: DataAdapter) => {
      await a.saveCampaign({ id: 'P', name: 'Parent', actualCost: 100 });
      await a.saveCampaign({ id: 'C', name: 'Child', parentId: 'P', actualCost: 200 });
      await a.saveCampaign({ id: 'G', name: 'Grandchild', parentId: 'C', actualCost: 300 });
      const people = (p: string, n: number) => Array.from({ length: n }, (_, i) => ({ email: `${p}${i}@example.com` }));
      await a.importLeads({ campaignId: 'P' }, people('p', 2));
      await a.importLeads({ campaignId: 'C' }, people('c', 3));
      await a.importLeads({ campaignId: 'G' }, people('g', 5));
      await a.submitLead({ submissionId: 'tree-response-01', campaignId: 'G', lead: { email: 'g0@example.com' } });
    };
    const { el } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary campaign="P"></campaign-summary>`, seed);
    await ready(el);
    // The parent is judged by its subtree: those are the main figures, its own in small print.
    expect(textOf(el)).to.include('With 2 sub-campaigns');
    expect(figure(el, 'Members')).to.equal('10');
    const card = (label: string) => [...el.shadowRoot!.querySelectorAll('[part=figure]')].find((c) => c.querySelector('dt')!.textContent === label)!;
    expect(card('Members').querySelector('.own')!.textContent).to.equal('This campaign: 2');
    expect(figure(el, 'Actual cost')).to.equal('$600.00');
    expect(card('Actual cost').querySelector('.own')!.textContent).to.equal('This campaign: $100.00');
    // Its responses since launch are its subtree's too (the grandchild's one response).
    expect([...el.shadowRoot!.querySelectorAll('[part=trend] .amount')].map((a) => a.textContent!.trim())).to.deep.equal(['1']);
    await expect(el).to.be.accessible();
    // A way into the sub-campaigns: each with its own figures; with record-href, a link.
    const subs = () => [...el.shadowRoot!.querySelectorAll('.subs tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()));
    expect(subs()).to.deep.equal([
      ['Child', '3', '3', '$0.00'],
      ['Grandchild', '5', '5', '$0.00'],
    ]);
    el.recordHref = '/campaigns/{id}';
    await el.updateComplete;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.subs a')!;
    expect(link.getAttribute('href')).to.equal('/campaigns/C');
    const opened = new Promise<string>((resolve) => el.addEventListener('campaign-open', (e) => (e.preventDefault(), resolve(e.detail.campaign.id)), { once: true }));
    link.click();
    expect(await opened).to.equal('C');
  });

  it("never adds a parent's dollars to a child's euros: each currency apart, the ratios not computed, bars compared within a currency", async () => {
    const seed = async (a: DataAdapter) => {
      await a.saveCampaign({ id: 'P', name: 'Program', actualCost: 100 });
      await a.saveCampaign({ id: 'C', name: 'Paris', parentId: 'P', actualCost: 200, currency: 'EUR' });
      await a.importLeads({ campaignId: 'P' }, [{ email: 'p1@example.com' }, { email: 'p2@example.com' }]);
      await a.importLeads({ campaignId: 'C' }, [{ email: 'c1@example.com' }]);
    };
    const { el } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary campaign="P"></campaign-summary>`, seed);
    await ready(el);
    expect(figure(el, 'Members')).to.equal('3');
    const card = (label: string) => [...el.shadowRoot!.querySelectorAll('[part=figure]')].find((c) => c.querySelector('dt')!.textContent === label)!;
    expect(figure(el, 'Actual cost')).to.equal('n/a');
    expect(card('Actual cost').querySelector('[part=caption]')!.textContent).to.equal('Not added up across currencies: €200.00 · $100.00');
    expect(card('Actual cost').querySelector('.own')!.textContent).to.equal('This campaign: $100.00');
    expect(figure(el, 'Cost per lead')).to.equal('n/a');
    expect(card('Cost per lead').querySelector('[part=caption]')!.textContent).to.equal('Not computed: the campaigns use several currencies (EUR, USD)');
    await expect(el).to.be.accessible();
    el.campaign = '';
    el.compare = 'P,C';
    el.sortBy = 'actualCost';
    await waitUntil(() => el.shadowRoot!.querySelector('[part=chart]'), 'the comparison');
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent).to.contain('Bars compare campaigns within each currency.');
    // Each currency's largest is a full bar: euros are not measured against dollars.
    const widths = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.bar')].map((b) => b.style.width);
    expect(widths).to.deep.equal(['100%', '100%']);
  });

  it('shows responses since launch by day, overlaid on an earlier campaign at the same age, with the table behind', async () => {
    let now = Date.parse('2026-02-01T09:00:00Z');
    const at = (iso: string) => (now = Date.parse(iso));
    const seed = async (a: DataAdapter) => {
      await a.saveCampaign({ id: 'OLD', name: 'January webinar', type: 'email', startDate: '2026-02-01' });
      await a.saveCampaign({ id: 'NEW', name: 'March webinar', type: 'email', startDate: '2026-03-01' });
      const respond = (c: string, i: number) => a.submitLead({ submissionId: `trend-${c}-${i}-0000`, campaignId: c, lead: { email: `${c}${i}@example.com` } });
      await respond('OLD', 1);
      await respond('OLD', 2);
      at('2026-02-02T10:00:00Z');
      await respond('OLD', 3);
      at('2026-03-01T08:00:00Z');
      for (const i of [1, 2, 3]) await respond('NEW', i);
      at('2026-03-03T08:00:00Z');
      await respond('NEW', 4);
    };
    const { el, adapter } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary campaign="NEW" trend-compare="OLD"></campaign-summary>`, seed, { now: () => new Date(now).toISOString() });
    await ready(el);
    const root = el.shadowRoot!;
    const rows = () => [...root.querySelectorAll('[part=trend] .bar-row')].map((r) => [r.querySelector('.label')!.textContent!.trim(), r.querySelector('.amount')!.textContent!.trim()]);
    expect(root.querySelector('#trend-title')!.textContent).to.equal('Responses since launch: March webinar and January webinar at the same age');
    expect(rows()).to.deep.equal([
      ['Day 1', '3 · 2'],
      ['Day 2', '0 · 1'],
      ['Day 3', '1 · 0'],
    ]);
    const table = [...root.querySelectorAll('.trend .as-table tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()));
    expect(table).to.deep.equal([
      ['Day', 'March webinar', 'January webinar'],
      ['Day 1', '3', '2'],
      ['Day 2', '0', '1'],
      ['Day 3', '1', '0'],
    ]);
    (root.querySelector('.trend .as-table') as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
    // Live: a response today (day 3) moves the chart.
    at('2026-03-03T12:00:00Z');
    await adapter.submitLead({ submissionId: 'trend-NEW-5-0000', campaignId: 'NEW', lead: { email: 'NEW5@example.com' } });
    await waitUntil(() => rows()[2]?.[1] === '2 · 0', 'the new response counted');
  });

  it('draws a run of days without responses as one row, the table keeping every day', async () => {
    let now = Date.parse('2026-01-01T09:00:00Z');
    const seed = async (a: DataAdapter) => {
      await a.saveCampaign({ id: 'G', name: 'Quiet start', type: 'email', startDate: '2026-01-01' });
      await a.submitLead({ submissionId: 'gap-0001', campaignId: 'G', lead: { email: 'g1@example.com' } });
      now = Date.parse('2026-01-06T09:00:00Z');
      await a.submitLead({ submissionId: 'gap-0002', campaignId: 'G', lead: { email: 'g2@example.com' } });
    };
    const { el } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary campaign="G"></campaign-summary>`, seed, { now: () => new Date(now).toISOString() });
    await ready(el);
    const root = el.shadowRoot!;
    const rows = [...root.querySelectorAll('[part=trend] .bar-row')].map((r) => [r.querySelector('.label')!.textContent!.trim(), r.querySelector('.amount')!.textContent!.trim()]);
    expect(rows).to.deep.equal([
      ['Day 1', '1'],
      ['Days 2–5', 'none'],
      ['Day 6', '1'],
    ]);
    expect(root.querySelectorAll('.trend .as-table tbody tr').length).to.equal(6);
    await expect(el).to.be.accessible();
  });

  it('shows the funnel of the reference case (100 leads → 10 converted → 10 opportunities), where it loses most, the table behind, live', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary campaign="A"></campaign-summary>`, seedReferenceCase);
    await ready(el);
    const root = el.shadowRoot!;
    const bars = () => [...root.querySelectorAll('[part=funnel] .bar-row')].map((r) => [r.querySelector('.label')!.textContent!.trim(), r.querySelector('.amount')!.textContent!.replace(/\s+/g, ' ').trim()]);
    expect(root.querySelector('#funnel-title')!.textContent).to.equal('Funnel');
    expect(bars()).to.deep.equal([
      ['Members', '100'],
      ['Responses', '20 · 20%'],
      ['Leads', '100'],
      ['Converted leads', '10 · 10% Loses most'],
      ['Opportunities', '10 · 100%'],
      ['Won opportunities', '5 · 50%'],
    ]);
    // The leads step is larger than the one before: no made-up rate, and the note says why.
    expect(root.querySelector('.funnel')!.textContent).to.include('more than the step before');
    const table = [...root.querySelectorAll('.funnel .as-table tr')].map((r) => [...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(table).to.deep.equal([
      ['Step', 'Count', 'Rate from the step before'],
      ['Members', '100', '—'],
      ['Responses', '20', '20%'],
      ['Leads', '100', '—'],
      ['Converted leads Loses most', '10', '10%'],
      ['Opportunities', '10', '100%'],
      ['Won opportunities', '5', '50%'],
    ]);
    // The bars share one scale: members and leads (100) the longest, converted a tenth of it.
    const width = (i: number) => root.querySelectorAll<HTMLElement>('[part=funnel] .bar')[i].getBoundingClientRect().width;
    expect(Math.abs(width(3) / width(0) - 0.1)).to.be.below(0.02);
    (root.querySelector('.funnel .as-table') as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
    // Live: a form submission adds a member who responded; a conversion adds a converted lead.
    await adapter.submitLead({ submissionId: 'funnel-sub-0001', campaignId: 'A', lead: { email: 'funnel@example.com' } });
    await waitUntil(() => bars()[0][1] === '101' && bars()[1][1] === '21 · 20.8%', 'the submission reaches the funnel');
    await convertWithOpportunity(adapter, 'l1@example.com', 'O11', 5000, true);
    await waitUntil(() => bars()[3][1].startsWith('11 · 10.9%'), 'the conversion reaches the funnel');
    expect(bars()[4][1]).to.equal('11 · 100%');
  });

  it('puts the funnels of compared campaigns side by side, each step rated within its campaign', async () => {
    const seed = async (a: DataAdapter) => {
      await seedReferenceCase(a);
      await a.saveCampaign({ id: 'B', name: 'Campaign B', startDate: '2026-01-01' });
      await a.importLeads({ campaignId: 'B' }, [{ email: 'b1@example.com' }, { email: 'b2@example.com' }, { email: 'b3@example.com' }, { email: 'b4@example.com' }]);
      await a.submitLead({ submissionId: 'funnel-b-0001', campaignId: 'B', lead: { email: 'b1@example.com' } });
    };
    const { el } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary compare="A,B"></campaign-summary>`, seed);
    await ready(el);
    const table = [...el.shadowRoot!.querySelectorAll('[part=funnel] tr')].map((r) => [...r.children].map((c) => [...c.childNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE).map((n) => n.textContent!.trim()).filter(Boolean).join(' | ')));
    expect(table).to.deep.equal([
      ['Step', 'Campaign A', 'Campaign B'],
      ['Members', '100', '4'],
      ['Responses', '20 | 20%', '1 | 25%'],
      ['Leads', '100', '4'],
      ['Converted leads', '10 | 10% | Loses most', '0 | 0% | Loses most'],
      ['Opportunities', '10 | 100%', '0'],
      ['Won opportunities', '5 | 50%', '0'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('draws no bar for a status no one holds', async () => {
    const { el } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary campaign="E"></campaign-summary>`, async (a) => {
      await a.saveCampaign({ id: 'E', name: 'Expo', type: 'event' });
      await a.importLeads({ campaignId: 'E', status: 'Registered' }, [{ email: 'a@example.com' }, { email: 'b@example.com' }]);
      await a.submitLead({ submissionId: 'bar-sub-0001', campaignId: 'E', lead: { email: 'c@example.com' } });
    });
    await ready(el);
    const rows = [...el.shadowRoot!.querySelectorAll('.statuses tr')].map((r) => [r.querySelector('th')!.textContent!.trim(), !!r.querySelector('.bar')]);
    expect(rows).to.deep.include.members([['Registered', true]]);
    for (const [, n] of Object.entries((await (el as unknown as { adapters: { adapter: DataAdapter } }).adapters.adapter.countMembers('E')).byStatus)) expect(n).to.be.greaterThan(0);
    // A zero count (a status emptied by a move) draws nothing: the figures come from byStatus, which holds only non-zero ones.
    expect(el.shadowRoot!.querySelectorAll('.statuses .bar').length).to.equal(rows.filter(([, bar]) => bar).length);
  });

  it('updates live when a lead is converted elsewhere on the page', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary campaign="A"></campaign-summary>`, seedReferenceCase);
    await ready(el);
    await convertWithOpportunity(adapter, 'l1@example.com', 'O11', 5000, true);
    await waitUntil(() => figure(el, 'Won value') === '$20,000.00', 'the new won opportunity counts');
    expect(figure(el, 'Converted leads')).to.equal('11');
    expect(figure(el, 'ROI')).to.equal('300%');
  });

  it('updates live when an opportunity is won elsewhere, and refuses a stale update', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary campaign="A"></campaign-summary>`, seedReferenceCase);
    await ready(el);
    const open = (await adapter.listOpportunities({ primaryCampaignId: 'A' })).find((o) => o.name === 'O10')!;
    const won = await adapter.updateOpportunity(open.id, open.version, { stage: 'closed-won' });
    expect(won.version).to.equal(open.version + 1);
    await waitUntil(() => figure(el, 'Won opportunities') === '6', 'the won deal counts');
    expect(figure(el, 'Won value')).to.equal('$25,000.00');
    let stale = false;
    await adapter.updateOpportunity(open.id, open.version, { stage: 'closed-lost' }).catch((e) => (stale = e.name === 'ConflictError'));
    expect(stale).to.equal(true);
  });

  it('compares campaigns in a sortable table with an accessible bar chart', async () => {
    const seed = async (a: DataAdapter) => {
      await seedReferenceCase(a);
      await a.saveCampaign({ id: 'B', name: 'Campaign B', actualCost: 100, startDate: '2026-01-01' });
      await a.importLeads({ campaignId: 'B' }, [{ email: 'b1@example.com' }, { email: 'b2@example.com' }]);
    };
    const { el } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary compare="A,B"></campaign-summary>`, seed);
    await ready(el);
    const rows = () => [...el.shadowRoot!.querySelectorAll('.compare tbody th')].map(nameIn);
    expect(rows()).to.deep.equal(['Campaign A', 'Campaign B']); // by won value, descending
    expect(el.shadowRoot!.querySelector('[part=chart][role=img]')!.getAttribute('aria-labelledby')).to.equal('chart-title');
    expect(el.shadowRoot!.querySelector('#chart-title')!.textContent).to.equal('Won value by campaign');
    const members = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead button')].find((b) => b.textContent!.startsWith('Members'))!;
    members.click();
    await el.updateComplete;
    expect(members.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    members.click();
    await el.updateComplete;
    expect(rows()).to.deep.equal(['Campaign B', 'Campaign A']);
    await expect(el).to.be.accessible();
  });

  it('shows any figure over time: compared campaigns by start date, oldest first, undated last', async () => {
    const seed = async (a: DataAdapter) => {
      await a.saveCampaign({ id: 'S', name: 'Spring', startDate: '2026-03-01', actualCost: 300 });
      await a.saveCampaign({ id: 'W', name: 'Winter', startDate: '2026-01-10', actualCost: 100 });
      await a.saveCampaign({ id: 'U', name: 'Undated', actualCost: 50 });
      await a.saveCampaign({ id: 'F', name: 'Fall', startDate: '2025-10-01', actualCost: 200 });
      for (const [id, n] of [['S', 3], ['W', 1], ['U', 2], ['F', 4]] as const) await a.importLeads({ campaignId: id }, Array.from({ length: n }, (_, i) => ({ email: `${id}${i}@example.com` })));
    };
    const { el } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary compare="S,W,U,F" sort-by="costPerLead" order="start"></campaign-summary>`, seed);
    await ready(el);
    const root = el.shadowRoot!;
    const chart = () => [...root.querySelectorAll('[part=chart] .bar-row')].map((r) => [nameIn(r.querySelector('.label')!), r.querySelector('.label .date')!.textContent!.trim(), r.querySelector('.amount')!.textContent!.trim()]);
    expect(root.querySelector('#chart-title')!.textContent).to.equal('Cost per lead over time (campaigns by start date)');
    expect(chart()).to.deep.equal([
      ['Fall', 'Oct 1, 2025', '$50.00'],
      ['Winter', 'Jan 10, 2026', '$100.00'],
      ['Spring', 'Mar 1, 2026', '$100.00'],
      ['Undated', 'no start date', '$25.00'],
    ]);
    const campaignHeader = root.querySelector<HTMLElement>('.compare thead th')!;
    expect(campaignHeader.getAttribute('aria-sort')).to.equal('ascending');
    await expect(el).to.be.accessible();
    // A figure's header sorts by it again (highest first); the campaign header goes back to time.
    [...root.querySelectorAll<HTMLButtonElement>('.compare thead button')].find((b) => b.textContent!.startsWith('Members'))!.click();
    await el.updateComplete;
    expect(el.order).to.equal('value');
    expect([...root.querySelectorAll('.compare tbody th')].map(nameIn)).to.deep.equal(['Fall', 'Spring', 'Undated', 'Winter']);
    expect(root.querySelector('#chart-title')!.textContent).to.equal('Members by campaign');
    campaignHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.order).to.equal('start');
    expect([...root.querySelectorAll('.compare tbody th')].map(nameIn)).to.deep.equal(['Fall', 'Winter', 'Spring', 'Undated']);
  });

  it('turns the comparison into one card per campaign in a narrow container, sorted from a list', async () => {
    const seed = async (a: DataAdapter) => {
      await seedReferenceCase(a);
      await a.saveCampaign({ id: 'B', name: 'Campaign B', actualCost: 100, startDate: '2026-01-01' });
      await a.importLeads({ campaignId: 'B' }, [{ email: 'b1@example.com' }, { email: 'b2@example.com' }]);
    };
    const { el } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary compare="A,B" locale="uk" style="width: 360px"></campaign-summary>`, seed);
    await ready(el);
    const root = el.shadowRoot!;
    const shown = (s: string) => root.querySelector<HTMLElement>(s)!.offsetParent !== null;
    expect(shown('.table-wrap'), 'table hidden').to.equal(false);
    expect(shown('[part=cards]'), 'cards shown').to.equal(true);
    expect(root.host.scrollWidth).to.be.at.most(360);
    const cards = () => [...root.querySelectorAll('[part=cards] h3')].map(nameIn);
    expect(cards()).to.deep.equal(['Campaign A', 'Campaign B']);
    const card = root.querySelector('[part=cards] li')!;
    expect([...card.querySelectorAll('dt')].map((d) => d.textContent)).to.include('Учасники');
    const sort = root.querySelector<HTMLSelectElement>('#sort-by')!;
    sort.value = 'members';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.sortBy).to.equal('members');
    expect(root.querySelector('#chart-title')!.textContent).to.equal('Учасники за кампаніями');
    const order = root.querySelector<HTMLSelectElement>('select.order')!;
    order.value = 'asc';
    order.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cards()).to.deep.equal(['Campaign B', 'Campaign A']);
    expect(root.querySelector('[part=cards] .sorted dt')!.textContent).to.equal('Учасники');
    await expect(el).to.be.accessible();
    // Wide again: the table is back, sorted the same way.
    el.style.width = '1100px';
    await waitUntil(() => shown('.table-wrap') && !shown('[part=cards]'), 'table in a wide container');
    expect(root.querySelector('th[aria-sort=ascending]')!.textContent!.trim()).to.match(/^Учасники/);
  });

  it('edits costs in place through the adapter, with validation', async () => {
    const { el, adapter } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary campaign="A" editable-costs></campaign-summary>`, seedReferenceCase);
    await ready(el);
    const actual = el.shadowRoot!.querySelector<HTMLInputElement>('#actual')!;
    actual.value = '-5';
    el.shadowRoot!.querySelector<HTMLButtonElement>('.costs button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.costs [role=alert]'));
    expect(actual.getAttribute('aria-invalid')).to.equal('true');
    expect((await adapter.getCampaign('A')).actualCost).to.equal(5000);
    actual.value = '10 000';
    const changed = oneEvent(el, 'campaign-costs-change');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.costs button')!.click();
    await changed;
    expect((await adapter.getCampaign('A')).actualCost).to.equal(10000);
    await waitUntil(() => figure(el, 'Cost per lead') === '$100.00', 'figures follow the saved cost');
    // English groups with commas: "12,500" is twelve thousand five hundred, not 12.5.
    actual.value = '12,500';
    const again = oneEvent(el, 'campaign-costs-change');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.costs button')!.click();
    await again;
    expect((await adapter.getCampaign('A')).actualCost).to.equal(12500);
    await expect(el).to.be.accessible();
  });

  it('formats numbers and currency for the locale', async () => {
    const { el } = await renderWithAdapter<CampaignSummary>(html`<campaign-summary campaign="A" locale="fr"></campaign-summary>`, seedReferenceCase);
    await ready(el);
    expect(figure(el, 'Valeur gagnée').replace(/\s/g, ' ')).to.equal('15 000,00 $US');
    expect(figure(el, 'ROI')).to.match(/^200\s?%$/);
  });
});
