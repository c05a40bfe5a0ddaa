import { CritiqueStreamEvent, type CritiqueRequest, type CritiqueResponse } from '../../../../../shared/contracts/outreach.ts';
import { applyTextDelta } from '../../../../../shared/contracts/text-delta.ts';
import { ApiError, errorFromResponse, send } from '../../../lib/api-client.ts';
import { readSseEvents } from '../../../lib/sse.ts';

/** What the page sees while a model writes: the rewrite rebuilt from the server's deltas. */
export interface CritiqueProgress {
  type: 'progress';
  /** How many rule findings the model has written so far. */
  findings: number;
  /** The rewrite as far as the model has written it. */
  rewrite?: string | undefined;
  attempt: number;
}

const EVENT_NAMES = new Set<string>(['progress', 'result', 'error']);

/**
 * `POST /api/outreach/critique/stream`: the same critique, with progress events while a model writes.
 * Resolves with the `result` event's critique; an `error` event becomes an `ApiError` with the server's message.
 * The server sends the rewrite as deltas (see shared/contracts/text-delta.ts); `onProgress` gets it whole.
 */
export async function streamCritique(
  request: CritiqueRequest,
  onProgress: (progress: CritiqueProgress) => void,
  signal?: AbortSignal,
): Promise<CritiqueResponse> {
  const init: RequestInit = {
    method: 'POST',
    headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
    body: JSON.stringify(request),
  };
  if (signal) init.signal = signal;
  const response = await send('/api/outreach/critique/stream', init);
  if (!response.ok) throw await errorFromResponse(response);
  if (!response.body) throw new ApiError('bad_response', 'The server sent no progress stream. Try again.', response.status);

  let rewrite: string | undefined;
  let attempt = 1;
  for await (const { event: name, data } of readSseEvents(response.body)) {
    if (!EVENT_NAMES.has(name)) continue; // Not one of ours.
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      continue;
    }
    const event = CritiqueStreamEvent.safeParse(json);
    if (!event.success) continue;
    if (event.data.type === 'progress') {
      // A retry writes its rewrite from scratch.
      if (event.data.attempt !== attempt) {
        attempt = event.data.attempt;
        rewrite = undefined;
      }
      if (event.data.rewriteDelta) rewrite = applyTextDelta(rewrite ?? '', event.data.rewriteDelta);
      onProgress({ type: 'progress', findings: event.data.findings, attempt, ...(rewrite !== undefined ? { rewrite } : {}) });
    } else if (event.data.type === 'result') return event.data.critique;
    else throw new ApiError(event.data.error.code, event.data.error.message, response.status);
  }
  throw new ApiError('stream_ended', 'The connection closed before the critique finished. Your draft is safe — try again.');
}
