import { defineUseCases, type ChangeListener, type DataAdapter, type UseCase } from './adapter.js';

/**
 * A DataAdapter whose implementation is loaded on first use (a dynamic import), so an element
 * renders before the storage code has even downloaded. Subscribing starts the load; listeners
 * are attached as soon as it is there.
 */
// The use cases are defined from the one list (`USE_CASES`), each forwarding to the loaded adapter.
// oxlint-disable-next-line typescript/no-unsafe-declaration-merging -- the use cases are defined on the prototype by defineUseCases
export interface LazyAdapter extends Pick<DataAdapter, UseCase> {}
export class LazyAdapter implements DataAdapter {
  private target?: Promise<DataAdapter>;

  constructor(
    readonly name: string,
    private readonly load: () => Promise<DataAdapter>,
  ) {
    defineUseCases(this, async (method, _args, _options, all) => {
      const adapter = await this.loaded();
      return (adapter[method] as (...a: unknown[]) => unknown)(...all);
    });
  }

  /** Listeners waiting for the implementation, attached the moment it loads. */
  private pending = new Set<{ listener: ChangeListener; off?: () => void }>();

  /** The loaded adapter (loading it now if needed). */
  loaded(): Promise<DataAdapter> {
    this.target ??= this.load().then(
      (adapter) => {
        for (const entry of this.pending) entry.off ??= adapter.subscribe(entry.listener);
        return adapter;
      },
      (error) => {
        this.target = undefined; // a failed download can be retried
        throw error;
      },
    );
    return this.target;
  }

  subscribe(listener: ChangeListener): () => void {
    const entry: { listener: ChangeListener; off?: () => void } = { listener };
    this.pending.add(entry);
    if (this.target) {
      void this.target.then((adapter) => this.pending.has(entry) && (entry.off ??= adapter.subscribe(listener)), () => {});
    } else {
      // Listening alone need not compete with the page's first render: load when idle. A call
      // to any method loads at once, and attaches every waiting listener then.
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
      const start = () => void this.loaded().catch(() => {}); // a failed download surfaces on the next call
      if (idle) idle(start, { timeout: 2000 });
      else setTimeout(start, 0);
    }
    return () => {
      this.pending.delete(entry);
      entry.off?.();
    };
  }

}
