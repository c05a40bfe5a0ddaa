import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { createStorageQuota, databaseSizeBytes } from './quota.ts';
import { drafts } from './schema.ts';

let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
afterEach(() => db?.$client.close());

describe('storage quota', () => {
  it('measures the live pages, growing as rows are written', async () => {
    db = await openDatabase(':memory:');
    const empty = await databaseSizeBytes(db);
    expect(empty).toBeGreaterThan(0);
    const title = 'x'.repeat(10_000);
    for (let i = 0; i < 20; i++) await db.insert(drafts).values({ id: `d${i}`, title, createdAt: 'now', updatedAt: 'now' });
    expect(await databaseSizeBytes(db)).toBeGreaterThan(empty + 20 * 10_000 * 0.9);
  });

  it('has room below the limit and none at it, measuring at most once a second', async () => {
    db = await openDatabase(':memory:');
    const size = await databaseSizeBytes(db);
    let clock = 0;
    const quota = createStorageQuota(db, size + 50_000, () => clock);
    expect(await quota.hasRoom()).toBe(true);
    await db.insert(drafts).values({ id: 'big', title: 'x'.repeat(100_000), createdAt: 'now', updatedAt: 'now' });
    // Still the size measured a moment ago…
    clock = 999;
    expect(await quota.hasRoom()).toBe(true);
    // …then measured again.
    clock = 1_000;
    expect(await quota.hasRoom()).toBe(false);
  });
});
