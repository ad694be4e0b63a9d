import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { HubSpotForms, SalesforceWebToLead } from '../../src/adapters/connectors/connectors.js';
import { ConflictError, LimitError, QueuedError, UnavailableError, ValidationError } from '../../src/adapters/errors.js';
import '../../src/define/lead-form.js';
import '../../src/define/lead-kit.js';
import type { LeadForm } from '../../src/components/lead-form/lead-form.js';
import type { LeadKit } from '../../src/context/lead-kit.js';
import { rejectsWith } from '../helpers/expect-error.js';
import { type } from '../helpers/render.js';
import { CRM_STUBS } from '../helpers/server.js';

const STUBS = CRM_STUBS;
const received = async (api: string) => ((await (await fetch(`${STUBS}/__requests`)).json()) as { api: string; ok: boolean; at: number; form?: Record<string, string>; body?: Record<string, unknown> }[]).filter((r) => r.api === api);
const emailOf = (r: { body?: Record<string, unknown> }) => (r.body as { fields: { name: string; value: string }[] }).fields.find((f) => f.name === 'email')?.value;
const clearStorage = (prefix: string) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).forEach((k) => localStorage.removeItem(k));
let n = 0;
const sid = () => `conn-${Date.now()}-${++n}`;

describe('connectors', () => {
  it('Salesforce Web-to-Lead: posts the documented form fields once, as sent but unconfirmed', async () => {
    const sf = new SalesforceWebToLead({ oid: '00D000000000001', endpoint: `${STUBS}/servlet/servlet.WebToLead?encoding=UTF-8`, customFields: { tshirt: '00N000000000XyZ' } });
    const before = (await received('salesforce')).length;
    const submission = {
      submissionId: sid(),
      campaignId: '701000000000ABC',
      status: 'Responded',
      source: 'web' as const,
      lead: { firstName: 'Олена', lastName: 'Шевченко', email: 'olena@example.ua', company: 'Світанок', website: 'https://svitanok.ua', custom: { tshirt: 'M' } },
    };
    const r = await sf.submitLead(submission);
    expect(r).to.deep.include({ confirmed: false, matched: false });
    await waitUntil(async () => (await received('salesforce')).length === before + 1, 'posted');
    const [last] = (await received('salesforce')).slice(-1);
    expect(last.ok).to.equal(true);
    expect(last.form).to.deep.equal({
      oid: '00D000000000001',
      first_name: 'Олена',
      last_name: 'Шевченко',
      email: 'olena@example.ua',
      company: 'Світанок',
      URL: 'https://svitanok.ua',
      lead_source: 'Web',
      Campaign_ID: '701000000000ABC',
      member_status: 'Responded',
      '00N000000000XyZ': 'M',
    });
    // A retry of the same submission is not posted again; other values under the same id are refused.
    expect(await sf.submitLead(submission)).to.deep.equal(r);
    await rejectsWith(sf.submitLead({ ...submission, lead: { ...submission.lead, company: 'Other' } }), ConflictError);
    await new Promise((res) => setTimeout(res, 100));
    expect((await received('salesforce')).length).to.equal(before + 1);
    await rejectsWith(sf.listCampaigns(), UnavailableError);
  });

  it('HubSpot Forms v3: JSON fields, context and consent; 400 errors become field errors; 429 is retried', async () => {
    const hs = new HubSpotForms({ portalId: '1234567', formGuid: 'a1b2c3d4-0000-4000-8000-000000000001', baseUrl: STUBS, subscriptionTypeId: 999, retryDelayMs: 10 });
    document.cookie = 'hubspotutk=abc123hutk; path=/';
    const r = await hs.submitLead({
      submissionId: sid(),
      campaignId: 'spring',
      lead: { firstName: 'Ana', email: 'ana@example.ro', company: 'RATE-LIMIT-ME', title: 'CMO', consent: { given: true, text: 'I agree to receive emails.' } },
    });
    expect(r.confirmed).to.equal(true);
    const sent = (await received('hubspot')).filter((x) => (x.body as { fields: { name: string; value: string }[] }).fields.some((f) => f.value === 'ana@example.ro'));
    expect(sent).to.have.length(2); // 429, then accepted
    const body = sent[1].body as Record<string, unknown>;
    expect(body.fields).to.deep.equal([
      { objectTypeId: '0-1', name: 'firstname', value: 'Ana' },
      { objectTypeId: '0-1', name: 'email', value: 'ana@example.ro' },
      { objectTypeId: '0-1', name: 'company', value: 'RATE-LIMIT-ME' },
      { objectTypeId: '0-1', name: 'jobtitle', value: 'CMO' },
    ]);
    expect(body.context).to.deep.include({ hutk: 'abc123hutk', pageUri: location.href });
    expect(body.legalConsentOptions).to.deep.equal({
      consent: { consentToProcess: true, text: 'I agree to receive emails.', communications: [{ value: true, subscriptionTypeId: 999, text: 'I agree to receive emails.' }] },
    });
    document.cookie = 'hubspotutk=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('HubSpot: the form shows HubSpot’s refusal on the field', async () => {
    const hs = new HubSpotForms({ portalId: '1234567', formGuid: 'a1b2c3d4-0000-4000-8000-000000000001', baseUrl: STUBS });
    // The kit's own rule accepts this address; HubSpot's stricter check refuses it.
    const e = await rejectsWith(hs.submitLead({ submissionId: sid(), campaignId: 'c', lead: { email: 'ana@mail.invalid' } }), ValidationError);
    expect(e.issues).to.deep.equal([{ path: 'lead.email', code: 'email', message: "Error in 'fields.email'. Invalid email address" }]);
    const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${hs}><lead-form campaign="c" min-fill-seconds="0"></lead-form></lead-kit>`);
    const form = kit.querySelector<LeadForm>('lead-form')!;
    await form.updateComplete;
    type(form, 'Email', 'ana@mail.invalid');
    const failed = oneEvent(form, 'lead-submit-error');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await failed;
    await form.updateComplete;
    expect(form.shadowRoot!.textContent).to.contain('Enter an email address like name@example.com.');
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!.value).to.equal('ana@mail.invalid');
  });

  describe('paced delivery', () => {
    it('Salesforce: past the daily cap, submissions are kept on the device and told; sent once the day allows, each once', async () => {
      const oid = '00D0000000CAP01';
      clearStorage(`lead-kit:salesforce-sent:${oid}`);
      let now = Date.parse('2026-12-07T10:00:00.000Z');
      const options = { oid, endpoint: `${STUBS}/servlet/servlet.WebToLead?encoding=UTF-8`, dailyLimit: 3, now: () => now };
      const sf = new SalesforceWebToLead(options);
      const posted = async () => (await received('salesforce')).filter((r) => r.form?.oid === oid).length;
      const subs = Array.from({ length: 5 }, (_, i) => ({ submissionId: sid(), campaignId: '701000000000CAP', lead: { email: `cap${i}@example.com`, company: 'Cap' } }));
      for (const sub of subs.slice(0, 3)) {
        await sf.submitLead(sub);
        now += 60_000;
      }
      await waitUntil(async () => (await posted()) === 3, 'three posted');
      const e = await rejectsWith(sf.submitLead(subs[3]), QueuedError);
      expect(e.durable).to.equal(true);
      expect(e.cause).to.be.instanceOf(LimitError);
      expect((e.cause as LimitError).retryAt).to.equal(Date.parse('2026-12-08T10:00:00.000Z'), 'when the first of the day leaves the window');
      await rejectsWith(sf.submitLead(subs[4]), QueuedError);
      await rejectsWith(sf.submitLead(subs[3]), QueuedError); // its retry: still kept, not posted
      expect((await sf.pendingWrites()).map((w) => [w.key, w.state])).to.deep.equal([
        [subs[3].submissionId, 'pending'],
        [subs[4].submissionId, 'pending'],
      ]);
      await sf.flushPendingWrites();
      await new Promise((r) => setTimeout(r, 200));
      expect(await posted()).to.equal(3, 'nothing goes before the cap allows');
      // The next day: the kept ones go, oldest first, once; a page loaded later sends nothing again.
      now = Date.parse('2026-12-08T10:02:01.000Z'); // all three of yesterday out of the 24 hours
      await sf.flushPendingWrites();
      await waitUntil(async () => (await posted()) === 5, 'the kept two posted');
      expect((await received('salesforce')).slice(-2).map((r) => r.form!.email)).to.deep.equal(['cap3@example.com', 'cap4@example.com']);
      expect(await sf.pendingWrites()).to.deep.equal([]);
      await sf.flushPendingWrites();
      const reloaded = new SalesforceWebToLead(options);
      expect((await reloaded.submitLead(subs[3])).confirmed).to.equal(false);
      await reloaded.flushPendingWrites();
      await new Promise((r) => setTimeout(r, 200));
      expect(await posted()).to.equal(5, 'nothing sent twice');
    });

    it('HubSpot: at most its rate from this device — ten submissions at once go four per second', async () => {
      const formGuid = 'a1b2c3d4-0000-4000-8000-00000000pace';
      clearStorage(`lead-kit:hubspot-sent:1234567:${formGuid}`);
      const hs = new HubSpotForms({ portalId: '1234567', formGuid, baseUrl: STUBS, rateLimit: { max: 4, windowMs: 1000 } });
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => hs.submitLead({ submissionId: sid(), campaignId: 'pace', lead: { email: `pace${i}@example.com` } })));
      expect(results.every((r) => r.confirmed)).to.equal(true);
      const times = (await received('hubspot')).filter((r) => /^pace\d@/.test(emailOf(r) ?? '')).map((r) => r.at).sort((a, b) => a - b);
      expect(times).to.have.length(10, 'each sent once');
      for (let i = 0; i + 4 < times.length; i++) expect(times[i + 4] - times[i]).to.be.at.least(900, `no five within a second (${i})`);
    });

    it('HubSpot: a 429 with Retry-After pauses every send for that long; one that lasts keeps the submission and the form says so', async () => {
      const formGuid = 'a1b2c3d4-0000-4000-8000-0000000000429';
      clearStorage(`lead-kit:hubspot-sent:1234567:${formGuid}`);
      const hs = new HubSpotForms({ portalId: '1234567', formGuid, baseUrl: STUBS, retries: 1, retryDelayMs: 10 });
      const first = hs.submitLead({ submissionId: sid(), campaignId: 'r', lead: { email: 'wait1@example.com', company: 'RETRY-AFTER-1' } });
      await new Promise((r) => setTimeout(r, 150));
      const second = hs.submitLead({ submissionId: sid(), campaignId: 'r', lead: { email: 'wait2@example.com' } });
      await Promise.all([first, second]);
      const log = await received('hubspot');
      const tries = log.filter((r) => emailOf(r) === 'wait1@example.com').map((r) => r.at);
      expect(tries).to.have.length(2);
      expect(tries[1] - tries[0]).to.be.at.least(950, 'waited as told');
      const other = log.find((r) => emailOf(r) === 'wait2@example.com')!;
      expect(other.at - tries[0]).to.be.at.least(950, 'the other submission waited too');

      const kit = await fixture<LeadKit>(html`<lead-kit .adapter=${hs}><lead-form campaign="r" min-fill-seconds="0"></lead-form></lead-kit>`);
      const form = kit.querySelector<LeadForm>('lead-form')!;
      await form.updateComplete;
      type(form, 'Email', 'always@example.com');
      type(form, 'Company', 'ALWAYS-429');
      const queued = oneEvent(form, 'lead-submit-queued');
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      const { detail } = await queued;
      expect(detail).to.deep.include({ durable: true, reason: 'limit' });
      await waitUntil(() => form.shadowRoot!.querySelector('[part=success]'), 'thanked');
      expect(form.shadowRoot!.querySelector('[part=success]')!.textContent).to.include('will be sent shortly');
      expect((await hs.pendingWrites()).map((w) => w.key)).to.deep.equal([detail.submissionId]);
      const sent = log.length;
      await new Promise((r) => setTimeout(r, 200));
      expect((await received('hubspot')).filter((r) => emailOf(r) === 'always@example.com').length).to.equal(2, 'tried, retried once, then kept — not hammered');
      expect((await received('hubspot')).length).to.be.at.least(sent);
      clearStorage(`lead-kit:hubspot-sent:1234567:${formGuid}`);
    });
  });
});
