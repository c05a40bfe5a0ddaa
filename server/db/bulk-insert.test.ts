import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { bulkInsertStatements } from './bulk-insert.ts';
import { contacts } from './schema.ts';

const row = (i: number): typeof contacts.$inferInsert => ({
  id: `c-${String(i).padStart(4, '0')}`,
  name: `Person ${i} "quoted", O’Brien`,
  role: i % 2 ? 'Researcher' : null,
  organization: null,
  field: 'UX',
  connection: null,
  channel: i % 3 ? 'email' : null,
  email: null,
  linkedinUrl: null,
  profile: i % 5 ? null : 'Line one\nline two\u0000kept',
  priority: (i % 3) + 1,
  notes: null,
  doNotContact: i % 7 === 0,
  stage: 'to-ask',
  actedOnAdvice: false,
  snoozes: i % 4 ? [] : [{ item: 'follow-up', until: '2027-01-02' }],
  plan: { askedAt: null } as never,
  createdAt: '2026-12-07T10:00:00.000Z',
  updatedAt: '2026-12-07T10:00:00.000Z',
});

describe('bulkInsertStatements', () => {
  it('stores exactly what drizzle’s own insert stores, in statements of 200 rows, in one transaction', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => row(i));
    const viaDrizzle = await openDatabase(':memory:');
    const viaBulk = await openDatabase(':memory:');
    try {
      await viaDrizzle.insert(contacts).values(rows.slice(0, 200));
      await viaDrizzle.insert(contacts).values(rows.slice(200));
      const statements = bulkInsertStatements(contacts, rows);
      expect(statements).toHaveLength(3);
      await viaBulk.$client.batch(statements, 'write');
      const read = (db: typeof viaBulk) => db.select().from(contacts).orderBy(contacts.id);
      expect(await read(viaBulk)).toEqual(await read(viaDrizzle));
      expect((await read(viaBulk))[0]).toMatchObject({ doNotContact: true, snoozes: [{ item: 'follow-up', until: '2027-01-02' }] });
    } finally {
      viaDrizzle.$client.close();
      viaBulk.$client.close();
    }
  });

  it('all rows or none: a clash in the last statement leaves nothing written', async () => {
    const db = await openDatabase(':memory:');
    try {
      const rows = Array.from({ length: 250 }, (_, i) => row(i));
      rows[249] = { ...rows[249]!, id: rows[0]!.id };
      await expect(db.$client.batch(bulkInsertStatements(contacts, rows), 'write')).rejects.toThrow();
      expect(await db.select().from(contacts)).toEqual([]);
    } finally {
      db.$client.close();
    }
  });

  it('refuses a row with a column missing rather than guess its default', () => {
    const { plan: _, ...partial } = row(1);
    expect(() => bulkInsertStatements(contacts, [partial as never])).toThrow(/plan is missing/);
  });
});
