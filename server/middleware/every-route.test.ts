import { afterEach, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../shared/contracts/common.ts';
import { GOOD_DRAFT } from '../../test/fixtures/outreach-drafts.ts';
import { apiRoutesOf, writesBody } from '../../test/fixtures/routes.ts';
import { createTestApp, NO_ROWS } from '../../test/fixtures/test-app.ts';

// Mechanisms, not instances: each rule is checked on every API route the app registers.
type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let current: TestApp | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});
async function setup(overrides: Parameters<typeof createTestApp>[0] = {}) {
  current = await createTestApp(overrides);
  return current;
}

const TOKEN = 'team-token-0123456789abcdef';

function requestFor(method: string, headers: Record<string, string> = {}): RequestInit {
  const init: RequestInit = { method, headers: { 'content-type': 'application/json', ...headers } };
  if (writesBody(method)) init.body = JSON.stringify({ draft: GOOD_DRAFT });
  return init;
}

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = ErrorBody.parse(await res.json());
  expect(body.error.code).toBe(code);
}

describe('every registered API route', async () => {
  const { app, close } = await createTestApp();
  const routes = apiRoutesOf(app);
  close();

  it('is found: the list covers reads and writes', () => {
    expect(routes.map((r) => `${r.method} ${r.pattern}`)).toEqual(
      expect.arrayContaining(['GET /api/health', 'GET /api/drafts', 'GET /api/drafts/:id', 'POST /api/outreach/critique']),
    );
  });

  describe.each(routes)('$method $pattern', ({ method, path }) => {
    it('refuses a Host that is not ours (DNS rebinding) with 403, writing nothing', async () => {
      const t = await setup();
      await expectError(await t.app.request(`http://evil.example${path}`, requestFor(method)), 403, 'host_not_allowed');
      await expectError(await t.app.request(path, requestFor(method, { host: 'evil.example:8787' })), 403, 'host_not_allowed');
      expect(await t.countRows()).toEqual(NO_ROWS);
    });

    it('answers to loopback names and to INFOCHAT_ALLOWED_HOSTS', async () => {
      const t = await setup({ security: { allowedHosts: ['infochat.lan'] } });
      for (const host of ['localhost:8787', '127.0.0.1:8787', '[::1]:8787', 'INFOCHAT.lan']) {
        const res = await t.app.request(path, requestFor(method, { host }));
        expect([res.status, host]).not.toEqual([403, host]);
      }
    });

    it('sets the security headers', async () => {
      const t = await setup();
      const res = await t.app.request(path, requestFor(method));
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    });

    it('with a token configured, answers 401 without it and serves with it (Bearer)', async () => {
      const t = await setup({ security: { token: TOKEN } });
      // The one public route: liveness, which says only "up" (server/routes/health.ts).
      if (method === 'GET' && path === '/api/health') {
        expect(await (await t.app.request(path)).json()).toEqual({ ok: true });
        return;
      }
      await expectError(await t.app.request(path, requestFor(method)), 401, 'unauthorized');
      await expectError(await t.app.request(path, requestFor(method, { authorization: 'Bearer wrong-token-0123456789' })), 401, 'unauthorized');
      const res = await t.app.request(path, requestFor(method, { authorization: `Bearer ${TOKEN}` }));
      expect(res.status).not.toBe(401);
    });

    if (method !== 'GET') {
      it('refuses a request from another site (Origin, Sec-Fetch-Site) with 403, writing nothing', async () => {
        const t = await setup();
        await expectError(await t.app.request(path, requestFor(method, { origin: 'https://evil.example' })), 403, 'cross_origin');
        await expectError(await t.app.request(path, requestFor(method, { origin: 'null' })), 403, 'cross_origin');
        await expectError(await t.app.request(path, requestFor(method, { 'sec-fetch-site': 'cross-site' })), 403, 'cross_origin');
        expect(await t.countRows()).toEqual(NO_ROWS);
      });

      it('accepts its own origin', async () => {
        const t = await setup();
        const res = await t.app.request(path, requestFor(method, { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' }));
        // The route itself answers (a 404 for a sample id no draft has is the route's own answer).
        expect(res.status).not.toBe(403);
        if (res.status >= 400) expect(((await res.json()) as { error: { code: string } }).error.code).not.toBe('cross_origin');
      });
    }

    if (writesBody(method)) {
      it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''])(
        'refuses Content-Type "%s" with 415, writing nothing',
        async (type) => {
          const t = await setup();
          const res = await t.app.request(path, { method, headers: type ? { 'content-type': type } : {}, body: JSON.stringify({ draft: GOOD_DRAFT }) });
          await expectError(res, 415, 'unsupported_media_type');
          expect(await t.countRows()).toEqual(NO_ROWS);
        },
      );

      it('rate-limits writes per client: 429 with Retry-After', async () => {
        const t = await setup({ limits: { writesPerMinute: 2, modelCallsPerMinute: 100 } });
        for (let i = 0; i < 2; i++) expect((await t.app.request(path, requestFor(method))).status).toBeLessThan(500);
        const res = await t.app.request(path, requestFor(method));
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        await expectError(res, 429, 'rate_limited');
      });

      it('refuses writes once the storage quota is reached (507), writing nothing', async () => {
        const t = await setup({ limits: { storageQuotaBytes: 1 } });
        await expectError(await t.app.request(path, requestFor(method)), 507, 'storage_quota_exceeded');
        expect(await t.countRows()).toEqual(NO_ROWS);
      });

      it('refuses a body over 1 MB with 413 and Connection: close', async () => {
        const t = await setup();
        const res = await t.app.request(path, { method, headers: { 'content-type': 'application/json' }, body: `{"draft":"${'a'.repeat(1024 * 1024)}"}` });
        expect(res.headers.get('connection')).toBe('close');
        await expectError(res, 413, 'payload_too_large');
      });
    }
  });
});
