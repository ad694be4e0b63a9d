import { ChangeBuilder } from '../../domain/change-builder.js';
import type { StoreName } from '../../domain/change-set.js';
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
  ) {}

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
