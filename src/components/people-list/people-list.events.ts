import type { Lead } from '../../model/person.js';
import type { PersonListItem } from '../../model/people.js';

/** A person's link was followed (`record-href`). Cancelable: the link is then not followed. */
export class PersonOpenEvent extends Event {
  static readonly type = 'person-open';
  constructor(readonly detail: { person: PersonListItem; href: string }) {
    super(PersonOpenEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Leads were classified: a rating, lead source or lead status set inline or on a selection. */
export class LeadsClassifiedEvent extends Event {
  static readonly type = 'leads-classified';
  constructor(readonly detail: { field: 'rating' | 'source' | 'status'; value: string; leads: Lead[]; conflicts: number }) {
    super(LeadsClassifiedEvent.type, { bubbles: true, composed: true });
  }
}

/** Selected people were added to a campaign. */
export class PeopleAddedEvent extends Event {
  static readonly type = 'people-added';
  constructor(readonly detail: { campaignId: string; count: number }) {
    super(PeopleAddedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'person-open': PersonOpenEvent;
    'leads-classified': LeadsClassifiedEvent;
    'people-added': PeopleAddedEvent;
  }
}
