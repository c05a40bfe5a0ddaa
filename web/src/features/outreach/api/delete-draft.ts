import { requestNoContent } from '../../../lib/api-client.ts';

/** `DELETE /api/drafts/:id`: the draft with every version and critique (204; 404 when already gone). */
export function deleteDraft(id: string, signal?: AbortSignal): Promise<void> {
  return requestNoContent(`/api/drafts/${encodeURIComponent(id)}`, { method: 'DELETE', signal });
}
