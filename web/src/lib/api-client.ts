import type { ZodType } from 'zod';
import { ErrorBody } from '../../../shared/contracts/common.ts';

/**
 * A failed API call, carrying the server's `{ error: { code, message } }` when there was one.
 * `message` is always fit to show to the user.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: string;
  readonly status: number | undefined;

  constructor(code: string, message: string, status?: number) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** `fetch` that turns "could not connect" into an `ApiError` (aborts are rethrown as they are). */
export async function send(path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError('network', 'Could not reach the infochat server. Check that it is running, then try again.');
  }
}

/** Where a server shared with a token (INFOCHAT_TOKEN) asks for it; it sets a session cookie. */
export const SIGN_IN_PATH = '/signin';

/**
 * The typed error for a non-2xx answer: the server's own code and message when the body has them.
 * A 401 means the server wants its token: the page goes to the sign-in form.
 */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  if (response.status === 401 && typeof window !== 'undefined' && window.location.pathname !== SIGN_IN_PATH) {
    window.location.assign(SIGN_IN_PATH);
  }
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) return new ApiError(parsed.data.error.code, parsed.data.error.message, response.status);
  return new ApiError('http_error', `The server answered with an error (HTTP ${response.status}). Try again in a moment.`, response.status);
}

/** Parses a 2xx body with its contract; a mismatch is an error, never silently used. */
export function parseBody<T>(schema: ZodType<T>, body: unknown, status?: number): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('bad_response', 'The server answered in an unexpected format. Reload the page and try again.', status);
  }
  return parsed.data;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal | undefined;
}

/** How often a request the server refused as busy (`analysis_busy`: this client's analyses already running) is sent again. */
export const BUSY_RETRIES = 2;
const MAX_BUSY_WAIT_MS = 5_000;

/** The wait a 429 asks for (`Retry-After` in seconds), bounded; 1 s when it names none. */
function retryAfterMs(response: Response): number {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, MAX_BUSY_WAIT_MS) : 1000;
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/**
 * Sends one request; a non-2xx answer becomes an `ApiError` with the server's code and message.
 * A 429 `analysis_busy` (the server runs at most two analyses per client at once) is sent again
 * after the `Retry-After` it names, up to BUSY_RETRIES times: a double click is not an error.
 */
async function request(path: string, options: RequestOptions): Promise<Response> {
  const init: RequestInit = { method: options.method ?? 'GET', headers: { accept: 'application/json' } };
  if (options.signal) init.signal = options.signal;
  if (options.body !== undefined) {
    init.headers = { accept: 'application/json', 'content-type': 'application/json' };
    init.body = JSON.stringify(options.body);
  }
  for (let attempt = 0; ; attempt++) {
    const response = await send(path, init);
    if (response.ok) return response;
    const error = await errorFromResponse(response);
    if (error.code !== 'analysis_busy' || attempt >= BUSY_RETRIES) throw error;
    await wait(retryAfterMs(response), options.signal);
  }
}

/** One JSON request: sends, maps `{ error }` answers to `ApiError`, parses the answer with `schema`. */
export async function requestJson<T>(path: string, schema: ZodType<T>, options: RequestOptions = {}): Promise<T> {
  const response = await request(path, options);
  const body: unknown = await response.json().catch(() => undefined);
  return parseBody(schema, body, response.status);
}

/** A request answered with no body (e.g. `204` to a `DELETE`). */
export async function requestNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  await request(path, options);
}
