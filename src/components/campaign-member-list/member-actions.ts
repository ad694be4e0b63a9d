import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bulkWrite, wholePages } from '../../adapters/bulk.js';
import type { ListedPerson } from '../../domain/people-fields.js';
import type { DataAdapter } from '../../adapters/adapter.js';
import { ConflictError } from '../../adapters/errors.js';
import { formatCsv } from '../../domain/csv.js';
import { errorMessage, msg, statusLabel, type Locale } from '../../i18n/localize.js';
import type { CampaignMember } from '../../model/member.js';
import {
  MemberActionErrorEvent,
  MembersExportEvent,
  MembersRemovedEvent,
  MembersRemoveEvent,
  MemberStatusChangedEvent,
  MemberStatusChangeEvent,
  type MemberTargets,
} from './campaign-member-list.events.js';
import { exportHeader, exportRow, type MemberColumn } from './columns.js';
import { downloadCsv } from './download.js';
import type { MemberFilter } from './member-rows.js';
import type { MemberRowsController } from './member-rows-controller.js';
import type { MemberSelection, MemberTarget } from './selection.js';

/** What the actions need of the list element, read at each action. */
export interface ActionsContext {
  readonly campaign: string;
  readonly adapter: DataAdapter;
  readonly locale: Locale;
  readonly filter: MemberFilter;
  readonly shownColumns: MemberColumn[];
  readonly selection: MemberSelection;
  readonly data: MemberRowsController;
  format(n: number): string;
}

/**
 * The member list's writes and export: a status on one member, a status or removal on the
 * selection (or every member matching, chunk by chunk through `bulkWrite`), and CSV export.
 * Fires the intent events (cancelable) before and the result events after; keeps the progress,
 * the polite announcement and the problem shown. One write per chunk; the rows show the members
 * each write answered at once.
 */
export class MemberActions implements ReactiveController {
  /** Progress of a bulk action. */
  busy?: { done: number; total: number };
  /** Announced politely (what was done). */
  notice = '';
  /** Shown as an alert (what failed). */
  problem = '';

  constructor(
    private element: ReactiveControllerHost & EventTarget,
    private context: () => ActionsContext,
  ) {
    element.addController(this);
  }

  private get host(): ActionsContext {
    return this.context();
  }

  hostConnected(): void {}

  private set(patch: Partial<Pick<MemberActions, 'busy' | 'notice' | 'problem'>>): void {
    Object.assign(this, patch);
    this.element.requestUpdate();
  }

  /** Reports a failed action: nothing of it was written. */
  fail(action: 'status' | 'add' | 'remove' | 'export', error: unknown): void {
    const locale = this.host.locale;
    this.set({ problem: error instanceof ConflictError ? msg(locale, 'list.conflict') : msg(locale, 'list.failed', { reason: errorMessage(locale, error) }) });
    this.element.dispatchEvent(new MemberActionErrorEvent({ action, error }));
  }

  /** The event detail naming the selection. */
  targetsDetail(): MemberTargets {
    const { selection, data } = this.host;
    const count = selection.count(data.matching ?? (data.rows?.complete ? data.rows.length : undefined)) ?? data.rows?.length ?? 0;
    return { campaignId: this.host.campaign, memberIds: selection.allMatching ? [] : [...selection.chosen.keys()], allMatching: selection.allMatching, count };
  }

  /** A status picked in a row's cell. True when saved. */
  changeOne(member: CampaignMember, status: string): Promise<boolean> {
    const detail = { campaignId: this.host.campaign, memberIds: [member.id], allMatching: false, count: 1 };
    return this.setStatus(() => Promise.resolve([{ id: member.id, version: member.version }]), status, detail, false);
  }

  /** The bulk bar's "Apply": `status` on the selection. */
  async applyStatus(status: string): Promise<void> {
    await this.setStatus(() => this.host.selection.targets(this.host.adapter, this.host.filter), status, this.targetsDetail(), true);
  }

