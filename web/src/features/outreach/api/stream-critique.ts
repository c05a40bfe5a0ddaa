import {
  CritiqueStreamEvent,
  type CritiqueRequest,
  type CritiqueResponse,
} from '../../../../../shared/contracts/outreach.ts';
import { ApiError, errorFromResponse, send } from '../../../lib/api-client.ts';
import { readSseData } from '../../../lib/sse.ts';

export type CritiqueProgress = Extract<CritiqueStreamEvent, { type: 'progress' }>;

/**
 * `POST /api/outreach/critique/stream`: the same critique, with progress events while a model writes.
 * Resolves with the `result` event's critique; an `error` event becomes an `ApiError` with the server's message.
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

  for await (const data of readSseData(response.body)) {
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      continue; // Not one of ours (e.g. a keep-alive payload).
    }
    const event = CritiqueStreamEvent.safeParse(json);
    if (!event.success) continue;
    if (event.data.type === 'progress') onProgress(event.data);
    else if (event.data.type === 'result') return event.data.critique;
    else throw new ApiError(event.data.error.code, event.data.error.message, response.status);
  }
  throw new ApiError('stream_ended', 'The connection closed before the critique finished. Your draft is safe — try again.');
}
