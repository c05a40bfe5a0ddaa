import { describe, expect, it } from 'vitest';
import { createSseParser, readSseData } from './sse.ts';

describe('createSseParser', () => {
  it('yields data of complete events only, across chunk boundaries', () => {
    const parser = createSseParser();
    expect(parser.push('data: {"a"')).toEqual([]);
    expect(parser.push(':1}\n\ndata: {"b":2}\n')).toEqual(['{"a":1}']);
    expect(parser.push('\n')).toEqual(['{"b":2}']);
    expect(parser.end()).toEqual([]);
  });

  it('ignores comments and other fields, joins multi-line data, accepts CRLF and a missing final blank line', () => {
    const parser = createSseParser();
    expect(parser.push(': ping\n\nevent: progress\nid: 3\ndata: one\ndata:two\r\n\r\ndata: last')).toEqual(['one\ntwo']);
    expect(parser.end()).toEqual(['last']);
  });
});

describe('readSseData', () => {
  it('reads a byte stream split mid-character', async () => {
    const bytes = new TextEncoder().encode('data: {"t":"é"}\n\ndata: {"t":"done"}\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 13));
        controller.enqueue(bytes.slice(13));
        controller.close();
      },
    });
    const events: string[] = [];
    for await (const data of readSseData(body)) events.push(data);
    expect(events).toEqual(['{"t":"é"}', '{"t":"done"}']);
  });
});
