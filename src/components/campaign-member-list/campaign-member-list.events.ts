import type { Campaign } from '../../model/campaign.js';
import type { ImportResult } from '../../adapters/adapter.js';
import type { CampaignMember } from '../../model/member.js';
import type { Opportunity } from '../../model/opportunity.js';
import type { PersonRef } from '../../model/person.js';

/** Which members an action applies to: listed ids, or every member matching the list's filter. */
export interface MemberTargets {
  campaignId: string;
  /** The selected members' ids; empty when `allMatching`. */
  memberIds: string[];
  /** True when the action applies to every member matching the current filter and search. */
  allMatching: boolean;
  /** How many members the action applies to (when known). */
  count: number;
}

const init = (cancelable: boolean): EventInit => ({ bubbles: true, composed: true, cancelable });

/** Before a status change is saved; `preventDefault()` stops it. */
export class MemberStatusChangeEvent extends Event {
  static readonly type = 'member-status-change';
  constructor(readonly detail: MemberTargets & { status: string }) {
    super(MemberStatusChangeEvent.type, init(true));
  }
}

/** After a status change was saved (for the members whose change was saved). */
export class MemberStatusChangedEvent extends Event {
  static readonly type = 'member-status-changed';
  constructor(readonly detail: { campaignId: string; status: string; members: CampaignMember[]; conflicts: number }) {
    super(MemberStatusChangedEvent.type, init(false));
  }
}

/** Before people are added to the campaign; `preventDefault()` stops it. */
export class MembersAddEvent extends Event {
  static readonly type = 'members-add';
  constructor(readonly detail: { campaignId: string; people: PersonRef[]; status: string }) {
    super(MembersAddEvent.type, init(true));
  }
}

/** After people were added. */
export class MembersAddedEvent extends Event {
  static readonly type = 'members-added';
  constructor(readonly detail: { campaignId: string; members: CampaignMember[] }) {
    super(MembersAddedEvent.type, init(false));
  }
}

/** Before members are removed from the campaign; `preventDefault()` stops it. */
export class MembersRemoveEvent extends Event {
  static readonly type = 'members-remove';
  constructor(readonly detail: MemberTargets) {
    super(MembersRemoveEvent.type, init(true));
  }
}

/** After members were removed. */
export class MembersRemovedEvent extends Event {
  static readonly type = 'members-removed';
  constructor(readonly detail: { campaignId: string; count: number; conflicts: number }) {
    super(MembersRemovedEvent.type, init(false));
  }
}

/** A change through the list failed; nothing of the failed part was written. */
export class MemberActionErrorEvent extends Event {
  static readonly type = 'member-action-error';
  constructor(readonly detail: { action: 'status' | 'add' | 'remove' | 'export'; error: unknown }) {
    super(MemberActionErrorEvent.type, init(false));
  }
}

/** "View all" in compact mode; `preventDefault()` keeps the link from being followed. */
export class MembersViewAllEvent extends Event {
  static readonly type = 'members-view-all';
  constructor(readonly detail: { campaignId: string }) {
    super(MembersViewAllEvent.type, init(true));
  }
}

/** Before the export file is downloaded; `preventDefault()` and use `detail.csv` yourself. */
export class MembersExportEvent extends Event {
  static readonly type = 'members-export';
  constructor(readonly detail: { campaignId: string; csv: string; filename: string; count: number }) {
    super(MembersExportEvent.type, init(true));
  }
}

/** The columns were shown, hidden or reordered by the user. */
export class MemberColumnsChangeEvent extends Event {
  static readonly type = 'member-columns-change';
  constructor(readonly detail: { columns: string[] }) {
    super(MemberColumnsChangeEvent.type, init(false));
  }
}

/** A CSV import finished (or was stopped). */
export class MembersImportedEvent extends Event {
  static readonly type = 'members-imported';
  constructor(readonly detail: { campaignId: string; result: ImportResult; stopped: boolean }) {
    super(MembersImportedEvent.type, init(false));
  }
}

/** A member's name link was followed (`record-href`). Cancelable: the link is then not followed (route it yourself). */
export class MemberOpenEvent extends Event {
  static readonly type = 'member-open';
  constructor(readonly detail: { campaignId: string; member: CampaignMember; href: string }) {
    super(MemberOpenEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** A row action of the page's (`row-actions`) was chosen for a member. */
export class MemberActionEvent extends Event {
  static readonly type = 'member-action';
  constructor(readonly detail: { campaignId: string; action: string; member: CampaignMember }) {
    super(MemberActionEvent.type, { bubbles: true, composed: true });
  }
}

/** "Create opportunity" made a deal of a contact's membership, credited to this campaign. */
export class OpportunityCreatedEvent extends Event {
  static readonly type = 'opportunity-created';
  constructor(readonly detail: { campaignId: string; member: CampaignMember; opportunity: Opportunity }) {
    super(OpportunityCreatedEvent.type, { bubbles: true, composed: true });
  }
}

/** "New campaign from selection" made a campaign with the selected people as its members. */
export class QuickCampaignCreatedEvent extends Event {
  static readonly type = 'quick-campaign-created';
  constructor(readonly detail: { campaign: Campaign; membersCreated: number }) {
    super(QuickCampaignCreatedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quick-campaign-created': QuickCampaignCreatedEvent;
    'opportunity-created': OpportunityCreatedEvent;
    'member-action': MemberActionEvent;
    'member-open': MemberOpenEvent;
    'member-status-change': MemberStatusChangeEvent;
    'member-status-changed': MemberStatusChangedEvent;
    'members-add': MembersAddEvent;
    'members-added': MembersAddedEvent;
    'members-remove': MembersRemoveEvent;
    'members-removed': MembersRemovedEvent;
    'member-action-error': MemberActionErrorEvent;
    'members-view-all': MembersViewAllEvent;
    'members-export': MembersExportEvent;
    'member-columns-change': MemberColumnsChangeEvent;
    'members-imported': MembersImportedEvent;
  }
}

/** A lead's rating or lead status was set in its cell (the same event `<people-list>` fires). */
export { LeadsClassifiedEvent } from '../people-list/people-list.events.js';
