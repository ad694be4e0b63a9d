import { enCore } from './messages/en-core.js';
import type { MessageKey, Messages } from './messages/en.js';

export type { MessageKey, Messages };

/** The languages every built-in string exists in. */
export const supportedLocales = ['en', 'uk', 'ru', 'fr', 'vi', 'ro'] as const;
/**
 * A language of the built-in text: one of `supportedLocales`, or a language added with
 * `registerStrings` (its missing strings fall back to English).
 */
export type Locale = (typeof supportedLocales)[number];

/** Strings registered by the page (`registerStrings`), by language: they win over the built-in ones. */
const registered = new Map<string, Partial<Record<MessageKey, string>>>();
const stringListeners = new Set<() => void>();

/**
 * Adds or overrides built-in strings for a language: a seventh language (`registerStrings('pl',
 * {...})`, then `locale="pl"` or `lang="pl"`), or your own wording in a built-in one
 * (`registerStrings('en', { 'form.submit': 'Count me in' })`). Keys are those of
 * `lead-kit/i18n`'s `Messages` (English catalog: `englishStrings`); counts use ICU-style plurals
 * chosen by `Intl.PluralRules`: `{count, plural, one {# guest} few {# guests} other {# guests}}`.
 * Elements on the page re-render with the new strings. Calls add up; a later call wins per key.
 */
export function registerStrings(locale: string, strings: Partial<Record<MessageKey, string>>): void {
  const tag = locale.trim().toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(tag)) throw new RangeError(`registerStrings: "${locale}" is not a BCP 47 language tag`);
  registered.set(tag, { ...registered.get(tag), ...strings });
  for (const listener of stringListeners) listener();
}

/** Calls `listener` whenever strings are registered; returns the unsubscribe function. */
export function onStringsChange(listener: () => void): () => void {
  stringListeners.add(listener);
  return () => stringListeners.delete(listener);
}

/** Every English string by key (the core and the elements loaded on the page): the keys `registerStrings` takes. */
export function englishStrings(): Readonly<Partial<Messages>> {
  return { ...english };
}

/**
 * English: the core strings are built in; each element's module adds its own with
 * `addEnglish` (so a page with only a form carries only the form's). The other languages
 * download on first use (a page needs one).
 */
const english: Partial<Messages> = { ...enCore };
const catalogs: Partial<Record<Locale, Partial<Messages>>> = { en: english };
/** Set once an element beyond the form is on the page: other languages then load its strings too. */
let withComponents = false;

/** Adds English strings (an element module's own); the other languages' matching part loads with them. */
export function addEnglish(messages: Partial<Messages>): void {
  Object.assign(english, messages);
  withComponents = true;
}

type Other = Exclude<Locale, 'en'>;
const coreLoaders: Record<Other, () => Promise<Partial<Messages>>> = {
  uk: () => import('./messages/uk-core.js').then((m) => m.ukCore),
  ru: () => import('./messages/ru-core.js').then((m) => m.ruCore),
  fr: () => import('./messages/fr-core.js').then((m) => m.frCore),
  vi: () => import('./messages/vi-core.js').then((m) => m.viCore),
  ro: () => import('./messages/ro-core.js').then((m) => m.roCore),
};
const componentLoaders: Record<Other, () => Promise<Partial<Messages>>> = {
  uk: () => import('./messages/uk-components.js').then((m) => m.ukComponents),
  ru: () => import('./messages/ru-components.js').then((m) => m.ruComponents),
  fr: () => import('./messages/fr-components.js').then((m) => m.frComponents),
  vi: () => import('./messages/vi-components.js').then((m) => m.viComponents),
  ro: () => import('./messages/ro-components.js').then((m) => m.roComponents),
};
const loaded = new Set<string>();
const loading = new Map<string, Promise<void>>();

function loadPart(part: 'core' | 'components', locale: Other): Promise<void> {
  const key = `${part}:${locale}`;
  if (loaded.has(key)) return Promise.resolve();
  let promise = loading.get(key);
  if (!promise) {
    promise = (part === 'core' ? coreLoaders : componentLoaders)[locale]().then(
      (messages) => {
        catalogs[locale] = { ...catalogs[locale], ...messages };
        loaded.add(key);
      },
      (error: unknown) => {
        loading.delete(key); // retry on the next render; English meanwhile
        throw error;
      },
    );
    loading.set(key, promise);
  }
  return promise;
}

/**
 * Resolves once `locale`'s strings are available: at once for English; otherwise its core part
 * (and the elements' part when such an element is on the page) is downloaded on first use.
 */
export function ensureLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || !(locale in coreLoaders)) return Promise.resolve();
  const parts = [loadPart('core', locale)];
  if (withComponents) parts.push(loadPart('components', locale));
  return Promise.all(parts).then(() => undefined);
}

