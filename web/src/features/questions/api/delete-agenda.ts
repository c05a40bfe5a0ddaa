import { errorFromResponse, send } from '../../../lib/api-client.ts';

/** `DELETE /api/agendas/:id`. */
export async function deleteAgenda(id: string): Promise<void> {
  const response = await send(`/api/agendas/${encodeURIComponent(id)}`, { method: 'DELETE' });
  if (!response.ok) throw await errorFromResponse(response);
}
