/**
 * The form's schema check (zod and the model's schemas: most of a form's weight), loaded after
 * the first render, so a landing page shows the form before this code has downloaded.
 */
import { parseInput } from '../../adapters/validate.js';
import { leadSubmissionSchema, type ParsedLeadSubmission } from '../../model/submission.js';

/** What a form submits as its lead: the submission's own schema (email required). */
const submittedLeadSchema = leadSubmissionSchema.shape.lead;

/** The lead the form's values make, validated; throws `ValidationError` with per-field issues. */
export function parseLead(input: Record<string, unknown>): ParsedLeadSubmission['lead'] {
  return parseInput(submittedLeadSchema, input);
}
