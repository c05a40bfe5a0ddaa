import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/**
 * The OpenAI Chat Completions API, faked for tests: one msw server, answering
 * `POST <any base URL>/chat/completions` (api.openai.com or a compatible server) from a queue of replies
 * each test sets up. Unhandled requests are errors, so nothing reaches the network.
 *
 *   useOpenAIMock();                                   // once per test file
 *   queueReplies(rateLimited(1), chatCompletion(obj)); // per test
 *   ... run the code ...
 *   expect(receivedRequests()).toHaveLength(2);
 */

/** A request the fake received, parsed. */
export interface ReceivedRequest {
  url: string;
  /** The request body (model, messages, response_format, stream, …). */
  body: ChatRequestBody;
  /** Lower-case header names. */
  headers: Record<string, string>;
}

export interface ChatRequestBody {
  model?: string;
  messages?: Array<{ role: string; content: unknown }>;
  response_format?: { type: string; json_schema?: { name?: string; strict?: boolean; schema?: unknown } };
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  [key: string]: unknown;
}

/** Answers one request; may look at it (e.g. stream or not). */
export type Reply = (request: ReceivedRequest) => Response | Promise<Response>;

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
}

export const DEFAULT_USAGE: Usage = { prompt_tokens: 1200, completion_tokens: 300 };

const queue: Reply[] = [];
const received: ReceivedRequest[] = [];

export const openaiServer = setupServer(
  http.post('*/chat/completions', async ({ request }) => {
    const text = await request.text();
    let body: ChatRequestBody = {};
    try {
      body = JSON.parse(text) as ChatRequestBody;
    } catch {
      // Recorded as an empty body; the test's assertions will say what is wrong.
    }
    const entry: ReceivedRequest = { url: request.url, body, headers: Object.fromEntries(request.headers) };
    received.push(entry);
    const reply = queue.shift();
    if (!reply) {
      return HttpResponse.json(
        { error: { message: 'test/msw/openai: no reply queued for this request', type: 'test_error', param: null, code: null } },
        { status: 599 },
      );
    }
    return reply(entry);
  }),
);

/** Registers the server for this test file: listen (unhandled requests are errors), reset after each test, close. */
export function useOpenAIMock(): void {
  beforeAll(() => openaiServer.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => {
    openaiServer.resetHandlers();
    resetOpenAIMock();
  });
  afterAll(() => openaiServer.close());
}

/** Replies for the next requests, in order. A request with nothing queued gets a 599. */
export function queueReplies(...replies: Reply[]): void {
  queue.push(...replies);
}

export function receivedRequests(): readonly ReceivedRequest[] {
  return received;
}

/** Replies queued but never asked for (a test that expected fewer requests can assert it is 0). */
export function pendingReplies(): number {
  return queue.length;
}

export function resetOpenAIMock(): void {
  queue.length = 0;
  received.length = 0;
}

/** All message contents of a request, joined: to assert what the prompt said. */
export function promptText(request: ReceivedRequest): string {
  return (request.body.messages ?? [])
    .map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)))
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Replies

export interface CompletionOptions {
  usage?: Usage;
  finishReason?: string;
  /** Streaming only: characters per `data:` chunk (default 40). */
  chunkSize?: number;
}

/**
 * A successful completion whose message content is `content` (an object is sent as its JSON text,
 * a string as it is, e.g. malformed JSON). Answers with a stream when the request asked for one.
 */
export function chatCompletion(content: unknown, options: CompletionOptions = {}): Reply {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return (request) => (request.body.stream ? streamBody(request, text, options) : jsonBody(request, text, options));
}

/** An OpenAI-shaped error: `{ error: { message, type, param, code } }`. */
export function apiError(
  status: number,
  error: { message: string; type?: string; code?: string | null; param?: string | null },
  headers: Record<string, string> = {},
): Reply {
  return () =>
    HttpResponse.json(
      { error: { message: error.message, type: error.type ?? 'invalid_request_error', param: error.param ?? null, code: error.code ?? null } },
      { status, headers },
    );
}

export function unauthorized(): Reply {
  return apiError(401, {
    message: 'Incorrect API key provided: sk-test-***. You can find your API key at https://platform.openai.com/account/api-keys.',
    code: 'invalid_api_key',
  });
}

export function modelNotFound(model = 'gpt-4.1-mini'): Reply {
  return apiError(404, { message: `The model \`${model}\` does not exist or you do not have access to it.`, code: 'model_not_found' });
}

export function rateLimited(retryAfterSeconds = 1): Reply {
  return apiError(
    429,
    { message: 'Rate limit reached for gpt-4.1-mini on tokens per min (TPM). Please try again in 1s.', type: 'tokens', code: 'rate_limit_exceeded' },
    { 'retry-after': String(retryAfterSeconds) },
  );
}

export function serverError(status = 500): Reply {
  return apiError(status, { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error' });
}

/** What a compatible server without structured outputs says to `response_format: json_schema`. */
export function jsonSchemaUnsupported(): Reply {
  return apiError(400, { message: "response_format of type 'json_schema' is not supported by this server", param: 'response_format' });
}

/** A 200 whose body is not JSON at all (a proxy's HTML page, a truncated answer). */
export function malformedBody(body = '<html><body>Bad gateway</body></html>'): Reply {
  return () => new HttpResponse(body, { status: 200, headers: { 'content-type': 'application/json' } });
}

function jsonBody(request: ReceivedRequest, content: string, options: CompletionOptions): Response {
  const usage = options.usage ?? DEFAULT_USAGE;
  return HttpResponse.json({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_767_225_600,
    model: request.body.model ?? 'unknown',
    choices: [
      { index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: options.finishReason ?? 'stop' },
    ],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  });
}

function streamBody(request: ReceivedRequest, content: string, options: CompletionOptions): Response {
  const usage = options.usage ?? DEFAULT_USAGE;
  const size = options.chunkSize ?? 40;
  const base = { id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1_767_225_600, model: request.body.model ?? 'unknown' };
  const events: unknown[] = [{ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] }];
  for (let i = 0; i < content.length; i += size) {
    events.push({ ...base, choices: [{ index: 0, delta: { content: content.slice(i, i + size) }, finish_reason: null }] });
  }
  events.push({ ...base, choices: [{ index: 0, delta: {}, finish_reason: options.finishReason ?? 'stop' }] });
  if (request.body.stream_options?.include_usage) {
    events.push({ ...base, choices: [], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } });
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const event of events) controller.enqueue(encoder.encode(`data: ${JSON.stringify(event)}\n\n`));
      controller.enqueue(encoder.encode('data: [DONE]\n\n'));
      controller.close();
    },
  });
  return new HttpResponse(stream, {
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' },
  });
}
