import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { ErrorBody } from '../../shared/contracts/common.ts';
import { clientKey } from './client-key.ts';
import { isStateChanging } from './same-origin.ts';

const WINDOW_MS = 60_000;

/**
 * A fixed one-minute window per client (hono-rate-limiter's memory store). Over the limit: 429 with
 * `Retry-After` (seconds to the window's end) and the error body; `RateLimit-*` headers on every answer.
 */
function perClientPerMinute(limit: number, what: string, skip?: (c: Context) => boolean): MiddlewareHandler {
  return rateLimiter({
    windowMs: WINDOW_MS,
    limit,
    standardHeaders: 'draft-6',
    keyGenerator: clientKey,
    ...(skip ? { skip } : {}),
    handler: (c) => {
      const resetTime = (c.get('rateLimit' as never) as { resetTime?: Date } | undefined)?.resetTime;
      const seconds = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : 60;
      c.header('Retry-After', String(seconds));
      return c.json<ErrorBody>(
        {
          error: {
            code: 'rate_limited',
            message: `Too many ${what}: at most ${limit} a minute. Try again in ${seconds} s.`,
          },
        },
        429,
      );
    },
  });
}

/** POST/PUT/PATCH/DELETE: `INFOCHAT_WRITES_PER_MINUTE` per client. Reads are not counted. */
export const writeRateLimit = (limit: number): MiddlewareHandler =>
  perClientPerMinute(limit, 'changes', (c) => !isStateChanging(c.req.method));

/**
 * For every route that calls a model (`INFOCHAT_MODEL_CALLS_PER_MINUTE` per client): mount it before
 * the handler, e.g. `.post('/critique', modelCallLimit, handler)`, or with `app.use` on the path.
 * `applies` says when a request really reaches a model (not when the offline coach answers).
 */
export const modelCallRateLimit = (limit: number, applies: () => boolean = () => true): MiddlewareHandler =>
  perClientPerMinute(limit, 'model calls', () => !applies());
