import type { MessageResponse } from '../../../../../shared/contracts/practice.ts';
import { ApiError, errorFromResponse, send } from '../../../lib/api-client.ts';
import { readMessageEvents } from './message-events.ts';

/**
 * `POST /api/practice/sessions/:id/messages` (or `/retry` without content), read as named
 * Server-Sent Events: `onDelta` gets the reply as it is written; resolves with the final answer.
 */
export async function sendMessage(
  sessionId: string,
  content: string | null,
  onDelta: (text: string) => void,
  signal?: AbortSignal,
  onRestart: () => void = () => {},
): Promise<MessageResponse> {
  const path = `/api/practice/sessions/${encodeURIComponent(sessionId)}/${content === null ? 'retry' : 'messages'}`;
  const response = await send(path, {
    method: 'POST',
    headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
    body: JSON.stringify(content === null ? {} : { content }),
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw await errorFromResponse(response);
  if (!response.body) throw new ApiError('bad_response', 'The server sent no reply. Try again.');
  for await (const { event } of readMessageEvents(response.body)) {
    if (event.type === 'delta') onDelta(event.text);
    else if (event.type === 'restart') onRestart();
    else if (event.type === 'reply') return event.response;
    else throw new ApiError(event.error.code, event.error.message);
  }
  throw new ApiError('stream_cut', 'The reply was cut off. Use “Retry reply” to try again.');
}
