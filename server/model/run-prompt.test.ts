import { APICallError } from 'ai';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it, vi } from 'vitest';
import { OutreachModelCritique } from '../../shared/contracts/outreach.ts';
import { GOOD_DRAFT, modelCritique } from '../../test/msw/outreach-fixtures.ts';
import { loadPrompt } from '../prompts/load-prompt.ts';
import {
  CHARS_PER_OUTPUT_TOKEN,
  classifyFailure,
  MAX_RETRY_AFTER_MS,
  parseJsonAnswer,
  PROMPT_CANARY,
  PromptRunError,
  retryAfterMs,
  runPrompt,
  type RunPromptOptions,
} from './run-prompt.ts';

type GenerateResult = Awaited<ReturnType<MockLanguageModelV4['doGenerate']>>;
type StreamPart = Awaited<ReturnType<MockLanguageModelV4['doStream']>>['stream'] extends ReadableStream<infer P> ? P : never;

const USAGE = {
  inputTokens: { total: 100, noCache: 100, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 40, text: 40, reasoning: undefined },
};

type Step = string | Error | { parts: StreamPart[] };

/** The stream parts of a whole answer `text`, in 50-character deltas, ending as the model ends (`finish`). */
function answerParts(text: string, finish: { unified: 'stop' | 'length' | 'content-filter' | 'other'; raw: string | undefined } = { unified: 'stop', raw: 'stop' }): StreamPart[] {
  return [
    { type: 'stream-start', warnings: [] },
    { type: 'text-start', id: 't' },
    ...Array.from({ length: Math.ceil(text.length / 50) }, (_, i) => ({ type: 'text-delta' as const, id: 't', delta: text.slice(i * 50, i * 50 + 50) })),
    { type: 'text-end', id: 't' },
    { type: 'finish', finishReason: finish, usage: USAGE },
  ];
}

function apiError(statusCode: number, body: string, headers: Record<string, string> = {}): APICallError {
  return new APICallError({
    message: `HTTP ${statusCode}`,
    url: 'https://api.openai.com/v1/chat/completions',
    requestBodyValues: {},
    statusCode,
    responseHeaders: headers,
    responseBody: body,
  });
}

/** A model answering each call from `steps` in turn: a text (streamed), an error to throw, or raw stream parts. */
function scriptedModel(steps: Step[], modelId = 'scripted'): MockLanguageModelV4 {
  let call = 0;
  return new MockLanguageModelV4({
    modelId,
    doStream: async () => {
      const step = steps[call++];
      if (step === undefined) throw new Error('scriptedModel: no more steps');
      if (step instanceof Error) throw step;
      return { stream: convertArrayToReadableStream(typeof step === 'string' ? answerParts(step) : step.parts) };
    },
  });
}

const VALID = modelCritique();
const prompt = loadPrompt('outreach-critique');
const inputs = { writerText: JSON.stringify({ draft: GOOD_DRAFT }), facts: '- Channel: email', rules: '- outreach.brief [medium]: Keep it brief.', checkerFindings: '- outreach.brief: PASSED' };

function options(model: MockLanguageModelV4, extra: Partial<RunPromptOptions<OutreachModelCritique>> = {}): RunPromptOptions<OutreachModelCritique> {
  return { model, prompt, inputs, schema: OutreachModelCritique, sleep: async () => {}, ...extra };
}


