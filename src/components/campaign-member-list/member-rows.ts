import type { DataAdapter, MemberCounts, MemberPage } from '../../adapters/adapter.js';
import type { CampaignMember, MemberQuery } from '../../model/member.js';
import type { ListedPerson } from '../../domain/people-fields.js';

/** The part of a member query that picks and orders rows (no paging). */
export type MemberFilter = Omit<MemberQuery, 'cursor' | 'offset' | 'limit'>;

/** Rows fetched per request. */
export const BLOCK_SIZE = 50;
/** Blocks one refresh reads at most (the adapter's page limit is 500 rows). */
const MAX_BLOCKS = 10;

/** True when the filter's rows can be reached by offset with a known total (no search, no type, no person conditions). */
export function seekableFilter(filter: MemberFilter): boolean {
  return !filter.search && !filter.type && !filter.filters?.length;
}

/** Members matching `filter` when the maintained counts tell it (no search, not type and status together). */
export function matchingCount(filter: MemberFilter, counts: MemberCounts): number | undefined {
  if (filter.search || filter.filters?.length) return undefined;
  if (filter.type && filter.status) return undefined;
  if (filter.type) return filter.type === 'lead' ? counts.leads : counts.contacts;
  if (filter.status) return counts.byStatus[filter.status] ?? 0;
  return counts.total;
}

interface Block {
  items: CampaignMember[];
  nextCursor?: string;
}

/**
 * The rows of a member list as the adapter pages them, fetched block by block as they scroll
 * into view; nothing else is held. With a known `total` and no search/type filter (the offset
 * then counts the same rows the list shows), any block is reachable at once: the next one with
 * the previous block's keyset cursor, a far one by offset. Otherwise rows load in order
 * ("infinite" mode) and `length` grows as they come.
 */
export class MemberRows {
  private blocks = new Map<number, Block>();
  private loading = new Map<number, Promise<void>>();
  /** The people of the rows read (with `people` in the filter: field columns), by id. */
  private people = new Map<string, ListedPerson>();
  private endBlock?: number;

  /** Set when a block failed; the list shows it with a retry. */
  error?: unknown;

  constructor(
    private readonly adapter: DataAdapter,
    readonly filter: MemberFilter,
    /** Members matching the filter when the counts tell it (no search, no type + status mix). */
    readonly total: number | undefined,
  ) {}

  /**
   * Reads the rows [from, to) of `filter` and the campaign's counts in one adapter call (a first
   * load, or a refresh after a change): the rows come back ready to show at once.
   */
  static async read(adapter: DataAdapter, filter: MemberFilter, from: number, to: number, signal?: AbortSignal): Promise<{ rows: MemberRows; counts: MemberCounts }> {
    const seekable = seekableFilter(filter);
    const last = Math.floor(Math.max(from, to - 1) / BLOCK_SIZE);
    const first = seekable ? Math.max(0, Math.min(Math.floor(from / BLOCK_SIZE), last)) : 0;
    const blocks = Math.min(MAX_BLOCKS, last - first + 1);
    const page = await adapter.pageMembers({ ...filter, limit: blocks * BLOCK_SIZE, ...(first ? { offset: first * BLOCK_SIZE } : {}), counts: true }, { signal });
    const counts = page.counts ?? (await adapter.countMembers(filter.campaignId, { signal }));
    const rows = new MemberRows(adapter, filter, seekable ? matchingCount(filter, counts) : undefined);
    rows.keepPeople(page);
    for (let i = 0; i < blocks; i++) {
      const items = page.items.slice(i * BLOCK_SIZE, (i + 1) * BLOCK_SIZE);
      const lastBlock = i === blocks - 1 || items.length < BLOCK_SIZE;
      if (items.length || i === 0) rows.blocks.set(first + i, { items, ...(lastBlock && page.nextCursor ? { nextCursor: page.nextCursor } : {}) });
      if (lastBlock) {
        if (!page.nextCursor) rows.endBlock = first + i;
        break;
      }
    }
    return { rows, counts };
  }

  /** The lead or contact of a row, when the list reads people (field columns) and it was read. */
  person(member: CampaignMember): ListedPerson | undefined {
    return this.people.get(member.leadId ?? member.contactId ?? '');
  }

  /** True when `ids` name a person of the rows read (a lead or contact changed: the field columns are stale). */
  showsPerson(ids: readonly string[]): boolean {
    return ids.some((id) => this.people.has(id));
  }

  private keepPeople(page: MemberPage): void {
    for (const { type, person } of page.people ?? []) this.people.set(person.id, { ...person, kind: type } as ListedPerson);
  }

  /** Takes the members a write answered in place of the rows read (same id). */
  patch(members: readonly CampaignMember[]): void {
    const byId = new Map(members.map((m) => [m.id, m]));
    for (const block of this.blocks.values()) block.items = block.items.map((m) => byId.get(m.id) ?? m);
  }

