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

/** How long a measured size is trusted: three PRAGMAs per write would halve the write rate. */
const SIZE_TTL_MS = 1_000;

/**
 * The storage quota (`INFOCHAT_STORAGE_QUOTA_MB`). Checked before each write against a size measured
 * at most once a second: a write that starts below the quota completes, so the database may pass it
 * by what one second of (rate-limited) writes adds.
 */
export function createStorageQuota(db: Database, limitBytes: number, now: () => number = Date.now): StorageQuota {
  let measured: { at: number; size: Promise<number> } | undefined;
  return {
    limitBytes,
    async hasRoom() {
      if (!measured || now() - measured.at >= SIZE_TTL_MS) {
        const size = databaseSizeBytes(db);
        measured = { at: now(), size };
        // A failed measurement is retried on the next write rather than cached.
        size.catch(() => (measured = undefined));
      }
      return (await measured.size) < limitBytes;
    },
  };
}
