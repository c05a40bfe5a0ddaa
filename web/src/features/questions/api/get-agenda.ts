import { Agenda } from '../../../../../shared/contracts/questions.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `GET /api/agendas/:id`. */
export function getAgenda(id: string, signal?: AbortSignal): Promise<Agenda> {
  return requestJson(`/api/agendas/${encodeURIComponent(id)}`, Agenda, { signal });
}

/** Where the server answers the agenda as a Markdown file. */
export const agendaMarkdownUrl = (id: string) => `/api/agendas/${encodeURIComponent(id)}/markdown`;
