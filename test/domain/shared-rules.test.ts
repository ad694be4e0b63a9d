import { expect } from '@open-wc/testing';
import { autoCreatedCampaign, isRetryOf, isSettableLeadStatus, submissionFingerprint, submissionStatus } from '../../src/domain/capture.js';
import { countMembersOf, displayName, personName, rankPeople, toMemberCounts, memberCountDeltas } from '../../src/domain/members.js';
import { defaultMemberStatuses } from '../../src/domain/statuses.js';
import { typedNumber } from '../../src/model/common.js';
import { addComponentStrings } from '../../src/i18n/english-components.js';
import { ensureLocale, msg } from '../../src/i18n/localize.js';
import { leadSubmissionSchema } from '../../src/model/submission.js';
import type { Campaign } from '../../src/model/campaign.js';
import type { CampaignMember } from '../../src/model/member.js';

addComponentStrings();

const campaign = (type: 'event' | 'email'): Campaign =>
  ({ id: 'E', version: 1, name: 'E', type, status: 'active', currency: 'USD', memberStatuses: defaultMemberStatuses(type), createdAt: '', updatedAt: '' }) as unknown as Campaign;

describe('rules shared by every widget and adapter', () => {
  it('names a person in the order their language writes names: family name first in Vietnamese', () => {
    const p = { firstName: 'Văn An', lastName: 'Nguyễn', email: 'an@example.vn' };
    expect(personName(p, 'en')).to.equal('Văn An Nguyễn');
    expect(personName(p, 'vi')).to.equal('Nguyễn Văn An');
    expect(personName(p, 'vi-VN')).to.equal('Nguyễn Văn An');
    expect(personName(p, 'vi', 'given-first')).to.equal('Văn An Nguyễn');
    expect(personName(p, 'uk')).to.equal('Văn An Nguyễn');
    expect(displayName({ email: 'an@example.vn' }, 'vi')).to.equal('an@example.vn');
    expect(personName({ email: 'x@example.com' })).to.equal('');
  });

  it('reads numbers as people type them in the kit languages', () => {
    expect(typedNumber('')).to.equal(undefined);
    expect(typedNumber(' 2 000,50 ')).to.equal(2000.5);
    expect(typedNumber('2\u202f000')).to.equal(2000);
    expect(typedNumber('1.5')).to.equal(1.5);
    expect(Number.isNaN(typedNumber('abc'))).to.equal(true);
    // The page's language says what its group mark is: "2,000" in English is two thousand.
    expect(typedNumber('2,000', 'en')).to.equal(2000);
    expect(typedNumber('1,234,567.5', 'en')).to.equal(1234567.5);
    expect(typedNumber('2,5', 'en')).to.equal(2.5);
    expect(typedNumber('2.000,50', 'ro')).to.equal(2000.5);
    expect(typedNumber('12.500', 'vi')).to.equal(12500);
    expect(typedNumber('2,000', 'fr')).to.equal(2);
    expect(typedNumber('2.5', 'uk')).to.equal(2.5);
    expect(typedNumber('2 000,50', 'uk')).to.equal(2000.5);
    expect(Number.isNaN(typedNumber('2,000,5', 'en'))).to.equal(true);
  });

  it('finds people in family-name order, accent-insensitive, 20 at most', () => {
    const found = ['Zhou', 'Đặng', 'adams', 'Ólafsson', ...Array.from({ length: 30 }, (_, i) => `X${String(i).padStart(2, '0')}`)].map((lastName) => ({ person: { lastName, firstName: 'A' } }));
    const ranked = rankPeople(found).map((f) => f.person.lastName);
    expect(ranked.slice(0, 4)).to.deep.equal(['adams', 'Đặng', 'Ólafsson', 'X00']);
    expect(ranked).to.have.length(20);
  });

  it('recognises a retried submission by what it says, not by its CAPTCHA token', () => {
    const s = leadSubmissionSchema.parse({ submissionId: 'sub-000001', campaignId: 'A', lead: { email: 'a@example.com' }, captchaToken: 'one' });
    const retry = leadSubmissionSchema.parse({ ...s, captchaToken: 'two' });
    const other = leadSubmissionSchema.parse({ ...s, lead: { email: 'b@example.com' } });
    expect(isRetryOf(submissionFingerprint(s), submissionFingerprint(retry))).to.equal(true);
    expect(isRetryOf(submissionFingerprint(s), submissionFingerprint(other))).to.equal(false);
  });

  it('records a response with the responded status, a walk-in as registered (then checked in)', () => {
    expect(submissionStatus(campaign('email'), false).responded).to.equal(true);
    expect(submissionStatus(campaign('event'), true).label).to.equal('Registered');
    expect(autoCreatedCampaign('spring')).to.deep.include({ name: 'spring', type: 'other', status: 'active' });
    expect(isSettableLeadStatus('converted')).to.equal(false);
    expect(isSettableLeadStatus('working')).to.equal(true);
  });

  it('counts a list of members exactly as the maintained counter does', () => {
    const members = [
      { id: '1', campaignId: 'E', leadId: 'l1', status: 'Registered', responded: false, person: {} },
      { id: '2', campaignId: 'E', contactId: 'c1', status: 'Attended', responded: true, checkIn: { id: 'x', at: '', previousStatus: 'Registered', walkIn: true }, person: {} },
      { id: '3', campaignId: 'E', leadId: 'l3', convertedLeadId: 'l0', status: 'Attended', responded: true, person: {} },
    ] as unknown as CampaignMember[];
    const counter: Record<string, number> = {};
    for (const m of members) for (const [k, n] of Object.entries(memberCountDeltas(undefined, m))) counter[k] = (counter[k] ?? 0) + n;
    expect(countMembersOf(members)).to.deep.equal(toMemberCounts(counter));
    expect(countMembersOf(members)).to.deep.include({ total: 3, leads: 2, contacts: 1, responded: 2, walkIns: 1, convertedLeads: 1 });
  });

  it('counts in each language\'s plural forms, never "field(s)"', async () => {
    await Promise.all((['uk', 'ro', 'fr'] as const).map((l) => ensureLocale(l)));
    expect(msg('en', 'form.errors-title', { count: 1 })).to.equal('Please correct 1 field:');
    expect(msg('en', 'form.errors-title', { count: 3 })).to.equal('Please correct 3 fields:');
    expect(msg('en', 'summary.subtree', { count: '2' })).to.equal('With 2 sub-campaigns');
    expect(msg('en', 'list.remove-confirm', { count: '1,200' })).to.match(/^Remove 1,200 members from/);
    expect(msg('uk', 'form.errors-title', { count: 1 })).to.contain('1 поле');
    expect(msg('uk', 'form.errors-title', { count: 3 })).to.contain('3 поля');
    expect(msg('uk', 'form.errors-title', { count: 5 })).to.contain('5 полів');
    expect(msg('ro', 'list.remove-confirm', { count: 20 })).to.contain('20 de membri');
    expect(msg('fr', 'summary.subtree', { count: 1 })).to.equal('Avec 1 sous-campagne');
    for (const key of ['form.errors-title', 'summary.subtree', 'list.remove-confirm', 'wizard.review.memberships'] as const) {
      for (const l of ['en', 'uk', 'ro', 'fr'] as const) expect(msg(l, key, { count: 2 }), `${l} ${key}`).not.to.match(/\(s\)|\(i\)|\(e\)|\{|plural/);
    }
  });
});