  /** True when any block can be fetched directly (offset jumps). */
  get seekable(): boolean {
    return this.total !== undefined && seekableFilter(this.filter);
  }

  /** Rows the list is tall: the total when known, else the rows loaded so far. */
  get length(): number {
    if (this.total !== undefined) return this.endBlock === undefined ? this.total : Math.min(this.total, this.loadedLength());
    return this.loadedLength();
  }

  /** True once the last row is known to be loaded (or the total is known). */
  get complete(): boolean {
    return this.total !== undefined || this.endBlock !== undefined;
  }

  private loadedLength(): number {
    if (this.endBlock !== undefined) return this.endBlock * BLOCK_SIZE + (this.blocks.get(this.endBlock)?.items.length ?? 0);
    let n = 0;
    while (this.blocks.has(n)) n++;
    return n * BLOCK_SIZE;
  }

  /** The row at `index`, or undefined while its block is not loaded. */
  at(index: number): CampaignMember | undefined {
    return this.blocks.get(Math.floor(index / BLOCK_SIZE))?.items[index % BLOCK_SIZE];
  }

  /** Every loaded row (for carrying a selection's versions over). */
  *loaded(): Iterable<CampaignMember> {
    for (const b of this.blocks.values()) yield* b.items;
  }

  /** Whether every row of [from, to) is loaded. */
  has(from: number, to: number): boolean {
    for (let k = Math.floor(from / BLOCK_SIZE); k * BLOCK_SIZE < to; k++) {
      if (this.endBlock !== undefined && k > this.endBlock) break;
      if (!this.blocks.has(k)) return false;
    }
    return true;
  }

  /**
   * Loads the blocks covering rows [from, to). In infinite mode, loads in order up to there
   * (plus the block after, so the list knows whether more follow).
   */
  async ensure(from: number, to: number, signal?: AbortSignal): Promise<void> {
    const first = Math.max(0, Math.floor(from / BLOCK_SIZE));
    const last = Math.floor(Math.max(from, to - 1) / BLOCK_SIZE);
    if (this.seekable) {
      // Blocks missing side by side come in one read: after a jump, one offset walk for them all.
      const end = Math.min(last, Math.ceil((this.total ?? 0) / BLOCK_SIZE) - 1);
      for (let k = first; k <= end; ) {
        let n = 1;
        while (k + n <= end && n < MAX_BLOCKS && !this.blocks.has(k) && !this.loading.has(k) && !this.blocks.has(k + n) && !this.loading.has(k + n)) n++;
        await this.load(k, n, signal);
        k += n;
      }
      return;
    }
    for (let k = 0; k <= last + 1; k++) {
      if (this.endBlock !== undefined && k > this.endBlock) return;
      await this.load(k, 1, signal);
    }
  }

  /** Loads blocks k..k+n-1 (those not loaded yet) with one adapter call. */
  private load(k: number, n: number, signal?: AbortSignal): Promise<void> {
    if (this.blocks.has(k)) return Promise.resolve();
    let pending = this.loading.get(k);
    if (!pending) {
      pending = this.fetch(k, n, signal).then(
        (page) => {
          this.keepPeople(page);
          for (let i = 0; i < n; i++) {
            const items = n === 1 ? page.items : page.items.slice(i * BLOCK_SIZE, (i + 1) * BLOCK_SIZE);
            const lastOfPage = i === n - 1 || items.length < BLOCK_SIZE;
            this.loading.delete(k + i);
            if (!this.blocks.has(k + i)) this.blocks.set(k + i, { items, ...(lastOfPage && page.nextCursor ? { nextCursor: page.nextCursor } : {}) });
            if (lastOfPage) {
              if (!page.nextCursor) this.endBlock = this.endBlock === undefined ? k + i : Math.min(this.endBlock, k + i);
              for (let j = i + 1; j < n; j++) this.loading.delete(k + j);
              break;
            }
          }
        },
        (error: unknown) => {
          for (let i = 0; i < n; i++) this.loading.delete(k + i);
          throw error;
        },
      );
      for (let i = 0; i < n; i++) this.loading.set(k + i, pending);
    }
    return pending;
  }

  private fetch(k: number, n: number, signal?: AbortSignal): Promise<MemberPage> {
    const query: MemberQuery = { ...this.filter, limit: n * BLOCK_SIZE };
    const previous = this.blocks.get(k - 1);
    if (k === 0) return this.adapter.pageMembers(query, { signal });
    if (previous?.nextCursor) return this.adapter.pageMembers({ ...query, cursor: previous.nextCursor }, { signal });
    if (previous) return Promise.resolve({ items: [] });
    // Not next to a loaded block: a jump (scrollbar drag, End key): walk the offset.
    return this.adapter.pageMembers({ ...query, offset: k * BLOCK_SIZE }, { signal });
  }
}
