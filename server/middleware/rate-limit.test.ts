import { afterEach, describe, expect, it } from 'vitest';
import { GOOD_DRAFT } from '../../test/fixtures/outreach-drafts.ts';
import { createTestApp, fakeCoach, postJson } from '../../test/fixtures/test-app.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let current: TestApp | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

const statuses = async (t: TestApp, path: string, n: number) => {
  const seen: number[] = [];
  for (let i = 0; i < n; i++) seen.push((await postJson(t.app, path, { draft: `${GOOD_DRAFT} ${i}` })).status);
  return seen;
};

describe('model-call rate limit', () => {
  it.each(['/api/outreach/critique', '/api/outreach/critique/stream'])('counts %s when a model answers, with Retry-After', async (path) => {
    current = await createTestApp({ coach: fakeCoach(), limits: { modelCallsPerMinute: 2 } });
    expect(await statuses(current, path, 3)).toEqual([200, 200, 429]);
    const res = await postJson(current.app, path, { draft: GOOD_DRAFT });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect((await res.json()).error).toMatchObject({ code: 'rate_limited' });
    expect(await current.countRows()).toEqual({ drafts: 2, draftVersions: 2, critiques: 2 });
  });

  it('does not count the offline coach, which calls no model', async () => {
    current = await createTestApp({ limits: { modelCallsPerMinute: 1 } });
    expect(await statuses(current, '/api/outreach/critique', 3)).toEqual([200, 200, 200]);
  });
});

describe('write rate limit', () => {
  it('counts writes only: reads go on after the limit', async () => {
    current = await createTestApp({ limits: { writesPerMinute: 1 } });
    expect(await statuses(current, '/api/outreach/critique', 2)).toEqual([200, 429]);
    expect((await current.app.request('/api/drafts')).status).toBe(200);
    expect((await current.app.request('/api/health')).status).toBe(200);
  });
});
