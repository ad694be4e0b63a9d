// Missed changes replayed: every change has a number (the SSE event id) in a bounded change log.
// A subscriber that reconnects with Last-Event-ID gets what it missed, once and in order; an
// instance whose LISTEN connection was cut replays to its subscribers what was logged meanwhile;
// an id older than the log is told to reload.
import assert from 'node:assert/strict';
import pg from 'pg';
import { after, before, describe, it } from 'node:test';
import { call, database, makeKey, openEvents, server, sleep } from './harness.mjs';

/** An open event stream: its events as they come (`{ id, event, data }`). */
async function subscribe(base, key, { lastEventId, query = '' } = {}) {
  const controller = new AbortController();
  const response = await openEvents(base, key, { lastEventId, query, signal: controller.signal });
  assert.equal(response.status, 200);
  const events = [];
  let text = '';
  const reading = (async () => {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
        let end;
        while ((end = text.indexOf('\n\n')) >= 0) {
          const block = text.slice(0, end);
          text = text.slice(end + 2);
          const e = {};
          for (const line of block.split('\n')) {
            const m = /^(\w+): ?(.*)$/.exec(line);
            if (m && m[1] !== '') e[m[1]] = m[1] === 'data' ? JSON.parse(m[2]) : m[2];
          }
          if (e.data || e.event) events.push(e);
        }
      }
    } catch {
      /* closed */
    }
  })();
  return {
    events,
    campaigns: () => events.filter((e) => e.data?.campaignIds?.length).map((e) => e.data.campaignIds[0]),
    until: async (test, ms = 8000) => {
      const end = Date.now() + ms;
      while (!test(events) && Date.now() < end) await sleep(25);
      return test(events);
    },
    close: async () => {
      controller.abort();
      await reading;
    },
  };
}

describe('Lead Kit server: the change log (missed changes replayed)', () => {
  let db;
  let key;
  let one;
  let two;
  before(async () => {
    db = await database();
    key = makeKey(db, 'replay');
    [one, two] = await Promise.all([server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0' }), server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0' })]);
  });
  after(async () => {
    await one?.stop();
    await two?.stop();
    db?.stop();
  });

  it('a subscriber that reconnects with Last-Event-ID receives the changes made meanwhile, exactly once, in order', async () => {
    const first = await subscribe(one.url, key);
    await call(one.url, 'POST', '/campaigns', { key, body: { id: 'R0', name: 'Seen live' } });
    assert.ok(await first.until((e) => e.some((x) => x.data?.campaignIds?.includes('R0'))), 'the first change arrives live');
    const last = first.events.find((x) => x.data?.campaignIds?.includes('R0')).id;
    assert.match(last, /^\d+$/, 'each change has an id');
    await first.close();
    for (const id of ['R1', 'R2', 'R3']) await call(two.url, 'POST', '/campaigns', { key, body: { id, name: id } });
    await sleep(300); // announced and logged
    const again = await subscribe(one.url, key, { lastEventId: last });
    assert.ok(await again.until((e) => e.filter((x) => x.data).length >= 3));
    await call(one.url, 'POST', '/campaigns', { key, body: { id: 'R4', name: 'Live after the replay' } });
    assert.ok(await again.until((e) => e.some((x) => x.data?.campaignIds?.includes('R4'))));
    await sleep(300);
    assert.deepEqual(again.campaigns(), ['R1', 'R2', 'R3', 'R4'], 'the missed ones once, in order, then live');
    const ids = again.events.map((x) => Number(x.id));
    assert.deepEqual(ids, [...ids].sort((a, b) => a - b), 'ids grow');
    assert.ok(ids[0] > Number(last));
    await again.close();
    // `?lastEventId=` (a new EventSource cannot send the header) works the same way.
    const byQuery = await subscribe(two.url, key, { query: `&lastEventId=${last}` });
    assert.ok(await byQuery.until((e) => e.filter((x) => x.data).length >= 4));
    assert.deepEqual(byQuery.campaigns(), ['R1', 'R2', 'R3', 'R4']);
    await byQuery.close();
  });

  it('an instance whose LISTEN connection was cut replays to its subscribers what was logged meanwhile', async () => {
    const watcher = await subscribe(two.url, key);
    await call(one.url, 'POST', '/campaigns', { key, body: { id: 'C0', name: 'Before the cut' } });
    assert.ok(await watcher.until((e) => e.some((x) => x.data?.campaignIds?.includes('C0'))));
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    const cut = await admin.query(`select pg_terminate_backend(pid) as ok from pg_stat_activity where application_name = $1`, [`lead-kit-server feed ${two.child.pid}`]);
    assert.equal(cut.rows.length, 1, "instance 2's feed connection was found and cut");
    // Written through instance 1 while instance 2 cannot hear the channel.
    for (const id of ['C1', 'C2', 'C3']) await call(one.url, 'POST', '/campaigns', { key, body: { id, name: id } });
    await admin.end();
    assert.ok(await watcher.until((e) => ['C1', 'C2', 'C3'].every((id) => e.some((x) => x.data?.campaignIds?.includes(id))), 10_000), `replayed: ${JSON.stringify(watcher.campaigns())}`);
    await sleep(300);
    assert.deepEqual(watcher.campaigns(), ['C0', 'C1', 'C2', 'C3'], 'each once, in order');
    assert.ok(two.logs.some((l) => /change feed: replaying [1-9]\d* change/.test(l)), `instance 2 replayed from the log: ${two.logs.filter((l) => /feed/.test(l)).join(' | ')}`);
    await watcher.close();
  });

  it('a client whose last id is older than the log is told to reload; a bad id is 400', async () => {
    const before = await subscribe(one.url, key);
    await call(one.url, 'POST', '/campaigns', { key, body: { id: 'P0', name: 'Pruned soon' } });
    assert.ok(await before.until((e) => e.some((x) => x.data?.campaignIds?.includes('P0'))));
    const old = before.events.find((x) => x.data?.campaignIds?.includes('P0')).id;
    await before.close();
    await call(one.url, 'POST', '/campaigns', { key, body: { id: 'P1', name: 'Also pruned' } });
    await sleep(300);
    // An instance that keeps the log 0 hours prunes it when it starts (the hourly upkeep).
    const pruner = await server(db, { RATE_LIMIT: '0', REQUEST_RATE_LIMIT: '0', CHANGE_LOG_HOURS: '0' });
    try {
      const admin = new pg.Client({ connectionString: db.url });
      await admin.connect();
      for (let i = 0; i < 50; i++) {
        const { rows } = await admin.query('select pruned_through from change_log_state');
        if (Number(rows[0].pruned_through) >= Number(old)) break;
        await sleep(100);
      }
      await admin.end();
      const late = await subscribe(one.url, key, { lastEventId: old });
      assert.ok(await late.until((e) => e.some((x) => x.event === 'reload')), 'told to reload');
      await late.close();
      const bad = await openEvents(one.url, key, { query: '&lastEventId=soon' });
      assert.equal(bad.status, 400);
      await bad.body?.cancel();
    } finally {
      await pruner.stop();
    }
  });
});
