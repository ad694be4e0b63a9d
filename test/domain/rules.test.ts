/**
 * The domain rules' edges, one by one: what `npm run mutation` found no test for (a BOM that must
 * win over the chosen encoding, the size limit's exact bound, account suggestions by website,
 * ordering of campaigns by date, the person snapshot comparison, fingerprints, undoing a check-in).
 */
import { expect } from '@open-wc/testing';
import { arrivedAt, tracksAttendance, undoCheckInPatch } from '../../src/domain/attendance.js';
import { accountMatches, defaultOpportunityName, defaultPrimaryCampaign, emailDomain, mapCustomFields } from '../../src/domain/conversion.js';
import { CsvTooLargeError, decodeCsv, detectDelimiter, formatCsv, rowsToLeads } from '../../src/domain/csv.js';
import { fingerprint } from '../../src/domain/ids.js';
import { displayName, samePersonSnapshot } from '../../src/domain/members.js';
import { defaultMemberStatuses } from '../../src/domain/statuses.js';
import type { CampaignMember } from '../../src/model/member.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));

describe('domain rules: CSV edges', () => {
  it('lets a byte-order mark win over the chosen encoding (UTF-8 and UTF-16LE)', () => {
    const text = 'Ім’я;Email\r\nОлена;o@example.com';
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]), 'windows-1251')).to.equal(text);
    expect(decodeCsv(Uint8Array.from([0xff, 0xfe, ...utf16le('Name,Email')]), 'windows-1252')).to.equal('Name,Email');
    // Without a BOM the chosen encoding applies, even to bytes that look like half a BOM.
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0x41]), 'windows-1252')).to.equal('ï»A');
    expect(decodeCsv(Uint8Array.from([0xff, 0x41]), 'windows-1252')).to.equal('ÿA');
  });

  it('accepts a file of exactly the size limit and refuses one byte more', () => {
    expect(decodeCsv(utf8('abcdefghij'), 'utf-8', 10)).to.equal('abcdefghij');
    expect(() => decodeCsv(utf8('abcdefghijk'), 'utf-8', 10)).to.throw(CsvTooLargeError);
  });

  it('detects the separator the header uses most, comma when there is none', () => {
    expect(detectDelimiter('a;b,c;d\n1;2;3;4')).to.equal(';');
    expect(detectDelimiter('a\tb\n1\t2')).to.equal('\t');
    expect(detectDelimiter('name\nAna')).to.equal(',');
    expect(detectDelimiter('a,b')).to.equal(',');
    expect(detectDelimiter('a;b')).to.equal(';');
  });

  it('turns rows into leads: whole-number employees become numbers, nothing else does; blanks and unmapped columns are left out', () => {
    const leads = rowsToLeads(
      [
        ['Ana', '12', '0040 123', '  ', 'x'],
        ['', '12a', '', 'Acme', 'y'],
      ],
      ['firstName', 'employees', 'phone', 'company', undefined],
    );
    expect(leads).to.deep.equal([{ firstName: 'Ana', employees: 12, phone: '0040 123' }, { employees: '12a', company: 'Acme' }]);
  });

  it('writes absent cells as empty, and keeps false and 0', () => {
    expect(formatCsv(['a', 'b', 'c', 'd'], [[null, undefined, false, 0]])).to.equal('\ufeffa,b,c,d\r\n,,false,0\r\n');
  });
});

