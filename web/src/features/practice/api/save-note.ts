import { Debrief } from '../../../../../shared/contracts/practice.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `POST /api/practice/sessions/:id/note`: keeps the edited thank-you note with the debrief. */
export function saveNote(id: string, note: string): Promise<Debrief> {
  return requestJson(`/api/practice/sessions/${encodeURIComponent(id)}/note`, Debrief, { method: 'POST', body: { note } });
}
