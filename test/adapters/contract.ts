/**
 * The DataAdapter contract: every adapter (memory, IndexedDB, REST…) must pass this suite.
 * `setup` returns a fresh, empty adapter, a factory for a second instance on the same data
 * (another tab, another client) and a cleanup.
 */
import { expect } from '@open-wc/testing';
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type ChangeEvent,
  type DataAdapter,
} from '../../src/adapters/adapter.js';
import type { LeadSubmission } from '../../src/model/submission.js';
import { foldText } from '../../src/domain/matching.js';
import type { LeadFieldsInput } from '../../src/model/person.js';
import { nextEvent, rejectsWith } from '../helpers/expect-error.js';
import { recordsContract } from './contract-records.js';

export interface ContractFixture {
  adapter: DataAdapter;
  peer: () => DataAdapter;
  cleanup: () => Promise<void>;
}

let counter = 0;
const sid = () => `sub-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2)}`;
const submission = (campaignId: string, lead: LeadSubmission['lead'], extra: Partial<LeadSubmission> = {}): LeadSubmission => ({
  submissionId: sid(),
  campaignId,
  lead,
  ...extra,
});

/** Everything a test can observe of a campaign, to prove a refused write changed nothing. */
async function snapshot(adapter: DataAdapter, campaignId: string) {
  const campaigns = await adapter.listCampaigns();
  const counts = await adapter.countMembers(campaignId);
  const page = await adapter.pageMembers({ campaignId, limit: 500 });
  return JSON.stringify({ campaigns, counts, page });
}

