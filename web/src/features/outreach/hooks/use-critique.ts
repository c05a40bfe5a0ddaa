import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CritiqueRequest, StoredCritique } from '../../../../../shared/contracts/outreach.ts';
import { ApiError, isAbortError } from '../../../lib/api-client.ts';
import { createCritique } from '../api/create-critique.ts';
import { streamCritique, type CritiqueProgress } from '../api/stream-critique.ts';
import { draftKeys } from './use-drafts.ts';

export type CritiqueMode = 'stream' | 'single';

export interface CritiqueRun {
  running: boolean;
  mode: CritiqueMode;
  progress: CritiqueProgress | undefined;
  error: ApiError | undefined;
}

interface CritiqueVariables {
  request: CritiqueRequest;
  signal: AbortSignal;
}

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError('unexpected', 'Something went wrong while getting the critique. Your draft is safe — try again.');
}

/**
 * A full critique as a mutation: streamed (with progress) when a model coaches, one request
 * otherwise. Only one run at a time; a new run or `cancel()` aborts the previous one. The page
 * always stores its critiques, so the answer must be a stored one.
 */
export function useCritique(mode: CritiqueMode) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<CritiqueProgress | undefined>(undefined);
  const [inputError, setInputError] = useState<ApiError | undefined>(undefined);
  const controllerRef = useRef<AbortController | null>(null);

  const mutation = useMutation({
    mutationFn: async ({ request, signal }: CritiqueVariables): Promise<StoredCritique> => {
      const critique =
        mode === 'stream'
          ? await streamCritique(request, (next) => signal.aborted || setProgress(next), signal)
          : await createCritique(request, signal);
      if (!critique.persisted) throw new ApiError('bad_response', 'The server did not save the critique. Try again.');
      return critique;
    },
    // A new draft or version is in History now.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: draftKeys.all }),
  });
  const { mutate, reset } = mutation;

  useEffect(() => () => controllerRef.current?.abort(), []);

  const start = useCallback(
    (request: CritiqueRequest, onResult: (critique: StoredCritique) => void) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      setProgress(undefined);
      setInputError(undefined);
      // Per-call callbacks run only for the latest call, and only while the page is mounted.
      mutate(
        { request, signal: controller.signal },
        {
          onSuccess: (critique) => controller.signal.aborted || onResult(critique),
          onSettled: () => {
            if (controllerRef.current === controller) controllerRef.current = null;
          },
        },
      );
    },
    [mutate],
  );

  const cancel = useCallback(() => {
    controllerRef.current?.abort();
    controllerRef.current = null;
    setProgress(undefined);
    reset();
  }, [reset]);

  /** Shows a problem found before sending (empty draft, bad minutes) the way a server error is shown. */
  const fail = useCallback(
    (message: string) => {
      reset();
      setInputError(new ApiError('invalid_input', message));
    },
    [reset],
  );

  const clearError = useCallback(() => {
    setInputError(undefined);
    if (mutation.isError) reset();
  }, [mutation.isError, reset]);

  const serverError = mutation.isError && !isAbortError(mutation.error) ? toApiError(mutation.error) : undefined;
  const run: CritiqueRun = {
    running: mutation.isPending,
    mode,
    progress: mutation.isPending ? progress : undefined,
    error: inputError ?? serverError,
  };
  return { run, start, cancel, fail, clearError };
}
