import { SessionList } from '../../../../../shared/contracts/practice.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `GET /api/practice/sessions`: history, newest first, with scores. */
export function getSessions(signal?: AbortSignal): Promise<SessionList> {
  return requestJson('/api/practice/sessions', SessionList, { signal });
}
