import { Agenda, AgendaList } from '../../../../../shared/contracts/questions.ts';
import { requestJson } from '../../../lib/api-client.ts';

/**
 * The agendas saved on the Questions page, read here so Practice can load one (features don't
 * import each other). The query keys match the Questions page's, so both share one cache.
 */
export const savedAgendaKeys = {
  all: ['agendas'] as const,
  one: (id: string) => ['agendas', id] as const,
};

/** `GET /api/agendas`: newest updated first. */
export function listSavedAgendas(signal?: AbortSignal): Promise<AgendaList> {
  return requestJson('/api/agendas', AgendaList, { signal });
}

/** `GET /api/agendas/:id`. */
export function readSavedAgenda(id: string, signal?: AbortSignal): Promise<Agenda> {
  return requestJson(`/api/agendas/${encodeURIComponent(id)}`, Agenda, { signal });
}
