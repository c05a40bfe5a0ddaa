import { Debrief } from '../../../../../shared/contracts/practice.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `POST /api/practice/sessions/:id/end`: the debrief (the same one again if already ended). */
export function endSession(id: string): Promise<Debrief> {
  return requestJson(`/api/practice/sessions/${encodeURIComponent(id)}/end`, Debrief, { method: 'POST', body: {} });
}
