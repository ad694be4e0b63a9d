import * as z from 'zod/mini';
import { idSchema, optionalText } from './common.js';
import { openLeadStatuses, operatorFits, peopleSortFields, personField, type PeopleFilter } from '../domain/people-fields.js';
import { contactSchema, leadRatingSchema, leadSchema, leadSourceSchema } from './person.js';

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

export type ClassifyLeadsInput = z.input<typeof classifyLeadsInputSchema>;
export type PeopleQuery = z.input<typeof peopleQuerySchema>;
export type ParsedPeopleQuery = z.infer<typeof peopleQuerySchema>;
export type PersonListItem = z.infer<typeof listedPersonSchema>;
export type PeoplePage = z.infer<typeof peoplePageSchema>;
export type { PeopleFilter };
