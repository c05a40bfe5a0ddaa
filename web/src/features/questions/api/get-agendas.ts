import { AgendaList } from '../../../../../shared/contracts/questions.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `GET /api/agendas`: newest updated first. */
export function getAgendas(signal?: AbortSignal): Promise<AgendaList> {
  return requestJson('/api/agendas', AgendaList, { signal });
}
