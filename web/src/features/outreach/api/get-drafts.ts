import { DraftList } from '../../../../../shared/contracts/outreach.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `GET /api/drafts`: every stored draft, with its version count and latest score. */
export function getDrafts(signal?: AbortSignal): Promise<DraftList> {
  return requestJson('/api/drafts', DraftList, { signal });
}
