import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { streamNamedEvents } from './named-sse.ts';

type Event = { type: 'delta'; text: string } | { type: 'reply'; ok: true } | { type: 'error'; message: string };

function app(run: Parameters<typeof streamNamedEvents<Event>>[1]) {
  return new Hono().get('/', (c) =>
    streamNamedEvents<Event>(c, run, { errorEvent: () => ({ type: 'error', message: 'failed' }), heartbeatMs: 20 }),
  );
}

describe('streamNamedEvents', () => {
  it('writes named events in order, with heartbeat comments while the stream is quiet', async () => {
    const res = await app(async (send) => {
      void send({ type: 'delta', text: 'Hel' });
      void send({ type: 'delta', text: 'lo' });
      await new Promise((resolve) => setTimeout(resolve, 70));
      await send({ type: 'reply', ok: true });
    }).request('/');
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const body = await res.text();
    expect(body).toContain(': heartbeat\n\n');
    const events = body.split('\n\n').filter((block) => block.startsWith('event:'));
    expect(events).toEqual([
      'event: delta\ndata: {"type":"delta","text":"Hel"}',
      'event: delta\ndata: {"type":"delta","text":"lo"}',
      'event: reply\ndata: {"type":"reply","ok":true}',
    ]);
  });

  it('reports a thrown error as the last event, never its message', async () => {
    const res = await app(async (send) => {
      await send({ type: 'delta', text: 'Hi' });
      throw new Error('secret details');
    }).request('/');
    const body = await res.text();
    expect(body).not.toContain('secret details');
    expect(body.trim().split('\n\n').at(-1)).toBe('event: error\ndata: {"type":"error","message":"failed"}');
  });
});
