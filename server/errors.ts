import { inspect } from 'node:util';
import { DrizzleQueryError } from 'drizzle-orm';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import type { ErrorBody } from '../shared/contracts/common.ts';

/**
 * Every `code` the API answers with. The web app switches on these, so they are part of the
 * contract: add, never rename.
 */
export type ErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'empty_draft'
  | 'draft_too_long'
  | 'payload_too_large'
  | 'draft_not_found'
  | 'empty_questions'
  | 'too_many_questions'
  | 'question_too_long'
  | 'profile_too_long'
  | 'agenda_not_found'
  | 'not_found'
  | 'method_not_allowed'
  | 'invalid_characters'
  | 'host_not_allowed'
  | 'cross_origin'
  | 'unsupported_media_type'
  | 'unauthorized'
  | 'rate_limited'
  | 'storage_quota_exceeded'
  | 'internal_error'
  // Practice (issue 8)
  | 'empty_message'
  | 'message_too_long'
  | 'session_not_found'
  | 'session_ended'
  | 'persona_not_found'
  | 'persona_preset'
  | 'model_required'
  | 'nothing_to_retry'
  | 'empty_note'
  | 'note_too_long'
  | 'model_failed'
  | 'session_not_ended'
  // Contacts (issue 17)
  | 'contact_not_found'
  | 'too_many_rows'
  | 'invalid_import'
  | 'nothing_scheduled'
  // Per-request cost bounds (issue 15)
  | 'session_full'
  | 'message_too_many_sentences'
  | 'transcript_too_long'
  | 'cpu_budget_exceeded'
  // The worker pool's fair queue: a client with its tasks already queued
  | 'analysis_busy';

/** An error whose code, status and message are meant for the client as they are. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: ContentfulStatusCode;
  /** Headers the answer carries (a 429's `Retry-After`); set by the one error mapper. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: ErrorCode, status: ContentfulStatusCode, message: string, options?: ErrorOptions & { headers?: Record<string, string> }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.headers = options?.headers ?? {};
  }
}

export interface Logger {
  info(message: string): void;
  /** `error` comes already reduced by `errorForLog`: safe to print as it is. */
  error(message: string, error?: LoggedError): void;
}

/**
 * A console logger that masks the given secrets (API key, database token) wherever they appear,
 * in case a library quotes them in an error message.
 */
export function createConsoleLogger(secrets: ReadonlyArray<string | undefined> = []): Logger {
  const masked = secrets.filter((secret): secret is string => Boolean(secret && secret.length >= 4));
  const redact = (text: string) => masked.reduce((out, secret) => out.replaceAll(secret, '[redacted]'), text);
  return {
    info: (message) => console.log(redact(message)),
    error: (message, error) => {
      const details = error === undefined ? '' : `\n${inspect(error, { depth: 8, breakLength: 120 })}`;
      console.error(redact(`${message}${details}`));
    },
  };
}

/** A logger that drops everything; tests pass their own to assert on what is logged. */
export const silentLogger: Logger = { info: () => {}, error: () => {} };

export interface LoggedError {
  name?: string;
  message: string;
  code?: unknown;
  statusCode?: unknown;
  stack?: string;
  cause?: LoggedError;
}

/**
 * Only well-known fields, following `cause`. Provider errors carry the request they sent (the
 * user's draft, headers) in other properties, and a failed query's message lists its parameters
 * (the draft again): none of that may reach the log.
 */
export function errorForLog(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { message: typeof error === 'string' ? error : typeof error };
  const record = error as Error & { code?: unknown; statusCode?: unknown };
  const message = error instanceof DrizzleQueryError ? `Failed query: ${error.query}` : error.message;
  const logged: LoggedError = { name: error.name, message };
  if (record.code !== undefined) logged.code = record.code;
  if (record.statusCode !== undefined) logged.statusCode = record.statusCode;
  if (error.stack) logged.stack = error.stack.replace(error.message, message);
  if (error.cause !== undefined && depth < 5) logged.cause = errorForLog(error.cause, depth + 1);
  return logged;
}

