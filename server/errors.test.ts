import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { recordingLogger } from '../test/fixtures/test-app.ts';
import {
  AppError,
  createConsoleLogger,
  createErrorHandler,
  createNotFoundHandler,
  errorForLog,
  formatZodError,
  INTERNAL_ERROR_MESSAGE,
  notFoundHandler,
} from './errors.ts';

function appThrowing(error: unknown) {
  const logger = recordingLogger();
  const app = new Hono();
  app.onError(createErrorHandler(logger));
  app.notFound(notFoundHandler);
  app.get('/boom', () => {
    throw error;
  });
  return { app, logger };
}

describe('error handler', () => {
  it('answers an AppError with its status, code and message', async () => {
    const { app, logger } = appThrowing(new AppError('draft_not_found', 404, 'No draft with this id.'));
    const res = await app.request('/boom');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'draft_not_found', message: 'No draft with this id.' } });
    expect(logger.errors).toEqual([]);
  });

  it('answers a ZodError as invalid_request naming the field', async () => {
    const result = z.object({ a: z.object({ b: z.number() }) }).safeParse({ a: { b: 'x' } });
    const { app } = appThrowing(result.error);
    const res = await app.request('/boom');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_request', message: 'a.b: expected number, received string' } });
  });

  it('answers a client HTTPException with a code for its status', async () => {
    const { app } = appThrowing(new HTTPException(413, { message: 'Too big' }));
    const res = await app.request('/boom');
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: 'payload_too_large', message: 'Too big' } });
  });

  it('answers anything else with a generic 500 and logs it', async () => {
    const { app, logger } = appThrowing(new RangeError('internal detail'));
    const res = await app.request('/boom');
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: 'internal_error', message: INTERNAL_ERROR_MESSAGE } });
    expect(logger.errors).toEqual([
      {
        message: 'Unhandled error on GET /boom',
        error: { name: 'RangeError', message: 'internal detail', stack: expect.stringContaining('RangeError') },
      },
    ]);
  });

  it('logs a cancelled request as info, not as an error', async () => {
    const { app, logger } = appThrowing(new DOMException('The operation was aborted.', 'AbortError'));
    expect((await app.request('/boom')).status).toBe(500);
    expect(logger.errors).toEqual([]);
    expect(logger.infos).toEqual(['Request cancelled: GET /boom']);
  });

  it('answers a contract failure that names its own code with that code and status, when it is the only problem', async () => {
    const schema = z.object({
      a: z.string().refine((v) => v !== 'x', { message: 'No x here.', params: { code: 'invalid_characters', status: 400 } }),
      b: z.number().optional(),
    });
    const alone = appThrowing(schema.safeParse({ a: 'x' }).error);
    const res = await alone.app.request('/boom');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_characters', message: 'No x here.' } });
    // With another problem beside it: one invalid_request naming both.
    const both = appThrowing(schema.safeParse({ a: 'x', b: 'y' }).error);
    expect(await (await both.app.request('/boom')).json()).toEqual({
      error: { code: 'invalid_request', message: 'a: No x here.; b: expected number, received string' },
    });
  });

  it('logs nothing as an error when the client went away, whatever was thrown', async () => {
    const { app, logger } = appThrowing(new TypeError('terminated'));
    const controller = new AbortController();
    controller.abort();
    const res = await app.request('/boom', { signal: controller.signal });
    expect(res.status).toBe(500);
    expect(logger.errors).toEqual([]);
    expect(logger.infos).toEqual(['Request cancelled: GET /boom']);
  });

  it('answers an unknown route as JSON 404', async () => {
    const { app } = appThrowing(null);
    const res = await app.request('/nope', { method: 'DELETE' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'Nothing here: DELETE /nope' } });
  });
});

describe('formatZodError', () => {
  it('names each path, says "required" for a missing field, and joins issues', () => {
    const schema = z.object({ draft: z.string(), context: z.object({ channel: z.enum(['email', 'linkedin']) }) });
    const result = schema.safeParse({ context: { channel: 'fax' } });
    expect(formatZodError(result.error!)).toBe('draft: required; context.channel: expected one of "email"|"linkedin"');
  });

  it('calls the root "body"', () => {
    expect(formatZodError(z.object({}).safeParse(null).error!)).toBe('body: expected object, received null');
  });
});

describe('errorForLog', () => {
  it('keeps name, message, code, status and causes, and nothing else', () => {
    const providerError = Object.assign(new Error('Bad Request', { cause: 'upstream said no' }), {
      statusCode: 400,
      code: 'E_API',
      requestBodyValues: { messages: [{ content: 'my private draft' }] },
      responseHeaders: { authorization: 'Bearer sk-secret' },
    });
    const logged = errorForLog(providerError);
    expect(logged).toEqual({
      name: 'Error',
      message: 'Bad Request',
      code: 'E_API',
      statusCode: 400,
      stack: expect.any(String),
      cause: { message: 'upstream said no' },
    });
    expect(JSON.stringify(logged)).not.toMatch(/private draft|sk-secret/);
  });

  it('describes non-errors by their type only', () => {
    expect(errorForLog({ draft: 'my private draft' })).toEqual({ message: 'object' });
  });
});

describe('createConsoleLogger', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('masks secrets in messages and errors', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const info = vi.spyOn(console, 'log').mockImplementation(() => {});
    const logger = createConsoleLogger(['sk-secret-key', undefined, '']);
    logger.info('using key sk-secret-key');
    logger.error('failed', errorForLog(new Error('401: Incorrect API key provided: sk-secret-key')));
    expect(info).toHaveBeenCalledWith('using key [redacted]');
    expect(error.mock.calls[0]?.[0]).toMatch(/^failed\n.*Incorrect API key provided: \[redacted\]/s);
    expect(JSON.stringify(error.mock.calls)).not.toContain('sk-secret-key');
  });
});

describe('createNotFoundHandler', () => {
  it('answers 405 with Allow when the path has other methods, else 404', async () => {
    const app = new Hono();
    app.notFound(createNotFoundHandler((path) => (path === '/thing' ? ['GET', 'HEAD', 'POST'] : [])));
    const wrong = await app.request('/thing', { method: 'DELETE' });
    expect([wrong.status, wrong.headers.get('allow')]).toEqual([405, 'GET, HEAD, POST']);
    expect(await wrong.json()).toEqual({ error: { code: 'method_not_allowed', message: 'DELETE is not allowed here; use GET, HEAD or POST.' } });
    expect((await app.request('/other')).status).toBe(404);
  });
});
