import { LIST_PAGE_DEFAULT, type ListQuery } from '../../shared/contracts/common.ts';

/** Which part of a list a store returns. */
export interface Page {
  limit: number;
  offset: number;
}

/** A page of a list, and whether another follows. */
export interface Paged<T> {
  items: T[];
  more: boolean;
}

/** The whole list (for internal callers and tests): no page limit. */
export const ALL: Page = { limit: 1_000_000, offset: 0 };

/** The page a parsed `?limit=&cursor=` asks for; the cursor is the offset of the next item. */
export function pageOf(query: { limit?: number | undefined; cursor?: string | undefined }): Page {
  return { limit: query.limit ?? LIST_PAGE_DEFAULT, offset: query.cursor === undefined ? 0 : Number(query.cursor) };
}

/** The cursor of the page after `page`, or null when none follows. */
export function nextCursor(page: Page, paged: Paged<unknown>): string | null {
  return paged.more ? String(page.offset + paged.items.length) : null;
}

export type { ListQuery };
