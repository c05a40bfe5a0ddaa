/**
 * Server-Sent Events over a `fetch` body (EventSource cannot POST). Only `data:` fields matter to
 * infochat; comments, `event:`, `id:` and `retry:` lines are ignored.
 */

/** Incremental parser: feed it text as it arrives, get back the data payload of each complete event. */
export function createSseParser() {
  let buffer = '';

  const parseEvent = (block: string): string | undefined => {
    const data: string[] = [];
    for (const line of block.split(/\r\n|\r|\n/)) {
      if (line.startsWith('data:')) data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
    }
    return data.length > 0 ? data.join('\n') : undefined;
  };

  const drain = (final: boolean): string[] => {
    const events: string[] = [];
    const blocks = buffer.split(/\r\n\r\n|\n\n|\r\r/);
    buffer = final ? '' : (blocks.pop() ?? '');
    for (const block of blocks) {
      const data = parseEvent(block);
      if (data !== undefined) events.push(data);
    }
    return events;
  };

  return {
    push(chunk: string): string[] {
      buffer += chunk;
      return drain(false);
    },
    /** The stream ended: whatever is left is the last event. */
    end(): string[] {
      return drain(true);
    },
  };
}

/** Yields each event's data as the response body streams in. */
export async function* readSseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const parser = createSseParser();
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // `stream: true` keeps a character split across chunks for the next read.
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
    yield* parser.push(decoder.decode());
    yield* parser.end();
  } finally {
    reader.releaseLock();
  }
}
