import { useEffect, useState } from 'react';
import { ApiError, isAbortError } from './api-client.ts';

export interface RemoteState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

/**
 * Loads `load()` whenever `key` changes (null: load nothing). Keeps the previous data while
 * reloading so lists do not flash empty; aborts a load that is no longer wanted.
 */
export function useRemote<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): RemoteState<T> {
  const [state, setState] = useState<RemoteState<T>>({ data: undefined, error: undefined, loading: key !== null });

  useEffect(() => {
    if (key === null) {
      setState({ data: undefined, error: undefined, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    load(controller.signal).then(
      (data) => setState({ data, error: undefined, loading: false }),
      (error: unknown) => {
        if (isAbortError(error)) return;
        const apiError =
          error instanceof ApiError ? error : new ApiError('unexpected', 'Something went wrong while loading. Try again.');
        setState((previous) => ({ data: previous.data, error: apiError, loading: false }));
      },
    );
    return () => controller.abort();
    // `load` is recreated every render; `key` names what it loads.
  }, [key]);

  return state;
}
