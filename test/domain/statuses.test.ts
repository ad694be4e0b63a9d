import { expect } from '@open-wc/testing';
import { applyStatus, defaultMemberStatuses, defaultStatus, findStatus, respondedStatus } from '../../src/domain/statuses.js';
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
