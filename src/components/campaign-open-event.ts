import type { Campaign } from '../model/campaign.js';

/**
 * A campaign's link was followed (an element's `record-href`): `<campaign-summary>`'s
 * sub-campaigns, `<person-campaigns>`' history. Cancelable: the link is then not followed (a
 * single-page app routes instead).
 */
export class CampaignOpenEvent extends Event {
  static readonly type = 'campaign-open';
  constructor(readonly detail: { campaign: Campaign }) {
    super(CampaignOpenEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'campaign-open': CampaignOpenEvent;
  }
}
