import { ChangeBuilder } from '../../domain/change-builder.js';
import type { StoreName } from '../../domain/change-set.js';
import { memberCountsKey } from '../../domain/members.js';
import { idSchema } from '../../model/common.js';
import type { Account, Lead } from '../../model/person.js';
import type {
  CallOptions,
} from '../adapter.js';
import { ConflictError, NotFoundError, throwIfAborted } from '../errors.js';
import { parseInput } from '../validate.js';
import type { RecordStore } from './record-store.js';

const MAX_ATTEMPTS = 5;

/**
 * What every use case of the local adapter works with: the store, the clock, the id factory, the
 * options, and the read-plan-commit helpers (a record or NotFoundError, an atomic commit marked
 * as this adapter's own, a retry when a concurrent change wins). One per LocalAdapter.
 */
export class LocalContext {
  /** Identifies this adapter's own commits among the store's announcements. */
  readonly origin = {};
  /** Member counts read to page from a list's end, kept until a commit (any tab's) changes the campaign's members. */
  private memberTotals = new Map<string, Record<string, number> | undefined>();
  /** Commits of members seen: a counter read across one is not kept. */
  private memberCommits = 0;

  constructor(
    readonly store: RecordStore,
    readonly name: string,
    readonly now: () => string,
    readonly newId: () => string,
    /** Create a campaign the first time a lead is submitted to an unknown id. */
    readonly autoCreate: boolean,
    /** Submissions come from a public web form (LocalAdapterOptions.publicCapture). */
    readonly publicCapture: boolean,
    /** Rows per committed batch of an import. */
    readonly batchSize: number,
    /** Members per committed chunk of a quick campaign (a database with transactions: all at once). */
    readonly bulkChunk: number,
    /** Accounts that may be a lead's company (an adapter with a database narrows them first). */
    readonly accountCandidates: (lead: Lead) => Promise<Account[]>,
    /** Double opt-in campaigns wait for a confirmation mail (LocalAdapterOptions.doubleOptIn). */
    readonly doubleOptIn = false,
  ) {
    store.onCommit((info) => {
      if (!info.stores.includes('members')) return;
      this.memberCommits++;
      if (!info.campaignIds.length) this.memberTotals.clear();
      for (const id of info.campaignIds) this.memberTotals.delete(id);
    });
  }

  /**
   * A campaign's member counter, remembered until its members change: a list that jumps to its
   * end by offset needs the total, and reads it once, not on every jump.
   */
  async memberCounter(campaignId: string): Promise<Record<string, number> | undefined> {
    if (this.memberTotals.has(campaignId)) return this.memberTotals.get(campaignId);
    const seen = this.memberCommits;
    const counter = await this.store.counter(memberCountsKey(campaignId));
    if (seen === this.memberCommits) this.memberTotals.set(campaignId, counter);
    return counter;
  }

  /** A record by id (validated at the boundary), or `NotFoundError`. */
  async requireRecord<T>(store: StoreName, entity: string, id: string, options?: CallOptions): Promise<T> {
    const recordId = parseInput(idSchema, id, 'id');
    throwIfAborted(options?.signal);
    const record = await this.store.get<T>(store, recordId);
    if (!record) throw new NotFoundError(entity, recordId);
    return record;
  }

  async commit(b: ChangeBuilder, durability?: 'relaxed'): Promise<void> {
    await this.store.commit(b.changes, { origin: this.origin, durability });
  }

  /** Runs read-plan-commit again when a concurrent change wins (not for idempotency clashes). */
  async retry<T>(options: CallOptions | undefined, attempt: () => Promise<T>): Promise<T> {
    for (let i = 1; ; i++) {
      throwIfAborted(options?.signal);
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof ConflictError) || error.reason === 'idempotency' || i >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}