describe('domain rules: conversion helpers', () => {
  it('suggests an account by the work email domain on its website, never by free mail', () => {
    const lead = { company: 'Something else', email: 'ana@Acme.io' };
    expect(accountMatches(lead, { name: 'Acme', website: 'https://www.acme.io/about' })).to.equal(true);
    expect(accountMatches(lead, { name: 'Acme', website: 'acme.io' })).to.equal(true);
    expect(accountMatches(lead, { name: 'Acme', website: 'https://acme.com' })).to.equal(false);
    expect(accountMatches(lead, { name: 'Acme' })).to.equal(false);
    expect(accountMatches({ company: 'X', email: 'ana@gmail.com' }, { name: 'Google', website: 'gmail.com' })).to.equal(false);
    expect(accountMatches({ company: 'ACME, Inc.', email: undefined }, { name: 'Acme', website: undefined })).to.equal(true);
    expect(accountMatches({ company: '', email: 'x@acme.io' }, { name: '', website: undefined })).to.equal(false);
  });

  it('reads an email domain only after a local part', () => {
    expect(emailDomain('ana@Acme.COM ')).to.equal('acme.com');
    expect(emailDomain('@acme.com')).to.equal(undefined);
    expect(emailDomain('a@b.co')).to.equal('b.co');
    expect(emailDomain(undefined)).to.equal(undefined);
    expect(emailDomain('no-at-sign')).to.equal(undefined);
  });

  it('credits the most recent responded campaign, else the most recently joined one', () => {
    const m = (campaignId: string, createdAt: string, firstRespondedAt?: string) =>
      ({ campaignId, createdAt, responded: !!firstRespondedAt, ...(firstRespondedAt ? { firstRespondedAt } : {}) }) as CampaignMember;
    expect(defaultPrimaryCampaign([m('OLD', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'), m('NEW', '2026-02-01T00:00:00Z', '2026-03-02T00:00:00Z'), m('X', '2026-04-01T00:00:00Z')])).to.equal('NEW');
    expect(defaultPrimaryCampaign([m('A', '2026-01-01T00:00:00Z'), m('B', '2026-05-01T00:00:00Z'), m('C', '2026-03-01T00:00:00Z')])).to.equal('B');
    expect(defaultPrimaryCampaign([])).to.equal(undefined);
  });

  it('names the opportunity after the company and the person, the email when there is no name', () => {
    expect(defaultOpportunityName({ company: 'Acme', firstName: 'Ana', lastName: 'Pop' })).to.equal('Acme - Ana Pop');
    expect(defaultOpportunityName({ company: 'Acme', email: 'ana@acme.io' })).to.equal('Acme - ana@acme.io');
    expect(defaultOpportunityName({ lastName: 'Pop' })).to.equal('Pop');
    expect(defaultOpportunityName({})).to.equal('');
  });

  it('carries mapped custom fields and lists the rest as dropped', () => {
    expect(mapCustomFields({ budget: 100, color: 'red', vip: false }, { budget: 'annualBudget', vip: 'isVip' })).to.deep.equal({
      carried: { annualBudget: 100, isVip: false },
      dropped: ['color'],
    });
    expect(mapCustomFields(undefined, undefined)).to.deep.equal({ carried: {}, dropped: [] });
  });
});

describe('domain rules: members, fingerprints, attendance', () => {
  it('names a person "First Last", else by email, else empty', () => {
    expect(displayName({ firstName: 'Ana', lastName: 'Pop', email: 'a@x.io' })).to.equal('Ana Pop');
    expect(displayName({ lastName: 'Pop', email: 'a@x.io' })).to.equal('Pop');
    expect(displayName({ email: 'a@x.io' })).to.equal('a@x.io');
    expect(displayName({})).to.equal('');
    expect(displayName(undefined)).to.equal('');
  });

  it('compares person snapshots field by field', () => {
    const base = { firstName: 'Ana', lastName: 'Pop', email: 'a@x.io', company: 'Acme' };
    expect(samePersonSnapshot(base, { ...base })).to.equal(true);
    for (const field of ['firstName', 'lastName', 'email', 'company'] as const) {
      expect(samePersonSnapshot(base, { ...base, [field]: 'other' }), field).to.equal(false);
    }
  });

  it('fingerprints values independently of key order, and tells different values apart', () => {
    expect(fingerprint({ b: 1, a: [1, { d: 2, c: 3 }] })).to.equal(fingerprint({ a: [1, { c: 3, d: 2 }], b: 1 }));
    expect(fingerprint({ a: [1, 2] })).not.to.equal(fingerprint({ a: [2, 1] }));
    expect(fingerprint({ a: 'x' })).not.to.equal(fingerprint({ a: 'y' }));
    expect(fingerprint('ab')).not.to.equal(fingerprint('ba'));
    expect(fingerprint({ a: 1 })).to.match(/^[0-9a-f]{8}$/);
  });

  it('tracks attendance only with both an attended and a no-show status', () => {
    const event = { memberStatuses: defaultMemberStatuses('event') };
    expect(tracksAttendance(event)).to.equal(true);
    expect(tracksAttendance({ memberStatuses: event.memberStatuses.filter((s) => s.label !== 'No-show') })).to.equal(false);
    expect(tracksAttendance({ memberStatuses: event.memberStatuses.filter((s) => s.label !== 'Attended') })).to.equal(false);
    expect(tracksAttendance({ memberStatuses: defaultMemberStatuses('email') })).to.equal(false);
  });

  it('dates an arrival by the check-in, else the first response', () => {
    expect(arrivedAt({ checkIn: { id: 'c-000001', at: '2026-05-01T09:00:00Z', previousStatus: 'Registered' }, firstRespondedAt: '2026-04-01T00:00:00Z' })).to.equal('2026-05-01T09:00:00Z');
    expect(arrivedAt({ firstRespondedAt: '2026-04-01T00:00:00Z' })).to.equal('2026-04-01T00:00:00Z');
    expect(arrivedAt({})).to.equal(undefined);
  });

  it('undoes a check-in to the status it replaced, or to a status no longer on the campaign, not responded', () => {
    const campaign = { memberStatuses: defaultMemberStatuses('event') };
    const member = { status: 'Attended', responded: true, firstRespondedAt: '2026-05-01T09:00:00Z', checkIn: { id: 'c-000001', at: '2026-05-01T09:00:00Z', previousStatus: 'Registered', previousFirstRespondedAt: '2026-04-01T00:00:00Z' } } as CampaignMember;
    expect(undoCheckInPatch(campaign, member)).to.deep.equal({ status: 'Registered', responded: false, firstRespondedAt: '2026-04-01T00:00:00Z', checkIn: undefined });
    const gone = { ...member, checkIn: { ...member.checkIn!, previousStatus: 'Waitlist' } };
    expect(undoCheckInPatch(campaign, gone)).to.deep.equal({ status: 'Waitlist', responded: false, firstRespondedAt: '2026-04-01T00:00:00Z', checkIn: undefined });
    const respondedBefore = { memberStatuses: campaign.memberStatuses.map((s) => (s.label === 'Registered' ? { ...s, responded: true } : s)) };
    expect(undoCheckInPatch(respondedBefore, member).responded).to.equal(true);
  });
});
