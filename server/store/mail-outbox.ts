/**
 * The mail outbox's SQL (migrations/0014): rows are written by the commit statement of the change
 * that asks for them (commit-statement.ts); here they are claimed by a sender, marked sent or
 * failed, read and used by a confirmation link, and counted for the operator.
 */
import { randomBytes } from 'node:crypto';
import type { Queryable } from './sql.js';

/** A mail as the sender and the link routes read it. */
export interface OutboxMail {
  tenant: string;
  id: string;
  kind: 'confirm';
  to: string;
  locale: string | null;
  campaignId: string;
  memberId: string;
  payload: { campaignName: string; firstName?: string; person: { type: 'lead' | 'contact'; id: string }; purposes: string[] };
  attempts: number;
  expiresAt: Date;
  usedAt: Date | null;
}

const COLUMNS = `tenant_id as tenant, id, kind, to_address as "to", locale, campaign_id as "campaignId", member_id as "memberId", payload, attempts, expires_at as "expiresAt", used_at as "usedAt"`;

/**
 * Claims up to `limit` due mails (not sent, not expired, their time come) for this sender: each
 * claim counts an attempt and moves its next time on by the backoff (`retryMs` × 2^attempts, at
 * most an hour), so a sender that dies mid-send leaves it to be tried again then, by any instance.
 */
export async function claimDueMails(db: Queryable, limit: number, retryMs: number): Promise<OutboxMail[]> {
  const { rows } = await db.query<OutboxMail>(
    `update mail_outbox m set attempts = m.attempts + 1, next_attempt_at = now() + make_interval(secs => least(3600, $2::float8 / 1000 * power(2, m.attempts)))
     from (select tenant_id, id from mail_outbox where sent_at is null and next_attempt_at <= now() and expires_at > now() order by next_attempt_at limit $1 for update skip locked) due
     where m.tenant_id = due.tenant_id and m.id = due.id
     returning ${COLUMNS.replace(/(^|, )(\w+)/g, '$1m.$2')}`,
    [limit, retryMs],
  );
  return rows;
}

export async function markSent(db: Queryable, tenant: string, id: string): Promise<void> {
  await db.query('update mail_outbox set sent_at = now(), last_error = null where tenant_id = $1 and id = $2', [tenant, id]);
}

export async function markFailed(db: Queryable, tenant: string, id: string, error: string): Promise<void> {
  await db.query('update mail_outbox set last_error = $3 where tenant_id = $1 and id = $2', [tenant, id, error.slice(0, 500)]);
}

/** One mail of a tenant, locked for the caller's transaction (a confirmation in progress). */
export async function lockMail(db: Queryable, tenant: string, id: string): Promise<OutboxMail | undefined> {
  const { rows } = await db.query<OutboxMail>(`select ${COLUMNS} from mail_outbox where tenant_id = $1 and id = $2 for update`, [tenant, id]);
  return rows[0];
}

/** Marks a confirmation link used (in the transaction of what it confirmed). */
export async function markUsed(db: Queryable, tenant: string, id: string): Promise<void> {
  await db.query('update mail_outbox set used_at = now() where tenant_id = $1 and id = $2', [tenant, id]);
}

/** What the operator sees: mails waiting (and how many failed at least once), sent, given up (expired unsent). */
export async function outboxOverview(db: Queryable): Promise<{ waiting: number; failing: number; sent: number; expired: number; oldestWaiting: string | null }> {
  const { rows } = await db.query<{ waiting: string; failing: string; sent: string; expired: string; oldest: Date | null }>(
    `select count(*) filter (where sent_at is null and expires_at > now()) as waiting,
            count(*) filter (where sent_at is null and expires_at > now() and last_error is not null) as failing,
            count(*) filter (where sent_at is not null) as sent,
            count(*) filter (where sent_at is null and expires_at <= now()) as expired,
            min(created_at) filter (where sent_at is null and expires_at > now()) as oldest
     from mail_outbox`,
  );
  const r = rows[0];
  return { waiting: Number(r.waiting), failing: Number(r.failing), sent: Number(r.sent), expired: Number(r.expired), oldestWaiting: r.oldest ? r.oldest.toISOString() : null };
}

/** The secret that signs the mails' links (made once, random, shared by every instance through the database). */
export async function linkSecret(db: Queryable): Promise<Buffer> {
  await db.query(`insert into server_secrets (name, secret) values ('links', $1) on conflict (name) do nothing`, [randomBytes(32)]);
  const { rows } = await db.query<{ secret: Buffer }>(`select secret from server_secrets where name = 'links'`);
  return rows[0].secret;
}
