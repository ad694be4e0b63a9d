import { defineUseCases, type CallOptions, type DataAdapter, type HoldSubmissionResult, type PendingWrite, type SubmitLeadResult, type UseCase } from '../adapter.js';
import { AbortedError, LeadKitError, LimitError, QueuedError, UnavailableError, ValidationError, type FieldIssue } from '../errors.js';
import { KeptQueue, pause, SendWindow } from './pacing.js';
import { parseInput } from '../validate.js';
import { submissionFingerprint } from '../../domain/capture.js';
import { recallSubmission } from '../idempotency.js';
import { holdSubmissionInputSchema, leadSubmissionSchema, type HoldSubmissionInput, type LeadSubmission, type ParsedLeadSubmission } from '../../model/submission.js';

/**
 * Submit-only adapters for `<lead-form>` on sites whose system of record is a CRM: the form posts
 * straight to Salesforce Web-to-Lead or the HubSpot Forms API. They validate with the same
 * schema as every adapter; every other use case is refused (UnavailableError: "not supported by
 * this connector") — use the REST adapter or the CRM's own UI for lists and results.
 *
 * Both pace what they send (pacing.ts): at most the CRM's rate from this device (HubSpot: 50
 * requests per 10 s; Salesforce Web-to-Lead: 500 a day), waiting for a slot when it is a few
 * seconds away and as long as a 429 says; a submission that would wait longer (a daily cap
 * reached, HubSpot still refusing) is kept on the device and sent once the limit allows
 * (`QueuedError` caused by `LimitError`: the form thanks the visitor and tells the page).
 */

/** A slot further away than this: the submission is kept on the device rather than awaited. */
const MAX_WAIT_MS = 15_000;
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

/** What a destination answered a delivery with. */
type Delivered = { result: SubmitLeadResult } | { retryAfterMs: number };

// Every use case but `submitLead` is refused: defined from the one list (`USE_CASES`).
// oxlint-disable-next-line typescript/no-unsafe-declaration-merging -- the use cases are defined on the prototype by defineUseCases
interface SubmitOnlyAdapter extends Pick<DataAdapter, UseCase> {}
abstract class SubmitOnlyAdapter implements DataAdapter {
  abstract readonly name: string;

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
  /** The destination's rate, counted on this device. */
  protected readonly window: SendWindow;
  /** Submissions a limit held back, sent once it allows. */
  private readonly kept: KeptQueue;
  private drainTimer?: ReturnType<typeof setTimeout>;
  /** Refusals (429) met in a row while draining: the next try waits 2^n seconds more (at most 10 minutes). */
  private drainRefusals = 0;

  constructor(
    logKey: string,
    rate: { max: number; windowMs: number },
    private readonly clock: () => number = Date.now,
  ) {
    this.sent = new SentLog(logKey);
    this.window = new SendWindow(`${logKey}:window`, rate.max, rate.windowMs, clock);
    this.kept = new KeptQueue(`${logKey}:kept`);
    defineUseCases(this, () => this.unsupported());
    if (this.kept.list().length) this.scheduleDrain(this.window.waitMs());
  }

  /** One request to the destination: its answer, or how long it asked to wait (429). */
  protected abstract deliver(s: ParsedLeadSubmission, signal?: AbortSignal): Promise<Delivered>;
  /** What the limit is, in words, for the page's owner. */
  protected abstract limitText(): string;

