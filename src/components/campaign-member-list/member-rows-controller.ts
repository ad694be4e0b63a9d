import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChangeEvent, DataAdapter, MemberCounts } from '../../adapters/adapter.js';
import { AbortedError } from '../../adapters/errors.js';
import type { AdapterController } from '../../controllers/adapter-controller.js';
import type { QueryStatus } from '../../controllers/query-controller.js';
import type { Campaign } from '../../model/campaign.js';
import type { CampaignMember } from '../../model/member.js';
import { matchingCount, MemberRows, type MemberFilter } from './member-rows.js';

/**
 * Row heights in px by density, as tokens.ts sets `--_row` and `--_card-row` (rows are
 * positioned, not measured: the list renders only what is visible): a row, and a card of the
 * narrow layout (the name with the email under it).
 */
export const ROW_HEIGHTS = { comfortable: { row: 44, card: 64 }, compact: { row: 32, card: 48 } } as const;
export const ROW_HEIGHT = ROW_HEIGHTS.comfortable.row;
export const CARD_ROW_HEIGHT = ROW_HEIGHTS.comfortable.card;
/** Rows rendered above and below the visible ones. */
export const OVERSCAN = 6;
/** Milliseconds a scroll into rows not yet read waits for them before drawing placeholders. */
const PLACEHOLDER_DELAY = 60;

export interface MemberRowsOptions {
  /** The rows to show (campaign, sort, filters, search). */
  filter: () => MemberFilter;
  /** Compact mode: only the first `n` rows. */
  compact: () => number | undefined;
  /** The scrolling element, once rendered. */
  viewport: () => HTMLElement | undefined;
  /** Rows read or written since the last call (the selection keeps their versions). */
  onRows?: (members: Iterable<CampaignMember>) => void;
  /** After each read: `fresh` for a new filter (not a refresh after a change). */
  onLoad?: (fresh: boolean) => void;
}

/**
 * The member list's data: the campaign, its maintained counts and the visible rows. Loads on
 * connect and when the filter or the adapter change; follows the adapter's change events by
 * itself, only for changes that name its campaign, with ONE adapter call per change (the rows
 * on screen and the counts together); reads the campaign record again only when that record
 * changed. Fetches further blocks as the viewport scrolls, and applies the members a write
 * answered without reading them back.
 */
export class MemberRowsController implements ReactiveController {
  status: QueryStatus = 'loading';
  campaign?: Campaign;
  counts?: MemberCounts;
  rows?: MemberRows;
  error?: unknown;
  /** Rows rendered: the visible ones and the overscan. */
  range = { first: 0, last: 20 };
  /** Height of a row in px (taller in the narrow card layout). */
  rowHeight: number = ROW_HEIGHT;

