import type { ZodType } from 'zod';
import { errorFromResponse, parseBody, send } from './api-client.ts';

/** The most pages a list follows: 20 pages of 200 items, far past what one person keeps. */
const MAX_PAGES = 20;

/** The `rel="next"` target of a `Link` header, if any. */
export function nextLink(header: string | null): string | undefined {
  return header?.match(/<([^>]+)>\s*;\s*rel="next"/)?.[1];
}

/**
 * A list whose body is an array and whose next page is named by `Link: <…>; rel="next"` (personas,
 * practice sessions): every page, concatenated, at 200 items a page.
 */
export async function getAllPages<T>(path: string, schema: ZodType<T[]>, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let next: string | undefined = `${path}${path.includes('?') ? '&' : '?'}limit=200`;
  for (let page = 0; next && page < MAX_PAGES; page++) {
    const response = await send(next, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
    if (!response.ok) throw await errorFromResponse(response);
    items.push(...parseBody(schema, await response.json().catch(() => undefined), response.status));
    next = nextLink(response.headers.get('link'));
  }
  return items;
}
