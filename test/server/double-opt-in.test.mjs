// Double opt-in and the no-login links, against the real server and a local SMTP receiver this
// test starts: the confirmation mail is written in the form's language; its link shows a page
// (GET changes nothing), confirms once (POST), and a reused, expired, tampered or forged link
// gets a clear page with nothing changed; SMTP down keeps the mail and sends it once it is back,
// also across a kill -9 between the sign-up and the send; the withdraw link records a withdrawal.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { after, before, describe, it } from 'node:test';
import { call, database, freePort, makeKey, server, sleep } from './harness.mjs';

/** A local SMTP receiver: every message it accepted, raw, decoded from quoted-printable. */
function receiver(port) {
  const messages = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (d) => (raw += d));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, text: decodeQp(raw) });
        done();
      });
    },
  });
  return new Promise((resolve) => smtp.listen(port, '127.0.0.1', () => resolve({ messages, close: () => new Promise((r) => smtp.close(r)) })));
}

const decodeQp = (raw) => Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
/** The links of a mail's text part, by kind. */
const linksOf = (message) => ({
  confirm: /https?:\/\/\S+\/links\/confirm\?token=[\w.-]+/.exec(message.text)?.[0],
  withdraw: /https?:\/\/\S+\/links\/withdraw\?token=[\w.-]+/.exec(message.text)?.[0],
});
const decodeHeader = (raw, name) => new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'mi').exec(raw)?.[1].replace(/\r?\n[ \t]+/g, ' ').trim();
/** An RFC 2047 encoded subject, decoded. */
const subjectOf = (raw) =>
  (decodeHeader(raw, 'Subject') ?? '').replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc, text) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQp(text.replace(/_/g, ' ')),
  );

