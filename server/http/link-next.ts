import type { Context } from 'hono';
import { nextCursor, type Page, type Paged } from '../db/page.ts';

/**
 * `Link: </api/…?limit=50&cursor=50>; rel="next"` when another page follows: how a list whose body
 * is an array (kept so for the clients that read it) says where the rest is.
 */
export function linkNext(c: Context, page: Page, paged: Paged<unknown>): void {
  const cursor = nextCursor(page, paged);
  if (cursor === null) return;
  const url = new URL(c.req.url);
  url.searchParams.set('limit', String(page.limit));
  url.searchParams.set('cursor', cursor);
  c.header('Link', `<${url.pathname}${url.search}>; rel="next"`);
}
