/**
 * The local adapter's use cases, by subject (LocalAdapter composes them). Imports: rows of a
 * CSV matched by email like submissions and committed in growing batches, a task at a time.
 */
import * as z from 'zod/mini';
import { accountIndex, isBlankLead, planCapture } from '../../domain/capture.js';
import { ChangeBuilder } from '../../domain/change-builder.js';
import { emailKey } from '../../domain/matching.js';
import { defaultStatus } from '../../domain/statuses.js';
import type { Campaign, MemberStatus } from '../../model/campaign.js';
import { leadFieldsSchema, type Account, type LeadFields, type LeadFieldsInput, type LeadSource } from '../../model/person.js';
import { leadImportSchema, peopleImportSchema, type LeadImportInput, type PeopleImportInput } from '../../model/submission.js';
import type { ImportOptions, ImportResult, ImportRowError } from '../adapter.js';
import { throwIfAborted, ValidationError } from '../errors.js';
import { parseInput } from '../validate.js';
import { getCampaign } from './campaigns.js';
import { lookupCapture, resolveStatus } from './capture.js';
import type { LocalContext } from './context.js';

/** Rows of an import validated or planned per task (well under 50 ms each). */
const IMPORT_SLICE = 500;

/** Gives the event loop a turn (so long imports never block input or rendering). */
function yieldToBrowser(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

export async function importLeads(ctx: LocalContext, input: LeadImportInput, rows: readonly LeadFieldsInput[], options: ImportOptions = {}): Promise<ImportResult> {
  const parsed = parseInput(leadImportSchema, input);
  // Each row is validated on its own below (a bad row is reported, the others imported), so here
  // only that rows is a list: walking 100,000 rows twice was the import's one long task (117 ms).
  if (!Array.isArray(rows)) parseInput(z.array(z.unknown()), rows, 'rows');
  const campaign = await getCampaign(ctx, parsed.campaignId, options);
  const status = resolveStatus(campaign, parsed.status, defaultStatus(campaign));
  return importRows(ctx, { campaign, status, source: parsed.source, as: parsed.as }, rows, options);
}

/** An import into the workspace: people matched or created (leads or contacts), no campaign joined. */
export async function importPeople(ctx: LocalContext, input: PeopleImportInput, rows: readonly LeadFieldsInput[], options: ImportOptions = {}): Promise<ImportResult> {
  const parsed = parseInput(peopleImportSchema, input);
  if (!Array.isArray(rows)) parseInput(z.array(z.unknown()), rows, 'rows');
  return importRows(ctx, { source: parsed.source, as: parsed.as }, rows, options);
}

/**
 * The email keys of the workspace's people, read once when the import is at least as large as
 * the workspace (100,000 rows into a new one): a batch then looks up only the addresses that may
 * match someone, not every new one (a cursor jump per address, ~8 % of the import's time).
 * Kept up to date with the import's own commits. Any other writer's commit to people, or a
 * failed commit, ends it: from then on every address is looked up, as without it. (A lead
 * another tab creates meanwhile is caught anyway: one lead per address is a unique index, the
 * batch fails and is retried with every address looked up.)
 */
class KnownEmails {
  private constructor(
    private keys: Set<string> | undefined,
    private readonly unsubscribe: () => void,
  ) {}

  static async read(ctx: LocalContext, rows: number): Promise<KnownEmails> {
    let trusted = true;
    const known = new KnownEmails(undefined, ctx.store.onCommit((info, origin) => {
      if (origin !== ctx.origin && info.stores.some((s) => s === 'leads' || s === 'contacts')) {
        trusted = false;
        known.keys = undefined;
      }
    }));
    const keys = await ctx.store.indexKeys?.('people', 'emailKey', rows);
    if (keys && trusted) known.keys = new Set(keys as string[]);
    return known;
  }

  /** The keys to look up: those of people who may exist, or all of them. */
  mayExist(keys: string[]): string[] {
    const known = this.keys;
    return known ? keys.filter((k) => known.has(k)) : keys;
  }

  /** Runs the batch's commit; the keys are known from then on, or nothing is trusted after a failure. */
  async commit(commit: () => Promise<void>, keys: readonly string[]): Promise<void> {
    try {
      await commit();
    } catch (error) {
      this.keys = undefined;
      throw error;
    }
    for (const k of keys) this.keys?.add(k);
  }

  close(): void {
    this.unsubscribe();
  }
}

/** Imports rows in growing batches, each validated row by row and captured by the domain's rule. */
async function importRows(
  ctx: LocalContext,
  into: { campaign?: Campaign; status?: MemberStatus; source: LeadSource; as: 'lead' | 'contact' },
  rows: readonly LeadFieldsInput[],
  options: ImportOptions,
): Promise<ImportResult> {
  const result: ImportResult = { created: 0, skipped: 0, matched: 0, membersCreated: 0, errors: [] };
  const known = await KnownEmails.read(ctx, rows.length);
  try {
    // Batches grow from IMPORT_SLICE rows (progress at once) to ctx.batchSize: IndexedDB pays per
    // transaction (100,000 rows put 500 per transaction take a third longer than in one), so a
    // large import commits large batches, validated and planned a slice per task.
    let size = Math.min(IMPORT_SLICE, ctx.batchSize);
    for (let start = 0; start < rows.length; start += size, size = Math.min(size * 2, ctx.batchSize)) {
      throwIfAborted(options.signal);
      const valid: { row: number; fields: LeadFields }[] = [];
      const end = Math.min(start + size, rows.length);
      for (let i = start; i < end; i++) {
        if (i > start && (i - start) % IMPORT_SLICE === 0) await yieldToBrowser();
        const raw = rows[i];
        try {
          if (isBlankLead(raw)) result.skipped++;
          else valid.push({ row: i + 1, fields: parseInput(leadFieldsSchema, raw) });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          for (const issue of error.issues) result.errors.push({ row: i + 1, ...issue } satisfies ImportRowError);
        }
      }
      // A task boundary after each step's last slice too: validation, the email keys, planning and
      // the first writes would otherwise run on in one task (lookups of no key resolve at once).
      await yieldToBrowser();
      const keys = [...new Set(valid.flatMap((v) => (v.fields.email ? [emailKey(v.fields.email)] : [])))];
      const counts = await ctx.retry(options, async () => {
        const b = new ChangeBuilder(ctx.now());
        const lookup = await lookupCapture(ctx, into.campaign, known.mayExist(keys));
        // Contacts are filed under their company's account: the workspace's accounts, read once per batch.
        if (into.as === 'contact') lookup.accounts = accountIndex(await ctx.store.getAll<Account>('accounts'));
        const c = { created: 0, matched: 0, membersCreated: 0 };
        for (const [k, v] of valid.entries()) {
          if (k && k % IMPORT_SLICE === 0) await yieldToBrowser();
          const r = planCapture(b, lookup, { fields: v.fields, ...(into.status ? { status: into.status } : {}), source: into.source, createAs: into.as }, ctx.newId);
          if (r.matched) c.matched++;
          else c.created++;
          if (r.memberCreated) c.membersCreated++;
        }
        await yieldToBrowser();
        await known.commit(() => ctx.commit(b, 'relaxed'), keys);
        return c;
      });
      result.created += counts.created;
      result.matched += counts.matched;
      result.membersCreated += counts.membersCreated;
      options.onProgress?.(end, rows.length);
      await yieldToBrowser();
    }
  } finally {
    known.close();
  }
  return result;
}

