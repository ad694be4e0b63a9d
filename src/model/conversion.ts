import * as z from 'zod/mini';
import { dateSchema, idSchema, moneySchema, requiredText } from './common.js';
import { opportunityStageSchema } from './opportunity.js';

/** What the user decided in the conversion wizard; the adapter performs it atomically. */
export const conversionInputSchema = z.object({
  leadId: idSchema,
  /** The lead version the user reviewed: a lead changed meanwhile is a conflict. */
  leadVersion: z.int().check(z.gte(1)),
  /** A new account (named after the lead's company unless `name` is given) or an existing one. */
  account: z.union([
    z.object({ mode: z.literal('new'), name: z.optional(requiredText(255)) }),
    z.object({ mode: z.literal('existing'), id: idSchema }),
  ]),
  /** A new contact, or an existing one to merge into (only its empty fields are filled). */
  contact: z.union([z.object({ mode: z.literal('new') }), z.object({ mode: z.literal('existing'), id: idSchema })]),
  /** The opportunity to create; absent to convert without one. */
  opportunity: z.optional(
    z.object({
      name: requiredText(120),
      amount: z.optional(moneySchema),
      closeDate: dateSchema,
      stage: opportunityStageSchema,
      /** Must be one of the lead's campaigns; default: its most recent responded campaign. */
      primaryCampaignId: z.optional(idSchema),
    }),
  ),
  /** Lead custom field -> contact custom field. Unmapped lead custom fields are dropped. */
  customFieldMap: z.optional(z.record(z.string(), z.string().check(z.regex(/^[A-Za-z][\w-]{0,63}$/, 'field_name')))),
});

export type ConversionInput = z.input<typeof conversionInputSchema>;
export type ParsedConversionInput = z.infer<typeof conversionInputSchema>;
