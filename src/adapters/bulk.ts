import type { CampaignMember, MemberQuery } from '../model/member.js';
import type { CallOptions, DataAdapter } from './adapter.js';

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
  let cursor: string | undefined;
  do {
    const page = await adapter.pageMembers({ ...query, limit: PAGE, ...(cursor ? { cursor } : {}) }, options);
    if (page.items.length) yield page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

/** Splits `items` into chunks an adapter accepts in one write. */
export function writeChunks<T>(items: readonly T[], size = WRITE_CHUNK): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
