import { defineUseCases, type CallOptions, type DataAdapter, type HoldSubmissionResult, type PendingWrite, type SubmitLeadResult, type UseCase } from '../adapter.js';
import { AbortedError, LeadKitError, LimitError, QueuedError, UnavailableError } from '../errors.js';
import { parseInput } from '../validate.js';
import { submissionFingerprint } from '../../domain/capture.js';
import { recallSubmission } from '../idempotency.js';
import { holdSubmissionInputSchema, leadSubmissionSchema, type HoldSubmissionInput, type LeadSubmission, type ParsedLeadSubmission } from '../../model/submission.js';
import { KeptQueue, pause, SendWindow } from './pacing.js';

/**
 * Submit-only adapters for `<lead-form>` on sites whose system of record is a CRM: the form posts
 * straight to Salesforce Web-to-Lead or the HubSpot Forms API. They validate with the same
 * schema as every adapter; every other use case is refused (UnavailableError: "not supported by
 * this connector") — use the REST adapter or the CRM's own UI for lists and results.
 *
 * Both pace what they send (pacing.ts): at most the CRM's rate from this device (HubSpot: 50
 * requests per 10 s; Salesforce Web-to-Lead: 500 a day), waiting for a slot when it is a few
 * seconds away and as long as a 429 says; a submission that would wait longer (a daily cap
 * reached, HubSpot still refusing) is kept on the device and sent once the limit allows
 * (`QueuedError` caused by `LimitError`: the form thanks the visitor and tells the page).
 */

/** A slot further away than this: the submission is kept on the device rather than awaited. */
const MAX_WAIT_MS = 15_000;

/** Remembers what was sent per submission id (localStorage), so a retry is never re-posted blindly. */
class SentLog {
  private memory = new Map<string, string>();
  constructor(private readonly key: string) {}
  private read(): Record<string, { print: string; result: SubmitLeadResult }> {
    try {
      return JSON.parse(globalThis.localStorage?.getItem(this.key) ?? '{}');
    } catch {
      return {};
    }
  }
  get(id: string): { print: string; result: SubmitLeadResult } | undefined {
    const m = this.memory.get(id);
    return m ? JSON.parse(m) : this.read()[id];
  }
  set(id: string, print: string, result: SubmitLeadResult): void {
    const entry = { print, result };
    this.memory.set(id, JSON.stringify(entry));
    try {
      const all = this.read();
      all[id] = entry;
      const ids = Object.keys(all);
      for (const old of ids.slice(0, Math.max(0, ids.length - 200))) delete all[old]; // keep the last 200
      globalThis.localStorage?.setItem(this.key, JSON.stringify(all));
    } catch {
      /* storage full or blocked: the memory copy still guards this page */
    }
  }
}

/** What a destination answered a delivery with. */
export type Delivered = { result: SubmitLeadResult } | { retryAfterMs: number };

// Every use case but `submitLead` is refused: defined from the one list (`USE_CASES`).
// oxlint-disable-next-line typescript/no-unsafe-declaration-merging -- the use cases are defined on the prototype by defineUseCases
export interface SubmitOnlyAdapter extends Pick<DataAdapter, UseCase> {}
export abstract class SubmitOnlyAdapter implements DataAdapter {
  abstract readonly name: string;

  /**
   * A CRM has no quarantine: a submission a form's spam trap held is sent as a normal one (the
   * CRM's own spam filtering decides), never dropped; `held: false` says so.
   */
  async holdSubmission(input: HoldSubmissionInput, options?: CallOptions): Promise<HoldSubmissionResult> {
    const { submission } = parseInput(holdSubmissionInputSchema, input);
    const result = await this.submitLead(submission, options);
    return { submissionId: result.submissionId, held: false };
  }

  /** What each submission id sent, so a retry is answered from here instead of posted again. */
  protected readonly sent: SentLog;
  /** The destination's rate, counted on this device. */
  protected readonly window: SendWindow;
  /** Submissions a limit held back, sent once it allows. */
  private readonly kept: KeptQueue;
  private drainTimer?: ReturnType<typeof setTimeout>;
  /** Refusals (429) met in a row while draining: the next try waits 2^n seconds more (at most 10 minutes). */
  private drainRefusals = 0;

  constructor(
    logKey: string,
    rate: { max: number; windowMs: number },
    private readonly clock: () => number = Date.now,
  ) {
    this.sent = new SentLog(logKey);
    this.window = new SendWindow(`${logKey}:window`, rate.max, rate.windowMs, clock);
    this.kept = new KeptQueue(`${logKey}:kept`);
    defineUseCases(this, () => this.unsupported());
    if (this.kept.list().length) this.scheduleDrain(this.window.waitMs());
  }

  /** One request to the destination: its answer, or how long it asked to wait (429). */
  protected abstract deliver(s: ParsedLeadSubmission, signal?: AbortSignal): Promise<Delivered>;
  /** What the limit is, in words, for the page's owner. */
  protected abstract limitText(): string;

