/**
 * The form's schema check (zod and the model's schemas, most of a form's weight) is loaded after
 * the first render, once per page: on idle, at the first interaction, or when a submit needs it.
 */
export type Validation = typeof import('./lead-validation.js');

let loaded: Validation | undefined;
let loading: Promise<Validation> | undefined;

/** The schema check if it has loaded, else undefined (the form then checks only what it can alone). */
export function validation(): Validation | undefined {
  return loaded;
}

/** Loads the schema check (a failed download is tried again on the next call). */
export function loadValidation(): Promise<Validation> {
  loading ??= import('./lead-validation.js').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Loads it when the page is idle. */
export function loadValidationWhenIdle(): void {
  if (loaded) return;
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
  const load = () => void loadValidation().catch(() => {});
  if (idle) idle(load, { timeout: 1500 });
  else setTimeout(load, 0);
}