export function adapterContract(name: string, setup: () => Promise<ContractFixture>): void {
  describe(`DataAdapter contract: ${name}`, () => {
    let fx: ContractFixture;
    let a: DataAdapter;
    beforeEach(async () => {
      fx = await setup();
      a = fx.adapter;
    });
    afterEach(async () => fx.cleanup());

    describe('campaigns', () => {
      it('creates a campaign with the default member statuses of its type', async () => {
        const email = await a.saveCampaign({ name: 'Spring newsletter', type: 'email' });
        expect(email.version).to.equal(1);
        expect(email.memberStatuses.map((s) => s.label)).to.deep.equal(['Sent', 'Responded']);
        expect(email.memberStatuses.find((s) => s.default)?.label).to.equal('Sent');
        const event = await a.saveCampaign({ name: 'Kyiv meetup', type: 'event' });
        expect(event.memberStatuses.map((s) => [s.label, s.responded])).to.deep.equal([
          ['Invited', false],
          ['Registered', false],
          ['Attended', true],
          ['No-show', false],
        ]);
        expect(await a.getCampaign(event.id)).to.deep.equal(event);
        // Statuses a public web form may record are flagged and kept as given.
        const statuses = [
          { label: 'Sent', responded: false, default: true },
          { label: 'Opened', responded: false, default: false, webForm: true },
          { label: 'Clicked', responded: true, default: false, webForm: true },
        ];
        const flagged = await a.saveCampaign({ name: 'Web form', type: 'email', memberStatuses: statuses });
        expect((await a.getCampaign(flagged.id)).memberStatuses).to.deep.equal(statuses);
        await a.saveCampaign({ ...flagged, memberStatuses: statuses.map((s) => ({ ...s, webForm: false })) });
        expect((await a.getCampaign(flagged.id)).memberStatuses.map((s) => !!s.webForm)).to.deep.equal([false, false, false]);
        expect((await a.listCampaigns()).map((c) => c.name)).to.deep.equal(['Kyiv meetup', 'Spring newsletter', 'Web form']);
      });

      it('updates with the version read and refuses a stale version, writing nothing', async () => {
        const c = await a.saveCampaign({ id: 'A', name: 'A', type: 'webinar', budgetedCost: 1000 });
        const updated = await a.saveCampaign({ ...c, name: 'Webinar A', actualCost: 800 });
        expect(updated.version).to.equal(2);
        expect(updated.actualCost).to.equal(800);
        const before = await snapshot(a, 'A');
        await rejectsWith(a.saveCampaign({ ...c, name: 'Lost update' }), ConflictError);
        expect(await snapshot(a, 'A')).to.equal(before);
        expect((await a.getCampaign('A')).name).to.equal('Webinar A');
      });

      it('refuses invalid campaigns with per-field issues and writes nothing', async () => {
        await a.saveCampaign({ id: 'A', name: 'A' });
        const before = await snapshot(a, 'A');
        const e1 = await rejectsWith(a.saveCampaign({ name: '  ', type: 'event', budgetedCost: -5 }), ValidationError);
        expect(e1.issues.map((i) => `${i.path}:${i.code}`)).to.include.members(['name:required', 'budgetedCost:too_small']);
        const e2 = await rejectsWith(
          a.saveCampaign({
            name: 'Two defaults',
            memberStatuses: [
              { label: 'Sent', responded: false, default: true },
              { label: 'Opened', responded: true, default: true },
            ],
          }),
          ValidationError,
        );
        expect(e2.issues.map((i) => i.code)).to.include('one_default');
        const e3 = await rejectsWith(a.saveCampaign({ name: 'Backwards', startDate: '2026-05-02', endDate: '2026-05-01' }), ValidationError);
        expect(e3.issues.map((i) => `${i.path}:${i.code}`)).to.include('endDate:end_before_start');
        const e4 = await rejectsWith(a.saveCampaign({ name: 'Orphan', parentId: 'nope' }), ValidationError);
        expect(e4.issues[0].path).to.equal('parentId');
        expect(await snapshot(a, 'A')).to.equal(before);
      });

      it('reports a missing campaign as not found', async () => {
        const e = await rejectsWith(a.getCampaign('missing'), NotFoundError);
        expect(e.id).to.equal('missing');
      });
    });

    describe('email matching and submissions', () => {
      it('keeps a custom field that is a list (a form\'s multiple checkboxes), and refuses one too long', async () => {
        const r = await a.submitLead(submission('A', { email: 'lists@example.com', custom: { topics: ['crm', 'events'], size: 'm' } }));
        expect((await a.getLead(r.person.id)).custom).to.deep.equal({ topics: ['crm', 'events'], size: 'm' });
        const e = await rejectsWith(a.submitLead(submission('A', { email: 'long-list@example.com', custom: { topics: Array.from({ length: 51 }, (_, i) => `t${i}`) } })), ValidationError);
        expect(e.issues[0].path).to.match(/custom/);
        expect(await a.findPersonByEmail('long-list@example.com')).to.equal(null);
      });

      it('matches " Ana.Pop@Example.COM " and "ana.pop@example.com" as one person, keeping what was typed', async () => {
        const first = await a.submitLead(submission('A', { email: ' Ana.Pop@Example.COM ', firstName: 'Ana' }));
        expect(first.matched).to.equal(false);
        expect(first.campaignCreated).to.equal(true);
        const second = await a.submitLead(submission('A', { email: 'ana.pop@example.com', lastName: 'Pop' }));
        expect(second.matched).to.equal(true);
        expect(second.person).to.deep.equal(first.person);
        expect(second.memberId).to.equal(first.memberId);
        const lead = await a.getLead(first.person.id);
        expect(lead.email).to.equal('Ana.Pop@Example.COM');
        expect(lead.lastName).to.equal('Pop'); // an empty field was filled
        expect(await a.findPersonByEmail('ANA.POP@example.com')).to.deep.equal(first.person);
        expect((await a.countMembers('A')).total).to.equal(1);
      });

      it('does not merge Gmail addresses that differ by dots', async () => {
        const r1 = await a.submitLead(submission('A', { email: 'ana.pop@gmail.com' }));
        const r2 = await a.submitLead(submission('A', { email: 'anapop@gmail.com' }));
        expect(r2.matched).to.equal(false);
        expect(r2.person.id).not.to.equal(r1.person.id);
        expect((await a.countMembers('A')).leads).to.equal(2);
      });

      it('adds a second membership, not a second lead, when the same person answers another campaign', async () => {
        const r1 = await a.submitLead(submission('A', { email: 'olena@example.com', firstName: 'Олена', company: 'Acme' }));
        const r2 = await a.submitLead(submission('B', { email: 'OLENA@example.com', firstName: 'Other', company: 'Other Ltd' }));
        expect(r2.matched).to.equal(true);
        expect(r2.person.id).to.equal(r1.person.id);
        expect(r2.memberId).not.to.equal(r1.memberId);
        const lead = await a.getLead(r1.person.id);
        expect(lead.firstName).to.equal('Олена'); // filled fields are never overwritten
        expect(lead.company).to.equal('Acme');
        const pageB = await a.pageMembers({ campaignId: 'B' });
        expect(pageB.items.map((m) => m.leadId)).to.deep.equal([r1.person.id]);
      });

      it('records the campaign\'s responded status, and the first-responded date follows the status', async () => {
        const before = Date.now();
        const r = await a.submitLead(submission('A', { email: 'x@example.com' }));
        const [m] = (await a.pageMembers({ campaignId: 'A' })).items;
        expect(m.id).to.equal(r.memberId);
        expect(m.status).to.equal('Responded');
        expect(m.responded).to.equal(true);
        // The moment of the submission (server clocks may differ by a little).
        expect(new Date(m.firstRespondedAt!).toISOString()).to.equal(m.firstRespondedAt);
        expect(Date.parse(m.firstRespondedAt!)).to.be.within(before - 1000, Date.now() + 1000);
        expect(m.firstRespondedAt).to.equal(m.createdAt);
        const [back] = await a.setMemberStatus({ campaignId: 'A', members: [{ id: m.id, version: m.version }], status: 'Sent' });
        expect(back.responded).to.equal(false);
        expect(back.firstRespondedAt).to.equal(m.firstRespondedAt);
        const counts = await a.countMembers('A');
        expect(counts.byStatus).to.deep.equal({ Sent: 1 });
        expect(counts.responded).to.equal(0);
      });

      it("keeps the person's copy on their other campaigns in step when a submission fills their fields", async () => {
        const r1 = await a.submitLead(submission('A', { email: 'copy@example.com' }));
        const [onA] = await a.getMembers([r1.memberId]);
        expect(onA.person.firstName).to.equal(undefined);
        const r2 = await a.submitLead(submission('B', { email: 'copy@example.com', firstName: 'Ioana', company: 'Dacia' }));
        expect(r2.matched).to.equal(true);
        const [copyOnA, onB] = await a.getMembers([r1.memberId, r2.memberId]);
        expect(copyOnA.person).to.deep.include({ firstName: 'Ioana', company: 'Dacia', email: 'copy@example.com' });
        expect(onB.person).to.deep.equal(copyOnA.person);
        expect(copyOnA.version).to.equal(onA.version + 1);
        // A list of campaign A finds the person by the new name.
        expect((await a.pageMembers({ campaignId: 'A', search: 'ioana' })).items.map((m) => m.id)).to.deep.equal([r1.memberId]);
      });

      it('moves an existing membership to the status of a new submission on the same campaign (registered, then attended)', async () => {
        await a.saveCampaign({ id: 'E', name: 'Expo', type: 'event' });
        const before = Date.now();
        const r1 = await a.submitLead(submission('E', { email: 'reg@example.com', firstName: 'Reg' }, { status: 'Registered' }));
        const [registered] = await a.getMembers([r1.memberId]);
        expect([registered.status, registered.responded, registered.firstRespondedAt]).to.deep.equal(['Registered', false, undefined]);
        const r2 = await a.submitLead(submission('E', { email: 'REG@example.com' }, { status: 'Attended' }));
        expect([r2.matched, r2.memberCreated, r2.memberId]).to.deep.equal([true, false, r1.memberId]);
        const [attended] = await a.getMembers([r1.memberId]);
        expect([attended.status, attended.responded]).to.deep.equal(['Attended', true]);
        const at = Date.parse(attended.firstRespondedAt!);
        expect(at).to.be.within(before - 1000, Date.now() + 1000);
        expect(attended.version).to.equal(registered.version + 1);
        expect((await a.countMembers('E')).byStatus).to.deep.equal({ Attended: 1 });
      });

      it('matches an email typed decomposed (NFD) and composed (NFC) as one person', async () => {
        const composed = 'josé.đặng@example.com';
        const decomposed = composed.normalize('NFD');
        expect(decomposed).not.to.equal(composed);
        const r1 = await a.submitLead(submission('A', { email: decomposed, firstName: 'José' }));
        const r2 = await a.submitLead(submission('A', { email: composed.toUpperCase() }));
        expect(r2.matched).to.equal(true);
        expect(r2.person).to.deep.equal(r1.person);
        expect(await a.findPersonByEmail(decomposed)).to.deep.equal(r1.person);
        expect(await a.findPersonByEmail(composed)).to.deep.equal(r1.person);
        expect((await a.getLead(r1.person.id)).email).to.equal(composed);
        expect((await a.countMembers('A')).leads).to.equal(1);
      });

      it('is idempotent for a submission id, even when sent twice at once', async () => {
        const input = submission('A', { email: 'twice@example.com', firstName: 'Two' });
        const [r1, r2] = await Promise.all([a.submitLead(input), a.submitLead(input)]);
        const r3 = await a.submitLead(input);
        expect(r2).to.deep.equal(r1);
        expect(r3).to.deep.equal(r1);
        const counts = await a.countMembers('A');
        expect(counts.total).to.equal(1);
        expect(counts.leads).to.equal(1);
        const e = await rejectsWith(a.submitLead({ ...input, lead: { ...input.lead, firstName: 'Changed' } }), ConflictError);
        expect(e.reason).to.equal('idempotency');
      });

      it('accepts internationalized emails and names in any script, stored NFC and as typed', async () => {
        const nfd = 'Nguyễn Thị Ánh'.normalize('NFD');
        const r = await a.submitLead(
          submission('A', { email: 'олена@приклад.укр', firstName: nfd, lastName: 'Ștefănescu', company: '<img src=x onerror=alert(1)>' }),
        );
        const lead = await a.getLead(r.person.id);
        expect(lead.email).to.equal('олена@приклад.укр');
        expect(lead.firstName).to.equal('Nguyễn Thị Ánh'.normalize('NFC'));
        expect(lead.firstName).not.to.equal(nfd);
        expect(lead.lastName).to.equal('Ștefănescu');
        expect(lead.company).to.equal('<img src=x onerror=alert(1)>');
      });

      it('refuses an invalid submission with per-field issues and writes nothing', async () => {
        await a.submitLead(submission('A', { email: 'keep@example.com' }));
        const before = await snapshot(a, 'A');
        const e = await rejectsWith(a.submitLead(submission('A', { email: 'not an email', employees: -1 })), ValidationError);
        expect(e.issues.map((i) => `${i.path}:${i.code}`)).to.include.members(['lead.email:email', 'lead.employees:too_small']);
        const e2 = await rejectsWith(a.submitLead(submission('A', { email: 'ok@example.com' }, { status: 'Nope' })), ValidationError);
        expect(e2.issues[0]).to.include({ path: 'status', code: 'unknown_status' });
        expect(await snapshot(a, 'A')).to.equal(before);
        expect(await a.findPersonByEmail('ok@example.com')).to.equal(null);
      });
    });

    describe('leads', () => {
      it('creates, reads and updates a lead; a stale version is a conflict and writes nothing', async () => {
        const lead = await a.createLead({ firstName: 'Ion', lastName: 'Popescu', email: 'ion@example.ro', rating: 'hot' });
        expect(lead).to.include({ version: 1, status: 'open', source: 'other', rating: 'hot' });
        await a.submitLead(submission('A', { email: 'ion@example.ro' }));
        const updated = await a.updateLead(lead.id, 1, { company: 'Dacia', lastName: 'Popescu-Ionescu' });
        expect(updated.version).to.equal(2);
        const [member] = (await a.pageMembers({ campaignId: 'A' })).items;
        expect(member.person).to.deep.include({ lastName: 'Popescu-Ionescu', company: 'Dacia' });
        await rejectsWith(a.updateLead(lead.id, 1, { company: 'Lost' }), ConflictError);
        expect((await a.getLead(lead.id)).company).to.equal('Dacia');
        await rejectsWith(a.getLead('nope'), NotFoundError);
        const e = await rejectsWith(a.createLead({ email: 'bad@', phone: 'x'.repeat(100) }), ValidationError);
        expect(e.issues.map((i) => i.path)).to.include.members(['email', 'phone']);
      });

      it('keeps consent as records only ever added: a later form without consent changes none, a withdrawal stands, conversion carries them to the contact', async () => {
        const given = { purpose: 'newsletter', given: true, text: 'Send me the newsletter', version: '2026-11', at: '2026-11-02T10:00:00.000Z', pageUrl: 'https://example.com/lp', source: 'form' as const };
        const first = await a.submitLead({ ...submission('A', { email: 'consent@example.com', lastName: 'Cons' }), lead: { email: 'consent@example.com', lastName: 'Cons', consents: [given] } });
        const ref = first.person;
        expect((await a.getLead(ref.id)).consents).to.deep.equal([given]);
        // A second form, without consent: nothing changes.
        await a.submitLead(submission('B', { email: 'consent@example.com' }));
        expect((await a.getLead(ref.id)).consents).to.deep.equal([given]);
        // Withdrawn through a link: a record, at the time of the call.
        const records = await a.recordConsent({ person: ref, purpose: 'newsletter', given: false, source: 'link' });
        expect(records.map((r) => [r.purpose, r.given, r.source])).to.deep.equal([
          ['newsletter', true, 'form'],
          ['newsletter', false, 'link'],
        ]);
        expect(Date.parse(records[1].at)).to.be.above(Date.parse(given.at));
        // A later form without that purpose leaves the withdrawal standing; one asking another purpose adds it.
        await a.submitLead({ ...submission('C', { email: 'consent@example.com' }), lead: { email: 'consent@example.com', consent: { given: true, text: 'Contact me', at: '2026-12-01T09:00:00.000Z' } } });
        const lead = await a.getLead(ref.id);
        expect(lead.consents!.map((r) => [r.purpose, r.given])).to.deep.equal([
          ['newsletter', true],
          ['newsletter', false],
          ['contact', true],
        ]);
        // updateLead adds, never replaces.
        const updated = await a.updateLead(lead.id, lead.version, { consents: [{ ...given, purpose: 'partners', at: '2026-12-02T09:00:00.000Z' }] });
        expect(updated.consents).to.have.length(4);
        // Conversion carries them to the contact; the converted lead takes no more.
        const { contactId } = await a.convertLead({ leadId: updated.id, leadVersion: updated.version, account: { mode: 'new' }, contact: { mode: 'new' } });
        const contact = await a.getContact(contactId);
        expect(contact.consents).to.deep.equal(updated.consents);
        await rejectsWith(a.recordConsent({ person: ref, purpose: 'newsletter', given: true }), ConflictError);
        expect((await a.recordConsent({ person: { type: 'contact', id: contact.id }, purpose: 'contact', given: false })).at(-1)).to.include({ purpose: 'contact', given: false, source: 'api' });
        await rejectsWith(a.recordConsent({ person: { type: 'contact', id: 'nobody' }, purpose: 'contact', given: false }), NotFoundError);
        for (const bad of [{ purpose: 'News Letter' }, { purpose: '' }, { purpose: 'x'.repeat(41) }, { given: 'no' }, { source: 'form' }]) {
          await rejectsWith(a.recordConsent({ person: { type: 'contact', id: contact.id }, purpose: 'contact', given: false, ...bad } as never), ValidationError);
        }
      });
    });

    describe('returning visitors (progressive profiling)', () => {
      it('tells the names of the fields known for a visitor id, never values; follows the person to a new email and through conversion', async () => {
        const visitorId = 'visitor-0000000000000001';
        expect(await a.knownFields(visitorId)).to.deep.equal([]);
        await a.submitLead({ ...submission('A', { email: 'back@example.com', firstName: 'Ana', company: 'Acme', custom: { budget: '5000', empty: '' } }), visitorId });
        expect([...(await a.knownFields(visitorId))].sort()).to.deep.equal(['company', 'custom.budget', 'email', 'firstName']);
        // The next visit fills what was asked: the answers join the person.
        await a.submitLead({ ...submission('B', { email: 'back@example.com', title: 'CTO', phone: '+40 21 000 0000' }), visitorId });
        expect([...(await a.knownFields(visitorId))].sort()).to.deep.equal(['company', 'custom.budget', 'email', 'firstName', 'phone', 'title']);
        // Someone else on the same device: the visitor is now that person.
        await a.submitLead({ ...submission('A', { email: 'other@example.com' }), visitorId });
        expect(await a.knownFields(visitorId)).to.deep.equal(['email']);
        // Converted: the contact's fields.
        const ref = await a.findPersonByEmail('other@example.com');
        const lead = await a.getLead(ref!.id);
        const updated = await a.updateLead(lead.id, lead.version, { lastName: 'Other', company: 'Other Co' });
        await a.convertLead({ leadId: updated.id, leadVersion: updated.version, account: { mode: 'new' }, contact: { mode: 'new' } });
        expect([...(await a.knownFields(visitorId))].sort()).to.include.members(['email', 'lastName']);
        for (const bad of ['short', 'x'.repeat(65), 'has space 0000000000', '../../etc/passwd000']) await rejectsWith(a.knownFields(bad), ValidationError);
        await rejectsWith(a.submitLead({ ...submission('A', { email: 'v@example.com' }), visitorId: 'no good' }), ValidationError);
      });
    });

    describe('members', () => {
      const people = (n: number, offset = 0): LeadFieldsInput[] =>
        Array.from({ length: n }, (_, i) => ({
          firstName: `F${String(i + offset).padStart(3, '0')}`,
          lastName: ['Đặng', 'Ștefan', 'adams', 'Zhou', 'Ólafsson', 'Brown'][(i + offset) % 6],
          email: `p${i + offset}@example.com`,
          company: `Co ${(i + offset) % 7}`,
        }));

      async function seeded(n: number) {
        await a.saveCampaign({ id: 'E', name: 'Event', type: 'event' });
        return a.importLeads({ campaignId: 'E' }, people(n));
      }

      it('pages through every member with keyset cursors in name order, both directions', async () => {
        const r = await seeded(120);
        expect(r).to.deep.include({ created: 120, matched: 0, membersCreated: 120 });
        const expected = people(120)
          .map((p) => `${foldText(p.lastName)}\u0001${foldText(p.firstName)}`)
          .sort();
        for (const direction of ['asc', 'desc'] as const) {
          const seen: string[] = [];
          let cursor: string | undefined;
          let pages = 0;
          do {
            const page = await a.pageMembers({ campaignId: 'E', limit: 50, cursor, direction });
            seen.push(...page.items.map((m) => `${foldText(m.person.lastName)}\u0001${foldText(m.person.firstName)}`));
            cursor = page.nextCursor;
            pages++;
          } while (cursor);
          expect(pages).to.equal(3);
          expect(seen).to.deep.equal(direction === 'asc' ? expected : [...expected].reverse());
        }
      });

      it('jumps to a position with offset and pages on from there', async () => {
        await seeded(120);
        const all: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await a.pageMembers({ campaignId: 'E', limit: 50, cursor });
          all.push(...page.items.map((m) => m.id));
          cursor = page.nextCursor;
        } while (cursor);
        const jump = await a.pageMembers({ campaignId: 'E', limit: 10, offset: 57 });
        expect(jump.items.map((m) => m.id)).to.deep.equal(all.slice(57, 67));
        const next = await a.pageMembers({ campaignId: 'E', limit: 10, cursor: jump.nextCursor });
        expect(next.items.map((m) => m.id)).to.deep.equal(all.slice(67, 77));
        const back = await a.pageMembers({ campaignId: 'E', limit: 5, offset: 3, direction: 'desc' });
        expect(back.items.map((m) => m.id)).to.deep.equal([...all].reverse().slice(3, 8));
        expect((await a.pageMembers({ campaignId: 'E', offset: 500 })).items).to.deep.equal([]);
        // Past the middle (read from the other end): same rows, and the cursor pages on.
        const far = await a.pageMembers({ campaignId: 'E', limit: 10, offset: 100 });
        expect(far.items.map((m) => m.id)).to.deep.equal(all.slice(100, 110));
        const after = await a.pageMembers({ campaignId: 'E', limit: 20, cursor: far.nextCursor });
        expect(after.items.map((m) => m.id)).to.deep.equal(all.slice(110, 120));
        expect(after.nextCursor).to.equal(undefined);
        const tail = await a.pageMembers({ campaignId: 'E', limit: 10, offset: 115 });
        expect(tail.items.map((m) => m.id)).to.deep.equal(all.slice(115));
        expect(tail.nextCursor).to.equal(undefined);
        const farDesc = await a.pageMembers({ campaignId: 'E', limit: 10, offset: 90, direction: 'desc' });
        expect(farDesc.items.map((m) => m.id)).to.deep.equal([...all].reverse().slice(90, 100));
      });

      it('sorts by company, email, status and date added', async () => {
        await seeded(30);
        for (const sort of ['company', 'email', 'status', 'added'] as const) {
          const { items } = await a.pageMembers({ campaignId: 'E', sort, limit: 100 });
          expect(items).to.have.length(30);
          const keys = items.map((m) =>
            sort === 'company' ? foldText(m.person.company) : sort === 'email' ? m.person.email! : sort === 'status' ? m.status.toLowerCase() : m.createdAt,
          );
          expect(keys).to.deep.equal([...keys].sort());
        }
      });

      it('sorts by type (contacts before leads) and by responded (then first-responded date), within a status too', async () => {
        await seeded(12);
        const { items } = await a.pageMembers({ campaignId: 'E', limit: 4 });
        await a.setMemberStatus({ campaignId: 'E', members: items.slice(0, 2).map((m) => ({ id: m.id, version: m.version })), status: 'Attended' });
        const responded = await a.pageMembers({ campaignId: 'E', sort: 'responded', direction: 'desc', limit: 100 });
        expect(responded.items.slice(0, 2).every((m) => m.responded)).to.equal(true);
        expect(responded.items.slice(2).every((m) => !m.responded)).to.equal(true);
        const byType = await a.pageMembers({ campaignId: 'E', sort: 'type', limit: 100 });
        const names = byType.items.map((m) => `${foldText(m.person.lastName)}\u0001${foldText(m.person.firstName)}`);
        expect(names).to.deep.equal([...names].sort());
        const attendedByType = await a.pageMembers({ campaignId: 'E', status: 'Attended', sort: 'type', limit: 100 });
        expect(attendedByType.items).to.have.length(2);
      });

      it('finds people to add by name, email or company, leads and contacts, without converted leads', async () => {
        await seeded(12);
        const found = await a.searchPeople('ȘTEFAN');
        expect(found.map((p) => p.person.lastName)).to.deep.equal(['Ștefan', 'Ștefan']);
        expect(found.every((p) => p.ref.type === 'lead')).to.equal(true);
        expect((await a.searchPeople('p7@example')).map((p) => p.person.email)).to.deep.equal(['p7@example.com']);
        expect(await a.searchPeople('nobody-like-this')).to.deep.equal([]);
        await rejectsWith(a.searchPeople('x'.repeat(300)), ValidationError);
        // Vietnamese đ matches d (and the other way round), in every adapter and the server alike.
        await a.createLead({ firstName: 'Đức', lastName: 'Đặng', email: 'duc.dang@example.vn', company: 'Công ty Đông Á' });
        for (const text of ['dang duc', 'ĐẶNG ĐỨC', 'dong a duc', 'Đông Á đức']) {
          expect((await a.searchPeople(text)).map((p) => p.person.email), text).to.deep.equal(['duc.dang@example.vn']);
        }
      });

      it('filters by status and type and searches name, email or company, accent-insensitively', async () => {
        await seeded(60);
        const { items } = await a.pageMembers({ campaignId: 'E', limit: 5 });
        await a.setMemberStatus({ campaignId: 'E', members: items.map((m) => ({ id: m.id, version: m.version })), status: 'attended' });
        const attended = await a.pageMembers({ campaignId: 'E', status: 'Attended' });
        expect(attended.items.map((m) => m.id).sort()).to.deep.equal(items.map((m) => m.id).sort());
        expect((await a.pageMembers({ campaignId: 'E', type: 'contact' })).items).to.have.length(0);
        expect((await a.pageMembers({ campaignId: 'E', type: 'lead', limit: 500 })).items).to.have.length(60);
        const stefan = await a.pageMembers({ campaignId: 'E', search: 'stefan', limit: 500 });
        expect(stefan.items).to.have.length(10);
        expect(stefan.items.every((m) => m.person.lastName === 'Ștefan')).to.equal(true);
        const byEmail = await a.pageMembers({ campaignId: 'E', search: 'P7@EXAMPLE', limit: 500 });
        expect(byEmail.items.map((m) => m.person.email)).to.deep.equal(['p7@example.com']);
        const paged = await a.pageMembers({ campaignId: 'E', search: 'zhou', limit: 3 });
        expect(paged.items).to.have.length(3);
        const rest = await a.pageMembers({ campaignId: 'E', search: 'ZHOU', limit: 100, cursor: paged.nextCursor });
        expect(rest.nextCursor).to.equal(undefined);
        const ids = [...paged.items, ...rest.items].map((m) => m.person.email);
        expect(new Set(ids).size).to.equal(10);
        expect(ids.length).to.equal(10);
        await rejectsWith(a.pageMembers({ campaignId: 'E', cursor: 'garbage' }), ValidationError);
      });

      it('keeps counts by status in step with every change', async () => {
        await seeded(10);
        let counts = await a.countMembers('E');
        expect(counts).to.deep.equal({ total: 10, leads: 10, contacts: 0, responded: 0, convertedLeads: 0, byStatus: { Invited: 10 }, walkIns: 0 });
        const { items } = await a.pageMembers({ campaignId: 'E', limit: 4 });
        const refs = items.map((m) => ({ id: m.id, version: m.version }));
        const moved = await a.setMemberStatus({ campaignId: 'E', members: refs.slice(0, 3), status: 'Attended' });
        counts = await a.countMembers('E');
        expect(counts.byStatus).to.deep.equal({ Invited: 7, Attended: 3 });
        expect(counts.responded).to.equal(3);
        await a.removeMembers({ campaignId: 'E', members: [{ id: moved[0].id, version: moved[0].version }, refs[3]] });
        counts = await a.countMembers('E');
        expect(counts).to.deep.equal({ total: 8, leads: 8, contacts: 0, responded: 2, convertedLeads: 0, byStatus: { Invited: 6, Attended: 2 }, walkIns: 0 });
      });

      it('refuses a stale status change for all members at once, writing nothing', async () => {
        await seeded(3);
        const { items } = await a.pageMembers({ campaignId: 'E' });
        await a.setMemberStatus({ campaignId: 'E', members: [{ id: items[0].id, version: items[0].version }], status: 'Registered' });
        const before = await snapshot(a, 'E');
        await rejectsWith(
          a.setMemberStatus({ campaignId: 'E', members: items.map((m) => ({ id: m.id, version: m.version })), status: 'Attended' }),
          ConflictError,
        );
        await rejectsWith(a.removeMembers({ campaignId: 'E', members: [{ id: items[0].id, version: items[0].version }] }), ConflictError);
        expect(await snapshot(a, 'E')).to.equal(before);
      });

      it('adds existing people once, with a chosen status, and refuses bad input writing nothing', async () => {
        await a.saveCampaign({ id: 'E', name: 'Event', type: 'event' });
        const lead = await a.createLead({ email: 'add@example.com', lastName: 'Add' });
        const added = await a.addMembers({ campaignId: 'E', people: [{ type: 'lead', id: lead.id }], status: 'Registered' });
        expect(added).to.have.length(1);
        expect(added[0]).to.include({ status: 'Registered', responded: false, leadId: lead.id });
        const again = await a.addMembers({ campaignId: 'E', people: [{ type: 'lead', id: lead.id }] });
        expect(again).to.have.length(0);
        const before = await snapshot(a, 'E');
        await rejectsWith(a.addMembers({ campaignId: 'E', people: [{ type: 'lead', id: lead.id }, { type: 'lead', id: 'ghost' }] }), NotFoundError);
        await rejectsWith(a.addMembers({ campaignId: 'E', people: [] }), ValidationError);
        await rejectsWith(a.addMembers({ campaignId: 'E', people: [{ type: 'lead', id: lead.id }], status: 'Nope' }), ValidationError);
        await rejectsWith(a.setMemberStatus({ campaignId: 'E', members: [{ id: added[0].id, version: 0 }], status: 'Attended' }), ValidationError);
        await rejectsWith(a.removeMembers({ campaignId: 'E', members: [] }), ValidationError);
        expect(await snapshot(a, 'E')).to.equal(before);
      });

      it('imports rows, matching existing people and repeated emails, and reports invalid rows', async () => {
        await a.saveCampaign({ id: 'E', name: 'Event', type: 'event' });
        await a.submitLead(submission('OTHER', { email: 'known@example.com', firstName: 'Known' }));
        const progress: number[] = [];
        const r = await a.importLeads(
          { campaignId: 'E', status: 'Registered' },
          [
            { email: 'KNOWN@example.com', lastName: 'Filled' },
            { email: 'new@example.com', firstName: 'New' },
            { email: 'not-an-email', firstName: 'Bad' },
            { email: 'new@example.com', lastName: 'Again' },
            { firstName: 'No email' },
            { firstName: 'No email either' },
          ],
          { onProgress: (done) => progress.push(done) },
        );
        expect(r.created).to.equal(3);
        expect(r.matched).to.equal(2);
        expect(r.membersCreated).to.equal(4);
        expect(r.errors).to.deep.equal([{ row: 3, path: 'email', code: 'email', message: r.errors[0].message }]);
        expect(progress.at(-1)).to.equal(6);
        const counts = await a.countMembers('E');
        expect(counts).to.deep.include({ total: 4, leads: 4 });
        expect(counts.byStatus).to.deep.equal({ Registered: 4 });
        const known = await a.findPersonByEmail('known@example.com');
        expect((await a.getLead(known!.id)).lastName).to.equal('Filled');
        const before = await snapshot(a, 'E');
        await rejectsWith(a.importLeads({ campaignId: 'E', status: 'Nope' }, [{ email: 'z@example.com' }]), ValidationError);
        await rejectsWith(a.importLeads({ campaignId: 'missing' }, [{ email: 'z@example.com' }]), NotFoundError);
        expect(await snapshot(a, 'E')).to.equal(before);
      });

      it('skips blank rows of an import (a spreadsheet\'s empty lines), counts them, and creates nothing for them', async () => {
        await a.saveCampaign({ id: 'B', name: 'Blank lines' });
        const r = await a.importLeads({ campaignId: 'B' }, [{ email: 'one@example.com' }, {}, { firstName: '  ', email: '' }, { lastName: 'Only' }, {}]);
        expect({ created: r.created, skipped: r.skipped, errors: r.errors }).to.deep.equal({ created: 2, skipped: 3, errors: [] });
        expect((await a.countMembers('B')).total).to.equal(2);
      });
    });

    describe('attendance', () => {
      async function event() {
        await a.saveCampaign({ id: 'EV', name: 'Summit', type: 'event' });
        await a.importLeads({ campaignId: 'EV', status: 'Registered' }, [
          { firstName: 'Ana', email: 'ana@example.com' },
          { firstName: 'Олена', email: 'olena@example.ua' },
        ]);
        const { items } = await a.pageMembers({ campaignId: 'EV' });
        return items;
      }

      it('checks a member in by member id or lead id, once; a second check-in reports the first', async () => {
        const [ana, olena] = await event();
        const r1 = await a.checkIn({ campaignId: 'EV', code: ana.id, checkInId: 'door-1-0001', at: '2026-11-28T09:42:00.000Z' });
        expect(r1).to.deep.include({ already: false, at: '2026-11-28T09:42:00.000Z' });
        expect(r1.member).to.deep.include({ status: 'Attended', responded: true, firstRespondedAt: '2026-11-28T09:42:00.000Z' });
        const replay = await a.checkIn({ campaignId: 'EV', code: ana.id, checkInId: 'door-1-0001' });
        expect(replay.already).to.equal(false);
        const again = await a.checkIn({ campaignId: 'EV', code: ana.leadId!, checkInId: 'door-2-0001' });
        expect(again).to.deep.include({ already: true, at: '2026-11-28T09:42:00.000Z' });
        const counts = await a.countMembers('EV');
        expect(counts.byStatus).to.deep.equal({ Attended: 1, Registered: 1 });
        expect(counts.responded).to.equal(1);
        await rejectsWith(a.checkIn({ campaignId: 'EV', code: 'no-such-badge', checkInId: 'door-1-0002' }), NotFoundError);
        await rejectsWith(a.checkIn({ campaignId: 'EV', code: olena.id, checkInId: 'x' }), ValidationError);
      });

      it('captures a walk-in with a check-in in one submission: registered + attended, counted once', async () => {
        const [ana] = await event();
        const walk = await a.submitLead(submission('EV', { firstName: 'Walk', email: 'walk-in@example.com' }, { source: 'event', checkIn: { checkInId: 'door-walk-0001', at: '2026-11-28T10:05:00.000Z' } }));
        expect(walk).to.deep.include({ memberCreated: true, matched: false });
        expect(walk.checkIn).to.deep.equal({ at: '2026-11-28T10:05:00.000Z', already: false });
        const [m] = await a.getMembers([walk.memberId]);
        expect(m).to.deep.include({ status: 'Attended', responded: true, firstRespondedAt: '2026-11-28T10:05:00.000Z' });
        expect(m.checkIn).to.deep.include({ id: 'door-walk-0001', walkIn: true, previousStatus: 'Registered' });
        // Someone on the list registering at the door: checked in, not a walk-in; a second time: already.
        const onList = await a.submitLead(submission('EV', { email: 'ANA@example.com' }, { checkIn: { checkInId: 'door-walk-0002' } }));
        expect(onList).to.deep.include({ memberCreated: false, matched: true, memberId: ana.id });
        expect(onList.checkIn?.already).to.equal(false);
        const again = await a.submitLead(submission('EV', { email: 'ana@example.com' }, { checkIn: { checkInId: 'door-walk-0003' } }));
        expect(again.checkIn).to.deep.include({ already: true, at: onList.checkIn!.at });
        const counts = await a.countMembers('EV');
        expect(counts).to.deep.include({ total: 3, responded: 2, walkIns: 1 });
        expect(counts.byStatus).to.deep.equal({ Attended: 2, Registered: 1 });
      });

      it('reads members by id (the ones that exist, in order)', async () => {
        const [ana, olena] = await event();
        const got = await a.getMembers([olena.id, 'missing', ana.id]);
        expect(got.map((m) => m.id)).to.deep.equal([olena.id, ana.id]);
        expect(await a.getMembers([])).to.deep.equal([]);
        await rejectsWith(a.getMembers(Array.from({ length: 501 }, (_, i) => `id-${i}`)), ValidationError);
      });

      it('undoes a check-in while nothing changed since; a walk-in undo removes the membership only', async () => {
        const [ana] = await event();
        const r = await a.checkIn({ campaignId: 'EV', code: ana.id, checkInId: 'door-1-0003' });
        await a.undoCheckIn({ campaignId: 'EV', memberId: ana.id, checkInId: 'door-1-0003' });
        const [back] = (await a.pageMembers({ campaignId: 'EV', search: 'ana@' })).items;
        expect(back).to.deep.include({ status: 'Registered', responded: false });
        expect(back.firstRespondedAt).to.equal(undefined);
        await rejectsWith(a.undoCheckIn({ campaignId: 'EV', memberId: ana.id, checkInId: 'door-1-0003' }), ConflictError);
        expect(r.member.checkIn?.previousStatus).to.equal('Registered');
        const walk = await a.submitLead({ submissionId: 'walk-in-0001', campaignId: 'EV', lead: { firstName: 'Walk', email: 'walk@example.com' }, source: 'event', status: 'Registered' });
        const w = await a.checkIn({ campaignId: 'EV', code: walk.memberId, checkInId: 'door-1-0004', walkIn: walk.memberCreated });
        expect(w.member.checkIn?.walkIn).to.equal(true);
        expect((await a.countMembers('EV')).walkIns).to.equal(1);
        await a.undoCheckIn({ campaignId: 'EV', memberId: walk.memberId, checkInId: 'door-1-0004' });
        const counts = await a.countMembers('EV');
        expect(counts).to.deep.include({ total: 2, walkIns: 0, responded: 0 });
        expect(await a.findPersonByEmail('walk@example.com')).to.not.equal(null);
      });
    });

    describe('quarantine (submissions held as suspected spam)', () => {
      it('holds a submission without capturing it, once per submission id, newest first with its reason and raw values', async () => {
        await a.saveCampaign({ id: 'Q', name: 'Quarantine', type: 'webinar' });
        const before = await snapshot(a, 'Q');
        const first = submission('Q', { email: 'bot@example.com', firstName: 'Bot', company: 'Scripts Ltd' });
        const heard = nextEvent<ChangeEvent>((l) => a.subscribe(l), (e) => e.stores.includes('held'));
        expect(await a.holdSubmission({ submission: first, reason: 'no-interaction' })).to.deep.equal({ submissionId: first.submissionId, held: true });
        expect((await heard).campaignIds).to.deep.equal(['Q']);
        expect(await a.holdSubmission({ submission: first, reason: 'no-interaction' })).to.deep.equal({ submissionId: first.submissionId, held: true });
        const second = submission('Q', { email: 'quick@example.com' });
        await a.holdSubmission({ submission: second, reason: 'too-fast' });
        await a.holdSubmission({ submission: submission('OTHER', { email: 'elsewhere@example.com' }), reason: 'too-fast' });
        expect(await snapshot(a, 'Q')).to.equal(before); // no lead, no member, no count
        expect(await a.findPersonByEmail('bot@example.com')).to.equal(null);
        const list = await a.listHeldSubmissions('Q');
        expect(list.total).to.equal(2);
        expect(list.items.map((h) => [h.id, h.reason, h.campaignId])).to.have.deep.members([
          [first.submissionId, 'no-interaction', 'Q'],
          [second.submissionId, 'too-fast', 'Q'],
        ]);
        expect(list.items[0].createdAt >= list.items[1].createdAt).to.equal(true);
        const held = list.items.find((h) => h.id === first.submissionId)!;
        expect(held.submission.lead).to.include({ email: 'bot@example.com', firstName: 'Bot', company: 'Scripts Ltd' });
        expect(held.version).to.equal(1);
      });

      it('releases a held submission exactly like a submission (dedupe, membership, counts), once', async () => {
        await a.saveCampaign({ id: 'Q', name: 'Quarantine', type: 'webinar' });
        const known = await a.submitLead(submission('Q', { email: 'known@example.com', firstName: 'Known' }));
        const dup = submission('Q', { email: ' KNOWN@example.com ', lastName: 'Person' });
        const fresh = submission('Q', { email: 'fresh@example.com', firstName: 'Fresh' });
        await a.holdSubmission({ submission: dup, reason: 'too-fast' });
        await a.holdSubmission({ submission: fresh, reason: 'no-interaction' });
        const matched = await a.releaseHeldSubmission(dup.submissionId);
        expect(matched.matched).to.equal(true);
        expect(matched.person).to.deep.equal(known.person);
        expect((await a.getLead(known.person.id)).lastName).to.equal('Person'); // an empty field filled, as a submission does
        const created = await a.releaseHeldSubmission(fresh.submissionId);
        expect(created).to.include({ submissionId: fresh.submissionId, matched: false, memberCreated: true });
        const counts = await a.countMembers('Q');
        expect(counts.total).to.equal(2);
        expect(counts.responded).to.equal(2);
        expect((await a.listHeldSubmissions('Q')).total).to.equal(0);
        await rejectsWith(a.releaseHeldSubmission(fresh.submissionId), NotFoundError); // no longer held
        expect(await a.submitLead(fresh)).to.deep.equal(created); // the same submission id answers the same
        expect((await a.countMembers('Q')).total).to.equal(2);
        // Held again after its release (a form retrying): nothing is kept, nothing captured twice.
        await a.holdSubmission({ submission: fresh, reason: 'too-fast' });
        expect((await a.listHeldSubmissions('Q')).total).to.equal(0);
      });

      it('discards a held submission for good; unknown ids and bad input are refused and nothing is held', async () => {
        await a.saveCampaign({ id: 'Q', name: 'Quarantine', type: 'webinar' });
        const spam = submission('Q', { email: 'spam@example.com' });
        await a.holdSubmission({ submission: spam, reason: 'no-interaction' });
        await a.discardHeldSubmission(spam.submissionId);
        expect((await a.listHeldSubmissions('Q')).total).to.equal(0);
        await rejectsWith(a.discardHeldSubmission(spam.submissionId), NotFoundError);
        await rejectsWith(a.releaseHeldSubmission('no-such-held'), NotFoundError);
        const bad = await rejectsWith(a.holdSubmission({ submission: submission('Q', { email: 'not an email' }), reason: 'too-fast' }), ValidationError);
        expect(bad.issues.map((i) => i.path)).to.deep.equal(['submission.lead.email']);
        await rejectsWith(a.holdSubmission({ submission: submission('Q', { email: 'ok@example.com' }), reason: 'honeypot' as 'too-fast' }), ValidationError);
        expect((await a.listHeldSubmissions('Q')).total).to.equal(0);
        expect(await a.findPersonByEmail('spam@example.com')).to.equal(null);
      });
    });

    describe("a contact's response becomes a deal", () => {
      it("creates an opportunity of the contact's account, credited to the member's campaign, in its currency; the campaign's results count it at once", async () => {
        await a.saveCampaign({ id: 'EU', name: 'Berlin expo', type: 'trade-show', currency: 'EUR' });
        const r = await a.submitLead(submission('EU', { email: 'greta@example.de', lastName: 'Weber', company: 'Weber GmbH' }));
        const lead = await a.getLead(r.person.id);
        const converted = await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' } });
        const [member] = (await a.pageMembers({ campaignId: 'EU' })).items;
        expect(member.contactId).to.equal(converted.contactId);
        const before = await a.campaignResults('EU');
        expect(before.opportunities.count).to.equal(0);
        const opp = await a.createOpportunityFromMember({ memberId: member.id, name: 'Weber GmbH - expo follow-up', amount: 4200, closeDate: '2027-03-31' });
        expect(opp).to.deep.include({ accountId: converted.accountId, contactId: converted.contactId, primaryCampaignId: 'EU', currency: 'EUR', stage: 'prospecting', amount: 4200, version: 1 });
        expect(opp.leadId).to.equal(undefined);
        const after = await a.campaignResults('EU');
        expect(after.opportunities).to.deep.include({ count: 1, amount: 4200 });
        expect((await a.listOpportunities({ accountId: converted.accountId })).map((o) => o.id)).to.deep.equal([opp.id]);
      });

      it("refuses a lead's membership (convert the lead), an unknown member and bad fields, writing nothing", async () => {
        await a.saveCampaign({ id: 'EU', name: 'Berlin expo', type: 'trade-show', currency: 'EUR' });
        await a.submitLead(submission('EU', { email: 'lead-only@example.de' }));
        const [member] = (await a.pageMembers({ campaignId: 'EU' })).items;
        const lead = await rejectsWith(a.createOpportunityFromMember({ memberId: member.id, name: 'No', closeDate: '2027-03-31' }), ValidationError);
        expect(lead.issues.map((i) => [i.path, i.code])).to.deep.equal([['memberId', 'not_contact']]);
        await rejectsWith(a.createOpportunityFromMember({ memberId: 'no-such-member', name: 'No', closeDate: '2027-03-31' }), NotFoundError);
        const bad = await rejectsWith(a.createOpportunityFromMember({ memberId: member.id, name: '', closeDate: 'soon', amount: -1 }), ValidationError);
        expect(bad.issues.map((i) => i.path).sort()).to.deep.equal(['amount', 'closeDate', 'name']);
        expect((await a.campaignResults('EU')).opportunities.count).to.equal(0);
      });
    });

    describe('responses over time', () => {
      it('counts members by the UTC day they first responded, with every write; a removed one leaves the count', async () => {
        await a.saveCampaign({ id: 'T', name: 'Trend', type: 'email' });
        for (const [i, email] of ['t1@example.com', 't2@example.com', 't3@example.com'].entries()) await a.submitLead(submission('T', { email, lastName: `T${i}` }));
        await a.importLeads({ campaignId: 'T' }, [{ email: 'silent@example.com' }]); // on the campaign, never responded
        const { items } = await a.pageMembers({ campaignId: 'T' });
        const byDay: Record<string, number> = {};
        for (const m of items) if (m.firstRespondedAt) byDay[new Date(m.firstRespondedAt).toISOString().slice(0, 10)] = (byDay[new Date(m.firstRespondedAt).toISOString().slice(0, 10)] ?? 0) + 1;
        const results = await a.campaignResults('T');
        expect(results.responsesByDay).to.deep.equal(byDay);
        expect(Object.values(results.responsesByDay).reduce((x, y) => x + y, 0)).to.equal(3);
        const gone = items.find((m) => m.firstRespondedAt)!;
        await a.removeMembers({ campaignId: 'T', members: [{ id: gone.id, version: gone.version }] });
        expect(Object.values((await a.campaignResults('T')).responsesByDay).reduce((x, y) => x + y, 0)).to.equal(2);
      });
    });

    describe('multi-touch influence', () => {
      it("shares each deal among the campaigns its person responded to before it, under every model, per currency", async () => {
        for (const [id, currency] of [['IA', 'USD'], ['IB', 'USD'], ['IC', 'USD'], ['ID', 'USD'], ['IE', 'EUR']] as const) await a.saveCampaign({ id, name: `Campaign ${id}`, type: 'webinar', currency });
        // The lead is created by its response to IA, then responds to IB and IC.
        // (A few milliseconds apart: each step has an instant of its own, as it would in use.)
        const tick = () => new Promise((r) => setTimeout(r, 3));
        const first = await a.submitLead(submission('IA', { email: 'touch@example.com', lastName: 'Touch', company: 'Touch Ltd' }));
        await tick();
        await a.submitLead(submission('IB', { email: 'touch@example.com' }));
        await tick();
        await a.submitLead(submission('IC', { email: 'touch@example.com' }));
        await tick();
        const lead = await a.getLead(first.person.id);
        const converted = await a.convertLead({
          leadId: lead.id,
          leadVersion: lead.version,
          account: { mode: 'new' },
          contact: { mode: 'new' },
          opportunity: { name: 'Touch Ltd - deal', amount: 10_000, closeDate: '2027-06-30', stage: 'prospecting', primaryCampaignId: 'IC' },
        });
        // After the deal: a response to ID (too late for it), and to IE, which becomes a deal of its own in euros.
        await tick();
        await a.submitLead(submission('ID', { email: 'touch@example.com' }));
        await a.submitLead(submission('IE', { email: 'touch@example.com' }));
        const [ie] = (await a.pageMembers({ campaignId: 'IE' })).items;
        await a.createOpportunityFromMember({ memberId: ie.id, name: 'Touch Ltd - EU', amount: 800, closeDate: '2027-06-30' });

        const report = await a.influenceReport();
        expect(report.currencies.map((c) => c.currency)).to.deep.equal(['EUR', 'USD']);
        const [eur, usd] = report.currencies;
        const of = (c: typeof usd, model: string) => Object.fromEntries(c.campaigns.filter((x) => x.figures[model]).map((x) => [x.campaignId, x.figures[model].amount]));
        expect(usd.totals.even).to.deep.equal({ opportunities: 1, amount: 10_000, wonAmount: 0 });
        expect(of(usd, 'primary')).to.deep.equal({ IC: 10_000 });
        expect(of(usd, 'first-touch')).to.deep.equal({ IA: 10_000 });
        expect(of(usd, 'last-touch')).to.deep.equal({ IC: 10_000 });
        expect(of(usd, 'even')).to.deep.equal({ IA: 3_333.33, IB: 3_333.33, IC: 3_333.34 });
        expect(of(usd, 'position')).to.deep.equal({ IA: 4_000, IB: 2_000, IC: 4_000 });
        expect(of(usd, 'u-shaped')).to.deep.equal({ IA: 8_000, IB: 1_000, IC: 1_000 }); // IA was first and created the lead
        expect(usd.campaigns.map((c) => c.name)).to.deep.equal(['Campaign IA', 'Campaign IB', 'Campaign IC']); // ID responded after the deal
        expect(of(eur, 'even')).to.deep.equal({ IA: 160, IB: 160, IC: 160, ID: 160, IE: 160 }); // ID came before this one
        expect(of(eur, 'primary')).to.deep.equal({ IE: 800 });

        // Won: the won value follows the stage.
        const [deal] = await a.listOpportunities({ primaryCampaignId: 'IC' });
        expect(deal.id).to.equal(converted.opportunityId);
        expect(deal.touches?.map((t) => t.campaignId)).to.deep.equal(['IA', 'IB', 'IC']);
        await a.updateOpportunity(deal.id, deal.version, { stage: 'closed-won' });
        const won = (await a.influenceReport({ weights: { first: 10, leadCreation: 0, last: 50, middle: 40 } })).currencies[1];
        expect(won.campaigns.map((c) => c.figures.custom)).to.deep.equal([
          { opportunities: 1, amount: 1_000, wonAmount: 1_000 },
          { opportunities: 1, amount: 4_000, wonAmount: 4_000 },
          { opportunities: 1, amount: 5_000, wonAmount: 5_000 },
        ]);
      });

      it('refuses a half-life out of range and weights that do not add up to 100', async () => {
        const half = await rejectsWith(a.influenceReport({ halfLifeDays: 0 }), ValidationError);
        expect(half.issues.map((i) => i.path)).to.deep.equal(['halfLifeDays']);
        const weights = await rejectsWith(a.influenceReport({ weights: { first: 50, leadCreation: 0, last: 50, middle: 50 } }), ValidationError);
        expect(weights.issues.map((i) => i.path)).to.deep.equal(['weights.middle']);
        expect((await a.influenceReport({ halfLifeDays: 30 })).halfLifeDays).to.equal(30);
      });
    });

    describe('lead management report', () => {
      it('counts every lead whatever its origin — by status, source and rating, converted with the days it took, by month and week — and moves a lead when it changes', async () => {
        const empty = await a.leadReport();
        expect(empty).to.deep.equal({ total: { leads: 0, converted: 0, conversionRate: null, medianDaysToConvert: null, opportunities: 0, won: 0, wonAmount: {}, cost: {}, costPerLead: {}, costPerOpportunity: {}, costPerWon: {} }, byStatus: [], bySource: [], byRating: [], byMonth: [], byWeek: [] });
        // The campaign the form and the import bring leads to cost 300: shared by the three leads it creates.
        const expo = await a.createLead({ lastName: 'Expo', email: 'expo@example.com', source: 'event', rating: 'hot', status: 'working' });
        const cold = await a.createLead({ lastName: 'Cold', email: 'cold@example.com', source: 'phone', rating: 'cold' });
        await a.saveCampaign({ id: 'LR', name: 'Lead report', type: 'email', actualCost: 300 });
        await a.submitLead(submission('LR', { email: 'form@example.com', lastName: 'Form' })); // a form: source web
        await a.importLeads({ campaignId: 'LR' }, [{ email: 'one@example.com', lastName: 'One' }, { email: 'two@example.com', lastName: 'Two' }]);
        await a.updateLead(cold.id, cold.version, { rating: 'warm', status: 'qualified' });
        const converted = await a.convertLead({ leadId: expo.id, leadVersion: expo.version, account: { mode: 'new' }, contact: { mode: 'new' }, opportunity: { name: 'Expo deal', amount: 2500, closeDate: '2027-03-31', stage: 'proposal' } });
        const [deal] = await a.listOpportunities({ accountId: converted.accountId });
        expect(deal).to.include({ source: 'event', rating: 'hot' }); // the lead's, kept on the deal
        await a.updateOpportunity(deal.id, deal.version, { stage: 'closed-won', amount: 2750.5 });

        const report = await a.leadReport();
        expect(report.total).to.deep.equal({
          leads: 5,
          converted: 1,
          conversionRate: 0.2,
          medianDaysToConvert: 0,
          opportunities: 1,
          won: 1,
          wonAmount: { USD: 2750.5 },
          cost: { USD: 300 },
          costPerLead: { USD: 60 },
          costPerOpportunity: { USD: 300 },
          costPerWon: { USD: 300 },
        });
        expect(report.byStatus).to.deep.equal([
          { status: 'open', leads: 3 },
          { status: 'qualified', leads: 1 },
          { status: 'converted', leads: 1 },
        ]);
        const sources = Object.fromEntries(report.bySource.map(({ source, ...g }) => [source, g]));
        expect(Object.keys(sources)).to.deep.equal(['web', 'event', 'import', 'phone']); // the model's order
        expect(sources.event).to.deep.equal({ leads: 1, converted: 1, conversionRate: 1, medianDaysToConvert: 0, opportunities: 1, won: 1, wonAmount: { USD: 2750.5 }, cost: {}, costPerLead: {}, costPerOpportunity: {}, costPerWon: {} }); // entered by hand: no campaign's cost
        expect(sources.phone).to.deep.equal({ leads: 1, converted: 0, conversionRate: 0, medianDaysToConvert: null, opportunities: 0, won: 0, wonAmount: {}, cost: {}, costPerLead: {}, costPerOpportunity: {}, costPerWon: {} });
        expect([sources.web.cost, sources.web.costPerLead, sources.import.cost, sources.import.costPerLead]).to.deep.equal([{ USD: 100 }, { USD: 100 }, { USD: 200 }, { USD: 100 }]);
        expect(sources.import.leads).to.equal(2);
        expect(report.byRating.map((r) => [r.rating, r.leads, r.converted])).to.deep.equal([
          ['hot', 1, 1],
          ['warm', 1, 0], // was cold: moved, not counted twice
          [null, 3, 0],
        ]);
        expect(report.byMonth.at(-1)).to.include({ leads: 5, converted: 1, conversionRate: 0.2 });
        expect(report.byWeek.at(-1)?.leads).to.equal(5);
        expect(report.byWeek.at(-1)?.week).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${report.byWeek.at(-1)!.week}T00:00:00Z`).getUTCDay()).to.equal(1); // a Monday
      });
    });

    describe('people lists', () => {
      /** Leads of every rating and source, one converted into a contact, and a contact of its own. */
      async function people() {
        const made: Record<string, { id: string; version: number }> = {};
        const rows: [string, LeadFieldsInput][] = [
          ['ana', { firstName: 'Ana', lastName: 'Popescu', email: 'ana@example.ro', company: 'Dacia Expo', country: 'Romania', source: 'event', rating: 'hot', employees: 40 }],
          ['bao', { firstName: 'Bảo', lastName: 'Nguyễn', email: 'bao@example.vn', company: 'Sài Gòn Tech', country: 'Vietnam', source: 'event', rating: 'warm', employees: 400 }],
          ['chloe', { firstName: 'Chloé', lastName: 'Martin', email: 'chloe@example.fr', country: 'France', source: 'web', rating: 'hot', title: 'CTO' }],
          ['dmytro', { firstName: 'Дмитро', lastName: 'Шевченко', email: 'dmytro@example.ua', source: 'event', rating: 'hot', custom: { tier: 'gold' } }],
          ['emil', { firstName: 'Emil', lastName: 'Ionescu', email: 'emil@example.ro', country: 'romania', source: 'phone', rating: 'cold' }],
          ['fara', { firstName: 'Fara', lastName: 'Ali', email: 'fara@example.com', source: 'web' }],
        ];
        for (const [key, fields] of rows) made[key] = await a.createLead(fields);
        const ana = made.ana as { id: string; version: number };
        await a.convertLead({ leadId: ana.id, leadVersion: ana.version, account: { mode: 'new' }, contact: { mode: 'new' } });
        return made;
      }
      const names = (page: { items: { person: { lastName?: string } }[] }) => page.items.map((i) => i.person.lastName);

      it('lists leads not converted and contacts, sorted by name, rating or creation, with the type of each and the total', async () => {
        await people();
        const all = await a.pagePeople({});
        expect(names(all)).to.deep.equal(['Ali', 'Ionescu', 'Martin', 'Nguyễn', 'Popescu', 'Шевченко']);
        expect(all.items.map((i) => i.type)).to.deep.equal(['lead', 'lead', 'lead', 'lead', 'contact', 'lead']);
        expect(all.total).to.equal(6);
        expect(all.nextCursor).to.equal(undefined);
        // Hot, warm, cold, then none (a contact has no rating); ties by name.
        expect(names(await a.pagePeople({ sort: 'rating' }))).to.deep.equal(['Martin', 'Шевченко', 'Nguyễn', 'Ionescu', 'Ali', 'Popescu']);
        expect(names(await a.pagePeople({ sort: 'rating', direction: 'desc' }))).to.deep.equal(['Popescu', 'Ali', 'Ionescu', 'Nguyễn', 'Шевченко', 'Martin']);
        const created = await a.pagePeople({ sort: 'created', direction: 'desc' });
        const at = created.items.map((i) => i.person.createdAt);
        expect(created.items.find((i) => i.type === 'contact')!.person.createdAt).to.equal(at[0]); // created last, by the conversion
        expect(at).to.deep.equal([...at].sort().reverse());
        expect((await a.pagePeople({ type: 'contact' })).total).to.equal(1);
        expect((await a.pagePeople({ type: 'lead' })).total).to.equal(5);
      });

      it('pages with a cursor in every order, each person once', async () => {
        await people();
        for (const sort of ['name', 'rating', 'created'] as const) {
          for (const direction of ['asc', 'desc'] as const) {
            const seen: string[] = [];
            let cursor: string | undefined;
            do {
              const page = await a.pagePeople({ sort, direction, limit: 2, ...(cursor ? { cursor } : {}) });
              seen.push(...page.items.map((i) => i.person.id));
              cursor = page.nextCursor;
            } while (cursor);
            expect(seen, `${sort} ${direction}`).to.have.length(6);
            expect(new Set(seen).size).to.equal(6);
            const whole = await a.pagePeople({ sort, direction });
            expect(seen).to.deep.equal(whole.items.map((i) => i.person.id));
          }
        }
        await rejectsWith(a.pagePeople({ cursor: 'not-a-cursor' }), ValidationError);
      });

      it('filters by any field: one of, contains, ranges, empty and present, with custom fields, all conditions together', async () => {
        await people();
        const hotEvent = await a.pagePeople({ filters: [{ field: 'rating', op: 'in', values: ['hot'] }, { field: 'source', op: 'in', values: ['event'] }], sort: 'created' });
        expect(names(hotEvent)).to.deep.equal(['Шевченко']); // Ana was converted: her contact has no rating
        expect(hotEvent.total).to.equal(1);
        expect(names(await a.pagePeople({ filters: [{ field: 'rating', op: 'in', values: ['hot'] }], sort: 'rating' }))).to.deep.equal(['Martin', 'Шевченко']);
        // Text compares folded: "romania" and "Romania" are one country.
        const ro = await a.pagePeople({ filters: [{ field: 'country', op: 'in', values: ['ROMANIA'] }] });
        expect(names(ro)).to.deep.equal(['Ionescu', 'Popescu']);
        expect(ro.total).to.equal(undefined); // the counter does not count countries
        expect(names(await a.pagePeople({ filters: [{ field: 'company', op: 'contains', value: 'sai gon' }] }))).to.deep.equal(['Nguyễn']);
        expect(names(await a.pagePeople({ filters: [{ field: 'employees', op: 'range', from: 100 }] }))).to.deep.equal(['Nguyễn']);
        expect(names(await a.pagePeople({ filters: [{ field: 'rating', op: 'empty' }] }))).to.deep.equal(['Ali', 'Popescu']);
        expect((await a.pagePeople({ filters: [{ field: 'rating', op: 'empty' }] })).total).to.equal(2);
        expect(names(await a.pagePeople({ filters: [{ field: 'title', op: 'present' }] }))).to.deep.equal(['Martin']);
        expect(names(await a.pagePeople({ filters: [{ field: 'custom.tier', op: 'in', values: ['Gold'] }] }))).to.deep.equal(['Шевченко']);
        const today = new Date().toISOString().slice(0, 10);
        expect((await a.pagePeople({ filters: [{ field: 'created', op: 'range', from: today, to: today }] })).items).to.have.length(6);
        expect((await a.pagePeople({ filters: [{ field: 'created', op: 'range', to: '2000-01-01' }] })).items).to.have.length(0);
        expect(names(await a.pagePeople({ search: 'NGUYEN', filters: [{ field: 'type', op: 'in', values: ['lead'] }] }))).to.deep.equal(['Nguyễn']);
        expect((await a.pagePeople({ filters: [{ field: 'source', op: 'in', values: ['web'] }], limit: 1 })).nextCursor).to.be.a('string');
      });

      it('classifies many leads in one write: rating, source and status; a stale or converted one refuses it all; the list and the report follow', async () => {
        const made = await people();
        const leads = (await a.pagePeople({ type: 'lead', filters: [{ field: 'source', op: 'in', values: ['web', 'phone'] }] })).items.map((i) => i.person);
        expect(leads.map((l) => l.lastName)).to.deep.equal(['Ali', 'Ionescu', 'Martin']);
        const refs = leads.map((l) => ({ id: l.id, version: l.version }));
        const done = await a.classifyLeads({ leads: refs, rating: 'hot', status: 'working' });
        expect(done.map((l) => [l.rating, l.status, l.version])).to.deep.equal([['hot', 'working', 2], ['hot', 'working', 2], ['hot', 'working', 2]]);
        expect((await a.pagePeople({ filters: [{ field: 'rating', op: 'in', values: ['hot'] }] })).total).to.equal(4);
        const report = await a.leadReport();
        expect(report.byStatus.find((s) => s.status === 'working')?.leads).to.equal(3);
        // One of them read at its old version: nothing is written.
        const stale = await rejectsWith(a.classifyLeads({ leads: refs, rating: 'cold' }), ConflictError);
        expect(stale.message).to.match(/changed/);
        expect((await a.pagePeople({ filters: [{ field: 'rating', op: 'in', values: ['cold'] }] })).items.map((i) => i.person.lastName)).to.deep.equal([]);
        const ana = await a.getLead(made.ana.id);
        await rejectsWith(a.classifyLeads({ leads: [{ id: ana.id, version: ana.version }], rating: 'warm' }), ConflictError); // converted: read-only
        await rejectsWith(a.classifyLeads({ leads: [{ id: 'no-such-lead', version: 1 }], rating: 'warm' }), NotFoundError);
        const contact = (await a.pagePeople({ type: 'contact' })).items[0].person;
        await rejectsWith(a.classifyLeads({ leads: [{ id: contact.id, version: contact.version }], rating: 'warm' }), NotFoundError); // a contact has no rating
        await rejectsWith(a.classifyLeads({ leads: refs }), ValidationError); // nothing to set
        await rejectsWith(a.classifyLeads({ leads: refs, status: 'converted' as never }), ValidationError);
        await rejectsWith(a.classifyLeads({ leads: [], rating: 'hot' }), ValidationError);
      });

      it('saves views the workspace shares: columns, widths, sort, filters; one default; unique names; version-checked; deleted', async () => {
        const hot = await a.savePeopleView({
          name: 'Hot event leads',
          columns: ['name', 'rating', 'source', 'created'],
          widths: { name: 14 },
          sort: 'created',
          direction: 'desc',
          filters: [{ field: 'rating', op: 'in', values: ['hot'] }, { field: 'source', op: 'in', values: ['event'] }],
          isDefault: true,
        });
        expect(hot).to.deep.include({ name: 'Hot event leads', version: 1, isDefault: true, sort: 'created', direction: 'desc', columns: ['name', 'rating', 'source', 'created'], widths: { name: 14 } });
        expect(hot.filters).to.deep.equal([{ field: 'rating', op: 'in', values: ['hot'] }, { field: 'source', op: 'in', values: ['event'] }]);
        // Another client of the workspace (a colleague, another tab) sees it.
        const b = fx.peer();
        expect((await b.listPeopleViews()).map((v) => v.name)).to.deep.equal(['Hot event leads']);
        const ro = await b.savePeopleView({ name: 'Romania', columns: ['name', 'country'], filters: [{ field: 'country', op: 'in', values: ['Romania'] }], isDefault: true });
        const views = await a.listPeopleViews();
        expect(views.map((v) => [v.name, !!v.isDefault])).to.deep.equal([['Hot event leads', false], ['Romania', true]]); // one default
        await rejectsWith(a.savePeopleView({ name: 'ROMÂNIA ', columns: ['name'] }), ValidationError); // names are unique, case and accents aside
        await rejectsWith(a.savePeopleView({ id: hot.id, version: 1, name: 'Hot leads', columns: ['name'] }), ConflictError); // read before it lost the default: an old version
        const renamed = await a.savePeopleView({ id: ro.id, version: ro.version, name: 'Romanian contacts', columns: ro.columns, filters: ro.filters as never, type: 'contact' });
        expect([renamed.name, renamed.version, renamed.type]).to.deep.equal(['Romanian contacts', 2, 'contact']);
        await rejectsWith(a.savePeopleView({ name: 'Bad', columns: ['salary'] }), ValidationError);
        await rejectsWith(a.savePeopleView({ name: 'Bad', columns: ['name'], filters: [{ field: 'rating', op: 'in', values: ['lukewarm'] }] }), ValidationError);
        await rejectsWith(a.deletePeopleView(hot.id, 9), ConflictError);
        await a.deletePeopleView(hot.id, (await a.listPeopleViews()).find((v) => v.id === hot.id)!.version);
        expect((await b.listPeopleViews()).map((v) => v.name)).to.deep.equal(['Romanian contacts']);
        await rejectsWith(a.deletePeopleView(hot.id, 1), NotFoundError);
      });

      it('imports contacts: an email already known creates no one (the membership is updated), companies are matched to accounts by name or website, or created', async () => {
        const made = await people();
        await a.saveCampaign({ id: 'CUST', name: 'Customer day', type: 'event' });
        const ana = await a.getLead(made.ana.id); // converted: her contact has the account "Dacia Expo"
        const result = await a.importLeads({ campaignId: 'CUST', as: 'contact', status: 'Registered' }, [
          { firstName: 'Ana', lastName: 'Popescu', email: 'ANA@example.ro', company: 'Dacia Expo' }, // her contact
          { firstName: 'Bảo', lastName: 'Nguyễn', email: 'bao@example.vn' }, // a lead: kept a lead, no contact twin
          { firstName: 'Radu', lastName: 'Barbu', email: 'radu@dacia-expo.ro', company: 'DACIA EXPO S.R.L.' }, // the same account, by name
          { firstName: 'Ioana', lastName: 'Rusu', email: 'ioana@carpati.ro', company: 'Carpați Media', website: 'https://www.carpati.ro' }, // a new account
          { firstName: 'Mihai', lastName: 'Stoica', email: 'mihai@carpati.ro', company: 'Carpati Media Group' }, // that account, by its website's domain
          { firstName: 'Solo', lastName: 'Freelancer', email: 'solo@gmail.com' }, // no company: a contact with no account
          { lastName: 'Bad', email: 'not-an-email' },
        ]);
        expect(result).to.deep.include({ created: 4, matched: 2, membersCreated: 6 });
        expect(result.errors.map((e) => [e.row, e.path])).to.deep.equal([[7, 'email']]);
        const members = (await a.pageMembers({ campaignId: 'CUST', limit: 50 })).items;
        expect(members.map((m) => [m.person.lastName, m.leadId ? 'lead' : 'contact', m.status])).to.deep.equal([
          ['Barbu', 'contact', 'Registered'],
          ['Freelancer', 'contact', 'Registered'],
          ['Nguyễn', 'lead', 'Registered'],
          ['Popescu', 'contact', 'Registered'],
          ['Rusu', 'contact', 'Registered'],
          ['Stoica', 'contact', 'Registered'],
        ]);
        const contacts = (await a.pagePeople({ type: 'contact', limit: 50 })).items.map((i) => i.person as { lastName?: string; accountId?: string; company?: string; id: string });
        const by = (name: string) => contacts.find((c) => c.lastName === name)!;
        expect(contacts.map((c) => c.lastName)).to.deep.equal(['Barbu', 'Freelancer', 'Popescu', 'Rusu', 'Stoica']);
        expect(by('Barbu').accountId).to.equal(by('Popescu').accountId);
        expect(by('Stoica').accountId).to.equal(by('Rusu').accountId);
        expect(by('Rusu').company).to.equal('Carpați Media');
        expect(by('Freelancer').accountId).to.equal(undefined);
        expect(by('Popescu').id).to.equal(ana.convertedContactId);
        expect((await a.pagePeople({ type: 'contact' })).total).to.equal(5);
        expect((await a.findPersonByEmail('bao@example.vn'))?.type).to.equal('lead');
        // Importing the same file again: everyone is matched, nothing is created twice.
        const again = await a.importLeads({ campaignId: 'CUST', as: 'contact' }, [{ email: 'radu@dacia-expo.ro', lastName: 'Barbu' }, { email: 'ioana@carpati.ro', lastName: 'Rusu' }]);
        expect(again).to.deep.include({ created: 0, matched: 2, membersCreated: 0 });
        await rejectsWith(a.importLeads({ campaignId: 'CUST', as: 'account' as never }, [{ email: 'x@example.com' }]), ValidationError);
      });

      it('imports people into the workspace with no campaign: leads or contacts, a known email matched, no membership made', async () => {
        await people();
        const leads = await a.importPeople({ source: 'event' }, [
          { firstName: 'Nina', lastName: 'New', email: 'nina@example.com', rating: 'hot' },
          { lastName: 'Nguyễn', email: 'BAO@example.vn', title: 'CEO' }, // known: matched, an empty field filled
          { lastName: 'Bad', email: 'nope' },
          {},
        ]);
        expect(leads).to.deep.include({ created: 1, matched: 1, membersCreated: 0, skipped: 1 });
        expect(leads.errors.map((e) => [e.row, e.path])).to.deep.equal([[3, 'email']]);
        const nina = (await a.pagePeople({ search: 'nina' })).items[0];
        expect([nina.type, (nina.person as { source?: string }).source, (nina.person as { sourceCampaignId?: string }).sourceCampaignId]).to.deep.equal(['lead', 'event', undefined]);
        expect((await a.listPersonCampaigns({ type: 'lead', id: nina.person.id })).length).to.equal(0);
        expect((await a.pagePeople({ search: 'bao' })).items[0].person.title).to.equal('CEO');
        const contacts = await a.importPeople({ as: 'contact' }, [{ firstName: 'Cora', lastName: 'Customer', email: 'cora@globex.com', company: 'Globex' }]);
        expect(contacts).to.deep.include({ created: 1, matched: 0, membersCreated: 0 });
        const cora = (await a.pagePeople({ type: 'contact', search: 'cora' })).items[0].person as { company?: string; accountId?: string };
        expect([cora.company, !!cora.accountId]).to.deep.equal(['Globex', true]);
        await rejectsWith(a.importPeople({ source: 'tv' as never }, [{ email: 'x@example.com' }]), ValidationError);
      });

      it('refuses unknown fields, operators a field does not take, values outside its choices, and limits out of range', async () => {
        const bad = [
          { filters: [{ field: 'salary', op: 'in', values: ['1'] }] },
          { filters: [{ field: 'rating', op: 'range', from: 1 }] },
          { filters: [{ field: 'rating', op: 'in', values: ['lukewarm'] }] },
          { filters: [{ field: 'created', op: 'range', from: 'yesterday' }] },
          { filters: [{ field: "email'; drop table leads; --", op: 'empty' }] },
          { filters: [{ field: 'email', op: 'like', values: ['%'] }] },
          { sort: 'email' },
          { limit: 100_000 },
          { filters: Array.from({ length: 21 }, () => ({ field: 'rating', op: 'empty' })) },
        ];
        for (const query of bad) await rejectsWith(a.pagePeople(query as never), ValidationError);
        // SQL's and LIKE's own characters in a value are plain text.
        await a.createLead({ lastName: "O'Brien %_\\", email: 'ob@example.ie', country: "Ire'land%" });
        expect(names(await a.pagePeople({ filters: [{ field: 'country', op: 'contains', value: "e'land%" }] }))).to.deep.equal(["O'Brien %_\\"]);
        expect((await a.pagePeople({ filters: [{ field: 'country', op: 'contains', value: '_' }] })).items).to.have.length(0);
      });

      it("filters a campaign's members by their person's fields, pages them, and answers the people of a page", async () => {
        const made = await people();
        await a.saveCampaign({ id: 'CF', name: 'Field filters', type: 'event' });
        const refs = Object.entries(made)
          .filter(([key]) => key !== 'ana')
          .map(([, p]) => ({ type: 'lead' as const, id: p.id }));
        const contact = (await a.pagePeople({ type: 'contact' })).items[0].person;
        await a.addMembers({ campaignId: 'CF', people: [...refs, { type: 'contact', id: contact.id }] });
        const last = (page: { items: { person: { lastName?: string } }[] }) => page.items.map((m) => m.person.lastName);
        const hot = [{ field: 'rating', op: 'in' as const, values: ['hot'] }];
        expect(last(await a.pageMembers({ campaignId: 'CF', filters: hot }))).to.deep.equal(['Martin', 'Шевченко']);
        expect(last(await a.pageMembers({ campaignId: 'CF', filters: [...hot, { field: 'source', op: 'in', values: ['event'] }] }))).to.deep.equal(['Шевченко']);
        expect(last(await a.pageMembers({ campaignId: 'CF', filters: [{ field: 'country', op: 'in', values: ['romania'] }] }))).to.deep.equal(['Ionescu', 'Popescu']);
        expect(last(await a.pageMembers({ campaignId: 'CF', filters: [{ field: 'rating', op: 'empty' }], type: 'contact' }))).to.deep.equal(['Popescu']);
        expect(last(await a.pageMembers({ campaignId: 'CF', filters: [{ field: 'custom.tier', op: 'in', values: ['Gold'] }], search: 'дмитро' }))).to.deep.equal(['Шевченко']);
        // Keyset pages and an offset count matching members only.
        const notHot = [{ field: 'rating', op: 'in' as const, values: ['warm', 'cold'] }, { field: 'type', op: 'in' as const, values: ['lead'] }];
        const first = await a.pageMembers({ campaignId: 'CF', filters: notHot, sort: 'name', direction: 'desc', limit: 1 });
        expect(last(first)).to.deep.equal(['Nguyễn']);
        const second = await a.pageMembers({ campaignId: 'CF', filters: notHot, sort: 'name', direction: 'desc', limit: 1, cursor: first.nextCursor });
        expect(last(second)).to.deep.equal(['Ionescu']);
        expect(second.nextCursor).to.equal(undefined);
        expect(last(await a.pageMembers({ campaignId: 'CF', filters: notHot, sort: 'name', direction: 'desc', offset: 1 }))).to.deep.equal(['Ionescu']);
        // The people of the page, each with its type, for field columns.
        const page = await a.pageMembers({ campaignId: 'CF', sort: 'name', people: true, limit: 3 });
        expect(last(page)).to.deep.equal(['Ali', 'Ionescu', 'Martin']);
        expect(page.people?.map((p) => [p.type, p.person.lastName, (p.person as { rating?: string }).rating])).to.deep.equal([
          ['lead', 'Ali', undefined],
          ['lead', 'Ionescu', 'cold'],
          ['lead', 'Martin', 'hot'],
        ]);
        const filtered = await a.pageMembers({ campaignId: 'CF', filters: hot, people: true, counts: true });
        expect(filtered.people?.map((p) => p.person.lastName)).to.deep.equal(['Martin', 'Шевченко']);
        expect(filtered.counts?.total).to.equal(6);
        expect((await a.pageMembers({ campaignId: 'CF' })).people).to.equal(undefined);
        for (const filters of [[{ field: 'salary', op: 'in', values: ['1'] }], [{ field: 'rating', op: 'in', values: ['lukewarm'] }], 'rating=hot', Array.from({ length: 21 }, () => ({ field: 'rating', op: 'empty' }))]) {
          await rejectsWith(a.pageMembers({ campaignId: 'CF', filters } as never), ValidationError);
        }
      });
    });

    describe('campaign records', () => recordsContract(() => a));

    describe('change events', () => {
      it('announces committed changes to its own subscribers and to another instance on the same data', async () => {
        const b = fx.peer();
        const own = nextEvent<ChangeEvent>((l) => a.subscribe(l));
        const other = nextEvent<ChangeEvent>((l) => b.subscribe(l), (e) => e.campaignIds.includes('A'));
        const r = await a.submitLead(submission('A', { email: 'live@example.com' }));
        const [e1, e2] = await Promise.all([own, other]);
        expect(e1.origin).to.equal('local');
        expect(e1.campaignIds).to.deep.equal(['A']);
        expect(e1.stores).to.include.members(['leads', 'members', 'campaigns']);
        expect(e1.ids).to.include(r.memberId);
        expect(e2.origin).to.equal('remote');
        expect((await b.countMembers('A')).total).to.equal(1);
      });
    });
  });
}