/** `context.minutesRequested: expected number, received string`; issues joined by `; `. */
export function formatZodError(error: ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.') || 'body';
      const received = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
      const message = received ? 'required' : issue.message.replace(/^Invalid (input|option): /, '');
      return `${path}: ${message}`;
    })
    .join('; ');
}

const HTTP_EXCEPTION_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'invalid_request',
  401: 'unauthorized',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/**
 * A contract may name the code of its own failure (`shared/contracts/common.ts` `userText`: a control
 * character is `invalid_characters`, a blank draft `empty_draft`). When that is the only problem,
 * the client gets that code; several problems together are one `invalid_request` naming each.
 */
function codedZodIssue(error: ZodError): { code: ErrorCode; status: ContentfulStatusCode; message: string } | undefined {
  if (error.issues.length !== 1) return undefined;
  const [issue] = error.issues;
  const params = issue && 'params' in issue ? (issue.params as { code?: unknown; status?: unknown } | undefined) : undefined;
  if (!issue || typeof params?.code !== 'string') return undefined;
  const status = typeof params.status === 'number' ? (params.status as ContentfulStatusCode) : 400;
  return { code: params.code as ErrorCode, status, message: issue.message };
}

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Please try again.';

export interface ErrorAnswer {
  status: ContentfulStatusCode;
  body: ErrorBody;
  /** Headers of the answer (an AppError's `Retry-After`). */
  headers?: Readonly<Record<string, string>>;
}

/**
 * The one mapping from a thrown value to what the client sees. Used by `app.onError` and by the
 * streaming endpoint, which reports errors as an event once the stream has started.
 */
export function toErrorAnswer(error: unknown, c: Context, logger: Logger): ErrorAnswer {
  const answer = (status: ContentfulStatusCode, code: ErrorCode, message: string): ErrorAnswer => ({
    status,
    body: { error: { code, message } },
  });
  if (error instanceof AppError) return { ...answer(error.status, error.code, error.message), headers: error.headers };
  if (error instanceof ZodError) {
    const coded = codedZodIssue(error);
    return coded ? answer(coded.status, coded.code, coded.message) : answer(400, 'invalid_request', formatZodError(error));
  }
  if (error instanceof HTTPException && error.status < 500) {
    return answer(error.status, HTTP_EXCEPTION_CODES[error.status] ?? 'invalid_request', error.message || 'Bad request.');
  }
  if ((error instanceof Error && error.name === 'AbortError') || c.req.raw.signal.aborted) {
    // The client went away (its request was cancelled, or its body cut off): nobody reads this
    // answer, and it is not a fault of the server.
    logger.info(`Request cancelled: ${c.req.method} ${c.req.path}`);
  } else {
    logger.error(`Unhandled error on ${c.req.method} ${c.req.path}`, errorForLog(error));
  }
  return answer(500, 'internal_error', INTERNAL_ERROR_MESSAGE);
}

export function createErrorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    const { status, body, headers = {} } = toErrorAnswer(error, c, logger);
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    return c.json(body, status);
  };
}

export const notFoundHandler: NotFoundHandler = (c) =>
  c.json<ErrorBody>(
    { error: { code: 'not_found', message: `Nothing here: ${c.req.method} ${c.req.path}` } },
    404,
  );

/**
 * 404, or 405 with `Allow` when the path exists for other methods. `allowedMethods` reads the app's
 * registered routes (`server/middleware/method-not-allowed.ts`).
 */
export function createNotFoundHandler(allowedMethods: (path: string) => string[]): NotFoundHandler {
  return (c) => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.length === 0) return notFoundHandler(c);
    c.header('Allow', allowed.join(', '));
    const words = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed.join('');
    return c.json<ErrorBody>(
      { error: { code: 'method_not_allowed', message: `${c.req.method} is not allowed here; use ${words}.` } },
      405,
    );
  };
}
