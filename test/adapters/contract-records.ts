/**
 * The DataAdapter contract, campaign records: status-set changes with member moves, deleting a
 * campaign, quick campaigns, materials and a person's campaign history. Run inside
 * `adapterContract` on every adapter (memory, IndexedDB, the server over REST).
 */
import { expect } from '@open-wc/testing';
import { ConflictError, NotFoundError, ValidationError, type DataAdapter } from '../../src/adapters/adapter.js';
import type { PersonRef } from '../../src/model/person.js';
import { rejectsWith } from '../helpers/expect-error.js';

let counter = 0;
const sid = () => `rec-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2)}`;

/** A campaign with `n` leads as members (imported), and its members' ids by email. */
async function campaignWith(a: DataAdapter, id: string, n: number, type: 'email' | 'event' = 'email') {
  await a.saveCampaign({ id, name: `Campaign ${id}`, type });
  if (n) await a.importLeads({ campaignId: id }, Array.from({ length: n }, (_, i) => ({ email: `${id.toLowerCase()}${i}@example.com`, lastName: `P${String(i).padStart(3, '0')}` })));
  return a.getCampaign(id);
}

async function allMembers(a: DataAdapter, campaignId: string) {
  return (await a.pageMembers({ campaignId, limit: 500 })).items;
}

/** Leads created for a selection (ids by index). */
async function leads(a: DataAdapter, n: number, tag: string): Promise<PersonRef[]> {
  const out: PersonRef[] = [];
  for (let i = 0; i < n; i++) out.push({ type: 'lead', id: (await a.createLead({ email: `${tag}${i}@example.com`, lastName: `${tag}${i}` })).id });
  return out;
}

