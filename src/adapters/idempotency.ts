import { isRetryOf } from '../domain/capture.js';
import { ConflictError } from './errors.js';

/** A submission an adapter has seen: its fingerprint and the answer it gave. */
export interface SeenSubmission<R> {
  fingerprint: string;
  result: R;
}

/**
 * Every adapter's answer to a submission id seen before: the first result when it is a retry of
 * the same values, a `ConflictError` (reason `idempotency`) when the id comes back with other
 * values; undefined for an id never seen.
 */
export function recallSubmission<R>(id: string, print: string, previous: SeenSubmission<R> | undefined): R | undefined {
  if (!previous) return undefined;
  if (!isRetryOf(previous.fingerprint, print)) throw new ConflictError(`submission ${id} was already used for different values`, 'idempotency');
  return previous.result;
}
