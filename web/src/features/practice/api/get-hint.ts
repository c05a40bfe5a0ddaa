import { CoachHint } from '../../../../../shared/contracts/practice.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `POST /api/practice/sessions/:id/coach`: a hint, out of the professional's voice. */
export function getHint(id: string): Promise<CoachHint> {
  return requestJson(`/api/practice/sessions/${encodeURIComponent(id)}/coach`, CoachHint, { method: 'POST', body: {} });
}
