import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CritiqueRequest, CritiqueResponse } from '../../../../../shared/contracts/outreach.ts';
import { ApiError, isAbortError } from '../../../lib/api-client.ts';
import { createCritique } from '../api/create-critique.ts';
import { streamCritique, type CritiqueProgress } from '../api/stream-critique.ts';

export type CritiqueMode = 'stream' | 'single';

export interface CritiqueRun {
  running: boolean;
  mode: CritiqueMode;
  progress: CritiqueProgress | undefined;
  error: ApiError | undefined;
}

/**
 * Asks the server for a full critique: streamed (with progress) when a model coaches, one request
 * otherwise. Only one run at a time; a new run or `cancel()` aborts the previous one.
 */
export function useCritique(mode: CritiqueMode, onResult: (critique: CritiqueResponse, draft: string) => void) {
  const [run, setRun] = useState<CritiqueRun>({ running: false, mode, progress: undefined, error: undefined });
  const controllerRef = useRef<AbortController | null>(null);
  const onResultRef = useRef(onResult);
  useLayoutEffect(() => {
    onResultRef.current = onResult;
  });

  useEffect(() => () => controllerRef.current?.abort(), []);

  const start = useCallback(
    async (request: CritiqueRequest) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      setRun({ running: true, mode, progress: undefined, error: undefined });
      try {
        const critique =
          mode === 'stream'
            ? await streamCritique(
                request,
                (progress) => {
                  if (!controller.signal.aborted) setRun((r) => ({ ...r, progress }));
                },
                controller.signal,
              )
            : await createCritique(request, controller.signal);
        if (controller.signal.aborted) return;
        setRun({ running: false, mode, progress: undefined, error: undefined });
        onResultRef.current(critique, request.draft);
      } catch (error) {
        if (isAbortError(error) || controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError
            ? error
            : new ApiError('unexpected', 'Something went wrong while getting the critique. Your draft is safe — try again.');
        setRun({ running: false, mode, progress: undefined, error: apiError });
      } finally {
        if (controllerRef.current === controller) controllerRef.current = null;
      }
    },
    [mode],
  );

  const cancel = useCallback(() => {
    controllerRef.current?.abort();
    controllerRef.current = null;
    setRun({ running: false, mode, progress: undefined, error: undefined });
  }, [mode]);

  const fail = useCallback((message: string) => {
    setRun({ running: false, mode, progress: undefined, error: new ApiError('invalid_input', message) });
  }, [mode]);

  const clearError = useCallback(() => setRun((r) => (r.error ? { ...r, error: undefined } : r)), []);

  return { run, start, cancel, fail, clearError };
}
