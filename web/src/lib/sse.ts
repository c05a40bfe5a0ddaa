import { EventSourceParserStream } from 'eventsource-parser/stream';

/**
 * Server-Sent Events over a `fetch` body (EventSource cannot POST), parsed by `eventsource-parser`.
 * Comments (the server's `: keep-alive` heartbeat), `id:` and `retry:` lines are skipped by it.
 */
export interface SseEvent {
  /** The `event:` name; `message` when the server sent none. */
  event: string;
  data: string;
}

/** Yields each event as the response body streams in (a character split across chunks is kept whole). */
export async function* readSseEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  // TextDecoderStream's writable side is typed as BufferSource; a byte stream is one.
  const decoder = new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>;
  const events = body.pipeThrough(decoder).pipeThrough(new EventSourceParserStream());
  const reader = events.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield { event: value.event ?? 'message', data: value.data };
    }
  } finally {
    reader.releaseLock();
  }
}

/** A whole `text/event-stream` body's events (tests, scripts). */
export async function parseSseText(text: string): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  for await (const event of readSseEvents(new Response(text).body ?? new ReadableStream())) events.push(event);
  return events;
}
