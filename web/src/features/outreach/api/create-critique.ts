import { CritiqueResponse, type CritiqueRequest } from '../../../../../shared/contracts/outreach.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `POST /api/outreach/critique`: critique a draft in one answer (stored as a new draft or version). */
export function createCritique(request: CritiqueRequest, signal?: AbortSignal): Promise<CritiqueResponse> {
  return requestJson('/api/outreach/critique', CritiqueResponse, { method: 'POST', body: request, signal });
}
