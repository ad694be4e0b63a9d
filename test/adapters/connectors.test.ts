import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { HubSpotForms, SalesforceWebToLead } from '../../src/adapters/connectors/connectors.js';
import { ConflictError, UnavailableError, ValidationError } from '../../src/adapters/errors.js';
import '../../src/define/lead-form.js';
import '../../src/define/lead-kit.js';
import type { LeadForm } from '../../src/components/lead-form/lead-form.js';
import type { LeadKit } from '../../src/context/lead-kit.js';
import { rejectsWith } from '../helpers/expect-error.js';
import { type } from '../helpers/render.js';
import { CRM_STUBS } from '../helpers/server.js';

const STUBS = CRM_STUBS;
const received = async (api: string) => ((await (await fetch(`${STUBS}/__requests`)).json()) as { api: string; ok: boolean; form?: Record<string, string>; body?: Record<string, unknown> }[]).filter((r) => r.api === api);
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
});
