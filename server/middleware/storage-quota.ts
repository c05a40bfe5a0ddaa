import type { MiddlewareHandler } from 'hono';
import type { StorageQuota } from '../db/quota.ts';
import { AppError } from '../errors.ts';

const ADDS_DATA = new Set(['POST', 'PUT', 'PATCH']);

/** Refuses writes once the database has reached its quota; reads and deletes (which free room) go on. */
export function storageQuota(quota: StorageQuota): MiddlewareHandler {
  return async (c, next) => {
    if (ADDS_DATA.has(c.req.method) && !(await quota.hasRoom())) {
      const megabytes = Math.round(quota.limitBytes / (1024 * 1024));
      throw new AppError(
        'storage_quota_exceeded',
        507,
        `The database has reached its storage quota of ${megabytes} MB. Delete old drafts, or raise INFOCHAT_STORAGE_QUOTA_MB.`,
      );
    }
    await next();
  };
}
