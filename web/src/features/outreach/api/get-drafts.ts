import { DraftList } from '../../../../../shared/contracts/outreach.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `GET /api/drafts`: a page of stored drafts (newest first), with `nextCursor` for the next page. */
export function getDrafts(signal?: AbortSignal, cursor?: string): Promise<DraftList> {
  const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
  return requestJson(`/api/drafts${query}`, DraftList, { signal });
}
