import { ActiveCoach } from '../../../../../shared/contracts/common.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `GET /api/coach`: which coach the server runs (offline rulebook or a model). */
export function getActiveCoach(signal?: AbortSignal): Promise<ActiveCoach> {
  return requestJson('/api/coach', ActiveCoach, { signal });
}
