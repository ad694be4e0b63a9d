import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LocalAdapter as Local, MemoryStore } from '../../src/adapters/local/index.js';
import type { LeadKit } from '../../src/context/lead-kit.js';
import type { LeadSubmission } from '../../src/model/submission.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { TEST_SERVER, testKey } from '../helpers/server.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/lead-form.js';
import type { LeadForm } from '../../src/components/lead-form/lead-form.js';
import type { LocalAdapter } from '../../src/adapters/local/index.js';
import { byLabel, renderWithAdapter, textOf, type } from '../helpers/render.js';
import { enCore } from '../../src/i18n/messages/en-core.js';
import { frCore } from '../../src/i18n/messages/fr-core.js';
import { roCore } from '../../src/i18n/messages/ro-core.js';
import { ruCore } from '../../src/i18n/messages/ru-core.js';
import { ukCore } from '../../src/i18n/messages/uk-core.js';
import { viCore } from '../../src/i18n/messages/vi-core.js';
import { enComponents } from '../../src/i18n/messages/en-components.js';
import { frComponents } from '../../src/i18n/messages/fr-components.js';
import { roComponents } from '../../src/i18n/messages/ro-components.js';
import { ruComponents } from '../../src/i18n/messages/ru-components.js';
import { ukComponents } from '../../src/i18n/messages/uk-components.js';
import { viComponents } from '../../src/i18n/messages/vi-components.js';

const submitButton = (el: LeadForm) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!;
const submit = async (el: LeadForm) => {
  submitButton(el).click();
  await el.updateComplete;
};
const succeeded = (el: LeadForm) => waitUntil(() => el.shadowRoot!.querySelector('[part=success]'), 'shows the success message');

async function fillDefault(el: LeadForm, email = 'ana.pop@example.com', first = 'Ana') {
  type(el, 'First name', first);
  type(el, 'Last name', 'Pop');
  type(el, 'Email', email);
  type(el, 'Company', 'Acme');
  await el.updateComplete;
}

async function personOf(adapter: LocalAdapter, email: string) {
  const ref = await adapter.findPersonByEmail(email);
  return ref ? adapter.getLead(ref.id) : undefined;
}

