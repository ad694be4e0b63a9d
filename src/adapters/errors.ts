/** One problem with one field of an input, in a form a UI can localize (`code`) and place (`path`). */
export interface FieldIssue {
  /** Dotted path of the field (`lead.email`, `memberStatuses.1.label`); empty for the whole input. */
  path: string;
  /** Stable code: `required`, `email`, `too_long`, `too_small`, `invalid_type`, `one_default`, ... */
  code: string;
  /** An English description, for logs and developers. UIs translate `code` instead. */
  message: string;
}

export type LeadKitErrorCode = 'validation' | 'not-found' | 'conflict' | 'unavailable' | 'aborted' | 'access' | 'configuration';

/** Base class of every error an adapter throws: `instanceof LeadKitError` or check `code`. */
export class LeadKitError extends Error {
  // Named literally: a minifier renames classes, and messages must still read "ConflictError: …".
  override name = 'LeadKitError';
  constructor(
    readonly code: LeadKitErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The input was refused; nothing was written. `issues` says which fields and why. */
export class ValidationError extends LeadKitError {
  override name = 'ValidationError';
  constructor(readonly issues: FieldIssue[]) {
    super('validation', `Invalid input: ${issues.map((i) => `${i.path || '(input)'}: ${i.code}`).join(', ')}`);
  }
}

/** A record the call needs does not exist. */
export class NotFoundError extends LeadKitError {
  override name = 'NotFoundError';
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super('not-found', `${entity} ${id} not found`);
  }
}

/**
 * A concurrent change won: a record changed since it was read, or a unique key is taken.
 * Nothing was written; read again and retry.
 */
export class ConflictError extends LeadKitError {
  override name = 'ConflictError';
  constructor(
    message = 'The data changed since it was read',
    readonly reason: 'version' | 'exists' | 'idempotency' | 'converted' | 'in_use' = 'version',
  ) {
    super('conflict', message);
  }
}

/** The store or server cannot be reached or used right now (offline, blocked, quota). */
export class UnavailableError extends LeadKitError {
  override name = 'UnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('unavailable', message, options);
  }
}

/**
 * The server could not be reached, but the write is safe: it is kept on the device (the REST
 * adapter's outbox) and will be sent, exactly once, when the server is reachable again.
 */
export class QueuedError extends UnavailableError {
  override name = 'QueuedError';
  readonly queued = true;
  constructor(
    message: string,
    /** The outbox entry (the request's Idempotency-Key). */
    readonly key: string,
    /**
     * False when the device refused to store it (IndexedDB quota, private mode): it waits in
     * this page's memory and is lost if the page closes before the server is reachable.
     */
    readonly durable = true,
    /** Why it waits, when it is not a lost connection: an `AccessError` (the page's key was refused). */
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * A destination's own limit is reached (a CRM's daily cap, say): the write is kept on the
 * device (the cause of a `QueuedError`) and sent once the limit allows, at `retryAt` at the soonest.
 */
export class LimitError extends UnavailableError {
  override name = 'LimitError';
  constructor(
    message: string,
    /** When the limit lets the next one through (ms since the epoch). */
    readonly retryAt: number,
  ) {
    super(message);
  }
}

/**
 * The server refused the key (401: unknown, revoked or malformed; 403: a publishable key on a
 * secret route, another tenant, an origin the key does not allow). Retrying will not help until
 * the site owner fixes the configuration; a lead that met it is kept on the device, not retried.
 */
export class AccessError extends LeadKitError {
  override name = 'AccessError';
  constructor(
    /** 401 or 403. */
    readonly status: number,
    message: string,
  ) {
    super('access', message);
  }
}

/**
 * The kit was configured in a way it refuses (a secret key on a public page, an attribute
 * value it does not know, two destinations at once): nothing was sent; `attribute` names what
 * to fix.
 */
export class ConfigurationError extends LeadKitError {
  override name = 'ConfigurationError';
  constructor(
    message: string,
    /** The attribute or meta tag at fault (`key`, `server`, `lead-kit:key`…). */
    readonly attribute: string,
  ) {
    super('configuration', message);
  }
}

/** The caller's `AbortSignal` fired. */
export class AbortedError extends LeadKitError {
  override name = 'AbortedError';
  constructor() {
    super('aborted', 'The operation was aborted');
  }
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new AbortedError();
}
