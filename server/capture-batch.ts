import type { CommitInfo } from '../src/adapters/local/record-store.js';
import { addCounterDeltas, emptyChangeSet, type ChangeSet } from '../src/domain/change-set.js';
import type { Db } from './store/db.js';
import type { LocalAdapterOptions } from '../src/adapters/local/local-adapter.js';
import { SqlAdapter } from './store/sql-adapter.js';
import { preloadCaptures, run, SqlStore, type CaptureKeys, type ExtraCte } from './store/sql-store.js';
import { conflictOf } from './pg-errors.js';
import { recordCte, replayOf } from './store/idempotency.js';

/** How a lead submission ended: its HTTP status and answer, and what it changed (to announce). */
export interface CaptureOutcome {
  status: number;
  result: unknown;
  replay: boolean;
  commits: CommitInfo[];
  /** How many submissions the statement that wrote this one wrote (1: alone). */
  batch?: number;
}

/** A lead submission for the batcher. */
export interface CaptureJob extends CaptureKeys {
  tenant: string;
  /** The submission as `submitLead` takes it (validated again by the adapter). */
  input: unknown;
  idempotency?: { key: string; method: string; fingerprint: string };
  adapterOptions: LocalAdapterOptions;
  /** The one-submission path (preload, plan, one statement; starts over on a lost race). */
  solo: () => Promise<CaptureOutcome>;
}

interface Waiting {
  job: CaptureJob;
  resolve: (outcome: CaptureOutcome) => void;
  reject: (error: unknown) => void;
  /** Answered (resolved or rejected). */
  settled?: boolean;
}

/** One change set of several (a use case that committed more than once, or several submissions). */
export function mergeChanges(sets: ChangeSet[]): ChangeSet {
  if (sets.length === 1) return sets[0];
  const merged = emptyChangeSet();
  for (const c of sets) {
    merged.writes.push(...c.writes);
    merged.deletes.push(...c.deletes);
    for (const d of c.counters) addCounterDeltas(merged, d.key, d.deltas);
    for (const id of c.campaignIds) if (!merged.campaignIds.includes(id)) merged.campaignIds.push(id);
    merged.mails.push(...c.mails);
  }
  return merged;
}

/**
 * Group commit for lead submissions. A submission that finds the server idle runs at once on its
 * own (`solo`: 2 round trips). Under load, submissions that arrive while `concurrent` batches
 * are running wait and then go together: one query reads what all their rules need, the domain
 * plans each one (the same `SqlAdapter.submitLead`), and one statement writes every change set
 * and Idempotency-Key answer (atomic: all or none). PostgreSQL then plans, executes and flushes
 * its WAL once for many submissions instead of once each.
 *
 * A batch never holds two submissions that could meet: one email, one submission id and one
 * Idempotency-Key per batch (the later ones wait for the next batch, and then match or replay);
 * a submission to a campaign that does not exist yet (auto-created) runs alone. If the batch's
 * statement loses a race to another instance (a unique key, a version), nothing of it was written
 * and each submission runs alone, as it would have without the batcher.
 */
export class CaptureBatcher {
  private queues = new Map<string, Waiting[]>();
  private running = 0;

  constructor(
    private readonly db: Db,
    /** Submissions per batch; batches at once (2: measured best on 2 cores, 1–4 tried); a batch
     *  smaller than `gather` waits up to `gatherMs` for more while another one runs. */
    private readonly limits = { batch: 64, concurrent: 2, gather: 8, gatherMs: 1 },
  ) {}