describe('<lead-form>', () => {
  it('shows first name, last name, email and company with autofill tokens, email required, and is accessible', async () => {
    const { el } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A"></lead-form>`);
    const fields = [...el.shadowRoot!.querySelectorAll('input:not([tabindex="-1"])')] as HTMLInputElement[];
    expect(fields.map((f) => f.autocomplete)).to.deep.equal(['given-name', 'family-name', 'email', 'organization']);
    expect(byLabel(el, 'Email').required).to.equal(true);
    expect(byLabel(el, 'Email').type).to.equal('email');
    expect(byLabel(el, 'Company').required).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('stores a submission as a lead on the campaign, with source, attribution and the responded status', async () => {
    history.replaceState(null, '', `${location.pathname}?utm_source=newsletter&utm_medium=email&utm_campaign=spring`);
    try {
      const { el, adapter } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="0" lead-source="advertisement"></lead-form>`);
      await fillDefault(el);
      const submitted = oneEvent(el, 'lead-submitted');
      await submit(el);
      const { detail } = await submitted;
      expect(detail.matched).to.equal(false);
      expect(detail.campaignId).to.equal('A');
      await succeeded(el);
      expect(textOf(el)).to.include('Thank you, Ana!');
      const lead = await adapter.getLead(detail.person.id);
      expect(lead).to.deep.include({ firstName: 'Ana', lastName: 'Pop', email: 'ana.pop@example.com', company: 'Acme', source: 'advertisement' });
      expect(lead.attribution).to.deep.include({ utmSource: 'newsletter', utmMedium: 'email', utmCampaign: 'spring' });
      expect(lead.attribution!.pageUrl).to.include('utm_source=newsletter');
      const [member] = (await adapter.pageMembers({ campaignId: 'A' })).items;
      expect(member).to.deep.include({ id: detail.memberId, status: 'Responded', responded: true });
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('a double opt-in campaign: the visitor is asked to confirm by email, the page language goes with the submission, and the membership waits', async () => {
    const { el, adapter } = await renderWithAdapter<LeadForm>(
      html`<lead-form campaign="NEWS" min-fill-seconds="0" locale="uk"></lead-form>`,
      (a) => a.saveCampaign({ id: 'NEWS', name: 'News', type: 'email', doubleOptIn: true }),
      { doubleOptIn: true },
    );
    const sent: unknown[] = [];
    const submitLead = adapter.submitLead.bind(adapter);
    adapter.submitLead = (input, options) => (sent.push(input), submitLead(input, options));
    type(el, ukCore['form.firstName'], 'Олена');
    type(el, ukCore['form.email'], 'olena@example.com');
    await el.updateComplete;
    const submitted = oneEvent(el, 'lead-submitted');
    await submit(el);
    expect((await submitted).detail.confirmation).to.equal('pending');
    await succeeded(el);
    expect(textOf(el)).to.include(ukCore['form.confirm-email']);
    expect((sent[0] as { locale?: string }).locale).to.equal('uk');
    const [member] = (await adapter.pageMembers({ campaignId: 'NEWS' })).items;
    expect([member.status, member.responded, member.optIn?.state]).to.deep.equal(['Sent', false, 'pending']);
    await expect(el).to.be.accessible();
  });

  it('a double opt-in campaign on the Lead Kit server: a publishable form asks the visitor to confirm by email; the membership waits', async () => {
    const secret = await testKey();
    const pub = await testKey('publishable', secret.tenant);
    const admin = new RestAdapter({ baseUrl: TEST_SERVER, key: secret.key, outbox: false });
    await admin.saveCampaign({ id: 'DOI', name: 'Server newsletter', type: 'email', doubleOptIn: true });
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${new RestAdapter({ baseUrl: TEST_SERVER, key: pub.key, outbox: false })}><lead-form campaign="DOI" min-fill-seconds="0" locale="fr"></lead-form></lead-kit>`);
    const el = kit.querySelector('lead-form')!;
    await el.updateComplete;
    type(el, frCore['form.email'], 'serveur@example.com');
    await el.updateComplete;
    const submitted = oneEvent(el, 'lead-submitted');
    await submit(el);
    expect((await submitted).detail.confirmation).to.equal('pending');
    await succeeded(el);
    expect(textOf(el)).to.include(frCore['form.confirm-email']);
    const [member] = (await admin.pageMembers({ campaignId: 'DOI' })).items;
    expect([member.status, member.responded, member.optIn?.state]).to.deep.equal(['Sent', false, 'pending']);
  });

  describe('progressive profiling', () => {
    const labels = (el: LeadForm) => [...el.shadowRoot!.querySelectorAll('.fields label')].map((l) => l.textContent!.replace(/\(required\)|\*/g, '').trim());
    afterEach(() => localStorage.removeItem('lead-kit-visitor'));

    it('a returning visitor is asked the next queued questions instead of what is known; the device keeps only an id', async () => {
      localStorage.removeItem('lead-kit-visitor');
      const adapter = new Local(new MemoryStore());
      const form = () => fixture<LeadKit>(html`<lead-kit .adapter=${adapter}><lead-form campaign="A" min-fill-seconds="0" fields="firstName lastName email company" queue="title phone country"></lead-form></lead-kit>`);
      const first = (await form()).querySelector('lead-form')!;
      await first.updateComplete;
      expect(labels(first)).to.deep.equal(['First name', 'Last name', 'Email', 'Company'], 'a first visit: the form’s own fields, no queued one');
      const keysBefore = new Set(Object.keys(localStorage));
      await fillDefault(first);
      await submit(first);
      await succeeded(first);
      const visitor = localStorage.getItem('lead-kit-visitor')!;
      expect(/^[\w-]{16,64}$/.test(String(visitor))).to.equal(true, String(visitor));
      expect(Object.keys(localStorage).filter((k) => !keysBefore.has(k)), 'nothing else kept').to.deep.equal(['lead-kit-visitor']);
      expect(JSON.stringify(localStorage)).not.to.include('ana.pop');

      const again = (await form()).querySelector('lead-form')!;
      await waitUntil(() => labels(again).includes('Job title'), 'the queued questions');
      // First name, last name and company are known: three queued questions take their place; the email stays.
      expect(labels(again)).to.deep.equal(['Email', 'Job title', 'Phone', 'Country']);
      await expect(again).to.be.accessible();
      type(again, 'Email', 'ana.pop@example.com');
      type(again, 'Job title', 'CTO');
      await again.updateComplete;
      await submit(again);
      await succeeded(again);
      const lead = await personOf(adapter, 'ana.pop@example.com');
      expect(lead).to.deep.include({ firstName: 'Ana', company: 'Acme', title: 'CTO' });
    });

    it('profiling="off": no id is kept or sent, and the form asks its own fields', async () => {
      const adapter = new Local(new MemoryStore());
      const sent: LeadSubmission[] = [];
      const submitLead = adapter.submitLead.bind(adapter);
      adapter.submitLead = (input, options) => (sent.push(input), submitLead(input, options));
      const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${adapter}><lead-form campaign="A" min-fill-seconds="0" queue="title phone" profiling="off"></lead-form></lead-kit>`);
      const el = kit.querySelector('lead-form')!;
      await el.updateComplete;
      await fillDefault(el);
      await submit(el);
      await succeeded(el);
      expect(localStorage.getItem('lead-kit-visitor')).to.equal(null);
      expect('visitorId' in sent[0]).to.equal(false);
      // Even with an id on the device (another form of the site), it is neither read nor sent.
      localStorage.setItem('lead-kit-visitor', 'visitor-0000000000000042');
      let asked = 0;
      adapter.knownFields = async () => (asked++, ['firstName', 'lastName', 'company']);
      const other = (await fixture<LeadKit>(html`<lead-kit .adapter=${adapter}><lead-form campaign="A" queue="title phone" profiling="off"></lead-form></lead-kit>`)).querySelector('lead-form')!;
      await other.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(asked).to.equal(0);
      expect(labels(other)).to.deep.equal(['First name', 'Last name', 'Email', 'Company']);
    });

    it('<lead-field queued> declares queued questions; an adapter that cannot tell (offline) leaves the form as declared', async () => {
      localStorage.setItem('lead-kit-visitor', 'visitor-0000000000000043');
      const adapter = new Local(new MemoryStore());
      adapter.knownFields = () => Promise.reject(new Error('offline'));
      const el = (
        await fixture<LeadKit>(html`<lead-kit .adapter=${adapter}
          ><lead-form campaign="A"><lead-field name="firstName"></lead-field><lead-field name="email" required></lead-field><lead-field name="budget" label="Budget" queued></lead-field></lead-form
        ></lead-kit>`)
      ).querySelector('lead-form')!;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(labels(el)).to.deep.equal(['First name', 'Email']);
      adapter.knownFields = async () => ['firstName'];
      const known = (
        await fixture<LeadKit>(html`<lead-kit .adapter=${adapter}
          ><lead-form campaign="A"><lead-field name="firstName"></lead-field><lead-field name="email" required></lead-field><lead-field name="budget" label="Budget" queued></lead-field></lead-form
        ></lead-kit>`)
      ).querySelector('lead-form')!;
      await waitUntil(() => labels(known).includes('Budget'), 'the queued custom question');
      expect(labels(known)).to.deep.equal(['Email', 'Budget']);
    });
  });

  it('adds a repeat visitor to a second campaign without creating a second lead', async () => {
    const { el, adapter } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="0"></lead-form>`);
    await fillDefault(el, 'olena@example.com', 'Олена');
    await submit(el);
    await succeeded(el);
    el.campaign = 'B';
    el.reset();
    await el.updateComplete;
    type(el, 'Email', ' OLENA@Example.com ');
    type(el, 'Company', 'Other');
    const submitted = oneEvent(el, 'lead-submitted');
    await submit(el);
    expect((await submitted).detail.matched).to.equal(true);
    const lead = await personOf(adapter, 'olena@example.com');
    expect(lead!.company).to.equal('Acme');
    expect((await adapter.countMembers('A')).total).to.equal(1);
    expect((await adapter.countMembers('B')).total).to.equal(1);
    expect((await adapter.pageMembers({ campaignId: 'B' })).items[0].leadId).to.equal(lead!.id);
  });

  it('sends a double submit once', async () => {
    const { el, adapter } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="0"></lead-form>`);
    await fillDefault(el);
    let events = 0;
    el.addEventListener('lead-submitted', () => events++);
    const form = el.shadowRoot!.querySelector('form')!;
    form.requestSubmit();
    form.requestSubmit();
    await succeeded(el);
    expect(events).to.equal(1);
    expect((await adapter.countMembers('A')).leads).to.equal(1);
  });

  it('shows localized errors after a submit attempt, tied to the fields, and focuses the first invalid one', async () => {
    const { el, adapter } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="0" fields="firstName* email employees"></lead-form>`);
    type(el, 'Email', 'not-an-email');
    type(el, 'Employees', 'many');
    await el.updateComplete;
    await submit(el);
    const first = byLabel(el, 'First name');
    expect(first.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById(first.getAttribute('aria-describedby')!)!.textContent).to.equal('This field is required.');
    expect(el.shadowRoot!.activeElement).to.equal(first);
    const email = byLabel(el, 'Email');
    expect(el.shadowRoot!.getElementById(email.getAttribute('aria-describedby')!)!.textContent).to.include('email address');
    expect(byLabel(el, 'Employees').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part=error-summary]')!.textContent).to.include('Please correct 3 fields:');
    expect(email.value).to.equal('not-an-email'); // what was typed stays
    await expect(el).to.be.accessible();
    expect((await adapter.listCampaigns()).length).to.equal(0);
    el.locale = 'fr';
    await el.updateComplete;
    type(el, 'Prénom', '');
    await el.updateComplete;
    expect(textOf(el)).to.include('Ce champ est obligatoire.');
  });

  it('does not shift the layout when a field error appears', async () => {
    const { el } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A"></lead-form>`);
    const before = el.getBoundingClientRect().height;
    type(el, 'Email', 'not-an-email');
    await el.updateComplete;
    expect(byLabel(el, 'Email').getAttribute('aria-invalid')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.equal(before);
  });

  it('does not show an error while a field has not been left yet', async () => {
    const { el } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A"></lead-form>`);
    const email = byLabel(el, 'Email');
    email.value = 'ana@';
    email.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    email.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
  });

  it('accepts internationalized emails and names in any script, stored NFC, shown as text', async () => {
    const { el, adapter } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="0"></lead-form>`);
    const xss = '<img src=x onerror=alert(1)>';
    type(el, 'First name', xss);
    type(el, 'Last name', 'Nguyễn Thị Ánh'.normalize('NFD'));
    type(el, 'Email', 'олена@приклад.укр');
    type(el, 'Company', 'Țesătoria Ștefănești');
    await el.updateComplete;
    const submitted = oneEvent(el, 'lead-submitted');
    await submit(el);
    const lead = await adapter.getLead((await submitted).detail.person.id);
    expect(lead.firstName).to.equal(xss);
    expect(lead.lastName).to.equal('Nguyễn Thị Ánh'.normalize('NFC'));
    expect(lead.company).to.equal('Țesătoria Ștefănești');
    expect(lead.email).to.equal('олена@приклад.укр');
    await succeeded(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(textOf(el)).to.include(xss);
  });

  it('catches bots by the honeypot (dropped, logged) and by the fill time (held in the quarantine): they see success, no lead is made', async () => {
    const { el, adapter } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="0"></lead-form>`);
    await fillDefault(el);
    const hp = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=website_url]')!;
    hp.value = 'http://spam.example';
    hp.dispatchEvent(new Event('input'));
    let stored = false;
    el.addEventListener('lead-submitted', () => (stored = true));
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    const dropped = oneEvent(el, 'lead-submit-suspected');
    try {
      await submit(el);
      await succeeded(el);
    } finally {
      console.warn = warn;
    }
    expect((await dropped).detail).to.deep.include({ reason: 'honeypot', outcome: 'dropped' });
    expect(warnings.join()).to.match(/honeypot.*dropped/);
    expect(stored).to.equal(false);
    expect(await adapter.findPersonByEmail('ana.pop@example.com')).to.equal(null);
    expect((await adapter.listHeldSubmissions('A')).total).to.equal(0);

    const fast = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="30"></lead-form>`);
    await fillDefault(fast.el);
    const held = oneEvent(fast.el, 'lead-submit-suspected');
    await submit(fast.el);
    await succeeded(fast.el);
    expect((await held).detail.outcome).to.equal('held');
    expect(await fast.adapter.findPersonByEmail('ana.pop@example.com')).to.equal(null);
    const [kept] = (await fast.adapter.listHeldSubmissions('A')).items;
    expect(kept.submission.lead.email).to.equal('ana.pop@example.com');
    expect(kept.id).to.equal((await held).detail.submissionId);
  });

  it('times the fill from the first real interaction: typed and sent after min-fill-seconds is stored; no interaction or too fast is held as suspected, not captured', async () => {
    // A bot that fills and posts the form by script: no trusted focus, key or click.
    const bot = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="1"></lead-form>`);
    const botEmail = byLabel(bot.el, 'Email');
    botEmail.value = 'bot@example.com';
    botEmail.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const suspected = oneEvent(bot.el, 'lead-submit-suspected');
    bot.el.shadowRoot!.querySelector('form')!.requestSubmit();
    expect((await suspected).detail).to.deep.include({ reason: 'no-interaction', outcome: 'held', campaignId: 'A' });
    expect((await suspected).detail.values.email).to.equal('bot@example.com');
    await succeeded(bot.el);
    expect(await bot.adapter.findPersonByEmail('bot@example.com')).to.equal(null);
    expect((await bot.adapter.listHeldSubmissions('A')).items.map((h) => h.reason)).to.deep.equal(['no-interaction']);

    // A person typing (real key events), then pressing Enter once the fill time has passed.
    const { el, adapter } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="1"></lead-form>`);
    byLabel(el, 'Email').focus();
    await sendKeys({ type: 'person@example.com' });
    await new Promise((r) => setTimeout(r, 1100));
    const submitted = oneEvent(el, 'lead-submitted');
    await sendKeys({ press: 'Enter' });
    await submitted;
    expect(await adapter.findPersonByEmail('person@example.com')).to.not.equal(null);

    // The same person pressing Enter at once: too fast (no autofill), announced, not stored.
    const quick = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="3"></lead-form>`);
    byLabel(quick.el, 'Email').focus();
    await sendKeys({ type: 'quick@example.com' });
    const tooFast = oneEvent(quick.el, 'lead-submit-suspected');
    await sendKeys({ press: 'Enter' });
    expect((await tooFast).detail.reason).to.equal('too-fast');
    expect(await quick.adapter.findPersonByEmail('quick@example.com')).to.equal(null);
    // Held, not lost: released, it is captured like any submission.
    const [held] = (await quick.adapter.listHeldSubmissions('A')).items;
    expect(held.reason).to.equal('too-fast');
    const released = await quick.adapter.releaseHeldSubmission(held.id);
    expect(released.memberCreated).to.equal(true);
    expect(await quick.adapter.findPersonByEmail('quick@example.com')).to.deep.equal(released.person);
  });

  it('an autofilled form sent 1 s after the page loaded is stored (the browser filled it: no time trap)', async () => {
    // Headless Chromium cannot autofill; the browser's own autofill state (`:autofill`) stands in,
    // set on the fields the way Chrome sets it, and nothing else of the form is touched.
    const { el, adapter } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A"></lead-form>`);
    const email = byLabel(el, 'Email');
    const matches = Element.prototype.matches;
    Element.prototype.matches = function (this: Element, selector: string) {
      if ((selector === ':autofill' || selector === ':-webkit-autofill') && this === email) return true;
      return matches.call(this, selector);
    } as typeof matches;
    try {
      email.value = 'autofilled@example.com';
      email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await new Promise((r) => setTimeout(r, 1000));
      const submitted = oneEvent(el, 'lead-submitted');
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      await submitted;
    } finally {
      Element.prototype.matches = matches;
    }
    expect(await adapter.findPersonByEmail('autofilled@example.com')).to.not.equal(null);
    expect((await adapter.listHeldSubmissions('A')).total).to.equal(0);
  });

  it('offers the field types a marketer expects: radio, multiple checkboxes (a list), date, dropdown, paragraph, phone, number, hidden — each validated and submitted, in six languages', async () => {
    const cores = { en: enCore, uk: ukCore, ru: ruCore, fr: frCore, vi: viCore, ro: roCore } as const;
    for (const [locale, core] of Object.entries(cores)) {
      const { el, adapter } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="0" locale=${locale}>
        <lead-field name="email"></lead-field>
        <lead-field name="size" type="radio" label="Team size" options="s=1–10; m=11–50; l=51+" required></lead-field>
        <lead-field name="topics" type="checkboxes" label="Topics" options="crm=CRM; forms=Forms; events=Events" required></lead-field>
        <lead-field name="visit" type="date" label="Preferred date"></lead-field>
        <lead-field name="plan" type="select" label="Plan" options="free, pro"></lead-field>
        <lead-field name="notes" type="textarea" label="Notes"></lead-field>
        <lead-field name="phone"></lead-field>
        <lead-field name="seats" type="number" label="Seats"></lead-field>
        <lead-field name="utm" type="hidden" value="spring"></lead-field>
      </lead-form>`);
      await el.updateComplete;
      const root = el.shadowRoot!;
      // Groups are fieldsets named by their legend; each option is a labelled input.
      expect([...root.querySelectorAll('fieldset legend')].map((l) => l.textContent!.trim().split(/[\s*]/)[0])).to.deep.equal(['Team', 'Topics']);
      expect(root.querySelectorAll('input[type=radio][name=size]').length).to.equal(3);
      expect(root.querySelectorAll('input[type=checkbox][name=topics]').length).to.equal(3);
      expect(byLabel(el, 'Preferred date').type).to.equal('date');
      type(el, core['form.email'], `types-${locale}@example.com`);
      await submit(el);
      // Required groups: the language's message, focus on the first option.
      await waitUntil(() => root.querySelector('.error-summary'), 'the error summary', { timeout: 3000 });
      expect(root.querySelector('.error-summary')!.textContent).to.contain(core['field.required']);
      expect(root.activeElement?.id).to.equal(root.querySelector<HTMLInputElement>('input[name=size]')!.id);
      root.querySelector<HTMLInputElement>('input[name=size][value=m]')!.click();
      root.querySelector<HTMLInputElement>('input[name=topics][value=crm]')!.click();
      root.querySelector<HTMLInputElement>('input[name=topics][value=events]')!.click();
      root.querySelector<HTMLInputElement>('input[name=topics][value=crm]')!.click();
      root.querySelector<HTMLInputElement>('input[name=topics][value=crm]')!.click();
      type(el, 'Preferred date', '2027-03-14');
      type(el, 'Seats', locale === 'en' ? '1,200' : '1200');
      type(el, 'Notes', 'Line one\nline two');
      const plan = byLabel<HTMLSelectElement>(el, 'Plan');
      plan.value = 'pro';
      plan.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const submitted = oneEvent(el, 'lead-submitted');
      await submit(el);
      await submitted;
      const lead = await personOf(adapter, `types-${locale}@example.com`);
      expect(lead!.custom).to.deep.equal({ size: 'm', topics: ['crm', 'events'], visit: '2027-03-14', plan: 'pro', notes: 'Line one\nline two', seats: 1200, utm: 'spring' });
    }
  });

  it('shows a field only while its show-if holds: a hidden field is neither required nor sent, and its value comes back when it shows again', async () => {
    const { el, adapter } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="0">
      <lead-field name="email"></lead-field>
      <lead-field name="interest" type="select" label="Interested in a demo?" options="yes=Yes; no=No"></lead-field>
      <lead-field name="budget" type="number" label="Budget" required show-if="interest=yes"></lead-field>
      <lead-field name="role" type="select" label="Role" options="buyer, student"></lead-field>
      <lead-field name="company" show-if="role!=student"></lead-field>
    </lead-form>`);
    await el.updateComplete;
    const labels = () =>
      [...el.shadowRoot!.querySelectorAll('label')].map((l) => {
        const copy = l.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.required, .visually-hidden').forEach((n) => n.remove());
        return copy.textContent!.trim();
      });
    const choose = async (label: string, value: string) => {
      const select = byLabel<HTMLSelectElement>(el, label);
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    expect(labels()).to.not.include('Budget');
    expect(labels()).to.include('Company'); // no role: not a student
    await choose('Interested in a demo?', 'yes');
    expect(labels()).to.include('Budget');
    type(el, 'Budget', '5000');
    await choose('Interested in a demo?', 'no');
    expect(labels()).to.not.include('Budget');
    await choose('Interested in a demo?', 'yes');
    expect(byLabel(el, 'Budget').value).to.equal('5000'); // kept while hidden
    await choose('Interested in a demo?', 'no');
    await choose('Role', 'student');
    expect(labels()).to.not.include('Company');
    type(el, 'Email', 'cond@example.com');
    const submitted = oneEvent(el, 'lead-submitted');
    await submit(el); // Budget is required, but not shown: not asked
    await submitted;
    const lead = await personOf(adapter, 'cond@example.com');
    expect(lead!.custom).to.deep.equal({ interest: 'no', role: 'student' });
    expect(lead!.company).to.equal(undefined);
    // Shown again, the value typed is back, and required again.
    el.reset();
    await el.updateComplete;
    await choose('Interested in a demo?', 'yes');
    expect(byLabel(el, 'Budget').value).to.equal('');
    type(el, 'Email', 'cond2@example.com');
    await submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.error-summary'), 'Budget required while shown');
    expect(el.shadowRoot!.querySelector('.error-summary')!.textContent).to.contain('Budget');
    await expect(el).to.be.accessible();
  });

  it('asks in steps: progress, one step at a time checked before the next, values kept on Back, focus on each step title, one submission at the end', async () => {
    const { el, adapter } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="0">
      <lead-form-step label="About you">
        <lead-field name="firstName" required></lead-field>
        <lead-field name="lastName"></lead-field>
      </lead-form-step>
      <lead-form-step label="Your company">
        <lead-field name="company" required></lead-field>
        <lead-field name="interest" type="select" label="Interested in a demo?" options="yes=Yes; no=No"></lead-field>
        <lead-field name="budget" type="number" label="Budget" required show-if="interest=yes"></lead-field>
      </lead-form-step>
      <lead-form-step label="Stay in touch">
        <lead-field name="email"></lead-field>
      </lead-form-step>
    </lead-form>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.steps'), 'the progress (loaded on demand)');
    const calls: unknown[] = [];
    const submitLead = adapter.submitLead.bind(adapter);
    adapter.submitLead = (input, options) => (calls.push(input), submitLead(input, options));
    const current = () => [root.querySelector('.steps [aria-current=step]')!.textContent!.trim(), root.querySelector('.step-of')!.textContent!.trim()];
    const next = () => root.querySelector<HTMLButtonElement>('button.next')!;
    expect([...root.querySelectorAll('.steps li')].map((l) => l.textContent!.trim())).to.deep.equal(['About you', 'Your company', 'Stay in touch']);
    expect(current()).to.deep.equal(['About you', 'Step 1 of 3']);
    expect(root.querySelector('.back')).to.equal(null);
    expect(() => byLabel(el, 'Company')).to.throw(); // not on this step
    await expect(el).to.be.accessible();
    // Next checks this step's fields only.
    next().click();
    await el.updateComplete;
    expect(current()[0]).to.equal('About you');
    expect(root.querySelector('.error-summary')!.textContent).to.contain('First name');
    expect(root.querySelector('.error-summary')!.textContent).to.not.contain('Email');
    // By keyboard: type, Enter moves on; the step's title takes the focus.
    byLabel(el, 'First name').focus();
    await sendKeys({ type: 'Ana' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => current()[0] === 'Your company', 'step 2');
    expect(root.activeElement?.textContent?.trim()).to.equal('Your company');
    expect(root.querySelector('.error-summary')).to.equal(null); // a new step starts without errors
    await expect(el).to.be.accessible();
    type(el, 'Company', 'Acme');
    const interest = byLabel<HTMLSelectElement>(el, 'Interested in a demo?');
    interest.value = 'yes';
    interest.dispatchEvent(new Event('change'));
    await el.updateComplete;
    next().click();
    await el.updateComplete;
    expect(current()[0]).to.equal('Your company'); // the budget is asked now
    type(el, 'Budget', '900');
    // Back keeps every value.
    root.querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => current()[0] === 'About you', 'back to step 1');
    expect(byLabel(el, 'First name').value).to.equal('Ana');
    next().click();
    await waitUntil(() => current()[0] === 'Your company', 'step 2 again');
    expect(byLabel(el, 'Company').value).to.equal('Acme');
    expect(byLabel(el, 'Budget').value).to.equal('900');
    next().click();
    await waitUntil(() => current()[0] === 'Stay in touch', 'step 3');
    expect(submitButton(el).textContent!.trim()).to.equal('Submit');
    await expect(el).to.be.accessible();
    type(el, 'Email', 'steps@example.com');
    submitButton(el).click();
    submitButton(el).click(); // a double click sends once
    await succeeded(el);
    expect(calls).to.have.length(1);
    const lead = await personOf(adapter, 'steps@example.com');
    expect([lead!.firstName, lead!.company, lead!.custom]).to.deep.equal(['Ana', 'Acme', { interest: 'yes', budget: 900 }]);
  });

  it('records each ticked consent with its purpose, exact text, version, time and page; an unticked box or a later form without consent changes nothing', async () => {
    const { el, adapter } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="0">
      <lead-field name="email"></lead-field>
      <lead-field name="contactOk" type="consent" purpose="contact" version="2026-11" label="Acme may contact me about this request." required></lead-field>
      <lead-field name="news" type="consent" purpose="Newsletter" version="v3" label="Send me the monthly newsletter."></lead-field>
      <lead-field name="partners" type="consent" purpose="partners" label="Share my details with partners."></lead-field>
    </lead-form>`);
    await el.updateComplete;
    type(el, 'Email', 'consents@example.com');
    const before = Date.now();
    byLabel(el, 'Acme may contact me about this request.').click();
    byLabel(el, 'Send me the monthly newsletter.').click();
    await el.updateComplete;
    const submitted = oneEvent(el, 'lead-submitted');
    await submit(el);
    await submitted;
    const lead = await personOf(adapter, 'consents@example.com');
    expect(lead!.consents!.map(({ at: _at, ...r }) => r)).to.deep.equal([
      { purpose: 'contact', given: true, text: 'Acme may contact me about this request.', version: '2026-11', pageUrl: location.href, source: 'form' },
      { purpose: 'newsletter', given: true, text: 'Send me the monthly newsletter.', version: 'v3', pageUrl: location.href, source: 'form' },
    ]);
    for (const r of lead!.consents!) expect(Date.parse(r.at)).to.be.within(before, Date.now());
    // Withdrawn, then a later form without consent: the withdrawal stands.
    await adapter.recordConsent({ person: { type: 'lead', id: lead!.id }, purpose: 'newsletter', given: false, source: 'link' });
    const kit = await fixture(html`<lead-kit .adapter=${adapter}><lead-form campaign="B" min-fill-seconds="0" fields="email* company"></lead-form></lead-kit>`);
    const laterForm = kit.firstElementChild as LeadForm;
    await laterForm.updateComplete;
    type(laterForm, 'Email', 'consents@example.com');
    const again = oneEvent(laterForm, 'lead-submitted');
    await submit(laterForm);
    await again;
    const after = await personOf(adapter, 'consents@example.com');
    expect(after!.consents!.map((r) => [r.purpose, r.given])).to.deep.equal([
      ['contact', true],
      ['newsletter', true],
      ['newsletter', false],
    ]);
  });

  it('links consent text written [text](https://…), and nothing else of it is markup', async () => {
    // Markup typed into the label by a page (or copied from a CMS) stays text.
    const text = 'I accept the [privacy policy](https://example.com/privacy) and [this](javascript:alert(1)) <img src=x onerror=alert(2)>';
    const { el } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="0">
      <lead-field name="email"></lead-field>
      <lead-field name="agree" type="consent" required label=${text}></lead-field>
    </lead-form>`);
    await el.updateComplete;
    const label = el.shadowRoot!.querySelector('.consent-text')!;
    const links = [...label.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.target, a.rel])).to.deep.equal([['privacy policy', 'https://example.com/privacy', '_blank', 'noopener noreferrer']]);
    expect(label.querySelector('img')).to.equal(null);
    expect(label.textContent).to.contain('[this](javascript:alert(1)) <img src=x onerror=alert(2)>');
    await expect(el).to.be.accessible();
  });

  it('lets the page cancel a submission in lead-submit', async () => {
    const { el, adapter } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="0"></lead-form>`);
    await fillDefault(el);
    el.addEventListener('lead-submit', (e) => {
      expect(e.detail.values.email).to.equal('ana.pop@example.com');
      e.preventDefault();
    });
    let submissions = 0;
    const submitLead = adapter.submitLead.bind(adapter);
    adapter.submitLead = (input, o) => (submissions++, submitLead(input, o));
    const intent = oneEvent(el, 'lead-submit');
    await submit(el);
    await intent; // the handler stops right after a cancelled intent: nothing follows it
    await el.updateComplete;
    expect(submissions).to.equal(0);
    expect(await adapter.findPersonByEmail('ana.pop@example.com')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=success]')).to.equal(null);
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).to.equal(false);
  });

  it('keeps every typed value and says what to do when the adapter refuses an unknown campaign', async () => {
    const { el } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="NOPE" min-fill-seconds="0" locale="uk"></lead-form>`, undefined, {
      autoCreateCampaigns: false,
    });
    type(el, 'Імʼя', 'Тарас');
    type(el, 'Електронна пошта', 'taras@example.com');
    await el.updateComplete;
    const failed = oneEvent(el, 'lead-submit-error');
    await submit(el);
    expect((await failed).detail.error.name).to.equal('NotFoundError');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.include('не привʼязана до активної кампанії');
    expect(byLabel(el, 'Імʼя').value).to.equal('Тарас');
    expect(byLabel(el, 'Електронна пошта').value).to.equal('taras@example.com');
    await expect(el).to.be.accessible();
  });

  it('takes fields, labels, custom fields, hidden values and consent from <lead-field> children', async () => {
    const { el, adapter } = await renderWithAdapter<LeadForm>(html`
      <lead-form campaign="W" min-fill-seconds="0" layout="two-column">
        <lead-field name="email" label="Work email"></lead-field>
        <lead-field name="phone"></lead-field>
        <lead-field name="message"></lead-field>
        <lead-field name="budget" type="number" label="Budget (EUR)"></lead-field>
        <lead-field name="plan" type="select" label="Plan" options="basic=Basic; pro=Pro" required></lead-field>
        <lead-field name="newsletter" type="checkbox" label="Send me news"></lead-field>
        <lead-field name="landing" type="hidden" value="spring-lp"></lead-field>
        <lead-field name="consent" type="consent" label="I agree to be contacted." required></lead-field>
      </lead-form>
    `);
    expect(byLabel(el, 'Phone').autocomplete).to.equal('tel');
    expect(byLabel(el, 'Message').tagName).to.equal('TEXTAREA');
    type(el, 'Work email', 'ion@example.ro');
    type(el, 'Phone', '+40 721 000 000');
    type(el, 'Message', 'Call me');
    type(el, 'Budget (EUR)', '12 500,50');
    const plan = byLabel<HTMLSelectElement>(el, 'Plan');
    plan.value = 'pro';
    plan.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await submit(el);
    expect(byLabel(el, 'I agree to be contacted.').getAttribute('aria-invalid')).to.equal('true');
    byLabel(el, 'I agree to be contacted.').click();
    byLabel(el, 'Send me news').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const submitted = oneEvent(el, 'lead-submitted');
    await submit(el);
    const lead = await adapter.getLead((await submitted).detail.person.id);
    expect(lead).to.deep.include({ email: 'ion@example.ro', phone: '+40 721 000 000', description: 'Call me' });
    expect(lead.custom).to.deep.equal({ budget: 12500.5, plan: 'pro', newsletter: true, landing: 'spring-lp' });
    expect(lead.consent).to.deep.include({ given: true, text: 'I agree to be contacted.' });
  });

  it('pre-fills fields from the URL only when allowed', async () => {
    history.replaceState(null, '', `${location.pathname}?email=pre%40example.com&firstName=Ioana`);
    try {
      const allowed = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" prefill></lead-form>`);
      expect(byLabel(allowed.el, 'Email').value).to.equal('pre@example.com');
      expect(byLabel(allowed.el, 'First name').value).to.equal('Ioana');
      const denied = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A"></lead-form>`);
      expect(byLabel(denied.el, 'Email').value).to.equal('');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('speaks every supported language, from the nearest lang: every label, the button and the errors', async () => {
    const catalogs: Record<string, Record<string, string>> = { en: enCore, uk: ukCore, ru: ruCore, fr: frCore, vi: viCore, ro: roCore };
    const fields = ['firstName', 'lastName', 'email', 'phone', 'company', 'title', 'industry', 'employees', 'country', 'website', 'message'];
    const components: Record<string, Record<string, string>> = { en: enComponents, uk: ukComponents, ru: ruComponents, fr: frComponents, vi: viComponents, ro: roComponents };
    for (const [lang, m] of Object.entries(catalogs)) {
      // Every string exists and is written out (no empty value, no key left as text), the other
      // elements' strings too.
      for (const key of Object.keys(enCore)) expect(m[key], `${lang} ${key}`).to.be.a('string').and.match(/\S/).and.not.equal(key);
      for (const key of Object.keys(enComponents)) expect(components[lang][key], `${lang} ${key}`).to.be.a('string').and.match(/\S/).and.not.equal(key);
      const { el } = await renderWithAdapter<LeadForm>(html`<div lang=${lang}><lead-form campaign="A" fields=${`${fields.join(' ')}`}></lead-form></div>`);
      const form = el.querySelector<LeadForm>('lead-form')!;
      const labelled = (text: string) => [...form.shadowRoot!.querySelectorAll('label')].some((l) => l.textContent!.includes(text));
      await waitUntil(() => labelled(m['form.firstName']), `${lang} labels`);
      for (const f of fields) expect(byLabel(form as LeadForm, m[`form.${f}`]), `${lang} ${f}`).to.exist;
      expect(submitButton(form).textContent!.trim()).to.equal(m['form.submit']);
      if (lang !== 'en') for (const f of ['firstName', 'company', 'submit']) expect(m[`form.${f}`], `${lang} ${f} is translated`).not.to.equal(enCore[`form.${f}` as keyof typeof enCore]);
      await submit(form);
      await waitUntil(() => form.shadowRoot!.querySelector('[part=error-summary]'), `${lang} errors`);
      expect(textOf(form)).to.include(m['field.required']);
    }
  });

  it('asks for the family name first where names are written that way (Vietnamese), or as `name-order` says', async () => {
    const labels = (f: LeadForm) =>
      [...f.shadowRoot!.querySelectorAll('label')].map((l) => {
        const copy = l.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.required, .visually-hidden').forEach((n) => n.remove());
        return copy.textContent!.trim();
      });
    const { el } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" locale="vi"></lead-form>`);
    expect(labels(el).slice(0, 2)).to.deep.equal([viCore['form.lastName'], viCore['form.firstName']]);
    // The error summary and the first focused field follow what is shown.
    el.fields = 'firstName* lastName* email*';
    await el.updateComplete;
    await submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=error-summary]'));
    expect(el.shadowRoot!.activeElement?.id).to.match(/-lastName$/);
    expect(el.shadowRoot!.querySelector('[part=error-summary] li')!.textContent).to.include(viCore['form.lastName']);
    el.nameOrder = 'given-first';
    await el.updateComplete;
    expect(labels(el).slice(0, 2)).to.deep.equal([viCore['form.firstName'], viCore['form.lastName']]);
    el.locale = 'en';
    el.nameOrder = undefined;
    await el.updateComplete;
    expect(labels(el).slice(0, 2)).to.deep.equal(['First name', 'Last name']);
  });

  it('passes a CAPTCHA token from the host hook with the submission', async () => {
    const { el, adapter } = await renderWithAdapter<LeadForm>(html`<lead-form campaign="A" min-fill-seconds="0"></lead-form>`);
    const seen: unknown[] = [];
    const original = adapter.submitLead.bind(adapter);
    adapter.submitLead = (input, options) => {
      seen.push(input.captchaToken);
      return original(input, options);
    };
    el.captcha = async () => 'token-123';
    await fillDefault(el);
    await submit(el);
    await succeeded(el);
    expect(seen).to.deep.equal(['token-123']);
  });
});
