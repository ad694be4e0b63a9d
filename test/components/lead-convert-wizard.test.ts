import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/lead-kit.js';
import { idbFixture } from '../helpers/idb.js';
import '../../src/define/lead-convert-wizard.js';
import type { LeadConvertWizard } from '../../src/components/lead-convert-wizard/lead-convert-wizard.js';
import { UnavailableError, type DataAdapter } from '../../src/adapters/adapter.js';
import { ChangeBuilder } from '../../src/domain/change-builder.js';
import type { LocalAdapter } from '../../src/adapters/local/index.js';
import { byLabel, renderWithAdapter, textOf } from '../helpers/render.js';

let leadId = '';
async function seed(adapter: DataAdapter) {
  await adapter.saveCampaign({ id: 'A', name: 'Spring newsletter', type: 'email' });
  await adapter.saveCampaign({ id: 'E', name: 'Summit', type: 'event' });
  const r = await adapter.submitLead({
    submissionId: `wiz-${Math.random()}`,
    campaignId: 'A',
    lead: { email: 'ana@acme.com', firstName: 'Ana', lastName: 'Pop', company: 'Acme Inc.', phone: '+40 1', custom: { budget: 100, color: 'red' } },
  });
  await adapter.submitLead({ submissionId: `wiz-${Math.random()}`, campaignId: 'E', lead: { email: 'ana@acme.com' }, status: 'Registered' });
  leadId = r.person.id;
}

const ready = (el: LeadConvertWizard) => waitUntil(() => el.shadowRoot!.querySelector('form, [part=result]'), 'the wizard is ready');
const primary = (el: LeadConvertWizard) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;
async function next(el: LeadConvertWizard) {
  primary(el).click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}
const headingText = (el: LeadConvertWizard) => el.shadowRoot!.querySelector('[part=step-heading]')?.textContent?.trim();

async function render(extra = html``, setup?: (a: LocalAdapter) => Promise<void>) {
  const r = await renderWithAdapter<LeadConvertWizard>(html`<lead-convert-wizard lead="PLACEHOLDER"></lead-convert-wizard>${extra}`, async (a) => {
    await seed(a);
    if (setup) await setup(a as LocalAdapter);
  });
  r.el.lead = leadId;
  await ready(r.el);
  return r;
}

