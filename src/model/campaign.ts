import * as z from 'zod/mini';
import { dateSchema, idSchema, moneySchema, optionalText, percentSchema, recordBase, requiredText } from './common.js';
import { personRefSchema } from './person.js';

export const campaignTypes = [
  'email',
  'webinar',
  'event',
  'trade-show',
  'direct-mail',
  'advertisement',
  'partner',
  'referral',
  'other',
] as const;
export const campaignStatuses = ['planned', 'active', 'completed', 'aborted'] as const;

export const campaignTypeSchema = z.enum(campaignTypes);
export const campaignStatusSchema = z.enum(campaignStatuses);

/**
 * One member status a campaign offers: a label, whether it counts as a response, default flag,
 * and whether a public web form (a publishable key) may record it. When no status of a campaign
 * is flagged `webForm`, a public form may record only the one domain/statuses `webFormStatuses`
 * picks (the responded status; "Registered" where attendance is tracked).
 */
export const memberStatusSchema = z.object({
  label: requiredText(80),
  responded: z.boolean(),
  default: z.boolean(),
  webForm: z.optional(z.boolean()),
});

/**
 * A campaign's ordered member statuses: at least one, labels unique (case-insensitively),
 * exactly one default.
 */
export const memberStatusListSchema = z.array(memberStatusSchema).check(
  z.minLength(1, 'required'),
  z.maxLength(50, 'too_long'),
  z.superRefine((list, ctx) => {
    const defaults = list.filter((s) => s.default).length;
    if (defaults !== 1) ctx.issues.push({ code: 'custom', message: 'one_default', input: list });
    const seen = new Set<string>();
    list.forEach((s, i) => {
      const key = s.label.toLocaleLowerCase();
      if (seen.has(key)) ctx.issues.push({ code: 'custom', message: 'duplicate', input: s.label, path: [i, 'label'] });
      seen.add(key);
    });
  }),
);

const campaignFields = {
  name: requiredText(120),
  type: campaignTypeSchema,
  status: campaignStatusSchema,
  description: optionalText(2000),
  startDate: z.optional(dateSchema),
  endDate: z.optional(dateSchema),
  /** ISO 4217 currency of the cost and revenue figures. */
  currency: z._default(z.string().check(z.regex(/^[A-Z]{3}$/, 'currency')), 'USD'),
  budgetedCost: z.optional(moneySchema),
  actualCost: z.optional(moneySchema),
  expectedRevenue: z.optional(moneySchema),
  /** Expected response, in percent of members. */
  expectedResponse: z.optional(percentSchema),
  parentId: z.optional(idSchema),
  memberStatuses: memberStatusListSchema,
  /**
   * Double opt-in: a person a form adds stays "Pending confirmation" (the default status, no
   * response) until they open the signed link the server mails them; then the status the form
   * asked for applies. Honoured by the Lead Kit server, which sends the mail; a browser-only
   * adapter cannot mail and records the response at once.
   */
  doubleOptIn: z.optional(z.boolean()),
};

const datesInOrder = z.refine<{ startDate?: string; endDate?: string }>(
  (c) => !c.startDate || !c.endDate || c.startDate <= c.endDate,
  { message: 'end_before_start', path: ['endDate'] },
);

export const campaignSchema = z.object({ ...recordBase, ...campaignFields }).check(datesInOrder);

/**
 * What a caller gives to create or update a campaign. `memberStatuses` may be left out: the
 * defaults for the campaign type apply. `version` is required to update an existing campaign.
 */
export const campaignInputSchema = z
  .object({
    id: z.optional(idSchema),
    version: z.optional(z.int().check(z.gte(1))),
    ...campaignFields,
    type: z._default(campaignTypeSchema, 'other'),
    status: z._default(campaignStatusSchema, 'active'),
    memberStatuses: z.optional(memberStatusListSchema),
  })
  .check(datesInOrder);

export type CampaignType = z.infer<typeof campaignTypeSchema>;
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;
export type MemberStatus = z.infer<typeof memberStatusSchema>;
export type Campaign = z.infer<typeof campaignSchema>;
export type CampaignInput = z.input<typeof campaignInputSchema>;

/** A status move of a status-set change: the members holding `from` take `to` (a status of the new set). */
export const statusMoveSchema = z.object({ from: requiredText(80), to: requiredText(80) });

/**
 * Changes a campaign's member statuses (add, rename, reorder, flag responded, choose the
 * default, remove) in one atomic write with the members they concern. Every status of the old
 * set still held by members and absent from the new one (a removal, or the old label of a
 * rename) needs a move naming where its members go; a status whose `responded` flag changes
 * takes its members' `responded` with it (first-responded dates are set, never cleared).
 * `version` is the campaign's, as read.
 */
export const memberStatusChangeSchema = z.object({
  campaignId: idSchema,
  version: z.int().check(z.gte(1)),
  statuses: memberStatusListSchema,
  moves: z._default(z.array(statusMoveSchema).check(z.maxLength(50, 'too_long')), []),
});

/**
 * A quick campaign: a campaign made for a one-off action from a selection of people, who all
 * become its members (with `status`, else the campaign's default). Up to 10,000 people.
 */
export const quickCampaignInputSchema = z.object({
  campaign: z
    .object({
      ...campaignFields,
      type: z._default(campaignTypeSchema, 'other'),
      status: z._default(campaignStatusSchema, 'active'),
      memberStatuses: z.optional(memberStatusListSchema),
    })
    .check(datesInOrder),
  people: z.array(personRefSchema).check(z.minLength(1, 'required'), z.maxLength(10000, 'too_long')),
  status: z.optional(requiredText(80)),
});

export type StatusMove = z.infer<typeof statusMoveSchema>;
export type MemberStatusChange = z.input<typeof memberStatusChangeSchema>;
export type QuickCampaignInput = z.input<typeof quickCampaignInputSchema>;
