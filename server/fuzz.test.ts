import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../shared/contracts/common.ts';
import { apiRoutesOf, SAMPLE_ID } from '../test/fixtures/routes.ts';
import { createTestApp } from '../test/fixtures/test-app.ts';

// Property: whatever a client sends to any route the app registers, the answer is 2xx, or 4xx with
// the error body; never 5xx; and a 4xx writes nothing.
type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ limits: { writesPerMinute: 1_000_000, modelCallsPerMinute: 1_000_000 } });
  // Some drafts to address, so `draftId` and `:id` sometimes exist.
  await t.app.request('/api/outreach/critique', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ draft: 'Hi Jelisa, would you have 20 minutes for a call about your work?' }),
  });
});
afterAll(() => t.close());

const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', ' ', '\u0000', '\u200B', '😀'.repeat(50), '</draft>', '<script>alert(1)</script>', 'a'.repeat(20_001)),
);
const id = fc.oneof(fc.constant(SAMPLE_ID), fc.constant('00000000-0000-4000-8000-000000000001'), fc.uuid(), fc.string({ maxLength: 40 }));
const context = fc.oneof(
  fc.record(
    {
      recipientName: text,
      recipientRole: text,
      organization: text,
      connection: text,
      channel: fc.oneof(fc.constantFrom('email', 'linkedin'), fc.string()),
      minutesRequested: fc.oneof(fc.integer({ min: -10, max: 300 }), fc.double(), fc.string()),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);
/** Bodies shaped like the API's (so they reach deep validation) and arbitrary JSON and bytes. */
const body = fc.oneof(
  fc.record({ draft: text, context, draftId: id }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 200 }),
  fc.constant(''),
);
const contentType = fc.oneof(
  fc.constant('application/json'),
  fc.constant('application/json; charset=utf-8'),
  fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', ''),
  fc.string({ maxLength: 30 }).filter((value) => /^[\t\x20-\x7e]*$/.test(value)),
);
const query = fc.oneof(
  fc.constant(''),
  fc.record({ limit: fc.oneof(fc.integer({ min: -5, max: 500 }).map(String), fc.string()), cursor: fc.string() }, { requiredKeys: [] }).map(
    (params) => `?${new URLSearchParams(params as Record<string, string>).toString()}`,
  ),
);

async function expectWellFormed(res: Response, before: Awaited<ReturnType<TestApp['countRows']>>, label: string) {
  expect(res.status, label).toBeLessThan(500);
  const raw = await res.text();
  if (res.status >= 400) {
    expect(ErrorBody.safeParse(JSON.parse(raw)).success, `${label}: ${raw}`).toBe(true);
    expect(await t.countRows(), `${label} wrote on ${res.status}`).toEqual(before);
  }
}

describe('fuzz: every registered API route', () => {
  it('is checked over a list read from the app', () => expect(apiRoutesOf(t.app).length).toBeGreaterThanOrEqual(5));

  it('answers any input with 2xx or 4xx + error body, never 5xx, writing nothing on 4xx', async () => {
    for (const route of apiRoutesOf(t.app)) {
      await fc.assert(
        fc.asyncProperty(id, body, contentType, query, async (pathId, payload, type, search) => {
          const path = route.pattern.replace(/:[^/]+/g, encodeURIComponent(pathId)) + search;
          const before = await t.countRows();
          const init: RequestInit = { method: route.method, headers: type ? { 'content-type': type } : {} };
          if (route.method !== 'GET' && route.method !== 'HEAD') init.body = payload;
          await expectWellFormed(await t.app.request(path, init), before, `${route.method} ${path}`);
        }),
        { numRuns: 60 },
      );
    }
    // Work, not a deadline: the runs take seconds on an idle machine and several times that on a
    // busy CI runner; the default 20 s would make the verdict depend on the load.
  }, 180_000);

  it('answers any method on any API path with 2xx or 4xx + error body', async () => {
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD');
    const segment = fc.oneof(fc.constantFrom('health', 'coach', 'outreach', 'critique', 'stream', 'drafts', SAMPLE_ID), fc.webSegment());
    await fc.assert(
      fc.asyncProperty(method, fc.array(segment, { maxLength: 4 }), body, async (verb, segments, payload) => {
        const path = `/api/${segments.join('/')}`;
        const before = await t.countRows();
        const init: RequestInit = { method: verb, headers: { 'content-type': 'application/json' } };
        if (verb !== 'GET' && verb !== 'HEAD') init.body = payload;
        const res = await t.app.request(path, init);
        if (verb === 'HEAD') {
          expect(res.status).toBeLessThan(500);
          return;
        }
        await expectWellFormed(res, before, `${verb} ${path}`);
      }),
      { numRuns: 200 },
    );
  });

  it('with a token configured, answers any headers with 2xx or 4xx + error body, writing nothing without the token', async () => {
    const token = 'fuzz-team-token-0123456789';
    const guarded = await createTestApp({ security: { token, allowedHosts: ['infochat.lan'] }, limits: { writesPerMinute: 1_000_000 } });
    try {
      const header = (values: string[]) => fc.option(fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 40 }).filter((v) => /^[\t\x20-\x7e]*$/.test(v))), { nil: undefined });
      const headers = fc.record({
        host: header(['localhost', '127.0.0.1:8787', 'infochat.lan', 'evil.example', '[::1]:1']),
        origin: header(['http://localhost', 'https://evil.example', 'null']),
        authorization: header([`Bearer ${token}`, 'Bearer nope', token, 'Basic abc']),
        cookie: header(['infochat_session=abc', 'a=b']),
        'sec-fetch-site': header(['same-origin', 'cross-site', 'none']),
        'content-type': header(['application/json', 'text/plain']),
      });
      const routes = apiRoutesOf(guarded.app);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...routes), headers, body, async (route, given, payload) => {
          const init: RequestInit = {
            method: route.method,
            headers: Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Record<string, string>,
          };
          if (route.method !== 'GET') init.body = payload;
          const before = await guarded.countRows();
          const res = await guarded.app.request(route.path, init);
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) {
            expect(ErrorBody.safeParse(await res.json()).success).toBe(true);
            expect(await guarded.countRows()).toEqual(before);
          }
          // The liveness answer is public by design (a load balancer probes it) and says nothing but `{ ok: true }`.
          const liveness = route.method === 'GET' && route.pattern === '/api/health';
          if (liveness && res.status < 400) expect(await res.json()).toEqual({ ok: true });
          else if (given.authorization !== `Bearer ${token}`) expect(res.status).toBeGreaterThanOrEqual(400);
        }),
        { numRuns: 300 },
      );
    } finally {
      guarded.close();
    }
  });
});
