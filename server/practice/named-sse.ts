import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';

/** A comment line every 15 s keeps proxies and browsers from closing a quiet stream. */
export const HEARTBEAT_MS = 15_000;

export interface NamedEvent {
  /** Becomes the SSE `event:` name; the whole object is the `data:` JSON, so clients that ignore names still see it. */
  type: string;
}

export interface NamedStreamOptions<E extends NamedEvent> {
  /** Turns a thrown error into the final event (never the raw error message). */
  errorEvent: (error: unknown) => E;
  heartbeatMs?: number;
}

/**
 * The one place practice answers Server-Sent Events: named events (`event: delta`, `event: reply`,
 * `event: error`), written in order, a heartbeat comment while the stream is open, and errors
 * reported as an event because the status line is already sent. `run` gets a signal that aborts
 * when the client goes away. Kept in one function so it can move to a shared SSE mechanism.
 */
export function streamNamedEvents<E extends NamedEvent>(
  c: Context,
  run: (send: (event: E) => Promise<void>, signal: AbortSignal) => Promise<void>,
  { errorEvent, heartbeatMs = HEARTBEAT_MS }: NamedStreamOptions<E>,
): Response {
  c.header('X-Accel-Buffering', 'no');
  return streamSSE(c, async (stream) => {
    const closed = new AbortController();
    stream.onAbort(() => closed.abort());
    // Events arrive from synchronous callbacks (deltas): chain the writes to keep them in order.
    let written: Promise<void> = Promise.resolve();
    const write = (chunk: () => Promise<unknown>): Promise<void> => {
      written = written.then(chunk).then(
        () => undefined,
        () => undefined,
      );
      return written;
    };
    const send = (event: E) => write(() => stream.writeSSE({ event: event.type, data: JSON.stringify(event) }));
    const heartbeat = setInterval(() => void write(() => stream.write(': heartbeat\n\n')), heartbeatMs);
    try {
      await run(send, AbortSignal.any([c.req.raw.signal, closed.signal]));
    } catch (error) {
      await send(errorEvent(error));
    } finally {
      clearInterval(heartbeat);
      await written;
    }
  });
}

/** True when the request asks for `text/event-stream`. */
export function wantsEventStream(c: Context): boolean {
  return (c.req.header('accept') ?? '').includes('text/event-stream');
}
