import type { CampaignMember } from '../../model/member.js';
import type { LeadFieldsInput } from '../../model/person.js';

const init = (cancelable: boolean): EventInit => ({ bubbles: true, composed: true, cancelable });

/** Before a check-in is made; `preventDefault()` stops it. */
export class AttendeeCheckInEvent extends Event {
  static readonly type = 'attendee-check-in';
  constructor(readonly detail: { campaignId: string; code: string; name: string }) {
    super(AttendeeCheckInEvent.type, init(true));
  }
}

/**
 * After a check-in: applied (`pending: false`), kept on the device until the adapter is
 * reachable (`pending: true`), or refused as a duplicate (`already: true`, with the first time).
 */
export class AttendeeCheckedInEvent extends Event {
  static readonly type = 'attendee-checked-in';
  constructor(readonly detail: { campaignId: string; checkInId: string; member?: CampaignMember; at: string; already: boolean; pending: boolean }) {
    super(AttendeeCheckedInEvent.type, init(false));
  }
}

/** A walk-in was registered at the door (then checked in). */
export class AttendeeWalkInEvent extends Event {
  static readonly type = 'attendee-walk-in';
  constructor(readonly detail: { campaignId: string; lead: LeadFieldsInput; memberId?: string; matched: boolean; pending: boolean }) {
    super(AttendeeWalkInEvent.type, init(false));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'attendee-check-in': AttendeeCheckInEvent;
    'attendee-checked-in': AttendeeCheckedInEvent;
    'attendee-walk-in': AttendeeWalkInEvent;
  }
}