async function until(check, ms = 15_000, what = 'condition') {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** A page request: status and HTML. */
async function page(url, method = 'GET', init = {}) {
  const r = await fetch(url, { method, redirect: 'manual', ...init });
  return { status: r.status, html: await r.text(), headers: r.headers };
}

describe('Lead Kit server: double opt-in by mail, and the no-login links', () => {
  let db;
  let sql;
  let key;
  let pub;
  let srv;
  let smtp;
  let smtpPort;
  let port;
  let env;

  const start = async () => {
    srv = await server(db, env, { port });
    return srv;
  };
  const submit = (email, extra = {}) =>
    call(srv.url, 'POST', '/submissions', {
      key: pub,
      body: { submissionId: `doi-${email}-${Math.random().toString(36).slice(2)}`, campaignId: 'NEWS', lead: { email, firstName: 'Олена', ...extra.lead }, locale: 'uk', ...extra.body },
    });
  const memberOf = async (email) => (await sql.query(`select id, status, responded, extra, version from campaign_members where tenant_id = 'doi' and campaign_id = 'NEWS' and lower(email) = lower($1)`, [email])).rows[0];
  const mailsTo = (email) => smtp.messages.filter((m) => m.to.includes(email));

  before(async () => {
    db = await database();
    key = makeKey(db, 'doi');
    pub = makeKey(db, 'doi', 'publishable');
    smtpPort = await freePort();
    port = await freePort();
    smtp = await receiver(smtpPort);
    env = { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: 'News <news@example.com>', PUBLIC_URL: `http://127.0.0.1:${port}`, MAIL_RETRY_MS: '300', MAIL_POLL_MS: '200', RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0' };
    await start();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    const created = await call(srv.url, 'POST', '/campaigns', { key, body: { id: 'NEWS', name: 'Spring newsletter', type: 'email', doubleOptIn: true } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.doubleOptIn, true);
  });
  after(async () => {
    await sql?.end();
    await srv?.stop();
    await smtp?.close();
    db?.stop();
  });

  it('a sign-up waits as "pending confirmation", the mail comes in the form language, and its link confirms once', { timeout: 60_000 }, async () => {
    const r = await submit('olena@example.com', { lead: { consents: [{ purpose: 'newsletter', given: true, text: 'Send me the newsletter', at: new Date().toISOString() }] } });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.confirmation, 'pending', 'the public answer says: check your email');
    const pending = await memberOf('olena@example.com');
    assert.equal(pending.status, 'Sent', 'the default status, no response yet');
    assert.equal(pending.responded, false);
    assert.equal(pending.extra.optIn.state, 'pending');
    assert.equal(pending.extra.optIn.status, 'Responded');

    const [mail] = await until(() => mailsTo('olena@example.com').length && mailsTo('olena@example.com'), 15_000, 'the confirmation mail');
    assert.match(subjectOf(mail.raw), /Підтвердьте.*Spring newsletter/, 'Ukrainian subject');
    assert.match(mail.text, /Вітаємо, Олена!/);
    assert.match(decodeHeader(mail.raw, 'List-Unsubscribe') ?? '', /\/links\/withdraw\?token=/);
    assert.equal(decodeHeader(mail.raw, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
    const { confirm } = linksOf(mail);
    assert.ok(confirm, mail.text);

    const shown = await page(confirm);
    assert.equal(shown.status, 200);
    assert.match(shown.html, /<html lang="uk">/);
    assert.match(shown.html, /<form method="post"/);
    assert.match(shown.headers.get('content-security-policy'), /default-src 'none'/);
    assert.equal((await memberOf('olena@example.com')).version, pending.version, 'opening the page (a mail scanner) changes nothing');

    const done = await page(confirm, 'POST');
    assert.equal(done.status, 200);
    assert.match(done.html, /підтверджено/);
    const confirmed = await memberOf('olena@example.com');
    assert.equal(confirmed.status, 'Responded');
    assert.equal(confirmed.responded, true);
    assert.equal(confirmed.extra.optIn.state, 'confirmed');

    const again = await page(confirm, 'POST');
    assert.equal(again.status, 409, 'a used link');
    assert.match(again.html, /вже використано/);
    assert.equal((await memberOf('olena@example.com')).version, confirmed.version, 'nothing changed');
    assert.equal((await page(confirm)).status, 409, 'its page says so too');
  });

  it('a person who confirmed before signs up again with no mail; the public answer is the same', { timeout: 30_000 }, async () => {
    const before = smtp.messages.length;
    const r = await submit('olena@example.com');
    assert.equal(r.status, 201);
    assert.equal(r.body.confirmation, 'pending', 'a stranger cannot tell a confirmed person from a new one');
    await sleep(1500);
    assert.equal(smtp.messages.length, before, 'no second mail');
    assert.equal((await memberOf('olena@example.com')).extra.optIn.state, 'confirmed');
  });

  it('a form sent twice within the hour mails once', { timeout: 30_000 }, async () => {
    await submit('twice@example.com');
    await submit('twice@example.com');
    await until(() => mailsTo('twice@example.com').length, 15_000, 'the mail');
    await sleep(1500);
    assert.equal(mailsTo('twice@example.com').length, 1);
  });

  it('an expired, tampered, forged or foreign link gets a clear page and changes nothing', { timeout: 30_000 }, async () => {
    await submit('late@example.com', { body: { locale: 'fr' } });
    const [mail] = await until(() => mailsTo('late@example.com').length && mailsTo('late@example.com'), 15_000, 'the mail');
    const { confirm, withdraw } = linksOf(mail);
    const member = await memberOf('late@example.com');
    const token = new URL(confirm).searchParams.get('token');
    const [body, mac] = token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    const base = `${srv.url}/links/confirm?token=`;
    const forgedMac = createHmac('sha256', Buffer.alloc(32, 7)).update(body).digest('base64url');
    const otherTenant = Buffer.from(JSON.stringify({ ...claims, t: 'someone-else' })).toString('base64url');
    const cases = {
      tampered: `${base}${body}.${mac.slice(0, -2)}${mac.at(-2) === 'A' ? 'B' : 'A'}${mac.at(-1)}`,
      forged: `${base}${body}.${forgedMac}`,
      'another tenant, same signature': `${base}${otherTenant}.${mac}`,
      'a withdraw token': `${base}${new URL(withdraw).searchParams.get('token')}`,
      'no token': `${srv.url}/links/confirm`,
      'two tokens': `${base}${token}&token=${token}`,
      'NUL': `${base}${token}%00`,
      'huge': `${base}${'a'.repeat(5000)}.${mac}`,
      'not base64 JSON': `${base}${Buffer.from('{"k":').toString('base64url')}.${mac}`,
    };
    for (const [name, url] of Object.entries(cases)) {
      for (const method of ['GET', 'POST']) {
        const r = await page(url, method);
        assert.equal(r.status, 400, `${name} (${method}): ${r.status}`);
        assert.match(r.html, /<h1>/, name);
      }
    }
    // A body the pages never take: too large (413), or JSON where a form is expected (415); nothing changed.
    assert.equal((await page(confirm, 'POST', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `a=${'x'.repeat(10_000)}` })).status, 413);
    assert.equal((await page(confirm, 'POST', { headers: { 'content-type': 'text/plain' }, body: 'hello' })).status, 415);
    await sql.query(`update mail_outbox set expires_at = now() - interval '1 second' where tenant_id = 'doi' and id = $1`, [claims.m]);
    const expired = await page(confirm, 'POST');
    assert.equal(expired.status, 410);
    assert.match(expired.html, /<html lang="fr">/);
    assert.match(expired.html, /expiré/);
    const after = await memberOf('late@example.com');
    assert.equal(after.version, member.version, 'nothing changed');
    assert.equal(after.extra.optIn.state, 'pending');
  });

  it('the withdraw link records a withdrawal (once), also by one-click unsubscribe, without a login', { timeout: 30_000 }, async () => {
    await submit('leave@example.com', { lead: { consents: [{ purpose: 'newsletter', given: true, at: new Date().toISOString() }] } });
    const [mail] = await until(() => mailsTo('leave@example.com').length && mailsTo('leave@example.com'), 15_000, 'the mail');
    const { withdraw } = linksOf(mail);
    const shown = await page(withdraw);
    assert.equal(shown.status, 200);
    assert.match(shown.html, /newsletter/);
    const consents = async () => (await sql.query(`select extra->'consents' as c from leads where tenant_id = 'doi' and email_key = 'leave@example.com'`)).rows[0].c;
    assert.equal((await consents()).length, 1, 'opening the page changes nothing');
    const oneClick = await page(withdraw, 'POST', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    assert.equal(oneClick.status, 200, oneClick.html);
    const records = await consents();
    assert.equal(records.length, 2);
    assert.deepEqual({ purpose: records[1].purpose, given: records[1].given, source: records[1].source }, { purpose: 'newsletter', given: false, source: 'link' });
    assert.equal((await page(withdraw, 'POST')).status, 200, 'a second click is fine');
    assert.equal((await consents()).length, 2, 'and records nothing more');
  });

  it('SMTP down: the mail is kept and tried again (the operator sees why), then sent once when SMTP is back', { timeout: 60_000 }, async () => {
    await smtp.close();
    const r = await submit('outage@example.com');
    assert.equal(r.status, 201, 'the sign-up does not wait for SMTP');
    const row = await until(async () => (await sql.query(`select attempts, last_error, sent_at from mail_outbox where to_address = 'outage@example.com'`)).rows.find((x) => x.attempts >= 2), 15_000, 'two failed attempts');
    assert.equal(row.sent_at, null);
    assert.ok(row.last_error, 'why it failed is kept');
    assert.ok(srv.logs.some((l) => /mail not sent \(attempt \d+\)/.test(l) && l.includes('o***@example.com')), 'a warning in the log, the address masked');
    const messages = smtp.messages;
    smtp = await receiver(smtpPort);
    smtp.messages.unshift(...messages);
    await until(() => mailsTo('outage@example.com').length, 20_000, 'the mail after SMTP came back');
    await sleep(2000);
    assert.equal(mailsTo('outage@example.com').length, 1, 'sent once');
  });

  it('kill -9 between the sign-up and the send: the mail is sent once after the restart', { timeout: 90_000 }, async () => {
    await smtp.close();
    const r = await submit('crash@example.com');
    assert.equal(r.status, 201);
    assert.equal((await memberOf('crash@example.com')).extra.optIn.state, 'pending', 'the sign-up is committed');
    srv.child.kill('SIGKILL');
    await srv.exited;
    const { rows } = await sql.query(`select sent_at from mail_outbox where to_address = 'crash@example.com'`);
    assert.equal(rows.length, 1, 'the mail was written with the sign-up');
    assert.equal(rows[0].sent_at, null);
    const messages = smtp.messages;
    smtp = await receiver(smtpPort);
    smtp.messages.unshift(...messages);
    await start();
    await until(() => mailsTo('crash@example.com').length, 30_000, 'the mail after the restart');
    await sleep(2000);
    assert.equal(mailsTo('crash@example.com').length, 1, 'sent once');
    const { confirm } = linksOf(mailsTo('crash@example.com')[0]);
    assert.equal((await page(confirm, 'POST')).status, 200, 'and its link works');
  });

  it('the database down: the link page says try again (503), nothing changed; then it works', { timeout: 60_000 }, async () => {
    await submit('down@example.com');
    const [mail] = await until(() => mailsTo('down@example.com').length && mailsTo('down@example.com'), 15_000, 'the mail');
    const { confirm } = linksOf(mail);
    await sql.end();
    db.stop();
    try {
      const r = await page(confirm, 'POST');
      assert.equal(r.status, 503);
      assert.equal(r.headers.get('retry-after'), '2');
    } finally {
      db.start();
    }
    const ok = await until(async () => {
      const r = await page(confirm, 'POST');
      return r.status === 200 && r;
    }, 30_000, 'the confirmation after the database came back');
    assert.equal(ok.status, 200);
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    assert.equal((await memberOf('down@example.com')).extra.optIn.state, 'confirmed');
  });
});
