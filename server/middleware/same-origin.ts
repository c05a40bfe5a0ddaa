import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isStateChanging(method: string): boolean {
  return STATE_CHANGING.has(method.toUpperCase());
}

/**
 * Refuses a state-changing request sent by a page of another site. Browsers send `Origin` with every
 * such request (and `Sec-Fetch-Site`); tools such as curl send neither and pass: they are not a browser
 * that a hostile page can drive.
 */
export function sameOrigin(): MiddlewareHandler {
  return async (c, next) => {
    if (isStateChanging(c.req.method)) {
      const origin = c.req.header('origin');
      const host = c.req.header('host') ?? new URL(c.req.url).host;
      const fetchSite = c.req.header('sec-fetch-site');
      const originHost = origin === undefined ? undefined : (URL.parse(origin)?.host ?? 'null');
      const crossOrigin = (originHost !== undefined && originHost !== host.toLowerCase()) || fetchSite === 'cross-site';
      if (crossOrigin) {
        throw new AppError('cross_origin', 403, 'Requests from another site are refused.');
      }
    }
    await next();
  };
}
