import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/fixtures/test-app.ts';
import { constantTimeEqual, SESSION_COOKIE, sessionValue } from './token-auth.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let current: TestApp | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});
const TOKEN = 'team-token-0123456789abcdef';
async function setup(token: string | null = TOKEN) {
  current = await createTestApp({ security: token ? { token } : {} });
  return current.app;
}
const form = (body: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  body,
});

describe('sign-in page', () => {
  it('serves a form with no script, under the CSP', async () => {
    const app = await setup();
    const res = await app.request('/signin');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<form method="post" action="/signin">');
    expect(html).toContain('type="password" name="token"');
    expect(html).not.toMatch(/<script|<style| style=| on[a-z]+=/i);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('sets an HttpOnly, SameSite=Strict cookie for the right token, and the cookie opens the API', async () => {
    const app = await setup();
    const res = await app.request('/signin', form(`token=${encodeURIComponent(TOKEN)}`));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=${sessionValue(TOKEN)}; Max-Age=2592000; Path=/; HttpOnly; SameSite=Strict$`));
    expect(cookie).not.toContain(TOKEN);
    const api = await app.request('/api/drafts', { headers: { cookie: `${SESSION_COOKIE}=${sessionValue(TOKEN)}` } });
    expect(api.status).toBe(200);
  });

  it.each(['token=wrong', 'token=', '', `token=${TOKEN}x`, 'other=1'])('sends %j back to the form, with no cookie', async (body) => {
    const app = await setup();
    const res = await app.request('/signin', form(body));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/signin?failed');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await (await app.request('/signin?failed')).text()).toContain('That token is not right.');
  });

  it('refuses a cookie made from another token, and a forged one', async () => {
    const app = await setup();
    for (const value of [sessionValue('another-token-0123456789'), 'x', TOKEN]) {
      const res = await app.request('/api/drafts', { headers: { cookie: `${SESSION_COOKIE}=${value}` } });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="infochat"');
      expect(await res.json()).toEqual({
        error: { code: 'unauthorized', message: 'Sign in first: open /signin, or send Authorization: Bearer <INFOCHAT_TOKEN>.' },
      });
    }
  });

  it('refuses a sign-in posted from another site', async () => {
    const app = await setup();
    const res = await app.request('/signin', form(`token=${TOKEN}`, { origin: 'https://evil.example' }));
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a sign-in that is not a form post (415)', async () => {
    const app = await setup();
    const res = await app.request('/signin', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: TOKEN }) });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: { code: 'unsupported_media_type', message: 'Send the sign-in form as a form post.' } });
  });

  it('on loopback with no token, needs no sign-in: the page sends you to the app', async () => {
    const app = await setup(null);
    expect((await app.request('/api/drafts')).status).toBe(200);
    const res = await app.request('/signin');
    expect([res.status, res.headers.get('location')]).toEqual([303, '/']);
  });
});

describe('constantTimeEqual', () => {
  it.each([
    ['a', 'a', true],
    ['a', 'b', false],
    ['', '', true],
    ['short', 'a much longer string', false],
    ['é', 'e\u0301', false],
  ])('%j vs %j → %s', (a, b, equal) => {
    expect(constantTimeEqual(a, b)).toBe(equal);
  });
});

describe('health behind a token', () => {
  it('answers the public liveness probe without the token, revealing nothing, and keeps the details behind it', async () => {
    const { createTestApp } = await import('../../test/fixtures/test-app.ts');
    const token = 'a-long-team-token-0123';
    const t = await createTestApp({ security: { token } });
    try {
      const live = await t.app.request('/api/health');
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ ok: true });
      expect((await t.app.request('/api/health/details')).status).toBe(401);
      expect((await t.app.request('/api/health', { method: 'POST' })).status).not.toBe(200);
      const details = await t.app.request('/api/health/details', { headers: { authorization: `Bearer ${token}` } });
      expect(details.status).toBe(200);
      expect(await details.json()).toMatchObject({ ok: true, database: 'ok', coach: 'offline' });
    } finally {
      t.close();
    }
  });
});

describe('the sign-in cookie behind a TLS reverse proxy', () => {
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address, remoteFamily: address.includes(':') ? 'IPv6' : 'IPv4' } } });
  const signIn = (app: TestApp['app'], address: string, proto?: string) =>
    app.request('/signin', form(`token=${encodeURIComponent(TOKEN)}`, proto ? { 'x-forwarded-proto': proto } : {}), from(address));

  it('is Secure when the trusted proxy (INFOCHAT_TRUSTED_PROXY) says X-Forwarded-Proto: https', async () => {
    current = await createTestApp({ security: { token: TOKEN, trustedProxies: ['127.0.0.1'] } });
    expect((await signIn(current.app, '127.0.0.1', 'https')).headers.get('set-cookie')).toMatch(/; Secure/);
    expect((await signIn(current.app, '::ffff:127.0.0.1', 'https')).headers.get('set-cookie')).toMatch(/; Secure/);
    expect((await signIn(current.app, '127.0.0.1', 'http')).headers.get('set-cookie')).not.toMatch(/Secure/);
  });

  it('ignores X-Forwarded-Proto from anyone else, and from everyone when no proxy is trusted', async () => {
    current = await createTestApp({ security: { token: TOKEN, trustedProxies: ['127.0.0.1'] } });
    expect((await signIn(current.app, '203.0.113.9', 'https')).headers.get('set-cookie')).not.toMatch(/Secure/);
    current.close();
    current = await createTestApp({ security: { token: TOKEN } });
    expect((await signIn(current.app, '127.0.0.1', 'https')).headers.get('set-cookie')).not.toMatch(/Secure/);
  });
});
