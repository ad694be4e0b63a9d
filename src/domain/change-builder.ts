import { createRecord, emptyChangeSet, type ChangeSet, type RecordWrite, type StoreName, type StoredRecord } from './change-set.js';
import { countContactCreated, countDealChange, countLeadChange, type CountedDeal, type CountedLead } from './lead-counts.js';

/**
 * Builds a change set in steps. A record written twice in one change set (a lead created by
 * row 3 of an import and filled in by row 9) stays one write that expects the version read.
 * Every lead and opportunity it stages is counted in the workspace's lead counter (lead-counts.ts)
 * as it goes.
 */
export class ChangeBuilder {
  readonly changes: ChangeSet = emptyChangeSet();
  private staged = new Map<string, RecordWrite>();

  constructor(readonly now: string) {}

  /** Stages a new record at version 1 and returns it. */
  create<T extends object>(store: StoreName, id: string, fields: T): T & StoredRecord & { createdAt: string; updatedAt: string } {
    const record = createRecord(id, fields, this.now);
    const write: RecordWrite = { store, record, expect: null };
    this.changes.writes.push(write);
    this.staged.set(`${store}/${id}`, write);
    this.count(store, undefined, record);
    return record;
  }

  /** Stages `current` + `patch`; the result is one version above what was read. */
  update<T extends StoredRecord>(store: StoreName, current: T, patch: Partial<T>): T {
    const key = `${store}/${current.id}`;
    const staged = this.staged.get(key);
    if (staged) {
      const before = staged.record;
      staged.record = { ...staged.record, ...patch, updatedAt: this.now };
      this.count(store, before, staged.record);
      return staged.record as T;
    }
    const record = { ...current, ...patch, version: current.version + 1, updatedAt: this.now } as T;
    const write: RecordWrite = { store, record, expect: current.version };
    this.changes.writes.push(write);
    this.staged.set(key, write);
    this.count(store, current, record);
    return record;
  }

  /** Keeps the workspace's lead counter in step with a lead, opportunity or new contact staged. */
  private count(store: StoreName, before: object | undefined, after: object): void {
    if (store === 'leads') countLeadChange(this.changes, before as CountedLead | undefined, after as CountedLead);
    else if (store === 'opportunities') countDealChange(this.changes, before as CountedDeal | undefined, after as CountedDeal);
    else if (store === 'contacts' && !before) countContactCreated(this.changes);
  }

  /** Stages a deletion of `current` (at the version read). */
  delete(store: StoreName, current: Pick<StoredRecord, 'id' | 'version'>): void {
    this.changes.deletes.push({ store, id: current.id, expect: current.version });
  }

  /** Marks a campaign changed: its lists and counts refresh when the change set commits. */
  touchCampaign(campaignId: string): void {
    if (!this.changes.campaignIds.includes(campaignId)) this.changes.campaignIds.push(campaignId);
  }
}
