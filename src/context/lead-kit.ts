import { ContextProvider } from '@lit/context';
import { css, html, isServer, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { DataAdapter } from '../adapters/adapter.js';
import { adapterContext } from './adapter-context.js';
import { getDefaultAdapter, localAdapterFor } from './default-adapter.js';
import { adapterFromConfig, configFromElement, reportConfiguration } from './embed-config.js';

/**
 * Supplies one data adapter to every Lead Kit widget inside it.
 *
 * With HTML alone (a landing page): `server` and `key` send to the Lead Kit server (a
 * publishable key; the REST adapter with its offline outbox), `salesforce-org` to Salesforce
 * Web-to-Lead, `hubspot-portal` and `hubspot-form` to HubSpot; a `<script type="application/json">`
 * child maps custom fields for a CRM (`{"fields": {"budget": "00N5e00000abcde"}}`). A secret key
 * (`lk_sec_…`) is refused: nothing is sent, and the console and a `lead-kit-config-error` event
 * say why. From script: `adapter` for any adapter, or `database` for the embedded IndexedDB
 * adapter on a database of that name. With none of these, the page-wide default applies
 * (`<meta name="lead-kit:server">` and `lead-kit:key`, else IndexedDB). Providers nest: a widget
 * uses the nearest one.
 *
 * @summary Provider of the shared data adapter (`@lit/context`).
 * @tagname lead-kit
 * @slot - Widgets (and any other content) that use this adapter.
 * @fires {LeadKitAdapterChangeEvent} lead-kit-adapter-change - When the adapter this provider supplies changes. `detail: { adapter }`.
 * @fires {LeadKitConfigErrorEvent} lead-kit-config-error - The destination attributes are refused (a secret key, a malformed server URL or id, two destinations); nothing will be sent until they are fixed. Also written to the console. `detail: { error, attribute, message }`.
 */
export class LeadKit extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The adapter to supply. Takes precedence over `database`. */
  @property({ attribute: false }) adapter?: DataAdapter;

  /** Name of an IndexedDB database for the embedded adapter, used when neither `adapter` nor a destination attribute is set. */
  @property({ reflect: true }) database?: string;

  /** The Lead Kit server's base URL (`https://leads.example.com`); with `key`, leads go there. */
  @property({ reflect: true }) server?: string;

  /** The server's publishable key (`lk_pub_…`, safe in a page's source). A secret key is refused. */
  @property({ reflect: true }) key?: string;

  /** Salesforce organization id (`00D…`): leads go to Salesforce Web-to-Lead. */
  @property({ attribute: 'salesforce-org', reflect: true }) salesforceOrg?: string;

  /** HubSpot portal id: with `hubspot-form`, leads go to that HubSpot form. */
  @property({ attribute: 'hubspot-portal', reflect: true }) hubspotPortal?: string;

  /** HubSpot form GUID (with `hubspot-portal`). */
  @property({ attribute: 'hubspot-form', reflect: true }) hubspotForm?: string;

  private provider = new ContextProvider(this, { context: adapterContext });

  /** The adapter widgets inside receive. */
  get resolvedAdapter(): DataAdapter {
    return this.adapter ?? (isServer ? undefined : adapterFromConfig(configFromElement(this))) ?? (this.database ? localAdapterFor(this.database) : getDefaultAdapter());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.provider.setValue(this.resolvedAdapter);
    if (!this.adapter) reportConfiguration(this, configFromElement(this));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const destination = changed.has('server') || changed.has('key') || changed.has('salesforceOrg') || changed.has('hubspotPortal') || changed.has('hubspotForm');
    if (destination && !this.adapter && !isServer) reportConfiguration(this, configFromElement(this));
    if (!changed.has('adapter') && !changed.has('database') && !destination) return;
    const next = this.resolvedAdapter;
    if (this.provider.value === next) return;
    this.provider.setValue(next);
    this.dispatchEvent(new LeadKitAdapterChangeEvent(next));
  }

  override render() {
    return html`<slot></slot>`;
  }
}

/** Fired by `<lead-kit>` when the adapter it supplies changes. */
export class LeadKitAdapterChangeEvent extends Event {
  static readonly type = 'lead-kit-adapter-change';
  constructor(readonly adapter: DataAdapter) {
    super(LeadKitAdapterChangeEvent.type, { bubbles: true, composed: true });
  }
  /** Same as the event's fields, for listeners reading `detail`. */
  get detail(): { adapter: DataAdapter } {
    return { adapter: this.adapter };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lead-kit': LeadKit;
  }
  interface GlobalEventHandlersEventMap {
    'lead-kit-adapter-change': LeadKitAdapterChangeEvent;
  }
}
