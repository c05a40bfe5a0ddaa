import type { Context } from 'hono';
import { type SSEStreamingApi, streamSSE } from 'hono/streaming';
import { textDelta, type TextDelta } from '../../shared/contracts/text-delta.ts';

/** A comment line at least this often keeps proxies with an idle timeout (often 60 s) from cutting the stream. */
export const HEARTBEAT_MS = 15_000;

/** True when the request asks for `text/event-stream`: a route that answers both JSON and a stream picks with it. */
export function acceptsEventStream(c: Context): boolean {
  return (c.req.header('accept') ?? '').includes('text/event-stream');
}

/** What a streaming handler gets: named events out, and a signal that fires when the client leaves. */
export interface EventChannel<E extends string> {
  /** Sends `event: <name>` with one `data:` line of JSON. Writes stay in call order; a closed stream drops them. */
  send(event: E, data: unknown): Promise<void>;
  /** Aborted as soon as the client disconnects: pass it to the model call so the work stops too. */
  readonly signal: AbortSignal;
}

export interface StreamEventsOptions {
  /** Default `HEARTBEAT_MS`; tests shorten it. */
  heartbeatMs?: number | undefined;
  /**
   * Turns an error `work` threw into the `error` event's data. Nothing else reaches the client:
   * streamSSE would otherwise write the error's own message.
   */
  onError: (error: unknown) => unknown;
}

/** Streams whose work has not finished (its cleanup after the client left included). */
let running = 0;
let settledWaiters: Array<() => void> = [];

/**
 * Resolves once no stream's work is running: its `finally`, and what it awaited, done. Tests await
 * it instead of sleeping after a client leaves.
 */
export function streamsSettled(): Promise<void> {
  return running === 0 ? Promise.resolve() : new Promise((resolve) => settledWaiters.push(resolve));
}

/**
 * The one way a route streams: Server-Sent Events with named events, a `: keep-alive` comment
 * every `heartbeatMs` while nothing else is written, the work aborted when the client leaves, and
 * any error the work throws sent as one `error` event. Validation happens before this is called,
 * so a bad request is a plain JSON error, not a stream.
 */
export function streamEvents<E extends string>(
  c: Context,
  work: (channel: EventChannel<E | 'error'>) => Promise<void>,
  options: StreamEventsOptions,
): Response {
  // Nginx and friends buffer text/event-stream unless told not to.
  c.header('X-Accel-Buffering', 'no');
  c.header('Cache-Control', 'no-cache');
  return streamSSE(c, async (stream) => {
    running += 1;
    try {
      await streamWork(c, stream, work, options);
    } finally {
      running -= 1;
      if (running === 0) {
        const waiters = settledWaiters;
        settledWaiters = [];
        for (const resolve of waiters) resolve();
      }
    }
  });
}

async function streamWork<E extends string>(
  c: Context,
  stream: SSEStreamingApi,
  work: (channel: EventChannel<E | 'error'>) => Promise<void>,
  options: StreamEventsOptions,
): Promise<void> {
  const left = new AbortController();
  stream.onAbort(() => left.abort(new DOMException('The client went away.', 'AbortError')));
  const signal = AbortSignal.any([c.req.raw.signal, left.signal]);

  let written: Promise<void> = Promise.resolve();
  let lastWrite = Date.now();
  const write = (run: () => Promise<unknown>): Promise<void> => {
    written = written
      .then(async () => {
        if (signal.aborted || stream.aborted || stream.closed) return;
        await run();
        lastWrite = Date.now();
      })
      .catch(() => undefined);
    return written;
  };
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const heartbeat = setInterval(() => {
    if (Date.now() - lastWrite >= heartbeatMs / 2) void write(() => stream.write(': keep-alive\n\n'));
  }, Math.max(1, Math.floor(heartbeatMs / 2)));
  const channel: EventChannel<E | 'error'> = {
    send: (event, data) => write(() => stream.writeSSE({ event, data: JSON.stringify(data) })),
    signal,
  };
  try {
    await work(channel);
  } catch (error) {
    if (!signal.aborted) await channel.send('error', options.onError(error));
  } finally {
    clearInterval(heartbeat);
    await written;
  }
}

/**
 * Turns snapshots of a growing text (a model's partial answer) into `TextDelta`s, so a stream
 * sends each character about once instead of the whole text on every event. Returns undefined
 * when nothing changed.
 */
export function createTextDeltas(): (snapshot: string) => TextDelta | undefined {
  let shown = '';
  return (snapshot) => {
    const delta = textDelta(shown, snapshot);
    if (delta) shown = snapshot;
    return delta;
  };
}

/** A piece of text is held until this many characters are waiting… */
export const BATCH_MIN_CHARS = 128;
/** …or this long after the first of them arrived, so a slow model still shows its words promptly. */
export const BATCH_MAX_DELAY_MS = 100;

export interface TextBatcher {
  /** Adds a piece (a model token, an offline word) to what the next event carries. */
  push(text: string): void;
  /** Emits what is waiting now: before the final event, and when the work ends or fails. */
  flush(): void;
  /** Forgets what is waiting (the text it belongs to was dropped, e.g. a restarted attempt). */
  drop(): void;
}

/**
 * Batches the pieces of a growing text into fewer delta events. Each event's framing
 * (`event: delta`, `data: {"type":"delta","text":""}`, blank line) costs about 45 bytes: sent one
 * by one, the few characters of a model token would stream several times the text's size; held
 * until `minChars` wait (or `maxDelayMs` passes), the framing stays under the text itself.
 */
export function createTextBatcher(
  emit: (text: string) => void,
  { minChars = BATCH_MIN_CHARS, maxDelayMs = BATCH_MAX_DELAY_MS }: { minChars?: number; maxDelayMs?: number } = {},
): TextBatcher {
  let waiting = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The first piece of a text goes out at once, so batching never delays the first byte the user sees.
  let started = false;
  const clear = () => {
    clearTimeout(timer);
    timer = undefined;
    waiting = '';
  };
  const flush = () => {
    const text = waiting;
    clear();
    if (text !== '') emit(text);
  };
  const drop = () => {
    clear();
    started = false;
  };
  return {
    push(text) {
      waiting += text;
      if (!started || waiting.length >= minChars) {
        started = true;
        flush();
      } else timer ??= setTimeout(flush, maxDelayMs);
    },
    flush,
    drop,
  };
}