  /**
   * Sends a submission, paced: a slot a few seconds away is waited for; further (a cap reached, a
   * long 429) the submission is kept on the device and `QueuedError` says so. Earlier kept ones
   * go first (the new one joins them).
   */
  async submitLead(input: LeadSubmission, options?: CallOptions): Promise<SubmitLeadResult> {
    const { s, print, previous } = this.recall(input);
    if (previous) return previous; // sent before: never posted again
    for (let attempt = 0; ; attempt++) {
      // Checked again after each pause, and counted with no await in between: submissions sent
      // together take the slots one by one.
      for (;;) {
        const wait = this.window.waitMs();
        // Kept already (a retry of a kept one), others waiting before it, or the slot too far: kept.
        if (wait > MAX_WAIT_MS || this.kept.list().some((e) => !e.error)) return this.keep(s, input, wait);
        if (!wait) break;
        await pause(wait, options?.signal).catch(() => Promise.reject(new AbortedError()));
      }
      this.window.record();
      const answer = await this.deliver(s, options?.signal);
      if ('result' in answer) {
        this.drainRefusals = 0;
        this.sent.set(s.submissionId, print, answer.result);
        return answer.result;
      }
      this.window.pauseUntil(this.clock() + answer.retryAfterMs);
      if (attempt >= this.retries) {
        this.drainRefusals++; // the destination keeps refusing: the kept one is tried again later, backing off
        return this.keep(s, input, this.window.waitMs());
      }
    }
  }

  /** Retries after a 429 before the submission is kept for later. */
  protected get retries(): number {
    return 3;
  }

  private keep(s: ParsedLeadSubmission, input: LeadSubmission, waitMs: number): never {
    const durable = this.kept.add({ submissionId: s.submissionId, input, keptAt: new Date(this.clock()).toISOString() });
    this.scheduleDrain(waitMs);
    const retryAt = this.clock() + waitMs;
    throw new QueuedError(`${this.name}: ${this.limitText()}; kept on this device and sent from ${new Date(retryAt).toISOString()}`, s.submissionId, durable, {
      cause: new LimitError(this.limitText(), retryAt),
    });
  }

  private scheduleDrain(ms: number): void {
    clearTimeout(this.drainTimer);
    const backoff = this.drainRefusals ? Math.min(600_000, 1000 * 2 ** this.drainRefusals) : 0;
    this.drainTimer = setTimeout(() => void this.flushPendingWrites(), Math.min(Math.max(ms, backoff, 0) + 50, 2 ** 31 - 1));
  }

  /** The submissions kept on this device until the destination's limit allows them. */
  async pendingWrites(): Promise<PendingWrite[]> {
    return this.kept.list().map((e) => ({
      key: e.submissionId,
      method: 'submitLead',
      campaignId: (e.input as { campaignId?: string }).campaignId,
      input: e.input,
      createdAt: e.keptAt,
      state: e.error ? 'failed' : 'pending',
      ...(e.error ? { error: e.error } : {}),
    }));
  }

  /**
   * Sends the kept submissions the limit allows now, oldest first, in one tab at a time. Each
   * goes at most once: marked as going before its request (sent with `keepalive`), so a page
   * closed mid-way never sends it again; one the destination refuses is kept as failed.
   */
  async flushPendingWrites(): Promise<void> {
    await this.kept.exclusive(async () => {
      for (const entry of this.kept.list()) {
        if (entry.error) continue;
        if (entry.sending || this.sent.get(entry.submissionId)) {
          this.kept.remove(entry.submissionId);
          continue;
        }
        const wait = this.window.waitMs();
        if (wait > 0) return this.scheduleDrain(wait);
        const s = parseInput(leadSubmissionSchema, entry.input);
        this.kept.update({ ...entry, sending: true });
        this.window.record();
        try {
          const answer = await this.deliver(s);
          if ('retryAfterMs' in answer) {
            this.kept.update({ ...entry, sending: false });
            this.window.pauseUntil(this.clock() + answer.retryAfterMs);
            this.drainRefusals++;
            return this.scheduleDrain(this.window.waitMs());
          }
          this.drainRefusals = 0;
          this.sent.set(s.submissionId, submissionFingerprint(s), answer.result);
          this.kept.remove(entry.submissionId);
        } catch (error) {
          if (error instanceof UnavailableError) {
            this.kept.update({ ...entry, sending: false });
            return this.scheduleDrain(30_000); // unreachable: later
          }
          this.kept.update({ ...entry, sending: false, error: error instanceof LeadKitError ? error.message : String(error) });
        }
      }
    });
  }

  /** Drops a failed kept submission (after the user has seen or exported it). */
  async discardPendingWrite(key: string): Promise<void> {
    this.kept.remove(key);
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
