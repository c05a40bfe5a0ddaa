import type { Database } from './client.ts';

/** Bytes the database's live pages take (free pages left by deletes are not counted). */
export async function databaseSizeBytes(db: Database): Promise<number> {
  const read = async (pragma: string) => Number((await db.$client.execute(`PRAGMA ${pragma}`)).rows[0]?.[0] ?? 0);
  const [pages, free, pageSize] = await Promise.all([read('page_count'), read('freelist_count'), read('page_size')]);
  return (pages - free) * pageSize;
}

export interface StorageQuota {
  /** True while the database is below its quota. */
  hasRoom(): Promise<boolean>;
  readonly limitBytes: number;
}

/**
 * The storage quota (`INFOCHAT_STORAGE_QUOTA_MB`). Checked before each write: a write that starts
 * below the quota completes, so the database may pass it by one request (at most 1 MB).
 */
export function createStorageQuota(db: Database, limitBytes: number): StorageQuota {
  return { limitBytes, hasRoom: async () => (await databaseSizeBytes(db)) < limitBytes };
}
