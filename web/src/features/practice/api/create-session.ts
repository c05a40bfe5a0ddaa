import { type CreateSessionRequest, PracticeSession } from '../../../../../shared/contracts/practice.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `POST /api/practice/sessions`. */
export function createSession(request: CreateSessionRequest): Promise<PracticeSession> {
  return requestJson('/api/practice/sessions', PracticeSession, { method: 'POST', body: request });
}
