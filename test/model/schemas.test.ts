import { expect } from '@open-wc/testing';
import { campaignMemberSchema, campaignSchema, leadFieldsSchema } from '../../src/model/index.js';

describe('model: schemas', () => {
  it('stores names NFC-normalized and otherwise exactly as typed', () => {
    const typed = { firstName: '  Ánh  '.normalize('NFD'), lastName: 'Țurcanu', company: 'ООО «Ромашка»' };
    const parsed = leadFieldsSchema.parse(typed);
    expect(parsed.firstName).to.equal('Ánh'.normalize('NFC'));
    expect(parsed.lastName).to.equal('Țurcanu');
    expect(parsed.company).to.equal('ООО «Ромашка»');
  });

  it('refuses a membership on both or neither of a lead and a contact', () => {
    const base = {
      id: 'm',
      version: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      campaignId: 'A',
      status: 'Sent',
      responded: false,
      person: {},
    };
    expect(campaignMemberSchema.safeParse({ ...base, leadId: 'L' }).success).to.equal(true);
    expect(campaignMemberSchema.safeParse({ ...base, leadId: 'L', contactId: 'C' }).success).to.equal(false);
    expect(campaignMemberSchema.safeParse(base).success).to.equal(false);
  });

  it('requires a version and timestamps on every stored record', () => {
    const campaign = {
      id: 'A',
      name: 'A',
      type: 'email',
      status: 'active',
      memberStatuses: [{ label: 'Sent', responded: false, default: true }],
    };
    expect(campaignSchema.safeParse(campaign).success).to.equal(false);
    expect(
      campaignSchema.safeParse({ ...campaign, version: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }).success,
    ).to.equal(true);
  });
});
