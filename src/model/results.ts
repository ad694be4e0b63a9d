import * as z from 'zod/mini';
import { campaignSchema } from './campaign.js';
import { idSchema, instantSchema } from './common.js';
import { campaignMemberSchema, memberPersonSchema } from './member.js';
import { accountSchema, contactSchema, leadRatingSchema, leadSchema, leadSourceSchema, leadStatusSchema, personRefSchema } from './person.js';
import { influenceModelSchema, influenceWeightsSchema } from './opportunity.js';
import { heldSubmissionSchema } from './submission.js';
import { listedPersonSchema } from './people.js';

/**
 * What the use cases answer, as schemas: the HTTP contract (docs/openapi.yaml) is generated from
 * them and every response of the server is checked against it in the tests. The adapter's
 * TypeScript interfaces (adapters/adapter.ts, domain/) are checked against these at compile time
 * (server/openapi.ts), so the two cannot drift.
 */

const count = z.int().check(z.nonnegative());

/** A campaign's maintained member counts. */
export const memberCountsSchema = z.object({
  total: count,
  leads: count,
  contacts: count,
  responded: count,
  /** Members that were leads when they joined and have since been converted (now contacts). */
  convertedLeads: count,
  /** Members per status label; labels with no members are absent. */
  byStatus: z.record(z.string(), count),
  /** Members registered at the door of an event (walk-ins). */
  walkIns: count,
});

/**
 * One page of a campaign's members and the cursor of the next (absent on the last page); with
 * `counts` asked, the campaign's member counts read in the same call.
 */
export const memberPageSchema = z.object({
  items: z.array(campaignMemberSchema),
  nextCursor: z.optional(z.string()),
  counts: z.optional(memberCountsSchema),
  /** With `people` asked: the lead or contact of each member of the page (each once). */
  people: z.optional(z.array(listedPersonSchema)),
});

/** What a lead submission did (the same `submissionId` answers the same). */
export const submitLeadResultSchema = z.object({
  submissionId: z.string(),
  person: personRefSchema,
  /** True when the email matched an existing lead or contact. */
  matched: z.boolean(),
  memberId: idSchema,
  memberCreated: z.boolean(),
  campaignCreated: z.boolean(),
  checkIn: z.optional(z.object({ at: instantSchema, already: z.boolean() })),
  confirmed: z.optional(z.boolean()),
  /** A double opt-in campaign: waiting for the person's confirmation by email, or confirmed before. */
  confirmation: z.optional(z.enum(['pending', 'not-needed'])),
  /** A publishable key's answer: recorded; whom it matched is withheld (placeholder ids). */
  withheld: z.optional(z.boolean()),
});

/**
 * What holding a submission answers: it was kept (nothing else, to a public form or a bot);
 * `held: false` from a destination with no quarantine (a CRM connector), which submitted it.
 */
export const holdSubmissionResultSchema = z.object({ submissionId: z.string(), held: z.boolean() });

/** A campaign's held submissions, newest first (up to 200), and their total. */
export const heldSubmissionListSchema = z.object({ items: z.array(heldSubmissionSchema), total: count });

/** A person found by a search: who, and the fields to show. */
export const personMatchSchema = z.object({ ref: personRefSchema, person: memberPersonSchema });

/** What a check-in did (`already`: the person had arrived; nothing was written). */
export const checkInResultSchema = z.object({ member: campaignMemberSchema, already: z.boolean(), at: instantSchema });

/** What an import did; `errors` lists the refused rows (rows count from 1). */
export const importResultSchema = z.object({
  created: count,
  /** Blank rows (no value in any column), skipped. */
  skipped: count,
  matched: count,
  membersCreated: count,
  errors: z.array(z.object({ row: z.int().check(z.gte(1)), path: z.string(), code: z.string(), message: z.string() })),
});

/** What a conversion created, moved and dropped. */
export const conversionResultSchema = z.object({
  leadId: idSchema,
  accountId: idSchema,
  contactId: idSchema,
  opportunityId: z.optional(idSchema),
  accountCreated: z.boolean(),
  contactCreated: z.boolean(),
  membershipsMoved: count,
  membershipsMerged: count,
  droppedCustomFields: z.array(z.string()),
  primaryCampaignId: z.optional(idSchema),
});

/** What the conversion wizard needs to propose a conversion. */
export const conversionContextSchema = z.object({
  lead: leadSchema,
  memberships: z.array(z.object({ member: campaignMemberSchema, campaign: campaignSchema })),
  suggestedAccounts: z.array(accountSchema),
  suggestedContacts: z.array(contactSchema),
  defaultPrimaryCampaignId: z.optional(idSchema),
  defaultOpportunityName: z.string(),
});

/** Opportunity totals of a campaign (those whose primary campaign source it is). */
export const opportunityTotalsSchema = z.object({ count, won: count, amount: z.number(), wonAmount: z.number() });

/** A campaign's results: aggregates, never member lists. */
export const campaignResultsSchema = z.object({
  campaign: campaignSchema,
  counts: memberCountsSchema,
  /** Members by the UTC day they first responded (`YYYY-MM-DD` → count), oldest first. */
  responsesByDay: z.record(z.string(), count),
  opportunities: opportunityTotalsSchema,
});

