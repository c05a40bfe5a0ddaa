import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../errors.ts';
import { clientKey } from './client-key.ts';

/** `::ffff:127.0.0.1` (an IPv4 peer on a dual-stack socket) is `127.0.0.1`. */
const normalizeAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

export const SESSION_COOKIE = 'infochat_session';
export const SIGN_IN_PATH = '/signin';
const SESSION_DAYS = 30;

/** Equal strings, in time that does not depend on where they differ (both are hashed to one length first). */
export function constantTimeEqual(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * The cookie's value: derived from the token, so it needs no server-side store, survives restarts,
 * and stops working when the token changes. It never contains the token itself.
 */
export function sessionValue(token: string): string {
  return createHmac('sha256', token).update('infochat-session-v1').digest('base64url');
}

/**
 * True when raw request headers carry the token (`Authorization: Bearer`) or the sign-in cookie:
 * the one check, used by the middleware below and by the connection guard (which keeps signed-in
 * connections and drops anonymous ones first when the server is full).
 */
export function carriesToken(token: string, authorization: string | undefined, cookieHeader: string | undefined): boolean {
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  if (bearer !== undefined && constantTimeEqual(bearer, token)) return true;
  const cookie = (cookieHeader ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1);
  return cookie !== undefined && constantTimeEqual(decodeURIComponent(cookie), sessionValue(token));
}

/** `Authorization: Bearer <token>` or the sign-in cookie; anything else answers 401. */
export function requireToken(token: string): MiddlewareHandler {
  const session = sessionValue(token);
  return async (c, next) => {
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    const cookie = getCookie(c, SESSION_COOKIE);
    const ok = (bearer !== undefined && constantTimeEqual(bearer, token)) || (cookie !== undefined && constantTimeEqual(cookie, session));
    if (!ok) {
      c.header('WWW-Authenticate', 'Bearer realm="infochat"');
      throw new AppError('unauthorized', 401, `Sign in first: open ${SIGN_IN_PATH}, or send Authorization: Bearer <INFOCHAT_TOKEN>.`);
    }
    await next();
  };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/** Server-rendered, no script (the CSP allows none inline), so it works before the app has its token. */
function signInPage(message: string | undefined): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign in · infochat</title></head>
<body>
<main>
<h1>Sign in to infochat</h1>
<p>This server is shared: enter the token its owner gave you (INFOCHAT_TOKEN).</p>
${message ? `<p role="alert"><strong>${escapeHtml(message)}</strong></p>` : ''}
<form method="post" action="${SIGN_IN_PATH}">
<label>Token <input type="password" name="token" autocomplete="current-password" required autofocus></label>
<button type="submit">Sign in</button>
</form>
</main>
</body>
</html>`;
}

/**
 * `GET /signin`: the form. `POST /signin` (a form post): sets an HttpOnly, SameSite=Strict session
 * cookie and goes to the app, or shows the form again. Without a token configured there is nothing
 * to sign in to: both go to the app.
 */
export function signInRoutes(token: string | undefined, trustedProxies: readonly string[] = []) {
  /**
   * Over TLS: the request's own URL says https, or a trusted reverse proxy (`INFOCHAT_TRUSTED_PROXY`,
   * matched on the peer address, never on a header a client could send) says `X-Forwarded-Proto: https`.
   */
  const overTls = (c: Context) => {
    if (new URL(c.req.url).protocol === 'https:') return true;
    if (trustedProxies.length === 0 || !trustedProxies.includes(normalizeAddress(clientKey(c)))) return false;
    return (c.req.header('x-forwarded-proto') ?? '').split(',', 1)[0]?.trim().toLowerCase() === 'https';
  };
  return new Hono()
    .get('/', (c) => (token ? c.html(signInPage(c.req.query('failed') !== undefined ? 'That token is not right.' : undefined)) : c.redirect('/', 303)))
    .post('/', async (c) => {
      if (!token) return c.redirect('/', 303);
      const type = c.req.header('content-type')?.split(';', 1)[0]?.trim().toLowerCase();
      if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') {
        throw new AppError('unsupported_media_type', 415, 'Send the sign-in form as a form post.');
      }
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      const given = typeof form['token'] === 'string' ? form['token'] : '';
      if (!constantTimeEqual(given, token)) return c.redirect(`${SIGN_IN_PATH}?failed`, 303);
      setCookie(c, SESSION_COOKIE, sessionValue(token), {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        secure: overTls(c),
        maxAge: SESSION_DAYS * 24 * 60 * 60,
      });
      return c.redirect('/', 303);
    });
}
