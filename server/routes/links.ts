/**
 * The pages a mail's signed links open, with no login (mail/links.ts): `/links/confirm` confirms
 * a double opt-in, `/links/withdraw` withdraws consents. GET only shows the page and its button
 * (a mail scanner that follows links changes nothing); POST — the button, or a mail client's
 * one-click unsubscribe (RFC 8058) — does it, in one transaction, and answers a page saying what
 * happened: confirmed (200), used before (409), expired (410), not a valid link (400), gone
 * (404), or the database unavailable (503: nothing changed, try again). The language is the
 * link's, else the browser's.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CommitInfo } from '../../src/adapters/local/record-store.js';
import { consentState } from '../../src/domain/consent.js';
import { NotFoundError } from '../../src/adapters/errors.js';
import { RETRY_AFTER_UNAVAILABLE } from '../http.js';
import { fill, MAIL_MESSAGES, mailLocale, type MailLocale, type MailMessages } from '../mail/messages.js';
import type { LinkClaims } from '../mail/links.js';
import { escapeHtml, linkPage, PAGE_HEADERS } from '../mail/page.js';
import { isUnavailable } from '../store/db.js';
import { lockMail, markUsed } from '../store/mail-outbox.js';
import { SqlAdapter } from '../store/sql-adapter.js';
import { SqlStore } from '../store/sql-store.js';
import { changePayloads } from '../store/changes.js';
import type { ServerState } from '../plugins/context.js';

/** What a page says: its status, its message (escaped), maybe its own title, and the language of the link's mail. */
type Outcome = { status: number; say: (m: MailMessages) => string; title?: (m: MailMessages) => string; locale?: string | null };

/** Each page's title: what happened, or that the link cannot be used. */
const TITLES: Partial<Record<keyof MailMessages, keyof MailMessages>> = {
  confirmed: 'confirmedTitle',
  alreadyConfirmed: 'problemTitle',
  expired: 'problemTitle',
  invalid: 'problemTitle',
  gone: 'problemTitle',
  unavailable: 'problemTitle',
};

const said = (status: number, key: keyof MailMessages, values: Record<string, string> = {}): Outcome => {
  const title = TITLES[key];
  return { status, say: (m) => fill(m[key], values, escapeHtml), ...(title ? { title: (m: MailMessages) => m[title] } : {}) };
};

