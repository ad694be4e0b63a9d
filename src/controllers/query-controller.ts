import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChangeEvent, DataAdapter } from '../adapters/adapter.js';
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
 * An adapter query for an element, on Lit's `Task`: runs on first update, when its args or the
 * adapter change (the task aborts the previous run's `AbortSignal`), and when the adapter
 * announces a change the query `affects`. Keeps the last value while refreshing, so a live list
 * does not flash back to "loading"; maps the task to the four states elements show.
 */
export class QueryController<T, A extends readonly unknown[] = readonly unknown[]> implements ReactiveController {
  private task: Task<readonly [DataAdapter, ...A], T>;
  private removeListener?: () => void;
  /** The last run was aborted by a disconnect: run again on reconnect. */
  private interrupted = false;

  constructor(
    host: ReactiveControllerHost,
    private adapters: AdapterController,
    private options: QueryOptions<T, A>,
  ) {
    this.task = new Task<readonly [DataAdapter, ...A], T>(host, {
      args: () => [adapters.adapter, ...options.args()] as const,
      task: ([adapter, ...args], { signal }) => {
        const own = args as unknown as A;
        if (options.enabled && !options.enabled(own)) return initialState;
        return options.run(adapter, own, signal);
      },
    });
    host.addController(this);
  }

  /** The state to show. */
  get status(): QueryStatus {
    const { status, value } = this.task;
    if (status === TaskStatus.ERROR) return 'error';
    if (status === TaskStatus.INITIAL || value === undefined) return 'loading';
    const empty = this.options.isEmpty ? this.options.isEmpty(value) : value == null || (Array.isArray(value) && value.length === 0);
    return empty ? 'empty' : 'ready';
  }

  /** The last value read (kept while a refresh runs). */
  get value(): T | undefined {
    return this.task.value;
  }

  /** Why the last run failed. */
  get error(): unknown {
    return this.task.error;
  }

  hostConnected(): void {
    this.removeListener = this.adapters.onChange((e) => {
      if (this.task.status === TaskStatus.INITIAL) return;
      if (this.options.affects?.(e, this.options.args()) ?? true) void this.refresh();
    });
    if (this.interrupted) {
      this.interrupted = false;
      void this.refresh();
    }
  }

  hostDisconnected(): void {
    this.removeListener?.();
    if (this.task.status === TaskStatus.PENDING) {
      this.interrupted = true;
      this.task.abort();
    }
  }

  /** Runs the query again now (also after an error, for a "Try again" button). */
  refresh(): Promise<void> {
    return this.task.run();
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
}