  /** Runs a submission, alone or in a batch; resolves with its outcome. */
  submit(job: CaptureJob): Promise<CaptureOutcome> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(job.tenant) ?? this.queues.set(job.tenant, []).get(job.tenant)!;
      const waiting: Waiting = {
        job,
        resolve: (outcome) => ((waiting.settled = true), resolve(outcome)),
        reject: (error) => ((waiting.settled = true), reject(error)),
      };
      queue.push(waiting);
      this.pump();
    });
  }

  private gather?: ReturnType<typeof setTimeout>;

  private pump(): void {
    // While another batch runs (PostgreSQL is busy anyway), a short wait lets a few more
    // submissions join this one instead of going one by one.
    if (this.running > 0 && this.running < this.limits.concurrent && !this.gather) {
      const queued = [...this.queues.values()].reduce((n, q) => n + q.length, 0);
      if (queued > 0 && queued < this.limits.gather) {
        this.gather = setTimeout(() => {
          this.gather = undefined;
          this.drain();
        }, this.limits.gatherMs);
        return;
      }
    }
    if (!this.gather) this.drain();
  }

  private drain(): void {
    while (this.running < this.limits.concurrent) {
      const [tenant, queue] = this.queues.entries().next().value ?? [];
      if (!tenant || !queue) return;
      const batch = this.take(queue);
      this.queues.delete(tenant);
      if (queue.length) this.queues.set(tenant, queue); // to the back: tenants take turns
      this.running++;
      void this.run(batch)
        .catch((error: unknown) => batch.forEach((w) => w.settled || w.reject(error)))
        .finally(() => {
        this.running--;
        this.pump();
      });
      if (this.running > 0 && this.running < this.limits.concurrent) return this.pump();
    }
  }

  /** Up to `batch` submissions from the queue that cannot meet each other. */
  private take(queue: Waiting[]): Waiting[] {
    const seen = new Set<string>();
    const taken: Waiting[] = [];
    for (let i = 0; i < queue.length && taken.length < this.limits.batch; ) {
      const { job } = queue[i];
      const keys = [`e|${job.emailKey}`, `s|${job.submissionId}`, ...(job.idempotency ? [`k|${job.idempotency.key}`] : [])];
      if (keys.some((k) => seen.has(k))) {
        i++;
        continue;
      }
      keys.forEach((k) => seen.add(k));
      taken.push(...queue.splice(i, 1));
    }
    return taken;
  }

  private async run(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) return settle(batch[0], batch[0].job.solo());
    const alone: Waiting[] = [];
    let planned: { waiting: Waiting; store: SqlStore; result: unknown }[] = [];
    try {
      await this.db.withClient(async (conn) => {
        const { tenant } = batch[0].job;
        const rows = await preloadCaptures(conn, tenant, batch.map((w) => w.job));
        for (const [i, waiting] of batch.entries()) {
          const { job } = waiting;
          if (!rows[i].campaign) {
            alone.push(waiting); // its campaign is created by the submission: on its own
            continue;
          }
          const store = SqlStore.open(conn, tenant, 'deferred');
          const known = store.usePreload(job, rows[i]);
          if (known) {
            const scope = { tenant, key: job.idempotency?.key ?? '', method: job.idempotency?.method ?? '' };
            try {
              waiting.resolve({ ...replayOf(scope, known, job.idempotency?.fingerprint ?? ''), commits: [] });
            } catch (error) {
              waiting.reject(error);
            }
            continue;
          }
          try {
            const result = await new SqlAdapter(store, conn, job.adapterOptions).submitLead(job.input as never);
            planned.push({ waiting, store, result });
          } catch (error) {
            waiting.reject(error); // this submission's own error (validation…): the others go on
          }
        }
        if (!planned.length) return;
        const keyed = planned.filter((p) => p.waiting.job.idempotency);
        const extra: ExtraCte[] = keyed.length
          ? [recordCte(tenant, keyed.map(({ waiting: { job }, result }) => ({ ...job.idempotency!, result })))]
          : [];
        const statement = planned[0].store.commitStatement(mergeChanges(planned.flatMap((p) => p.store.deferred)), extra);
        // Not prepared: preparing it (its text depends only on which tables the batch writes; the
        // keys' answers are one CTE) measured no faster, and each connection would keep every shape.
        if (statement) await run(conn, statement.text, statement.values, false);
      });
    } catch (error) {
      // Nothing of the batch was written. The database failed (down, restarting, pool full):
      // every submission not yet answered gets the error (503). Lost a race: each starts over alone.
      const open = batch.filter((w) => !w.settled);
      planned = [];
      if (!conflictOf(error)) {
        for (const w of open) w.reject(error);
        return;
      }
      alone.splice(0, alone.length, ...open);
    }
    for (const p of planned) p.waiting.resolve({ status: 201, result: p.result, replay: false, commits: p.store.heldCommits(), batch: planned.length });
    for (const w of alone) await settle(w, w.job.solo());
  }
}


async function settle(waiting: Waiting, outcome: Promise<CaptureOutcome>): Promise<void> {
  try {
    waiting.resolve(await outcome);
  } catch (error) {
    waiting.reject(error);
  }
}
