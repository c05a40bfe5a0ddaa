import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, BUSY_RETRIES, requestJson } from './api-client.ts';

const busy = () => new Response(JSON.stringify({ error: { code: 'analysis_busy', message: 'Busy.' } }), { status: 429, headers: { 'retry-after': '1', 'content-type': 'application/json' } });
const ok = () => new Response(JSON.stringify({ ok: true }), { status: 200, headers: { 'content-type': 'application/json' } });

describe('requestJson and a busy server', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('sends a request refused as analysis_busy again after its Retry-After', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn().mockResolvedValueOnce(busy()).mockResolvedValueOnce(ok());
    vi.stubGlobal('fetch', fetch);
    const answer = requestJson('/api/x', z.object({ ok: z.boolean() }), { method: 'POST', body: {} });
    await vi.advanceTimersByTimeAsync(999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('gives up after BUSY_RETRIES and shows the server message; other errors are not retried', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn().mockImplementation(() => Promise.resolve(busy()));
    vi.stubGlobal('fetch', fetch);
    const answer = requestJson('/api/x', z.object({ ok: z.boolean() })).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await answer;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('analysis_busy');
    expect(fetch).toHaveBeenCalledTimes(BUSY_RETRIES + 1);

    const rate = vi.fn().mockResolvedValue(new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'Slow down.' } }), { status: 429, headers: { 'retry-after': '1' } }));
    vi.stubGlobal('fetch', rate);
    await expect(requestJson('/api/x', z.object({ ok: z.boolean() }))).rejects.toMatchObject({ code: 'rate_limited' });
    expect(rate).toHaveBeenCalledTimes(1);
  });
});
