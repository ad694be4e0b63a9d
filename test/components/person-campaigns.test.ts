import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/person-campaigns.js';
import '../../src/define/campaign-summary.js';
import '../../src/define/lead-kit.js';
import type { PersonCampaigns } from '../../src/components/person-campaigns/person-campaigns.js';
import type { CampaignSummary } from '../../src/components/campaign-summary/campaign-summary.js';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import type { LeadKit } from '../../src/context/lead-kit.js';
import type { PersonRef } from '../../src/model/person.js';

async function seeded() {
  const a = new LocalAdapter(new MemoryStore());
  await a.saveCampaign({ id: 'A', name: 'Spring newsletter', type: 'email' });
  await a.saveCampaign({ id: 'E', name: 'Kyiv summit', type: 'event', currency: 'EUR' });
  await a.saveCampaign({ id: 'W', name: 'Webinar', type: 'webinar' });
  const r = await a.submitLead({ submissionId: 'pc-test-0001', campaignId: 'A', lead: { firstName: 'Olena', lastName: 'Koval', email: 'olena@example.com', company: 'Acme' } });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await a.addMembers({ campaignId: 'E', people: [r.person], status: 'Registered' });
  return { a, lead: r.person };
}

async function render(a: LocalAdapter, person: PersonRef, extra = html``, attrs = '') {
  const kit = await fixture<LeadKit>(
    person.type === 'lead'
      ? html`<lead-kit .adapter=${a}><person-campaigns lead=${person.id} record-href="/campaigns/{id}" contact-href="/contacts/{id}" ?compact=${attrs === 'compact'}></person-campaigns>${extra}</lead-kit>`
      : html`<lead-kit .adapter=${a}><person-campaigns contact=${person.id}></person-campaigns>${extra}</lead-kit>`,
  );
  const el = kit.querySelector<PersonCampaigns>('person-campaigns')!;
  await waitUntil(() => el.shadowRoot!.querySelector('h2 .count'), 'loaded');
  return { kit, el, root: el.shadowRoot! };
}

const rows = (root: ShadowRoot) => [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 4).map((c) => (c.querySelector('select') as HTMLSelectElement | null)?.value ?? c.textContent!.trim()));

