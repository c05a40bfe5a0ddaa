import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { MessageStreamEvent } from '../../../../../shared/contracts/practice.ts';

/** A named Server-Sent Event of the practice message endpoint, its name and its parsed data. */
export interface NamedMessageEvent {
  name: string;
  event: MessageStreamEvent;
}

/**
 * Parses the practice endpoint's named events (`event: delta|restart|reply|error`, written by the
 * server's shared `streamEvents`) with eventsource-parser; `: keep-alive` comments are skipped.
 * Push text as it arrives; complete events come back.
 */
export function createMessageEventParser() {
  let ready: NamedMessageEvent[] = [];
  const parser = createParser({
    onEvent: (message: EventSourceMessage) => {
      const parsed = MessageStreamEvent.safeParse(JSON.parse(message.data));
      if (parsed.success) ready.push({ name: message.event ?? 'message', event: parsed.data });
    },
  });
  return {
    push(chunk: string): NamedMessageEvent[] {
      parser.feed(chunk);
      const out = ready;
      ready = [];
      return out;
    },
  };
}

/** Every event of a whole body (tests, and non-incremental reads). */
export function parseMessageEvents(body: string): NamedMessageEvent[] {
  return createMessageEventParser().push(body.endsWith('\n\n') ? body : `${body}\n\n`);
}

/** Yields each event as the response body streams in. */
export async function* readMessageEvents(body: ReadableStream<BufferSource>): AsyncGenerator<NamedMessageEvent> {
  const parser = createMessageEventParser();
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) yield* parser.push(chunk.value);
    // A last event without its blank line still counts.
    yield* parser.push('\n\n');
  } finally {
    reader.releaseLock();
  }
}
