/**
 * The small HTML pages a mail's links open (routes/links.ts): one message, maybe one button,
 * in the person's language, readable at 320 px, light or dark as the device is, with nothing
 * loaded from elsewhere (a strict Content-Security-Policy: no script at all).
 */
import type { MailLocale } from './messages.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The headers every link page is sent with. */
export const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

/** A page: a title, a message (already escaped), and optionally a button posting back to `action`. */
export function linkPage(locale: MailLocale, title: string, message: string, button?: { label: string; action: string }): string {
  const form = button ? `<form method="post" action="${escapeHtml(button.action)}"><button type="submit">${escapeHtml(button.label)}</button></form>` : '';
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
main { max-width: 32rem; margin: 1.5rem; padding: 1.5rem 1.75rem; border: 1px solid color-mix(in srgb, CanvasText 18%, transparent); border-radius: 0.75rem; overflow-wrap: anywhere; }
h1 { font-size: 1.35rem; margin: 0 0 0.75rem; }
p { margin: 0 0 1rem; }
button { font: inherit; font-weight: 600; padding: 0.6rem 1.2rem; min-height: 2.75rem; border: 0; border-radius: 0.5rem; background: #0b5cab; color: #fff; cursor: pointer; }
button:focus-visible { outline: 3px solid #0b5cab; outline-offset: 2px; }
</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${message}</p>${form}</main></body></html>`;
}
