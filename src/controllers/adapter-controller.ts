import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChangeEvent, DataAdapter } from '../adapters/adapter.js';
import { adapterContext } from '../context/adapter-context.js';
import { getDefaultAdapter } from '../context/default-adapter.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element its DataAdapter: the nearest `<lead-kit>` provider's, else the page-wide
 * default (IndexedDB). Follows a provider that appears later or changes its adapter, and
 * forwards the adapter's change events to `onChange` while the element is connected.
 */
export class AdapterController implements ReactiveController {
  private consumer: ContextConsumer<typeof adapterContext, Host>;
  private unsubscribe?: () => void;
  private subscribedTo?: DataAdapter;
  private listeners = new Set<(event: ChangeEvent) => void>();

  constructor(
    private host: Host,
    /** The host's own adapter, when it names one (a form's `server` and `key`); else the provider's. */
    private own?: () => DataAdapter | undefined,
  ) {
    host.addController(this);
    this.consumer = new ContextConsumer(host, {
      context: adapterContext,
      subscribe: true,
      callback: () => {
        this.resubscribe();
        host.requestUpdate();
      },
    });
  }

  /** The adapter to use now. */
  get adapter(): DataAdapter {
    return this.own?.() ?? this.consumer.value ?? getDefaultAdapter();
  }

  /** True when a provider supplies the adapter (false: the page-wide default). */
  get provided(): boolean {
    return this.consumer.value !== undefined;
  }

  /** Calls `listener` with every change the current adapter announces; returns a remover. */
  onChange(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  hostConnected(): void {
    this.resubscribe();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = undefined;
  }

  private resubscribe(): void {
    if (!this.host.isConnected) return;
    const adapter = this.adapter;
    if (adapter === this.subscribedTo) return;
    this.unsubscribe?.();
    this.subscribedTo = adapter;
    this.unsubscribe = adapter.subscribe((e) => this.listeners.forEach((l) => l(e)));
  }
}
