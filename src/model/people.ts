import * as z from 'zod/mini';
import { idSchema, optionalText, recordBase, requiredText } from './common.js';
import { openLeadStatuses, operatorFits, peopleSortFields, personField, type PeopleFilter } from '../domain/people-fields.js';
import { consentRecordSchema, contactSchema, leadRatingSchema, leadSchema, leadSourceSchema, personRefSchema } from './person.js';

const fieldName = z.string().check(z.minLength(1, 'required'), z.maxLength(80, 'too_long'));
const filterValue = z.string().check(z.maxLength(255, 'too_long'));
const bound = z.union([z.string().check(z.maxLength(40, 'too_long')), z.number().check(z.gte(-1e15), z.lte(1e15))]);

/** One condition of a people list (domain/people-fields `PeopleFilter`): the field must exist and take the operator. */
export const peopleFilterSchema = z
  .discriminatedUnion('op', [
    z.object({ field: fieldName, op: z.literal('in'), values: z.array(filterValue).check(z.minLength(1, 'required'), z.maxLength(100, 'too_long')) }),
    z.object({ field: fieldName, op: z.literal('contains'), value: z.string().check(z.minLength(1, 'required'), z.maxLength(200, 'too_long')) }),
    z.object({ field: fieldName, op: z.literal('range'), from: z.optional(bound), to: z.optional(bound) }),
    z.object({ field: fieldName, op: z.literal('empty') }),
    z.object({ field: fieldName, op: z.literal('present') }),
  ])
  .check(
    z.superRefine((f: PeopleFilter, ctx) => {
      const def = personField(f.field);
      if (!def) ctx.issues.push({ code: 'custom', message: 'unknown_field', path: ['field'], input: f.field });
      else if (!operatorFits(def.kind, f.op)) ctx.issues.push({ code: 'custom', message: 'operator', path: ['op'], input: f.op });
      else if (f.op === 'in' && def.values && f.values.some((v) => !def.values!.includes(v)))
        ctx.issues.push({ code: 'custom', message: 'invalid_value', path: ['values'], input: f.values });
      else if (f.op === 'range' && def.kind === 'date' && [f.from, f.to].some((v) => v !== undefined && Number.isNaN(Date.parse(String(v)))))
        ctx.issues.push({ code: 'custom', message: 'invalid_date', path: ['from'], input: f.from });
      else if (f.op === 'range' && def.kind === 'number' && [f.from, f.to].some((v) => v !== undefined && !Number.isFinite(Number(v))))
        ctx.issues.push({ code: 'custom', message: 'invalid_number', path: ['from'], input: f.from });
    }),
  );

/** A page request over the workspace's people (leads not converted, and contacts). */
export const peopleQuerySchema = z.object({
  type: z.optional(z.enum(['lead', 'contact'])),
  /** Case- and accent-insensitive substring of name, email or company. */
  search: optionalText(200),
  /** Every condition must hold. */
  filters: z._default(z.array(peopleFilterSchema).check(z.maxLength(20, 'too_long')), []),
  sort: z._default(z.enum(peopleSortFields), 'name'),
  direction: z._default(z.enum(['asc', 'desc']), 'asc'),
  limit: z._default(z.int().check(z.gte(1), z.lte(500)), 50),
  /** Opaque keyset cursor from a previous page's `nextCursor`. */
  cursor: z.optional(z.string().check(z.maxLength(4096))),
});

/** A person of a people list: a lead (not converted) or a contact, with its type. */
export const listedPersonSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('lead'), person: leadSchema }),
  z.object({ type: z.literal('contact'), person: contactSchema }),
]);

/** One page of people, the cursor of the next, and how many the list holds when the workspace's counter can say. */
export const peoplePageSchema = z.object({
  items: z.array(listedPersonSchema),
  nextCursor: z.optional(z.string()),
  /** The list's length (no search; filters on type, source, status and rating only); absent otherwise. */
  total: z.optional(z.int().check(z.nonnegative())),
});

