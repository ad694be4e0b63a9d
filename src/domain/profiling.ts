/**
 * Progressive profiling: a returning visitor is not asked again what the kit already has. The
 * form keeps only a random first-party visitor id on the device (never an answer); the adapter
 * tells which fields the visitor's person has — names, never values — and the form shows, in
 * place of each known field, the next question of the page's queue that is still unknown.
 */
import type { Contact, Lead } from '../model/person.js';

/** The person fields a form can ask, as the adapter names them (custom ones as `custom.<name>`). */
const ASKABLE = ['firstName', 'lastName', 'email', 'phone', 'company', 'title', 'country', 'industry', 'website', 'employees', 'description'] as const;

const filled = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0);

/** The fields a person has a value for: `firstName`, …, `custom.budget`. */
export function knownFieldNames(person: Lead | Contact): string[] {
  const record = person as unknown as Record<string, unknown>;
  const names: string[] = ASKABLE.filter((f) => filled(record[f]));
  for (const [name, value] of Object.entries((person.custom ?? {}) as Record<string, unknown>)) if (filled(value)) names.push(`custom.${name}`);
  return names;
}

/** A field of a form as progressive profiling sees it. */
export interface ProfiledField {
  /** The adapter's name of it (`company`, `description`, `custom.budget`). */
  key: string;
  /** Asked only in place of a known field (the page's queue), in order. */
  queued: boolean;
  /** Always asked (the email, which matching needs; a consent box; a hidden field). */
  always: boolean;
}

/**
 * Which fields to ask, by index: the form's fields but those already known, and as many queued
 * questions still unknown as known fields were left out, in the queue's order. With nothing
 * known (a first visit, or profiling off): the form's own fields, no queued one.
 */
export function fieldsToAsk(fields: readonly ProfiledField[], known: ReadonlySet<string>): Set<number> {
  const ask = new Set<number>();
  let freed = 0;
  fields.forEach((f, i) => {
    if (f.queued) return;
    if (!f.always && known.has(f.key)) freed++;
    else ask.add(i);
  });
  fields.forEach((f, i) => {
    if (f.queued && freed > 0 && !known.has(f.key)) {
      ask.add(i);
      freed--;
    }
  });
  return ask;
}
