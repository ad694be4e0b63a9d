import * as z from 'zod/mini';
import { idSchema, instantSchema, optionalText, recordBase, requiredText } from './common.js';
import { personRefSchema } from './person.js';
import { peopleFilterSchema } from './people.js';

/**
 * A copy of the person's display fields kept on each membership, so that a campaign's members
 * can be listed, searched and sorted from one index without joining 100k people.
 * The adapter refreshes it whenever the person changes.
 */
export const memberPersonSchema = z.object({
  firstName: optionalText(80),
  lastName: optionalText(80),
  email: optionalText(320),
  company: optionalText(255),
});

/** How a member was checked in at an event, and what the check-in replaced (for undo). */
export const checkInRecordSchema = z.object({
  /** The check-in's idempotency key: the same id applied twice is one check-in. */
  id: z.string().check(z.minLength(8, 'too_short'), z.maxLength(128, 'too_long')),
  at: instantSchema,
  /** The person was not on the list: registered at the door. */
  walkIn: z.optional(z.boolean()),
  previousStatus: requiredText(80),
  previousFirstRespondedAt: z.optional(instantSchema),
});

/**
 * A double opt-in (`Campaign.doubleOptIn`): the status a form asked for, held until the person
 * confirms by the link mailed to them (`pending`), and when they did (`confirmed`).
 */
export const optInSchema = z.object({
  state: z.enum(['pending', 'confirmed']),
  /** The status the confirmation applies. */
  status: requiredText(80),
  requestedAt: instantSchema,
  confirmedAt: z.optional(instantSchema),
});

/** Checks a member in: `code` is the member's id, or their lead's or contact's id (a badge scan). */
export const checkInInputSchema = z.object({
  campaignId: idSchema,
  code: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(128, 'too_long')),
  checkInId: z.string().check(z.trim(), z.minLength(8, 'too_short'), z.maxLength(128, 'too_long')),
  /** When the person arrived (a check-in queued offline keeps its time). Default: now. */
  at: z.optional(instantSchema),
  walkIn: z.optional(z.boolean()),
});

/** Undoes a check-in (only while the member is unchanged since). */
export const undoCheckInInputSchema = z.object({
  campaignId: idSchema,
  memberId: idSchema,
  checkInId: z.string().check(z.minLength(8, 'too_short'), z.maxLength(128, 'too_long')),
});

/** The link between one campaign and one lead or contact. Unique per (campaign, person). */
export const campaignMemberSchema = z
  .object({
    ...recordBase,
    campaignId: idSchema,
    leadId: z.optional(idSchema),
    contactId: z.optional(idSchema),
    status: requiredText(80),
    /** Follows the status: true when the status is flagged `responded`. */
    responded: z.boolean(),
    /** When the member first reached a responded status; kept when the status moves back. */
    firstRespondedAt: z.optional(instantSchema),
    person: memberPersonSchema,
    /** Set when a lead's membership moved to the contact it was converted into: the lead it was. */
    convertedLeadId: z.optional(idSchema),
    /** The event check-in that set the attended status (kept for undo and for walk-in counts). */
    checkIn: z.optional(checkInRecordSchema),
    /** A double opt-in: pending until the person confirms by email, then confirmed. */
    optIn: z.optional(optInSchema),
  })
  .check(
    z.refine<{ leadId?: string; contactId?: string }>((m) => (m.leadId === undefined) !== (m.contactId === undefined), {
      message: 'one_person',
      path: ['leadId'],
    }),
  );

/** Adds people to a campaign. Without `status` the campaign's default status applies. */
export const addMembersInputSchema = z.object({
  campaignId: idSchema,
  people: z.array(personRefSchema).check(z.minLength(1, 'required'), z.maxLength(10000, 'too_long')),
  status: z.optional(requiredText(80)),
});

/** Sets one status on many members; each carries the version the caller saw. */
export const setMemberStatusInputSchema = z.object({
  campaignId: idSchema,
  members: z
    .array(z.object({ id: idSchema, version: z.int().check(z.gte(1)) }))
    .check(z.minLength(1, 'required'), z.maxLength(10000, 'too_long')),
  status: requiredText(80),
});

export const removeMembersInputSchema = z.object({
  campaignId: idSchema,
  members: z
    .array(z.object({ id: idSchema, version: z.int().check(z.gte(1)) }))
    .check(z.minLength(1, 'required'), z.maxLength(10000, 'too_long')),
});

/** Columns a member list can be sorted by (`responded` orders by responded, then first-responded date). */
export const memberSortFields = ['name', 'type', 'company', 'email', 'status', 'responded', 'added'] as const;

/** A page request over a campaign's members. */
export const memberQuerySchema = z.object({
  campaignId: idSchema,
  status: z.optional(requiredText(80)),
  type: z.optional(z.enum(['lead', 'contact'])),
  /** Case- and accent-insensitive substring of name, email or company. */
  search: optionalText(200),
  sort: z._default(z.enum(memberSortFields), 'name'),
  direction: z._default(z.enum(['asc', 'desc']), 'asc'),
  limit: z._default(z.int().check(z.gte(1), z.lte(500)), 50),
  /** Opaque keyset cursor from a previous page's `nextCursor`. */
  cursor: z.optional(z.string().check(z.maxLength(4096))),
  /**
   * Rows to skip before the page (after `cursor` if both are given): for a scrollbar jump to a
   * position. Costs a walk over the skipped index entries; page on with `nextCursor`.
   */
  offset: z.optional(z.int().check(z.gte(0), z.lte(10_000_000))),
  /** Also answer the campaign's member counts (one round trip for a list and its figures). */
  counts: z.optional(z.boolean()),
  /**
   * Conditions on each member's person, from the people list's field catalogue (rating, lead
   * source, lead status, country, title, custom fields…): every one must hold.
   */
  filters: z.optional(z.array(peopleFilterSchema).check(z.maxLength(20, 'too_long'))),
  /** Also answer the people (lead and contact records) of the page's members, for field columns. */
  people: z.optional(z.boolean()),
});

export type MemberPerson = z.infer<typeof memberPersonSchema>;
export type CheckInRecord = z.infer<typeof checkInRecordSchema>;
export type CheckInInput = z.input<typeof checkInInputSchema>;
export type UndoCheckInInput = z.input<typeof undoCheckInInputSchema>;
export type CampaignMember = z.infer<typeof campaignMemberSchema>;
export type AddMembersInput = z.input<typeof addMembersInputSchema>;
export type SetMemberStatusInput = z.input<typeof setMemberStatusInputSchema>;
export type RemoveMembersInput = z.input<typeof removeMembersInputSchema>;
export type MemberSortField = (typeof memberSortFields)[number];
export type MemberQuery = z.input<typeof memberQuerySchema>;
export type ParsedMemberQuery = z.infer<typeof memberQuerySchema>;
export { personRefSchema };
