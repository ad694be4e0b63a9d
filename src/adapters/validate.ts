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

/** The value at `path` inside `input` (undefined when absent). */
function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v = input;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** Maps a zod issue to the kit's field issue (a stable, localizable code). */
function toFieldIssue(issue: RawIssue, input: unknown): FieldIssue {
  const path = issue.path.map(String).join('.');
  let code: string = issue.code;
  const msg = issue.message;
  // Our schemas pass a stable code as the message (`'required'`, `'email'`, ...).
  if (/^[a-z_]+$/.test(msg)) code = msg;
  else if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) code = 'required';
  else if (issue.code === 'invalid_format') code = issue.format ?? 'invalid_format';
  else if (issue.code === 'invalid_value') code = 'invalid_option';
  const message = /^[a-z_]+$/.test(msg) ? `${path || 'input'}: ${msg.replace(/_/g, ' ')}` : msg;
  return { path, code, message };
}

/** A NUL character, or a UTF-16 surrogate without its pair. */
// oxlint-disable-next-line no-control-regex -- NUL is what this looks for
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Every string in `value` (keys included, nesting up to 64 levels) that holds a NUL character or
 * a lone surrogate: text no store can keep faithfully (PostgreSQL refuses both, IndexedDB and
 * JSON would keep a string no other system reads back). One issue per field, code
 * `invalid_characters`.
 */
export function unsafeTextIssues(value: unknown, path = ''): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const walk = (v: unknown, p: string, depth: number) => {
    if (typeof v === 'string') {
      if (UNSAFE_TEXT.test(v)) issues.push({ path: p, code: 'invalid_characters', message: `${p || 'input'}: contains a NUL character or an unpaired surrogate` });
    } else if (v && typeof v === 'object' && depth < 64 && issues.length < 50) {
      for (const [k, child] of Object.entries(v)) {
        const childPath = p ? `${p}.${k}` : k;
        if (UNSAFE_TEXT.test(k)) issues.push({ path: childPath, code: 'invalid_characters', message: `${childPath}: the field name contains a NUL character or an unpaired surrogate` });
        else walk(child, childPath, depth + 1);
      }
    }
  };
  walk(value, path, 0);
  return issues;
}

/**
 * Parses `input` with `schema` at an adapter's boundary: the parsed value, or a
 * {@link ValidationError} listing every field issue (nothing is written). Text with NUL
 * characters or lone surrogates is refused first ({@link unsafeTextIssues}).
 */
export function parseInput<S extends ZodMiniType>(schema: S, input: unknown, prefix?: string): S['_zod']['output'] {
  const unsafe = unsafeTextIssues(input, prefix);
  if (unsafe.length) throw new ValidationError(unsafe);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = (result.error.issues as unknown as RawIssue[]).map((i) => toFieldIssue(i, input));
  throw new ValidationError(prefix ? issues.map((i) => ({ ...i, path: i.path ? `${prefix}.${i.path}` : prefix })) : issues);
}

/**
 * The issues `parseInput` would report for `input` (empty when valid): for a form that checks
 * what the user typed by the same rules the adapter will apply, before sending it.
 */
export function inputIssues(schema: ZodMiniType, input: unknown): FieldIssue[] {
  try {
    parseInput(schema, input);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
}