export async function linkRoutes(app: FastifyInstance, { state }: { state: ServerState }) {
  const { db } = state.options;
  const config = { access: 'public' as const, cors: false, rateLimit: false as const, formBody: true };

  const tokenOf = (request: FastifyRequest) => (request.query as Record<string, unknown>).token;
  const claimsOf = <K extends LinkClaims['k']>(request: FastifyRequest, kind: K): Extract<LinkClaims, { k: K }> | undefined => {
    const claims = state.options.links?.()?.verify(tokenOf(request));
    return claims?.k === kind ? (claims as Extract<LinkClaims, { k: K }>) : undefined;
  };
  const localeOf = (request: FastifyRequest, preferred?: string | null) => mailLocale(preferred, String(request.headers['accept-language'] ?? ''));
  const page = (reply: FastifyReply, locale: MailLocale, title: string, outcome: Outcome, button?: { label: string; action: string }) => {
    const m = MAIL_MESSAGES[locale];
    const headers: Record<string, string> = { ...PAGE_HEADERS, ...(outcome.status === 503 ? { 'retry-after': RETRY_AFTER_UNAVAILABLE } : {}) };
    return reply.code(outcome.status).headers(headers).send(linkPage(locale, outcome.title?.(m) ?? title, outcome.say(m), button));
  };
  const announce = (tenant: string, changed: CommitInfo[]) => {
    if (changed.length) state.options.feed?.publish(changePayloads(tenant, '', changed));
  };
  /** Runs `work`; a database that cannot answer (or a server not ready) is a 503 page, nothing changed. */
  const guarded = async (work: () => Promise<Outcome>): Promise<Outcome> => {
    if (!state.isReady() || state.closing) return said(503, 'unavailable');
    try {
      return await work();
    } catch (error) {
      if (isUnavailable(error)) return said(503, 'unavailable');
      throw error;
    }
  };

  // ---- confirm ----
  /** The mail's state without changing it (GET), or the confirmation done (POST). */
  const confirm = (claims: Extract<LinkClaims, { k: 'confirm' }>, apply: boolean, changed: CommitInfo[]) =>
    guarded(() =>
      db.transaction(async (conn): Promise<Outcome> => {
        const mail = await lockMail(conn, claims.t, claims.m);
        if (!mail) return said(404, 'gone');
        const inTheirLanguage = (outcome: Outcome): Outcome => ({ ...outcome, locale: mail.locale });
        const campaign = { campaign: mail.payload.campaignName };
        if (mail.usedAt) return inTheirLanguage(said(409, 'alreadyConfirmed'));
        if (mail.expiresAt.getTime() <= Date.now()) return inTheirLanguage(said(410, 'expired'));
        if (!apply) return inTheirLanguage({ ...said(200, 'confirmText', campaign), title: (m) => m.confirmTitle });
        const store = SqlStore.open(conn, claims.t, 'transaction');
        const done = await new SqlAdapter(store, conn, {}).confirmOptIn(mail.memberId);
        if (!done) return inTheirLanguage(said(404, 'gone'));
        await markUsed(conn, claims.t, claims.m);
        changed.push(...store.heldCommits());
        return inTheirLanguage(said(200, 'confirmed', campaign));
      }),
    );

  const confirmRoute = (apply: boolean) => async (request: FastifyRequest, reply: FastifyReply) => {
    const claims = claimsOf(request, 'confirm');
    const locale = localeOf(request);
    if (!claims) return page(reply, locale, MAIL_MESSAGES[locale].confirmTitle, said(400, 'invalid'));
    const changed: CommitInfo[] = [];
    const outcome = await confirm(claims, apply, changed);
    announce(claims.t, changed); // committed
    const lang = localeOf(request, outcome.locale);
    const button = !apply && outcome.status === 200 ? { label: MAIL_MESSAGES[lang].confirmAction, action: `/links/confirm?token=${encodeURIComponent(String(tokenOf(request)))}` } : undefined;
    return page(reply, lang, MAIL_MESSAGES[lang].confirmTitle, outcome, button);
  };
  app.route({ method: 'GET', url: '/links/confirm', config, handler: confirmRoute(false) });
  app.route({ method: 'POST', url: '/links/confirm', config, handler: confirmRoute(true) });

  // ---- withdraw ----
  const withdrawRoute = (apply: boolean) => async (request: FastifyRequest, reply: FastifyReply) => {
    const claims = claimsOf(request, 'withdraw');
    const lang = localeOf(request, claims?.l);
    const m = MAIL_MESSAGES[lang];
    if (!claims) return page(reply, lang, m.withdrawTitle, said(400, 'invalid'));
    const purposes = { purposes: claims.u.join(', ') };
    if (!apply) {
      const button = { label: m.withdrawAction, action: `/links/withdraw?token=${encodeURIComponent(String(tokenOf(request)))}` };
      return page(reply, lang, m.withdrawTitle, said(200, 'withdrawText', purposes), button);
    }
    const changed: CommitInfo[] = [];
    const outcome = await guarded(() =>
      db.transaction(async (conn) => {
        const store = SqlStore.open(conn, claims.t, 'transaction');
        const adapter = new SqlAdapter(store, conn, {});
        try {
          const person = claims.p.type === 'lead' ? await adapter.getLead(claims.p.id) : await adapter.getContact(claims.p.id);
          // A converted lead's consents are its contact's.
          const target = claims.p.type === 'lead' && 'convertedContactId' in person && person.convertedContactId ? { type: 'contact' as const, id: String(person.convertedContactId) } : claims.p;
          const current = target === claims.p ? person : await adapter.getContact(target.id);
          const standing = consentState(current.consents);
          // Withdrawn already: a second click records nothing more.
          for (const purpose of claims.u) if (standing[purpose]?.given !== false) await adapter.recordConsent({ person: target, purpose, given: false, source: 'link' });
        } catch (error) {
          if (error instanceof NotFoundError) return said(404, 'gone');
          throw error;
        }
        changed.push(...store.heldCommits());
        return said(200, 'withdrawn', purposes);
      }),
    );
    announce(claims.t, changed); // committed
    return page(reply, lang, m.withdrawTitle, outcome);
  };
  app.route({ method: 'GET', url: '/links/withdraw', config, handler: withdrawRoute(false) });
  app.route({ method: 'POST', url: '/links/withdraw', config, handler: withdrawRoute(true) });
}
