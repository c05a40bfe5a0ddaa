import { describe, expect, it } from 'vitest';
import { parseSseText, readSseEvents } from './sse.ts';

describe('readSseEvents', () => {
  it('names each event, skips comments, joins multi-line data, accepts CRLF', async () => {
    expect(await parseSseText(': keep-alive\n\nevent: progress\nid: 3\ndata: one\ndata:two\r\n\r\ndata: plain\n\n')).toEqual([
      { event: 'progress', data: 'one\ntwo' },
      { event: 'message', data: 'plain' },
    ]);
  });

  it('reads a byte stream split mid-character and mid-event', async () => {
    const bytes = new TextEncoder().encode('event: result\ndata: {"t":"é"}\n\nevent: error\ndata: {"t":"done"}\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 27));
        controller.enqueue(bytes.slice(27, 40));
        controller.enqueue(bytes.slice(40));
        controller.close();
      },
    });
    const events = [];
    for await (const event of readSseEvents(body)) events.push(event);
    expect(events).toEqual([
      { event: 'result', data: '{"t":"é"}' },
      { event: 'error', data: '{"t":"done"}' },
    ]);
  });
});