describe('runPrompt', () => {
  it('returns the parsed object, usage, version and one attempt; sends the schema as response format', async () => {
    const model = scriptedModel([JSON.stringify(VALID)]);
    const run = await runPrompt(options(model));
    expect(run).toEqual({
      output: VALID,
      usage: { inputTokens: 100, outputTokens: 40 },
      latencyMs: expect.any(Number),
      promptVersion: prompt.version,
      attempts: 1,
      jsonMode: 'structured',
      problems: [],
    });
    const [call] = model.doStreamCalls;
    expect(call?.responseFormat).toMatchObject({ type: 'json', name: 'OutreachModelCritique' });
    // OpenAI's strict mode rejects maxLength: the caps are zod's, applied to the answer.
    expect(JSON.stringify(call?.responseFormat)).not.toContain('maxLength');
    expect(call?.prompt[0]).toMatchObject({ role: 'system' });
    expect(JSON.stringify(call?.prompt)).toContain('outreach.brief [medium]: Keep it brief.');
    // The prompt file's output cap, and the canary in the instructions.
    expect(call?.maxOutputTokens).toBe(prompt.maxOutputTokens);
    expect(JSON.stringify(call?.prompt[0])).toContain(PROMPT_CANARY);
  });

  it('retries a malformed answer once (2 attempts, usage of both)', async () => {
    const model = scriptedModel(['{"findings": [', JSON.stringify(VALID)]);
    const run = await runPrompt(options(model));
    expect(run.output).toEqual(VALID);
    expect(run.attempts).toBe(2);
    expect(run.usage).toEqual({ inputTokens: 200, outputTokens: 80 });
  });

  it('gives up after two malformed answers', async () => {
    const model = scriptedModel(['not json', 'still not json']);
    const error = await runPrompt(options(model)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PromptRunError);
    expect((error as PromptRunError).failures).toEqual([
      { kind: 'malformed-output', retryable: true, detail: 'no JSON object in the answer' },
      { kind: 'malformed-output', retryable: true, detail: 'no JSON object in the answer' },
    ]);
    expect((error as PromptRunError).attempts).toBe(2);
    expect(model.doStreamCalls).toHaveLength(2);
  });

  it('treats a schema violation (findings missing) and an empty answer as malformed', async () => {
    const { findings: _dropped, ...noFindings } = VALID;
    const model = scriptedModel([JSON.stringify(noFindings), '']);
    const error = (await runPrompt(options(model)).catch((e: unknown) => e)) as PromptRunError;
    expect(error.failures.map((f) => [f.kind, f.detail])).toEqual([
      ['malformed-output', 'schema violation (findings: Invalid input: expected array, received undefined)'],
      ['malformed-output', 'empty answer'],
    ]);
  });

  it('does not retry 401, 403, 404 or 400', async () => {
    for (const status of [401, 403, 404, 400]) {
      const model = scriptedModel([apiError(status, '{"error":{"message":"no"}}'), JSON.stringify(VALID)]);
      const error = (await runPrompt(options(model)).catch((e: unknown) => e)) as PromptRunError;
      expect(error.failure.statusCode).toBe(status);
      expect(error.failure.retryable).toBe(false);
      expect(model.doStreamCalls).toHaveLength(1);
    }
  });

  it('honours a short retry-after on a 429; a long one (or one past the budget) fails at once, without waiting', async () => {
    const sleep = vi.fn(async () => {});
    const model = scriptedModel([apiError(429, '{}', { 'retry-after': '2' }), JSON.stringify(VALID)]);
    const run = await runPrompt(options(model, { sleep }));
    expect(run.attempts).toBe(2);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sleep).toHaveBeenCalledWith(2000, expect.any(AbortSignal));

    for (const [header, extra] of [['3600', {}], [String(MAX_RETRY_AFTER_MS / 1000 + 1), {}], ['3', { budgetMs: 2_000 }]] as const) {
      const waits = vi.fn(async () => {});
      const limited = scriptedModel([apiError(429, '{}', { 'retry-after': header }), JSON.stringify(VALID)]);
      const error = (await runPrompt(options(limited, { sleep: waits, ...extra })).catch((e: unknown) => e)) as PromptRunError;
      expect(error).toBeInstanceOf(PromptRunError);
      expect(error.failure).toMatchObject({ kind: 'rate-limited', retryAfterMs: Number(header) * 1000 });
      expect(waits).not.toHaveBeenCalled();
      expect(limited.doStreamCalls).toHaveLength(1);
    }
  });

  it('retries a 5xx and a timeout once, then gives up', async () => {
    const timeout = new DOMException('Total timeout of 60000ms exceeded', 'TimeoutError');
    const model = scriptedModel([apiError(503, '{}'), timeout]);
    const error = (await runPrompt(options(model)).catch((e: unknown) => e)) as PromptRunError;
    expect(error.failures.map((f) => f.kind)).toEqual(['server-error', 'timeout']);
    expect(model.doStreamCalls).toHaveLength(2);
  });

  it('switches to plain JSON when the server rejects json_schema, for that run only', async () => {
    const rejection = apiError(400, '{"error":{"message":"response_format json_schema is not supported"}}');
    const model = scriptedModel([rejection, `Here you go:\n\`\`\`json\n${JSON.stringify(VALID)}\n\`\`\``, JSON.stringify(VALID)], 'local-llama');
    const run = await runPrompt(options(model));
    expect(run).toMatchObject({ output: VALID, attempts: 2, jsonMode: 'plain' });
    const plainCall = model.doStreamCalls[1];
    expect(plainCall?.responseFormat?.type).not.toBe('json');
    expect(JSON.stringify(plainCall?.prompt)).toContain('Answer with only a JSON object');
    expect(JSON.stringify(plainCall?.prompt)).toContain('\\"rewrite\\"');

    // The next run asks for json_schema again: one answer never decides for the whole process.
    const again = await runPrompt(options(model));
    expect(again).toMatchObject({ attempts: 1, jsonMode: 'structured' });
    expect(model.doStreamCalls[2]?.responseFormat).toMatchObject({ type: 'json' });
  });

  it('refuses a schema that is not the one the prompt names', async () => {
    const model = scriptedModel([JSON.stringify(VALID)]);
    const wrong = OutreachModelCritique.extend({});
    await expect(runPrompt({ ...options(model), schema: wrong })).rejects.toThrow('the schema passed is not OutreachModelCritique');
    expect(model.doStreamCalls).toHaveLength(0);
  });

  it("rethrows the caller's abort without retrying", async () => {
    const controller = new AbortController();
    const model = new MockLanguageModelV4({
      doStream: async () => {
        controller.abort(new DOMException('client went away', 'AbortError'));
        throw new DOMException('client went away', 'AbortError');
      },
    });
    await expect(runPrompt(options(model, { signal: controller.signal }))).rejects.toMatchObject({ name: 'AbortError' });
    expect(model.doStreamCalls).toHaveLength(1);
  });

  it('streams partial objects when onPartial is given, then returns the whole object', async () => {
    const model = scriptedModel([JSON.stringify(VALID)]);
    const partials: unknown[] = [];
    const run = await runPrompt(options(model, { onPartial: (partial, attempt) => partials.push([attempt, partial]) }));
    expect(run.output).toEqual(VALID);
    expect(run.usage).toEqual({ inputTokens: 100, outputTokens: 40 });
    expect(partials.length).toBeGreaterThan(3);
    expect(partials[0]).toEqual([1, {}]);
    expect(partials.at(-1)).toEqual([1, VALID]);
  });

  it('names a stream that stops without the model\'s end a cut stream, not a schema error', async () => {
    const text = JSON.stringify(VALID);
    const cut = { parts: answerParts(text.slice(0, 120)).filter((p) => p.type !== 'finish' && p.type !== 'text-end') };
    const model = scriptedModel([cut, cut]);
    const error = (await runPrompt(options(model)).catch((e: unknown) => e)) as PromptRunError;
    expect(error.failures.map((f) => f.kind)).toEqual(['cut-stream', 'cut-stream']);
  });

  it('names a refusal (content filter) and does not retry it', async () => {
    const model = scriptedModel([{ parts: answerParts("I'm sorry, I can't help with that.", { unified: 'content-filter', raw: 'stop' }) }, JSON.stringify(VALID)]);
    const error = (await runPrompt(options(model)).catch((e: unknown) => e)) as PromptRunError;
    expect(error.failures).toEqual([{ kind: 'refusal', retryable: false, detail: 'the model refused' }]);
    expect(model.doStreamCalls).toHaveLength(1);
  });

  it('cuts off an answer past the output cap as it streams, even when the model ignores max_tokens', async () => {
    const cap = 50;
    const loop = { parts: answerParts(`{"findings": [], "strengths": [], "rewrite": "${'again and again '.repeat(1_000)}`) };
    const model = scriptedModel([loop, { parts: answerParts('{"findings": [', { unified: 'length', raw: 'length' }) }]);
    const partials: unknown[] = [];
    const error = (await runPrompt(options(model, { maxOutputTokens: cap, onPartial: (p) => partials.push(p) })).catch((e: unknown) => e)) as PromptRunError;
    expect(error.failures).toEqual([
      { kind: 'too-long', retryable: true, detail: `answer over ${cap} tokens` },
      { kind: 'too-long', retryable: true, detail: `answer over ${cap} tokens` },
    ]);
    expect(model.doStreamCalls[0]?.maxOutputTokens).toBe(cap);
    const longest = Math.max(...partials.map((p) => JSON.stringify(p).length));
    expect(longest).toBeLessThanOrEqual(cap * CHARS_PER_OUTPUT_TOKEN);
  });

  it('gives the whole run one time budget: a hung model fails as a timeout when it is spent', async () => {
    const hung = new MockLanguageModelV4({
      doStream: async ({ abortSignal }) => ({
        stream: new ReadableStream({
          start(controller) {
            abortSignal?.addEventListener('abort', () => controller.error(abortSignal.reason));
          },
        }),
      }),
    });
    // On a fake clock: the run fails exactly when its budget is spent, not a moment before (no wall-clock assertion).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    try {
      let settled: unknown;
      const run = runPrompt(options(hung, { budgetMs: 150 })).catch((e: unknown) => e).then((e) => (settled = e));
      await vi.advanceTimersByTimeAsync(149);
      expect(settled).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      const error = (await run) as PromptRunError;
      expect(error).toBeInstanceOf(PromptRunError);
      expect(error.failure).toMatchObject({ kind: 'timeout', retryable: false });
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports strings that must not be shown: markup, the canary, a given secret, instructions to the reader', async () => {
    const output = modelCritique({
      rewrite: `Hi Dana <script>alert(1)</script>`,
      subject: `Marker ${PROMPT_CANARY}`,
      strengths: ['As an AI language model, I think this is fine.', 'Clear ask.', 'Key sk-live-abcdef123456'],
    });
    const model = scriptedModel([JSON.stringify(output)]);
    const run = await runPrompt(options(model, { secrets: ['sk-live-abcdef123456'] }));
    expect(run.problems).toEqual([
      { path: 'strengths.0', kind: 'reader-instruction' },
      { path: 'strengths.2', kind: 'secret' },
      { path: 'rewrite', kind: 'markup' },
      { path: 'subject', kind: 'secret' },
    ]);
  });
});

