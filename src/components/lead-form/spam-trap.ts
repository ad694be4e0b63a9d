import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Why a submission looks automated. */
export type Suspicion = 'honeypot' | 'no-interaction' | 'too-fast';

/** What a person does in a form (a bot that posts it directly does none of these). */
const INTERACTIONS = ['focusin', 'pointerdown', 'keydown', 'input'] as const;

/**
 * The form's spam trap, one job: it notes the visitor's first real interaction (focus, pointer,
 * key, input — events the browser made, not script) and tells a submission that looks automated:
 * the hidden honeypot field filled, no interaction at all, or sent sooner than `minFillSeconds`
 * after the first one — unless the browser autofilled the form (`:autofill`).
 */
export class SpamTrap implements ReactiveController {
  private firstInteraction?: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    /** Called at every interaction (the form loads its schema check then). */
    private readonly onInteraction: () => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.reset();
    for (const type of INTERACTIONS) this.host.addEventListener(type, this.handle, { capture: true });
  }

  hostDisconnected(): void {
    for (const type of INTERACTIONS) this.host.removeEventListener(type, this.handle, { capture: true });
  }

  /** Starts over (a new submission). */
  reset(): void {
    this.firstInteraction = undefined;
  }

  /** Why the submission looks automated, or undefined. `minFillSeconds` 0 turns the time trap off. */
  suspicion(honeypotFilled: boolean, minFillSeconds: number): Suspicion | undefined {
    if (honeypotFilled) return 'honeypot';
    if (!(minFillSeconds > 0)) return undefined;
    const autofilled = [...this.host.renderRoot.querySelectorAll('input, select, textarea')].some((el) => {
      try {
        return el.matches(':autofill');
      } catch {
        return el.matches(':-webkit-autofill');
      }
    });
    if (autofilled) return undefined; // a person's browser at work
    if (this.firstInteraction === undefined) return 'no-interaction';
    return performance.now() - this.firstInteraction < minFillSeconds * 1000 ? 'too-fast' : undefined;
  }

  private handle = (event: Event) => {
    this.onInteraction();
    if (!event.isTrusted) return; // script-made events are no sign of a person
    this.firstInteraction ??= performance.now();
  };
}
