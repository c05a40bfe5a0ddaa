import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSseText } from '../../web/src/lib/sse.ts';
import { BATCH_MAX_DELAY_MS, createTextBatcher, createTextDeltas, streamEvents } from './stream-sse.ts';

function appStreaming(work: Parameters<typeof streamEvents<'progress' | 'result'>>[1], heartbeatMs?: number) {
  return new Hono().get('/s', (c) => streamEvents<'progress' | 'result'>(c, work, { heartbeatMs, onError: () => ({ code: 'internal_error' }) }));
}

describe('streamEvents', () => {
  it('sends named events in call order, each one line of JSON', async () => {
    const app = appStreaming(async ({ send }) => {
      void send('progress', { n: 1 });
      void send('progress', { n: 2 });
      await send('result', { done: true });
    });
    const res = await app.request('/s');
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    expect(await parseSseText(await res.text())).toEqual([
      { event: 'progress', data: '{"n":1}' },
      { event: 'progress', data: '{"n":2}' },
      { event: 'result', data: '{"done":true}' },
    ]);
  });

  it('writes a keep-alive comment while the work is silent', async () => {
    // The work stays silent until the reader has seen two heartbeats: no sleep, no race with the load.
    let seenTwo: () => void = () => {};
    const twoHeartbeats = new Promise<void>((resolve) => (seenTwo = resolve));
    const app = appStreaming(async ({ send }) => {
      await twoHeartbeats;
      await send('result', {});
    }, 20);
    const reader = (await app.request('/s')).body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += chunk.value;
      if ((text.match(/^: keep-alive$/gm)?.length ?? 0) >= 2) seenTwo();
    }
    expect(text.match(/^: keep-alive$/gm)?.length).toBeGreaterThanOrEqual(2);
    expect(text.endsWith('event: result\ndata: {}\n\n')).toBe(true);
  });

  it('sends a thrown error as one error event, with only what onError says', async () => {
    const app = appStreaming(async () => {
      throw new Error('secret internals');
    });
    const text = await (await app.request('/s')).text();
    expect(await parseSseText(text)).toEqual([{ event: 'error', data: '{"code":"internal_error"}' }]);
  });

  it('aborts the work when the client leaves', async () => {
    let aborted: (reason: unknown) => void = () => {};
    const leftWith = new Promise((resolve) => (aborted = resolve));
    const app = appStreaming(async ({ signal }) => {
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
      aborted(signal.reason);
    });
    const client = new AbortController();
    const res = await app.request('/s', { signal: client.signal });
    const reader = res.body!.getReader();
    client.abort();
    await reader.cancel();
    await expect(leftWith).resolves.toMatchObject({ name: 'AbortError' });
  });
});

describe('createTextDeltas', () => {
  it('turns snapshots into deltas, nothing for an unchanged one', () => {
    const next = createTextDeltas();
    expect(next('Hi')).toEqual({ at: 0, text: 'Hi' });
    expect(next('Hi')).toBeUndefined();
    expect(next('Hi Dana')).toEqual({ at: 2, text: ' Dana' });
  });
});

describe('createTextBatcher', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the first piece at once, then emits once enough characters wait, and what is left on flush', () => {
    const emitted: string[] = [];
    const batch = createTextBatcher((text) => emitted.push(text), { minChars: 10 });
    for (const piece of ['Well, ', 'the ', 'short ', 'answer ', 'is ', 'yes.']) batch.push(piece);
    expect(emitted).toEqual(['Well, ', 'the short ', 'answer is ']);
    batch.flush();
    batch.flush();
    expect(emitted).toEqual(['Well, ', 'the short ', 'answer is ', 'yes.']);
  });

  it('emits a slow trickle after the delay, and forgets what is dropped', () => {
    vi.useFakeTimers();
    const emitted: string[] = [];
    const batch = createTextBatcher((text) => emitted.push(text));
    batch.push('Hi');
    expect(emitted).toEqual(['Hi']);
    batch.push(' there');
    vi.advanceTimersByTime(BATCH_MAX_DELAY_MS - 1);
    expect(emitted).toEqual(['Hi']);
    vi.advanceTimersByTime(1);
    expect(emitted).toEqual(['Hi', ' there']);
    batch.push(', as an AI');
    batch.drop();
    vi.advanceTimersByTime(BATCH_MAX_DELAY_MS);
    batch.flush();
    expect(emitted).toEqual(['Hi', ' there']);
    // After a drop (a restarted attempt) the new text's first piece goes out at once too.
    batch.push('Hello');
    expect(emitted).toEqual(['Hi', ' there', 'Hello']);
  });
});
