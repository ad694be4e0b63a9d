import * as z from 'zod/mini';

/**
 * Building blocks shared by every record schema.
 *
 * Text that a person typed is stored NFC-normalized and trimmed of surrounding white space,
 * otherwise exactly as typed: no case folding, no stripping of diacritics, any script.
 */

/** Record identifiers: opaque, URL-safe strings (UUIDs by default, any host id accepted). */
export const idSchema = z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(128, 'too_long'));

/** Free text as typed: trimmed, NFC-normalized, bounded. */
export const text = (max = 255) => z.string().check(z.trim(), z.normalize('NFC'), z.maxLength(max, 'too_long'));

/** Text that must not be empty once trimmed. */
export const requiredText = (max = 255) =>
  z.string().check(z.trim(), z.normalize('NFC'), z.minLength(1, 'required'), z.maxLength(max, 'too_long'));

/** Optional text; an empty string after trimming is stored as absent. */
export const optionalText = (max = 255) =>
  z.optional(z.pipe(text(max), z.transform((v: string) => (v === '' ? undefined : v))));

/** A calendar date, `YYYY-MM-DD`. */
export const dateSchema = z.iso.date('date');

/** An instant, ISO 8601 with offset (`toISOString()` output). */
export const instantSchema = z.iso.datetime({ offset: true, error: 'datetime' });

/** A non-negative money amount in the campaign's or opportunity's currency. */
export const moneySchema = z.number('number').check(z.nonnegative('too_small'), z.lte(1e15, 'too_big'));

/** A percentage, 0 to 100. */
export const percentSchema = z.number('number').check(z.gte(0, 'too_small'), z.lte(100, 'too_big'));

/** A non-negative whole number. */
export const countSchema = z.int('integer').check(z.nonnegative('too_small'));

/**
 * An email address, internationalized (RFC 6531): the local part may hold any non-ASCII
 * character, the domain may be written in Unicode (IDN) or Punycode. ASCII-only rules such as
 * zod's default `email()` would refuse `олена@приклад.укр`, so this is the kit's own rule.
 */
const LOCAL = /^(?!\.)(?!.*\.\.)[^\s@"(),:;<>[\\\]]{1,64}(?<!\.)$/u;
const LABEL = /^(?!-)[\p{L}\p{N}\p{M}-]{1,63}(?<!-)$/u;
const TLD = /^(?:[\p{L}\p{M}]{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/** True when `value` has the shape of a deliverable (internationalized) email address. */
export function isEmailAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at < 1) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  if (labels.length < 2 || !LOCAL.test(local)) return false;
  const tld = labels[labels.length - 1];
  return TLD.test(tld) && labels.every((l) => LABEL.test(l));
}

/** An email address as typed (trimmed, NFC), validated by {@link isEmailAddress}. */
export const emailSchema = z.string().check(
  z.trim(),
  z.normalize('NFC'),
  z.minLength(1, 'required'),
  z.refine(isEmailAddress, 'email'),
);

/** A custom field's value: text, a number, yes/no, empty, or a list of choices (a form's multiple checkboxes). */
export const customValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string().check(z.maxLength(255, 'too_long'))).check(z.maxLength(50, 'too_long'))]);

/** Custom fields: API names to values. Names start with a letter; at most 100 fields. */
export const customFieldsSchema = z
  .record(z.string().check(z.regex(/^[A-Za-z][\w-]{0,63}$/, 'field_name')), customValueSchema)
  .check(z.refine<Record<string, unknown>>((r) => Object.keys(r).length <= 100, 'too_many'));

/** Fields every stored record carries: id, optimistic-concurrency version, timestamps. */
export const recordBase = {
  id: idSchema,
  /** Starts at 1 and grows by one with every committed write. */
  version: z.int().check(z.gte(1)),
  createdAt: instantSchema,
  updatedAt: instantSchema,
};

export type CustomFields = z.infer<typeof customFieldsSchema>;

export { typedNumber } from './typed-number.js';
