import { expect } from '@open-wc/testing';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';
import { confirmOptIn, needsConfirmation, pendingOptIn, RESEND_AFTER_MS } from '../../src/domain/opt-in.js';
import { defaultMemberStatuses } from '../../src/domain/statuses.js';
import type { CampaignMember } from '../../src/model/member.js';

describe('domain: double opt-in', () => {
  const campaign = { memberStatuses: defaultMemberStatuses('email') };
  const responded = campaign.memberStatuses[1];
  const t0 = '2026-12-01T10:00:00.000Z';

  it('a new sign-up waits with the default status and asks for a mail; a repeat within the hour does not mail again', () => {
    const first = pendingOptIn(campaign, undefined, responded, t0);
    expect(first).to.deep.equal({ fields: { status: 'Sent', responded: false, optIn: { state: 'pending', status: 'Responded', requestedAt: t0 } }, mail: true });
    const member = { status: 'Sent', responded: false, optIn: first.fields.optIn };
    const soon = new Date(Date.parse(t0) + RESEND_AFTER_MS - 1).toISOString();
    expect(pendingOptIn(campaign, member, responded, soon)).to.deep.equal({ fields: first.fields, mail: false });
    const later = new Date(Date.parse(t0) + RESEND_AFTER_MS).toISOString();
    expect(pendingOptIn(campaign, member, responded, later).mail).to.equal(true);
  });

  it('only people who never confirmed nor responded wait; a confirmation applies the status asked for, once', () => {
    expect(needsConfirmation(undefined)).to.equal(true);
    expect(needsConfirmation({ responded: true })).to.equal(false);
    expect(needsConfirmation({ responded: false, optIn: { state: 'confirmed', status: 'Responded', requestedAt: t0 } })).to.equal(false);
    const member = { id: 'm', version: 2, createdAt: t0, updatedAt: t0, campaignId: 'N', leadId: 'l', person: {}, status: 'Sent', responded: false, optIn: { state: 'pending', status: 'Responded', requestedAt: t0 } } as CampaignMember;
    const patch = confirmOptIn(campaign, member, '2026-12-02T08:00:00.000Z');
    expect(patch).to.deep.equal({
      status: 'Responded',
      responded: true,
      firstRespondedAt: '2026-12-02T08:00:00.000Z',
      optIn: { state: 'confirmed', status: 'Responded', requestedAt: t0, confirmedAt: '2026-12-02T08:00:00.000Z' },
    });
    expect(confirmOptIn(campaign, { ...member, ...patch } as CampaignMember, 'later')).to.equal(undefined);
  });

  it('an adapter that honours it (the server) holds the membership until confirmed; one that cannot mail records the response', async () => {
    const withMail = new LocalAdapter(new MemoryStore(), { doubleOptIn: true });
    await withMail.saveCampaign({ id: 'N', name: 'News', type: 'email', doubleOptIn: true });
    const r = await withMail.submitLead({ submissionId: 'sub-000001', campaignId: 'N', lead: { email: 'a@example.com' } });
    expect(r.confirmation).to.equal('pending');
    const [pending] = await withMail.getMembers([r.memberId]);
    expect([pending.status, pending.responded, pending.optIn?.state]).to.deep.equal(['Sent', false, 'pending']);
    const done = await withMail.confirmOptIn(r.memberId);
    expect([done?.confirmed, done?.member.status, done?.member.optIn?.state]).to.deep.equal([true, 'Responded', 'confirmed']);
    expect((await withMail.confirmOptIn(r.memberId))?.confirmed).to.equal(false);
    const again = await withMail.submitLead({ submissionId: 'sub-000002', campaignId: 'N', lead: { email: 'a@example.com' } });
    expect(again.confirmation).to.equal('not-needed');

    const browser = new LocalAdapter(new MemoryStore());
    await browser.saveCampaign({ id: 'N', name: 'News', type: 'email', doubleOptIn: true });
    const b = await browser.submitLead({ submissionId: 'sub-000003', campaignId: 'N', lead: { email: 'b@example.com' } });
    expect(b.confirmation).to.equal(undefined);
    expect((await browser.getMembers([b.memberId]))[0].status).to.equal('Responded');
  });
});
