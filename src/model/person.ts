import * as z from 'zod/mini';
import {
  countSchema,
  customFieldsSchema,
  emailSchema,
  idSchema,
  instantSchema,
  optionalText,
  recordBase,
  requiredText,
} from './common.js';

export const leadSources = ['web', 'event', 'referral', 'import', 'partner', 'advertisement', 'email', 'phone', 'other'] as const;
export const leadStatuses = ['open', 'working', 'qualified', 'unqualified', 'converted'] as const;
export const leadRatings = ['hot', 'warm', 'cold'] as const;

export const leadSourceSchema = z.enum(leadSources);
export const leadStatusSchema = z.enum(leadStatuses);
export const leadRatingSchema = z.enum(leadRatings);

/** Where a web lead came from: UTM parameters, the page and the referrer. */
export const attributionSchema = z.object({
  utmSource: optionalText(255),
  utmMedium: optionalText(255),
  utmCampaign: optionalText(255),
  utmTerm: optionalText(255),
  utmContent: optionalText(255),
  pageUrl: optionalText(2048),
  referrer: optionalText(2048),
});

/** A consent the person gave, with the exact text they agreed to. */
export const consentSchema = z.object({
  given: z.boolean(),
  text: optionalText(2000),
  at: z.optional(instantSchema),
});

/**
 * One consent given or withdrawn (domain/consent): for what (`purpose`: contact, newsletter…),
 * the exact text shown and its version, when, on which page, and how it came (a form, an
 * unsubscribe link, an import, a call to the API). A person's records are only ever added to.
 */
export const consentRecordSchema = z.object({
  purpose: z.string().check(z.minLength(1, 'required'), z.maxLength(40, 'too_long'), z.regex(/^[a-z0-9][a-z0-9_-]*$/, 'invalid')),
  given: z.boolean(),
  text: optionalText(2000),
  version: optionalText(40),
  at: instantSchema,
  pageUrl: optionalText(2048),
  source: z._default(z.enum(['form', 'link', 'import', 'api']), 'api'),
});
const consentHistory = z.array(consentRecordSchema).check(z.maxLength(200, 'too_long'));

/** Fields a person (lead or contact) has. Names are stored NFC, otherwise as typed. */
export const personFields = {
  firstName: optionalText(80),
  lastName: optionalText(80),
  /** The address as the person typed it (trimmed, NFC). Matching uses `emailKey`. */
  email: z.optional(emailSchema),
  phone: optionalText(40),
  title: optionalText(128),
  country: optionalText(80),
  custom: z.optional(customFieldsSchema),
};

/** Lead fields a form, an import or a caller may set. */
export const leadFieldsSchema = z.object({
  ...personFields,
  company: optionalText(255),
  website: optionalText(255),
  industry: optionalText(80),
  employees: z.optional(countSchema),
  description: optionalText(32000),
  source: z.optional(leadSourceSchema),
  status: z.optional(leadStatusSchema),
  rating: z.optional(leadRatingSchema),
  attribution: z.optional(attributionSchema),
  consent: z.optional(consentSchema),
  /** Consents given (or withdrawn) with these fields: added to the person's records, never replacing them. */
  consents: z.optional(consentHistory),
});

/** A stored lead. `emailKey` is the normalized email used for matching (see domain/matching). */
export const leadSchema = z.object({
  ...recordBase,
  ...leadFieldsSchema.shape,
  emailKey: z.optional(z.string()),
  source: leadSourceSchema,
  status: leadStatusSchema,
  convertedAt: z.optional(instantSchema),
  convertedAccountId: z.optional(idSchema),
  convertedContactId: z.optional(idSchema),
  convertedOpportunityId: z.optional(idSchema),
  /** The campaign whose response or import created the lead (its primary campaign source): its cost is shared among the leads it created. None for a lead entered by hand. */
  sourceCampaignId: z.optional(idSchema),
});

/** Contact fields a caller may set. */
export const contactFieldsSchema = z.object({
  ...personFields,
  accountId: z.optional(idSchema),
  /** The lead this contact was converted from, if any. */
  leadId: z.optional(idSchema),
});

export const contactSchema = z.object({
  ...recordBase,
  ...contactFieldsSchema.shape,
  /** Its account's name, as lists, exports and search show it (set by conversion). */
  company: optionalText(255),
  emailKey: z.optional(z.string()),
  /** Every consent the person gave or withdrew, in order (the lead's, carried over by conversion). */
  consents: z.optional(consentHistory),
});

export const accountSchema = z.object({
  ...recordBase,
  name: requiredText(255),
  website: optionalText(255),
  industry: optionalText(80),
  employees: z.optional(countSchema),
  country: optionalText(80),
  phone: optionalText(40),
});

/** Points at one person: a lead or a contact. */
export const personRefSchema = z.object({
  type: z.enum(['lead', 'contact']),
  id: idSchema,
});

export type LeadSource = z.infer<typeof leadSourceSchema>;
export type LeadStatus = z.infer<typeof leadStatusSchema>;
export type LeadRating = z.infer<typeof leadRatingSchema>;
export type Attribution = z.infer<typeof attributionSchema>;
export type ConsentRecord = z.infer<typeof consentRecordSchema>;
export type ConsentRecordInput = z.input<typeof consentRecordSchema>;
export type LeadFields = z.infer<typeof leadFieldsSchema>;
export type LeadFieldsInput = z.input<typeof leadFieldsSchema>;
export type Lead = z.infer<typeof leadSchema>;
export type ContactFields = z.infer<typeof contactFieldsSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Account = z.infer<typeof accountSchema>;
export type PersonRef = z.infer<typeof personRefSchema>;
export type PersonType = PersonRef['type'];
