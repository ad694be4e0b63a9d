import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DataAdapter } from '../../adapters/adapter.js';
import { fieldsToAsk } from '../../domain/profiling.js';
import { newId } from '../../domain/ids.js';
import { profileKey, type FieldSpec } from './fields.js';

/** Where the form keeps the visitor's id (first-party, this site's): only the id, never an answer. */
export const VISITOR_KEY = 'lead-kit-visitor';

const storage = (): Storage | undefined => {
  try {
    return isServer ? undefined : globalThis.localStorage;
  } catch {
    return undefined; // storage blocked (a sandboxed frame, privacy settings): no profiling
  }
};

/**
 * Progressive profiling for `<lead-form>` (domain/profiling): a form with queued questions keeps
 * a random visitor id on the device, sends it with each submission, and on a later visit asks
 * the adapter which fields it already has for that visitor (names only) — then shows the next
 * queued questions in their place. Off (`profiling="off"`, or no queue): no id is read, kept or
 * sent, and the form asks its own fields.
 */
export class Profiling implements ReactiveController {
  /** Fields the adapter knows for this visitor (empty until read, or for a first visit). */
  private known: ReadonlySet<string> = new Set();
  private askedFor?: { adapter: DataAdapter; visitor: string };

  constructor(
    private host: ReactiveControllerHost,
    private adapter: () => DataAdapter,
    /** On: the form has queued questions and the page did not turn profiling off. */
    private enabled: () => boolean,
  ) {
    host.addController(this);
  }

  /** Reads what is known once per adapter, when the form has a queue and the visitor an id. */
  hostUpdate(): void {
    if (!this.enabled()) return;
    const visitor = storage()?.getItem(VISITOR_KEY);
    const adapter = this.adapter();
    if (!visitor || (this.askedFor?.adapter === adapter && this.askedFor.visitor === visitor)) return;
    this.askedFor = { adapter, visitor };
    adapter.knownFields(visitor).then(
      (names) => {
        if (this.askedFor?.adapter !== adapter || !names.length) return;
        this.known = new Set(names);
        this.host.requestUpdate();
      },
      () => {}, // not known (offline, a submit-only connector): the form asks its own fields
    );
  }

  /** The fields to ask now: known ones left out, as many queued ones as they freed. */
  asked(specs: FieldSpec[]): FieldSpec[] {
    if (!specs.some((s) => s.queued)) return specs;
    if (!this.enabled() || !this.known.size) return specs.filter((s) => !s.queued);
    const ask = fieldsToAsk(
      specs.map((s) => ({ key: profileKey(s), queued: !!s.queued, always: s.name === 'email' || s.type === 'consent' || s.type === 'hidden' })),
      this.known,
    );
    return specs.filter((_, i) => ask.has(i));
  }

  /** The visitor id to send with a submission (made and kept now on a first visit), or none when off. */
  visitorId(): string | undefined {
    if (!this.enabled()) return undefined;
    const store = storage();
    if (!store) return undefined;
    let id = store.getItem(VISITOR_KEY);
    if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
      id = newId().replace(/[^A-Za-z0-9_-]/g, '');
      try {
        store.setItem(VISITOR_KEY, id);
      } catch {
        return undefined;
      }
    }
    return id;
  }
}
