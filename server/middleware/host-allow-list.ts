import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors.ts';

export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

/** `Host` without its port, lower case: `example.com:8787` → `example.com`, `[::1]:80` → `[::1]`. */
export function hostNameOf(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  return lower.replace(/:\d*$/, '');
}

/**
 * Refuses a request whose `Host` is not one of ours (DNS rebinding: a hostile site's name resolving to
 * 127.0.0.1 would otherwise read every draft from the victim's browser). Loopback names always pass;
 * `allowedHosts` adds the names a team uses (INFOCHAT_ALLOWED_HOSTS).
 */
export function hostAllowList(allowedHosts: readonly string[] = []): MiddlewareHandler {
  const allowed = new Set<string>([...LOOPBACK_NAMES, ...allowedHosts.map(hostNameOf)]);
  return async (c, next) => {
    // Node gives the Host header as the request URL's host; app.request() in tests uses its URL.
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!allowed.has(hostNameOf(host))) {
      throw new AppError(
        'host_not_allowed',
        403,
        'This server does not answer to that host name. Add it to INFOCHAT_ALLOWED_HOSTS if it is yours.',
      );
    }
    await next();
  };
}
