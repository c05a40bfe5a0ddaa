import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A misbehaving OpenAI-compatible server, for real: a `node:http` server on 127.0.0.1 answering
 * `POST /v1/chat/completions` from a queue of behaviours. Unlike the msw fake (test/msw/), the
 * app's provider talks to it over a real socket, so cut connections, hangs, endless streams and
 * huge bodies behave as they do with a broken local model server or proxy.
 *
 *   const fake = await startFakeOpenAI();
 *   fake.queue(runaway('la '), answer(critique));
 *   ... createCoach({ baseUrl: fake.baseUrl, model: 'fake' }) ...
 *   fake.requests[0].body.max_tokens; fake.closedByClient; await fake.close();
 */

export interface FakeRequest {
  body: { model?: string; stream?: boolean; max_tokens?: number; response_format?: { type?: string }; [key: string]: unknown };
  headers: IncomingMessage['headers'];
}

/** What the server does with one request. */
export type Behaviour = (res: ServerResponse, request: FakeRequest, socket: Socket) => void | Promise<void>;

export interface FakeOpenAI {
  /** `http://127.0.0.1:<port>/v1`: the OPENAI_BASE_URL to configure. */
  baseUrl: string;
  queue(...behaviours: Behaviour[]): void;
  requests: FakeRequest[];
  /** Requests whose client closed the connection before the answer ended (an abort reached the model call). */
  readonly closedByClient: number;
  /** Bytes the server wrote in answer bodies. */
  readonly bytesSent: number;
  close(): Promise<void>;
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const pending: Behaviour[] = [];
  const requests: FakeRequest[] = [];
  const sockets = new Set<Socket>();
  let closedByClient = 0;
  let bytesSent = 0;

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: FakeRequest['body'] = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FakeRequest['body'];
    } catch {
      // Recorded as empty; the test's assertions will say what is wrong.
    }
    const request: FakeRequest = { body, headers: req.headers };
    requests.push(request);
    res.on('close', () => {
      if (!res.writableFinished) closedByClient += 1;
    });
    const write = res.write.bind(res);
    res.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      bytesSent += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    const behaviour = pending.shift();
    if (!behaviour) {
      res.writeHead(599, { 'content-type': 'application/json' }).end('{"error":{"message":"fake-openai: nothing queued"}}');
      return;
    }
    await behaviour(res, request, req.socket);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    queue: (...behaviours) => pending.push(...behaviours),
    requests,
    get closedByClient() {
      return closedByClient;
    },
    get bytesSent() {
      return bytesSent;
    },
    close: async () => {
      pending.length = 0;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Behaviours

const BASE = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_767_225_600, model: 'fake' };
const USAGE = { prompt_tokens: 1200, completion_tokens: 300, total_tokens: 1500 };

function startStream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.write(`data: ${JSON.stringify({ ...BASE, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] })}\n\n`);
}

function contentChunk(text: string, field: 'content' | 'refusal' = 'content'): string {
  return `data: ${JSON.stringify({ ...BASE, choices: [{ index: 0, delta: { [field]: text }, finish_reason: null }] })}\n\n`;
}

function endStream(res: ServerResponse, request: FakeRequest, finishReason = 'stop'): void {
  res.write(`data: ${JSON.stringify({ ...BASE, choices: [{ index: 0, delta: {}, finish_reason: finishReason }] })}\n\n`);
  if ((request.body.stream_options as { include_usage?: boolean } | undefined)?.include_usage) {
    res.write(`data: ${JSON.stringify({ ...BASE, choices: [], usage: USAGE })}\n\n`);
  }
  res.end('data: [DONE]\n\n');
}

/** Resolves when the socket drains, or closes. */
const drained = (res: ServerResponse) =>
  new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Writes `text` in `chunkSize`-character deltas, `delayMs` apart; stops early when the client leaves. */
