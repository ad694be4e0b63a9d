import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChangeEvent, DataAdapter, MemberCounts } from '../../adapters/adapter.js';
import { memberPages } from '../../adapters/bulk.js';
import { AbortedError, UnavailableError } from '../../adapters/errors.js';
import type { AdapterController } from '../../controllers/adapter-controller.js';
import type { QueryStatus } from '../../controllers/query-controller.js';
import { hasArrived } from '../../domain/attendance.js';
import { displayName, memberCountDeltas, memberSearchMatcher, personSearchKey, toMemberCounts } from '../../domain/members.js';
import type { Campaign } from '../../model/campaign.js';
import type { CampaignMember } from '../../model/member.js';
import type { NameOrder } from '../../i18n/localized-element.js';

/** A member as the door list holds it: with the folded text searched and the display name. */
export interface Attendee {
  member: CampaignMember;
  key: string;
  name: string;
}

/** `locale|order` (how the element names people) apart. */
function nameStyle(style: string): [string, NameOrder | undefined] {
  const [locale, order] = style.split('|');
  return [locale, (order || undefined) as NameOrder | undefined];
}

/** Changes naming more members than this re-read the whole list. */
const REREAD_ALL = 500;

/**
 * The door list of an event: the campaign and every member, held in memory so a keystroke or a
 * badge scan never waits on the network; the figures are counted from it by the domain's rule.
 * Follows changes by itself: one `getMembers` read for the members a change names (a bulk
 * change re-reads the list), nothing for the echo of its own write, whose answer it applies.
 */
export class DoorList implements ReactiveController {
  status: QueryStatus = 'loading';
  campaign?: Campaign;
  error?: unknown;
  /** True when the adapter could not be reached by the last read. */
  unreachable = false;
  people: Attendee[] = [];
  counts: MemberCounts = toMemberCounts(undefined);

  private byCode = new Map<string, Attendee>();
  /** Each member's place in `people`, and the counter the figures come from (kept by deltas). */
  private position = new Map<string, number>();
  private counter: Record<string, number> = {};
  private adapter?: DataAdapter;
  private id = '';
  private lang = '';
  private runs = 0;
  private abort?: AbortController;
  private removeListener?: () => void;
  /** Members this element is writing: the change event of that write is not read back. */
  private ownWrites = new Set<string>();

  constructor(
    private host: ReactiveControllerHost,
    private adapters: AdapterController,
    private campaignId: () => string,
    /** `locale|name-order`: how people are named. */
    private language: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.removeListener = this.adapters.onChange((e) => void this.handleChange(e));
  }

  hostDisconnected(): void {
    this.removeListener?.();
    this.abort?.abort();
    this.adapter = undefined;
  }

  hostUpdate(): void {
    const id = this.campaignId();
    const adapter = this.adapters.adapter;
    const language = this.language();
    if (language !== this.lang) {
      this.lang = language;
      if (this.people.length) this.setPeople(this.people.map((a) => this.attendee(a.member)), false);
    }
    if (!id || (adapter === this.adapter && id === this.id)) return;
    this.adapter = adapter;
    this.id = id;
    void this.load(adapter, id);
  }

  /** Reads the campaign and the whole list again (the "Try again" button). */
  retry(): void {
    const id = this.campaignId();
    if (id) void this.load(this.adapters.adapter, id);
  }

  /** The member with this code (member, lead or contact id: a badge scan). */
  byScan(code: string): Attendee | undefined {
    return this.byCode.get(code);
  }

  /** Members matching `text` (or every one not yet arrived), the first `limit` of them and how many. */
  find(text: string, onlyNotArrived: boolean, limit: number): { shown: Attendee[]; count: number } {
    const shown: Attendee[] = [];
    let count = 0;
    const matches = memberSearchMatcher(text);
    const probe = { q: '' };
    for (const a of this.people) {
      if (onlyNotArrived && hasArrived(a.member)) continue;
      probe.q = a.key;
      if (text && !matches(probe) && a.member.id !== text && a.member.leadId !== text && a.member.contactId !== text) continue;
      count++;
      if (shown.length < limit) shown.push(a);
    }
    return { shown, count };
  }

  /** The door list member with this email, if any. */
  byEmail(matches: (email: string) => boolean): Attendee | undefined {
    return this.people.find((a) => !!a.member.person.email && matches(a.member.person.email));
  }

  /**
   * Runs this element's own write on `memberId`; its change event is not read back: the member
   * the write answers is applied instead.
   */
  async write<R extends { member: CampaignMember }>(memberId: string, run: () => Promise<R>): Promise<R> {
    this.ownWrites.add(memberId);
    try {
      const result = await run();
      this.apply([result.member]);
      return result;
    } finally {
      this.ownWrites.delete(memberId);
    }
  }

