import { AppError } from '../errors.ts';

/**
 * A position in a list ordered by `updatedAt`, then rowid, both descending (drafts, contacts), as an
 * opaque string: the next page starts after it, however many rows were written meanwhile.
 */
export function encodeKeysetCursor(updatedAt: string, rowid: number): string {
  return Buffer.from(JSON.stringify([updatedAt, rowid])).toString('base64url');
}

/** The position a cursor from `encodeKeysetCursor` names; anything else is a 400. */
export function decodeKeysetCursor(cursor: string): { updatedAt: string; rowid: number } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (Array.isArray(value) && typeof value[0] === 'string' && Number.isSafeInteger(value[1])) {
      return { updatedAt: value[0], rowid: value[1] as number };
    }
  } catch {
    // Falls through to the error below.
  }
  throw new AppError('invalid_request', 400, 'cursor: not a cursor this server gave out (use nextCursor from the previous page)');
}
