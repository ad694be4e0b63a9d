import { AbortedError, UnavailableError, ValidationError, type FieldIssue } from '../errors.js';
import type { ParsedLeadSubmission } from '../../model/submission.js';
import { SubmitOnlyAdapter, unconfirmed, type Delivered } from './submit-only.js';

/**
 * The two CRM connectors (submit-only.ts has what they share: validation, the sent log, pacing
 * and the kept queue).
 */

// ---- Salesforce Web-to-Lead ---------------------------------------------------------------

export interface SalesforceWebToLeadOptions {
  /** The organization id (`oid`). */
  oid: string;
  /** Default: https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8 */
  endpoint?: string;
  /** Custom fields: the kit's custom field name → the Salesforce field id (`00N…`). */
  customFields?: Record<string, string>;
  /** Sends `debug=1` and `debugEmail` (Salesforce emails what it received). */
  debugEmail?: string;
  /**
   * Web-to-Lead's daily cap (500 a day per organization; Salesforce drops the rest into an email):
   * at most this many from this device in any 24 hours; more are kept here and sent after. Default 500.
   */
  dailyLimit?: number;
  fetch?: typeof fetch;
  /** The clock (tests). */
  now?: () => number;
}

/** Standard Web-to-Lead field names for the kit's lead fields. */
export const SALESFORCE_FIELDS: Record<string, string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phone: 'phone',
  company: 'company',
  title: 'title',
  industry: 'industry',
  employees: 'employees',
  country: 'country',
  website: 'URL',
  description: 'description',
  rating: 'rating',
};

const SALESFORCE_SOURCES: Record<string, string> = {
  web: 'Web',
  event: 'Event',
  referral: 'Referral',
  import: 'Other',
  partner: 'Partner',
  advertisement: 'Advertisement',
  email: 'Email',
  phone: 'Phone Inquiry',
  other: 'Other',
};

/**
 * `<lead-form>` → Salesforce Web-to-Lead: a form-encoded POST with `oid`, the standard field
 * names, `Campaign_ID` (the form's `campaign`), `member_status`, `lead_source` and custom fields
 * by id. Salesforce's answer is opaque (no CORS), so a submission is recorded as sent but
 * unconfirmed (`confirmed: false`) and a retry of the same submission id is never re-posted.
 */
export class SalesforceWebToLead extends SubmitOnlyAdapter {
  readonly name: string;

  constructor(private readonly options: SalesforceWebToLeadOptions) {
    super(`lead-kit:salesforce-sent:${options.oid}`, { max: options.dailyLimit ?? 500, windowMs: 24 * 60 * 60 * 1000 }, options.now);
    this.name = `salesforce-web-to-lead:${options.oid}`;
  }

  protected limitText(): string {
    return `Web-to-Lead's daily limit (${this.window.max} in 24 hours from this device) is reached`;
  }

