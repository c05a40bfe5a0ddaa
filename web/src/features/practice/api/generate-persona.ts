import { Persona } from '../../../../../shared/contracts/practice.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `POST /api/personas/generate`: a model writes a persona from one line (409 with the offline coach). */
export function generatePersona(description: string): Promise<Persona> {
  return requestJson('/api/personas/generate', Persona, { method: 'POST', body: { description } });
}
