import { Persona, type PersonaCard } from '../../../../../shared/contracts/practice.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `POST /api/personas`: stores a card the user described. */
export function createPersona(card: PersonaCard): Promise<Persona> {
  return requestJson('/api/personas', Persona, { method: 'POST', body: { card } });
}