  /** The form fields posted for a submission (exactly what Web-to-Lead documents). */
  formFields(s: ParsedLeadSubmission): URLSearchParams {
    const p = new URLSearchParams();
    p.set('oid', this.options.oid);
    for (const [field, name] of Object.entries(SALESFORCE_FIELDS)) {
      const value = (s.lead as Record<string, unknown>)[field];
      if (value !== undefined && value !== null && value !== '') p.set(name, String(value));
    }
    p.set('lead_source', SALESFORCE_SOURCES[s.lead.source ?? s.source ?? 'web'] ?? 'Web');
    p.set('Campaign_ID', s.campaignId);
    if (s.status) p.set('member_status', s.status);
    for (const [name, value] of Object.entries(s.lead.custom ?? {})) {
      const id = this.options.customFields?.[name];
      if (id && value !== null && value !== undefined) p.set(id, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
    }
    if (this.options.debugEmail) {
      p.set('debug', '1');
      p.set('debugEmail', this.options.debugEmail);
    }
    return p;
  }

  /** One form post; Salesforce's answer is opaque (no CORS): sent, unconfirmed. */
  protected async deliver(s: ParsedLeadSubmission, signal?: AbortSignal): Promise<Delivered> {
    const endpoint = this.options.endpoint ?? 'https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8';
    try {
      await (this.options.fetch ?? fetch)(endpoint, {
        method: 'POST',
        mode: 'no-cors',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: this.formFields(s).toString(),
        keepalive: true,
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw new AbortedError();
      throw new UnavailableError('Salesforce cannot be reached', { cause: error });
    }
    return { result: unconfirmed(s, 'salesforce') };
  }
}

// ---- HubSpot Forms Submission API v3 -------------------------------------------------------

export interface HubSpotFormsOptions {
  portalId: string;
  formGuid: string;
  /** Default: https://api.hsforms.com */
  baseUrl?: string;
  /** The kit's field (or custom field) name → the HubSpot property name, for fields not in HUBSPOT_FIELDS. */
  fields?: Record<string, string>;
  /** Subscription type for marketing consent (`legalConsentOptions.consent.communications`). */
  subscriptionTypeId?: number;
  /** Retries after 429 (waiting as Retry-After says, else a doubling delay) before the submission is kept for later. Default 3. */
  retries?: number;
  retryDelayMs?: number;
  /** HubSpot's rate for the Forms API: 50 requests per 10 seconds per IP address. Default `{ max: 50, windowMs: 10000 }`. */
  rateLimit?: { max: number; windowMs: number };
  fetch?: typeof fetch;
  /** The clock (tests). */
  now?: () => number;
}

export const HUBSPOT_FIELDS: Record<string, string> = {
  firstName: 'firstname',
  lastName: 'lastname',
  email: 'email',
  phone: 'phone',
  company: 'company',
  title: 'jobtitle',
  industry: 'industry',
  employees: 'numemployees',
  country: 'country',
  website: 'website',
  description: 'message',
};

/** HubSpot's `errors[].errorType` → the kit's field issue code. */
const HUBSPOT_ERRORS: Record<string, string> = {
  INVALID_EMAIL: 'email',
  BLOCKED_EMAIL: 'email',
  REQUIRED_FIELD: 'required',
  INVALID_NUMBER: 'number',
  NUMBER_OUT_OF_RANGE: 'too_big',
  VALUE_NOT_IN_FIELD_DEFINITION: 'invalid',
  FIELD_NOT_IN_FORM_DEFINITION: 'invalid',
  MAX_NUMBER_OF_SUBMITTED_VALUES_EXCEEDED: 'too_long',
};

/**
 * `<lead-form>` → HubSpot Forms Submission API v3 (unauthenticated endpoint): JSON `fields`,
 * `context` (page URI and name, the `hubspotutk` cookie when present), `legalConsentOptions`
 * from the consent field. A 400's `errors[].errorType` become field errors; 429 is retried after
 * a delay. Success is confirmed by HubSpot but returns no record ids (`confirmed: true`, no ids).
 */
export class HubSpotForms extends SubmitOnlyAdapter {
  readonly name: string;

  private refusals = 0;

  constructor(private readonly options: HubSpotFormsOptions) {
    super(`lead-kit:hubspot-sent:${options.portalId}:${options.formGuid}`, options.rateLimit ?? { max: 50, windowMs: 10_000 }, options.now);
    this.name = `hubspot-forms:${options.portalId}/${options.formGuid}`;
  }

  protected override get retries(): number {
    return this.options.retries ?? 3;
  }

  protected limitText(): string {
    return 'HubSpot keeps answering 429 (its rate limit)';
  }

  /** The JSON body HubSpot documents for a submission. */
  body(s: ParsedLeadSubmission): Record<string, unknown> {
    const names = { ...HUBSPOT_FIELDS, ...this.options.fields };
    const values: Record<string, unknown> = { ...s.lead, ...s.lead.custom };
    const fields = Object.entries(names)
      .filter(([field]) => values[field] !== undefined && values[field] !== null && values[field] !== '')
      .map(([field, name]) => ({ objectTypeId: '0-1', name, value: String(values[field]) }));
    const hutk = /(?:^|;\s*)hubspotutk=([^;]+)/.exec(globalThis.document?.cookie ?? '')?.[1];
    const consent = s.lead.consent;
    return {
      submittedAt: String(Date.now()),
      fields,
      context: {
        ...(hutk ? { hutk } : {}),
        ...(globalThis.location ? { pageUri: location.href, pageName: document.title } : {}),
      },
      ...(consent
        ? {
            legalConsentOptions: {
              consent: {
                consentToProcess: consent.given,
                text: consent.text ?? '',
                ...(this.options.subscriptionTypeId !== undefined
                  ? { communications: [{ value: consent.given, subscriptionTypeId: this.options.subscriptionTypeId, text: consent.text ?? '' }] }
                  : {}),
              },
            },
          }
        : {}),
    };
  }

  /** One POST: accepted (confirmed, no ids), a 429 (wait as told), or refused (400: field errors). */
  protected async deliver(s: ParsedLeadSubmission, signal?: AbortSignal): Promise<Delivered> {
    const url = `${(this.options.baseUrl ?? 'https://api.hsforms.com').replace(/\/+$/, '')}/submissions/v3/integration/submit/${encodeURIComponent(this.options.portalId)}/${encodeURIComponent(this.options.formGuid)}`;
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(this.body(s)),
        keepalive: true,
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw new AbortedError();
      throw new UnavailableError('HubSpot cannot be reached', { cause: error });
    }
    if (response.ok) {
      this.refusals = 0;
      return { result: { ...unconfirmed(s, 'hubspot'), confirmed: true } };
    }
    if (response.status === 429) {
      const after = Number(response.headers.get('retry-after'));
      const retryAfterMs = response.headers.get('retry-after') !== null && after >= 0 ? after * 1000 : (this.options.retryDelayMs ?? 1000) * 2 ** this.refusals;
      this.refusals++;
      return { retryAfterMs };
    }
    if (response.status === 400) {
      const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string; errorType: string }[] };
      throw new ValidationError(this.issues(body.errors ?? [], body.message));
    }
    throw new UnavailableError(`HubSpot answered HTTP ${response.status}`);
  }

  /** HubSpot's errors as field issues (`lead.<field>` paths, as the form expects). */
  private issues(errors: { message: string; errorType: string }[], message?: string): FieldIssue[] {
    const byName = Object.fromEntries(Object.entries({ ...HUBSPOT_FIELDS, ...this.options.fields }).map(([k, v]) => [v, k]));
    const issues = errors.map((e) => {
      const name = /'(?:[^']*\.)?([^'.]+)'/.exec(e.message)?.[1] ?? (e.errorType.includes('EMAIL') ? 'email' : '');
      const field = byName[name] ?? name;
      return { path: field ? `lead.${field}` : '', code: HUBSPOT_ERRORS[e.errorType] ?? 'invalid', message: e.message };
    });
    return issues.length ? issues : [{ path: '', code: 'invalid', message: message ?? 'HubSpot refused the submission' }];
  }
}
