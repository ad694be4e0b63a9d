import { addComponentStrings } from '../i18n/english-components.js';
import { css, html } from 'lit';
import type { MemberCounts } from '../adapters/adapter.js';
import { AdapterController } from '../controllers/adapter-controller.js';
import { QueryController } from '../controllers/query-controller.js';
import { msg, resolveLocale, statusLabel, type Locale } from '../i18n/localize.js';
import { renderEmpty, renderError, renderLoading } from '../styles/states.js';
import { LocalizedElement } from '../i18n/localized-element.js';
import type { Campaign } from '../model/campaign.js';
import { controls } from '../styles/controls.js';
import { tokens } from '../styles/tokens.js';

addComponentStrings();

interface CampaignRow {
  campaign: Campaign;
  counts: MemberCounts;
}

/**
 * Internal: shows which adapter an element receives and each campaign's member counts.
 * Used by the provider story, the demo and the context tests; not part of the public API.
 */
export class LeadKitAdapterInspector extends LocalizedElement {
  static override styles = [
    tokens,
    controls,
    css`
      :host {
        display: block;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        padding: var(--_space);
      }
      p {
        margin: 0 0 var(--_space-xs);
        color: var(--_muted);
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: start;
        padding: var(--_space-2xs) var(--_space-xs);
        border-bottom: 1px solid var(--_border);
        overflow-wrap: anywhere;
      }
      /* One status per line: "Registered: 270", then "Attended: 30". */
      .status {
        display: block;
      }
      td.num {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  private adapters = new AdapterController(this);
  private campaigns = new QueryController(this, this.adapters, {
    args: () => [] as const,
    run: async (adapter, _args, signal) => {
      const list = await adapter.listCampaigns({ signal });
      return Promise.all(list.map(async (campaign) => ({ campaign, counts: await adapter.countMembers(campaign.id, { signal }) })));
    },
  });

  /** The adapter this element currently uses (for tests and diagnostics). */
  get adapter() {
    return this.adapters.adapter;
  }

  override render() {
    const locale = resolveLocale(this);
    const name = this.adapters.adapter.name;
    return html`
      <p part="source">${msg(locale, this.adapters.provided ? 'adapter.provided' : 'adapter.default', { name })}</p>
      ${this.campaigns.render({
        loading: () => renderLoading(locale),
        empty: () => renderEmpty(msg(locale, 'state.empty')),
        error: (e) => renderError(locale, e, () => void this.campaigns.refresh()),
        ready: (rows: CampaignRow[]) => this.renderTable(rows, locale),
      })}
    `;
  }

  private renderTable(rows: CampaignRow[], locale: Locale) {
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${msg(locale, 'inspector.campaign')}</th>
          <th scope="col">${msg(locale, 'inspector.members')}</th>
          <th scope="col">${msg(locale, 'inspector.by-status')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr>
            <td>${r.campaign.name}</td>
            <td class="num">${r.counts.total.toLocaleString(locale)}</td>
            <td>${Object.entries(r.counts.byStatus).map(([s, n]) => html`<span class="status">${statusLabel(locale, s)}: ${n.toLocaleString(locale)}</span>`)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

if (!customElements.get('lead-kit-adapter-inspector')) customElements.define('lead-kit-adapter-inspector', LeadKitAdapterInspector);

declare global {
  interface HTMLElementTagNameMap {
    'lead-kit-adapter-inspector': LeadKitAdapterInspector;
  }
}
