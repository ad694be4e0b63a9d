import * as z from 'zod/mini';
import { dateSchema, idSchema, moneySchema, recordBase, requiredText } from './common.js';

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
