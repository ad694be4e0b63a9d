import * as z from 'zod/mini';
import { dateSchema, idSchema, instantSchema, moneySchema, percentSchema, recordBase, requiredText } from './common.js';
import { leadRatingSchema, leadSourceSchema } from './person.js';

/** The kit's default stage list, in pipeline order. */
export const opportunityStages = [
  'prospecting',
  'qualification',
  'needs-analysis',
  'proposal',
  'negotiation',
  'closed-won',
  'closed-lost',
] as const;

export const opportunityStageSchema = z.enum(opportunityStages);

/** A campaign response that came before a deal (multi-touch influence). */
export const touchSchema = z.object({
  campaignId: idSchema,
  /** When the person first responded to the campaign. */
  at: instantSchema,
  /** The response that created the lead (its membership was created with the lead). */
  leadCreation: z.optional(z.boolean()),
});

/**
 * How a deal's amount is shared among the campaigns that touched it: `primary` (the primary
 * campaign source alone), `first-touch`, `last-touch`, `even`, `position` (40/20/40), `u-shaped`
 * (40 % first, 40 % lead creation, 20 % the rest), `w-shaped` (30/30/30 first, lead creation,
 * last; 10 % the rest), `time-decay` (halving every half-life before the deal), `j-shaped`
 * (20 % first, 60 % last, 20 % between), `inverse-j` (60/20, 20 % between), `custom` (a team's
 * own position weights).
 */
export const influenceModels = ['primary', 'first-touch', 'last-touch', 'even', 'position', 'u-shaped', 'w-shaped', 'time-decay', 'j-shaped', 'inverse-j', 'custom'] as const;
export const influenceModelSchema = z.enum(influenceModels);

/** Position weights in percent (a custom model): first touch, lead creation, last touch, every other touch. */
export const influenceWeightsSchema = z
  .object({ first: percentSchema, leadCreation: percentSchema, last: percentSchema, middle: percentSchema })
  .check(z.refine((w) => w.first + w.leadCreation + w.last + w.middle === 100, { message: 'The weights add up to 100', path: ['middle'] }));

export type Touch = z.infer<typeof touchSchema>;
export type InfluenceModel = z.infer<typeof influenceModelSchema>;
export type InfluenceWeights = z.infer<typeof influenceWeightsSchema>;

export const opportunitySchema = z.object({
  ...recordBase,
  name: requiredText(120),
  accountId: idSchema,
  contactId: z.optional(idSchema),
  /** The lead this opportunity came from by conversion, if any. */
  leadId: z.optional(idSchema),
  amount: z.optional(moneySchema),
  currency: z._default(z.string().check(z.regex(/^[A-Z]{3}$/, 'currency')), 'USD'),
  closeDate: dateSchema,
  stage: opportunityStageSchema,
  /** The campaign credited with this opportunity (results and ROI count it there). */
  primaryCampaignId: z.optional(idSchema),
  /**
   * The person's campaign responses before the opportunity was created, oldest first (set when
   * it is created; at most 50): what multi-touch influence shares its amount among.
   */
  touches: z.optional(z.array(touchSchema).check(z.maxLength(50, 'too_long'))),
  /** The lead source of the person it came from (as their lead had it when it was created); none for a deal with no lead. */
  source: z.optional(leadSourceSchema),
  /** The rating of that lead then. */
  rating: z.optional(leadRatingSchema),
});

export type OpportunityStage = z.infer<typeof opportunityStageSchema>;
export type Opportunity = z.infer<typeof opportunitySchema>;

/** Fields of an opportunity a user may change (stage to closed-won when the deal is won, ...). */
export const opportunityPatchSchema = z.object({
  name: z.optional(requiredText(120)),
  amount: z.optional(moneySchema),
  closeDate: z.optional(dateSchema),
  stage: z.optional(opportunityStageSchema),
  primaryCampaignId: z.optional(idSchema),
});

export type OpportunityPatch = z.input<typeof opportunityPatchSchema>;

/**
 * A contact's campaign response that becomes a deal (what Dynamics calls converting a campaign
 * response), with no lead in between: the opportunity is the contact's account's, the member's
 * campaign is its primary campaign source, in that campaign's currency.
 */
export const memberOpportunityInputSchema = z.object({
  /** The membership of a contact (a lead's membership is refused: convert the lead). */
  memberId: idSchema,
  name: requiredText(120),
  amount: z.optional(moneySchema),
  closeDate: dateSchema,
  stage: z._default(opportunityStageSchema, 'prospecting'),
});

export type MemberOpportunityInput = z.input<typeof memberOpportunityInputSchema>;
