/**
 * <attendance-tracker> over 10k attendees on IndexedDB: search-to-result time per keystroke
 * (versus asking the adapter to search on every keystroke), and the check-in round trip (versus
 * one raw IndexedDB put).
 */
import '../src/define/lead-kit.js';
import '../src/define/attendance-tracker.js';
import { IndexedDBStore, LocalAdapter, type AttendanceTracker, type LeadKit } from '../src/index.js';
import { demoPeople } from '../src/internal/demo-data.js';
import { deleteDb } from './watch.js';

const painted = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

export async function attendance({ n, runs }: { n: number; runs: number }) {
  const name = 'lead-kit-bench-event';
  await deleteDb(name);
  const store = new IndexedDBStore(name);
  const adapter = new LocalAdapter(store);
  await adapter.saveCampaign({ id: 'EV', name: 'Event', type: 'event' });
  await adapter.importLeads({ campaignId: 'EV', status: 'Registered' }, demoPeople(n, 'door'));

  document.querySelector('#stage')?.remove();
  const stage = document.createElement('div');
  stage.id = 'stage';
  stage.style.cssText = 'width:900px;position:fixed;top:0;left:0;background:#fff';
  document.body.append(stage);
  const kit = document.createElement('lead-kit') as LeadKit;
  kit.adapter = adapter;
  const el = document.createElement('attendance-tracker') as AttendanceTracker;
  el.setAttribute('campaign', 'EV');
  el.setAttribute('outbox', 'lead-kit-bench-outbox');
  kit.append(el);
  const t0 = performance.now();
  stage.append(kit);
  const people = () => el.attendees; // the tracker's documented read-only door list
  while (people().length < n) await new Promise((r) => setTimeout(r, 5));
  const loadMs = performance.now() - t0;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;

  // Type queries one character at a time, as at the door.
  const queries = ['Ștefan Ionescu', 'door4711@', 'Lumière', 'Коваленко', 'thi mai'];
  const keystroke: number[] = [];
  const adapterSearch: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        const text = q.slice(0, i);
        const t = performance.now();
        input.value = text;
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        keystroke.push(performance.now() - t);
        if (r === 0) {
          const a = performance.now();
          await adapter.pageMembers({ campaignId: 'EV', search: text, limit: 8 });
          adapterSearch.push(performance.now() - a);
        }
      }
      await painted();
    }
  }

  // Check-in round trip: click to the applied event.
  const roundTrip: number[] = [];
  const list = people().slice(0, runs * 3);
  for (const a of list) {
    const t = performance.now();
    const done = new Promise((r) => el.addEventListener('attendee-checked-in', r, { once: true }));
    void el.checkIn(a);
    await done;
    roundTrip.push(performance.now() - t);
  }
  // The adapter's own share: checkIn called directly (no element, no outbox) on other attendees.
  const direct: number[] = [];
  for (const a of people().slice(runs * 3, runs * 6)) {
    const t = performance.now();
    await adapter.checkIn({ campaignId: 'EV', code: a.member.id, checkInId: `direct-${a.member.id}` });
    direct.push(performance.now() - t);
  }
  // Baseline: one raw put of the same member record in its own readwrite transaction.
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(name);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const raw: number[] = [];
  const sample = await new Promise<Record<string, unknown>[]>((resolve) => {
    const r = db.transaction('members').objectStore('members').getAll(null, list.length);
    r.onsuccess = () => resolve(r.result as Record<string, unknown>[]);
  });
  for (const rec of sample) {
    const t = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('members', 'readwrite');
      tx.objectStore('members').put({ ...rec, updatedAt: new Date().toISOString() });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    raw.push(performance.now() - t);
  }
  db.close();
  stage.remove();
  store.close();
  await deleteDb(name);
  await deleteDb('lead-kit-bench-outbox');
  return {
    n,
    loadMs,
    keystrokes: keystroke.length,
    keystrokeMedian: median(keystroke),
    keystrokeP95: p95(keystroke),
    adapterSearchMedian: median(adapterSearch),
    adapterSearchP95: p95(adapterSearch),
    checkInMedian: median(roundTrip),
    adapterCheckInMedian: median(direct),
    rawPutMedian: median(raw),
  };
}
