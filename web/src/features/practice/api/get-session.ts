import { PracticeSession } from '../../../../../shared/contracts/practice.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `GET /api/practice/sessions/:id`: the session with every turn. */
export function getSession(id: string, signal?: AbortSignal): Promise<PracticeSession> {
  return requestJson(`/api/practice/sessions/${encodeURIComponent(id)}`, PracticeSession, { signal });
}