describe('<lead-convert-wizard>', () => {
  it('walks account, contact, opportunity and review with focus on each heading, then converts', async () => {
    const { el, adapter } = await render();
    el.customFieldMap = { budget: 'annualBudget' };
    expect(headingText(el)).to.equal('Account');
    expect(byLabel(el, 'Account name').value).to.equal('Acme Inc.');
    await expect(el).to.be.accessible();
    await next(el);
    expect(headingText(el)).to.equal('Contact');
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('step-heading');
    await expect(el).to.be.accessible();
    await next(el);
    expect(headingText(el)).to.equal('Opportunity');
    expect(byLabel(el, 'Opportunity name').value).to.equal('Acme Inc. - Ana Pop');
    expect(byLabel<HTMLSelectElement>(el, 'Primary campaign source').value).to.equal('A');
    const amount = byLabel(el, 'Amount');
    amount.value = '12 500,50';
    amount.dispatchEvent(new Event('input'));
    await expect(el).to.be.accessible();
    await next(el);
    expect(headingText(el)).to.equal('Review');
    const review = el.shadowRoot!.querySelector('[part=review]')!.textContent!.replace(/\s+/g, ' ');
    expect(review).to.include('Create account “Acme Inc.”');
    expect(review).to.include('Create contact Ana Pop');
    expect(review).to.include('Create opportunity “Acme Inc. - Ana Pop”');
    expect(review).to.include('Move 2 campaign memberships');
    expect(review).to.match(/\$12,500\.50 · Prospecting · closes [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    expect(review).not.to.include('No amount');
    expect(review).to.include('budget → annualBudget');
    expect(review).to.include('dropped (no mapping): color');
    await expect(el).to.be.accessible();
    // Back keeps what was entered.
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.secondary')!.click();
    await el.updateComplete;
    expect(byLabel(el, 'Amount').value).to.equal('12 500,50');
    await next(el);
    const converted = oneEvent(el, 'lead-converted');
    await next(el);
    const { result } = (await converted).detail;
    expect(result.droppedCustomFields).to.deep.equal(['color']);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=result]'));
    expect(textOf(el)).to.include('The lead was converted. Created and linked: Account Contact Opportunity');
    await expect(el).to.be.accessible();
    const [opportunity] = await adapter.listOpportunities({ primaryCampaignId: 'A' });
    expect(opportunity).to.deep.include({ amount: 12500.5, name: 'Acme Inc. - Ana Pop', contactId: result.contactId });
    expect((await adapter.getContact(result.contactId)).custom).to.deep.equal({ annualBudget: 100 });
    expect((await adapter.getLead(leadId)).status).to.equal('converted');
  });

  it('suggests the matching account and contact, and previews the merge', async () => {
    const { el, adapter } = await render(html``, async (a) => {
      const b = new ChangeBuilder(new Date().toISOString());
      b.create('accounts', 'acc-1', { name: 'ACME' });
      b.create('contacts', 'con-1', { email: 'ana@acme.com', emailKey: 'ana@acme.com', firstName: 'Anna' });
      await a.store.commit(b.changes);
    });
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[id$="-acc-acc-1"]')!.checked).to.equal(true);
    await next(el);
    const text = textOf(el);
    expect(text).to.include('Merge into the existing contact Anna');
    expect(text).to.include('Empty fields that will be filled: Last name, Phone');
    await expect(el).to.be.accessible();
    await next(el);
    byLabel(el, 'Create an opportunity').click();
    await el.updateComplete;
    await next(el);
    const converted = oneEvent(el, 'lead-converted');
    await next(el);
    const { result } = (await converted).detail;
    expect(result).to.deep.include({ accountId: 'acc-1', contactId: 'con-1', accountCreated: false, contactCreated: false });
    expect(result.opportunityId).to.equal(undefined);
    expect((await adapter.getContact('con-1')).firstName).to.equal('Anna');
  });

  it('lets the page cancel, and reports a storage failure mid-conversion with nothing written', async () => {
    const { el, adapter } = await render();
    el.compact = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part=step-heading]').length).to.equal(4);
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('lead-convert', cancel);
    await next(el);
    expect((await adapter.getLead(leadId)).status).to.equal('open');
    el.removeEventListener('lead-convert', cancel);
    // The storage fails when the conversion commits, after every read and the plan: a real
    // failure mid-conversion, not a stub in front of the adapter.
    const store = (adapter as LocalAdapter).store;
    const commit = store.commit.bind(store);
    let attempted = 0;
    store.commit = async () => {
      attempted++;
      throw new UnavailableError('the disk is full');
    };
    const before = await Promise.all([adapter.getLead(leadId), adapter.searchAccounts('Acme'), adapter.pageMembers({ campaignId: 'A' }), adapter.countMembers('A')]);
    const failed = oneEvent(el, 'lead-convert-error');
    await next(el);
    await failed;
    await el.updateComplete;
    expect(attempted).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include('nothing was changed');
    await expect(el).to.be.accessible();
    store.commit = commit;
    const after = await Promise.all([adapter.getLead(leadId), adapter.searchAccounts('Acme'), adapter.pageMembers({ campaignId: 'A' }), adapter.countMembers('A')]);
    expect(after).to.deep.equal(before);
    expect(after[0].status).to.equal('open');
    expect(await adapter.findPersonByEmail('ana@acme.com')).to.deep.equal({ type: 'lead', id: leadId });
    const converted = oneEvent(el, 'lead-converted');
    await next(el);
    await converted;
    expect((await adapter.getLead(leadId)).status).to.equal('converted');
  });

  it('says so when the lead is already converted, in the page language', async () => {
    const { el, adapter } = await render();
    const lead = await adapter.getLead(leadId);
    await adapter.convertLead({ leadId, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' } });
    el.locale = 'uk';
    el.lead = '';
    await el.updateComplete;
    el.lead = leadId;
    await waitUntil(() => textOf(el).includes('Цей лід уже конвертовано'), 'already converted, in Ukrainian');
    await expect(el).to.be.accessible();
  });

  it('renders nothing until it has a lead, and honours hidden', async () => {
    const { el } = await render();
    el.lead = '';
    await el.updateComplete;
    expect(el.shadowRoot!.children.length === 0 || !el.shadowRoot!.querySelector('section')).to.equal(true);
    el.lead = leadId;
    el.hidden = true;
    await ready(el);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('shows a not-found state for an unknown lead', async () => {
    const { el } = await render();
    el.lead = 'nope';
    await waitUntil(() => textOf(el).includes('This lead was not found.'));
    await expect(el).to.be.accessible();
  });

  it('tells accounts of the same name apart, warns of an opportunity without amount, and links what it created', async () => {
    const { el } = await render(html``, async (a) => {
      const b = new ChangeBuilder('2026-01-15T10:00:00.000Z');
      b.create('accounts', 'acc-1', { name: 'Acme Inc.', country: 'Romania' });
      await a.store.commit(b.changes);
      const c = new ChangeBuilder('2026-06-01T10:00:00.000Z');
      c.create('accounts', 'acc-2', { name: 'Acme Inc.', website: 'acme.example' });
      await a.store.commit(c.changes);
    });
    el.recordHref = '/crm/{type}/{id}';
    const labels = [...el.shadowRoot!.querySelectorAll('[role=radiogroup] label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels).to.have.length(2);
    expect(labels[0]).not.to.equal(labels[1]);
    expect(labels.join(' | ')).to.include('Romania · created Jan 15, 2026').and.include('acme.example · created Jun 1, 2026');
    await next(el);
    await next(el);
    await next(el);
    const review = el.shadowRoot!.querySelector('[part=review]')!.textContent!.replace(/\s+/g, ' ');
    expect(review).to.include('No amount: the opportunity counts as 0');
    expect(review).to.include('— · Prospecting · closes');
    const converted = oneEvent(el, 'lead-converted');
    await next(el);
    const { result } = (await converted).detail;
    await waitUntil(() => el.shadowRoot!.querySelector('[part=record-link]'));
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=record-link]')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Account', `/crm/account/${result.accountId}`],
      ['Contact', `/crm/contact/${result.contactId}`],
      ['Opportunity', `/crm/opportunity/${result.opportunityId}`],
    ]);
    await expect(el).to.be.accessible();
  });

  it('writes the close date as the page language does (not 12/29/2026) and draws no focus box on a step heading', async () => {
    const { el } = await render();
    el.locale = 'uk';
    await next(el);
    await next(el);
    const heading = el.shadowRoot!.querySelector<HTMLElement>('[part=step-heading]')!;
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    expect(getComputedStyle(heading).outlineStyle).to.equal('none');
    const close = byLabel(el, 'Дата закриття');
    close.value = '2026-12-29';
    close.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const shown = el.shadowRoot!.getElementById(close.getAttribute('aria-describedby')!)!.textContent!;
    expect(shown).to.equal(new Intl.DateTimeFormat('uk', { dateStyle: 'medium' }).format(new Date(2026, 11, 29)));
    expect(shown).not.to.include('12/29');
    await next(el);
    const review = el.shadowRoot!.querySelector('[part=review]')!.textContent!;
    expect(review).to.include(shown);
    el.locale = 'vi';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=review]')!.textContent).to.include('29 thg 12, 2026');
  });

  it('notices at once when the lead is converted in another tab', async () => {
    const db = idbFixture();
    try {
      await seed(db.adapter);
      const kit = await fixture<HTMLElement>(html`<lead-kit .adapter=${db.adapter}><lead-convert-wizard lead=${leadId}></lead-convert-wizard></lead-kit>`);
      const el = kit.querySelector<LeadConvertWizard>('lead-convert-wizard')!;
      await ready(el);
      const other = db.peer();
      const lead = await other.getLead(leadId);
      await other.convertLead({ leadId, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' } });
      await waitUntil(() => textOf(el).includes('This lead was already converted.'), 'the wizard says so without a click', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    } finally {
      await db.cleanup();
    }
  });
});
