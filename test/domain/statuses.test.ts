import { expect } from '@open-wc/testing';
import { applyStatus, defaultMemberStatuses, defaultStatus, findStatus, mayMoveForward, respondedStatus } from '../../src/domain/statuses.js';
import { isBlankLead, publicSubmissionResult, webFormStatuses } from '../../src/domain/capture.js';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import { ValidationError } from '../../src/adapters/errors.js';
import { rejectsWith } from '../helpers/expect-error.js';
import { memberCountDeltas, toMemberCounts } from '../../src/domain/members.js';
import { attendanceFigures, attendedStatus, checkInPatch, expectedStatuses, noShowStatus, tracksAttendance, undoCheckInPatch } from '../../src/domain/attendance.js';
import type { CampaignMember } from '../../src/model/member.js';

describe('domain: member statuses', () => {
  it('gives generic campaigns Sent/Responded and event campaigns the attendance set', () => {
    expect(defaultMemberStatuses('email')).to.deep.equal([
      { label: 'Sent', responded: false, default: true },
      { label: 'Responded', responded: true, default: false },
    ]);
    const event = { memberStatuses: defaultMemberStatuses('event') };
    expect(defaultStatus(event).label).to.equal('Invited');
    expect(respondedStatus(event).label).to.equal('Attended');
    expect(findStatus(event, ' no-SHOW ')?.label).to.equal('No-show');
    expect(defaultMemberStatuses('event')).not.to.equal(defaultMemberStatuses('event')); // fresh copies
  });

  it('sets responded from the status and keeps the first-responded date', () => {
    const statuses = defaultMemberStatuses('event');
    const attended = applyStatus(undefined, statuses[2], '2026-01-01T10:00:00.000Z');
    expect(attended).to.deep.equal({ status: 'Attended', responded: true, firstRespondedAt: '2026-01-01T10:00:00.000Z' });
    const noShow = applyStatus(attended, statuses[3], '2026-01-02T10:00:00.000Z');
    expect(noShow).to.deep.equal({ status: 'No-show', responded: false, firstRespondedAt: '2026-01-01T10:00:00.000Z' });
    expect(applyStatus(undefined, statuses[0], 'now')).to.deep.equal({ status: 'Invited', responded: false });
  });

  it('computes counter deltas for a membership change', () => {
    const m = { campaignId: 'A', leadId: 'L', status: 'Sent', responded: false } as CampaignMember;
    const r = { ...m, status: 'Responded', responded: true };
    expect(memberCountDeltas(undefined, m)).to.deep.equal({ total: 1, 'type:lead': 1, 'status:Sent': 1 });
    expect(memberCountDeltas(m, r)).to.deep.equal({ total: 0, 'type:lead': 0, 'status:Sent': -1, 'status:Responded': 1, responded: 1 });
    expect(toMemberCounts({ total: 2, 'type:lead': 1, 'type:contact': 1, 'status:Sent': 2, 'status:Responded': 0, responded: 0 })).to.deep.equal({
      total: 2,
      leads: 1,
      contacts: 1,
      responded: 0,
      convertedLeads: 0,
      byStatus: { Sent: 2 },
      walkIns: 0,
    });
  });
});

describe('domain: attendance', () => {
  const event = { memberStatuses: defaultMemberStatuses('event') };
  it('finds the attended and no-show statuses, and who is still expected', () => {
    expect(attendedStatus(event)?.label).to.equal('Attended');
    expect(noShowStatus(event)?.label).to.equal('No-show');
    expect(expectedStatuses(event).map((s) => s.label)).to.deep.equal(['Invited', 'Registered']);
    expect(tracksAttendance(event)).to.equal(true);
    expect(tracksAttendance({ memberStatuses: defaultMemberStatuses('email') })).to.equal(false);
    expect(attendedStatus({ memberStatuses: defaultMemberStatuses('email') })?.label).to.equal('Responded');
  });

  it('computes door figures: walk-ins are not expected; the rate is arrived ÷ expected, n/a when nobody is', () => {
    const counts = { total: 12, leads: 12, contacts: 0, responded: 5, convertedLeads: 0, walkIns: 2, byStatus: { Registered: 5, Attended: 5, 'No-show': 2 } };
    expect(attendanceFigures(event, counts)).to.deep.equal({ expected: 10, checkedIn: 5, notArrived: 5, walkIns: 2, noShows: 2, rate: 0.3 });
    expect(attendanceFigures(event, { ...counts, total: 0, responded: 0, walkIns: 0, byStatus: {} }).rate).to.equal(null);
  });

  it('a check-in records what it replaced, and its undo restores it', () => {
    const member = { id: 'm', version: 1, createdAt: 't', updatedAt: 't', campaignId: 'E', leadId: 'l', status: 'Registered', responded: false, person: {} };
    const patch = checkInPatch(member, attendedStatus(event)!, { id: 'door-00001', at: '2026-11-28T09:42:00.000Z' });
    expect(patch).to.deep.equal({
      status: 'Attended',
      responded: true,
      firstRespondedAt: '2026-11-28T09:42:00.000Z',
      checkIn: { id: 'door-00001', at: '2026-11-28T09:42:00.000Z', previousStatus: 'Registered' },
    });
    expect(undoCheckInPatch(event, { ...member, ...patch })).to.deep.equal({ status: 'Registered', responded: false, firstRespondedAt: undefined, checkIn: undefined });
  });
});

