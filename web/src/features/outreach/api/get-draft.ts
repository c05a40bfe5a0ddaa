import { DraftDetail } from '../../../../../shared/contracts/outreach.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `GET /api/drafts/:id`: one draft with every version, oldest first. */
export function getDraft(id: string, signal?: AbortSignal): Promise<DraftDetail> {
  return requestJson(`/api/drafts/${encodeURIComponent(id)}`, DraftDetail, { signal });
}