/** Sets a rating, a lead source or a lead status on many leads at once (each with the version read). */
export const classifyLeadsInputSchema = z
  .object({
    leads: z.array(z.object({ id: idSchema, version: z.int().check(z.gte(1)) })).check(z.minLength(1, 'required'), z.maxLength(1000, 'too_long')),
    rating: z.optional(leadRatingSchema),
    source: z.optional(leadSourceSchema),
    status: z.optional(z.enum(openLeadStatuses as unknown as ['open', 'working', 'qualified', 'unqualified'])),
  })
  .check(z.refine((i: { rating?: string; source?: string; status?: string }) => !!(i.rating || i.source || i.status), { message: 'required', path: ['rating'] }));

const columnName = fieldName.check(z.refine((c: string) => !!personField(c), 'unknown_field'));

/** What a saved people view holds: columns (order and widths in rem), sort, filters, search and type. */
const viewDefinition = {
  columns: z.array(columnName).check(z.minLength(1, 'required'), z.maxLength(40, 'too_long')),
  /** Column widths in rem, by field. */
  widths: z.optional(z.record(columnName, z.number().check(z.gte(3, 'too_small'), z.lte(60, 'too_big')))),
  sort: z._default(z.enum(peopleSortFields), 'name'),
  direction: z._default(z.enum(['asc', 'desc']), 'asc'),
  filters: z._default(z.array(peopleFilterSchema).check(z.maxLength(20, 'too_long')), []),
  search: optionalText(200),
  type: z.optional(z.enum(['lead', 'contact'])),
};

/** A people view to save: new (no `id`/`version`, or an unused `id`) or changed (`id` + the `version` read). */
export const peopleViewInputSchema = z.object({
  id: z.optional(idSchema),
  version: z.optional(z.int().check(z.gte(1))),
  name: requiredText(80),
  /** The view a list opens with when none is named (one per workspace: saving one as default unmarks the other). */
  isDefault: z.optional(z.boolean()),
  ...viewDefinition,
});

/**
 * A saved people view, shared by the workspace. Read back leniently: a column or condition
 * naming a field that no longer exists is kept as stored, and the list leaves it out when it
 * opens the view (and says so).
 */
export const peopleViewSchema = z.object({
  ...recordBase,
  name: requiredText(80),
  isDefault: z.optional(z.boolean()),
  columns: z.array(z.string()),
  widths: z.optional(z.record(z.string(), z.number())),
  sort: z.string(),
  direction: z.enum(['asc', 'desc']),
  filters: z.array(z.looseObject({ field: z.string(), op: z.string() })),
  search: z.optional(z.string()),
  type: z.optional(z.enum(['lead', 'contact'])),
});

/**
 * A consent given or withdrawn by a person outside a form (an unsubscribe, a call, the CRM): added
 * to their records with the time it is recorded (`recordConsent`).
 */
export const consentInputSchema = z.object({
  person: personRefSchema,
  purpose: consentRecordSchema.shape.purpose,
  given: z.boolean(),
  text: consentRecordSchema.shape.text,
  version: consentRecordSchema.shape.version,
  pageUrl: consentRecordSchema.shape.pageUrl,
  source: z._default(z.enum(['link', 'import', 'api']), 'api'),
});

export type ConsentInput = z.input<typeof consentInputSchema>;
export type PeopleViewInput = z.input<typeof peopleViewInputSchema>;
export type PeopleView = z.infer<typeof peopleViewSchema>;
export type ClassifyLeadsInput = z.input<typeof classifyLeadsInputSchema>;
export type PeopleQuery = z.input<typeof peopleQuerySchema>;
export type ParsedPeopleQuery = z.infer<typeof peopleQuerySchema>;
export type PersonListItem = z.infer<typeof listedPersonSchema>;
export type PeoplePage = z.infer<typeof peoplePageSchema>;
export type { PeopleFilter };
