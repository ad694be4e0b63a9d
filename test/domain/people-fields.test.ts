import { expect } from '@open-wc/testing';
import { ChangeBuilder } from '../../src/domain/change-builder.js';
import { LEAD_REPORT_KEY, leadMetrics } from '../../src/domain/lead-counts.js';
import {
  countListedPeople,
  dateBound,
  operatorFits,
  peopleMatcher,
  peopleSortKeys,
  personField,
  personFieldNames,
  personFieldValue,
  peopleSortFields,
  type ListedPerson,
} from '../../src/domain/people-fields.js';
import { peopleQuerySchema } from '../../src/model/people.js';

const base = { version: 1, createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' };
const lead = (id: string, fields: Partial<Extract<ListedPerson, { kind: 'lead' }>> = {}): ListedPerson => ({ ...base, id, kind: 'lead', source: 'web', status: 'open', ...fields });
const contact = (id: string, fields: Partial<Extract<ListedPerson, { kind: 'contact' }>> = {}): ListedPerson => ({ ...base, id, kind: 'contact', ...fields });

describe('domain: the people list field catalogue', () => {
  it('knows the standard fields and custom ones, and which operator each takes', () => {
    expect(personField('rating')).to.include({ kind: 'enum', leadOnly: true, sortable: true });
    expect(personField('custom.tier')).to.deep.equal({ kind: 'text' });
    expect(personField('custom.')).to.equal(undefined);
    expect(personField('salary')).to.equal(undefined);
    expect(personField('__proto__')).to.equal(undefined);
    expect(personField('status')!.values).to.not.include('converted'); // a converted lead is listed as its contact
    // The sortable fields are exactly those an index keeps.
    expect(personFieldNames.filter((f) => personField(f)?.sortable)).to.have.members([...peopleSortFields]);
    expect([operatorFits('enum', 'range'), operatorFits('date', 'range'), operatorFits('text', 'contains'), operatorFits('enum', 'contains'), operatorFits('number', 'empty')]).to.deep.equal([false, true, true, false, true]);
  });

  it('sorts by rating hot, warm, cold, then none (a contact has none), and leaves a converted lead out of every order', () => {
    const keys = [lead('1', { rating: 'cold' }), lead('2', { rating: 'hot' }), contact('3'), lead('4'), lead('5', { rating: 'warm' })].map((p) => [p.id, peopleSortKeys(p)!.rating]);
    const byRating = keys.sort((a, b) => (a[1] !== b[1] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
    expect(byRating).to.deep.equal([['2', '1'], ['5', '2'], ['1', '3'], ['3', '4'], ['4', '4']]);
    expect(peopleSortKeys(lead('6', { status: 'converted' }))).to.equal(undefined);
    expect(peopleSortKeys(lead('7', { lastName: 'Đặng', firstName: 'Đức', email: 'd@x.vn' }))!.name).to.equal('dang\u0001duc\u0001d@x.vn');
  });

  it('reads each field of a lead and of a contact, a lead-only field empty on a contact', () => {
    const l = lead('1', { firstName: 'Olena', lastName: 'Koval', employees: 12, custom: { tags: ['a', 'b'], vip: true, note: '' } });
    expect([personFieldValue(l, 'name'), personFieldValue(l, 'employees'), personFieldValue(l, 'type')]).to.deep.equal(['Olena Koval', 12, 'lead']);
    expect([personFieldValue(l, 'custom.tags'), personFieldValue(l, 'custom.vip'), personFieldValue(l, 'custom.note'), personFieldValue(l, 'custom.none')]).to.deep.equal(['a\nb', 'true', undefined, undefined]);
    expect([personFieldValue(contact('2', { company: 'Acme' }), 'company'), personFieldValue(contact('2'), 'rating'), personFieldValue(contact('2'), 'source')]).to.deep.equal(['Acme', undefined, undefined]);
  });

  it('matches every condition: one of (folded text), contains, date and number ranges inclusive, empty and present', () => {
    const people = [
      lead('ana', { country: 'România', rating: 'hot', source: 'event', employees: 40, createdAt: '2026-03-01T23:59:59.000Z' }),
      lead('bao', { country: 'Vietnam', rating: 'warm', source: 'event', employees: 400, createdAt: '2026-03-02T00:00:00.000Z' }),
      contact('cid', { country: 'romania', company: 'Sài Gòn Tech', createdAt: '2026-02-28T12:00:00.000Z' }),
    ];
    const ids = (q: Parameters<typeof peopleMatcher>[0]) => people.filter(peopleMatcher(q)).map((p) => p.id);
    expect(ids({ filters: [{ field: 'country', op: 'in', values: ['ROMANIA'] }] })).to.deep.equal(['ana', 'cid']);
    expect(ids({ filters: [{ field: 'rating', op: 'in', values: ['hot'] }, { field: 'source', op: 'in', values: ['event'] }] })).to.deep.equal(['ana']);
    expect(ids({ filters: [{ field: 'company', op: 'contains', value: 'sai gon' }] })).to.deep.equal(['cid']);
    expect(ids({ filters: [{ field: 'created', op: 'range', from: '2026-03-01', to: '2026-03-01' }] })).to.deep.equal(['ana']); // the whole day, UTC
    expect(ids({ filters: [{ field: 'created', op: 'range', from: '2026-03-02' }] })).to.deep.equal(['bao']);
    expect(ids({ filters: [{ field: 'employees', op: 'range', from: 40, to: 399 }] })).to.deep.equal(['ana']);
    expect(ids({ filters: [{ field: 'rating', op: 'empty' }] })).to.deep.equal(['cid']);
    expect(ids({ filters: [{ field: 'rating', op: 'present' }] })).to.deep.equal(['ana', 'bao']);
    expect(ids({ type: 'contact' })).to.deep.equal(['cid']);
    expect(dateBound('2026-03-01', true)).to.equal('2026-03-01T23:59:59.999Z');
  });

  it('counts a list from the workspace counter when it filters only what the counter counts', () => {
    const b = new ChangeBuilder('2026-03-01T00:00:00.000Z');
    b.create('contacts', 'c1', { lastName: 'C' });
    b.create('contacts', 'c2', { lastName: 'D' });
    const counts: Record<string, number> = { ...b.changes.counters.find((c) => c.key === LEAD_REPORT_KEY)!.deltas };
    for (const l of [lead('1', { rating: 'hot', source: 'event' }), lead('2', { source: 'event' }), lead('3', { rating: 'hot', status: 'converted' })]) for (const m of leadMetrics(l as Extract<ListedPerson, { kind: 'lead' }>)) counts[m] = (counts[m] ?? 0) + 1;
    expect(counts.contacts).to.equal(2);
    expect(countListedPeople(counts, {})).to.equal(4); // the converted lead is its contact
    expect(countListedPeople(counts, { type: 'lead' })).to.equal(2);
    expect(countListedPeople(counts, { filters: [{ field: 'rating', op: 'in', values: ['hot'] }] })).to.equal(1);
    expect(countListedPeople(counts, { filters: [{ field: 'rating', op: 'empty' }] })).to.equal(3);
    expect(countListedPeople(counts, { filters: [{ field: 'source', op: 'in', values: ['event'] }, { field: 'type', op: 'in', values: ['lead'] }] })).to.equal(2);
    expect(countListedPeople(counts, { search: 'x' })).to.equal(undefined);
    expect(countListedPeople(counts, { filters: [{ field: 'country', op: 'empty' }] })).to.equal(undefined);
  });

  it('refuses a query naming an unknown field, an operator the field does not take or a value outside its choices', () => {
    const issues = (query: unknown) => {
      const r = peopleQuerySchema.safeParse(query);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    };
    expect(issues({ filters: [{ field: 'salary', op: 'empty' }] })).to.deep.equal(['filters.0.field:unknown_field']);
    expect(issues({ filters: [{ field: 'rating', op: 'contains', value: 'h' }] })).to.deep.equal(['filters.0.op:operator']);
    expect(issues({ filters: [{ field: 'source', op: 'in', values: ['tv'] }] })).to.deep.equal(['filters.0.values:invalid_value']);
    expect(issues({ filters: [{ field: 'created', op: 'range', to: 'soon' }] })).to.deep.equal(['filters.0.from:invalid_date']);
    expect(issues({ sort: 'country' })).to.have.length(1);
    expect(issues({ filters: [{ field: 'custom.tier', op: 'in', values: ['gold'] }], sort: 'rating', limit: 500 })).to.deep.equal([]);
  });
});
