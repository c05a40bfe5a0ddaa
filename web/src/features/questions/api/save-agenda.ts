import { Agenda, type AgendaInput } from '../../../../../shared/contracts/questions.ts';
import { errorFromResponse, parseBody, send } from '../../../lib/api-client.ts';

/** `POST /api/agendas` without an id, `PUT /api/agendas/:id` with one. */
export async function saveAgenda(input: AgendaInput, id?: string): Promise<Agenda> {
  const response = await send(id ? `/api/agendas/${encodeURIComponent(id)}` : '/api/agendas', {
    method: id ? 'PUT' : 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw await errorFromResponse(response);
  return parseBody(Agenda, await response.json().catch(() => undefined), response.status);
}