/** The supported locale for a BCP 47 tag (`uk-UA` -> `uk`), or undefined. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const full = tag?.trim().toLowerCase().replace(/_/g, '-');
  if (full && registered.has(full) && !(supportedLocales as readonly string[]).includes(full)) return full as Locale;
  const base = full?.split('-')[0];
  if ((supportedLocales as readonly string[]).includes(base ?? '') || registered.has(base ?? '')) return base as Locale;
  return undefined;
}

/**
 * The locale for an element: its `locale` property/attribute, else the nearest `lang`
 * (crossing shadow roots), else the page's language, else English.
 */
export function resolveLocale(el: Element & { locale?: string }): Locale {
  const own = matchLocale(el.locale);
  if (own) return own;
  if (typeof ShadowRoot === 'undefined') return matchLocale(el.getAttribute?.('lang')) ?? 'en'; // server-side rendering
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const found = matchLocale(node.getAttribute('lang'));
      if (found) return found;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return matchLocale(document.documentElement.lang) ?? 'en';
}

/**
 * The message for `key` in `locale` (English until that catalog is loaded), `{name}` filled.
 * Counted words take the language's plural forms (`Intl.PluralRules`):
 * `{count, plural, one {# field} other {# fields}}` — `#` is the number as given.
 */
export function msg(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const text = registered.get(locale)?.[key] ?? catalogs[locale]?.[key] ?? english[key] ?? key;
  if (!params) return text;
  const plural = text.replace(/\{(\w+), plural,((?:\s*[\w=]+\s*\{[^{}]*\})+)\s*\}/g, (m, p: string, cases: string) => {
    if (!(p in params)) return m;
    const shown = String(params[p]);
    const n = typeof params[p] === 'number' ? (params[p] as number) : Number(shown.replace(/[^\d.-]/g, ''));
    const forms = Object.fromEntries([...cases.matchAll(/([\w=]+)\s*\{([^{}]*)\}/g)].map(([, c, t]) => [c, t]));
    const form = forms[`=${n}`] ?? forms[pluralRules(locale).select(n)] ?? forms.other ?? '';
    return form.replace(/#/g, shown);
  });
  return plural.replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m));
}

const rules = new Map<string, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

/** The localized message for a field issue code (`required`, `email`, ...). */
export function fieldMessage(locale: Locale, code: string): string {
  const key = `field.${code}` as MessageKey;
  return key in english ? msg(locale, key) : msg(locale, 'field.invalid');
}

/** The localized sentence for an adapter error (by its `code`), for error states. */
export function errorMessage(locale: Locale, error: unknown): string {
  const code = (error as { code?: string })?.code;
  // A record that was not found is named (the id the page gave), so a wrong id is easy to spot.
  const id = (error as { id?: unknown })?.id;
  if (code === 'not-found' && typeof id === 'string' && id) return msg(locale, 'error.not-found-id', { id });
  const key = `error.${code}` as MessageKey;
  return code && key in english ? msg(locale, key) : msg(locale, 'state.error');
}

const STATUS_KEYS: Record<string, MessageKey> = {
  sent: 'status.sent',
  responded: 'status.responded',
  invited: 'status.invited',
  registered: 'status.registered',
  attended: 'status.attended',
  'no-show': 'status.no-show',
};

/**
 * A member status for display: the kit's default statuses (stored in English) are shown in
 * `locale`; a campaign's own statuses are shown as they were named.
 */
export function statusLabel(locale: Locale, label: string): string {
  const key = STATUS_KEYS[label.trim().toLowerCase()];
  return key ? msg(locale, key) : label;
}

/** A date (an ISO date or instant) as `locale` writes it, e.g. "29 лист. 2026 р."; empty when absent. */
export function formatDate(locale: Locale, iso: string | undefined): string {
  if (!iso) return '';
  // A date without a time is that calendar day wherever the reader is (noon avoids a time-zone shift).
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : mediumDate(locale).format(date);
}

/** One formatter per locale: creating an Intl.DateTimeFormat costs ~0.1 ms, a list row's date is formatted each render. */
const mediumDates = new Map<string, Intl.DateTimeFormat>();
function mediumDate(locale: Locale): Intl.DateTimeFormat {
  let f = mediumDates.get(locale);
  if (!f) mediumDates.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })));
  return f;
}

/**
 * The `Intl.NumberFormat` of `locale` and `options`, made once: creating one costs 20–100 µs, and
 * a table formats hundreds of amounts a render (`<campaign-influence>` made ~800 a render, 18 ms).
 */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number for an input in `locale`: its decimal mark, no grouping (what `typedNumber` reads back). */
export function inputNumber(locale: Locale, n: number | undefined): string {
  return n === undefined ? '' : numberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 }).format(n);
}
