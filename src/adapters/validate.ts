import type { ZodMiniType } from 'zod/mini';
import { ValidationError, type FieldIssue } from './errors.js';

interface RawIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: unknown;
  format?: string;
  origin?: string;
  input?: unknown;
}

/** Maps a zod issue to the kit's field issue (a stable, localizable code). */
function toFieldIssue(issue: RawIssue): FieldIssue {
  const path = issue.path.map(String).join('.');
  let code: string = issue.code;
  const msg = issue.message;
  // Our schemas pass a stable code as the message (`'required'`, `'email'`, ...).
  if (/^[a-z_]+$/.test(msg)) code = msg;
  else if (issue.code === 'invalid_type' && issue.input === undefined) code = 'required';
  else if (issue.code === 'invalid_format') code = issue.format ?? 'invalid_format';
  else if (issue.code === 'invalid_value') code = 'invalid_option';
  const message = /^[a-z_]+$/.test(msg) ? `${path || 'input'}: ${msg.replace(/_/g, ' ')}` : msg;
  return { path, code, message };
}

/**
 * Parses `input` with `schema` at an adapter's boundary: the parsed value, or a
 * {@link ValidationError} listing every field issue (nothing is written).
 */
export function parseInput<S extends ZodMiniType>(schema: S, input: unknown, prefix?: string): S['_zod']['output'] {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = (result.error.issues as unknown as RawIssue[]).map(toFieldIssue);
  throw new ValidationError(prefix ? issues.map((i) => ({ ...i, path: i.path ? `${prefix}.${i.path}` : prefix })) : issues);
}
