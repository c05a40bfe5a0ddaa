import { describe, expect, it, vi } from 'vitest';
import { chatCompletion, pendingReplies, queueReplies, rateLimited, receivedRequests, useOpenAIMock } from './openai.ts';

useOpenAIMock();

const post = (body: unknown, url = 'https://api.openai.com/v1/chat/completions') =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('test/msw/openai', () => {
  it('answers queued replies in order and records the requests', async () => {
    queueReplies(rateLimited(3), chatCompletion({ ok: true }, { usage: { prompt_tokens: 5, completion_tokens: 2 } }));

    const limited = await post({ model: 'gpt-4.1-mini', messages: [] });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(await limited.json()).toEqual({
      error: {
        message: 'Rate limit reached for gpt-4.1-mini on tokens per min (TPM). Please try again in 1s.',
        type: 'tokens',
        param: null,
        code: 'rate_limit_exceeded',
      },
    });

    const ok = await post({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }, 'http://localhost:11434/v1/chat/completions');
    expect(await ok.json()).toEqual({
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: 1_767_225_600,
      model: 'm',
      choices: [{ index: 0, message: { role: 'assistant', content: '{"ok":true}', refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 },
    });
    expect(receivedRequests().map((r) => r.url)).toEqual([
      'https://api.openai.com/v1/chat/completions',
      'http://localhost:11434/v1/chat/completions',
    ]);
    expect(pendingReplies()).toBe(0);
  });

  it('streams data: chunks ending with [DONE], usage last when asked for', async () => {
    queueReplies(chatCompletion('{"a":1}', { chunkSize: 3 }));
    const response = await post({ model: 'm', stream: true, stream_options: { include_usage: true } });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const events = (await response.text()).split('\n\n').filter(Boolean);
    expect(events.at(-1)).toBe('data: [DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.slice('data: '.length)) as { choices: Array<{ delta: { content?: string } }>; usage?: unknown });
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('{"a":1}');
    expect(chunks.at(-1)?.usage).toEqual({ prompt_tokens: 1200, completion_tokens: 300, total_tokens: 1500 });
  });

  it('answers 599 when a test queued nothing, and errors on any other request', async () => {
    expect((await post({})).status).toBe(599);
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(fetch('https://example.com/elsewhere')).rejects.toThrow();
    expect(String(printed.mock.calls[0]?.[0])).toContain('without a matching request handler');
    printed.mockRestore();
  });
});
