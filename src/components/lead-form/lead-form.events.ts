import type { AccessError, LeadKitError } from '../../adapters/errors.js';
import type { LeadFields, PersonRef } from '../../model/person.js';

export interface LeadSubmitDetail {
  /** Validated lead fields about to be submitted. */
  values: LeadFields;
  campaignId: string;
  /** Member status requested (undefined: the campaign's responded status). */
  status?: string;
  submissionId: string;
}

/** Fired before the lead is written; `preventDefault()` stops the submission. */
export class LeadSubmitEvent extends Event {
  static readonly type = 'lead-submit';
  constructor(readonly detail: LeadSubmitDetail) {
    super(LeadSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

export interface LeadSubmittedDetail {
  submissionId: string;
  /**
   * The lead or contact the submission is attached to. Through a publishable key (a landing
   * page's) the server does not say: a placeholder (`submission:<id>`), and `matched` is false.
   */
  person: PersonRef;
  /** True when the email matched an existing lead or contact (always false through a publishable key). */
  matched: boolean;
  memberId: string;
  campaignId: string;
  /** The campaign asks for a double opt-in: the person confirms by the link the server mailed (`pending`). */
  confirmation?: 'pending' | 'not-needed';
}

/** Fired after the lead was stored. */
export class LeadSubmittedEvent extends Event {
  static readonly type = 'lead-submitted';
  constructor(readonly detail: LeadSubmittedDetail) {
    super(LeadSubmittedEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when the submission failed; the typed values are kept. */
export class LeadSubmitErrorEvent extends Event {
  static readonly type = 'lead-submit-error';
  constructor(readonly detail: { error: LeadKitError | Error; submissionId: string }) {
    super(LeadSubmitErrorEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * The server could not be reached (REST adapter's outbox), or a CRM connector's limit is reached
 * (`reason: 'limit'`): the submission is kept and will be sent. `durable` is false when the device refused to store it (quota, private mode): it then
 * waits in the page's memory, and is lost if the visitor closes the page before it is sent.
 */
export class LeadSubmitQueuedEvent extends Event {
  static readonly type = 'lead-submit-queued';
  constructor(
    readonly detail: {
      submissionId: string;
      campaignId: string;
      durable: boolean;
      /** `limit`: the destination's own limit (a CRM's daily cap) holds it, until `retryAt` at the soonest. */
      reason?: 'limit';
      retryAt?: string;
    },
  ) {
    super(LeadSubmitQueuedEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * The server refused the page's key (401: unknown or revoked; 403: an origin or route the key
 * does not allow). The submission is kept on the device, not retried until the key changes.
 */
export class LeadKitAccessErrorEvent extends Event {
  static readonly type = 'lead-kit-access-error';
  constructor(readonly detail: { error: AccessError; status: number; submissionId: string; campaignId: string }) {
    super(LeadKitAccessErrorEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * A submission looked automated (the visitor saw the usual thank-you either way): `reason`
 * `honeypot` (the hidden field was filled), `no-interaction` (sent with no focus, click or key),
 * `too-fast` (sooner than `min-fill-seconds` after the first interaction, without autofill).
 * `outcome`: `held` — kept in the campaign's quarantine ("Suspected spam" in the member list),
 * to be released or discarded there; `submitted` — the destination has no quarantine (a CRM
 * connector), so it was submitted; `dropped` — a honeypot hit, not stored.
 */
export class LeadSubmitSuspectedEvent extends Event {
  static readonly type = 'lead-submit-suspected';
  constructor(readonly detail: { reason: 'honeypot' | 'no-interaction' | 'too-fast'; outcome: 'held' | 'submitted' | 'dropped'; values: LeadFields; campaignId: string; submissionId: string }) {
    super(LeadSubmitSuspectedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lead-kit-access-error': LeadKitAccessErrorEvent;
    'lead-submit-suspected': LeadSubmitSuspectedEvent;
    'lead-submit': LeadSubmitEvent;
    'lead-submitted': LeadSubmittedEvent;
    'lead-submit-error': LeadSubmitErrorEvent;
    'lead-submit-queued': LeadSubmitQueuedEvent;
  }
}