describe('<person-campaigns>', () => {
  it("lists the person's campaigns newest first with type, status and responded; links campaigns", async () => {
    const { a, lead } = await seeded();
    const { el, root } = await render(a, lead);
    await waitUntil(() => root.querySelectorAll('tbody tr').length === 2);
    expect(rows(root)).to.deep.equal([
      ['Kyiv summit', 'Event', 'Registered', 'No'],
      ['Spring newsletter', 'Email', 'Responded', 'Yes'],
    ]);
    expect(root.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Campaign history (2)');
    expect(root.querySelector<HTMLAnchorElement>('tbody a')!.getAttribute('href')).to.equal('/campaigns/E');
    await expect(el).to.be.accessible();
  });

  it("shows the kit's default statuses in the page's language, keeping the stored label as the value", async () => {
    const { a, lead } = await seeded();
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${a}><person-campaigns lead=${lead.id} locale="uk"></person-campaigns></lead-kit>`);
    const el = kit.querySelector<PersonCampaigns>('person-campaigns')!;
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('tbody tr select').length === 2, 'both rows');
    const [event, email] = [...root.querySelectorAll<HTMLSelectElement>('tbody tr select')];
    expect(event.value).to.equal('Registered');
    expect(event.selectedOptions[0].text).to.equal('Зареєстровано');
    expect([...email.options].map((o) => o.text)).to.deep.equal(['Надіслано', 'Відгукнувся']);
    await expect(el).to.be.accessible();
  });

  it('"Add to campaign": adds with the chosen status; a campaign the person is already on adds nothing and says so', async () => {
    const { a, lead } = await seeded();
    const { el, root } = await render(a, lead);
    root.querySelector<HTMLButtonElement>('button.add')!.click();
    await waitUntil(() => root.querySelector<HTMLDialogElement>('dialog.add')!.open, 'the dialog');
    const campaign = root.querySelector<HTMLSelectElement>('#add-campaign')!;
    expect(campaign.value, 'the first campaign the person is not on').to.equal('W');
    expect([...campaign.options].map((o) => o.text)).to.deep.equal(['Kyiv summit (already on it)', 'Spring newsletter (already on it)', 'Webinar']);
    await expect(el).to.be.accessible();
    const status = root.querySelector<HTMLSelectElement>('#add-status')!;
    expect(status.value).to.equal('Invited');
    status.value = 'Registered';
    root.querySelector<HTMLFormElement>('dialog.add form')!.requestSubmit();
    await waitUntil(() => root.querySelectorAll('tbody tr').length === 3, 'added');
    expect(root.querySelector('.card > .announce')!.textContent).to.equal('Added to Webinar as Registered.');
    expect((await a.countMembers('W')).byStatus).to.deep.equal({ Registered: 1 });
    // Already on Kyiv summit: nothing is added, and it says so.
    root.querySelector<HTMLButtonElement>('button.add')!.click();
    await waitUntil(() => root.querySelector<HTMLDialogElement>('dialog.add')!.open);
    const again = root.querySelector<HTMLSelectElement>('#add-campaign')!;
    again.value = 'E';
    again.dispatchEvent(new Event('change'));
    await el.updateComplete;
    root.querySelector<HTMLFormElement>('dialog.add form')!.requestSubmit();
    await waitUntil(() => root.querySelector('.card > .announce')!.textContent!.includes('already'), 'said so');
    expect(root.querySelector('.card > .announce')!.textContent).to.equal('Olena Koval is already on Kyiv summit: nothing was added.');
    expect((await a.countMembers('E')).total).to.equal(1);
    expect(root.querySelectorAll('tbody tr').length).to.equal(3);
  });

  it('changes a status in place and removes a membership after confirmation (the person is kept)', async () => {
    const { a, lead } = await seeded();
    const { root } = await render(a, lead);
    await waitUntil(() => root.querySelectorAll('tbody tr').length === 2);
    const select = root.querySelector<HTMLSelectElement>('tbody tr select')!; // Kyiv summit
    select.value = 'Attended';
    select.dispatchEvent(new Event('change'));
    await waitUntil(async () => (await a.countMembers('E')).byStatus.Attended === 1, 'status saved');
    await waitUntil(() => rows(root)[0][3] === 'Yes', 'responded follows');
    root.querySelector<HTMLButtonElement>('tbody tr button.remove')!.click();
    await waitUntil(() => root.querySelector<HTMLDialogElement>('dialog.remove')!.open, 'confirmation');
    expect(root.querySelector('#remove-title')!.textContent).to.equal('Remove Olena Koval from Kyiv summit? The person and the campaign are kept.');
    root.querySelector<HTMLButtonElement>('.confirm-remove')!.click();
    await waitUntil(() => root.querySelectorAll('tbody tr').length === 1, 'removed');
    expect((await a.countMembers('E')).total).to.equal(0);
    expect((await a.getLead(lead.id)).email).to.equal('olena@example.com');
  });

  it("a contact's response becomes a deal credited to the campaign, and the campaign's summary shows it", async () => {
    const { a, lead } = await seeded();
    const l = await a.getLead(lead.id);
    const converted = await a.convertLead({ leadId: l.id, leadVersion: l.version, account: { mode: 'new' }, contact: { mode: 'new' } });
    const { root, kit } = await render(a, { type: 'contact', id: converted.contactId }, html`<campaign-summary campaign="E"></campaign-summary>`);
    await waitUntil(() => root.querySelectorAll('tbody tr').length === 2);
    root.querySelector<HTMLButtonElement>('tbody tr button.deal')!.click(); // Kyiv summit
    await waitUntil(() => root.querySelector<HTMLDialogElement>('dialog.opportunity')?.open, 'the deal dialog');
    (root.querySelector<HTMLInputElement>('#opp-amount')!).value = '3000';
    root.querySelector<HTMLFormElement>('dialog.opportunity form')!.requestSubmit();
    await waitUntil(async () => (await a.listOpportunities({ primaryCampaignId: 'E' })).length === 1, 'the deal');
    const [deal] = await a.listOpportunities({ primaryCampaignId: 'E' });
    expect(deal).to.deep.include({ amount: 3000, currency: 'EUR', contactId: converted.contactId, accountId: converted.accountId });
    const summary = kit.querySelector<CampaignSummary>('campaign-summary')!;
    await waitUntil(() => summary.shadowRoot!.textContent!.includes('€3,000.00'), 'the summary counts it');
  });

  it("shows the person's consent: each purpose's standing consent, Withdraw recording a record, and the history with the text shown", async () => {
    const { a, lead } = await seeded();
    await a.submitLead({
      submissionId: 'pc-consent-0001',
      campaignId: 'W',
      lead: {
        email: 'olena@example.com',
        consents: [
          { purpose: 'newsletter', given: true, text: 'Send me the monthly newsletter.', version: 'v3', at: '2026-11-02T10:00:00.000Z', pageUrl: 'https://example.com/lp', source: 'form' },
          { purpose: 'contact', given: true, text: 'Acme may contact me.', at: '2026-11-02T10:00:00.000Z', source: 'form' },
        ],
      },
    });
    const { el, root } = await render(a, lead);
    await waitUntil(() => root.querySelector('.consents'), 'the consent section');
    const state = () => [...root.querySelectorAll('.consents tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 5).map((c) => c.textContent!.trim()));
    expect(state()).to.deep.equal([
      ['contact', 'Given', 'Nov 2, 2026', '', 'Form'],
      ['newsletter', 'Given', 'Nov 2, 2026', 'v3', 'Form'],
    ]);
    root.querySelector<HTMLButtonElement>('[aria-label="Withdraw consent: newsletter"]')!.click();
    await waitUntil(() => state()[1]?.[1] === 'Withdrawn', 'withdrawn');
    expect(state()[1][4]).to.equal('Recorded by a user');
    expect(root.querySelector('.announce')!.textContent).to.contain('Consent withdrawn: newsletter.');
    expect(!!root.querySelector('[aria-label="Withdraw consent: newsletter"]')).to.equal(false);
    const history = root.querySelector<HTMLDetailsElement>('.consent-history')!;
    expect(history.querySelector('summary')!.textContent!.trim()).to.equal('History (3)');
    history.open = true;
    expect(!!history.querySelector('li')!.querySelector('blockquote')).to.equal(false); // newest first: the withdrawal has no text
    expect([...history.querySelectorAll('blockquote')].map((b) => b.textContent!.trim())).to.include('Send me the monthly newsletter.');
    expect((await a.getLead(lead.id)).consents!.map((r) => r.given)).to.deep.equal([true, true, false]);
    await expect(el).to.be.accessible();
  });

  it('a converted lead says where its history lives and links to the contact; compact shows the newest few', async () => {
    const { a, lead } = await seeded();
    const l = await a.getLead(lead.id);
    const converted = await a.convertLead({ leadId: l.id, leadVersion: l.version, account: { mode: 'new' }, contact: { mode: 'new' } });
    const { el, root } = await render(a, lead);
    await waitUntil(() => root.querySelector('.converted'));
    expect(root.querySelector('.converted')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('This lead was converted: its campaign history now lives on its contact. Open Olena Koval');
    expect(root.querySelector<HTMLAnchorElement>('.converted a')!.getAttribute('href')).to.equal(`/contacts/${converted.contactId}`);
    expect(root.querySelector('button.add')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