async function writeContent(res: ServerResponse, text: string, chunkSize: number, delayMs: number): Promise<boolean> {
  for (let i = 0; i < text.length; i += chunkSize) {
    if (res.destroyed || res.writableEnded) return false;
    // Honour backpressure, as a real server does: a reader that stops reading stops the writing.
    if (!res.write(contentChunk(text.slice(i, i + chunkSize)))) await drained(res);
    if (delayMs > 0) await pause(delayMs);
  }
  return !res.destroyed;
}

/** A well-behaved streamed answer whose content is `content` (an object as its JSON). */
export function answer(content: unknown, options: { chunkSize?: number; delayMs?: number } = {}): Behaviour {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return async (res, request) => {
    startStream(res);
    if (await writeContent(res, text, options.chunkSize ?? 24, options.delayMs ?? 0)) endStream(res, request);
  };
}

/**
 * A looping model that ignores `max_tokens`: the JSON opens, then `phrase` repeats inside the
 * rewrite for as long as the client listens (bounded by `maxChars` so a broken test cannot run forever).
 */
export function runaway(phrase = 'and I would love to hear more, ', options: { maxChars?: number; delayMs?: number } = {}): Behaviour {
  return async (res) => {
    startStream(res);
    res.write(contentChunk('{"findings": [], "strengths": [], "subject": null, "rewrite": "Hi Dana, '));
    const maxChars = options.maxChars ?? 2_000_000;
    for (let sent = 0; sent < maxChars && !res.destroyed; sent += phrase.length) {
      if (!res.write(contentChunk(phrase))) await drained(res);
      // Yield to the event loop now and then, as a real server would, so a client abort arrives.
      if (sent % (phrase.length * 64) === 0) await pause(options.delayMs ?? 0);
    }
    res.end();
  };
}

/** A huge but complete answer: `content`'s rewrite padded to `chars` characters, sent as fast as possible. */
export function huge(content: Record<string, unknown>, chars: number): Behaviour {
  const padded = { ...content, rewrite: `${String(content.rewrite ?? '')} ${'x'.repeat(chars)}` };
  return answer(padded, { chunkSize: 4096 });
}

/** Accepts the request and never answers (headers included), until the client gives up. */
export function hang(): Behaviour {
  return () => new Promise<void>(() => {});
}

/** Streams the first `atChars` characters of `content`, then drops the connection: no finish, no [DONE]. */
export function cut(content: unknown, atChars: number): Behaviour {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return async (res, _request, socket) => {
    startStream(res);
    await writeContent(res, text.slice(0, atChars), 24, 0);
    await pause(5);
    socket.destroy();
  };
}

/** A refusal, as OpenAI's structured outputs send it: a `refusal` delta, no content. */
export function refuse(text = "I'm sorry, but I can't help with that request."): Behaviour {
  return (res, request) => {
    startStream(res);
    res.write(contentChunk(text, 'refusal'));
    endStream(res, request);
  };
}

/** An OpenAI-shaped error, e.g. a 429 with `retry-after`. */
export function httpError(status: number, message: string, headers: Record<string, string> = {}): Behaviour {
  return (res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify({ error: { message, type: 'fake_error', param: null, code: null } }));
  };
}

export function rateLimited(retryAfterSeconds: number): Behaviour {
  return httpError(429, 'Rate limit reached. Please try again later.', { 'retry-after': String(retryAfterSeconds) });
}

/** A model looping over findings (the same one again and again), ignoring `max_tokens`. */
export function loopingFindings(): Behaviour {
  const finding = JSON.stringify({ ruleId: 'outreach.brief', passed: true, message: 'Short and clear.', suggestion: null, quote: null });
  return async (res) => {
    startStream(res);
    res.write(contentChunk('{"findings": ['));
    for (let i = 0; i < 100_000 && !res.destroyed; i++) {
      if (!res.write(contentChunk(`${finding},`))) await drained(res);
      if (i % 64 === 0) await pause(0);
    }
    res.end();
  };
}