describe('parseJsonAnswer', () => {
  it('takes the object out of fences and chatter', () => {
    expect(parseJsonAnswer(`Sure!\n\`\`\`json\n${JSON.stringify(VALID)}\n\`\`\`\nHope it helps.`, OutreachModelCritique)).toEqual(VALID);
    expect(parseJsonAnswer(`The critique: ${JSON.stringify(VALID)}`, OutreachModelCritique)).toEqual(VALID);
  });

  it('names what was wrong', () => {
    expect(() => parseJsonAnswer('I cannot help with that.', OutreachModelCritique)).toThrow('no JSON object in the answer');
    expect(() => parseJsonAnswer('{"findings": [}', OutreachModelCritique)).toThrow('invalid JSON');
    expect(() => parseJsonAnswer('{"findings": []}', OutreachModelCritique)).toThrow(/^schema violation \(strengths: /);
  });
});

describe('retryAfterMs and classifyFailure', () => {
  it('reads seconds, milliseconds and dates, as they are (runPrompt decides what is too long)', () => {
    expect(retryAfterMs({ 'retry-after': '2' })).toBe(2000);
    expect(retryAfterMs({ 'retry-after-ms': '150', 'retry-after': '2' })).toBe(150);
    expect(retryAfterMs({ 'retry-after': new Date(10_000).toUTCString() }, 8_000)).toBe(2000);
    expect(retryAfterMs({ 'retry-after': '3600' })).toBe(3_600_000);
    expect(retryAfterMs({ 'retry-after': new Date(1_000).toUTCString() }, 8_000)).toBe(0);
    expect(retryAfterMs({})).toBeUndefined();
  });

  it('never carries the provider body into the failure', () => {
    const failure = classifyFailure(apiError(401, '{"error":{"message":"Incorrect API key provided: sk-secret-123"}}'));
    expect(failure).toEqual({ kind: 'unauthorized', statusCode: 401, retryable: false, detail: 'HTTP 401' });
  });
});
