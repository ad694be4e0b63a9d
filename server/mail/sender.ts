/**
 * The mail sender: every instance runs one. It claims due mails from the outbox (store/
 * mail-outbox.ts), writes each in its form's language, sends it over SMTP (nodemailer, `SMTP_URL`)
 * and marks it sent; a failure is logged and kept for the next try (backoff from `MAIL_RETRY_MS`
 * doubling up to an hour). With no SMTP configured, mails wait in the outbox (said at start).
 * A mail the process dies while sending is tried again after its backoff, by any instance; its
 * Message-ID is fixed (`<tenant.id@lead-kit>`), so a receiver can tell a repeat.
 */
import { createTransport, type Transporter } from 'nodemailer';
import { CONFIRM_LINK_DAYS } from '../../src/domain/opt-in.js';
import { DEFAULT_PURPOSE } from '../../src/domain/consent.js';
import type { Db } from '../store/db.js';
import { describe } from '../store/db.js';
import { claimDueMails, markFailed, markSent, type OutboxMail } from '../store/mail-outbox.js';
import type { Log } from '../options.js';
import type { LinkSigner } from './links.js';
import { fill, MAIL_MESSAGES, mailLocale } from './messages.js';
import { escapeHtml } from './page.js';

export interface MailSettings {
  /** smtp://user:pass@host:port (or smtps://); unset: mails wait in the outbox. */
  smtpUrl?: string;
  from: string;
  /** Where the links point: the server as the public reaches it (PUBLIC_URL). */
  publicUrl: string;
  /** First retry after a failure, doubling (MAIL_RETRY_MS, default 15 s). */
  retryMs: number;
  /** How often the outbox is looked at when nothing nudges it (MAIL_POLL_MS, default 2 s). */
  pollMs: number;
}

/** The links a mail carries. */
export function mailLinks(mail: Pick<OutboxMail, 'tenant' | 'id' | 'locale' | 'payload'>, signer: LinkSigner, publicUrl: string) {
  const base = publicUrl.replace(/\/+$/, '');
  const purposes = mail.payload.purposes.length ? mail.payload.purposes : [DEFAULT_PURPOSE];
  return {
    confirm: `${base}/links/confirm?token=${signer.sign({ k: 'confirm', t: mail.tenant, m: mail.id })}`,
    withdraw: `${base}/links/withdraw?token=${signer.sign({ k: 'withdraw', t: mail.tenant, p: mail.payload.person, u: purposes, ...(mail.locale ? { l: mail.locale } : {}) })}`,
  };
}

/** The message of a confirmation mail: text and HTML, in its language, with the one-click unsubscribe headers. */
export function composeMail(mail: OutboxMail, signer: LinkSigner, settings: Pick<MailSettings, 'from' | 'publicUrl'>) {
  const m = MAIL_MESSAGES[mailLocale(mail.locale)];
  const links = mailLinks(mail, signer, settings.publicUrl);
  const values = { campaign: mail.payload.campaignName, name: mail.payload.firstName ?? '', days: CONFIRM_LINK_DAYS };
  const hello = fill(mail.payload.firstName ? m.helloName : m.hello, values);
  const lines = [hello, '', fill(m.signedUp, values), '', `${m.confirmButton}: ${links.confirm}`, '', fill(m.ignore, values), '', `${m.unsubscribe}: ${links.withdraw}`];
  const h = (text: string) => fill(text, values, escapeHtml);
  const html = `<!doctype html><html lang="${mailLocale(mail.locale)}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#181818">
<p>${h(mail.payload.firstName ? m.helloName : m.hello)}</p><p>${h(m.signedUp)}</p>
<p><a href="${escapeHtml(links.confirm)}" style="display:inline-block;padding:10px 18px;background:#0b5cab;color:#fff;border-radius:6px;text-decoration:none">${h(m.confirmButton)}</a></p>
<p style="color:#555">${h(m.ignore)}</p><p style="color:#555"><a href="${escapeHtml(links.withdraw)}" style="color:#555">${h(m.unsubscribe)}</a></p></body></html>`;
  return {
    from: settings.from,
    to: mail.to,
    subject: fill(m.subject, values),
    text: lines.join('\n'),
    html,
    messageId: `<${mail.tenant}.${mail.id}@lead-kit>`,
    headers: { 'List-Unsubscribe': `<${links.withdraw}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/** Hides most of an address in the log (`r***@example.com`). */
const masked = (address: string) => address.replace(/^(.).*@/, '$1***@');

export class MailSender {
  private timer?: ReturnType<typeof setTimeout>;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private readonly transport?: Transporter;

  constructor(
    private readonly db: Db,
    private readonly signer: () => LinkSigner | undefined,
    private readonly settings: MailSettings,
    private readonly log: Log,
  ) {
    if (settings.smtpUrl) this.transport = createTransport(settings.smtpUrl, { from: settings.from });
  }

  get configured(): boolean {
    return !!this.transport;
  }

  /** Looks at the outbox now and every `pollMs`. */
  start(): void {
    if (!this.transport) return;
    this.schedule(0);
  }

  /** A change just wrote mail: send it without waiting for the next look. */
  nudge(): void {
    if (!this.transport || this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => {});
    this.transport?.close();
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.sendDue()
        .catch((error: unknown) => this.log('warn', `mail outbox: ${describe(error)}`))
        .finally(() => {
          this.running = undefined;
          if (this.stopped) return;
          const more = this.again;
          this.again = false;
          this.schedule(more ? 0 : this.settings.pollMs);
        });
    }, ms);
    this.timer.unref();
  }

  /** Sends what is due, a few at a time, until nothing is. */
  async sendDue(): Promise<void> {
    const signer = this.signer();
    if (!signer || !this.transport) return;
    for (;;) {
      const due = await this.db.withClient((c) => claimDueMails(c, 10, this.settings.retryMs));
      if (!due.length) return;
      await Promise.all(due.map((mail) => this.send(mail, signer)));
      if (this.stopped) return;
    }
  }

  private async send(mail: OutboxMail, signer: LinkSigner): Promise<void> {
    try {
      await this.transport!.sendMail(composeMail(mail, signer, this.settings));
      await this.db.withClient((c) => markSent(c, mail.tenant, mail.id));
      this.log('info', 'mail sent', { tenant: mail.tenant, mail: mail.id, kind: mail.kind, to: masked(mail.to), attempt: mail.attempts });
    } catch (error) {
      const reason = describe(error);
      await this.db.withClient((c) => markFailed(c, mail.tenant, mail.id, reason)).catch(() => {});
      const next = Math.min(3600_000, this.settings.retryMs * 2 ** (mail.attempts - 1));
      this.log('warn', `mail not sent (attempt ${mail.attempts}): ${reason}; next try in ${Math.round(next / 1000)} s`, { tenant: mail.tenant, mail: mail.id, to: masked(mail.to) });
    }
  }
}
