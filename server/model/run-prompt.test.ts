import { APICallError } from 'ai';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutreachModelCritique } from '../../shared/contracts/outreach.ts';
import { GOOD_DRAFT, modelCritique } from '../../test/msw/outreach-fixtures.ts';
import { loadPrompt } from '../prompts/load-prompt.ts';
import {
  classifyFailure,
  forgetJsonModes,
  MAX_RETRY_AFTER_MS,
  parseJsonAnswer,
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

function answer(text: string): GenerateResult {
  return { content: [{ type: 'text', text }], finishReason: { unified: 'stop', raw: 'stop' }, usage: USAGE, warnings: [] };
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

/** A model answering each call from `steps` in turn: a text, or an error to throw. */
function scriptedModel(steps: Array<string | Error>, modelId = 'scripted'): MockLanguageModelV4 {
  let call = 0;
  return new MockLanguageModelV4({
    modelId,
    doGenerate: async () => {
      const step = steps[call++];
      if (step === undefined) throw new Error('scriptedModel: no more steps');
      if (step instanceof Error) throw step;
      return answer(step);
    },
  });
}

const VALID = modelCritique();
const prompt = loadPrompt('outreach-critique');
const inputs = { draft: GOOD_DRAFT, context: '- Channel: email', rules: '- outreach.brief [medium]: Keep it brief.', checkerFindings: '- outreach.brief: PASSED: 80 words.' };

function options(model: MockLanguageModelV4, extra: Partial<RunPromptOptions<OutreachModelCritique>> = {}): RunPromptOptions<OutreachModelCritique> {
  return { model, prompt, inputs, schema: OutreachModelCritique, sleep: async () => {}, ...extra };
}

afterEach(() => forgetJsonModes());

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
    });
    const [call] = model.doGenerateCalls;
    expect(call?.responseFormat).toMatchObject({ type: 'json', name: 'OutreachModelCritique' });
    expect(call?.prompt[0]).toMatchObject({ role: 'system' });
    expect(JSON.stringify(call?.prompt)).toContain('outreach.brief [medium]: Keep it brief.');
    expect(call?.maxOutputTokens).toBeUndefined();
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
      { kind: 'malformed-output', retryable: true, detail: 'invalid JSON' },
      { kind: 'malformed-output', retryable: true, detail: 'invalid JSON' },
    ]);
    expect((error as PromptRunError).attempts).toBe(2);
    expect(model.doGenerateCalls).toHaveLength(2);
  });

  it('treats a schema violation (findings missing) and an empty answer as malformed', async () => {
    const { findings: _dropped, ...noFindings } = VALID;
    const model = scriptedModel([JSON.stringify(noFindings), '']);
    const error = (await runPrompt(options(model)).catch((e: unknown) => e)) as PromptRunError;
    expect(error.failures.map((f) => [f.kind, f.detail])).toEqual([
      ['malformed-output', 'schema violation'],
      ['malformed-output', 'empty answer'],
    ]);
  });

  it('does not retry 401, 403, 404 or 400', async () => {
    for (const status of [401, 403, 404, 400]) {
      const model = scriptedModel([apiError(status, '{"error":{"message":"no"}}'), JSON.stringify(VALID)]);
      const error = (await runPrompt(options(model)).catch((e: unknown) => e)) as PromptRunError;
      expect(error.failure.statusCode).toBe(status);
      expect(error.failure.retryable).toBe(false);
      expect(model.doGenerateCalls).toHaveLength(1);
    }
  });

  it('honours retry-after on a 429, capped', async () => {
    const sleep = vi.fn(async () => {});
    const model = scriptedModel([apiError(429, '{}', { 'retry-after': '30' }), JSON.stringify(VALID)]);
    const run = await runPrompt(options(model, { sleep }));
    expect(run.attempts).toBe(2);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sleep).toHaveBeenCalledWith(MAX_RETRY_AFTER_MS, undefined);
  });

  it('retries a 5xx and a timeout once, then gives up', async () => {
    const timeout = new DOMException('Total timeout of 60000ms exceeded', 'TimeoutError');
    const model = scriptedModel([apiError(503, '{}'), timeout]);
    const error = (await runPrompt(options(model)).catch((e: unknown) => e)) as PromptRunError;
    expect(error.failures.map((f) => f.kind)).toEqual(['server-error', 'timeout']);
    expect(model.doGenerateCalls).toHaveLength(2);
  });

  it('switches to plain JSON when the server rejects json_schema, and remembers it for that model', async () => {
    const rejection = apiError(400, '{"error":{"message":"response_format json_schema is not supported"}}');
    const model = scriptedModel([rejection, `Here you go:\n\`\`\`json\n${JSON.stringify(VALID)}\n\`\`\``, JSON.stringify(VALID)], 'local-llama');
    const run = await runPrompt(options(model));
    expect(run).toMatchObject({ output: VALID, attempts: 2, jsonMode: 'plain' });
    const plainCall = model.doGenerateCalls[1];
    expect(plainCall?.responseFormat?.type).not.toBe('json');
    expect(JSON.stringify(plainCall?.prompt)).toContain('Answer with only a JSON object');
    expect(JSON.stringify(plainCall?.prompt)).toContain('\\"rewrite\\"');

    const again = await runPrompt(options(model));
    expect(again).toMatchObject({ attempts: 1, jsonMode: 'plain' });
    expect(model.doGenerateCalls).toHaveLength(3);
  });

  it('refuses a schema that is not the one the prompt names', async () => {
    const model = scriptedModel([JSON.stringify(VALID)]);
    const wrong = OutreachModelCritique.extend({});
    await expect(runPrompt({ ...options(model), schema: wrong })).rejects.toThrow('the schema passed is not OutreachModelCritique');
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it("rethrows the caller's abort without retrying", async () => {
    const controller = new AbortController();
    const model = new MockLanguageModelV4({
      doGenerate: async () => {
        controller.abort(new DOMException('client went away', 'AbortError'));
        throw new DOMException('client went away', 'AbortError');
      },
    });
    await expect(runPrompt(options(model, { signal: controller.signal }))).rejects.toMatchObject({ name: 'AbortError' });
    expect(model.doGenerateCalls).toHaveLength(1);
  });

  it('streams partial objects when onPartial is given, then returns the whole object', async () => {
    const text = JSON.stringify(VALID);
    const parts: StreamPart[] = [
      { type: 'stream-start', warnings: [] },
      { type: 'text-start', id: 't' },
      ...Array.from({ length: Math.ceil(text.length / 50) }, (_, i) => ({ type: 'text-delta' as const, id: 't', delta: text.slice(i * 50, i * 50 + 50) })),
      { type: 'text-end', id: 't' },
      { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage: USAGE },
    ];
    const model = new MockLanguageModelV4({ doStream: { stream: convertArrayToReadableStream(parts) } });
    const partials: unknown[] = [];
    const run = await runPrompt(options(model, { onPartial: (partial, attempt) => partials.push([attempt, partial]) }));
    expect(run.output).toEqual(VALID);
    expect(run.usage).toEqual({ inputTokens: 100, outputTokens: 40 });
    expect(partials.length).toBeGreaterThan(3);
    expect(partials.at(-1)).toEqual([1, VALID]);
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
  it('reads seconds, milliseconds and dates, capped', () => {
    expect(retryAfterMs({ 'retry-after': '2' })).toBe(2000);
    expect(retryAfterMs({ 'retry-after-ms': '150', 'retry-after': '2' })).toBe(150);
    expect(retryAfterMs({ 'retry-after': new Date(10_000).toUTCString() }, 8_000)).toBe(2000);
    expect(retryAfterMs({ 'retry-after': '3600' })).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs({})).toBeUndefined();
  });

  it('never carries the provider body into the failure', () => {
    const failure = classifyFailure(apiError(401, '{"error":{"message":"Incorrect API key provided: sk-secret-123"}}'));
    expect(failure).toEqual({ kind: 'unauthorized', statusCode: 401, retryable: false, detail: 'HTTP 401' });
  });
});