export function recordsContract(adapter: () => DataAdapter): void {
  let a: DataAdapter;
  beforeEach(() => {
    a = adapter();
  });

  describe('member statuses, changed with their members', () => {
    it('removes a status 40 members hold by moving them, in one write: counts, responded and first-responded dates follow', async () => {
      const c = await campaignWith(a, 'S', 40);
      const members = await allMembers(a, 'S');
      await a.setMemberStatus({ campaignId: 'S', members: members.map((m) => ({ id: m.id, version: m.version })), status: 'Responded' });
      const responded = await allMembers(a, 'S');
      const firstDates = new Map(responded.map((m) => [m.id, m.firstRespondedAt]));
      const statuses = [
        { label: 'Sent', responded: false, default: true },
        { label: 'Interested', responded: true, default: false },
        { label: 'Not interested', responded: true, default: false },
        { label: 'Do not contact', responded: false, default: false },
      ];
      const refused = await rejectsWith(a.changeMemberStatuses({ campaignId: 'S', version: c.version, statuses }), ValidationError);
      expect(refused.issues.map((i) => [i.path, i.code])).to.deep.equal([['moves', 'required']]);
      expect(refused.issues[0].message).to.contain('40').and.contain('Responded');
      expect((await a.getCampaign('S')).version, 'nothing written').to.equal(c.version);
      const r = await a.changeMemberStatuses({ campaignId: 'S', version: c.version, statuses, moves: [{ from: 'Responded', to: 'Interested' }] });
      expect(r.moved).to.equal(40);
      expect(r.campaign.version).to.equal(c.version + 1);
      expect(r.campaign.memberStatuses.map((s) => s.label)).to.deep.equal(['Sent', 'Interested', 'Not interested', 'Do not contact']);
      const after = await allMembers(a, 'S');
      expect(new Set(after.map((m) => m.status))).to.deep.equal(new Set(['Interested']));
      expect(after.every((m) => m.responded && m.firstRespondedAt === firstDates.get(m.id))).to.equal(true);
      const counts = await a.countMembers('S');
      expect(counts).to.deep.include({ total: 40, responded: 40 });
      expect(counts.byStatus).to.deep.equal({ Interested: 40 });
      expect((await a.campaignResults('S')).counts.byStatus).to.deep.equal({ Interested: 40 });
    });

    it('renames a status with a move, flips a responded flag with its members, and refuses a stale version or a move to nowhere', async () => {
      const c = await campaignWith(a, 'R', 3, 'event');
      const [m0] = await allMembers(a, 'R');
      await a.setMemberStatus({ campaignId: 'R', members: [{ id: m0.id, version: m0.version }], status: 'Registered' });
      const statuses = c.memberStatuses.map((s) => (s.label === 'Invited' ? { ...s, label: 'Emailed' } : s.label === 'Registered' ? { ...s, responded: true } : s));
      const bad = await rejectsWith(
        a.changeMemberStatuses({ campaignId: 'R', version: c.version, statuses, moves: [{ from: 'Invited', to: 'Nowhere' }, { from: 'Gone', to: 'Emailed' }] }),
        ValidationError,
      );
      expect(bad.issues.map((i) => [i.path, i.code])).to.deep.equal([['moves.0.to', 'not_found'], ['moves.1.from', 'not_found']]);
      const r = await a.changeMemberStatuses({ campaignId: 'R', version: c.version, statuses, moves: [{ from: 'Invited', to: 'Emailed' }] });
      expect(r.moved).to.equal(3);
      const counts = await a.countMembers('R');
      expect(counts.byStatus).to.deep.equal({ Emailed: 2, Registered: 1 });
      expect(counts.responded).to.equal(1);
      const registered = (await allMembers(a, 'R')).find((m) => m.id === m0.id)!;
      expect(registered.responded).to.equal(true);
      expect(registered.firstRespondedAt).to.be.a('string');
      await rejectsWith(a.changeMemberStatuses({ campaignId: 'R', version: c.version, statuses }), ConflictError);
      await rejectsWith(a.changeMemberStatuses({ campaignId: 'nope', version: 1, statuses }), NotFoundError);
      const dup = await rejectsWith(a.changeMemberStatuses({ campaignId: 'R', version: r.campaign.version, statuses: [...statuses, { label: 'emailed', responded: false, default: false }] }), ValidationError);
      expect(dup.issues.map((i) => i.code)).to.include('duplicate');
    });

    it('refuses, through saveCampaign too, a status set that drops a status members hold', async () => {
      const c = await campaignWith(a, 'V', 2);
      const e = await rejectsWith(a.saveCampaign({ ...c, memberStatuses: [{ label: 'Other', responded: false, default: true }] }), ValidationError);
      expect(e.issues.map((i) => i.path)).to.deep.equal(['moves']);
      expect((await a.countMembers('V')).byStatus).to.deep.equal({ Sent: 2 });
    });
  });

  describe('deleting a campaign', () => {
    it('deletes an empty one (with its materials); refuses one with members or sub-campaigns, and a stale version', async () => {
      const empty = await a.saveCampaign({ id: 'EMPTY', name: 'Never used' });
      await a.saveMaterial({ campaignId: 'EMPTY', name: 'Draft', kind: 'brochure', url: 'https://example.com/draft.pdf' });
      await rejectsWith(a.deleteCampaign('EMPTY', empty.version + 1), ConflictError);
      await a.deleteCampaign('EMPTY', empty.version);
      await rejectsWith(a.getCampaign('EMPTY'), NotFoundError);
      await rejectsWith(a.listMaterials('EMPTY'), NotFoundError);
      const full = await campaignWith(a, 'FULL', 1);
      const inUse = await rejectsWith(a.deleteCampaign('FULL', full.version), ConflictError);
      expect(inUse.reason).to.equal('in_use');
      expect(inUse.message).to.contain('members (1)');
      const parent = await a.saveCampaign({ id: 'PARENT', name: 'Parent' });
      await a.saveCampaign({ id: 'CHILD', name: 'Child', parentId: 'PARENT' });
      expect((await rejectsWith(a.deleteCampaign('PARENT', parent.version), ConflictError)).message).to.contain('sub-campaigns');
      expect((await a.getCampaign('FULL')).name).to.equal('Campaign FULL');
      await rejectsWith(a.deleteCampaign('nope', 1), NotFoundError);
    });
  });

  describe('quick campaigns', () => {
    it('makes one campaign with every selected person a member (duplicates once), with progress', async () => {
      const people = await leads(a, 12, 'quick');
      const progress: number[] = [];
      const r = await a.createQuickCampaign(
        { campaign: { name: 'Follow-up call', type: 'other' }, people: [...people, people[0]], status: 'Sent' },
        { onProgress: (done) => progress.push(done) },
      );
      expect(r.membersCreated).to.equal(12);
      expect(r.campaign).to.deep.include({ name: 'Follow-up call', version: 1 });
      expect((await a.countMembers(r.campaign.id)).byStatus).to.deep.equal({ Sent: 12 });
      expect(progress.length, 'progress reported').to.be.greaterThan(0);
      expect(progress[progress.length - 1]).to.equal(12);
      expect((await a.listPersonCampaigns(people[3])).map((p) => p.campaign.id)).to.deep.equal([r.campaign.id]);
    });

    it('writes nothing when a person is unknown or the input is bad', async () => {
      const people = await leads(a, 2, 'qbad');
      const before = (await a.listCampaigns()).length;
      await rejectsWith(a.createQuickCampaign({ campaign: { name: 'X' }, people: [...people, { type: 'lead', id: 'no-such-lead' }] }), NotFoundError);
      const bad = await rejectsWith(a.createQuickCampaign({ campaign: { name: '' }, people: [] }), ValidationError);
      expect(bad.issues.map((i) => i.path).sort()).to.deep.equal(['campaign.name', 'people']);
      await rejectsWith(a.createQuickCampaign({ campaign: { name: 'Y' }, people, status: 'No such status' }), ValidationError);
      expect((await a.listCampaigns()).length).to.equal(before);
    });
  });

  describe('campaign materials', () => {
    it('keeps named links and files of a kind; a list leaves file contents out; edits are version-checked', async () => {
      await a.saveCampaign({ id: 'M', name: 'Materials' });
      const link = await a.saveMaterial({ campaignId: 'M', name: 'Landing page', kind: 'landing-page', url: 'https://example.com/spring' });
      await new Promise((resolve) => setTimeout(resolve, 3)); // "oldest first" needs two instants
      const data = btoa('%PDF-1.4 tiny');
      const file = await a.saveMaterial({ campaignId: 'M', name: 'Brochure', kind: 'brochure', file: { name: 'brochure.pdf', type: 'application/pdf', size: 13, data } });
      expect(file.file).to.deep.equal({ name: 'brochure.pdf', type: 'application/pdf', size: 13 });
      const list = await a.listMaterials('M');
      expect(list.map((m) => [m.name, m.kind, m.url ?? m.file?.name])).to.deep.equal([
        ['Landing page', 'landing-page', 'https://example.com/spring'],
        ['Brochure', 'brochure', 'brochure.pdf'],
      ]);
      expect(list[1].file?.data).to.equal(undefined);
      expect((await a.getMaterial(file.id)).file?.data).to.equal(data);
      // Renamed with the file as the list shows it: the content stays.
      const renamed = await a.saveMaterial({ ...list[1], name: 'Spring brochure' });
      expect(renamed.version).to.equal(2);
      expect((await a.getMaterial(file.id)).file?.data).to.equal(data);
      await rejectsWith(a.saveMaterial({ ...link, name: 'Stale', version: link.version + 5 }), ConflictError);
      await a.deleteMaterial(link.id, link.version);
      expect((await a.listMaterials('M')).map((m) => m.name)).to.deep.equal(['Spring brochure']);
    });

    it('refuses bad links, neither or both of link and file, a size that does not match, an oversized file and an unknown campaign', async () => {
      await a.saveCampaign({ id: 'MB', name: 'Materials bad' });
      const issues = async (input: Parameters<DataAdapter['saveMaterial']>[0]) => (await rejectsWith(a.saveMaterial(input), ValidationError)).issues.map((i) => `${i.path}:${i.code}`);
      expect(await issues({ campaignId: 'MB', name: 'x', url: 'javascript:alert(1)' })).to.deep.equal(['url:url']);
      expect(await issues({ campaignId: 'MB', name: 'x' })).to.deep.equal(['url:url_or_file']);
      expect(await issues({ campaignId: 'MB', name: 'x', file: { name: 'a.txt', size: 5, data: btoa('abc') } })).to.deep.equal(['file.size:size_mismatch']);
      expect(await issues({ campaignId: 'MB', name: 'x', file: { name: 'big.bin', size: 600 * 1024, data: 'AAAA' } })).to.include('file.size:too_big');
      await rejectsWith(a.saveMaterial({ campaignId: 'nope', name: 'x', url: 'https://example.com' }), NotFoundError);
      expect(await a.listMaterials('MB')).to.deep.equal([]);
    });
  });

  describe("a person's campaign history", () => {
    it('lists every campaign of a lead newest first from its index; a contact has its converted lead\'s; unknown people are NotFound', async () => {
      await a.saveCampaign({ id: 'H1', name: 'First', type: 'email' });
      await a.saveCampaign({ id: 'H2', name: 'Second', type: 'event' });
      await a.saveCampaign({ id: 'H3', name: 'Other person only' });
      const r = await a.submitLead({ submissionId: sid(), campaignId: 'H1', lead: { email: 'history@example.com', lastName: 'History', company: 'Hist Ltd' } });
      await new Promise((resolve) => setTimeout(resolve, 5));
      await a.addMembers({ campaignId: 'H2', people: [r.person], status: 'Registered' });
      await a.submitLead({ submissionId: sid(), campaignId: 'H3', lead: { email: 'someone-else@example.com' } });
      const history = await a.listPersonCampaigns(r.person);
      expect(history.map((h) => [h.campaign.name, h.member.status])).to.deep.equal([
        ['Second', 'Registered'],
        ['First', 'Responded'],
      ]);
      // "Add to campaign" for a campaign the person is on adds nothing.
      expect(await a.addMembers({ campaignId: 'H2', people: [r.person] })).to.deep.equal([]);
      const lead = await a.getLead(r.person.id);
      const converted = await a.convertLead({ leadId: lead.id, leadVersion: lead.version, account: { mode: 'new' }, contact: { mode: 'new' } });
      expect(await a.listPersonCampaigns(r.person)).to.deep.equal([]);
      const moved = await a.listPersonCampaigns({ type: 'contact', id: converted.contactId });
      expect(moved.map((h) => [h.campaign.id, h.member.convertedLeadId])).to.deep.equal([
        ['H2', lead.id],
        ['H1', lead.id],
      ]);
      await rejectsWith(a.listPersonCampaigns({ type: 'contact', id: 'no-such-contact' }), NotFoundError);
      await rejectsWith(a.listPersonCampaigns({ type: 'robot' as 'lead', id: 'x' }), ValidationError);
    });
  });
}
