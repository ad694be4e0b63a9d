import * as z from 'zod/mini';
import { emailSchema, idSchema, instantSchema, requiredText } from './common.js';
import { leadFieldsSchema, leadSourceSchema } from './person.js';

/** A visitor id: 16–64 letters, digits, `-` or `_` (the form makes a random one). */
export const visitorIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/, 'invalid'));

/**
 * A lead submitted to a campaign (a form post, a scanner walk-in, an API call).
 * `submissionId` makes it idempotent: the same id always yields the first result.
 */
export const leadSubmissionSchema = z.object({
  submissionId: z.string().check(z.trim(), z.minLength(8, 'too_short'), z.maxLength(128, 'too_long')),
  campaignId: idSchema,
  lead: z.object({ ...leadFieldsSchema.shape, email: emailSchema }),
  /** Member status to set; defaults to the campaign's first `responded` status. */
  status: z.optional(requiredText(80)),
  source: z.optional(leadSourceSchema),
  /** A CAPTCHA token the host page obtained; remote adapters pass it to the server to verify. */
  captchaToken: z.optional(z.string().check(z.maxLength(4096))),
  /** The language of the page: a double opt-in's confirmation mail and page are written in it. */
  locale: z.optional(z.enum(['en', 'uk', 'ru', 'fr', 'vi', 'ro'])),
  /**
   * The visitor's first-party id (a random id the form keeps on the device, never an answer):
   * a later visit with it is asked only what the kit does not know yet (progressive profiling).
   */
  visitorId: z.optional(visitorIdSchema),
  /**
   * Checks the person in at the event as part of the capture (a walk-in at the door): the
   * campaign's attended status with this check-in's id and arrival time, in the same write.
   */
  checkIn: z.optional(
    z.object({
      checkInId: z.string().check(z.trim(), z.minLength(8, 'too_short'), z.maxLength(128, 'too_long')),
      at: z.optional(instantSchema),
    }),
  ),
});

/** Rows of a bulk import into one campaign. */
export const leadImportSchema = z.object({
  campaignId: idSchema,
  status: z.optional(requiredText(80)),
  source: z._default(leadSourceSchema, 'import'),
  /** Whom a row matching no one by email creates: a lead (default), or a contact at an account found by name or website, or created. */
  as: z._default(z.enum(['lead', 'contact']), 'lead'),
});

/** An import into the workspace, with no campaign: whom new people become, and their lead source. */
export const peopleImportSchema = z.object({
  source: z._default(leadSourceSchema, 'import'),
  as: z._default(z.enum(['lead', 'contact']), 'lead'),
});

export type PeopleImportInput = z.input<typeof peopleImportSchema>;
export type LeadSubmission = z.input<typeof leadSubmissionSchema>;
export type ParsedLeadSubmission = z.infer<typeof leadSubmissionSchema>;
export type LeadImportInput = z.input<typeof leadImportSchema>;

/**
 * Why a form held a submission as suspected spam instead of recording it: it was sent with no
 * interaction at all (`no-interaction`: no focus, click or key — a script posting the form), or
 * sooner after the first one than a person fills it without autofill (`too-fast`).
 */
export const suspicionSchema = z.enum(['no-interaction', 'too-fast']);

/** A submission a form's spam trap held back: what it said, and why it was held. */
export const holdSubmissionInputSchema = z.object({
  submission: leadSubmissionSchema,
  reason: suspicionSchema,
});

/**
 * A held submission (quarantine) as stored: the raw submission, why, and when. It creates no
 * lead and no membership until it is released (then it is captured exactly like a normal
 * submission, under its own `submissionId`); its id is the submission's id.
 */
export const heldSubmissionSchema = z.object({
  id: z.string(),
  version: z.int(),
  campaignId: idSchema,
  reason: suspicionSchema,
  submission: leadSubmissionSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

export type Suspicion = z.infer<typeof suspicionSchema>;
export type HoldSubmissionInput = z.input<typeof holdSubmissionInputSchema>;
export type HeldSubmission = z.infer<typeof heldSubmissionSchema>;
