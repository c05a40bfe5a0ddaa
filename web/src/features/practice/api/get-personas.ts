import { PersonaList } from '../../../../../shared/contracts/practice.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `GET /api/personas`: presets first, then personas the user described. */
export function getPersonas(signal?: AbortSignal): Promise<PersonaList> {
  return requestJson('/api/personas', PersonaList, { signal });
}
