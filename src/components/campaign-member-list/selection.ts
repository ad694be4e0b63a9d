import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { memberPages } from '../../adapters/bulk.js';
import type { DataAdapter } from '../../adapters/adapter.js';
import type { CampaignMember } from '../../model/member.js';
import type { PersonRef } from '../../model/person.js';
import { memberPersonRef } from '../../domain/members.js';
import type { MemberFilter } from './member-rows.js';

/** A member to write, with the version the list read. */
export interface MemberTarget {
  id: string;
  version: number;
}

/**
 * The member list's selection: chosen rows (with the versions read, so a bulk write refuses
 * what changed meanwhile), or "every member matching the filter" minus the rows unticked, and
 * the anchor of a Shift+click range.
 */
export class MemberSelection implements ReactiveController {
  /** Chosen member ids and their versions (when not `allMatching`). */
  chosen = new Map<string, number>();
  /** True: every member matching the filter, except `excluded`. */
  allMatching = false;
  excluded = new Set<string>();
  private anchor?: number;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** True when nothing is selected. */
  get empty(): boolean {
    return !this.allMatching && this.chosen.size === 0;
  }

  /** The header checkbox's state. */
  get state(): 'true' | 'false' | 'mixed' {
    return this.allMatching ? (this.excluded.size ? 'mixed' : 'true') : this.chosen.size ? 'mixed' : 'false';
  }

  has(id: string): boolean {
    return this.allMatching ? !this.excluded.has(id) : this.chosen.has(id);
  }

  /** Members selected, given how many match the filter (undefined when unknown). */
  count(matching: number | undefined): number | undefined {
    if (!this.allMatching) return this.chosen.size;
    return matching === undefined ? undefined : matching - this.excluded.size;
  }

  /** Toggles row `index` (with `range`: every row from the anchor to it, as `at` gives them). */
  toggle(index: number, member: CampaignMember, range: boolean, at: (i: number) => CampaignMember | undefined): void {
    const select = !this.has(member.id);
    const targets: CampaignMember[] = [];
    if (range && this.anchor !== undefined) {
      const [a, b] = this.anchor < index ? [this.anchor, index] : [index, this.anchor];
      for (let i = a; i <= b; i++) {
        const m = at(i);
        if (m) targets.push(m);
      }
    } else targets.push(member);
    this.anchor = index;
    if (this.allMatching) {
      const excluded = new Set(this.excluded);
      for (const m of targets) {
        if (select) excluded.delete(m.id);
        else excluded.add(m.id);
      }
      this.excluded = excluded;
    } else {
      const chosen = new Map(this.chosen);
      for (const m of targets) {
        if (select) chosen.set(m.id, m.version);
        else chosen.delete(m.id);
      }
      this.chosen = chosen;
    }
    this.host.requestUpdate();
  }

  /** Header checkbox: clears a selection, else selects every member matching. */
  toggleAll(): void {
    if (this.empty) this.selectAll();
    else this.clear();
  }

  selectAll(): void {
    this.allMatching = true;
    this.excluded = new Set();
    this.chosen = new Map();
    this.host.requestUpdate();
  }

  clear(): void {
    this.allMatching = false;
    this.excluded = new Set();
    this.chosen = new Map();
    this.anchor = undefined;
    this.host.requestUpdate();
  }

  /** Takes the versions of members read or written since, so the next write is not refused. */
  carry(members: Iterable<CampaignMember>): void {
    if (!this.chosen.size) return;
    let next: Map<string, number> | undefined;
    for (const m of members) {
      if (this.chosen.has(m.id) && this.chosen.get(m.id) !== m.version) (next ??= new Map(this.chosen)).set(m.id, m.version);
    }
    if (next) {
      this.chosen = next;
      this.host.requestUpdate();
    }
  }

  /** The selected members with the versions read, or every member matching `filter` (paged). */
  /** The selected members' people (a lead or a contact each), for a quick campaign. */
  async people(adapter: DataAdapter, filter: MemberFilter): Promise<PersonRef[]> {
    const members: CampaignMember[] = [];
    if (this.allMatching) {
      for await (const page of memberPages(adapter, filter)) members.push(...page.filter((m) => !this.excluded.has(m.id)));
    } else {
      const ids = [...this.chosen.keys()];
      for (let i = 0; i < ids.length; i += 500) members.push(...(await adapter.getMembers(ids.slice(i, i + 500))));
    }
    return members.map(memberPersonRef);
  }

  async targets(adapter: DataAdapter, filter: MemberFilter): Promise<MemberTarget[]> {
    if (!this.allMatching) return [...this.chosen].map(([id, version]) => ({ id, version }));
    const out: MemberTarget[] = [];
    for await (const page of memberPages(adapter, filter)) {
      for (const m of page) if (!this.excluded.has(m.id)) out.push({ id: m.id, version: m.version });
    }
    return out;
  }
}
