/** Keys that only move through a select's options (a keyboard user looking, not choosing). */
const STEPS = /^(ArrowUp|ArrowDown|ArrowLeft|ArrowRight|Home|End|PageUp|PageDown)$/;

/** Selects moved by such keys since their last commit. */
const keyed = new WeakSet<HTMLSelectElement>();

/**
 * A select whose choice is committed on purpose: a pointer choice commits at once; arrow keys
 * (or typing) only move through the options, and Enter or leaving the select commits; Escape
 * puts the saved value back. One committed change is one write, however many keys were pressed.
 * `saved` is the value stored now; `commit` is called with the select once per deliberate change.
 */
export function deliberateSelect(saved: () => string, commit: (select: HTMLSelectElement) => void) {
  return {
    keydown(e: KeyboardEvent): void {
      const select = e.target as HTMLSelectElement;
      if (!e.altKey && (STEPS.test(e.key) || (e.key.length === 1 && e.key !== ' '))) keyed.add(select);
      else if (e.key === 'Enter') {
        e.preventDefault();
        keyed.delete(select);
        if (select.value !== saved()) commit(select);
      } else if (e.key === 'Escape') {
        keyed.delete(select);
        select.value = saved();
      }
    },
    change(e: Event): void {
      const select = e.target as HTMLSelectElement;
      if (!keyed.has(select)) commit(select);
    },
    blur(e: FocusEvent): void {
      const select = e.target as HTMLSelectElement;
      if (!keyed.has(select)) return;
      keyed.delete(select);
      if (select.value !== saved()) commit(select);
    },
  };
}
