import type { ReactiveControllerHost } from 'lit';
import type { MemberCounts } from '../adapters/adapter.js';
import type { Campaign } from '../model/campaign.js';
import type { AdapterController } from './adapter-controller.js';
import { QueryController } from './query-controller.js';

/** A campaign with its maintained member counts: what member-facing elements show on top. */
export interface CampaignWithCounts {
  campaign: Campaign;
  counts: MemberCounts;
}

/**
 * The query of a campaign and its member counts, re-run when the campaign's members or any
 * campaign change. `empty` decides when the element shows its empty state.
 */
export function campaignCountsQuery(
  host: ReactiveControllerHost,
  adapters: AdapterController,
  campaign: () => string,
  empty: (value: CampaignWithCounts) => boolean = () => false,
): QueryController<CampaignWithCounts, readonly [string]> {
  return new QueryController(host, adapters, {
    args: () => [campaign()] as const,
    enabled: ([id]) => !!id,
    run: async (adapter, [id], signal) => {
      const [c, counts] = await Promise.all([adapter.getCampaign(id, { signal }), adapter.countMembers(id, { signal })]);
      return { campaign: c, counts };
    },
    isEmpty: empty,
    affects: (e, [id]) => e.campaignIds.includes(id) || e.stores.includes('campaigns'),
  });
}
