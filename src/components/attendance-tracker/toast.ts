import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, type Locale } from '../../i18n/localize.js';

/** The message after an action at the door. */
export interface Toast {
  kind: 'done' | 'already' | 'pending' | 'error' | 'info';
  text: string;
  /** Offered for a few seconds after a check-in. */
  undo?: { memberId: string; checkInId: string; name: string };
}

/** How long "Undo" stays offered after a check-in. */
const UNDO_MS = 8000;

/**
 * The tracker's feedback: one message at a time (errors and duplicates as alerts, the rest
 * polite), Undo offered for 8 s, and with `sounds` a short tone (high for a check-in, low for a
 * problem) for a door where nobody watches the screen.
 */
export class ToastController implements ReactiveController {
  toast?: Toast;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private host: ReactiveControllerHost,
    private sounds: () => boolean,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Takes the message off the screen (a dialog opened: an old alert would be read as its own). */
  clear(): void {
    if (!this.toast) return;
    clearTimeout(this.timer);
    this.toast = undefined;
    this.host.requestUpdate();
  }

  show(toast: Toast): void {
    this.toast = toast;
    clearTimeout(this.timer);
    if (toast.undo) {
      this.timer = setTimeout(() => {
        if (this.toast?.undo) this.toast = { ...this.toast, undo: undefined };
        this.host.requestUpdate();
      }, UNDO_MS);
    }
    if (this.sounds()) beep(toast.kind === 'done' || toast.kind === 'pending' ? 880 : 220);
    this.host.requestUpdate();
  }

  render(locale: Locale, undo: (u: NonNullable<Toast['undo']>) => void) {
    const t = this.toast;
    if (!t) return html`<div class="toast-slot" role="status" aria-live="polite"></div>`;
    const body = html`<p>${t.text}</p>
      ${t.undo ? html`<button class="secondary" @click=${() => undo(t.undo!)}>${msg(locale, 'att.undo')}</button>` : nothing}`;
    return t.kind === 'error' || t.kind === 'already'
      ? html`<div part="toast" class="toast ${t.kind}" role="alert">${body}</div>`
      : html`<div part="toast" class="toast ${t.kind}" role="status" aria-live="polite">${body}</div>`;
  }
}

/** A short tone (check-in high, error low). */
function beep(frequency: number): void {
  try {
    const ctx = new AudioContext();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = frequency;
    gain.gain.value = 0.08;
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.12);
    osc.onended = () => void ctx.close();
  } catch {
    /* no audio */
  }
}
