import { expect } from '@open-wc/testing';
import { fromRow, TABLES, toRow, type TableDef } from '../../server/store/row-mapping.js';

/** A small seeded generator: the same records every run. */
function generator(seed: number) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return { next, int: (n: number) => Math.floor(next() * n), text: () => ['Ana', 'Đặng Thu', 'Олена', 'x', 'a b c'][Math.floor(next() * 5)] };
}

/** A record of `def`'s table as the domain writes it: typed values, nested objects, fields no column holds. */
function recordOf(def: TableDef, g: ReturnType<typeof generator>, i: number): Record<string, unknown> {
  const record: Record<string, unknown> = { id: `id-${i}`, version: 1 + g.int(5) };
  for (const c of def.containers ?? []) record[c] = {};
  for (const [, path, type] of def.columns) {
    if (g.next() < 0.3) continue; // left out
    const value =
      type === 'int' ? g.int(1000)
      : type === 'num' ? g.int(100000) / 100
      : type === 'bool' ? g.next() < 0.5
      : type === 'date' ? `2026-0${1 + g.int(9)}-1${g.int(10)}`
      : type === 'ts' ? new Date(1_700_000_000_000 + g.int(1e9) * 1000).toISOString()
      : type === 'json' ? { list: [1, 'two'], nested: { yes: true } }
      : g.text();
    const dot = path.indexOf('.');
    if (dot < 0) record[path] = value;
    else ((record[path.slice(0, dot)] ??= {}) as Record<string, unknown>)[path.slice(dot + 1)] = value;
  }
  // Nested objects with fields no column holds, or none at all; top-level fields no column holds.
  for (const outer of new Set(def.columns.filter((c) => c[1].includes('.')).map((c) => c[1].split('.')[0]))) {
    const roll = g.next();
    if (roll < 0.2) ((record[outer] ??= {}) as Record<string, unknown>).unknownInner = g.text();
    else if (roll < 0.3 && record[outer] === undefined) record[outer] = {};
  }
  if (g.next() < 0.4) record.unknownField = g.text();
  if (g.next() < 0.2) record.unknownObject = { a: [1, 2], b: { c: 'd' } };
  if (def.store === 'campaigns') record.memberStatuses = []; // kept in its own table
  return record;
}

describe('server row mapping (server/store/row-mapping.ts)', () => {
  it('a record of every table comes back from its row as it was written (typed columns, nested objects, extra)', () => {
    const g = generator(7);
    for (const def of Object.values(TABLES)) {
      let checked = 0;
      for (let i = 0; i < 300; i++) {
        const record = recordOf(def, g, i);
        const written = JSON.stringify(record);
        let row: Record<string, unknown>;
        try {
          row = toRow(def, 'tenant-a', record as never);
        } catch {
          continue; // a table whose derived columns need fields this record lacks: not a mapping question
        }
        expect(JSON.stringify(record), `${def.table}: toRow leaves the record as it was`).to.equal(written);
        expect(row.tenant_id).to.equal('tenant-a');
        // What PostgreSQL hands back: the row's JSON (a jsonb `extra`, no column for a missing value).
        const back = fromRow(def, JSON.parse(JSON.stringify({ ...row, extra: row.extra ?? null })));
        expect(back, `${def.table} record ${i}`).to.deep.equal(record);
        checked++;
      }
      expect(checked, `${def.table}: records checked`).to.be.greaterThan(250);
    }
  });

  it('keeps no column of a record in extra, and an emptied container out of it', () => {
    const row = toRow(TABLES.leads, 't', { id: 'l1', version: 1, email: 'a@example.com', attribution: { utmSource: 'news' }, custom: { size: 'L' }, note: 'kept' } as never);
    expect(row.email).to.equal('a@example.com');
    expect(row.utm_source).to.equal('news');
    expect(row.extra).to.deep.equal({ note: 'kept' });
  });
});
