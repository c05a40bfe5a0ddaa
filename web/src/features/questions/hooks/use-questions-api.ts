import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgendaInput, QuestionReviewRequest } from '../../../../../shared/contracts/questions.ts';
import { createReview } from '../api/create-review.ts';
import { deleteAgenda } from '../api/delete-agenda.ts';
import { getAgenda } from '../api/get-agenda.ts';
import { getAgendas } from '../api/get-agendas.ts';
import { getBank } from '../api/get-bank.ts';
import { saveAgenda } from '../api/save-agenda.ts';

/** Server state of the Questions page, through react-query: one hook per operation. */
const keys = {
  bank: ['questions', 'bank'] as const,
  agendas: ['agendas'] as const,
  agenda: (id: string) => ['agendas', id] as const,
};

export function useBank() {
  return useQuery({ queryKey: keys.bank, queryFn: ({ signal }) => getBank(signal), staleTime: Infinity });
}

export function useAgendas() {
  return useQuery({ queryKey: keys.agendas, queryFn: ({ signal }) => getAgendas(signal) });
}

export function useAgenda(id: string | null) {
  return useQuery({ queryKey: keys.agenda(id ?? ''), queryFn: ({ signal }) => getAgenda(id ?? '', signal), enabled: id !== null });
}

export function useReview() {
  return useMutation({ mutationFn: (request: QuestionReviewRequest) => createReview(request) });
}

export function useSaveAgenda() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, id }: { input: AgendaInput; id?: string | undefined }) => saveAgenda(input, id),
    onSuccess: (agenda) => {
      client.setQueryData(keys.agenda(agenda.id), agenda);
      void client.invalidateQueries({ queryKey: keys.agendas, exact: true });
    },
  });
}

export function useDeleteAgenda() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteAgenda(id),
    onSuccess: (_nothing, id) => {
      client.removeQueries({ queryKey: keys.agenda(id) });
      void client.invalidateQueries({ queryKey: keys.agendas, exact: true });
    },
  });
}
