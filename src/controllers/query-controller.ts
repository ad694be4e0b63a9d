import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChangeEvent, DataAdapter } from '../adapters/adapter.js';
import { AbortedError } from '../adapters/errors.js';
import type { AdapterController } from './adapter-controller.js';

/** The four states every data-driven element shows. */
export type QueryStatus = 'loading' | 'empty' | 'ready' | 'error';

export interface QueryOptions<T, A extends readonly unknown[]> {
  /** The query's inputs, read on every host update; the query re-runs when one changes. */
  args: () => A;
  /** Runs the query. Pass `signal` on to the adapter: a newer run aborts this one. */
  run: (adapter: DataAdapter, args: A, signal: AbortSignal) => Promise<T>;
  /** Whether a result counts as empty (default: an empty array, or null/undefined). */
  isEmpty?: (value: T) => boolean;
  /** Whether a change event concerns this query (default: every change). */
  affects?: (event: ChangeEvent, args: A) => boolean;
  /** Skip running while this returns false (a required attribute is missing). */
  enabled?: (args: A) => boolean;
}

/**
 * Runs an adapter query for an element: on first connect, when its args or the adapter change,
 * and when the adapter announces a change it `affects`. Keeps the last value while refreshing,
 * so a live list does not flash back to "loading".
 */
export class QueryController<T, A extends readonly unknown[] = readonly unknown[]> implements ReactiveController {
  status: QueryStatus = 'loading';
  value?: T;
  error?: unknown;

  private lastArgs?: A;
  private lastAdapter?: DataAdapter;
  private abort?: AbortController;
  private removeListener?: () => void;
  private runs = 0;

  constructor(
    private host: ReactiveControllerHost,
    private adapters: AdapterController,
    private options: QueryOptions<T, A>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.removeListener = this.adapters.onChange((e) => {
      if (this.lastArgs && (this.options.affects?.(e, this.lastArgs) ?? true)) void this.refresh();
    });
  }

  hostDisconnected(): void {
    this.removeListener?.();
    this.abort?.abort();
    this.lastAdapter = undefined;
  }

  hostUpdate(): void {
    const args = this.options.args();
    const adapter = this.adapters.adapter;
    if (adapter === this.lastAdapter && this.lastArgs && shallowEqual(args, this.lastArgs)) return;
    this.lastArgs = args;
    this.lastAdapter = adapter;
    void this.refresh();
  }

  /** Runs the query again now (also after an error, for a "Try again" button). */
  async refresh(): Promise<void> {
    const args = this.lastArgs ?? this.options.args();
    if (this.options.enabled && !this.options.enabled(args)) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const run = ++this.runs;
    if (this.status === 'error' || this.value === undefined) this.setStatus('loading');
    try {
      const value = await this.options.run(this.adapters.adapter, args, abort.signal);
      if (run !== this.runs) return;
      this.value = value;
      this.error = undefined;
      const empty = this.options.isEmpty ? this.options.isEmpty(value) : value == null || (Array.isArray(value) && value.length === 0);
      this.setStatus(empty ? 'empty' : 'ready');
    } catch (error) {
      if (run !== this.runs || error instanceof AbortedError || (error as Error)?.name === 'AbortError') return;
      this.error = error;
      this.setStatus('error');
    }
  }

  /** Picks the template for the current state. */
  render<R>(views: { loading: () => R; empty: () => R; ready: (value: T) => R; error: (error: unknown) => R }): R {
    switch (this.status) {
      case 'loading':
        return views.loading();
      case 'empty':
        return views.empty();
      case 'error':
        return views.error(this.error);
      default:
        return views.ready(this.value as T);
    }
  }

  private setStatus(status: QueryStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

function shallowEqual(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}
