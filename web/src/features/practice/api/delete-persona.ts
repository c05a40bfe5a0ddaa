import { requestNoContent } from '../../../lib/api-client.ts';

/** `DELETE /api/personas/:id`: a professional the user described (a preset answers 409 `persona_preset`). */
export function deletePersona(id: string): Promise<void> {
  return requestNoContent(`/api/personas/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