  private key = '';
  private campaignId = '';
  private adapter?: DataAdapter;
  private abort?: AbortController;
  /** Aborts the block fetches of rows that were replaced. */
  private rowsAbort = new AbortController();
  private runs = 0;
  private removeListener?: () => void;
  private queued?: { campaign: boolean };
  private running = false;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private adapters: AdapterController,
    private options: MemberRowsOptions,
  ) {
    host.addController(this);
  }

  /** Members matching the filter, when the counts tell it. */
  get matching(): number | undefined {
    return this.counts ? matchingCount(this.options.filter(), this.counts) : undefined;
  }

  hostConnected(): void {
    this.rowsAbort = new AbortController();
    this.removeListener = this.adapters.onChange((e) => this.handleChange(e));
  }

  hostDisconnected(): void {
    this.removeListener?.();
    this.abort?.abort();
    this.rowsAbort.abort();
    this.key = '';
    this.adapter = undefined;
  }

  hostUpdate(): void {
    const filter = this.options.filter();
    const adapter = this.adapters.adapter;
    if (!filter.campaignId) return;
    const key = JSON.stringify([filter, this.options.compact()]);
    if (adapter === this.adapter && key === this.key) return;
    const campaignChanged = adapter !== this.adapter || filter.campaignId !== this.campaignId;
    this.adapter = adapter;
    this.campaignId = filter.campaignId;
    this.key = key;
    // A new filter starts at the top.
    const vp = this.options.viewport();
    if (vp) vp.scrollTop = 0;
    this.range = { first: 0, last: this.visibleRows() };
    void this.load({ campaign: campaignChanged || !this.campaign, fresh: true });
  }

  /** Reads again now (the "Try again" buttons). */
  retry(): void {
    void this.load({ campaign: !this.campaign || this.status === 'error', fresh: false });
  }

  /** Shows the members a write answered at once (the change event's refresh confirms them). */
  apply(members: readonly CampaignMember[]): void {
    this.rows?.patch(members);
    this.options.onRows?.(members);
    this.host.requestUpdate();
  }

  private handleChange(e: ChangeEvent): void {
    const id = this.options.filter().campaignId;
    if (e.stores.every((store) => store === 'held')) return; // the quarantine moved, not the members
    const record = e.stores.includes('campaigns') && (!e.ids || e.ids.includes(id));
    // A lead or contact shown in a field column changed (a rating set elsewhere): its row is stale.
    const person = !!this.options.filter().people && (e.stores.includes('leads') || e.stores.includes('contacts')) && (!e.ids || !!this.rows?.showsPerson(e.ids));
    if (!id || !(record || person || e.campaignIds.includes(id))) return;
    // Changes that arrive while a refresh runs are folded into one more refresh after it.
    if (this.queued) this.queued.campaign ||= record;
    else this.queued = { campaign: record };
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    while (this.queued) {
      const { campaign } = this.queued;
      this.queued = undefined;
      this.running = true;
      await this.load({ campaign, fresh: false });
      this.running = false;
    }
  }

  /**
   * Reads the rows on screen with the counts (one call), and the campaign when asked. A fresh
   * load replaces the rows at once; a refresh swaps them in when read (no flash, scroll kept).
   */
  private async load({ campaign, fresh }: { campaign: boolean; fresh: boolean }): Promise<void> {
    const adapter = this.adapters.adapter;
    const filter = this.options.filter();
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const run = ++this.runs;
    if (fresh && campaign) {
      this.status = 'loading';
      this.rows = undefined;
      this.host.requestUpdate();
    }
    const compact = this.options.compact();
    const [from, to] = compact !== undefined ? [0, compact] : [this.range.first, this.range.last + 1];
    try {
      const [record, read] = await Promise.all([
        campaign ? adapter.getCampaign(filter.campaignId, { signal: abort.signal }) : Promise.resolve(this.campaign!),
        MemberRows.read(adapter, filter, from, to, abort.signal).then(
          (r) => r,
          (error: unknown) => ({ error }),
        ),
      ]);
      if (run !== this.runs) return;
      this.campaign = record;
      if ('error' in read) {
        // The campaign is there but its rows could not be read: the grid shows the error.
        if (this.rows) this.rows.error = read.error;
        else if (!this.counts) throw read.error;
      } else {
        this.counts = read.counts;
        this.rowsAbort.abort();
        this.rowsAbort = new AbortController();
        this.rows = read.rows;
        this.options.onRows?.(read.rows.loaded());
      }
      this.error = undefined;
      this.status = this.counts && this.counts.total === 0 ? 'empty' : 'ready';
      this.options.onLoad?.(fresh);
    } catch (error) {
      if (run !== this.runs || error instanceof AbortedError || (error as Error)?.name === 'AbortError') return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  private visibleRows(): number {
    const height = this.options.viewport()?.clientHeight || 448;
    return Math.ceil(height / this.rowHeight) + OVERSCAN;
  }

  /** Follows the viewport: renders the rows now in view and fetches the blocks they need. */
  updateRange(): void {
    const vp = this.options.viewport();
    const rows = this.rows;
    if (!vp || !rows) return;
    const top = Math.max(0, vp.scrollTop - this.rowHeight);
    const first = Math.max(0, Math.floor(top / this.rowHeight) - OVERSCAN);
    const last = Math.ceil((vp.scrollTop + vp.clientHeight) / this.rowHeight) + OVERSCAN;
    const loaded = rows.has(first, last + 1);
    if (first !== this.range.first || last !== this.range.last) {
      this.range = { first, last };
      // Rows in hand render now. Rows still to read render when they arrive (a local database
      // answers within a frame), and as placeholders only if that takes longer than
      // PLACEHOLDER_DELAY: a jump renders its rows once, not placeholders and then rows.
      if (loaded) this.host.requestUpdate();
      else this.placeholdersLater();
    }
    if (!loaded || (!rows.complete && last + OVERSCAN >= rows.length)) {
      void rows.ensure(first, last + 1, this.rowsAbort.signal).then(
        () => {
          if (rows !== this.rows) return;
          rows.error = undefined;
          this.options.onRows?.(rows.loaded());
          this.rendered();
        },
        (error: unknown) => {
          if (rows !== this.rows || error instanceof AbortedError) return; // replaced meanwhile
          rows.error = error;
          this.rendered();
        },
      );
    }
  }

  private placeholderTimer: ReturnType<typeof setTimeout> | undefined;

  private placeholdersLater(): void {
    clearTimeout(this.placeholderTimer);
    this.placeholderTimer = setTimeout(() => this.host.requestUpdate(), PLACEHOLDER_DELAY);
  }

  private rendered(): void {
    clearTimeout(this.placeholderTimer);
    this.host.requestUpdate();
  }

  /** Scrolls row `index` to the top. */
  scrollToIndex(index: number): void {
    const vp = this.options.viewport();
    if (!vp) return;
    vp.scrollTop = Math.max(0, index) * this.rowHeight;
    this.updateRange();
  }

  /** Scrolls so that `row` is visible below the sticky header (keyboard navigation). */
  reveal(row: number): void {
    const vp = this.options.viewport();
    if (!vp || row < 0) return;
    const top = row * this.rowHeight;
    if (top < vp.scrollTop) vp.scrollTop = top;
    else if (top + this.rowHeight > vp.scrollTop + vp.clientHeight - this.rowHeight) vp.scrollTop = top + 2 * this.rowHeight - vp.clientHeight;
    this.updateRange();
  }
}