  /**
   * Sends a submission, paced: a slot a few seconds away is waited for; further (a cap reached, a
   * long 429) the submission is kept on the device and `QueuedError` says so. Earlier kept ones
   * go first (the new one joins them).
   */
  async submitLead(input: LeadSubmission, options?: CallOptions): Promise<SubmitLeadResult> {
    const { s, print, previous } = this.recall(input);
    if (previous) return previous; // sent before: never posted again
    for (let attempt = 0; ; attempt++) {
      // Checked again after each pause, and counted with no await in between: submissions sent
      // together take the slots one by one.
      for (;;) {
        const wait = this.window.waitMs();
        // Kept already (a retry of a kept one), others waiting before it, or the slot too far: kept.
        if (wait > MAX_WAIT_MS || this.kept.list().some((e) => !e.error)) return this.keep(s, input, wait);
        if (!wait) break;
        await pause(wait, options?.signal).catch(() => Promise.reject(new AbortedError()));
      }
      this.window.record();
      const answer = await this.deliver(s, options?.signal);
      if ('result' in answer) {
        this.drainRefusals = 0;
        this.sent.set(s.submissionId, print, answer.result);
        return answer.result;
      }
      this.window.pauseUntil(this.clock() + answer.retryAfterMs);
      if (attempt >= this.retries) {
        this.drainRefusals++; // the destination keeps refusing: the kept one is tried again later, backing off
        return this.keep(s, input, this.window.waitMs());
      }
    }
  }

  /** Retries after a 429 before the submission is kept for later. */
  protected get retries(): number {
    return 3;
  }

  private keep(s: ParsedLeadSubmission, input: LeadSubmission, waitMs: number): never {
    const durable = this.kept.add({ submissionId: s.submissionId, input, keptAt: new Date(this.clock()).toISOString() });
    this.scheduleDrain(waitMs);
    const retryAt = this.clock() + waitMs;
    throw new QueuedError(`${this.name}: ${this.limitText()}; kept on this device and sent from ${new Date(retryAt).toISOString()}`, s.submissionId, durable, {
      cause: new LimitError(this.limitText(), retryAt),
    });
  }

  private scheduleDrain(ms: number): void {
    clearTimeout(this.drainTimer);
    const backoff = this.drainRefusals ? Math.min(600_000, 1000 * 2 ** this.drainRefusals) : 0;
    this.drainTimer = setTimeout(() => void this.flushPendingWrites(), Math.min(Math.max(ms, backoff, 0) + 50, 2 ** 31 - 1));
  }

  /** The submissions kept on this device until the destination's limit allows them. */
  async pendingWrites(): Promise<PendingWrite[]> {
    return this.kept.list().map((e) => ({
      key: e.submissionId,
      method: 'submitLead',
      campaignId: (e.input as { campaignId?: string }).campaignId,
      input: e.input,
      createdAt: e.keptAt,
      state: e.error ? 'failed' : 'pending',
      ...(e.error ? { error: e.error } : {}),
    }));
  }

  /**
   * Sends the kept submissions the limit allows now, oldest first, in one tab at a time. Each
   * goes at most once: marked as going before its request (sent with `keepalive`), so a page
   * closed mid-way never sends it again; one the destination refuses is kept as failed.
   */
  async flushPendingWrites(): Promise<void> {
    await this.kept.exclusive(async () => {
      for (const entry of this.kept.list()) {
        if (entry.error) continue;
        if (entry.sending || this.sent.get(entry.submissionId)) {
          this.kept.remove(entry.submissionId);
          continue;
        }
        const wait = this.window.waitMs();
        if (wait > 0) return this.scheduleDrain(wait);
        const s = parseInput(leadSubmissionSchema, entry.input);
        this.kept.update({ ...entry, sending: true });
        this.window.record();
        try {
          const answer = await this.deliver(s);
          if ('retryAfterMs' in answer) {
            this.kept.update({ ...entry, sending: false });
            this.window.pauseUntil(this.clock() + answer.retryAfterMs);
            this.drainRefusals++;
            return this.scheduleDrain(this.window.waitMs());
          }
          this.drainRefusals = 0;
          this.sent.set(s.submissionId, submissionFingerprint(s), answer.result);
          this.kept.remove(entry.submissionId);
        } catch (error) {
          if (error instanceof UnavailableError) {
            this.kept.update({ ...entry, sending: false });
            return this.scheduleDrain(30_000); // unreachable: later
          }
          this.kept.update({ ...entry, sending: false, error: error instanceof LeadKitError ? error.message : String(error) });
        }
      }
    });
  }

  /** Drops a failed kept submission (after the user has seen or exported it). */
  async discardPendingWrite(key: string): Promise<void> {
    this.kept.remove(key);
  }

  /**
   * Validates a submission (the schema every adapter uses) and looks it up in the sent log: the
   * same id with the same values returns the first result; with other values it is refused.
   */
  protected recall(input: LeadSubmission): { s: ParsedLeadSubmission; print: string; previous?: SubmitLeadResult } {
    const s = parseInput(leadSubmissionSchema, input);
    const print = submissionFingerprint(s);
    const sent = this.sent.get(s.submissionId);
    const previous = recallSubmission(s.submissionId, print, sent && { fingerprint: sent.print, result: sent.result });
    return { s, print, ...(previous ? { previous } : {}) };
  }

  subscribe(): () => void {
    return () => {};
  }
  private unsupported = (): Promise<never> => Promise.reject(new UnavailableError(`${this.name}: not supported by this connector (submit-only)`));
}

export function unconfirmed(s: ParsedLeadSubmission, system: string): SubmitLeadResult {
  return {
    submissionId: s.submissionId,
    person: { type: 'lead', id: `${system}:${s.submissionId}` },
    matched: false,
    memberId: '',
    memberCreated: false,
    campaignCreated: false,
    confirmed: false,
  };
}
