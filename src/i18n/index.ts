/**
 * `lead-kit/i18n`: the kit's languages. `registerStrings` adds a language or your own wording;
 * `englishStrings()` lists every key with its English text; `loadLocale` loads a built-in
 * language ahead (server-side rendering: `await loadLocale('vi')` before rendering `locale="vi"`).
 */
export { ensureLocale as loadLocale, registerStrings, englishStrings, supportedLocales, matchLocale, type Locale, type MessageKey, type Messages } from './localize.js';