/** What the influence report is asked: the time-decay half-life and a custom model's weights. */
export const influenceReportInputSchema = z.object({
  /** Time decay: days after which a touch counts half (default 7). */
  halfLifeDays: z.optional(z.number('number').check(z.gte(0.5, 'too_small'), z.lte(365, 'too_big'))),
  /** The custom model's position weights in percent (default: 40/0/40/20, as position-based). */
  weights: z.optional(influenceWeightsSchema),
});

/** A campaign's (or a currency's) share of deals under one model. */
export const influenceFiguresSchema = z.object({
  /** Deals credited a share. */
  opportunities: count,
  /** The shares of every deal. */
  amount: z.number(),
  /** The shares of won deals. */
  wonAmount: z.number(),
});

/**
 * Multi-touch influence of the workspace: per currency (amounts in different currencies are never
 * added), the deals' totals under each model and each campaign's share; under every model the
 * campaigns' shares add up to the total to the cent.
 */
export const influenceReportSchema = z.object({
  models: z.array(influenceModelSchema),
  halfLifeDays: z.number(),
  weights: influenceWeightsSchema,
  currencies: z.array(
    z.object({
      currency: z.string(),
      /** Per model: the deals credited to any campaign, and their amounts. */
      totals: z.record(z.string(), influenceFiguresSchema),
      /** Campaigns credited under any model, by name. */
      campaigns: z.array(z.object({ campaignId: idSchema, name: z.string(), figures: z.record(z.string(), influenceFiguresSchema) })),
    }),
  ),
});

/** Leads of a group (a source, a rating, a month) and how many of them were converted. */
const leadGroupShape = {
  leads: count,
  /** Of those leads, converted (so far). */
  converted: count,
  /** converted ÷ leads; null without leads. */
  conversionRate: z.nullable(z.number()),
  /** The median of whole days from created to converted, of the converted; null without any. */
  medianDaysToConvert: z.nullable(z.number()),
};

/** The opportunities of a group (by the source and rating of the lead each came from), and what its leads cost. */
const dealShape = {
  opportunities: count,
  won: count,
  /** Won value per currency (never added across currencies). */
  wonAmount: z.record(z.string(), z.number()),
  /** The actual cost of the campaigns that created its leads, each campaign's shared equally among the leads it created (per currency). */
  cost: z.record(z.string(), z.number()),
  /** cost ÷ leads, ÷ opportunities, ÷ won opportunities, per currency (a currency absent when the count is 0). */
  costPerLead: z.record(z.string(), z.number()),
  costPerOpportunity: z.record(z.string(), z.number()),
  costPerWon: z.record(z.string(), z.number()),
};

/**
 * The lead management report of the workspace (every lead, whatever its origin), from counters
 * kept with every lead and opportunity write: leads by status, by source and by rating, with
 * conversion rate and median days to convert, and the opportunities and won value they brought;
 * by the month they were created (UTC, oldest first, every month from the first lead's to now);
 * leads created per week (weeks from Monday, UTC).
 */
export const leadReportSchema = z.object({
  total: z.object({ ...leadGroupShape, ...dealShape }),
  byStatus: z.array(z.object({ status: leadStatusSchema, leads: count })),
  /** null: opportunities with no lead (made from a contact who never was one). */
  bySource: z.array(z.object({ source: z.nullable(leadSourceSchema), ...leadGroupShape, ...dealShape })),
  /** null: leads not rated. */
  byRating: z.array(z.object({ rating: z.nullable(leadRatingSchema), ...leadGroupShape, ...dealShape })),
  /** `YYYY-MM`. */
  byMonth: z.array(z.object({ month: z.string(), ...leadGroupShape })),
  /** `week`: the Monday it starts, `YYYY-MM-DD`. */
  byWeek: z.array(z.object({ week: z.string(), leads: count })),
});

/** The body of every error response. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(['validation', 'not-found', 'conflict', 'unavailable', 'rate-limited', 'unauthorized', 'forbidden', 'bad-request', 'too-large', 'unsupported-media-type', 'internal', 'aborted']),
    message: z.string(),
    reason: z.optional(z.enum(['version', 'exists', 'idempotency', 'converted', 'in_use'])),
    entity: z.optional(z.string()),
    id: z.optional(z.string()),
    issues: z.optional(z.array(z.object({ path: z.string(), code: z.string(), message: z.string() }))),
  }),
});

/** A change-feed ticket (`POST /events/tickets`). */
export const eventTicketSchema = z.object({ ticket: z.string(), expiresAt: instantSchema });

/** What a status-set change did (DataAdapter `changeMemberStatuses`). */
export const memberStatusChangeResultSchema = z.object({ campaign: campaignSchema, moved: count });

/** A quick campaign as created (DataAdapter `createQuickCampaign`). */
export const quickCampaignResultSchema = z.object({ campaign: campaignSchema, membersCreated: count });

/** One campaign of a person's history (DataAdapter `listPersonCampaigns`). */
export const personCampaignSchema = z.object({ member: campaignMemberSchema, campaign: campaignSchema });