describe('domain: what a public web form (a publishable key) may do', () => {
  const event = { memberStatuses: defaultMemberStatuses('event') };
  const email = { memberStatuses: defaultMemberStatuses('email') };

  it('records the campaign\'s web-form statuses: flagged ones, else the responded status, else Registered where attendance is tracked', () => {
    expect(webFormStatuses(email).map((s) => s.label)).to.deep.equal(['Responded']);
    expect(webFormStatuses(event).map((s) => s.label)).to.deep.equal(['Registered'], 'never Attended: that is being there');
    const flagged = { memberStatuses: [{ label: 'Sent', responded: false, default: true }, { label: 'Opened', responded: false, default: false, webForm: true }, { label: 'Clicked', responded: true, default: false, webForm: true }] };
    expect(webFormStatuses(flagged).map((s) => s.label)).to.deep.equal(['Opened', 'Clicked']);
  });

  it('moves a member only forward, never from a responded status to one that is not, never after a check-in', () => {
    const s = (label: string) => findStatus(event, label)!;
    expect(mayMoveForward(event, { status: 'Invited', responded: false }, s('Registered'))).to.equal(true);
    expect(mayMoveForward(event, { status: 'Registered', responded: false }, s('Registered'))).to.equal(false);
    expect(mayMoveForward(event, { status: 'Registered', responded: false }, s('Invited'))).to.equal(false);
    expect(mayMoveForward(event, { status: 'Attended', responded: true }, s('No-show'))).to.equal(false, 'responded → not responded');
    expect(mayMoveForward(event, { status: 'Invited', responded: false, checkIn: { id: 'x' } }, s('Registered'))).to.equal(false);
    expect(mayMoveForward(event, { status: 'Renamed away', responded: false }, s('Registered'))).to.equal(false);
    expect(mayMoveForward(email, { status: 'sent', responded: false }, findStatus(email, 'Responded')!)).to.equal(true, 'labels compare case-insensitively');
  });

  it('answers the same for every submission: placeholders, nothing matched, nothing created', () => {
    expect(publicSubmissionResult('s-1234-5678')).to.deep.equal({
      submissionId: 's-1234-5678',
      person: { type: 'lead', id: 'submission:s-1234-5678' },
      memberId: 'submission:s-1234-5678',
      matched: false,
      memberCreated: false,
      campaignCreated: false,
      withheld: true,
    });
  });

  it('tells a blank row (spaces and empty strings only) from a row with a value', () => {
    expect(isBlankLead({})).to.equal(true);
    expect(isBlankLead({ firstName: '  ', email: '', custom: { a: '' } })).to.equal(true);
    expect(isBlankLead({ lastName: 'Only' })).to.equal(false);
    expect(isBlankLead({ employees: 0 })).to.equal(false);
    expect(isBlankLead({ custom: { vip: true } })).to.equal(false);
  });

  it('a local adapter with publicCapture keeps these rules (the server uses it for publishable keys)', async () => {
    const store = new MemoryStore();
    const trusted = new LocalAdapter(store);
    const pub = new LocalAdapter(store, { publicCapture: true, autoCreateCampaigns: false });
    await trusted.saveCampaign({ id: 'EV', name: 'Summit', type: 'event' });
    await trusted.submitLead({ submissionId: 'trusted-0001', campaignId: 'EV', lead: { email: 'a@example.com' }, status: 'Registered' });
    await rejectsWith(pub.submitLead({ submissionId: 'public-0001', campaignId: 'EV', lead: { email: 'a@example.com' }, status: 'No-show' }), ValidationError);
    await rejectsWith(pub.submitLead({ submissionId: 'public-0002', campaignId: 'EV', lead: { email: 'a@example.com' }, checkIn: { checkInId: 'door-0001' } }), ValidationError);
    const known = await pub.submitLead({ submissionId: 'public-0003', campaignId: 'EV', lead: { email: 'a@example.com' } });
    const fresh = await pub.submitLead({ submissionId: 'public-0004', campaignId: 'EV', lead: { email: 'b@example.com' } });
    expect({ ...known, submissionId: '', person: null, memberId: '' }).to.deep.equal({ ...fresh, submissionId: '', person: null, memberId: '' });
    expect(known.withheld).to.equal(true);
    const counts = await trusted.countMembers('EV');
    expect(counts.byStatus).to.deep.equal({ Registered: 2 });
  });
});
