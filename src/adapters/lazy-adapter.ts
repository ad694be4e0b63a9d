import type { ChangeListener, DataAdapter } from './adapter.js';

type Method = Exclude<keyof DataAdapter, 'name' | 'subscribe' | 'pendingWrites' | 'flushPendingWrites' | 'discardPendingWrite'>;

/**
 * A DataAdapter whose implementation is loaded on first use (a dynamic import), so an element
 * renders before the storage code has even downloaded. Subscribing starts the load; listeners
 * are attached as soon as it is there.
 */
export class LazyAdapter implements DataAdapter {
  private target?: Promise<DataAdapter>;

  constructor(
    readonly name: string,
    private readonly load: () => Promise<DataAdapter>,
  ) {}

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

  getCampaign = this.forward('getCampaign');
  listCampaigns = this.forward('listCampaigns');
  saveCampaign = this.forward('saveCampaign');
  getMemberStatuses = this.forward('getMemberStatuses');
  getLead = this.forward('getLead');
  getContact = this.forward('getContact');
  createLead = this.forward('createLead');
  updateLead = this.forward('updateLead');
  findPersonByEmail = this.forward('findPersonByEmail');
  pageMembers = this.forward('pageMembers');
  countMembers = this.forward('countMembers');
  addMembers = this.forward('addMembers');
  removeMembers = this.forward('removeMembers');
  setMemberStatus = this.forward('setMemberStatus');
  submitLead = this.forward('submitLead');
  importLeads = this.forward('importLeads');
  getAccount = this.forward('getAccount');
  searchAccounts = this.forward('searchAccounts');
  searchPeople = this.forward('searchPeople');
  checkIn = this.forward('checkIn');
  getMembers = this.forward('getMembers');
  undoCheckIn = this.forward('undoCheckIn');
  listOpportunities = this.forward('listOpportunities');
  updateOpportunity = this.forward('updateOpportunity');
  conversionContext = this.forward('conversionContext');
  convertLead = this.forward('convertLead');
  campaignResults = this.forward('campaignResults');

  private forward<M extends Method>(method: M): DataAdapter[M] {
    return (async (...args: unknown[]) => {
      const adapter = await this.loaded();
      return (adapter[method] as (...a: unknown[]) => unknown)(...args);
    }) as DataAdapter[M];
  }
}
