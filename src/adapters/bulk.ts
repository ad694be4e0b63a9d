import type { CampaignMember, MemberQuery } from '../model/member.js';
import type { CallOptions, DataAdapter, MemberPage } from './adapter.js';
import { ConflictError } from './errors.js';

/** Rows per request when walking every member matching a query. */
const PAGE = 500;
/** Members per write: each write is atomic; a stale version fails only its chunk. */
const WRITE_CHUNK = 1000;

/**
 * Every member matching `query`, page by page with keyset cursors (sort, filter and search as
 * the list shows them). Used for "all matching" bulk actions and CSV export.
 */
export async function* memberPages(
  adapter: DataAdapter,
  query: Omit<MemberQuery, 'cursor' | 'offset' | 'limit'>,
  options?: CallOptions,
): AsyncGenerator<CampaignMember[]> {
  for await (const page of wholePages(adapter, query, options)) yield page.items;
}

/** Every page of members matching `query` as the adapter answers them (with their people when `query.people`). */
export async function* wholePages(adapter: DataAdapter, query: Omit<MemberQuery, 'cursor' | 'offset' | 'limit'>, options?: CallOptions): AsyncGenerator<MemberPage> {
  let cursor: string | undefined;
  do {
    const page = await adapter.pageMembers({ ...query, limit: PAGE, ...(cursor ? { cursor } : {}) }, options);
    if (page.items.length) yield page;
    cursor = page.nextCursor;
  } while (cursor);
}

/** Splits `items` into chunks an adapter accepts in one write. */
export function writeChunks<T>(items: readonly T[], size = WRITE_CHUNK): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** What a chunked bulk write did. */
export interface BulkWriteResult<R> {
  /** What each saved chunk's write answered, in order. */
  saved: R[];
  /** Items of the chunks refused because one of their members changed meanwhile. */
  conflicts: number;
}

/**
 * Writes `items` chunk by chunk (each chunk all-or-nothing): a chunk refused with a
 * `ConflictError` is counted in `conflicts` and the next one goes on; any other error stops the
 * write and is thrown (the chunks before it stay written). `onProgress` gets the items done.
 */
export async function bulkWrite<T, R>(
  items: readonly T[],
  write: (chunk: T[]) => Promise<R[] | void>,
  onProgress?: (done: number, total: number) => void,
): Promise<BulkWriteResult<R>> {
  const saved: R[] = [];
  let conflicts = 0;
  let done = 0;
  for (const chunk of writeChunks(items)) {
    try {
      const result = await write(chunk);
      if (result) saved.push(...result);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      conflicts += chunk.length;
    }
    done += chunk.length;
    onProgress?.(done, items.length);
  }
  return { saved, conflicts };
}
