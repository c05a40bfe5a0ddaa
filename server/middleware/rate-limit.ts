import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { ErrorBody } from '../../shared/contracts/common.ts';
import { type ModelCallScope, runInModelScope } from '../model/call-scope.ts';
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

export interface ModelCallLimitOptions {
  /** `INFOCHAT_MODEL_TIMEOUT_MS`: the one deadline of each request's model calls, every attempt included. */
  budgetMs: number;
  /** Default `Date.now`; tests move it. */
  now?: () => number;
}

/**
 * For every route that calls a model (`INFOCHAT_MODEL_CALLS_PER_MINUTE` per client, counted per
 * model call): mount it before the handler, with `app.use` on the path. A request is refused (429,
 * `Retry-After`) when the client's allowance is spent; otherwise its first call is counted at once
 * and every further call (a retry, a second prompt) is counted as it is made, through the request's
 * model-call scope (`server/model/call-scope.ts`), which also carries the request's one deadline.
 * A call over the allowance is not made: the coach falls back as for a provider's 429.
 * `applies` says when a request really reaches a model (not when the offline coach answers).
 */
export function modelCallRateLimit(limit: number, { budgetMs, now = Date.now }: ModelCallLimitOptions): (applies: (c: Context) => boolean) => MiddlewareHandler {
  // One allowance per client across every model route.
  const windows = new Map<string, { start: number; count: number }>();
  return (applies) => async (c, next) => {
    if (!applies(c)) return next();
    const at = now();
    const key = clientKey(c);
    let window = windows.get(key);
    if (!window || at - window.start >= WINDOW_MS) {
      if (windows.size > 10_000) for (const [k, w] of windows) if (at - w.start >= WINDOW_MS) windows.delete(k);
      window = { start: at, count: 0 };
      windows.set(key, window);
    }
    const seconds = Math.max(1, Math.ceil((window.start + WINDOW_MS - at) / 1000));
    c.header('RateLimit-Limit', String(limit));
    c.header('RateLimit-Reset', String(seconds));
    if (window.count >= limit) {
      c.header('RateLimit-Remaining', '0');
      c.header('Retry-After', String(seconds));
      return c.json<ErrorBody>(
        { error: { code: 'rate_limited', message: `Too many model calls: at most ${limit} a minute. Try again in ${seconds} s.` } },
        429,
      );
    }
    const counted = window;
    counted.count += 1;
    c.header('RateLimit-Remaining', String(Math.max(0, limit - counted.count)));
    let reserved = true;
    const scope: ModelCallScope = {
      deadline: performance.now() + budgetMs,
      takeCall: () => {
        if (reserved) {
          reserved = false;
          return true;
        }
        if (counted.count >= limit) return false;
        counted.count += 1;
        return true;
      },
    };
    return runInModelScope(scope, () => next());
  };
}
