import { FollowupCritiqueResponse } from '../../../../../shared/contracts/practice.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `POST /api/followup/critique`: the follow-up rules on a thank-you note, with the session's topics. */
export function critiqueNote(note: string, sessionId: string, signal?: AbortSignal): Promise<FollowupCritiqueResponse> {
  return requestJson('/api/followup/critique', FollowupCritiqueResponse, { method: 'POST', body: { note, sessionId }, signal });
}
