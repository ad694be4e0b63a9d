/** Small helpers of the local adapter's use cases. */
import * as z from 'zod/mini';
import { isSettableLeadStatus } from '../../domain/capture.js';
import { ValidationError } from '../errors.js';

export function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const cursorSchema = z.object({ i: z.string(), k: z.array(z.union([z.string(), z.number()])) });

export function encodeCursor(index: string, key: IDBValidKey[]): string {
  return btoa(unescape(encodeURIComponent(JSON.stringify({ i: index, k: key }))));
}

export function decodeCursor(cursor: string, index: string, prefix: IDBValidKey[]): IDBValidKey[] {
  try {
    const parsed = cursorSchema.parse(JSON.parse(decodeURIComponent(escape(atob(cursor)))));
    if (parsed.i === index && prefix.every((p, i) => parsed.k[i] === p)) return parsed.k;
  } catch {
    /* fall through */
  }
  throw new ValidationError([{ path: 'cursor', code: 'invalid_cursor', message: 'The cursor does not belong to this query' }]);
}


/** A lead's status may not be set to `converted` by a create or an update (only conversion does). */
export function refuseConvertedStatus(status: string | undefined): void {
  if (!isSettableLeadStatus(status)) throw new ValidationError([{ path: 'status', code: 'converted', message: 'A lead becomes converted only by conversion' }]);
}
