import { defineUseCases, type CallOptions, type DataAdapter, type HoldSubmissionResult, type SubmitLeadResult, type UseCase } from '../adapter.js';
import { AbortedError, UnavailableError, ValidationError, type FieldIssue } from '../errors.js';
import { parseInput } from '../validate.js';
import { submissionFingerprint } from '../../domain/capture.js';
import { recallSubmission } from '../idempotency.js';
import { holdSubmissionInputSchema, leadSubmissionSchema, type HoldSubmissionInput, type LeadSubmission, type ParsedLeadSubmission } from '../../model/submission.js';

/**
 * Submit-only adapters for `<lead-form>` on sites whose system of record is a CRM: the form posts
 * straight to Salesforce Web-to-Lead or the HubSpot Forms API. They validate with the same
 * schema as every adapter; every other use case is refused (UnavailableError: "not supported by
 * this connector") — use the REST adapter or the CRM's own UI for lists and results.
 */
/** Remembers what was sent per submission id (localStorage), so a retry is never re-posted blindly. */
class SentLog {
  private memory = new Map<string, string>();
  constructor(private readonly key: string) {}
  private read(): Record<string, { print: string; result: SubmitLeadResult }> {
    try {
      return JSON.parse(globalThis.localStorage?.getItem(this.key) ?? '{}');
    } catch {
      return {};
    }
  }
  get(id: string): { print: string; result: SubmitLeadResult } | undefined {
    const m = this.memory.get(id);
    return m ? JSON.parse(m) : this.read()[id];
  }
  set(id: string, print: string, result: SubmitLeadResult): void {
    const entry = { print, result };
    this.memory.set(id, JSON.stringify(entry));
    try {
      const all = this.read();
      all[id] = entry;
      const ids = Object.keys(all);
      for (const old of ids.slice(0, Math.max(0, ids.length - 200))) delete all[old]; // keep the last 200
      globalThis.localStorage?.setItem(this.key, JSON.stringify(all));
    } catch {
      /* storage full or blocked: the memory copy still guards this page */
    }
  }
}

// Every use case but `submitLead` is refused: defined from the one list (`USE_CASES`).
// oxlint-disable-next-line typescript/no-unsafe-declaration-merging -- the use cases are defined on the prototype by defineUseCases
interface SubmitOnlyAdapter extends Pick<DataAdapter, UseCase> {}
abstract class SubmitOnlyAdapter implements DataAdapter {
  abstract readonly name: string;
  abstract submitLead(input: LeadSubmission, options?: CallOptions): Promise<SubmitLeadResult>;

  /**
   * A CRM has no quarantine: a submission a form's spam trap held is sent as a normal one (the
   * CRM's own spam filtering decides), never dropped; `held: false` says so.
   */
  async holdSubmission(input: HoldSubmissionInput, options?: CallOptions): Promise<HoldSubmissionResult> {
    const { submission } = parseInput(holdSubmissionInputSchema, input);
    const result = await this.submitLead(submission, options);
    return { submissionId: result.submissionId, held: false };
  }

  /** What each submission id sent, so a retry is answered from here instead of posted again. */
  protected readonly sent: SentLog;

  constructor(logKey: string) {
    this.sent = new SentLog(logKey);
    defineUseCases(this, () => this.unsupported());
  }

  /**
   * Validates a submission (the schema every adapter uses) and looks it up in the sent log: the
   * same id with the same values returns the first result; with other values it is refused.
   */
  protected recall(input: LeadSubmission): { s: ParsedLeadSubmission; print: string; previous?: SubmitLeadResult } {
    const s = parseInput(leadSubmissionSchema, input);
    const print = submissionFingerprint(s);
    const sent = this.sent.get(s.submissionId);
    const previous = recallSubmission(s.submissionId, print, sent && { fingerprint: sent.print, result: sent.result });
    return { s, print, ...(previous ? { previous } : {}) };
  }

  subscribe(): () => void {
    return () => {};
  }
  private unsupported = (): Promise<never> => Promise.reject(new UnavailableError(`${this.name}: not supported by this connector (submit-only)`));
}

function unconfirmed(s: ParsedLeadSubmission, system: string): SubmitLeadResult {
  return {
    submissionId: s.submissionId,
    person: { type: 'lead', id: `${system}:${s.submissionId}` },
    matched: false,
    memberId: '',
    memberCreated: false,
    campaignCreated: false,
    confirmed: false,
  };
}

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
  fetch?: typeof fetch;
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
    super(`lead-kit:salesforce-sent:${options.oid}`);
    this.name = `salesforce-web-to-lead:${options.oid}`;
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

  async submitLead(input: LeadSubmission, options?: CallOptions): Promise<SubmitLeadResult> {
    const { s, print, previous } = this.recall(input);
    if (previous) return previous; // sent before: never posted again
    const endpoint = this.options.endpoint ?? 'https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8';
    try {
      await (this.options.fetch ?? fetch)(endpoint, {
        method: 'POST',
        mode: 'no-cors',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: this.formFields(s).toString(),
        keepalive: true,
        ...(options?.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw new AbortedError();
      throw new UnavailableError('Salesforce cannot be reached', { cause: error });
    }
    const result = unconfirmed(s, 'salesforce');
    this.sent.set(s.submissionId, print, result);
    return result;
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
  /** Retries after 429 (with Retry-After or a doubling delay). Default 3. */
  retries?: number;
  retryDelayMs?: number;
  fetch?: typeof fetch;
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

  constructor(private readonly options: HubSpotFormsOptions) {
    super(`lead-kit:hubspot-sent:${options.portalId}:${options.formGuid}`);
    this.name = `hubspot-forms:${options.portalId}/${options.formGuid}`;
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

  async submitLead(input: LeadSubmission, options?: CallOptions): Promise<SubmitLeadResult> {
    const { s, print, previous } = this.recall(input);
    if (previous) return previous; // sent before: never posted again
    const url = `${(this.options.baseUrl ?? 'https://api.hsforms.com').replace(/\/+$/, '')}/submissions/v3/integration/submit/${encodeURIComponent(this.options.portalId)}/${encodeURIComponent(this.options.formGuid)}`;
    const retries = this.options.retries ?? 3;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await (this.options.fetch ?? fetch)(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(this.body(s)),
          ...(options?.signal ? { signal: options.signal } : {}),
        });
      } catch (error) {
        if ((error as Error)?.name === 'AbortError') throw new AbortedError();
        throw new UnavailableError('HubSpot cannot be reached', { cause: error });
      }
      if (response.ok) {
        const result = { ...unconfirmed(s, 'hubspot'), confirmed: true };
        this.sent.set(s.submissionId, print, result);
        return result;
      }
      if (response.status === 429 && attempt < retries) {
        const after = Number(response.headers.get('retry-after'));
        await new Promise((r) => setTimeout(r, after > 0 ? after * 1000 : (this.options.retryDelayMs ?? 1000) * 2 ** attempt));
        continue;
      }
      if (response.status === 400) {
        const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string; errorType: string }[] };
        throw new ValidationError(this.issues(body.errors ?? [], body.message));
      }
      throw new UnavailableError(`HubSpot answered HTTP ${response.status}`);
    }
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
