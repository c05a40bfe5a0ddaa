import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors.ts';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * JSON endpoints take `application/json` only: a `text/plain` or form body is what a cross-site
 * `<form>` or a "simple" fetch can send without the browser asking first.
 */
export function requireJson(): MiddlewareHandler {
  return async (c, next) => {
    if (WITH_BODY.has(c.req.method)) {
      const type = c.req.header('content-type')?.split(';', 1)[0]?.trim().toLowerCase();
      if (type !== 'application/json') {
        throw new AppError('unsupported_media_type', 415, 'Send the request body as JSON (Content-Type: application/json).');
      }
    }
    await next();
  };
}