  private async setStatus(targets: () => Promise<MemberTarget[]>, status: string, detail: MemberTargets, bulk: boolean): Promise<boolean> {
    const intent = new MemberStatusChangeEvent({ ...detail, status });
    this.element.dispatchEvent(intent);
    if (intent.defaultPrevented) return false;
    const { adapter, campaign, locale } = this.host;
    this.set({ problem: '', ...(bulk ? { busy: { done: 0, total: detail.count } } : {}) });
    try {
      const list = await targets();
      const { saved, conflicts } = await bulkWrite(
        list,
        async (chunk) => {
          const members = await adapter.setMemberStatus({ campaignId: campaign, members: chunk, status });
          this.host.data.apply(members);
          return members;
        },
        (done, total) => bulk && this.set({ busy: { done, total } }),
      );
      if (saved.length) {
        this.host.selection.carry(saved);
        this.element.dispatchEvent(new MemberStatusChangedEvent({ campaignId: campaign, status, members: saved, conflicts }));
        this.set({ notice: msg(locale, 'list.updated', { status: statusLabel(locale, status), count: this.host.format(saved.length) }) });
      }
      if (conflicts) {
        this.set({ problem: saved.length ? msg(locale, 'list.partial', { done: this.host.format(saved.length), total: this.host.format(list.length) }) : msg(locale, 'list.conflict') });
        this.element.dispatchEvent(new MemberActionErrorEvent({ action: 'status', error: new ConflictError(`${conflicts} member(s) changed meanwhile`) }));
        this.host.data.retry();
      }
      return conflicts === 0;
    } catch (error) {
      this.fail('status', error);
      return false;
    } finally {
      if (bulk) this.set({ busy: undefined });
    }
  }

  /** The confirmation's "Remove": removes the selection. */
  async removeSelected(): Promise<void> {
    const detail = this.targetsDetail();
    const intent = new MembersRemoveEvent(detail);
    this.element.dispatchEvent(intent);
    if (intent.defaultPrevented) return;
    const { adapter, campaign, locale } = this.host;
    this.set({ problem: '', busy: { done: 0, total: detail.count } });
    try {
      const targets = await this.host.selection.targets(adapter, this.host.filter);
      let removed = 0;
      const { conflicts } = await bulkWrite(
        targets,
        async (chunk) => {
          await adapter.removeMembers({ campaignId: campaign, members: chunk });
          removed += chunk.length;
        },
        (done, total) => this.set({ busy: { done, total } }),
      );
      this.host.selection.clear();
      this.set({
        notice: msg(locale, 'list.removed', { count: this.host.format(removed) }),
        ...(conflicts ? { problem: removed ? msg(locale, 'list.partial', { done: this.host.format(removed), total: this.host.format(targets.length) }) : msg(locale, 'list.conflict') } : {}),
      });
      this.element.dispatchEvent(new MembersRemovedEvent({ campaignId: campaign, count: removed, conflicts }));
    } catch (error) {
      this.fail('remove', error);
    } finally {
      this.set({ busy: undefined });
    }
  }

  /** Exports the members matching the filter and search, in the shown columns, as CSV. */
  async exportCsv(): Promise<void> {
    const { adapter, campaign, locale, shownColumns: cols } = this.host;
    const rows: string[][] = [];
    this.set({ problem: '', busy: { done: 0, total: this.host.data.matching ?? 0 } });
    try {
      for await (const page of wholePages(adapter, this.host.filter)) {
        const people = new Map(page.people?.map(({ type, person }) => [person.id, { ...person, kind: type } as ListedPerson]));
        for (const m of page.items) rows.push(exportRow(locale, cols, m, people.get(m.leadId ?? m.contactId ?? '')));
        this.set({ busy: { done: rows.length, total: Math.max(rows.length, this.busy?.total ?? 0) } });
      }
    } catch (error) {
      this.fail('export', error);
      return;
    } finally {
      this.set({ busy: undefined });
    }
    const csv = formatCsv(exportHeader(locale, cols), rows);
    const name = (this.host.data.campaign?.name ?? campaign).replace(/[\\/:*?"<>|]+/g, '-').trim() || 'campaign';
    const filename = `${name} - ${msg(locale, 'list.title')}.csv`;
    const event = new MembersExportEvent({ campaignId: campaign, csv, filename, count: rows.length });
    this.element.dispatchEvent(event);
    this.set({ notice: msg(locale, 'list.exported', { count: this.host.format(rows.length) }) });
    if (!event.defaultPrevented) downloadCsv(filename, csv);
  }
}