  /**
   * Shows members' new state (answered by a write, or read after a change). Members already on
   * the list are replaced in place and new ones appended, the figures moved by their deltas (the
   * maintained counter's rule): a check-in costs the same at 10 or 10,000 attendees. Removals
   * rebuild the list.
   */
  apply(members: readonly CampaignMember[], removed: readonly string[] = []): void {
    const id = this.campaignId();
    const mine = members.filter((m) => m.campaignId === id);
    if (removed.some((x) => this.position.has(x))) {
      const byId = new Map(mine.map((m) => [m.id, m]));
      const gone = new Set(removed);
      const people = this.people.filter((a) => !gone.has(a.member.id)).map((a) => (byId.has(a.member.id) ? this.attendee(byId.get(a.member.id)!) : a));
      for (const m of byId.values()) if (!this.position.has(m.id)) people.push(this.attendee(m));
      return this.setPeople(people);
    }
    if (!mine.length) return;
    const people = this.people.slice();
    for (const m of mine) {
      const at = this.position.get(m.id);
      const before = at === undefined ? undefined : people[at];
      const next = this.attendee(m);
      if (before) this.unindex(before);
      if (at === undefined) {
        this.position.set(m.id, people.length);
        people.push(next);
      } else people[at] = next;
      this.index(next);
      for (const [field, n] of Object.entries(memberCountDeltas(before?.member, m))) this.counter[field] = (this.counter[field] ?? 0) + n;
    }
    this.people = people;
    this.counts = toMemberCounts(this.counter);
    this.host.requestUpdate();
  }

  private async handleChange(e: ChangeEvent): Promise<void> {
    const id = this.campaignId();
    if (!id || this.status === 'loading') return;
    const record = e.stores.includes('campaigns') && (!e.ids || e.ids.includes(id));
    if (record) {
      this.retry();
      return;
    }
    if (!e.campaignIds.includes(id)) return;
    if (!e.ids || e.ids.length > REREAD_ALL) {
      void this.load(this.adapters.adapter, id, false);
      return;
    }
    // The echo of this element's own write: its answer is applied already (or will be).
    if (e.origin === 'local' && e.ids.some((x) => this.ownWrites.has(x))) return;
    try {
      const found = await this.adapters.adapter.getMembers(e.ids);
      const foundIds = new Set(found.map((m) => m.id));
      // Members named but gone (removed, or moved by a conversion) leave the list.
      this.apply(found, e.ids.filter((x) => !foundIds.has(x) && this.byCode.has(x)));
    } catch (error) {
      if (error instanceof UnavailableError) this.unreachable = true; // the list stays as it is
      this.host.requestUpdate();
    }
  }

  /** Reads the campaign and every member (a few thousand people: pages of 500). */
  private async load(adapter: DataAdapter, id: string, campaign = true): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const run = ++this.runs;
    if (campaign && !this.campaign) this.status = 'loading';
    try {
      const [record, people] = await Promise.all([
        campaign || !this.campaign ? adapter.getCampaign(id, { signal: abort.signal }) : Promise.resolve(this.campaign),
        (async () => {
          const all: Attendee[] = [];
          for await (const page of memberPages(adapter, { campaignId: id, sort: 'name' }, { signal: abort.signal })) for (const m of page) all.push(this.attendee(m));
          return all;
        })(),
      ]);
      if (run !== this.runs) return;
      this.campaign = record;
      this.unreachable = false;
      this.error = undefined;
      this.setPeople(people);
      this.status = 'ready';
    } catch (error) {
      if (run !== this.runs || error instanceof AbortedError || (error as Error)?.name === 'AbortError') return;
      if (error instanceof UnavailableError) this.unreachable = true;
      // Keep the list we have; without one, show the error.
      if (!this.campaign) {
        this.error = error;
        this.status = 'error';
      }
    }
    this.host.requestUpdate();
  }

  private attendee(member: CampaignMember): Attendee {
    return { member, key: personSearchKey(member.person), name: displayName(member.person, ...nameStyle(this.lang)) };
  }

  private index(a: Attendee): void {
    this.byCode.set(a.member.id, a);
    if (a.member.leadId) this.byCode.set(a.member.leadId, a);
    if (a.member.contactId) this.byCode.set(a.member.contactId, a);
  }

  private unindex(a: Attendee): void {
    for (const code of [a.member.id, a.member.leadId, a.member.contactId]) if (code && this.byCode.get(code) === a) this.byCode.delete(code);
  }

  private setPeople(people: Attendee[], notify = true): void {
    this.people = people;
    this.counter = {};
    this.byCode = new Map();
    this.position = new Map();
    people.forEach((a, i) => {
      this.position.set(a.member.id, i);
      this.index(a);
      for (const [field, n] of Object.entries(memberCountDeltas(undefined, a.member))) this.counter[field] = (this.counter[field] ?? 0) + n;
    });
    this.counts = toMemberCounts(this.counter);
    if (notify) this.host.requestUpdate();
  }
}
