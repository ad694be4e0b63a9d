import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { DataAdapter } from '../adapters/adapter.js';
import { adapterContext } from './adapter-context.js';
import { getDefaultAdapter, localAdapterFor } from './default-adapter.js';

/**
 * Supplies one data adapter to every Lead Kit widget inside it.
 *
 * Set `adapter` from script for any adapter (memory, REST, a CRM), or `database` for the
 * embedded IndexedDB adapter on a database of that name. With neither, the page-wide default
 * applies. Providers nest: a widget uses the nearest one.
 *
 * @summary Provider of the shared data adapter (`@lit/context`).
 * @tagname lead-kit
 * @slot - Widgets (and any other content) that use this adapter.
 * @fires {LeadKitAdapterChangeEvent} lead-kit-adapter-change - When the adapter this provider supplies changes. `detail: { adapter }`.
 */
export class LeadKit extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The adapter to supply. Takes precedence over `database`. */
  @property({ attribute: false }) adapter?: DataAdapter;

  /** Name of an IndexedDB database for the embedded adapter, used when `adapter` is not set. */
  @property({ reflect: true }) database?: string;

  private provider = new ContextProvider(this, { context: adapterContext });

  /** The adapter widgets inside receive. */
  get resolvedAdapter(): DataAdapter {
    return this.adapter ?? (this.database ? localAdapterFor(this.database) : getDefaultAdapter());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.provider.setValue(this.resolvedAdapter);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('adapter') && !changed.has('database')) return;
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
