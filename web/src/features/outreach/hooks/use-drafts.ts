import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteDraft } from '../api/delete-draft.ts';
import { getDraft } from '../api/get-draft.ts';
import { getDrafts } from '../api/get-drafts.ts';

/** Query keys of stored drafts: invalidating `all` refreshes the list and every open draft. */
export const draftKeys = {
  all: ['drafts'] as const,
  list: () => [...draftKeys.all, 'list'] as const,
  detail: (id: string) => [...draftKeys.all, 'detail', id] as const,
};

/** Stored drafts, newest updated first, a page at a time (`fetchNextPage` follows `nextCursor`). */
export function useDrafts() {
  return useInfiniteQuery({
    queryKey: draftKeys.list(),
    queryFn: ({ signal, pageParam }) => getDrafts(signal, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** One draft with its versions; nothing is loaded while `id` is undefined. */
export function useDraft(id: string | undefined) {
  return useQuery({
    queryKey: draftKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getDraft(id ?? '', signal),
    enabled: id !== undefined,
  });
}

/** Deletes a stored draft; the list and the draft's own query forget it. */
export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteDraft(id),
    onSuccess: (_nothing, id) => {
      queryClient.removeQueries({ queryKey: draftKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: draftKeys.list() });
    },
  });
}
