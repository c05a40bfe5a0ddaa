import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors.ts';

/** Far above any request (a 20,000-character draft plus context), so a huge payload is refused unread. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Every request body under `/api`: over 1 MB answers 413 before it is read (by Content-Length) or as soon as it passes 1 MB. */
export const limitBody = (): MiddlewareHandler =>
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new AppError('payload_too_large', 413, 'The request body is larger than 1 MB.');
    },
  });

/**
 * A 413 ends the connection: otherwise Node keeps it alive and goes on receiving the body nobody
 * will read. With `Connection: close` the socket is closed as soon as the answer is sent.
 */
export const closeAfterRefusedBody = (): MiddlewareHandler => async (c, next) => {
  await next();
  if (c.res.status === 413) c.res.headers.set('Connection', 'close');
};
