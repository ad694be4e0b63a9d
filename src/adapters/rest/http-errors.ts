import { AccessError, ConflictError, LeadKitError, NotFoundError, UnavailableError, ValidationError } from '../errors.js';
import type { WireError } from './routes.js';

/**
 * The adapter's typed errors over HTTP, both directions in one place: the server answers an error
 * with `errorToWire`, the RestAdapter turns the answer back with `wireToError`.
 *
 * | error | status |
 * | --- | --- |
 * | ValidationError (issues) | 422 |
 * | NotFoundError (entity, id) | 404 |
 * | ConflictError, reason `version` | 412 |
 * | ConflictError, other reasons | 409 |
 * | UnavailableError | 503 (429 and other 5xx also read as unavailable) |
 */
export function errorToWire(error: LeadKitError): { status: number; body: WireError } {
  if (error instanceof ValidationError) return { status: 422, body: { error: { code: 'validation', message: error.message, issues: error.issues } } };
  if (error instanceof NotFoundError) return { status: 404, body: { error: { code: 'not-found', message: error.message, entity: error.entity, id: error.id } } };
  if (error instanceof ConflictError) return { status: error.reason === 'version' ? 412 : 409, body: { error: { code: 'conflict', message: error.message, reason: error.reason } } };
  if (error instanceof UnavailableError) return { status: 503, body: { error: { code: 'unavailable', message: error.message } } };
  return { status: 400, body: { error: { code: error.code, message: error.message } } };
}

/** The adapter error for an HTTP error answer (`body` as parsed, if it was JSON). */
export function wireToError(status: number, body: WireError | undefined, method: string): LeadKitError {
  const e = body?.error;
  const message = e?.message ?? `${method}: HTTP ${status}`;
  switch (status) {
    case 422:
      return new ValidationError(e?.issues ?? [{ path: '', code: 'invalid', message }]);
    case 404:
      return new NotFoundError(e?.entity ?? 'record', e?.id ?? '');
    case 409:
    case 412:
      return new ConflictError(message, (e?.reason as ConflictError['reason']) ?? 'version');
    case 401:
    case 403:
      return new AccessError(status, message);
    default:
      return new UnavailableError(`${message} (HTTP ${status})`);
  }
}
